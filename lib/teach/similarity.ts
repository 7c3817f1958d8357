/**
 * How alike two figure labels read. Chinese labels have no word breaks and the same thing is
 * phrased many ways (办理行政复议案件 / 立案受理行政复议案件 / 涉及政府部门行政复议案件), so labels are
 * compared by their shared character bigrams, with shared single characters
 * as a weaker fallback for labels too short to share bigrams (受理 vs 受理咨询).
 */

/** The characters of a label that carry meaning: CJK and ASCII letters/digits, nothing else. */
function meaningful(label: string): string[] {
  return [...label].filter((ch) => /[\p{Script=Han}A-Za-z0-9]/u.test(ch));
}

/** Bigrams within each space-separated part: a chain label's parts (行政复议 受理) are not one word. */
function bigrams(label: string): string[] {
  return label.split(/\s+/).flatMap((part) => {
    const chars = meaningful(part);
    return chars.slice(1).map((ch, i) => chars[i]! + ch);
  });
}

/** Items of `b` also in `a`, as a multiset intersection. */
function sharedCount(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const item of a) counts.set(item, (counts.get(item) ?? 0) + 1);
  let shared = 0;
  for (const item of b) {
    const left = counts.get(item) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(item, left - 1);
    }
  }
  return shared;
}

/**
 * Half Dice coefficient, half how much of the phrase the label contains: a label that states
 * the taught phrase and more (行政复议机关共收到行政复议申请 for 收到行政复议申请) reads as that phrase.
 */
function overlap(label: string[], phrase: string[]): number {
  if (label.length === 0 || phrase.length === 0) return 0;
  const shared = sharedCount(label, phrase);
  return ((2 * shared) / (label.length + phrase.length) + shared / phrase.length) / 2;
}

/** 0 (nothing shared) … 1 (same label). */
export function labelSimilarity(label: string, phrase: string): number {
  const byBigrams = overlap(bigrams(label), bigrams(phrase));
  const byChars = overlap(meaningful(label), meaningful(phrase)) * 0.6;
  return Math.max(byBigrams, byChars);
}

/** The best similarity of a label to any of the taught phrases. */
export function bestSimilarity(label: string, phrases: readonly string[]): number {
  let best = 0;
  for (const phrase of phrases) best = Math.max(best, labelSimilarity(label, phrase));
  return best;
}

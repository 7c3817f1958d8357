/**
 * Anchoring clips to page text the way hypothesis/client does (W3C TextQuoteSelector with a
 * 32-character prefix/suffix, plus TextPositionSelector), so a clip survives a page that was
 * re-typeset, had chrome added, or had its figures corrected. Pure string functions over the
 * page text model; the DOM side maps the offsets back with DomPageText.locate.
 */

export interface TextAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  /** Offsets the quote had when it was described: a hint, not the truth. */
  start: number;
  end: number;
}

export interface AnchorMatch {
  start: number;
  end: number;
  /** True when the quote was found verbatim. */
  exact: boolean;
  /** In [0, 1]: how sure the match is (1 for an exact quote with matching context). */
  score: number;
}

export const CONTEXT_LENGTH = 32;

/** Candidates scored as in hypothesis' match-quote: quote 50, prefix 20, suffix 20, position 2. */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const TOTAL_WEIGHT = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
/** Below this a fuzzy candidate is not the clip any more: the clip becomes an orphan. */
const MIN_FUZZY_SCORE = 0.6;
/** Exact occurrences looked at; a quote repeated more often than this is disambiguated by context among the first ones. */
const MAX_CANDIDATES = 200;

export function describeSpan(text: string, start: number, end: number): TextAnchor {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}

/**
 * Finds the anchor in `text`: exact quote first (the best-scored occurrence, so a figure repeated
 * on the page re-anchors to the right sentence), then a fuzzy match between the surviving
 * prefix and suffix. Returns null when nothing scores high enough: the caller lists the clip as
 * an orphan and never drops it.
 */
export function anchorSpan(text: string, anchor: TextAnchor): AnchorMatch | null {
  if (!anchor.exact) return null;
  const exactMatch = bestExact(text, anchor);
  if (exactMatch) return exactMatch;
  return bestFuzzy(text, anchor);
}

function bestExact(text: string, anchor: TextAnchor): AnchorMatch | null {
  let best: AnchorMatch | null = null;
  let seen = 0;
  for (let at = text.indexOf(anchor.exact); at !== -1 && seen < MAX_CANDIDATES; at = text.indexOf(anchor.exact, at + 1)) {
    seen++;
    const end = at + anchor.exact.length;
    const score = scoreCandidate(text, anchor, at, end, 1);
    if (!best || score > best.score) best = { start: at, end, exact: true, score };
  }
  return best;
}

/**
 * Fuzzy candidates come from where the context survived: right after an occurrence of the prefix,
 * right before an occurrence of the suffix, and the old position. Each candidate span is compared
 * with the quote by edit distance; the work is bounded by the quote length, not the page length.
 */
function bestFuzzy(text: string, anchor: TextAnchor): AnchorMatch | null {
  const length = anchor.exact.length;
  const spans: Array<[number, number]> = [];
  const afterPrefix = anchor.prefix ? occurrences(text, anchor.prefix).map((at) => at + anchor.prefix.length) : [];
  const beforeSuffix = anchor.suffix ? occurrences(text, anchor.suffix) : [];
  for (const start of afterPrefix) {
    const end = beforeSuffix.find((s) => s >= start && s - start <= length * 2);
    spans.push([start, end ?? Math.min(text.length, start + length)]);
  }
  for (const end of beforeSuffix) spans.push([Math.max(0, end - length), end]);
  spans.push([Math.min(anchor.start, text.length), Math.min(anchor.start + length, text.length)]);

  let best: AnchorMatch | null = null;
  for (const [start, end] of spans) {
    if (end <= start) continue;
    const quoteSimilarity = similarity(text.slice(start, end), anchor.exact);
    const score = scoreCandidate(text, anchor, start, end, quoteSimilarity);
    if (!best || score > best.score) best = { start, end, exact: false, score };
  }
  return best && best.score >= MIN_FUZZY_SCORE ? best : null;
}

function scoreCandidate(text: string, anchor: TextAnchor, start: number, end: number, quoteSimilarity: number): number {
  const prefix = text.slice(Math.max(0, start - anchor.prefix.length), start);
  const suffix = text.slice(end, end + anchor.suffix.length);
  const prefixSimilarity = anchor.prefix ? similarity(prefix, anchor.prefix) : 1;
  const suffixSimilarity = anchor.suffix ? similarity(suffix, anchor.suffix) : 1;
  const positionCloseness = 1 - Math.min(1, Math.abs(start - anchor.start) / Math.max(1, text.length));
  return (
    (WEIGHTS.quote * quoteSimilarity +
      WEIGHTS.prefix * prefixSimilarity +
      WEIGHTS.suffix * suffixSimilarity +
      WEIGHTS.position * positionCloseness) /
    TOTAL_WEIGHT
  );
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1 && found.length < MAX_CANDIDATES; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** 1 − normalised Levenshtein distance, two-row dynamic programme: O(a·b) on short strings only. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return 1 - previous[b.length]! / Math.max(a.length, b.length);
}

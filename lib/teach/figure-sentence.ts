import type { MatchableMention } from './matcher';

/** Characters of context kept on each side of a confirmed sentence (as clips keep). */
const CONTEXT = 32;

export interface LocatedFigure {
  /** The sentence (clause) that states the figure. */
  sentence: string;
  /** Where the number and its unit sit in `sentence`, for highlighting; null when it cannot be told. */
  highlight: { start: number; end: number } | null;
  prefix: string;
  suffix: string;
}

/**
 * The figure's sentence with the number's place in it. With the report's page text the mention's
 * offsets say it exactly; a report saved without its text falls back to the first place the
 * value's digits appear in the sentence (or none: the sentence is still shown).
 */
export function locateFigure(mention: MatchableMention, pageText: string | null): LocatedFigure {
  const sentence = mention.text;
  if (pageText !== null) {
    const from = pageText.lastIndexOf(sentence, mention.start);
    if (from >= 0 && from + sentence.length >= mention.end) {
      return {
        sentence,
        highlight: { start: mention.start - from, end: mention.end - from },
        prefix: pageText.slice(Math.max(0, from - CONTEXT), from),
        suffix: pageText.slice(from + sentence.length, from + sentence.length + CONTEXT),
      };
    }
  }
  const digits = String(mention.value);
  const at = sentence.indexOf(digits);
  const highlight = at >= 0 ? { start: at, end: at + digits.length + (sentence.startsWith(mention.unit, at + digits.length) ? mention.unit.length : 0) } : null;
  return { sentence, highlight, prefix: '', suffix: '' };
}

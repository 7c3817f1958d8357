import type { Mention } from '../mentions/types';
import type { Outline } from '../outline/types';

/**
 * Highlight categories, one named CSS Highlight each. Headings are split by level so a reader
 * sees the outline's shape at a glance; figures are split into those the taxonomy knows (the
 * ones the comparison uses) and other quantities, which stay visible but quieter.
 */
export const HIGHLIGHT_CATEGORIES = [
  'heading-1',
  'heading-2',
  'heading-3',
  'heading-4',
  'figure',
  'figure-other',
] as const;

export type HighlightCategory = (typeof HIGHLIGHT_CATEGORIES)[number];

/** A [start, end) span of PageText.text to paint in one category. */
export interface HighlightSpan {
  category: HighlightCategory;
  start: number;
  end: number;
}

/** The name the category is registered under in CSS.highlights and styled with ::highlight(). */
export function highlightName(category: HighlightCategory): string {
  return `report-lens-${category}`;
}

/** Headings and figures are counted apart in what a page reports (painted headings / figures). */
export function isHeadingCategory(category: HighlightCategory): boolean {
  return category.startsWith('heading-');
}

const DEEPEST_HEADING = 4;

/**
 * What to paint for an extraction: every heading (marker through title) and every quantity.
 * Change mentions (同比下降15.1%) are figures too: they never become indicator values but a
 * reader scanning for numbers wants to see them. Empty or inverted spans are dropped, so the
 * painter never builds a collapsed range.
 */
export function highlightSpans(extraction: { outline: Outline; mentions: Mention[] }): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  for (const section of extraction.outline.sections) {
    const level = Math.min(Math.max(1, Math.trunc(section.level) || 1), DEEPEST_HEADING);
    pushSpan(spans, `heading-${level}` as HighlightCategory, section.start, section.end);
  }
  for (const mention of extraction.mentions) {
    pushSpan(spans, mention.key ? 'figure' : 'figure-other', mention.start, mention.end);
  }
  return spans;
}

function pushSpan(spans: HighlightSpan[], category: HighlightCategory, start: number, end: number): void {
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start) spans.push({ category, start, end });
}

import type { Mention } from '../mentions/types';
import type { Outline } from '../outline/types';
import { AREA_KEYS, type AreaKey } from '../taxonomy/areas';
import { INDICATORS } from '../taxonomy/indicators';

const HEADING_CATEGORIES = ['heading-1', 'heading-2', 'heading-3', 'heading-4'] as const;

export type HeadingCategory = (typeof HEADING_CATEGORIES)[number];
/** A figure the taxonomy knows, coloured by the canonical area of its indicator. */
export type AreaFigureCategory = `figure-${AreaKey}`;
/**
 * Highlight categories, one named CSS Highlight each:
 * - headings by level, so a reader sees the outline's shape at a glance;
 * - figures the taxonomy knows by the area of their indicator (dispute figures one colour,
 *   rule-making figures another…), the ones the comparison uses;
 * - other quantities (changes, counts the taxonomy does not name): visible but quieter;
 * - text the reader clipped, above everything else.
 */
export type HighlightCategory = HeadingCategory | AreaFigureCategory | 'figure-other' | 'clipped';

export const HIGHLIGHT_CATEGORIES: readonly HighlightCategory[] = [
  ...HEADING_CATEGORIES,
  ...AREA_KEYS.map(areaFigureCategory),
  'figure-other',
  'clipped',
];

/** A [start, end) span of PageText.text to paint in one category. */
export interface HighlightSpan {
  category: HighlightCategory;
  start: number;
  end: number;
  /** Index of what the span paints in its own list: the outline section, the mention or the clip. */
  source: number;
}

/** The name the category is registered under in CSS.highlights and styled with ::highlight(). */
export function highlightName(category: HighlightCategory): string {
  return `report-lens-${category}`;
}

/** Headings and figures are counted apart in what a page reports (painted headings / figures). */
export function isHeadingCategory(category: HighlightCategory): boolean {
  return category.startsWith('heading-');
}

/** Figure categories: everything a figure card can open on. */
export function isFigureCategory(category: HighlightCategory): boolean {
  return category.startsWith('figure-');
}

export function areaFigureCategory(area: AreaKey): AreaFigureCategory {
  return `figure-${area}`;
}

/** The category a mention paints in: its indicator's area, or 'figure-other' when the taxonomy has no key for it. */
export function figureCategory(mention: Pick<Mention, 'key'>): AreaFigureCategory | 'figure-other' {
  return mention.key ? areaFigureCategory(INDICATORS[mention.key].area) : 'figure-other';
}

const DEEPEST_HEADING = 4;

/** The heading category of an outline level; levels past the fourth share the deepest colour. */
export function headingCategory(level: number): HeadingCategory {
  return HEADING_CATEGORIES[Math.min(Math.max(1, Math.trunc(level) || 1), DEEPEST_HEADING) - 1];
}

/**
 * What to paint for an extraction: every heading (marker through title) and every quantity, each
 * span pointing back at its section or mention (`source`), so a hit on a figure's range finds its
 * mention. Change mentions (同比下降15.1%) are figures too: they never become indicator values but
 * a reader scanning for numbers wants to see them. Empty or inverted spans are dropped, so the
 * painter never builds a collapsed range.
 */
export function highlightSpans(extraction: { outline: Outline; mentions: Mention[] }): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  extraction.outline.sections.forEach((section, i) => pushSpan(spans, headingCategory(section.level), section, i));
  extraction.mentions.forEach((mention, i) => pushSpan(spans, figureCategory(mention), mention, i));
  return spans;
}

/** Appends the span if it is a non-empty [start, end) of integers; returns whether it did. */
export function pushSpan(
  spans: HighlightSpan[],
  category: HighlightCategory,
  { start, end }: { start: number; end: number },
  source: number,
): boolean {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start)) return false;
  spans.push({ category, start, end, source });
  return true;
}

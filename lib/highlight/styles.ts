import type { AreaKey } from '../taxonomy/areas';
import { HIGHLIGHT_CATEGORIES, highlightName, type HighlightCategory } from './spans';

/** How one category looks: what ::highlight() may set (colour, background, text decoration). */
export interface CategoryStyle {
  background: string;
  /** Text colour, forced dark so the text stays legible whatever colour the site gave it. */
  color: string;
  /** A text-decoration value, or null. */
  decoration: string | null;
}

const INK = '#111827';

/**
 * One hue per canonical area: a light opaque tint (the page's own background, white or a gov
 * template's cream/blue/grey tint, never shows through it) and an underline in the saturated hue,
 * so two areas stay apart even where tints look alike and for readers who do not tell the tints
 * apart. tests/unit/highlight/styles.test.ts checks contrast and separation.
 */
export const AREA_COLORS: Record<AreaKey, { tint: string; hue: string }> = {
  leadership: { tint: '#fecaca', hue: '#b91c1c' },
  functions: { tint: '#fed7aa', hue: '#c2410c' },
  rules: { tint: '#fde68a', hue: '#a16207' },
  decisions: { tint: '#d9f99d', hue: '#4d7c0f' },
  enforcement: { tint: '#99f6e4', hue: '#0f766e' },
  emergency: { tint: '#fbcfe8', hue: '#be185d' },
  disputes: { tint: '#ddd6fe', hue: '#6d28d9' },
  oversight: { tint: '#bae6fd', hue: '#0369a1' },
  digital: { tint: '#a5f3fc', hue: '#0e7490' },
  capacity: { tint: '#a5b4fc', hue: '#3730a3' },
  problems: { tint: '#d6d3d1', hue: '#44403c' },
  plans: { tint: '#f5d0fe', hue: '#a21caf' },
};

/** Headings: blue tints with an underline whose weight and style step down with the level. */
const HEADING_STYLES: Record<'heading-1' | 'heading-2' | 'heading-3' | 'heading-4', CategoryStyle> = {
  'heading-1': { background: '#dbeafe', color: '#0b1f4d', decoration: 'underline 2px #1d4ed8' },
  'heading-2': { background: '#e0f2fe', color: '#0c2a3f', decoration: 'underline 1px #0369a1' },
  'heading-3': { background: '#e0f7fa', color: '#103a3f', decoration: 'underline dotted 1px #0e7490' },
  'heading-4': { background: '#e6f7f1', color: '#12332d', decoration: 'underline dotted 1px #0f766e' },
};

/** The style of a category. */
export function categoryStyle(category: HighlightCategory): CategoryStyle {
  if (category.startsWith('heading-')) return HEADING_STYLES[category as keyof typeof HEADING_STYLES];
  if (category === 'clipped') return { background: '#bbf7d0', color: INK, decoration: 'underline 2px #15803d' };
  if (category === 'figure-other') return { background: '#fef9c3', color: INK, decoration: 'underline dotted 1px #a16207' };
  const { tint, hue } = AREA_COLORS[category.slice('figure-'.length) as AreaKey];
  return { background: tint, color: INK, decoration: `underline 1px ${hue}` };
}

/** Clipped text paints over figures, figures over other quantities, all of them over headings. */
export function highlightPriority(category: HighlightCategory): number {
  if (category === 'clipped') return 3;
  if (category === 'figure-other') return 1;
  if (category.startsWith('figure-')) return 2;
  return 0;
}

function declarations(style: CategoryStyle): string {
  const decoration = style.decoration ? ` text-decoration: ${style.decoration};` : '';
  return `background-color: ${style.background}; color: ${style.color};${decoration}`;
}

/** The element the fallback painter wraps text in, where the browser has no CSS.highlights. */
export const FALLBACK_MARK_TAG = 'report-lens-mark';
/** The attribute on a fallback mark naming its category. */
export const FALLBACK_CATEGORY_ATTRIBUTE = 'data-rl';

/**
 * The stylesheet text for every category: ::highlight() rules for the Highlight API, and the same
 * looks for the fallback's wrapper elements. The wrapper's rules are !important and reset the
 * box, so a site's `* { … }` or `span`-like rules cannot restyle or move the marked text.
 */
export function highlightCss(): string {
  const rules = [`${FALLBACK_MARK_TAG} { display: inline !important; margin: 0 !important; padding: 0 !important; border: 0 !important; }`];
  for (const category of HIGHLIGHT_CATEGORIES) {
    const style = declarations(categoryStyle(category));
    rules.push(`::highlight(${highlightName(category)}) { ${style} }`);
    rules.push(`${FALLBACK_MARK_TAG}[${FALLBACK_CATEGORY_ATTRIBUTE}="${category}"] { ${style.replace(/;/g, ' !important;')} }`);
  }
  return rules.join('\n');
}

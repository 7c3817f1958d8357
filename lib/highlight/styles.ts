import { HIGHLIGHT_CATEGORIES, highlightName, type HighlightCategory } from './spans';

/**
 * ::highlight() may only set colour, background and text decoration. Backgrounds are light
 * tints and the text colour is forced dark, so the highlighted text stays legible on the white
 * pages gov sites use whatever colour the site gave its text. Headings get an underline in the
 * level's colour, so nested levels stay distinguishable even where tints look alike.
 */
const STYLES: Record<HighlightCategory, string> = {
  'heading-1': 'background-color: #dbeafe; color: #0b1f4d; text-decoration: underline 2px #1d4ed8;',
  'heading-2': 'background-color: #e0f2fe; color: #0c2a3f; text-decoration: underline 1px #0369a1;',
  'heading-3': 'background-color: #ecfeff; color: #103a3f; text-decoration: underline dotted 1px #0e7490;',
  'heading-4': 'background-color: #f0fdfa; color: #12332d; text-decoration: underline dotted 1px #0f766e;',
  figure: 'background-color: #fde68a; color: #3b1d00;',
  'figure-other': 'background-color: #fef3c7; color: #3b2a00;',
};

/** Figures paint over headings: a number inside a heading keeps its figure colour. */
export function highlightPriority(category: HighlightCategory): number {
  if (category === 'figure') return 2;
  if (category === 'figure-other') return 1;
  return 0;
}

/** The stylesheet text for every category. */
export function highlightCss(): string {
  return HIGHLIGHT_CATEGORIES.map((category) => `::highlight(${highlightName(category)}) { ${STYLES[category]} }`).join('\n');
}

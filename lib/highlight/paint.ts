import type { DomSpan } from '../page-text/types';
import { HIGHLIGHT_CATEGORIES, highlightName, type HighlightCategory, type HighlightSpan } from './spans';
import { highlightCss, highlightPriority } from './styles';

export interface PaintedHighlights {
  /** Ranges registered per category (spans that located to no text node are not counted). */
  counts: Record<HighlightCategory, number>;
  /** Unregisters every highlight and removes the stylesheet: the page is as it was. */
  clear(): void;
}

type HighlightWindow = Window & typeof globalThis;

/**
 * Paints spans of the page text with the CSS Custom Highlight API: StaticRanges grouped into
 * one named Highlight per category, styled by a constructed stylesheet adopted by the
 * document. Nothing is inserted into the page's DOM tree, so page scripts, layout and copy
 * are untouched, and painting a few hundred ranges costs milliseconds (research/anchors.md
 * §2.5). StaticRanges do not follow DOM edits, which suits server-rendered report pages; a
 * page that rewrites its text loses the paint, never its content.
 *
 * Returns null when the browser has no highlight registry (Firefox before 140): the page is
 * then left unpainted rather than rewritten with wrapper elements.
 */
export function paintHighlights(
  doc: Document,
  spans: readonly HighlightSpan[],
  locate: (start: number, end: number) => DomSpan | null,
): PaintedHighlights | null {
  const win = doc.defaultView as HighlightWindow | null;
  const registry = win?.CSS?.highlights;
  if (!win || !registry || typeof win.Highlight !== 'function' || typeof win.StaticRange !== 'function') return null;

  const ranges = new Map<HighlightCategory, StaticRange[]>(HIGHLIGHT_CATEGORIES.map((c) => [c, []]));
  for (const span of spans) {
    const located = locate(span.start, span.end);
    if (!located) continue;
    try {
      ranges.get(span.category)!.push(new win.StaticRange(located));
    } catch {
      // A span the page-text map got wrong (offset past a node's end): skip it, paint the rest.
    }
  }

  const counts = {} as Record<HighlightCategory, number>;
  for (const [category, list] of ranges) {
    counts[category] = list.length;
    const name = highlightName(category);
    if (list.length === 0) {
      registry.delete(name);
      continue;
    }
    const highlight = new win.Highlight(...list);
    highlight.priority = highlightPriority(category);
    registry.set(name, highlight);
  }
  const removeStyles = adoptStyles(doc, win, highlightCss());

  return {
    counts,
    clear() {
      for (const category of HIGHLIGHT_CATEGORIES) registry.delete(highlightName(category));
      removeStyles();
    },
  };
}

/**
 * ::highlight() rules must be in the document's own styles (a shadow root's styles do not
 * reach document text). A constructed sheet in adoptedStyleSheets adds no node to the page;
 * where a content script may not assign that array (Firefox's Xray wrappers) a <style> in
 * <head> is the fallback: still outside the article.
 */
function adoptStyles(doc: Document, win: HighlightWindow, css: string): () => void {
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    (doc.head ?? doc.documentElement).append(style);
    return () => style.remove();
  }
}

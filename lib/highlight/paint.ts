import type { DomSpan } from '../page-text/types';
import { HIGHLIGHT_CATEGORIES, highlightName, type HighlightCategory, type HighlightSpan } from './spans';
import { highlightCss, highlightPriority } from './styles';
import { wrapSpans, type WrapTarget, type Wrapped } from './wrap';

/** 'highlight-api': CSS Custom Highlights, no node added; 'wrap': the fallback's wrapper elements. */
export type PaintMode = 'highlight-api' | 'wrap';

export interface PaintResult {
  /** Spans painted per category (a span that located to no text is not counted). */
  counts: Record<HighlightCategory, number>;
  /** Per input span: where its text is in the page now, or null when it located to nothing. */
  located: (DomSpan | null)[];
}

export interface Painter {
  readonly mode: PaintMode;
  /**
   * Replaces whatever is painted with `spans`. `locate` must come from a page-text walk of the
   * page as it is without paint (in 'wrap' mode, call `clear` before walking the page again).
   */
  paint(spans: readonly HighlightSpan[], locate: Locate): PaintResult;
  /** Removes the paint, keeps the stylesheet. */
  clear(): void;
  /**
   * Where a DOM point inside painted text was before painting (the point itself in
   * 'highlight-api' mode; in 'wrap' mode, the original text node and offset for a point inside a
   * split piece), so a selection can be mapped through the page-text map after a `clear`.
   */
  originalPoint(node: Node, offset: number): { node: Node; offset: number };
  /** Hides or shows the paint without forgetting it (the reader's toggle). */
  setVisible(visible: boolean): void;
  /** Removes the paint and the stylesheet: the page is as it was. */
  dispose(): void;
}

type HighlightWindow = Window & typeof globalThis;
type Locate = (start: number, end: number) => DomSpan | null;

/**
 * A painter for the document: with the CSS Custom Highlight API when the browser has it
 * (StaticRanges in one named Highlight per category; nothing is inserted into the page's DOM
 * tree, so page scripts, layout and copy are untouched, and a few hundred ranges cost a
 * millisecond, research/anchors.md §2.5), else the wrapping fallback of wrap.ts (old Safari and
 * Firefox, DOMs without the API). StaticRanges do not follow DOM edits: the content script
 * repaints after the page changes its text (see the MutationObserver there).
 *
 * Returns null only for a document without a window.
 */
export function createPainter(doc: Document): Painter | null {
  const win = doc.defaultView as HighlightWindow | null;
  if (!win) return null;
  const styles = adoptStyles(doc, win, highlightCss());
  const registry = win.CSS?.highlights;
  const hasApi = !!registry && typeof win.Highlight === 'function' && typeof win.StaticRange === 'function';
  const painter = hasApi ? highlightApiPainter(win, registry) : wrappingPainter(doc);
  return {
    mode: painter.mode,
    paint: painter.paint,
    clear: painter.clear,
    originalPoint: painter.originalPoint,
    setVisible: (visible) => styles.setDisabled(!visible),
    dispose() {
      painter.clear();
      styles.remove();
    },
  };
}

function emptyCounts(): Record<HighlightCategory, number> {
  return Object.fromEntries(HIGHLIGHT_CATEGORIES.map((c) => [c, 0])) as Record<HighlightCategory, number>;
}

type ModePainter = Pick<Painter, 'mode' | 'paint' | 'clear' | 'originalPoint'>;

function highlightApiPainter(win: HighlightWindow, registry: HighlightRegistry): ModePainter {
  const clear = () => {
    for (const category of HIGHLIGHT_CATEGORIES) registry.delete(highlightName(category));
  };
  return {
    mode: 'highlight-api',
    clear,
    originalPoint: (node, offset) => ({ node, offset }),
    paint(spans, locate) {
      clear();
      const result: PaintResult = { counts: emptyCounts(), located: [] };
      const highlights = new Map<HighlightCategory, Highlight>();
      for (const span of spans) {
        const at = locate(span.start, span.end);
        let range: StaticRange | null = null;
        if (at) {
          try {
            range = new win.StaticRange(at);
          } catch {
            // A span the page-text map got wrong (offset past a node's end): skip it, paint the rest.
          }
        }
        result.located.push(range ? at : null);
        if (!range) continue;
        let highlight = highlights.get(span.category);
        if (!highlight) {
          highlight = new win.Highlight();
          highlight.priority = highlightPriority(span.category);
          highlights.set(span.category, highlight);
          registry.set(highlightName(span.category), highlight);
        }
        highlight.add(range);
        result.counts[span.category]++;
      }
      return result;
    },
  };
}

function wrappingPainter(doc: Document): ModePainter {
  let wrapped: Wrapped | null = null;
  const clear = () => {
    wrapped?.undo();
    wrapped = null;
  };
  return {
    mode: 'wrap',
    clear,
    originalPoint: (node, offset) => wrapped?.originalPoint(node, offset) ?? { node, offset },
    paint(spans, locate) {
      clear();
      const targets: WrapTarget[] = [];
      const targetOf: number[] = [];
      for (const span of spans) {
        const at = locate(span.start, span.end);
        targetOf.push(at ? targets.length : -1);
        if (at) targets.push({ span: at, category: span.category });
      }
      wrapped = wrapSpans(doc, targets);
      const counts = emptyCounts();
      const located = targetOf.map((t, i) => {
        const at = t < 0 ? null : wrapped!.spans[t];
        if (at) counts[spans[i].category]++;
        return at;
      });
      return { counts, located };
    },
  };
}

interface AdoptedStyles {
  setDisabled(disabled: boolean): void;
  remove(): void;
}

/**
 * ::highlight() rules must be in the document's own styles (a shadow root's styles do not
 * reach document text). A constructed sheet in adoptedStyleSheets adds no node to the page;
 * where a content script may not assign that array (Firefox's Xray wrappers) a <style> in
 * <head> is the fallback: still outside the article. Disabling the sheet is the reader's
 * hide toggle: ranges stay registered, nothing is drawn.
 */
function adoptStyles(doc: Document, win: HighlightWindow, css: string): AdoptedStyles {
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return {
      setDisabled: (disabled) => void (sheet.disabled = disabled),
      remove: () => void (doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet)),
    };
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    (doc.head ?? doc.documentElement).append(style);
    return {
      setDisabled: (disabled) => void (style.disabled = disabled),
      remove: () => style.remove(),
    };
  }
}

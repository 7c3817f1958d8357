import type { DomSpan } from '../page-text/types';

/** A painted figure: its mention index and where its text is. */
export interface PaintedFigure {
  id: number;
  span: DomSpan;
}

export interface FigureLookup {
  /** Figures whose text includes the caret position (node, offset), ends included. */
  at(node: Node, offset: number): PaintedFigure[];
  byId(id: number): PaintedFigure | undefined;
}

/** A rectangle in viewport coordinates (a DOMRect's edges). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const SHOW_TEXT = 4;

/**
 * Finds the figure under the pointer without measuring every figure on the page. Highlights
 * receive no events (research/anchors.md §2.3), so the content script asks the browser for the
 * caret position under the pointer (caretPositionFromPoint, a hit test it does natively), looks up
 * the figures painted in that text node here, and confirms a candidate by its own line boxes
 * (`containsPoint`), since a caret snaps to the nearest character even beside the text. The
 * lookup is built from the painted spans alone, with no layout: its cost does not grow with
 * scrolling, resizing or the number of figures on screen. A figure split over text nodes
 * (<span>1719</span>件) is listed under each of them.
 */
export function buildFigureLookup(doc: Document, figures: readonly PaintedFigure[]): FigureLookup {
  const byNode = new Map<Node, Array<{ from: number; to: number; figure: PaintedFigure }>>();
  const add = (node: Node, from: number, to: number, figure: PaintedFigure) => {
    const list = byNode.get(node);
    if (list) list.push({ from, to, figure });
    else byNode.set(node, [{ from, to, figure }]);
  };
  const byId = new Map<number, PaintedFigure>();
  for (const figure of figures) {
    byId.set(figure.id, figure);
    const { startContainer, startOffset, endContainer, endOffset } = figure.span;
    if (startContainer === endContainer) {
      add(startContainer, startOffset, endOffset, figure);
      continue;
    }
    add(startContainer, startOffset, startContainer.length, figure);
    const walker = doc.createTreeWalker(doc.documentElement, SHOW_TEXT);
    walker.currentNode = startContainer;
    for (let node = walker.nextNode(); node && node !== endContainer; node = walker.nextNode()) add(node, 0, (node as Text).length, figure);
    add(endContainer, 0, endOffset, figure);
  }
  return {
    at: (node, offset) => (byNode.get(node) ?? []).filter((entry) => entry.from <= offset && offset <= entry.to).map((entry) => entry.figure),
    byId: (id) => byId.get(id),
  };
}

/**
 * The box among `boxes` that contains the point, widened by `slop` pixels (the thin gap between
 * two lines of a wrapped figure must not make the card flicker), or null.
 */
export function boxAt(boxes: ArrayLike<Box>, x: number, y: number, slop = 1): Box | null {
  for (let i = 0; i < boxes.length; i++) {
    const box = boxes[i];
    if (x >= box.left - slop && x <= box.right + slop && y >= box.top - slop && y <= box.bottom + slop) return box;
  }
  return null;
}

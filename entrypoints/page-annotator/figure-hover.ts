import type { AnnotatorContext } from './annotated-text';
import type { ViewportRect } from '../../components/page/page-model';
import { boxAt, buildFigureLookup, type FigureLookup, type PaintedFigure } from '../../lib/page-ui/figure-lookup';

/** A figure under the pointer: its mention index and the line box the pointer is on. */
export interface FigureHit {
  id: number;
  rect: ViewportRect;
}

export interface FigureHoverOptions {
  /** The painted figures: mention index and where its text is. */
  targets(): readonly PaintedFigure[];
  /** Events over our own UI are not over the page's figures. */
  isOwn(target: EventTarget | null): boolean;
  /** False while the highlights are hidden: no cards then. */
  enabled(): boolean;
  onHover(hit: FigureHit | null): void;
  /** A click on the page: on a figure, or (null) anywhere else. */
  onClick(hit: FigureHit | null): void;
}

export interface FigureHover {
  /** The figures changed (repaint, re-read): the lookup is rebuilt on the next pointer event. */
  invalidate(): void;
  /** Where a figure is on screen now (its first line box), for a card that follows scrolling. */
  rectOf(id: number): ViewportRect | null;
}

type CaretDocument = Document & {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

/**
 * Hover and click over highlighted figures. A passive pointermove listener, throttled to one
 * check per animation frame, hit-tests through lib/page-ui/figure-lookup.ts: the browser's caret
 * position under the pointer names the text node, the figures painted there are confirmed by
 * their range rectangles. Only the reader's own input counts: synthetic events a page script
 * dispatches (isTrusted false) never open or pin a card. Listeners go through `ctx`, so they die
 * with it.
 */
export function watchFigureHover(ctx: AnnotatorContext, doc: CaretDocument, options: FigureHoverOptions): FigureHover {
  const win = doc.defaultView!;
  const range = doc.createRange();
  let lookup: FigureLookup | null = null;
  let frame = 0;
  let pointer: { x: number; y: number; target: EventTarget | null } | null = null;
  let current: number | null = null;

  const caretAt = (x: number, y: number): { node: Node; offset: number } | null => {
    if (doc.caretPositionFromPoint) {
      const position = doc.caretPositionFromPoint(x, y);
      return position && { node: position.offsetNode, offset: position.offset };
    }
    const caret = doc.caretRangeFromPoint?.(x, y);
    return caret ? { node: caret.startContainer, offset: caret.startOffset } : null;
  };

  /** The line boxes of a figure now, or none when the page removed or shortened its text since the paint. */
  const boxesOf = (figure: PaintedFigure): DOMRectList | [] => {
    try {
      range.setStart(figure.span.startContainer, figure.span.startOffset);
      range.setEnd(figure.span.endContainer, figure.span.endOffset);
      return range.getClientRects();
    } catch {
      return [];
    }
  };

  const hitAt = (x: number, y: number): FigureHit | null => {
    const caret = caretAt(x, y);
    if (!caret) return null;
    lookup ??= buildFigureLookup(doc, options.targets());
    for (const figure of lookup.at(caret.node, caret.offset)) {
      const box = boxAt(boxesOf(figure), x, y);
      if (box) return { id: figure.id, rect: { left: box.left, top: box.top, right: box.right, bottom: box.bottom } };
    }
    return null;
  };

  const check = () => {
    frame = 0;
    if (!pointer || !ctx.isValid || options.isOwn(pointer.target)) return;
    const hit = options.enabled() ? hitAt(pointer.x, pointer.y) : null;
    if ((hit?.id ?? null) === current) return;
    current = hit?.id ?? null;
    options.onHover(hit);
  };

  ctx.addEventListener(
    doc,
    'pointermove',
    (event) => {
      if (!event.isTrusted) return;
      pointer = { x: event.clientX, y: event.clientY, target: event.target };
      if (!frame) frame = win.requestAnimationFrame(check);
    },
    { passive: true },
  );
  ctx.addEventListener(doc.documentElement, 'pointerleave', (event) => {
    if (!event.isTrusted) return;
    pointer = null;
    if (current !== null) options.onHover((current = null));
  });
  ctx.addEventListener(doc, 'click', (event) => {
    if (!event.isTrusted || options.isOwn(event.target)) return;
    options.onClick(options.enabled() ? hitAt(event.clientX, event.clientY) : null);
  });
  ctx.onInvalidated(() => win.cancelAnimationFrame(frame));

  return {
    invalidate() {
      lookup = null;
      current = null;
    },
    rectOf(id) {
      lookup ??= buildFigureLookup(doc, options.targets());
      const figure = lookup.byId(id);
      const box = figure && boxesOf(figure)[0];
      return box ? { left: box.left, top: box.top, right: box.right, bottom: box.bottom } : null;
    },
  };
}

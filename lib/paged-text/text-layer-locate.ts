import type { DomSpan } from '../page-text/types';
import { pageAt } from './paged-page-text';
import type { PageSpan, TextSources } from './types';

/** The Text node a page's text item is shown in (its text layer span), or null when it is not rendered. */
export type ItemNode = (page: number, item: number) => Text | null;

/**
 * Maps [start, end) of a paged text to the text layer, the way DomPageText.locate maps an HTML
 * page's text to its DOM: the span runs from the first to the last character of the range that
 * was read from the file (block breaks and added spaces have no place on the page), through the
 * text layer spans those characters are shown in. Null when none of them is rendered.
 */
export function textLayerLocate(pageMap: readonly PageSpan[], sources: TextSources, nodeOf: ItemNode): (start: number, end: number) => DomSpan | null {
  const point = (i: number) => {
    const page = pageAt(pageMap, i);
    const node = page === null ? null : nodeOf(page, sources.item[i]);
    return node && sources.offset[i] < node.data.length ? { node, offset: sources.offset[i] } : null;
  };
  return (start, end) => {
    let first = start;
    while (first < end && sources.item[first] < 0) first++;
    let last = end - 1;
    while (last >= first && sources.item[last] < 0) last--;
    if (first > last) return null;
    const from = point(first);
    const to = point(last);
    if (!from || !to) return null;
    return { startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset + 1 };
  };
}

/**
 * Cuts spans where their characters pass from one text item to another (a line end, a page
 * break), dropping what was read from nowhere: each piece then lies inside one text layer span,
 * so a highlight never covers what the text layer holds between two lines (a running head, a
 * page number, the other column).
 */
export function splitAtItems<T extends { start: number; end: number }>(spans: readonly T[], sources: TextSources): T[] {
  const pieces: T[] = [];
  for (const span of spans) {
    let pieceStart = -1;
    for (let i = span.start; i <= span.end; i++) {
      const item = i < span.end ? sources.item[i] : -1;
      if (pieceStart >= 0 && item !== sources.item[pieceStart]) {
        pieces.push({ ...span, start: pieceStart, end: i });
        pieceStart = -1;
      }
      if (pieceStart < 0 && item >= 0) pieceStart = i;
    }
  }
  return pieces;
}

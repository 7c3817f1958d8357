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

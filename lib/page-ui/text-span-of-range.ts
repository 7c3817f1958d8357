import type { DomSpan } from '../page-text/types';

/** [start, end) in PageText.text. */
export interface TextSpan {
  start: number;
  end: number;
}

type Locate = (start: number, end: number) => DomSpan | null;
/** The boundary points of a Range, a StaticRange or a selection mapped by hand. */
export type RangePoints = Pick<AbstractRange, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>;

/**
 * The page-text span a DOM range covers (a reader's selection), the inverse of
 * DomPageText.locate. Page text is built in document order, so the DOM position of text offset i
 * grows with i: two binary searches over offsets, each probe one `locate` and one boundary-point
 * comparison, find the first character starting at or after the range's start and the last one
 * ending at or before its end: O(log² n), no second walk of the page. Characters the page text
 * has no node for (block breaks, collapsed spaces) are passed over, and the span is trimmed of
 * whitespace at both ends. Null when the range covers no page text (a selection in a skipped
 * subtree, in our own UI, or of blank space).
 */
export function textSpanOfRange(doc: Document, range: RangePoints, text: string, locate: Locate): TextSpan | null {
  try {
    return searchSpan(doc, range, text, locate);
  } catch {
    // comparePoint throws for a point in another tree (a shadow root, a detached node): no page text there.
    return null;
  }
}

function searchSpan(doc: Document, range: RangePoints, text: string, locate: Locate): TextSpan | null {
  const length = text.length;
  const probe = doc.createRange();
  /** Is the boundary point (node, offset) at or after the range's start? */
  const atOrAfterStart = (node: Node, offset: number) => comparePoints(probe, range.startContainer, range.startOffset, node, offset) <= 0;
  const atOrBeforeEnd = (node: Node, offset: number) => comparePoints(probe, node, offset, range.endContainer, range.endOffset) <= 0;

  // Smallest i whose first located character (at or after i) starts at or after the range start.
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const at = locate(mid, length);
    if (!at || atOrAfterStart(at.startContainer, at.startOffset)) high = mid;
    else low = mid + 1;
  }
  let start = low;
  // Largest j whose last located character (before j) ends at or before the range end.
  low = 0;
  high = length;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    const at = locate(0, mid);
    if (at && atOrBeforeEnd(at.endContainer, at.endOffset)) low = mid;
    else high = mid - 1;
  }
  let end = low;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/** Negative when (aNode, aOffset) comes before (bNode, bOffset) in the document, 0 when equal. */
function comparePoints(probe: Range, aNode: Node, aOffset: number, bNode: Node, bOffset: number): number {
  probe.setStart(aNode, aOffset);
  probe.collapse(true);
  // comparePoint: -1 when b is before the (collapsed) probe, 1 when after.
  return -probe.comparePoint(bNode, bOffset);
}

import type { DomSpan } from '../page-text/types';
import type { HighlightCategory } from './spans';
import { FALLBACK_CATEGORY_ATTRIBUTE, FALLBACK_MARK_TAG, highlightPriority } from './styles';

/** A located span to wrap, with its category. */
export interface WrapTarget {
  span: DomSpan;
  category: HighlightCategory;
}

export interface Wrapped {
  /** Per target: where its text sits after wrapping (inside the marks), or null if nothing was wrapped. */
  spans: (DomSpan | null)[];
  /** Mark elements created. */
  marks: number;
  /** Where a point inside a piece was before wrapping: the original text node and offset (other points unchanged). */
  originalPoint(node: Node, offset: number): { node: Node; offset: number };
  /** Puts every text node back as it was (same node, same data) and removes the marks. */
  undo(): void;
}

const SHOW_TEXT = 4;
/** Text directly inside these cannot take an element child (or is not rendered text). */
const NO_WRAP_PARENTS = new Set([
  'script', 'style', 'textarea', 'title', 'select', 'option', 'optgroup', 'noscript', 'template',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup',
]);
const BLANK = /^\s*$/;

/** [from, to) of one text node covered by target `target`. */
interface Segment {
  from: number;
  to: number;
  target: number;
}

/** A piece of an original text node after splitting: `node` holds original[offset, offset + node.length). */
interface Piece {
  node: Text;
  offset: number;
}

/**
 * The fallback painter for browsers without CSS.highlights: wraps the text of each span in
 * `<report-lens-mark data-rl="category">` elements, the way Hypothesis wraps annotations in its
 * own element so page CSS cannot restyle them. Spans may cross inline tags (each text node is
 * wrapped on its own) and may overlap (a figure inside a heading): each text node is cut at every
 * span boundary once and each piece is wrapped once, in the category of highest priority.
 *
 * All writes happen in one batch with no layout reads in between, through splitText and
 * insertBefore: text is never serialised or parsed (no innerHTML). Whitespace-only pieces and
 * text where an element may not go (table rows, <select>, <script>) are left alone. `undo`
 * restores the very same Text nodes with their original data, so a page-text map built before
 * wrapping still points at the right nodes after an undo.
 */
export function wrapSpans(doc: Document, targets: readonly WrapTarget[]): Wrapped {
  const segments = new Map<Text, Segment[]>();
  targets.forEach((target, index) => collectSegments(doc, target.span, index, segments));

  const piecesOf = new Map<Text, Piece[]>();
  const created: ChildNode[][] = [];
  const originals: Array<{ node: Text; data: string }> = [];
  let marks = 0;
  for (const [node, list] of segments) {
    const parent = node.parentNode;
    if (!parent || NO_WRAP_PARENTS.has((parent as Element).localName?.toLowerCase())) continue;
    originals.push({ node, data: node.data });
    const made: ChildNode[] = [];
    const pieces = wrapNode(doc, node, list, targets, made);
    marks += made.filter((n) => n.nodeType === 1).length;
    piecesOf.set(node, pieces);
    created.push(made);
  }

  const spans = targets.map((target) => resolveSpan(target.span, piecesOf));
  const originOf = new Map<Node, { node: Text; offset: number }>();
  for (const [node, pieces] of piecesOf) for (const piece of pieces) originOf.set(piece.node, { node, offset: piece.offset });
  return {
    spans,
    marks,
    originalPoint(node, offset) {
      const origin = originOf.get(node);
      return origin ? { node: origin.node, offset: origin.offset + offset } : { node, offset };
    },
    undo() {
      // Reverse order: a node's first piece (itself or its mark) is where its text went back to.
      for (let i = originals.length - 1; i >= 0; i--) {
        const { node, data } = originals[i];
        const holder = node.parentNode as Element | null;
        if (holder && holder.localName === FALLBACK_MARK_TAG && created[i].includes(holder)) holder.before(node);
        node.data = data;
        for (const made of created[i]) made.remove();
      }
    },
  };
}

function collectSegments(doc: Document, span: DomSpan, target: number, segments: Map<Text, Segment[]>): void {
  const add = (node: Text, from: number, to: number) => {
    if (to <= from || BLANK.test(node.data.slice(from, to))) return;
    const list = segments.get(node);
    if (list) list.push({ from, to, target });
    else segments.set(node, [{ from, to, target }]);
  };
  if (span.startContainer === span.endContainer) {
    add(span.startContainer, span.startOffset, span.endOffset);
    return;
  }
  add(span.startContainer, span.startOffset, span.startContainer.length);
  const walker = doc.createTreeWalker(doc.documentElement, SHOW_TEXT);
  walker.currentNode = span.startContainer;
  for (let node = walker.nextNode() as Text | null; node && node !== span.endContainer; node = walker.nextNode() as Text | null) {
    add(node, 0, node.length);
  }
  add(span.endContainer, 0, span.endOffset);
}

/**
 * Cuts `node` at every segment boundary and wraps each covered piece in a mark of the
 * highest-priority category covering it. Works from the end of the node backwards: splitText
 * keeps the original node as the head, so offsets still to be cut stay valid in it.
 */
function wrapNode(doc: Document, node: Text, segments: Segment[], targets: readonly WrapTarget[], made: ChildNode[]): Piece[] {
  const cuts = [...new Set(segments.flatMap((s) => [s.from, s.to]))].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = cuts.length - 2; i >= 0; i--) {
    const from = cuts[i];
    const to = cuts[i + 1];
    let category: HighlightCategory | null = null;
    for (const s of segments) {
      if (s.from <= from && s.to >= to) {
        const candidate = targets[s.target].category;
        if (category === null || highlightPriority(candidate) > highlightPriority(category)) category = candidate;
      }
    }
    if (to < node.length) {
      const tail = node.splitText(to);
      made.push(tail);
      pieces.push({ node: tail, offset: to });
    }
    if (category === null) continue;
    let piece = node;
    if (from > 0) {
      piece = node.splitText(from);
      made.push(piece);
    }
    const mark = doc.createElement(FALLBACK_MARK_TAG);
    mark.setAttribute(FALLBACK_CATEGORY_ATTRIBUTE, category);
    piece.before(mark);
    mark.append(piece);
    made.push(mark);
    if (piece !== node) pieces.push({ node: piece, offset: from });
  }
  pieces.push({ node, offset: 0 });
  return pieces.sort((a, b) => a.offset - b.offset);
}

/** Where (original node, offset) is now: the piece holding that offset. */
function resolvePoint(node: Text, offset: number, piecesOf: Map<Text, Piece[]>, atEnd: boolean): { node: Text; offset: number } {
  const pieces = piecesOf.get(node);
  if (!pieces) return { node, offset };
  let found = pieces[0];
  for (const piece of pieces) {
    // An end point on a cut belongs to the piece before it, a start point to the piece after it.
    if (atEnd ? piece.offset < offset : piece.offset <= offset) found = piece;
  }
  return { node: found.node, offset: offset - found.offset };
}

function resolveSpan(span: DomSpan, piecesOf: Map<Text, Piece[]>): DomSpan | null {
  if (!piecesOf.has(span.startContainer) && !piecesOf.has(span.endContainer)) return null;
  const start = resolvePoint(span.startContainer, span.startOffset, piecesOf, false);
  const end = resolvePoint(span.endContainer, span.endOffset, piecesOf, true);
  return { startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset };
}

import { containerHint, countsAsArticleText, pickContainer, type ContainerStats } from './article-container';
import { assemblePage, WHITESPACE_RUN, type RawBlock } from './assemble';
import type { DomPageText, DomSpan, PageText } from './types';

/** Subtrees whose text is never rendered as page text (or is form state, not content). */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'select', 'head', 'title',
  'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio',
]);

/** Elements that start and end a block; everything else (b, strong, span, a, font…) flows inline. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

/** Table cells separate their text by a space, like innerText's tab: a table row stays one block. */
const CELL_TAGS = new Set(['td', 'th']);

/** Our own UI hosts (report-lens-badge, report-lens-panel…) must not feed back into the page text. */
const OWN_UI_PREFIX = 'report-lens-';

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Utility classes that hide (Bootstrap .hide/.hidden, AngularJS ng-hide). */
const HIDDEN_CLASS = /(?:^|\s)(?:hide|hidden|ng-hide)(?:\s|$)/;
/** Scans text node data (same class as WHITESPACE_RUN); its own instance because the scan keeps state in lastIndex. */
const WORD_GAP = /\s+/g;
/** A whitespace run made only of ASCII blanks around a line break (a source line break, not &nbsp;/U+3000). */
const SEGMENT_BREAK = /^[ \t\f]*[\r\n][ \t\f\r\n]*$/;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * East Asian wide characters: CJK ideographs, kana, CJK and full-width punctuation. A source line
 * break between two of them renders as nothing (CSS Text 3 segment-break rules), so 行政复议\n案件
 * must read 行政复议案件 for patterns to match.
 */
function isWide(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

function isSkipped(el: Element, tag: string): boolean {
  if (SKIPPED_TAGS.has(tag) || tag.startsWith(OWN_UI_PREFIX)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable === '' || editable === 'true') return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const className = el.getAttribute('class');
  // Responsive utility classes (hidden md:block) show the element on some screens: keep those.
  return !!className && HIDDEN_CLASS.test(className) && !className.includes(':');
}

/** An open block element or named container, collecting statistics for the container pick. */
interface Frame extends ContainerStats {
  element: Element;
  tag: string;
}

/**
 * Collects the text of one document in reading order: blocks, whitespace collapsed as rendered,
 * a run table mapping text offsets back to Text nodes, per-element statistics for the container pick,
 * and the meta tags met on the way.
 */
class TextCollector {
  private readonly chunks: string[] = [];
  private length = 0;
  readonly blocks: RawBlock[] = [];
  /** Closed frames, for the container pick. */
  readonly frames: Frame[] = [];
  /** Open frames, innermost last: a finished block is credited to the innermost. */
  private readonly open: Frame[] = [];
  readonly metaTags: Record<string, string> = {};
  /** The first non-empty <title>; read during the walk because a document-wide lookup recurses in some DOMs. */
  title: string | null = null;

  // Runs: text[runStart[i], runStart[i] + runLength[i]) is runNode[i].data from runNodeOffset[i] on.
  readonly runStart: number[] = [];
  readonly runLength: number[] = [];
  readonly runNode: Text[] = [];
  readonly runNodeOffset: number[] = [];

  private blockOpen = false;
  private blockStart = 0;
  private blockChunk = 0;
  private blockLinkChars = 0;
  private linkDepth = 0;
  /** Collapsed whitespace waiting for the next visible character; node null for a cell gap. */
  private pendingSpace: { node: Text | null; offset: number; segmentBreakOnly: boolean } | null = null;
  private lastWide = false;

  walk(root: Element): void {
    // Children are visited by index from an explicit stack: nesting depth never reaches the call
    // stack, and indexing childNodes stays O(1) where a DOM implements nextSibling by searching
    // the parent's child list (happy-dom).
    const stack: Array<{ element: Element; children: NodeListOf<ChildNode>; next: number }> = [];
    this.enter(root);
    stack.push({ element: root, children: root.childNodes, next: 0 });
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.next >= top.children.length) {
        stack.pop();
        this.exit(top.element);
        continue;
      }
      const node = top.children[top.next++];
      if (node.nodeType === TEXT_NODE) {
        this.text(node as Text);
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue;
      const el = node as Element;
      const tag = el.localName.toLowerCase();
      if (tag === 'meta') this.readMeta(el);
      else if (tag === 'title') this.readTitle(el);
      else if (!isSkipped(el, tag)) {
        this.enter(el);
        if (el.childNodes.length > 0) stack.push({ element: el, children: el.childNodes, next: 0 });
        else this.exit(el);
      }
    }
  }

  readTitle(el: Element): void {
    this.title ??= el.textContent?.replace(WHITESPACE_RUN, ' ').trim() || null;
  }

  readMeta(el: Element): void {
    const name = (el.getAttribute('name') ?? el.getAttribute('property') ?? '').trim().toLowerCase();
    const content = (el.getAttribute('content') ?? '').replace(WHITESPACE_RUN, ' ').trim();
    if (name && content && !(name in this.metaTags)) this.metaTags[name] = content;
  }

  private enter(el: Element): void {
    const tag = el.localName.toLowerCase();
    if (tag === 'a') this.linkDepth++;
    if (tag === 'br' || tag === 'hr') this.endBlock();
    else if (CELL_TAGS.has(tag)) this.cellGap();
    // Container names count on block elements and cells only: a <span class="content"> inside a
    // paragraph must not split it.
    const isBlock = BLOCK_TAGS.has(tag);
    const hint = isBlock || CELL_TAGS.has(tag) ? containerHint(tag, el.getAttribute('id'), el.getAttribute('class')) : null;
    if (!isBlock && hint === null) return;
    this.endBlock();
    this.open.push({
      element: el,
      tag,
      hint,
      depth: this.open.length,
      firstBlock: this.blocks.length,
      endBlock: this.blocks.length,
      paragraphChars: 0,
      linkChars: 0,
    });
  }

  private exit(el: Element): void {
    const tag = el.localName.toLowerCase();
    if (tag === 'a') this.linkDepth = Math.max(0, this.linkDepth - 1);
    else if (CELL_TAGS.has(tag)) this.cellGap();
    const frame = this.open[this.open.length - 1];
    // Only block elements and named containers opened a frame.
    if (frame?.element !== el) return;
    this.endBlock();
    this.open.pop();
    frame.endBlock = this.blocks.length;
    this.frames.push(frame);
    const parent = this.open[this.open.length - 1];
    if (parent) {
      parent.paragraphChars += frame.paragraphChars;
      parent.linkChars += frame.linkChars;
    }
  }

  private cellGap(): void {
    if (this.blockOpen && !this.pendingSpace) this.pendingSpace = { node: null, offset: 0, segmentBreakOnly: false };
  }

  private text(node: Text): void {
    const data = node.data;
    WORD_GAP.lastIndex = 0;
    let position = 0;
    while (position < data.length) {
      const match = WORD_GAP.exec(data);
      const wordEnd = match ? match.index : data.length;
      if (wordEnd > position) this.word(node, data, position, wordEnd);
      if (!match) break;
      if (this.blockOpen) {
        const segmentBreakOnly = SEGMENT_BREAK.test(match[0]);
        if (this.pendingSpace) this.pendingSpace.segmentBreakOnly &&= segmentBreakOnly;
        else this.pendingSpace = { node, offset: match.index, segmentBreakOnly };
      }
      position = match.index + match[0].length;
    }
  }

  /** Appends data[from, to), which holds no whitespace, to the current block. */
  private word(node: Text, data: string, from: number, to: number): void {
    if (!this.blockOpen) this.startBlock();
    else if (this.pendingSpace) {
      const space = this.pendingSpace;
      this.pendingSpace = null;
      if (!(space.segmentBreakOnly && this.lastWide && isWide(data.charCodeAt(from)))) {
        if (space.node) this.addRun(space.node, space.offset, 1);
        this.append(' ');
      }
    }
    this.addRun(node, from, to - from);
    this.append(to - from === data.length ? data : data.slice(from, to));
    if (this.linkDepth > 0) this.blockLinkChars += to - from;
    this.lastWide = isWide(data.charCodeAt(to - 1));
  }

  private startBlock(): void {
    if (this.blocks.length > 0) this.append('\n');
    this.blockOpen = true;
    this.blockStart = this.length;
    this.blockChunk = this.chunks.length;
    this.blockLinkChars = 0;
    this.pendingSpace = null;
  }

  private endBlock(): void {
    this.pendingSpace = null;
    if (!this.blockOpen) return;
    this.blockOpen = false;
    const start = this.blockStart;
    this.blocks.push({ start, end: this.length, tag: this.open[this.open.length - 1]?.tag ?? 'body', inArticle: true });
    const frame = this.open[this.open.length - 1];
    if (!frame) return;
    frame.linkChars += this.blockLinkChars;
    if (countsAsArticleText(this.chunks.slice(this.blockChunk).join(''), this.blockLinkChars)) frame.paragraphChars += this.length - start;
  }

  private append(piece: string): void {
    this.chunks.push(piece);
    this.length += piece.length;
  }

  private addRun(node: Text, nodeOffset: number, length: number): void {
    const last = this.runNode.length - 1;
    // Extend the previous run when it continues in the same node (a single collapsed space followed by a word).
    if (
      last >= 0 &&
      this.runNode[last] === node &&
      this.runNodeOffset[last] + this.runLength[last] === nodeOffset &&
      this.runStart[last] + this.runLength[last] === this.length
    ) {
      this.runLength[last] += length;
      return;
    }
    this.runStart.push(this.length);
    this.runLength.push(length);
    this.runNode.push(node);
    this.runNodeOffset.push(nodeOffset);
  }

  finish(): string {
    this.endBlock();
    return this.chunks.join('');
  }
}

/**
 * Builds the page model from a live or parsed DOM: the body's rendered text block by block (no
 * innerText, no layout, so it runs in happy-dom and in a content script alike), roles from the
 * article container, chrome classification shared with the plain-text path, and the page's meta.
 *
 * Blocks break at block-level elements and <br>; inline tags (b, span, a, font) do not, so a figure
 * typeset as <b>1</b><b>719</b> stays one string. Table rows are single blocks with cells separated
 * by a space. Whitespace collapses as rendered: runs of spaces, &nbsp; and U+3000 become one space,
 * blocks are trimmed, and a source line break between two CJK characters disappears.
 *
 * Skips script/style/noscript/template/textarea/select, elements hidden by the hidden attribute,
 * aria-hidden, an inline display:none, or a hide class, and our own `report-lens-*` UI hosts.
 *
 * `locate` maps [start, end) of `page.text` back to Text node positions with a binary search over the
 * run table; a span starting or ending on a collapsed or synthetic character ('\n' between blocks)
 * snaps inward to the nearest real character.
 *
 * @param url the page URL; defaults to `doc.URL` unless that is about:blank
 */
export function pageTextFromDocument(doc: Document, url?: string): DomPageText {
  const collector = new TextCollector();
  const head = doc.head;
  if (head) {
    for (let el = head.firstElementChild; el; el = el.nextElementSibling) {
      const tag = el.localName.toLowerCase();
      if (tag === 'meta') collector.readMeta(el);
      else if (tag === 'title') collector.readTitle(el);
    }
  }
  const root = doc.body ?? doc.documentElement;
  if (root) collector.walk(root);
  const text = collector.finish();

  const container = pickContainer(collector.frames, pageParagraphChars(collector.frames));
  const blocks = container
    ? collector.blocks.map((block, i) => ({ ...block, inArticle: i >= container.firstBlock && i < container.endBlock }))
    : collector.blocks;

  const documentUrl = doc.URL && doc.URL !== 'about:blank' ? doc.URL : null;
  const page: PageText = assemblePage(text, blocks, {
    url: url ?? documentUrl,
    htmlTitle: collector.title,
    metaTags: collector.metaTags,
  });
  return { page, locate: makeLocate(collector, text.length) };
}

/** The outermost frame (body) holds every block's paragraph characters. */
function pageParagraphChars(frames: readonly ContainerStats[]): number {
  let total = 0;
  for (const frame of frames) if (frame.depth === 0) total += frame.paragraphChars;
  return total;
}

function makeLocate(runs: TextCollector, textLength: number): DomPageText['locate'] {
  const { runStart, runLength, runNode, runNodeOffset } = runs;
  /** Index of the last run starting at or before `offset`, or -1. */
  const runAt = (offset: number): number => {
    let low = 0;
    let high = runStart.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      if (runStart[mid] <= offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  };
  return (start: number, end: number): DomSpan | null => {
    const from = Math.max(0, Math.floor(start));
    const to = Math.min(textLength, Math.ceil(end));
    if (!(from < to)) return null;
    let first = runAt(from);
    if (first < 0 || from >= runStart[first] + runLength[first]) first++;
    if (first >= runStart.length || runStart[first] >= to) return null;
    const last = runAt(to - 1);
    const startContainer = runNode[first];
    const endContainer = runNode[last];
    return {
      startContainer,
      startOffset: Math.min(startContainer.length, runNodeOffset[first] + Math.max(0, from - runStart[first])),
      endContainer,
      endOffset: Math.min(endContainer.length, runNodeOffset[last] + Math.min(runLength[last], to - runStart[last])),
    };
  };
}

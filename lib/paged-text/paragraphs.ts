import type { RawBlock } from '../page-text/assemble';
import { CJK, type Column, type PrintedLine } from './lines';
import type { PageSpan, TextSources } from './types';

/** A line ending this many font sizes before its column's right edge ends its paragraph. */
const SHORT_LINE = 1.5;
/** A line starting this many font sizes right of its column's left edge starts a paragraph (首行缩进). */
const INDENT = 0.8;
/** Lines whose font sizes differ by more than this share belong to different blocks (a title, a heading). */
const SIZE_CHANGE = 0.15;
/** A block this much larger than the body text is a heading; the first on page one is the document's title. */
const HEADING_SIZE = 1.25;
/** Column edges are taken at this quantile, so one overlong line (a table row) does not move them. */
const EDGE_QUANTILE = 0.1;
/** A line is CJK text (joined to the next without a space) when at least this share of its characters is CJK. */
const CJK_LINE_SHARE = 0.3;

interface Frame {
  left: number;
  right: number;
}

interface PagedLine extends PrintedLine {
  page: number;
}

export interface JoinedText {
  text: string;
  blocks: RawBlock[];
  pageMap: PageSpan[];
  sources: TextSources;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** The left and right edge of each column kind over the whole document. */
function columnFrames(lines: PagedLine[]): Map<Column, Frame> {
  const frames = new Map<Column, Frame>();
  for (const column of ['full', 'left', 'right'] as const) {
    const inColumn = lines.filter((line) => line.column === column);
    if (inColumn.length === 0) continue;
    frames.set(column, {
      left: quantile(inColumn.map((line) => line.left), EDGE_QUANTILE),
      right: quantile(inColumn.map((line) => line.right), 1 - EDGE_QUANTILE),
    });
  }
  return frames;
}

/** The font size most of the text is set in. */
function bodySize(lines: PagedLine[]): number {
  const chars = new Map<number, number>();
  for (const line of lines) chars.set(line.size, (chars.get(line.size) ?? 0) + line.text.length);
  return [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

const isCjkLine = (text: string) => [...text].filter((ch) => CJK.test(ch)).length >= text.length * CJK_LINE_SHARE;

/**
 * How a line joins the previous one of its paragraph: directly in CJK text, with a space between
 * Latin words, and without the hyphen of a word broken at the line end (the hyphen is dropped).
 */
function lineJoin(previous: string, next: string): { dropHyphen: boolean; glue: string } {
  if (/[A-Za-z]-$/.test(previous) && /^[a-z]/.test(next)) return { dropHyphen: true, glue: '' };
  const last = previous.at(-1) ?? '';
  const first = next[0] ?? '';
  const cjk = CJK.test(last) || CJK.test(first) || isCjkLine(previous) || isCjkLine(next);
  return { dropHyphen: false, glue: cjk ? '' : ' ' };
}

/**
 * Joins printed lines (in reading order, page furniture already dropped) into paragraphs, one block
 * each: a line that stops short of its column's right edge ends a paragraph, an indented line or a
 * change of font size starts one; a paragraph runs on across columns and pages. CJK lines join
 * without a space, Latin lines with one, and a word hyphenated at a line end is rejoined.
 * Returns the text (blocks joined by '\n', as the HTML path does) and the page of every stretch of it.
 */
export function joinParagraphs(pages: PrintedLine[][]): JoinedText {
  const lines: PagedLine[] = pages.flatMap((lines, index) => lines.map((line) => ({ ...line, page: index + 1 })));
  const frames = columnFrames(lines);
  const body = bodySize(lines);
  const endsParagraph = (line: PagedLine) => line.right < frames.get(line.column)!.right - line.size * SHORT_LINE;
  const startsParagraph = (line: PagedLine, previous: PagedLine) =>
    line.left > frames.get(line.column)!.left + line.size * INDENT || Math.abs(line.size - previous.size) > previous.size * SIZE_CHANGE;

  let text = '';
  const sourceItem: number[] = [];
  const sourceOffset: number[] = [];
  /** Appends text read from nowhere (a block break, a space between Latin lines). */
  const addGlue = (glue: string) => {
    text += glue;
    for (let i = 0; i < glue.length; i++) sourceItem.push(-1), sourceOffset.push(-1);
  };
  const addLine = (line: PagedLine) => {
    text += line.text;
    sourceItem.push(...line.sourceItem);
    sourceOffset.push(...line.sourceOffset);
  };
  const blocks: RawBlock[] = [];
  const pageMap: PageSpan[] = [];
  let titleTaken = false;
  let previous: PagedLine | null = null;
  const mark = (start: number, page: number) => {
    const last = pageMap.at(-1);
    if (last && last.page === page) last.end = text.length;
    else pageMap.push({ start, end: text.length, page });
  };
  const openBlock = (line: PagedLine) => {
    if (blocks.length > 0) {
      addGlue('\n');
      pageMap.at(-1)!.end = text.length;
    }
    const heading = line.size >= body * HEADING_SIZE;
    const tag = heading && !titleTaken && line.page === 1 ? 'h1' : heading ? 'h2' : 'p';
    if (tag === 'h1') titleTaken = true;
    blocks.push({ start: text.length, end: text.length, tag, inArticle: true });
  };
  for (const line of lines) {
    if (!previous || endsParagraph(previous) || startsParagraph(line, previous)) {
      openBlock(line);
      const start = text.length;
      addLine(line);
      mark(start, line.page);
    } else {
      const { dropHyphen, glue } = lineJoin(previous.text, line.text);
      if (dropHyphen) {
        text = text.slice(0, -1);
        sourceItem.pop();
        sourceOffset.pop();
        pageMap.at(-1)!.end = text.length;
      }
      const start = text.length;
      addGlue(glue);
      addLine(line);
      mark(start, line.page);
    }
    blocks.at(-1)!.end = text.length;
    previous = line;
  }
  return { text, blocks, pageMap, sources: { item: Int32Array.from(sourceItem), offset: Int32Array.from(sourceOffset) } };
}

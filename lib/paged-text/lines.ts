import type { PdfPageContent, PdfTextItem } from './types';

/** A printed line: items on one baseline within one column, left to right. */
export interface PrintedLine {
  text: string;
  left: number;
  right: number;
  /** Baseline, PDF units from the bottom of the page. */
  y: number;
  size: number;
  /** Where the line stands: across the page (one column, or above/below two), or in the left or right column. */
  column: Column;
  /** For each character of `text`: the index of the page's text item it was read from and its offset there; -1 for an added space. */
  sourceItem: number[];
  sourceOffset: number[];
}

export type Column = 'full' | 'left' | 'right';

interface PlacedItem {
  /** Index in the page's text items. */
  index: number;
  str: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

/** Han ideographs, kana and CJK/full-width punctuation: scripts written without spaces between words. */
export const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019\u2014\u2026]/;

/** The middle of the page where a column gutter may lie, as shares of the page width. */
const GUTTER_ZONE = [0.3, 0.7] as const;
/** A gutter is a gap crossed by at most this share of the page's items (titles, running heads, page numbers). */
const GUTTER_CROSSING_SHARE = 0.1;
/** Each column holds at least this share of the page's items. */
const MIN_COLUMN_SHARE = 0.2;

function place(item: PdfTextItem, index: number): PlacedItem | null {
  if (!item.str.trim()) return null;
  const [, , , d, e, f] = item.transform;
  const size = item.height || Math.abs(d) || 1;
  return { index, str: item.str, left: e, right: e + item.width, y: f, size };
}

/**
 * Reads a page's items into lines in reading order: a two-column page column by column (items
 * crossing the gutter, such as a title above the columns, keep their place by height), one
 * column top to bottom.
 */
export function readPageLines(content: PdfPageContent): PrintedLine[] {
  const items = content.items.map((item, index) => place(item, index)).filter((item): item is PlacedItem => item !== null);
  const gutter = findGutter(items, content.width);
  if (gutter === null) return groupLines(items, 'full');
  const spanning = items.filter((item) => item.left < gutter && item.right > gutter);
  const left = items.filter((item) => item.right <= gutter);
  const right = items.filter((item) => item.left >= gutter);
  const columnTop = Math.max(...[...left, ...right].map((item) => item.y));
  const columnBottom = Math.min(...[...left, ...right].map((item) => item.y));
  return [
    ...groupLines(spanning.filter((item) => item.y > columnTop), 'full'),
    ...groupLines(left, 'left'),
    ...groupLines(right, 'right'),
    ...groupLines(spanning.filter((item) => item.y <= columnTop && item.y >= columnBottom), 'full'),
    ...groupLines(spanning.filter((item) => item.y < columnBottom), 'full'),
  ];
}

/** The x of an empty vertical band in the middle of the page with text on both sides, or null. */
function findGutter(items: PlacedItem[], pageWidth: number): number | null {
  if (items.length < 10) return null;
  let best: { x: number; crossing: number } | null = null;
  for (let x = pageWidth * GUTTER_ZONE[0]; x <= pageWidth * GUTTER_ZONE[1]; x += 2) {
    const crossing = items.filter((item) => item.left < x && item.right > x).length;
    if (!best || crossing < best.crossing) best = { x, crossing };
  }
  if (!best || best.crossing > items.length * GUTTER_CROSSING_SHARE) return null;
  const leftCount = items.filter((item) => item.right <= best.x).length;
  const rightCount = items.filter((item) => item.left >= best.x).length;
  const enough = items.length * MIN_COLUMN_SHARE;
  return leftCount >= enough && rightCount >= enough ? best.x : null;
}

/** Groups items whose baselines lie within half a font height, top to bottom, each line left to right. */
function groupLines(items: PlacedItem[], column: Column): PrintedLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.left - b.left);
  const groups: PlacedItem[][] = [];
  for (const item of sorted) {
    const current = groups.at(-1);
    if (current && Math.abs(current[0].y - item.y) <= Math.min(current[0].size, item.size) / 2) current.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.left - b.left);
    const chars: SourcedChar[] = [];
    let previous: PlacedItem | null = null;
    for (const item of group) {
      // pdf.js leaves word gaps out of items that Chromium and Word draw as separate runs.
      const last = chars.at(-1)?.ch ?? '';
      if (previous && item.left - previous.right > item.size * 0.25 && needsSpace(last, item.str)) chars.push({ ch: ' ', item: -1, offset: -1 });
      for (let offset = 0; offset < item.str.length; offset++) chars.push({ ch: item.str[offset], item: item.index, offset });
      previous = item;
    }
    const kept = dropLetterSpacing(collapseWhitespace(chars));
    return {
      text: kept.map((c) => c.ch).join(''),
      left: group[0].left,
      right: Math.max(...group.map((item) => item.right)),
      y: group[0].y,
      size: Math.max(...group.map((item) => item.size)),
      column,
      sourceItem: kept.map((c) => c.item),
      sourceOffset: kept.map((c) => c.offset),
    };
  });
}

/** One character of a line and where in the page's text items it was read. */
interface SourcedChar {
  ch: string;
  item: number;
  offset: number;
}

const WHITESPACE = /\s/;

/** Runs of whitespace become one space (the run's first character), none at either end. */
function collapseWhitespace(chars: SourcedChar[]): SourcedChar[] {
  const out: SourcedChar[] = [];
  for (const c of chars) {
    if (!WHITESPACE.test(c.ch)) out.push(c);
    else if (out.length > 0 && out.at(-1)!.ch !== ' ') out.push({ ...c, ch: ' ' });
  }
  if (out.at(-1)?.ch === ' ') out.pop();
  return out;
}

/** A justified CJK line stretched this much shows gaps between its characters in several places. */
const MIN_STRETCH_GAPS = 2;

/**
 * A justified line in a narrow column is set with extra space between its characters, which
 * pdf.js reads as spaces (厦 门 市 法 治). Where a line has such gaps between CJK characters, every
 * space next to a CJK character is spacing, not text; elsewhere (文件29 件) a space is kept as printed.
 */
function dropLetterSpacing(chars: SourcedChar[]): SourcedChar[] {
  const cjkAt = (i: number) => i >= 0 && i < chars.length && CJK.test(chars[i].ch);
  const spaces = chars.flatMap((c, i) => (c.ch === ' ' ? [i] : []));
  if (spaces.filter((i) => cjkAt(i - 1) && cjkAt(i + 1)).length < MIN_STRETCH_GAPS) return chars;
  return chars.filter((c, i) => c.ch !== ' ' || !(cjkAt(i - 1) || cjkAt(i + 1)));
}

/** `dropLetterSpacing` on a plain string. */
export function withoutLetterSpacing(line: string): string {
  return dropLetterSpacing(line.split('').map((ch) => ({ ch, item: -1, offset: -1 })))
    .map((c) => c.ch)
    .join('');
}

/** A space between a line's last character and the next piece, unless one side already has one or either side is CJK. */
function needsSpace(last: string, after: string): boolean {
  const first = after[0] ?? '';
  if (!last || !first || /\s/.test(last) || /\s/.test(first)) return false;
  return !CJK.test(last) && !CJK.test(first);
}

import type { TextBlock } from '../page-text/types';
import { lastVisibleChar, skipSpaces } from './block-edges';
import { readHeadingMarker } from './heading-marker';

/** "2020年工作计划", "存在的问题和不足": unnumbered headings are short noun phrases. */
const MAX_LENGTH = 30;
/** A block this long (or holding a 。) is a paragraph a heading can introduce. */
const MIN_PARAGRAPH_LENGTH = 40;
/** A heading line does not end like an enumeration or a broken-off line (sentence marks: below). */
const CLOSING_PUNCTUATION = new Set(['.', '、', '…', '—', '-']);
/**
 * Sentence and clause marks (an unnumbered heading is a noun phrase, a line holding ，is a wrapped
 * sentence), breadcrumbs (首页 > 政务公开), labels (来源:), links.
 */
const NOT_IN_HEADINGS = /[。,;!?:|>›»/]|https?|www\./;
/** How the block before a heading ends: a paragraph that ran to its end, not a line cut by wrapping. */
const PARAGRAPH_END = new Set(['。', '!', '?', ';', ':', '…', '”', '’', ')', '」', '』']);
const OPENS_A_NOTE = new Set(['(', '[', '【', '〔', '<', '《']);
/** 2022-03-10, 2020年11月15日, 2020.11: dates and signatures' date lines. */
const DATE_LIKE = /\d{4}\s*[-年./]\s*\d{1,2}/;

/**
 * True when `block` looks like an unnumbered own-line heading: short, no punctuation, mostly
 * Chinese, not a label, breadcrumb or date; standing after a finished paragraph or a heading
 * (`previous`, undefined after a heading); and followed by something a heading introduces (a
 * paragraph or a numbered heading).
 *
 * The neighbours are what reject the look-alikes: page furniture and signatures are followed by
 * more short lines ("中共中卫市沙坡头区委全面依法治区委员会办公室" then "2020年11月15日"), and the
 * tail of a paragraph hard-wrapped by a PDF export ("及时督促整改") follows a line that stops
 * mid-sentence. Callers also require a numbered heading earlier in the body, so the report title
 * and the lines above the first heading never qualify.
 *
 * Reads the candidate (≤ MAX_LENGTH), the last character of the previous block and at most a
 * short next block: linear over a page.
 */
export function isStandaloneHeadingLine(
  folded: string,
  block: TextBlock,
  previous: TextBlock | undefined,
  next: TextBlock | undefined,
): boolean {
  const start = skipSpaces(folded, block.start, block.end);
  let end = block.end;
  while (end > start && folded[end - 1] === ' ') end--;
  const length = end - start;
  if (length < 2 || length > MAX_LENGTH || next === undefined) return false;
  const line = folded.slice(start, end);
  if (CLOSING_PUNCTUATION.has(line[line.length - 1]!) || OPENS_A_NOTE.has(line[0]!)) return false;
  if (NOT_IN_HEADINGS.test(line) || DATE_LIKE.test(line)) return false;
  if (countIdeographs(line) * 2 < length || countIdeographs(line) < 2) return false;
  return (previous === undefined || PARAGRAPH_END.has(lastVisibleChar(folded, previous))) && introducesContent(folded, next);
}

function introducesContent(folded: string, next: TextBlock): boolean {
  const start = skipSpaces(folded, next.start, next.end);
  if (readHeadingMarker(folded, start, next.end)) return true;
  if (next.end - start >= MIN_PARAGRAPH_LENGTH) return true;
  // Shorter than MIN_PARAGRAPH_LENGTH here, so this scan is bounded.
  return folded.slice(start, next.end).includes('。');
}

function countIdeographs(line: string): number {
  let count = 0;
  for (const ch of line) if (ch >= '\u4e00' && ch <= '\u9fff') count++;
  return count;
}

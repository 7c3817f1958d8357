import { chineseNumeralValue } from '../numbers/chinese-numerals';
import { skipSpaces } from './block-edges';

/** The numbering styles of Chinese official documents, one per heading level (党政机关公文格式). */
export type MarkerKind = 'part' | 'cjk' | 'paren-cjk' | 'arabic' | 'paren-arabic';

/** Level by marker type, never by position: the CLI and gold files rely on 一、 always being 1. */
const LEVEL_OF_KIND: Readonly<Record<MarkerKind, number>> = {
  part: 1,
  cjk: 1,
  'paren-cjk': 2,
  arabic: 3,
  'paren-arabic': 4,
};

export interface HeadingMarker {
  kind: MarkerKind;
  level: number;
  /** The number the marker carries (一 → 1, 12 → 12, 第三部分 → 3). */
  value: number;
  /** Exclusive end of the marker as printed. */
  markerEnd: number;
  /** Where the title starts: after the marker and any spacing or separator that follows it. */
  titleStart: number;
}

/** Numbering above this is not a heading sequence (一百、 is prose, 100. is a figure). */
const MAX_VALUE = 99;
/** 十二, 二十一: three characters cover every value up to MAX_VALUE. */
const MAX_CJK_NUMERAL_LENGTH = 3;
const MAX_ARABIC_DIGITS = 2;

/**
 * Reads a heading marker at `at` in folded text (full-width already folded to ASCII, so （一）
 * and (一), 1． and 1. look alike), or returns null.
 *
 * Accepted: 一、 一． (level 1; the half-width 一. a typesetter may use folds the same way),
 * 第一部分 / 第一章 (level 1), （一） (level 2, an optional 、 or . after the paren is kept in the
 * marker), 1. 1、 (level 3), （1） (level 4). Rejected on purpose: 一， (a clause, not numbering),
 * 1.5万件 and 1、2月 (a digit after the separator is a number, not a marker), (2021) and
 * 一百、 (values above 99). Reads at most a dozen characters: O(1).
 */
export function readHeadingMarker(folded: string, at: number, limit: number): HeadingMarker | null {
  const first = folded[at];
  if (first === undefined || at >= limit) return null;
  if (first === '第') return readPartMarker(folded, at, limit);
  if (first === '(') return readParenMarker(folded, at, limit);
  if (isAsciiDigit(first)) return readArabicMarker(folded, at, limit);
  return readCjkMarker(folded, at, limit);
}

function readCjkMarker(folded: string, at: number, limit: number): HeadingMarker | null {
  const numeral = readCjkNumeral(folded, at, limit);
  if (!numeral) return null;
  const separator = folded[numeral.end];
  if (numeral.end >= limit || (separator !== '、' && separator !== '.')) return null;
  return marker('cjk', numeral.value, numeral.end + 1, folded, limit);
}

function readPartMarker(folded: string, at: number, limit: number): HeadingMarker | null {
  const numeral = readCjkNumeral(folded, at + 1, limit);
  if (!numeral) return null;
  const unit = folded.startsWith('部分', numeral.end) ? 2 : folded[numeral.end] === '章' ? 1 : 0;
  if (unit === 0 || numeral.end + unit > limit) return null;
  let titleStart = skipSpaces(folded, numeral.end + unit, limit);
  // 第一部分：工作情况 / 第一章、总则: the separator belongs to neither marker nor title.
  if (titleStart < limit && '、:.'.includes(folded[titleStart]!)) titleStart = skipSpaces(folded, titleStart + 1, limit);
  return { kind: 'part', level: LEVEL_OF_KIND.part, value: numeral.value, markerEnd: numeral.end + unit, titleStart };
}

function readParenMarker(folded: string, at: number, limit: number): HeadingMarker | null {
  const inner = at + 1;
  let kind: MarkerKind;
  let value: number;
  let close: number;
  if (isAsciiDigit(folded[inner])) {
    close = skipDigits(folded, inner, limit);
    if (close - inner > MAX_ARABIC_DIGITS) return null;
    kind = 'paren-arabic';
    value = Number(folded.slice(inner, close));
  } else {
    const numeral = readCjkNumeral(folded, inner, limit);
    if (!numeral) return null;
    kind = 'paren-cjk';
    value = numeral.value;
    close = numeral.end;
  }
  if (close >= limit || folded[close] !== ')' || value < 1 || value > MAX_VALUE) return null;
  let markerEnd = close + 1;
  // （一）、 and （一）. are common typesetting slips: keep the separator in the marker, out of the title.
  if (markerEnd < limit && (folded[markerEnd] === '、' || folded[markerEnd] === '.')) markerEnd++;
  return marker(kind, value, markerEnd, folded, limit);
}

function readArabicMarker(folded: string, at: number, limit: number): HeadingMarker | null {
  const digitsEnd = skipDigits(folded, at, limit);
  if (digitsEnd - at > MAX_ARABIC_DIGITS || digitsEnd >= limit) return null;
  const separator = folded[digitsEnd];
  if (separator !== '.' && separator !== '、') return null;
  // 1.5万件, 1、2月份: a digit right after the separator makes it a number.
  if (isAsciiDigit(folded[digitsEnd + 1])) return null;
  const value = Number(folded.slice(at, digitsEnd));
  if (value < 1 || value > MAX_VALUE) return null;
  return marker('arabic', value, digitsEnd + 1, folded, limit);
}

function marker(kind: MarkerKind, value: number, markerEnd: number, folded: string, limit: number): HeadingMarker {
  return { kind, level: LEVEL_OF_KIND[kind], value, markerEnd, titleStart: skipSpaces(folded, markerEnd, limit) };
}

/** The longest run of up to three numeral characters at `at` that is a well-formed value in 1..99. */
function readCjkNumeral(folded: string, at: number, limit: number): { value: number; end: number } | null {
  let end = at;
  while (end < limit && end - at < MAX_CJK_NUMERAL_LENGTH && isNumberingChar(folded[end]!)) end++;
  // 一二、 is a digit string (12), not numbering: multi-character markers are 十-forms (十二, 二十一).
  if (end === at || (end - at > 1 && !folded.slice(at, end).includes('十'))) return null;
  const value = chineseNumeralValue(folded.slice(at, end));
  if (value === null || value < 1 || value > MAX_VALUE) return null;
  return { value, end };
}

/** Headings and 一是 items number with 一…十 only; 两/万/零 and financial forms never do. */
export function isNumberingChar(ch: string): boolean {
  return '一二三四五六七八九十'.includes(ch);
}

function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function skipDigits(folded: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && isAsciiDigit(folded[i])) i++;
  return i;
}

import { TRADITIONAL_FOLD_PAIRS } from './fold-table';

/**
 * One UTF-16 unit → one UTF-16 unit, built once. A dense table beats a Map here: folding runs over
 * whole pages (up to megabytes) on every extraction, and a typed-array lookup keeps that to a few ms.
 */
const FOLD = buildFoldTable();

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < table.length; code++) table[code] = code;
  // Full-width ASCII (！ … ～) → ASCII: typesetters mix ２０２２年 and 2022年 freely.
  for (let code = 0xff01; code <= 0xff5e; code++) table[code] = code - 0xfee0;
  // Ideographic and no-break spaces behave like plain spaces for matching.
  table[0x3000] = 0x20;
  table[0x00a0] = 0x20;
  for (let i = 0; i + 1 < TRADITIONAL_FOLD_PAIRS.length; i += 2) {
    table[TRADITIONAL_FOLD_PAIRS.charCodeAt(i)] = TRADITIONAL_FOLD_PAIRS.charCodeAt(i + 1);
  }
  return table;
}

/** Decoding the folded units in one call is several times faster than building the string piecewise. */
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * Folds text for matching without moving offsets: every UTF-16 unit maps to exactly one unit, so
 * `foldText(s).length === s.length` and an offset found in the folded text points at the same
 * character of the original.
 *
 * Folds full-width ASCII to ASCII, U+3000 and U+00A0 to a space, and traditional/variant Han
 * characters to simplified (法治政府建設年度情況報告 → 法治政府建设年度情况报告). The Han table covers
 * the traditional forms of the common characters (GB2312 level 1, ~3,750) and of every character
 * the engine's patterns and the dev pages use (see tests/tools/build-fold-table.ts), so a
 * traditional repost of a report hashes like its simplified original; rarer traditional characters
 * pass through unchanged. Folding is per character, so a character OpenCC converts by context folds
 * one way everywhere (乾 → 干 also in 乾隆).
 *
 * Two choices for characters that are valid in simplified text too:
 * - 著 is NOT folded: in simplified Chinese it is its own character (显著, 著作, 著力); only Taiwan
 *   usage writes 著 for the particle 着, and rewriting it would corrupt simplified pages.
 * - 於 IS folded to 于: GB2312 contains it (as a surname and in a few classical words), but in
 *   report prose it only ever appears as the traditional form of 于 (關於, 對於, 於是), and 关于/对于
 *   are in the patterns. The cost, a surname 於 matched as 于, is negligible.
 *
 * Surrogate pairs survive intact; a lone surrogate comes back as U+FFFD (still one unit).
 */
export function foldText(text: string): string {
  const length = text.length;
  let firstChange = 0;
  while (firstChange < length) {
    const code = text.charCodeAt(firstChange);
    if (FOLD[code] !== code) break;
    firstChange++;
  }
  if (firstChange === length) return text;
  const units = new Uint16Array(length);
  for (let i = 0; i < length; i++) units[i] = FOLD[text.charCodeAt(i)];
  return UTF16.decode(units);
}

import type { TextBlock } from '../page-text/types';

/**
 * Spacing that may pad a block (folding already turned U+3000 and U+00A0 into ' '). Takes a
 * character code: `folded[i]` would allocate a string per Chinese character read.
 */
function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

/** First offset at or after `at` (and before `limit`) that is not spacing. */
export function skipSpaces(folded: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && isSpaceCode(folded.charCodeAt(i))) i++;
  return i;
}

/** The block's last character that is not spacing ('' for an empty block). */
export function lastVisibleChar(folded: string, block: TextBlock): string {
  let last = block.end - 1;
  while (last > block.start && isSpaceCode(folded.charCodeAt(last))) last--;
  return last >= block.start ? folded[last]! : '';
}

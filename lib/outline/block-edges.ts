import type { TextBlock } from '../page-text/types';

/** Spacing that may pad a block (folding already turned U+3000 and U+00A0 into ' '). */
function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0';
}

/** First offset at or after `at` (and before `limit`) that is not spacing. */
export function skipSpaces(folded: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && isSpace(folded[i])) i++;
  return i;
}

/** The block's last character that is not spacing ('' for an empty block). */
export function lastVisibleChar(folded: string, block: TextBlock): string {
  let last = block.end - 1;
  while (last > block.start && isSpace(folded[last])) last--;
  return last >= block.start ? folded[last]! : '';
}

/** Character-class helpers shared by the number reader, the unit matcher and the scanner. */
import { charCodeSet } from '../text/char-codes.ts';

/** True when `ch` is one character of `chars` (false for '' and undefined, which `includes` would accept). */
export function isOneOf(chars: string, ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && chars.includes(ch);
}

/** Whitespace tolerated between a number and its unit (CMS editors pad with nbsp and en spaces). */
const INLINE_SPACES = charCodeSet(' \t\u00a0\u2002\u2003\u3000');

/** True when the character at `at` is inline whitespace (false past either end). Reads a code, allocates nothing. */
export function isInlineSpaceAt(text: string, at: number): boolean {
  return INLINE_SPACES.has(text.charCodeAt(at));
}

/** A–Z or a–z, by character code (false for NaN, which `charCodeAt` returns past either end). */
export function isAsciiLetterCode(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

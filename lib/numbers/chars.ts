/** Character-class helpers shared by the number reader, the unit matcher and the scanner. */

/** True when `ch` is one character of `chars` (false for '' and undefined, which `includes` would accept). */
export function isOneOf(chars: string, ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && chars.includes(ch);
}

/** Whitespace tolerated between a number and its unit (CMS editors pad with nbsp and en spaces). */
export function isInlineSpace(ch: string | undefined): boolean {
  return isOneOf(' \t\u00a0\u2002\u2003\u3000', ch);
}

export function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'));
}

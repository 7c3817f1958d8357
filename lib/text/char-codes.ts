/**
 * Character classes as sets of UTF-16 codes, for the engine's per-character loops.
 *
 * Why codes: `text[i]` on Chinese text allocates a one-character string per read (V8 caches only
 * Latin-1 ones), which made allocation and garbage collection the largest cost of extracting a
 * long page. Loops that look at every character read `text.charCodeAt(i)` and test it here.
 */
export interface CharCodeSet {
  /** `code` as `charCodeAt` returns it: an integer in 0…0xFFFF, or NaN past either end (never in the set). */
  has(code: number): boolean;
}

/**
 * The codes of `chars` (BMP characters, one UTF-16 unit each) as a bitmap over the span from the
 * lowest to the highest code: about twice as fast as a `Set<number>` in hot loops, and at most
 * 8 KB even for a set mixing ASCII with full-width punctuation.
 */
export function charCodeSet(chars: string): CharCodeSet {
  let low = 0xffff;
  let high = 0;
  for (let i = 0; i < chars.length; i++) {
    low = Math.min(low, chars.charCodeAt(i));
    high = Math.max(high, chars.charCodeAt(i));
  }
  const words = new Uint32Array(chars.length === 0 ? 0 : ((high - low) >>> 5) + 1);
  for (let i = 0; i < chars.length; i++) {
    const offset = chars.charCodeAt(i) - low;
    words[offset >>> 5]! |= 1 << (offset & 31);
  }
  return {
    has(code: number): boolean {
      const offset = code - low;
      // NaN fails both comparisons; `>>> 5` of a negative offset would wrap, hence the first test.
      return offset >= 0 && offset <= high - low && (words[offset >>> 5]! & (1 << (offset & 31))) !== 0;
    },
  };
}

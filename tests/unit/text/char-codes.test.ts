import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charCodeSet } from '../../../lib/text/char-codes';

describe('charCodeSet', () => {
  it('holds exactly the clause marks it was built from, mixing ASCII and full-width punctuation', () => {
    // The clause breaks of block-mentions: ASCII and full-width forms far apart in the code space.
    const clauseBreaks = charCodeSet(',;:。!?，；：！？');
    for (const ch of ',;:。!?，；：！？') expect(clauseBreaks.has(ch.charCodeAt(0))).toBe(true);
    for (const ch of '、.（)收到行政复议申请1719件 ') expect(clauseBreaks.has(ch.charCodeAt(0))).toBe(false);
  });

  it('answers false past either end of a string (charCodeAt gives NaN) and outside its code span', () => {
    const quotes = charCodeSet('“‘「『');
    expect(quotes.has(''.charCodeAt(0))).toBe(false);
    expect(quotes.has(-1)).toBe(false);
    expect(quotes.has(0)).toBe(false);
    expect(quotes.has(0xffff)).toBe(false);
    expect(charCodeSet('').has(0)).toBe(false);
  });

  it('agrees with a Set of the same codes, on its members and on a sweep of the BMP', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 12 }), (codes) => {
        const set = charCodeSet(String.fromCharCode(...codes));
        const reference = new Set(codes);
        const disagreements: number[] = [];
        for (let code = 0; code <= 0xffff; code += 31) if (set.has(code) !== reference.has(code)) disagreements.push(code);
        for (const code of reference) if (!set.has(code)) disagreements.push(code);
        expect(disagreements).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseNumeralValue } from '../../../lib/numbers/chinese-numerals.ts';
import { parseNumber } from '../../../lib/numbers/parse-number.ts';
import { scanQuantities } from '../../../lib/numbers/scan-quantities.ts';

/** Characters that exercise every branch: digits, numerals, units, separators, approximation and change words. */
const REPORT_ALPHABET = [
  ...'0123456789０１２３４５６７８９',
  ...'零〇一二两三四五六七八九十百千万亿壹贰拾佰仟伍陆',
  ...'件个项次人名家条份部场期户批起类元天日年月倍%％',
  ...',，.．:：-~～至到/、。；;（）()〔〕“”\n  第届余多约近超过左右以上上数同比较增长下降提高减少了点分之X',
];

const reportLikeText = fc.string({ unit: fc.constantFrom(...REPORT_ALPHABET), maxLength: 200 });
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), reportLikeText);

describe('number parsing never throws and stays well formed', () => {
  it('scanQuantities: spans in bounds, ordered, disjoint, finite values', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let previousEnd = 0;
        for (const q of scanQuantities(text)) {
          expect(q.start).toBeGreaterThanOrEqual(previousEnd);
          expect(q.start).toBeLessThan(q.end);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(Number.isFinite(q.value)).toBe(true);
          if (q.valueMax !== null) expect(q.valueMax).toBeGreaterThan(q.value);
          previousEnd = q.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('parseNumber and chineseNumeralValue return a finite number or null', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseNumber(text);
        if (parsed !== null) expect(Number.isFinite(parsed.value)).toBe(true);
        const numeral = chineseNumeralValue(text);
        if (numeral !== null) expect(Number.isSafeInteger(numeral)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('a scanned figure does not depend on unrelated text around its clause', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.constantFrom('件', '人次', '%', '个百分点', '家'), (n, unit) => {
        const sentence = `全年共办理${n}${unit}。`;
        const quantities = scanQuantities(`${'其他内容。'.repeat(3)}${sentence}`);
        expect(quantities).toHaveLength(1);
        expect(quantities[0]).toMatchObject({ value: n, unit });
      }),
      { numRuns: 300 },
    );
  });

  it('handles 5 MB of report text in linear time', () => {
    const paragraph = '全市共收到行政复议申请1719件,受理1541件,同比下降15.1%。2020年11月15日,索引号640502003/2021-00066。';
    const text = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const started = performance.now();
    const quantities = scanQuantities(text);
    const elapsed = performance.now() - started;
    expect(quantities.length).toBe(3 * Math.ceil(5_000_000 / paragraph.length));
    // Generous bound for a shared CI core; quadratic behaviour would take minutes.
    expect(elapsed).toBeLessThan(15_000);
  });

  it.each([
    ['a long thousands-separated chain', `1${',234'.repeat(250_000)}`],
    ['a long Chinese decimal', `十二点${'五'.repeat(1_000_000)}`],
    ['a long Chinese numeral run', '一'.repeat(1_000_000)],
    ['alternating numbers and range separators', '1-'.repeat(500_000)],
    ['repeated 百分之', '百分之'.repeat(300_000)],
  ])('stays linear on %s', (_label, text) => {
    const started = performance.now();
    scanQuantities(text);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../lib/extract/extract-report';
import { pageTextFromDocument } from '../../../lib/page-text/from-document';
import { pageTextFromPlainText } from '../../../lib/page-text/from-plain-text';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const seed = readFileSync(join(import.meta.dirname, '../../fixtures/seeds/003_c41d4294c82615c2.txt'), 'utf8');

/** Every offset the engine returns must point into the page text, and every value be finite. */
function expectSane(text: string) {
  const page = pageTextFromPlainText(text);
  const result = extractReport(page);
  expect(result.detection.confidence).toBeGreaterThanOrEqual(0);
  expect(result.detection.confidence).toBeLessThanOrEqual(1);
  for (const m of result.mentions) {
    expect(Number.isFinite(m.value)).toBe(true);
    expect(0 <= m.start && m.start < m.end && m.end <= page.text.length).toBe(true);
  }
  for (const s of result.outline.sections) expect(0 <= s.start && s.start <= s.end && s.end <= page.text.length).toBe(true);
}

describe('the engine never throws', () => {
  it('on random Unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => expectSane(text)), { numRuns: 200 });
  });

  it('on report-like text spliced with random fragments', () => {
    const pieces = fc.constantFrom('一、', '（一）', '1.', '一是', '行政复议', '受理', '件', '%', '同比下降', '余', '万', '亿', '。', '，', '\n', '１２３', '百分之', '其中，');
    fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 300 }), (parts) => expectSane(parts.join(''))), {
      numRuns: 200,
    });
  });

  it('on empty text and on 5 MB of report text', () => {
    expectSane('');
    let big = seed;
    while (big.length < 5_000_000) big += '\n' + seed;
    expectSane(big);
  }, 60_000);

  it('on deeply nested HTML', () => {
    const depth = 20_000;
    document.body.innerHTML = '<div>'.repeat(depth) + '行政复议案件55件' + '</div>'.repeat(depth);
    const { page } = pageTextFromDocument(document, 'https://www.example.gov.cn/');
    expect(page.text).toContain('行政复议案件55件');
    expect(() => extractReport(page)).not.toThrow();
  });
});

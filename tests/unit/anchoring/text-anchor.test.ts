import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorSpan, describeSpan, similarity } from '../../../lib/anchoring/text-anchor';
import { textFragmentUrl } from '../../../lib/anchoring/text-fragment';

const xiamen = readFileSync(join(import.meta.dirname, '../../fixtures/seeds/003_c41d4294c82615c2.txt'), 'utf8');

function spanOf(text: string, quote: string): [number, number] {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in seed: ${quote}`);
  return [start, start + quote.length];
}

describe('describeSpan / anchorSpan on a real report', () => {
  const quote = '收到行政复议申请1719件';
  const [start, end] = spanOf(xiamen, quote);
  const anchor = describeSpan(xiamen, start, end);

  it('keeps 32 characters of context on each side', () => {
    expect(anchor.exact).toBe(quote);
    expect(anchor.prefix).toHaveLength(32);
    expect(anchor.suffix).toHaveLength(32);
    expect(xiamen.slice(start - 32, end + 32)).toBe(anchor.prefix + quote + anchor.suffix);
  });

  it('re-anchors exactly after text is inserted above the clip', () => {
    const revisited = '网站改版通知：本站已升级。\n'.repeat(3) + xiamen;
    const match = anchorSpan(revisited, anchor)!;
    expect(match.exact).toBe(true);
    expect(revisited.slice(match.start, match.end)).toBe(quote);
  });

  it('re-anchors fuzzily when the figure itself was corrected', () => {
    const corrected = xiamen.replace(quote, '收到行政复议申请1720件');
    const match = anchorSpan(corrected, anchor)!;
    expect(match.exact).toBe(false);
    expect(corrected.slice(match.start, match.end)).toBe('收到行政复议申请1720件');
  });

  it('picks the occurrence whose context matches when the quote repeats', () => {
    const figure = '1719件';
    const [fStart, fEnd] = spanOf(xiamen, figure);
    const figureAnchor = describeSpan(xiamen, fStart, fEnd);
    const doubled = `统计口径说明：去年同期也是${figure}。\n` + xiamen;
    const match = anchorSpan(doubled, figureAnchor)!;
    expect(match.start).toBe(doubled.indexOf(quote) + quote.length - figure.length);
  });

  it('returns null (an orphan) when the sentence is gone', () => {
    const [pStart, pEnd] = spanOf(xiamen, xiamen.slice(start - 200, end + 200));
    const without = xiamen.slice(0, pStart) + '（本段已删除）' + xiamen.slice(pEnd);
    expect(anchorSpan(without, anchor)).toBeNull();
  });
});

describe('similarity', () => {
  it('is 1 for equal strings and falls with edits', () => {
    expect(similarity('受理1541件', '受理1541件')).toBe(1);
    expect(similarity('受理1541件', '受理1542件')).toBeCloseTo(1 - 1 / 7);
    expect(similarity('', 'abc')).toBe(0);
  });
});

describe('textFragmentUrl', () => {
  it('encodes the quote with context and drops an existing hash', () => {
    const url = textFragmentUrl('https://www.xm.gov.cn/a.htm#top', { exact: '受理1541件', prefix: '行政复议申请1719件，', suffix: '，审结1,500件-' });
    const [base, directive] = url.split('#:~:text=');
    expect(base).toBe('https://www.xm.gov.cn/a.htm');
    // Syntax characters inside the parts are escaped, so the directive splits into exactly three parts.
    expect(directive!.split(',').map(decodeURIComponent)).toEqual(['申请1719件，-', '受理1541件', '-，审结1,500']);
  });

  it('keeps the context within the quote\'s own block', () => {
    const url = textFragmentUrl('https://x.gov.cn/', { exact: '受理', prefix: '标题\n全市', suffix: '件\n下一段' });
    expect(decodeURIComponent(url.split('#:~:text=')[1]!)).toBe('全市-,受理,-件');
  });
});

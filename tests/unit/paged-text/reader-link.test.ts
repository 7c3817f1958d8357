import { describe, expect, it } from 'vitest';
import { parseReaderQuery, readerQuery } from '../../../lib/paged-text/reader-link';

describe('reader links', () => {
  it('carry a web file or a saved report to a page and a quote, and read back the same', () => {
    const web = { url: 'https://www.jinjiang.gov.cn/xxgk/2020年法治政府建设情况报告.pdf', page: 3, quote: '办理行政复议案件534件' };
    expect(parseReaderQuery(readerQuery(web))).toEqual(web);
    expect(parseReaderQuery(readerQuery({ report: 12 }))).toEqual({ report: 12 });
  });

  it('name nothing for an empty or broken query, so the reader offers its file picker', () => {
    expect(parseReaderQuery('')).toBeNull();
    expect(parseReaderQuery('?url=javascript:alert(1)')).toBeNull();
    expect(parseReaderQuery('?report=0')).toBeNull();
    expect(parseReaderQuery('?report=3&url=https://a.gov.cn/x.pdf')).toBeNull();
    expect(parseReaderQuery('?report=3&page=x')).toBeNull();
    expect(() => readerQuery({ page: 2 })).toThrow();
  });
});

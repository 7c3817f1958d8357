import { describe, expect, it } from 'vitest';
import { findReaderTarget, parseReaderQuery } from '../../../lib/paged-text/reader-link';
import { readerQuery } from '../../../lib/paged-text/reader-path';
import { seedText } from '../page-ui/fixture-dom';

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

describe('finding the sentence a reader link quotes', () => {
  const seed = seedText('002_a97323032518c27f.txt');
  const quote = '2020年共涉及政府部门行政复议案件12件,作出撤销决定2件';
  const at = seed.indexOf(quote);
  /** The seed as a printed file: a page per 2,000 characters. */
  const pages = Array.from({ length: Math.ceil(seed.length / 2000) }, (_, i) => ({ start: i * 2000, end: Math.min(seed.length, (i + 1) * 2000), page: i + 1 }));
  const pageOf = Math.floor(at / 2000) + 1;

  it('finds it verbatim with the page it is printed on', () => {
    expect(at).toBeGreaterThan(0);
    expect(findReaderTarget(seed, pages, { quote, page: pageOf })).toEqual({ start: at, end: at + quote.length, page: pageOf });
    expect(findReaderTarget(seed, [], { quote })).toEqual({ start: at, end: at + quote.length, page: null });
  });

  it('takes the occurrence on the linked page when the sentence is printed twice', () => {
    const twice = `${seed}\n${quote}`;
    const later = twice.lastIndexOf(quote);
    const withLastPage = [...pages, { start: seed.length + 1, end: twice.length, page: pages.length + 1 }];
    expect(findReaderTarget(twice, withLastPage, { quote, page: pages.length + 1 })?.start).toBe(later);
    expect(findReaderTarget(twice, withLastPage, { quote, page: pageOf })?.start).toBe(at);
  });

  it('follows a sentence whose figure was corrected, and is an orphan when the sentence is gone', () => {
    const corrected = seed.replace('行政复议案件12件', '行政复议案件13件');
    expect(findReaderTarget(corrected, pages, { quote, page: pageOf })).toEqual({ start: at, end: at + quote.length, page: pageOf });
    const gone = seed.replace(quote, '');
    expect(findReaderTarget(gone, pages, { quote, page: pageOf })).toBeNull();
    expect(findReaderTarget(seed, pages, { quote: '全年办理行政复议案件534件' })).toBeNull();
    expect(findReaderTarget(seed, pages, { page: 2 })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { exportedSentenceLink, sentenceLink } from '../../../lib/compare/sentence-link';
import { parseReaderQuery } from '../../../lib/paged-text/reader-link';
import { READER_PAGE_PATH } from '../../../lib/paged-text/reader-path';
import { fileReportUrl } from '../../../lib/paged-text/report-identity';

const SENTENCE = '全年共办理行政复议案件423件，负责人出庭应诉率达到92.12%。';
const PAGE = 'https://www.jiujiang.gov.cn/zwgk/fzzfjs/202303/t20230328_1.html';
const FILE = fileReportUrl('ab'.repeat(32));
const PDF = 'https://www.jiujiang.gov.cn/zwgk/fzzfjs/202303/P020230328.pdf';

describe('links from a figure back to its sentence', () => {
  it('open a web page report at the sentence with a text fragment', () => {
    const link = sentenceLink({ id: '4', url: PAGE }, SENTENCE);
    expect(link.startsWith(`${PAGE}#:~:text=`)).toBe(true);
    expect(decodeURIComponent(link)).toContain('负责人出庭应诉率达到92.12%');
    expect(exportedSentenceLink({ url: PAGE }, SENTENCE)).toBe(link);
  });

  it('open a file report in the reader at the sentence, which the reader reads back', () => {
    const link = sentenceLink({ id: '7', url: FILE }, SENTENCE);
    expect(link.startsWith(`${READER_PAGE_PATH}?`)).toBe(true);
    expect(parseReaderQuery(link.slice(READER_PAGE_PATH.length))).toEqual({ report: 7, quote: SENTENCE });
    const long = '。'.repeat(300) + SENTENCE;
    expect(parseReaderQuery(sentenceLink({ id: 7, url: FILE }, long).slice(READER_PAGE_PATH.length))?.quote).toHaveLength(200);
  });

  it('leave the browser as the file’s web address, or its content address for a file from disk', () => {
    expect(exportedSentenceLink({ url: FILE, source: { url: PDF } }, SENTENCE)).toBe(PDF);
    expect(exportedSentenceLink({ url: FILE, source: { url: null } }, SENTENCE)).toBe(FILE);
  });
});

import { describe, expect, it } from 'vitest';
import { matchesPattern } from '../../../lib/messages/site-pattern';
import { parseReaderQuery } from '../../../lib/paged-text/reader-link';
import { READER_MENU_LINK, READER_MENU_PAGE, readerMenuItems, readerQueryOfMenuClick, REPORT_FILE_PATTERNS } from '../../../lib/page-ui/reader-menu';

const PDF = 'http://sfj.example.gov.cn/zwgk/202403/P020240328512345678901.pdf';
const ARTICLE = 'http://sfj.example.gov.cn/zwgk/202403/t20240328_1.html';
const shownOn = (url: string) => REPORT_FILE_PATTERNS.some((pattern) => matchesPattern(pattern, url));

describe('where 在报告透镜中打开 shows', () => {
  it('on PDF and Word addresses, with a query, in capitals, and download servlets that end in the file name', () => {
    for (const url of [
      PDF,
      'https://www.example.com/files/2023.PDF',
      'https://www.example.com/files/2023.pdf?v=2',
      'https://www.example.com/files/report.docx',
      'https://www.example.com/files/report.doc',
      'https://www.example.com/files/report.wps',
      'https://www.example.com/module/download/downfile.jsp?classid=0&filename=2403281021.docx',
    ]) {
      expect(shownOn(url), url).toBe(true);
    }
  });

  it('not on web pages, spreadsheets or images', () => {
    for (const url of [ARTICLE, 'https://www.example.com/files/table.xlsx', 'https://www.example.com/p.png', 'https://www.example.com/pdf/']) {
      expect(shownOn(url), url).toBe(false);
    }
  });

  it('as a page entry limited to file tabs and a link entry limited to file links', () => {
    const [page, link] = readerMenuItems('在报告透镜中打开');
    expect(page).toMatchObject({ id: READER_MENU_PAGE, contexts: ['page'], documentUrlPatterns: REPORT_FILE_PATTERNS });
    expect(page!.targetUrlPatterns).toBeUndefined();
    // A document pattern on the link entry would hide it on the article pages that carry the links.
    expect(link).toMatchObject({ id: READER_MENU_LINK, contexts: ['link'], targetUrlPatterns: REPORT_FILE_PATTERNS });
    expect(link!.documentUrlPatterns).toBeUndefined();
  });
});

describe('readerQueryOfMenuClick', () => {
  it('opens the link of a link click and the tab’s file of a page click', () => {
    expect(parseReaderQuery(readerQueryOfMenuClick({ menuItemId: READER_MENU_LINK, linkUrl: PDF, pageUrl: ARTICLE })!)).toEqual({ url: PDF });
    expect(parseReaderQuery(readerQueryOfMenuClick({ menuItemId: READER_MENU_PAGE, pageUrl: PDF })!)).toEqual({ url: PDF });
  });

  it('opens nothing for another item, a missing address, or one that is no web address', () => {
    expect(readerQueryOfMenuClick({ menuItemId: 'other-extension-item', linkUrl: PDF, pageUrl: PDF })).toBeNull();
    expect(readerQueryOfMenuClick({ menuItemId: READER_MENU_LINK, pageUrl: ARTICLE })).toBeNull();
    expect(readerQueryOfMenuClick({ menuItemId: READER_MENU_PAGE, pageUrl: 'file:///home/reader/2023.pdf' })).toBeNull();
    expect(readerQueryOfMenuClick({ menuItemId: READER_MENU_LINK, linkUrl: `https://x.example/${'a'.repeat(5000)}.pdf` })).toBeNull();
  });
});

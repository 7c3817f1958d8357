import { readerQuery } from '../paged-text/reader-path';
import { REPORT_FILE_EXTENSIONS } from './report-attachments';

/**
 * The context menu entry 在报告透镜中打开: on a tab that shows a PDF or Word file, and on a link to
 * one, it opens the reader on that file's address. The browser decides where the entry shows
 * (the patterns below); this decides what a click opens. entrypoints/background/reader-ways.ts
 * only wires the two to the browser.
 */

/** Menu item ids: one for the page (the tab shows the file), one for links to files. */
export const READER_MENU_PAGE = 'report-lens-open-page-in-reader';
export const READER_MENU_LINK = 'report-lens-open-link-in-reader';

/**
 * Addresses of report files as match patterns. A pattern's path is matched with the query, so
 * `x.pdf?v=2` needs its own, and download servlets that end their query in the file name
 * (downfile.jsp?filename=2403281021.docx) match too. Paths match case-sensitively: .PDF as well.
 */
export const REPORT_FILE_PATTERNS: readonly string[] = REPORT_FILE_EXTENSIONS.flatMap((extension) =>
  [extension, extension.toUpperCase()].flatMap((ext) => [`*://*/*.${ext}`, `*://*/*.${ext}?*`]),
);

/** What contextMenus.create is given, as Chromium and Firefox both take it. */
export interface ReaderMenuItem {
  id: string;
  title: string;
  contexts: ['page' | 'link'];
  documentUrlPatterns?: string[];
  targetUrlPatterns?: string[];
}

/**
 * The two items, titled `title` (the UI language's 在报告透镜中打开). They are separate because a
 * document pattern would also hide the link item on every page that is not itself a file.
 */
export function readerMenuItems(title: string): ReaderMenuItem[] {
  return [
    { id: READER_MENU_PAGE, title, contexts: ['page'], documentUrlPatterns: [...REPORT_FILE_PATTERNS] },
    { id: READER_MENU_LINK, title, contexts: ['link'], targetUrlPatterns: [...REPORT_FILE_PATTERNS] },
  ];
}

/** The fields of contextMenus.OnClickData read here. */
export interface MenuClick {
  menuItemId: string | number;
  linkUrl?: string;
  pageUrl?: string;
}

/**
 * The reader page's query for a click on one of the items (append to reader.html), or null for
 * another extension's item or an address that is no web address (the reader fetches http(s) only).
 */
export function readerQueryOfMenuClick(click: MenuClick): string | null {
  const url = click.menuItemId === READER_MENU_LINK ? click.linkUrl : click.menuItemId === READER_MENU_PAGE ? click.pageUrl : undefined;
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    return readerQuery({ url });
  } catch {
    return null; // longer than a reader link takes
  }
}

import type { WxtBrowser } from 'wxt/browser';
import { READER_PAGE_PATH, readerQuery } from '../../lib/paged-text/reader-path';
import { readerMenuItems, readerQueryOfMenuClick } from '../../lib/page-ui/reader-menu';

/**
 * Ways into the reader from outside it, wired to the browser: the page's 在报告透镜中打开 offer
 * (message page/openReader, routed in handle-message.ts) and the context menu entry on report
 * files and links to them (its logic: lib/page-ui/reader-menu.ts).
 */

/** Opens the reader page in a new tab with `query` (a readerQuery). */
async function openReaderWith(ext: WxtBrowser, query: string): Promise<void> {
  await ext.tabs.create({ url: `${ext.runtime.getURL(READER_PAGE_PATH)}${query}` });
}

/** Opens the reader page in a new tab on the report file at `url`. */
export function openReaderTab(ext: WxtBrowser, url: string): Promise<void> {
  return openReaderWith(ext, readerQuery({ url }));
}

/**
 * Adds the context menu entries and opens the reader on a click. Items are created again on every
 * start, after removing any left over: Chromium keeps them across service-worker restarts (a second
 * create of the same id fails), Firefox's background page starts without them.
 */
export function wireReaderMenu(ext: WxtBrowser): void {
  const title = ext.i18n.getMessage('actionOpenInReader');
  void ext.contextMenus
    .removeAll()
    .then(() => {
      for (const item of readerMenuItems(title)) ext.contextMenus.create(item);
    })
    .catch((error: unknown) => console.warn('report-lens: context menu', error));
  ext.contextMenus.onClicked.addListener((click) => {
    const query = readerQueryOfMenuClick(click);
    if (query) openReaderWith(ext, query).catch((error: unknown) => console.warn('report-lens: open reader', error));
  });
}

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageHandler } from '../../../entrypoints/background/handle-message';
import { wireReaderMenu } from '../../../entrypoints/background/reader-ways';
import { createSiteAccess } from '../../../entrypoints/background/site-access';
import { ReportLensDb } from '../../../lib/db/report-lens-db';
import { parseReaderQuery } from '../../../lib/paged-text/reader-link';
import type { SenderInfo } from '../../../lib/messages/sender';
import { DECLARED, fakeSiteApi } from './fake-site-api';

const SELF = { id: fakeBrowser.runtime.id, origin: new URL('/', fakeBrowser.runtime.getURL('/popup.html')).href };
const POPUP: SenderInfo = { id: SELF.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const ARTICLE = 'http://sfj.example.gov.cn/zwgk/tzgg/202403/t20240328_1.html';
const CONTENT: SenderInfo = { id: SELF.id, url: ARTICLE, tab: { id: 4 } };
const PDF = 'http://sfj.example.gov.cn/zwgk/tzgg/202403/P020240328512345678901.pdf';
const GRANTED = '*://www.meizhang.com/*';

let db: ReportLensDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

/** The router with site grants over a fake browser, tabs at the given addresses, no content script anywhere. */
function router(tabUrls: Record<number, string>, granted: string[] = []) {
  db = new ReportLensDb(`report-lens-reader-ways-${Math.random()}`);
  const opened: string[] = [];
  const handle = createMessageHandler({
    db,
    self: SELF,
    askTab: async () => {
      throw new Error('Receiving end does not exist.');
    },
    injectContentScript: async () => undefined,
    markTab: async () => undefined,
    sites: createSiteAccess(fakeSiteApi(granted).api, () => DECLARED),
    tabUrl: async (tabId) => tabUrls[tabId] ?? null,
    openReader: async (url) => void opened.push(url),
    now: () => 1_700_000_000_000,
  });
  return { handle, opened };
}

describe('page/openReader', () => {
  it('opens the reader on the file a page’s offer names', async () => {
    const { handle, opened } = router({});
    expect(await handle({ type: 'page/openReader', url: PDF }, CONTENT)).toEqual({ ok: true, data: { opened: true } });
    expect(opened).toEqual([PDF]);
  });

  it('comes from the extension’s pages or a tab’s content script only, and takes web addresses only', async () => {
    const { handle, opened } = router({});
    const tabless: SenderInfo = { id: SELF.id, url: ARTICLE };
    expect(await handle({ type: 'page/openReader', url: PDF }, tabless)).toEqual({ ok: false, error: 'forbidden-sender' });
    expect(await handle({ type: 'page/openReader', url: 'javascript:alert(1)' }, CONTENT)).toMatchObject({ ok: false, error: 'invalid-message' });
    expect(opened).toEqual([]);
  });
});

describe('the popup’s status of a tab that shows a report file', () => {
  it('names the file on a declared site and on a granted one', async () => {
    const { handle } = router({ 1: PDF, 2: 'https://www.meizhang.com/files/2015.docx' }, [GRANTED]);
    expect(await handle({ type: 'popup/getStatus', tabId: 1 }, POPUP)).toMatchObject({ ok: true, data: { state: 'not-run', file: PDF, site: null } });
    expect(await handle({ type: 'popup/getStatus', tabId: 2 }, POPUP)).toMatchObject({
      ok: true,
      data: { file: 'https://www.meizhang.com/files/2015.docx', site: { pattern: GRANTED, granted: true } },
    });
  });

  it('names none on a site not granted (the grant comes first), on a web page, or where the address is unknown', async () => {
    const { handle } = router({ 1: 'https://reports.example.com/2023.pdf', 2: ARTICLE });
    expect(await handle({ type: 'popup/getStatus', tabId: 1 }, POPUP)).toMatchObject({ data: { file: null, site: { granted: false } } });
    expect(await handle({ type: 'popup/getStatus', tabId: 2 }, POPUP)).toMatchObject({ data: { file: null } });
    expect(await handle({ type: 'popup/getStatus', tabId: 3 }, POPUP)).toMatchObject({ data: { file: null } });
  });
});

describe('the context menu wiring', () => {
  /** contextMenus, tabs and runtime as far as the wiring uses them. */
  function fakeExt() {
    const created: unknown[] = [];
    const tabs: string[] = [];
    let click: ((info: { menuItemId: string; linkUrl?: string; pageUrl?: string }) => void) | null = null;
    const ext = {
      i18n: { getMessage: (key: string) => (key === 'actionOpenInReader' ? '在报告透镜中打开' : '') },
      runtime: { getURL: (path: string) => `chrome-extension://abc${path}` },
      tabs: { create: async ({ url }: { url: string }) => void tabs.push(url) },
      contextMenus: {
        removeAll: async () => void created.splice(0),
        create: (item: unknown) => void created.push(item),
        onClicked: { addListener: (listener: typeof click) => void (click = listener) },
      },
    };
    return { ext: ext as unknown as WxtBrowser, created, tabs, click: (info: Parameters<NonNullable<typeof click>>[0]) => click!(info) };
  }

  it('adds both entries, titled in the UI language, and opens the reader on the link a click was on', async () => {
    const fake = fakeExt();
    wireReaderMenu(fake.ext);
    await new Promise((done) => setTimeout(done, 0));
    expect(fake.created).toMatchObject([
      { id: 'report-lens-open-page-in-reader', title: '在报告透镜中打开', contexts: ['page'] },
      { id: 'report-lens-open-link-in-reader', title: '在报告透镜中打开', contexts: ['link'] },
    ]);
    fake.click({ menuItemId: 'report-lens-open-link-in-reader', linkUrl: PDF, pageUrl: ARTICLE });
    fake.click({ menuItemId: 'someone-else', linkUrl: PDF });
    await new Promise((done) => setTimeout(done, 0));
    expect(fake.tabs).toHaveLength(1);
    const [page, query] = fake.tabs[0]!.split('?');
    expect(page).toBe('chrome-extension://abc/reader.html');
    expect(parseReaderQuery(`?${query}`)).toEqual({ url: PDF });
  });
});

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageHandler } from '../../../entrypoints/background/handle-message';
import { createSiteAccess, declaredContentScript } from '../../../entrypoints/background/site-access';
import { ReportLensDb } from '../../../lib/db/report-lens-db';
import type { SenderInfo } from '../../../lib/messages/sender';
import { DECLARED, fakeSiteApi } from './fake-site-api';

const MEIZHANG = '*://www.meizhang.com/*';
const REPOST = '*://www.reposted-reports.example/*';

describe('per-site grants and their content scripts', () => {
  it('registers the declared content script once per granted site, kept across restarts', async () => {
    const { api, scripts } = fakeSiteApi([MEIZHANG, REPOST]);
    const sites = createSiteAccess(api, () => DECLARED);
    expect(await sites.sync()).toEqual([MEIZHANG, REPOST]);
    expect([...scripts.values()]).toEqual([
      { id: `site:${MEIZHANG}`, matches: [MEIZHANG], js: ['content-scripts/content.js'], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
      { id: `site:${REPOST}`, matches: [REPOST], js: ['content-scripts/content.js'], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
    ]);
    // A second sync changes nothing (and does not trip over the ids already registered).
    expect(await sites.sync()).toEqual([MEIZHANG, REPOST]);
    expect(scripts.size).toBe(2);
  });

  it('acts only on one-site grants outside the declared sites', async () => {
    // gov.cn hosts already get the declared script (a second one would run the annotator twice);
    // broad grants made in the browser's settings are not a reader's "this site".
    const { api, scripts } = fakeSiteApi(['*://www.xm.gov.cn/*', '*://*/*', '*://*.example.com/*', '<all_urls>', 'https://www.meizhang.com/*']);
    const sites = createSiteAccess(api, () => DECLARED);
    expect(await sites.sync()).toEqual(['https://www.meizhang.com/*']);
    expect([...scripts.keys()]).toEqual(['site:https://www.meizhang.com/*']);
  });

  it('follows grants withdrawn elsewhere, and a content script that moved in an update', async () => {
    const { api, origins, scripts } = fakeSiteApi([MEIZHANG, REPOST]);
    await createSiteAccess(api, () => DECLARED).sync();
    origins.delete(REPOST); // withdrawn in the browser's settings
    const updated = createSiteAccess(api, () => ({ ...DECLARED, file: 'content-scripts/content-v2.js' }));
    expect(await updated.sync()).toEqual([MEIZHANG]);
    expect([...scripts.values()].map((script) => [script.id, script.js])).toEqual([[`site:${MEIZHANG}`, ['content-scripts/content-v2.js']]]);
  });

  it('revokes: the script goes, the permission is given back', async () => {
    const { api, origins, scripts } = fakeSiteApi([MEIZHANG, REPOST]);
    const sites = createSiteAccess(api, () => DECLARED);
    await sites.sync();
    expect(await sites.revoke(MEIZHANG)).toEqual([REPOST]);
    expect([...origins]).toEqual([REPOST]);
    expect([...scripts.keys()]).toEqual([`site:${REPOST}`]);
    // Revoking what is not granted is harmless.
    expect(await sites.revoke(MEIZHANG)).toEqual([REPOST]);
  });

  it('runs overlapping calls one at a time (the startup sync and a popup grant at once)', async () => {
    const { api, scripts } = fakeSiteApi([MEIZHANG]);
    const sites = createSiteAccess(api, () => DECLARED);
    // Unserialised, both would see no script and both register: Chromium refuses the duplicate id.
    const results = await Promise.all([sites.sync(), sites.sync(), sites.revoke(REPOST), sites.sync()]);
    expect(results).toEqual([[MEIZHANG], [MEIZHANG], [MEIZHANG], [MEIZHANG]]);
    expect(scripts.size).toBe(1);
  });

  it('says which pages can be granted: web pages outside the declared sites', async () => {
    const { api } = fakeSiteApi([MEIZHANG]);
    const sites = createSiteAccess(api, () => DECLARED);
    expect(await sites.statusOf('http://www.meizhang.com:8080/fanwen/yifaxingzheng/20150312.html')).toEqual({ pattern: MEIZHANG, granted: true });
    expect(await sites.statusOf('https://www.reposted-reports.example/a.html')).toEqual({ pattern: REPOST, granted: false });
    expect(await sites.statusOf('https://www.xm.gov.cn/zwgk/tzgg/202203/t20220310_2632210.htm')).toBeNull();
    expect(await sites.statusOf('https://www.xm.gov.cn/gate/big5/www.xm.gov.cn/zwgk/a.htm')).toBeNull();
    expect(await sites.statusOf('chrome://extensions/')).toBeNull();
    expect(await sites.statusOf('file:///home/reader/report.html')).toBeNull();
    expect(await sites.statusOf(null)).toBeNull();
  });

  it('reads the declared content script from the manifest', () => {
    expect(declaredContentScript({ content_scripts: [{ matches: ['*://*.gov.cn/*'], js: ['content-scripts/content.js'] }] })).toEqual(DECLARED);
    expect(() => declaredContentScript({})).toThrow(/no content script/);
  });
});

describe('site messages through the router', () => {
  const POPUP: SenderInfo = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
  const CONTENT: SenderInfo = { id: fakeBrowser.runtime.id, url: 'http://www.meizhang.com/fanwen/a.html', tab: { id: 3 } };
  let db: ReportLensDb | null = null;
  afterEach(async () => {
    await db?.delete();
    db = null;
  });

  function router(granted: string[]) {
    const fake = fakeSiteApi(granted);
    db = new ReportLensDb(`report-lens-sites-${Math.random()}`);
    const handle = createMessageHandler({
      db,
      self: { id: fakeBrowser.runtime.id, origin: new URL('/', fakeBrowser.runtime.getURL('/popup.html')).href },
      askTab: async () => {
        throw new Error('Receiving end does not exist.');
      },
      injectContentScript: async () => undefined,
      markTab: async () => undefined,
      sites: createSiteAccess(fake.api, () => DECLARED),
      tabUrl: async (tabId) => (tabId === 5 ? 'http://www.meizhang.com/fanwen/yifaxingzheng/20150312.html' : null),
      now: () => 1_700_000_000_000,
    });
    return { ...fake, handle };
  }

  it('registers a site the browser granted, and refuses one it did not', async () => {
    const { handle, origins, scripts } = router([]);
    expect(await handle({ type: 'popup/allowSite', pattern: MEIZHANG }, POPUP)).toEqual({ ok: false, error: 'not-granted' });
    expect(scripts.size).toBe(0);
    origins.add(MEIZHANG); // the reader accepted the browser's prompt
    expect(await handle({ type: 'popup/allowSite', pattern: MEIZHANG }, POPUP)).toEqual({ ok: true, data: { sites: [MEIZHANG] } });
    expect([...scripts.keys()]).toEqual([`site:${MEIZHANG}`]);
    expect(await handle({ type: 'popup/listSites' }, POPUP)).toEqual({ ok: true, data: { sites: [MEIZHANG] } });
    expect(await handle({ type: 'popup/getStatus', tabId: 5 }, POPUP)).toMatchObject({ ok: true, data: { state: 'not-run', site: { pattern: MEIZHANG, granted: true } } });
    expect(await handle({ type: 'popup/revokeSite', pattern: MEIZHANG }, POPUP)).toEqual({ ok: true, data: { sites: [] } });
    expect(origins.size + scripts.size).toBe(0);
    expect(await handle({ type: 'popup/getStatus', tabId: 5 }, POPUP)).toMatchObject({ data: { site: { pattern: MEIZHANG, granted: false } } });
  });

  it('takes site messages from the extension’s pages only, and one-site patterns only', async () => {
    const { handle, origins, scripts } = router([MEIZHANG]);
    await handle({ type: 'popup/listSites' }, POPUP);
    // A page's content script cannot give the extension's grants away or list them.
    for (const message of [{ type: 'popup/revokeSite', pattern: MEIZHANG }, { type: 'popup/listSites' }, { type: 'popup/allowSite', pattern: MEIZHANG }]) {
      expect(await handle(message, CONTENT)).toEqual({ ok: false, error: 'forbidden-sender' });
    }
    for (const pattern of ['*://*/*', '<all_urls>', '*://*.meizhang.com/*', 'http://www.meizhang.com/fanwen/*', 'http://www.meizhang.com:8080/*', 'ftp://www.meizhang.com/*']) {
      expect(await handle({ type: 'popup/allowSite', pattern }, POPUP), pattern).toMatchObject({ ok: false, error: 'invalid-message' });
    }
    expect([...origins]).toEqual([MEIZHANG]);
    expect(scripts.size).toBe(1);
  });
});

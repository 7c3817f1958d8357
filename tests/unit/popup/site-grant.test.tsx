// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSiteAccess } from '../../../entrypoints/background/site-access';
import { ReportLensDb } from '../../../lib/db/report-lens-db';
import { xiamen2021 } from '../messages/page-report-fixtures';
import { DECLARED, fakeSiteApi } from '../background/fake-site-api';
import { backgroundFor, click, mountPopup, useChineseUi, type Mounted } from './popup-harness';

/** A tab on the 美章网 copy of a district report (seed 004): outside gov.cn, so nothing runs by itself. */
const MEIZHANG_TAB = 5;
const MEIZHANG_URL = 'http://www.meizhang.com/fanwen/yifaxingzheng/20150312.html';
const MEIZHANG = '*://www.meizhang.com/*';
const XIAMEN_TAB = 7;

let db: ReportLensDb;
let mounted: Mounted | null = null;
let count = 0;

beforeEach(() => {
  useChineseUi();
  db = new ReportLensDb(`report-lens-site-grant-${++count}`);
});
afterEach(async () => {
  mounted?.unmount();
  mounted = null;
  vi.restoreAllMocks();
  await db.delete();
});

const settle = (check: () => void) => vi.waitFor(check, { timeout: 3000, interval: 20 });

/** The popup about the 美章网 tab, with the browser's grants in `fake`. */
async function popupOnMeizhang(requestSiteAccess?: (pattern: string) => Promise<boolean>, granted: string[] = []) {
  const fake = fakeSiteApi(granted);
  const injected: number[] = [];
  const background = backgroundFor(db, new Map([[XIAMEN_TAB, xiamen2021()]]), {
    sites: createSiteAccess(fake.api, () => DECLARED),
    tabUrls: new Map([[MEIZHANG_TAB, MEIZHANG_URL]]),
    injected,
  });
  mounted = await mountPopup({ tabId: MEIZHANG_TAB, send: background.send, requestSiteAccess });
  const m = mounted;
  await settle(() => expect(m.$('[data-testid="current-page"]')!.dataset.state).toBe('not-run'));
  return { m, fake, injected, sent: background.sent };
}

describe('始终在此网站运行', () => {
  it('asks the browser inside the click, then registers the site and runs on the page at once', async () => {
    let clicking = false;
    let askedInClick = false;
    const { m, fake, injected } = await popupOnMeizhang(async (pattern) => {
      askedInClick = clicking;
      fake.origins.add(pattern); // the reader accepts the browser's prompt
      return true;
    });
    const allow = m.$('[data-testid="site-allow"]')!;
    expect(allow.textContent).toBe('始终在此网站运行');
    expect(m.$('#site-allow-hint')!.textContent).toBe('浏览器会请你确认。授权后，每次打开 www.meizhang.com 上的页面都会自动识别报告，可随时撤销。');
    expect(m.$('[data-testid="granted-sites"]')).toBeNull();

    await act(async () => {
      clicking = true;
      allow.click();
      clicking = false;
    });
    // permissions.request is honoured only within the reader's gesture: it must not wait for anything.
    expect(askedInClick).toBe(true);
    await settle(() => expect(m.$$('[data-testid="granted-site"]').map((li) => li.dataset.pattern)).toEqual([MEIZHANG]));
    expect([...fake.scripts.keys()]).toEqual([`site:${MEIZHANG}`]);
    expect(injected).toEqual([MEIZHANG_TAB]);
    expect(m.$('[data-testid="site-grant"]')!.dataset.granted).toBe('true');
    expect(m.$('[data-testid="site-grant"]')!.textContent).toContain('已授权在 www.meizhang.com 上自动运行。');
    expect(m.$('[data-testid="error"]')).toBeNull();
  });

  it('changes nothing when the reader declines the prompt', async () => {
    const { m, fake, sent } = await popupOnMeizhang(async () => false);
    await click(m.$('[data-testid="site-allow"]'));
    await settle(() => expect(m.$('[data-testid="site-allow"]')!.hasAttribute('disabled')).toBe(false));
    expect(sent.map((message) => message.type)).not.toContain('popup/allowSite');
    expect(fake.scripts.size).toBe(0);
    expect(m.$('[data-testid="error"]')).toBeNull();
  });

  it('is revoked from the list: the script unregistered, the permission given back', async () => {
    const { m, fake } = await popupOnMeizhang(async () => true, [MEIZHANG]);
    await settle(() => expect(m.$$('[data-testid="granted-site"]')).toHaveLength(1));
    expect(m.$('[data-testid="site-grant"]')!.dataset.granted).toBe('true');
    const revoke = m.$('[data-testid="site-revoke"]')!;
    expect(revoke.getAttribute('aria-label')).toBe('撤销 www.meizhang.com 的授权');
    await click(revoke);
    await settle(() => expect(m.$('[data-testid="granted-sites"]')).toBeNull());
    expect([...fake.origins]).toEqual([]);
    expect(fake.scripts.size).toBe(0);
    expect(m.$('[data-testid="site-grant"]')!.dataset.granted).toBe('false');
  });

  it('is not offered on gov.cn (the content script runs there anyway), nor where no prompt can be shown', async () => {
    const fake = fakeSiteApi();
    const { send } = backgroundFor(db, new Map([[XIAMEN_TAB, xiamen2021()]]), {
      sites: createSiteAccess(fake.api, () => DECLARED),
      tabUrls: new Map([[XIAMEN_TAB, xiamen2021().url]]),
    });
    mounted = await mountPopup({ tabId: XIAMEN_TAB, send, requestSiteAccess: async () => true });
    const m = mounted;
    await settle(() => expect(m.$('[data-testid="current-page"]')!.dataset.state).toBe('report'));
    expect(m.$('[data-testid="site-grant"]')).toBeNull();
    m.unmount();

    const { m: withoutPrompt } = await popupOnMeizhang(undefined);
    expect(withoutPrompt.$('[data-testid="site-allow"]')).toBeNull();
  });
});

describe('在报告透镜中打开 on a tab that shows a report file', () => {
  const PDF_TAB = 9;
  const GOV_PDF = 'https://www.jiujiang.gov.cn/zwgk/fzzfjs/202303/P020230328.pdf';
  const OTHER_PDF = 'http://www.meizhang.com/uploads/2015/fzzf.pdf';

  async function popupOnFile(url: string) {
    const openedInReader: string[] = [];
    const background = backgroundFor(db, new Map(), { sites: createSiteAccess(fakeSiteApi([]).api, () => DECLARED), tabUrls: new Map([[PDF_TAB, url]]), openedInReader });
    mounted = await mountPopup({ tabId: PDF_TAB, send: background.send, requestSiteAccess: async () => false });
    const m = mounted;
    await settle(() => expect(m.$('[data-testid="current-page"]')!.dataset.state).toBe('not-run'));
    return { m, openedInReader };
  }

  it('offers the reader instead of 在此页运行 on a declared site, and opens the file there', async () => {
    const { m, openedInReader } = await popupOnFile(GOV_PDF);
    expect(m.$('[data-testid="run-here"]')).toBeNull();
    const open = m.$('[data-testid="open-file"]')!;
    expect(open.textContent).toBe('在报告透镜中打开');
    await click(open);
    await settle(() => expect(openedInReader).toEqual([GOV_PDF]));
    expect(m.$('[data-testid="error"]')).toBeNull();
  });

  it('asks for the site first where the extension may not fetch yet', async () => {
    const { m, openedInReader } = await popupOnFile(OTHER_PDF);
    expect(m.$('[data-testid="open-file"]')).toBeNull();
    expect(m.$('[data-testid="site-grant"]')!.dataset.granted).toBe('false');
    expect(openedInReader).toEqual([]);
  });
});

// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CollectQueue } from '../../../entrypoints/background/collect-handlers';
import { createMessageHandler } from '../../../entrypoints/background/handle-message';
import { collectPage } from '../../../lib/collect/collect-page';
import { createCollector, realClock, type FetchedPage } from '../../../lib/collect/collector';
import { dexieQueueStore } from '../../../lib/collect/dexie-queue-store';
import { listPageOf } from '../../../lib/collect/list-links';
import { readFetchedPage } from '../../../lib/collect/read-fetched-page';
import { ReportLensDb } from '../../../lib/db/report-lens-db';
import { saveReport } from '../../../lib/db/reports';
import type { PageReport } from '../../../lib/messages/page-report';
import type { BackgroundMessage } from '../../../lib/messages/protocol';
import type { SenderInfo } from '../../../lib/messages/sender';
import { seriesListPage, seriesReportPage } from '../../fixtures/series/series-pages';
import { xiamen2021 } from '../messages/page-report-fixtures';
import { click, mountPopup, useChineseUi, type Mounted } from './popup-harness';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const LIST = 'http://www.jiujiang.gov.cn/zwgk/fzzfjs/';
const LIST_TAB = 9;
const POPUP: SenderInfo = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const years = [2019, 2020, 2021].map((year) => seriesReportPage('九江市', year));
const LOOK_ALIKE = 'http://www.jiujiang.gov.cn/zwgk/fzzfjs/202201/t20220120_9.html';
const GONE = 'http://www.jiujiang.gov.cn/zwgk/fzzfjs/201903/t20190328_2018.html';
const served = new Map<string, string>([
  ...years.map((page): [string, string] => [page.url, page.html]),
  [LOOK_ALIKE, readFileSync(join(FIXTURES, 'negative/hard-disclosure-report.html'), 'utf8')],
]);

/** The list page's report as its content script answers: no report, its links with year and place. */
function listTabReport(): PageReport {
  const entries = [
    ...years.map((page) => ({ title: page.title, url: page.url, date: `${page.year + 1}-03-28` })),
    { title: '九江市2017年度法治政府建设情况报告', url: LOOK_ALIKE, date: '2022-01-20' },
    { title: '九江市2018年度法治政府建设情况报告', url: GONE, date: '2019-03-28' },
  ];
  const document = new DOMParser().parseFromString(seriesListPage('法治政府建设年度报告', entries), 'text/html');
  return { ...xiamen2021(), url: LIST, isReport: false, textHash: '', headings: [], mentions: [], indicators: {}, listPage: listPageOf(document, LIST)! };
}

let db: ReportLensDb;
let mounted: Mounted | null = null;
let count = 0;

beforeEach(() => {
  useChineseUi();
  db = new ReportLensDb(`report-lens-collect-popup-${++count}`);
});
afterEach(async () => {
  mounted?.unmount();
  mounted = null;
  vi.restoreAllMocks();
  await db.delete();
});

/** The popup about the list tab, over the real router and a queue that fetches from `served` at once. */
async function popupOnList(): Promise<Mounted> {
  const store = dexieQueueStore(db);
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
  const collector = createCollector({
    store,
    clock: realClock,
    fetchPage: async (url): Promise<FetchedPage> => {
      const html = served.get(url);
      return { status: html ? 200 : 404, url, contentType: 'text/html; charset=utf-8', retryAfter: null, body: new TextEncoder().encode(html ?? '') };
    },
    processPage: collectPage(db, async (url, page) => readFetchedPage(url, page, parse), () => 1_700_000_000_000),
    isAllowed: async () => true,
    options: { delayMs: 0 },
  });
  const collect: CollectQueue = { collector, store, onSaved: () => undefined };
  const handle = createMessageHandler({
    db,
    self: { id: fakeBrowser.runtime.id, origin: new URL('/', fakeBrowser.runtime.getURL('/popup.html')).href },
    askTab: async () => listTabReport(),
    injectContentScript: async () => undefined,
    markTab: async () => undefined,
    collect,
    now: () => 1_700_000_000_000,
  });
  return mountPopup({ tabId: LIST_TAB, send: (message: BackgroundMessage) => handle(message, POPUP) });
}

const settle = (check: () => void) => vi.waitFor(check, { timeout: 8000, interval: 50 });

describe('collecting from the popup', () => {
  it('lists the tab’s reports with year and place, the saved one marked and left unticked', async () => {
    const [first] = years;
    // 2019 is already in the collection (saved from its own page earlier).
    await saveReport(db, { ...xiamen2021(), url: first!.url, textHash: 'jj2019' }, 1);
    mounted = await popupOnList();
    await settle(() => expect(mounted!.$('[data-testid="collect-list"][data-state="ready"]')).not.toBeNull());
    expect(mounted.texts('[data-testid="collect-count"]')).toEqual(['5份年度报告']);
    const rows = mounted.$$('[data-testid="collect-link"]');
    expect(rows.map((row) => row.querySelector('.collect-year')!.textContent)).toEqual(['2019', '2020', '2021', '2017', '2018']);
    expect(rows[0]!.querySelector('.collect-place')!.textContent).toBe('九江市');
    expect(rows.map((row) => row.dataset.saved)).toEqual(['true', 'false', 'false', 'false', 'false']);
    await settle(() => expect(mounted!.texts('[data-testid="collect-selected"]')).toEqual(['采集所选（4）']));
    expect(rows.map((row) => (row.querySelector('input') as HTMLInputElement).checked)).toEqual([false, true, true, true, true]);
  });

  it('collects the ticked ones, shows the progress, and lists each failure with its reason and a retry', async () => {
    mounted = await popupOnList();
    await settle(() => expect(mounted!.texts('[data-testid="collect-selected"]')).toEqual(['采集所选（5）']));
    await click(mounted.$('[data-testid="collect-selected"]'));
    await settle(() => expect(mounted!.texts('[data-testid="collect-notice"]')).toEqual(['已加入采集队列5份；0份已在队列中或已采集。']));
    await vi.waitFor(() => expect(mounted!.$('[data-testid="collect-progress"][data-remaining="0"]')).not.toBeNull(), { timeout: 20_000, interval: 100 });
    expect(mounted.texts('[data-testid="collect-counts"]')).toEqual(['已采集3·失败2·剩余0·共5']);
    const failures = mounted.$$('[data-testid="collect-failure"]');
    expect(failures.map((row) => row.dataset.reason)).toEqual(['not-a-report', 'not-found']);
    expect(mounted.texts('[data-testid="collect-failure"] .hint')).toEqual([
      '不是法治政府建设报告（reject:政府信息公开工作年度报告）',
      '页面不存在（HTTP404）',
    ]);
    expect(mounted.$$('[data-testid="collect-retry"]')).toHaveLength(2);
    expect((await db.reports.orderBy('year').toArray()).map((r) => r.year)).toEqual([2019, 2020, 2021]);
    // The collected ones are marked in the checklist now.
    await settle(() => expect(mounted!.$$('[data-testid="collect-link"]').map((row) => row.dataset.saved)).toEqual(['true', 'true', 'true', 'false', 'false']));
  });
});

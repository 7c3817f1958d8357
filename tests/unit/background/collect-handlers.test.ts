// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CollectQueue } from '../../../entrypoints/background/collect-handlers';
import { createMessageHandler, type MessageHandler } from '../../../entrypoints/background/handle-message';
import { collectPage } from '../../../lib/collect/collect-page';
import { createCollector, type FetchedPage } from '../../../lib/collect/collector';
import { dexieQueueStore } from '../../../lib/collect/dexie-queue-store';
import { readFetchedPage } from '../../../lib/collect/read-fetched-page';
import { answerReadPage, readPageOfReply, readPageRequest } from '../../../lib/collect/read-reply';
import { ReportLensDb } from '../../../lib/db/report-lens-db';
import type { BackgroundResponses } from '../../../lib/messages/protocol';
import type { SenderInfo } from '../../../lib/messages/sender';
import { seriesReportPage } from '../../fixtures/series/series-pages';
import { FakeClock, fakeFetcher, type FakeAnswer } from '../collect/fakes';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const POPUP: SenderInfo = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const LIST = 'http://www.jiujiang.gov.cn/zwgk/fzzfjs/';
const LIST_PAGE: SenderInfo = { id: fakeBrowser.runtime.id, url: LIST, tab: { id: 5 } };
const y2020 = seriesReportPage('九江市', 2020);
const y2021 = seriesReportPage('九江市', 2021);
/** The 2021 report reposted on another site: same text, another address. */
const REPOST = 'http://sft.jiangxi.gov.cn/zwgk/fzzfjs/202203/t20220330_9.html';
const LOOK_ALIKE = 'http://www.jiujiang.gov.cn/zwgk/ndbg/202301/t20230120_3.html';
const GONE = 'http://www.jiujiang.gov.cn/zwgk/fzzfjs/201903/t20190328_2018.html';
const ELSEWHERE = 'http://www.example.com/fzzf/2019.html';
const html = (body: string): FakeAnswer[] => [{ body, latencyMs: 200 }];
const ANSWERS: Record<string, FakeAnswer[]> = {
  [y2020.url]: html(y2020.html),
  [y2021.url]: html(y2021.html),
  [REPOST]: html(y2021.html),
  [LOOK_ALIKE]: html(readFileSync(join(FIXTURES, 'negative/hard-disclosure-report.html'), 'utf8')),
  [GONE]: [{ status: 404 }],
};
const parse = (page: string) => new DOMParser().parseFromString(page, 'text/html');

let db: ReportLensDb;
let clock: FakeClock;
let handle: MessageHandler;
let server: ReturnType<typeof fakeFetcher>;
let collector: ReturnType<typeof createCollector>;
let count = 0;
let searchInvalidations = 0;

beforeEach(() => {
  db = new ReportLensDb(`report-lens-collect-${++count}`);
  clock = new FakeClock(60);
  server = fakeFetcher(clock, ANSWERS);
  const store = dexieQueueStore(db);
  const listeners: Array<() => void> = [];
  // The offscreen round trip as Chromium runs it: the page out as a message, the reply back.
  const read = async (url: string, page: FetchedPage) =>
    readPageOfReply(JSON.parse(JSON.stringify(answerReadPage(JSON.parse(JSON.stringify(readPageRequest(url, page))), (u, p) => readFetchedPage(u, p, parse)))));
  const save = collectPage(db, read, () => clock.now());
  collector = createCollector({
    store,
    clock,
    fetchPage: server.fetchPage,
    processPage: async (item, page) => {
      const done = await save(item, page);
      for (const listener of listeners) listener();
      return done;
    },
    isAllowed: async (url) => new URL(url).hostname.endsWith('.gov.cn'),
  });
  const collect: CollectQueue = {
    collector,
    store,
    onSaved: (listener) => {
      listeners.push(listener);
      listeners.push(() => searchInvalidations++);
    },
  };
  handle = createMessageHandler({
    db,
    self: { id: fakeBrowser.runtime.id, origin: new URL('/', fakeBrowser.runtime.getURL('/popup.html')).href },
    askTab: async () => null,
    injectContentScript: async () => undefined,
    markTab: async () => undefined,
    collect,
    now: () => clock.now(),
  });
});
afterEach(async () => {
  // A loop woken by the last message must end before its database goes.
  await clock.run(collector.idle());
  await db.delete();
});

const links = [
  { url: y2020.url, title: y2020.title },
  { url: y2021.url, title: y2021.title },
  { url: REPOST, title: y2021.title },
  { url: LOOK_ALIKE, title: '九江市2022年度法治政府建设情况报告' },
  { url: GONE, title: '九江市2018年度法治政府建设情况报告' },
  { url: ELSEWHERE, title: '某市2019年度法治政府建设情况报告' },
];

async function status(urls?: string[]) {
  const reply = await handle({ type: 'popup/collectStatus', ...(urls ? { urls } : {}) }, POPUP);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as BackgroundResponses['popup/collectStatus'];
}

async function collectAll() {
  const started = await handle({ type: 'popup/collectStart', listUrl: LIST, links }, POPUP);
  expect(started).toEqual({ ok: true, data: { added: 6, skipped: 0 } });
  await clock.run(collector.idle());
}

describe('collect messages', () => {
  it('collects the reports of a list, saves them with their list as provenance, and words each failure', async () => {
    await collectAll();
    const { items, progress } = await status();
    const byUrl = new Map(items.map((item) => [item.url, item]));
    expect(byUrl.get(y2020.url)).toMatchObject({ state: 'done', listUrl: LIST, duplicate: false });
    // Same text at two addresses (fetched at once: two hosts): one report, the second save a duplicate.
    const [own, repost] = [byUrl.get(y2021.url)!, byUrl.get(REPOST)!];
    expect([own.state, repost.state, own.reportId]).toEqual(['done', 'done', repost.reportId]);
    expect([own.duplicate, repost.duplicate].sort()).toEqual([false, true]);
    expect(byUrl.get(LOOK_ALIKE)).toMatchObject({ state: 'failed', reason: 'not-a-report', detail: 'reject:政府信息公开工作年度报告' });
    expect(byUrl.get(GONE)).toMatchObject({ state: 'failed', reason: 'not-found', detail: 'HTTP 404' });
    expect(byUrl.get(ELSEWHERE)).toMatchObject({ state: 'failed', reason: 'not-allowed', detail: 'www.example.com' });
    expect(server.log.map((entry) => entry.url)).not.toContain(ELSEWHERE);
    expect(progress).toMatchObject({ total: 6, done: 3, failed: 3, remaining: 0, etaMs: 0 });

    const reports = await db.reports.orderBy('year').toArray();
    expect(reports.map((r) => [r.jurisdiction, r.year, r.hasText])).toEqual([['九江市', 2020, true], ['九江市', 2021, true]]);
    expect(reports[1]!.seenAt).toHaveLength(1);
    expect(await db.cards.count()).toBe(2);
    expect(searchInvalidations).toBe(3);
  });

  it('marks links already saved or queued, and queues nothing twice', async () => {
    await collectAll();
    const { links: states } = await status([y2020.url, `${REPOST}?from=list`, GONE, 'http://www.jiujiang.gov.cn/new.html']);
    expect(states).toEqual([
      { saved: true, state: 'done' },
      { saved: true, state: 'done' },
      { saved: false, state: 'failed' },
      { saved: false, state: null },
    ]);
    const again = await handle({ type: 'popup/collectStart', listUrl: LIST, links: links.slice(0, 2) }, POPUP);
    expect(again).toEqual({ ok: true, data: { added: 0, skipped: 2 } });
  });

  it('takes a list page’s own address as its provenance and answers it only about the links it names', async () => {
    const started = await handle({ type: 'page/collectStart', links: links.slice(0, 1) }, LIST_PAGE);
    expect(started).toEqual({ ok: true, data: { added: 1, skipped: 0 } });
    await clock.run(collector.idle());
    expect((await status()).items[0]).toMatchObject({ listUrl: LIST, state: 'done' });
    expect(await handle({ type: 'page/collectLinks', urls: [y2020.url, y2021.url] }, LIST_PAGE)).toEqual({
      ok: true,
      data: { links: [{ saved: true, state: 'done' }, { saved: false, state: null }] },
    });
    // The popup's queue controls are not a page's to use.
    expect(await handle({ type: 'popup/collectCancel' }, LIST_PAGE)).toMatchObject({ ok: false, error: 'forbidden-sender' });
    expect(await handle({ type: 'page/collectStart', links: [{ url: 'javascript:alert(1)', title: 'x' }] }, LIST_PAGE)).toMatchObject({ ok: false, error: 'invalid-message' });
  });

  it('pauses, resumes, cancels and retries through messages', async () => {
    await handle({ type: 'popup/collectPause' }, POPUP);
    await handle({ type: 'popup/collectStart', listUrl: LIST, links: links.slice(0, 2) }, POPUP);
    await clock.run(clock.sleep(5000));
    expect((await status()).items.map((item) => item.state)).toEqual(['pending', 'pending']);
    const cancelled = await handle({ type: 'popup/collectCancel' }, POPUP);
    expect(cancelled).toMatchObject({ ok: true, data: { paused: true, progress: { cancelled: 2, remaining: 0 } } });
    const retried = await handle({ type: 'popup/collectRetry' }, POPUP);
    expect(retried).toMatchObject({ ok: true, data: { progress: { remaining: 2 } } });
    const resumed = await handle({ type: 'popup/collectResume' }, POPUP);
    expect(resumed).toMatchObject({ ok: true, data: { paused: false } });
    await clock.run(collector.idle());
    expect((await status()).items.map((item) => item.state)).toEqual(['done', 'done']);
  });
});

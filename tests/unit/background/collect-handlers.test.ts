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

describe('collect bad input', () => {
  const LOGIN = 'http://www.jiujiang.gov.cn/zwgk/fzzfjs/202101/t20210120_7.html';
  const NOT_A_REPORT = 'http://www.jiujiang.gov.cn/zwgk/fzzfjs/202102/t20210201_8.html';
  const PDF = 'http://www.jiujiang.gov.cn/zwgk/fzzfjs/202103/t20210301_9.pdf';
  const locale = (lang: string) => JSON.parse(readFileSync(join(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8'));

  it('words every failure in zh and en and leaves what was saved as it was', async () => {
    await handle({ type: 'popup/collectStart', listUrl: LIST, links: [{ url: y2020.url, title: y2020.title }] }, POPUP);
    await clock.run(collector.idle());
    const saved = JSON.stringify([await db.reports.toArray(), await db.mentions.toArray(), await db.texts.toArray()]);

    ANSWERS[LOGIN] = [{ url: 'http://www.jiujiang.gov.cn/login.jsp?from=report', body: '<html><body><form>用户登录 密码</form></body></html>' }];
    ANSWERS[NOT_A_REPORT] = html('<html><body><h1>九江市召开春季植树活动</h1><p>3月12日，全市干部职工参加义务植树活动，共植树1200株。</p></body></html>');
    ANSWERS[PDF] = [{ contentType: 'application/pdf', body: '%PDF-1.7' }];
    // A list of hundreds of links, most on other hosts, one the report already saved.
    const many = [
      { url: y2020.url, title: y2020.title },
      { url: LOGIN, title: '九江市2020年度法治政府建设情况报告' },
      { url: NOT_A_REPORT, title: '九江市2021年度法治政府建设情况报告' },
      { url: PDF, title: '九江市2019年度法治政府建设情况报告' },
      ...Array.from({ length: 400 }, (_, i) => ({ url: `http://www.example${i}.com/r/${i}.html`, title: `某县${2000 + (i % 25)}年度法治政府建设情况报告` })),
    ];
    const started = await handle({ type: 'popup/collectStart', listUrl: LIST, links: many }, POPUP);
    expect(started).toEqual({ ok: true, data: { added: 403, skipped: 1 } });
    await clock.run(collector.idle());

    const { items } = await status();
    const byUrl = new Map(items.map((item) => [item.url, item]));
    expect(byUrl.get(LOGIN)).toMatchObject({ state: 'failed', reason: 'redirected' });
    expect(byUrl.get(NOT_A_REPORT)).toMatchObject({ state: 'failed', reason: 'not-a-report' });
    expect(byUrl.get(PDF)?.state).toBe('failed');
    expect(items.filter((item) => item.url.includes('example')).every((item) => item.state === 'failed' && item.reason === 'not-allowed')).toBe(true);
    expect(server.log.some((entry) => entry.url.includes('example'))).toBe(false);

    const [zh, en] = [locale('zh_CN'), locale('en')];
    const keys = { redirected: 'collectReasonRedirected', 'not-a-report': 'collectReasonNotAReport', 'not-allowed': 'collectReasonNotAllowed', 'not-html': 'collectReasonNotHtml' } as const;
    for (const item of items.filter((i) => i.state === 'failed')) {
      const key = keys[item.reason as keyof typeof keys];
      expect(key, `no message for ${item.reason}`).toBeDefined();
      expect([zh[key!]?.message, en[key!]?.message].every((m: string | undefined) => !!m && m.length > 4)).toBe(true);
    }
    expect(JSON.stringify([await db.reports.toArray(), await db.mentions.toArray(), await db.texts.toArray()])).toBe(saved);
  });
});

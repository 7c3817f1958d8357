import { describe, expect, it } from 'vitest';
import type { CollectorDeps } from '../../../lib/collect/collector';
import { backoffDelay, planStarts, POLITE_DEFAULTS, queueProgress, retryAfterMs } from '../../../lib/collect/scheduler';
import { fakeCollector, FakeClock, MemoryQueueStore, type FakeAnswer } from './fakes';

const LIST = 'http://www.jiujiang.gov.cn/zwgk/fzzfjs/';
const page = (host: string, n: number) => `http://${host}/zwgk/fzzfjs/t${n}.html`;

function setup(answers: Record<string, FakeAnswer[]>, overrides: Partial<CollectorDeps> = {}) {
  const clock = new FakeClock();
  const store = new MemoryQueueStore();
  return { clock, store, ...fakeCollector(store, clock, answers, overrides) };
}

const links = (urls: string[]) => urls.map((url, i) => ({ url, title: `九江市${2010 + i}年度法治政府建设情况报告` }));

describe('planStarts', () => {
  it('starts at most two per host, spaced by the delay, and says when to look again', () => {
    const item = (id: number, host: string) => ({
      id, url: page(host, id), canonicalUrl: page(host, id), host, title: 't', listUrl: LIST, addedAt: 0, fetchedAt: null, finishedAt: null,
      state: 'pending' as const, attempts: 0, notBefore: 0, reason: null, detail: null, reportId: null, duplicate: false, attachments: [],
    });
    const items = [item(1, 'a.gov.cn'), item(2, 'a.gov.cn'), item(3, 'b.gov.cn'), item(4, 'a.gov.cn')];
    const hosts = new Map();
    expect(planStarts(items, hosts, 10_000, POLITE_DEFAULTS)).toEqual({ start: [1, 3], wakeAt: 11_000 });
    expect(planStarts(items.filter((i) => i.id !== 1 && i.id !== 3), hosts, 11_000, POLITE_DEFAULTS)).toEqual({ start: [2], wakeAt: null });
    expect(planStarts([{ ...item(5, 'c.gov.cn'), notBefore: 20_000 }], new Map(), 11_000, POLITE_DEFAULTS)).toEqual({ start: [], wakeAt: 20_000 });
  });

  it('reads Retry-After as seconds or a date, and backs off by doubling otherwise', () => {
    const now = Date.parse('2025-03-01T00:00:00Z');
    expect(retryAfterMs('7', now)).toBe(7000);
    expect(retryAfterMs('Sat, 01 Mar 2025 00:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect([1, 2, 3].map((attempt) => backoffDelay(attempt, null, POLITE_DEFAULTS))).toEqual([5000, 10_000, 20_000]);
    expect(backoffDelay(1, 7000, POLITE_DEFAULTS)).toBe(7000);
    expect(backoffDelay(1, 3_600_000, POLITE_DEFAULTS)).toBe(POLITE_DEFAULTS.maxBackoffMs);
  });
});

describe('the collector', () => {
  it('keeps to two requests per host and a second between starts, hosts in parallel', async () => {
    const urls = [...[1, 2, 3, 4, 5, 6].map((n) => page('a.gov.cn', n)), ...[1, 2].map((n) => page('b.gov.cn', n))];
    const { clock, store, server, collector } = setup(Object.fromEntries(urls.map((url) => [url, [{ latencyMs: 2500 }]])));
    await collector.enqueue(LIST, links(urls));
    await clock.run(collector.idle());
    expect(store.items.map((item) => item.state)).toEqual(Array(8).fill('done'));
    for (const host of ['a.gov.cn', 'b.gov.cn']) {
      const requests = server.log.filter((l) => l.url.includes(host));
      for (let i = 1; i < requests.length; i++) expect(requests[i]!.at - requests[i - 1]!.at).toBeGreaterThanOrEqual(1000);
      for (const request of requests) {
        const overlapping = requests.filter((other) => other.at <= request.at && other.end! > request.at);
        expect(overlapping.length).toBeLessThanOrEqual(2);
      }
    }
    // b's pages did not wait for a's.
    expect(server.log.find((l) => l.url === page('b.gov.cn', 1))!.at).toBe(server.log[0]!.at);
  });

  it('waits as long as a 429 asks, then collects the page', async () => {
    const url = page('a.gov.cn', 1);
    const { clock, store, server, collector } = setup({ [url]: [{ status: 429, retryAfter: '7' }, { status: 429, retryAfter: '7' }, { status: 200 }] });
    await collector.enqueue(LIST, links([url]));
    await clock.run(collector.idle());
    expect(server.log).toHaveLength(3);
    expect(server.log[1]!.at - server.log[0]!.end!).toBeGreaterThanOrEqual(7000);
    expect(store.items[0]).toMatchObject({ state: 'done', attempts: 3, reason: null });
  });

  it('gives a page up after four 503s, backing off 5, 10, 20 s, and lists the reason', async () => {
    const url = page('a.gov.cn', 1);
    const { clock, store, server, collector } = setup({ [url]: [{ status: 503 }] });
    await collector.enqueue(LIST, links([url]));
    await clock.run(collector.idle());
    expect(server.log.map((l, i) => (i === 0 ? 0 : l.at - server.log[i - 1]!.end!))).toEqual([0, 5000, 10_000, 20_000]);
    expect(store.items[0]).toMatchObject({ state: 'failed', reason: 'rate-limited', detail: 'HTTP 503', attempts: 4 });
  });

  it('fails 404s and non-reports at once, retries timeouts and network errors', async () => {
    const gone = page('a.gov.cn', 1);
    const lookAlike = page('a.gov.cn', 2);
    const slow = page('a.gov.cn', 3);
    const flaky = page('a.gov.cn', 4);
    const { clock, store, server, collector } = setup({
      [gone]: [{ status: 404 }],
      [lookAlike]: [{ body: 'not a report' }],
      [slow]: [{ latencyMs: 40_000 }, { latencyMs: 200 }],
      [flaky]: [{ networkError: true }, { status: 200 }],
    });
    await collector.enqueue(LIST, links([gone, lookAlike, slow, flaky]));
    await clock.run(collector.idle());
    const byUrl = Object.fromEntries(store.items.map((item) => [item.url, item]));
    expect(byUrl[gone]).toMatchObject({ state: 'failed', reason: 'not-found', attempts: 1 });
    expect(byUrl[lookAlike]).toMatchObject({ state: 'failed', reason: 'not-a-report', detail: 'reject:政府信息公开工作年度报告' });
    expect(byUrl[slow]).toMatchObject({ state: 'done', attempts: 2 });
    expect(byUrl[flaky]).toMatchObject({ state: 'done', attempts: 2 });
    expect(server.log.filter((l) => l.url === gone)).toHaveLength(1);
  });

  it('never fetches a site that is not granted', async () => {
    const url = 'http://www.example.com/report.html';
    const { clock, store, server, collector } = setup({ [url]: [{ status: 200 }] });
    await collector.enqueue(LIST, links([url]));
    await clock.run(collector.idle());
    expect(server.log).toHaveLength(0);
    expect(store.items[0]).toMatchObject({ state: 'failed', reason: 'not-allowed', detail: 'www.example.com' });
  });

  it('pauses, resumes, cancels (aborting requests in flight) and retries', async () => {
    const urls = [1, 2, 3, 4, 5].map((n) => page('a.gov.cn', n));
    const { clock, store, collector } = setup(Object.fromEntries(urls.map((url) => [url, [{ latencyMs: 500 }]])));
    await collector.enqueue(LIST, links(urls));
    await clock.run(clock.sleep(1200));
    await collector.pause();
    await clock.run(collector.idle());
    expect(store.items.map((i) => i.state)).toEqual(['done', 'done', 'pending', 'pending', 'pending']);
    await clock.run(clock.sleep(60_000));
    expect(store.items.filter((i) => i.state === 'done')).toHaveLength(2);

    await collector.resume();
    await clock.run(clock.sleep(1200));
    await collector.cancel();
    await clock.run(collector.idle());
    expect(store.items.map((i) => i.state)).toEqual(['done', 'done', 'done', 'cancelled', 'cancelled']);
    expect(queueProgress(store.items)).toMatchObject({ total: 5, done: 3, cancelled: 2, remaining: 0 });

    await collector.retry();
    await clock.run(collector.idle());
    expect(store.items.map((i) => i.state)).toEqual(Array(5).fill('done'));
  });

  it('resumes after a restart without fetching or queueing anything twice', async () => {
    const urls = [1, 2, 3, 4].map((n) => page('a.gov.cn', n));
    const answers = Object.fromEntries(urls.map((url) => [url, [{ latencyMs: 800 }]]));
    const first = setup(answers);
    await first.collector.enqueue(LIST, links(urls));
    await first.clock.run(first.clock.sleep(1500));
    // The browser closes here: the store is all that survives, one page caught mid-fetch.
    expect(first.store.items.map((i) => i.state)).toEqual(['done', 'fetching', 'pending', 'pending']);

    const second = setup(answers);
    second.store.items = first.store.items.map((item) => ({ ...item }));
    await second.collector.start();
    const again = await second.collector.enqueue(LIST, links(urls));
    expect(again).toEqual({ added: 0, skipped: 4 });
    await second.clock.run(second.collector.idle());
    expect(second.store.items.map((i) => i.state)).toEqual(Array(4).fill('done'));
    expect(second.store.items).toHaveLength(4);
    expect(second.server.log.map((l) => l.url)).toEqual(urls.slice(1));
  });

  it('estimates the time left from the pace of the last pages', async () => {
    const urls = [1, 2, 3, 4, 5, 6].map((n) => page('a.gov.cn', n));
    const { clock, store, collector } = setup(Object.fromEntries(urls.map((url) => [url, [{ latencyMs: 100 }]])));
    expect(queueProgress([]).etaMs).toBe(0);
    await collector.enqueue(LIST, links(urls));
    await clock.run(clock.sleep(2200));
    const progress = queueProgress(store.items);
    expect(progress).toMatchObject({ total: 6, done: 3, remaining: 3 });
    expect(progress.etaMs).toBe(3000);
    await clock.run(collector.idle());
  });
});

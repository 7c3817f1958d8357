import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { dexieQueueStore } from '../../../lib/collect/dexie-queue-store';
import { ReportLensDb } from '../../../lib/db/report-lens-db';
import { fakeCollector, FakeClock, type FakeAnswer } from './fakes';

const LIST = 'http://www.jiujiang.gov.cn/zwgk/fzzfjs/';
const urls = [2016, 2017, 2018, 2019].map((year) => `http://www.jiujiang.gov.cn/zwgk/fzzfjs/t${year}.html`);
const links = urls.map((url, i) => ({ url, title: `九江市${2016 + i}年度法治政府建设情况报告` }));

/** fake-indexeddb settles a transaction over many macrotasks: the fake clock waits for them. */
const DB_TICKS = 60;

let db: ReportLensDb | null = null;
let count = 0;
afterEach(async () => {
  await db?.delete();
  db = null;
});

/** A collector over the database `name`, as a (re)started background builds it. */
function collectorOn(name: string, clock: FakeClock, answers: Record<string, FakeAnswer[]>) {
  db = new ReportLensDb(name);
  const store = dexieQueueStore(db);
  return { store, db, ...fakeCollector(store, clock, answers) };
}

describe('the queue in Dexie', () => {
  it('runs a collection to the end, every record valid, each page fetched once', async () => {
    const clock = new FakeClock(DB_TICKS);
    const { collector, server, store } = collectorOn(`collect-${++count}`, clock, Object.fromEntries(urls.map((u) => [u, [{ latencyMs: 300 }]])));
    expect(await collector.enqueue(LIST, links)).toEqual({ added: 4, skipped: 0 });
    // The same list again (the reader clicked twice, or a second tab): nothing more queued.
    expect(await collector.enqueue(LIST, links.map((l) => ({ ...l, url: l.url.replace('http:', 'https:') + '#top' })))).toEqual({ added: 0, skipped: 4 });
    await clock.run(collector.idle());
    expect((await store.list()).map((item) => [item.state, item.reportId, item.listUrl])).toEqual(urls.map((_, i) => ['done', i + 1, LIST]));
    expect(server.log.map((entry) => entry.url)).toEqual(urls);
  });

  it('keeps pause and the queue across a restart, and resumes without fetching a page twice', async () => {
    const name = `collect-${++count}`;
    const clock = new FakeClock(DB_TICKS);
    const answers = Object.fromEntries(urls.map((u) => [u, [{ latencyMs: 400 }]]));
    const first = collectorOn(name, clock, answers);
    await first.store.setPaused(true);
    await first.collector.enqueue(LIST, links);
    await clock.run(first.collector.idle());
    // The browser closed mid-run: two pages done, the third caught mid-fetch, the fourth waiting.
    const ids = (await first.store.list()).map((item) => item.id!);
    await first.store.update(ids[0]!, { state: 'done', attempts: 1, reportId: 7, finishedAt: clock.now() });
    await first.store.update(ids[1]!, { state: 'done', attempts: 1, reportId: 8, finishedAt: clock.now() });
    await first.store.update(ids[2]!, { state: 'fetching', attempts: 1, fetchedAt: clock.now() });
    first.db.close();

    // A fresh connection and collector, as the restarted background builds them: still paused.
    const second = collectorOn(name, clock, answers);
    expect(await second.store.paused()).toBe(true);
    await second.collector.start();
    await clock.run(second.collector.idle());
    expect((await second.store.list()).map((item) => item.state)).toEqual(['done', 'done', 'pending', 'pending']);
    expect(second.server.log).toEqual([]);
    await second.collector.resume();
    await clock.run(second.collector.idle());
    const after = await second.store.list();
    expect(after.map((item) => [item.state, item.reportId])).toEqual([['done', 7], ['done', 8], ['done', 1], ['done', 2]]);
    expect(second.server.log.map((entry) => entry.url)).toEqual([urls[2], urls[3]]);
    expect(await second.store.paused()).toBe(false);
  });
});

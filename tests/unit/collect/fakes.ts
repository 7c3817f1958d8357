import { CollectFailure, createCollector, type Clock, type CollectorDeps, type FetchedPage, type QueueStore } from '../../../lib/collect/collector';
import { queueItemSchema, type QueueItem } from '../../../lib/collect/queue-item';

/**
 * Discrete-event time for the collector: sleeps wait on a timer list, and `run` advances the
 * clock to the next timer whenever every promise in flight is blocked on one.
 */
export class FakeClock implements Clock {
  time = 1_000_000;

  /** `settleTicks`: macrotasks to let pass before deciding all work waits on a timer (IndexedDB needs many). */
  constructor(private readonly settleTicks = 5) {}

  private timers: Array<{ at: number; resolve(): void }> = [];

  now(): number {
    return this.time;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = { at: this.time + ms, resolve };
      this.timers.push(timer);
      signal?.addEventListener('abort', () => {
        this.timers = this.timers.filter((t) => t !== timer);
        resolve();
      });
    });
  }

  /** Runs until `work` settles, moving time forward only when nothing else can happen. */
  async run<T>(work: Promise<T>, limitMs = 3_600_000): Promise<T> {
    let settled = false;
    void work.then(
      () => (settled = true),
      () => (settled = true),
    );
    const end = this.time + limitMs;
    for (;;) {
      for (let i = 0; i < this.settleTicks; i++) await new Promise((tick) => setImmediate(tick));
      if (settled) return work;
      if (this.timers.length === 0) throw new Error('deadlock: nothing to wait for');
      const next = Math.min(...this.timers.map((t) => t.at));
      if (next > end) throw new Error('time limit');
      this.time = Math.max(this.time, next);
      const due = this.timers.filter((t) => t.at <= this.time);
      this.timers = this.timers.filter((t) => t.at > this.time);
      for (const timer of due) timer.resolve();
    }
  }
}

/** The queue in memory, validated like the database's. */
export class MemoryQueueStore implements QueueStore {
  items: QueueItem[] = [];
  isPaused = false;
  private nextId = 1;

  async list() {
    return this.items.map((item) => ({ ...item }));
  }
  async add(items: QueueItem[]) {
    for (const item of items) this.items.push(queueItemSchema.parse({ ...item, id: this.nextId++ }));
  }
  async update(id: number, patch: Partial<QueueItem>) {
    this.items = this.items.map((item) => (item.id === id ? queueItemSchema.parse({ ...item, ...patch }) : item));
  }
  async removeFinished() {
    this.items = this.items.filter((item) => item.state === 'pending' || item.state === 'fetching');
  }
  async paused() {
    return this.isPaused;
  }
  async setPaused(paused: boolean) {
    this.isPaused = paused;
  }
}

export interface FakeAnswer {
  status?: number;
  latencyMs?: number;
  retryAfter?: string;
  /** Final address after a redirect. */
  url?: string;
  contentType?: string;
  body?: string;
  /** Rejects like fetch does when no answer comes. */
  networkError?: boolean;
}

/** A fake server: per address, the answers to successive requests (the last one repeats). */
export function fakeFetcher(clock: FakeClock, answers: Record<string, FakeAnswer[]>) {
  const log: Array<{ url: string; at: number; end?: number }> = [];
  const fetchPage = async (url: string, signal: AbortSignal): Promise<FetchedPage> => {
    const entry: { url: string; at: number; end?: number } = { url, at: clock.now() };
    log.push(entry);
    const tries = log.filter((l) => l.url === url).length;
    const list = answers[url] ?? [{ status: 404 }];
    const answer = list[Math.min(tries, list.length) - 1]!;
    await clock.sleep(answer.latencyMs ?? 100, signal);
    entry.end = clock.now();
    if (signal.aborted) throw new DOMException('aborted', 'AbortError');
    if (answer.networkError) throw new TypeError('Failed to fetch');
    return {
      status: answer.status ?? 200,
      url: answer.url ?? url,
      contentType: answer.contentType ?? 'text/html; charset=utf-8',
      retryAfter: answer.retryAfter ?? null,
      body: new TextEncoder().encode(answer.body ?? '<html></html>'),
    };
  };
  return { fetchPage, log };
}

/**
 * A collector over `store` and a fake server: a page whose body says 'not a report' is turned
 * away as the detector would, any other is "saved" under the next report id; only *.gov.cn is allowed.
 */
export function fakeCollector(store: QueueStore, clock: FakeClock, answers: Record<string, FakeAnswer[]>, overrides: Partial<CollectorDeps> = {}) {
  const server = fakeFetcher(clock, answers);
  let saved = 0;
  const collector = createCollector({
    store,
    clock,
    fetchPage: server.fetchPage,
    processPage: async (_item, fetched) => {
      const body = new TextDecoder().decode(fetched.body);
      if (body.includes('not a report')) throw new CollectFailure('not-a-report', 'reject:政府信息公开工作年度报告');
      return { reportId: ++saved, duplicate: false, attachments: [] };
    },
    isAllowed: async (url) => new URL(url).hostname.endsWith('.gov.cn'),
    ...overrides,
  });
  return { server, collector };
}

import { canonicalReportUrl } from '../db/canonical-url';
import type { Attachment, FailureReason, QueueItem } from './queue-item';
import { backoffDelay, isRetryable, planStarts, POLITE_DEFAULTS, retryAfterMs, type HostActivity, type PolitenessOptions } from './scheduler';
import { ReasonedError } from '../errors/reasoned-error';

/**
 * The collection queue's state machine and loop, free of extension APIs: the background gives it
 * a store (Dexie), a fetch, a page processor (DOMParser in the offscreen document, the engine,
 * saveReport) and a clock; tests give it fakes.
 *
 *   pending ──start──▶ fetching ──▶ done
 *      ▲                  │  └────▶ failed ──retry──▶ pending
 *      └── back-off ◀─────┘ (429/503, timeout, network; until maxAttempts)
 *   pending/fetching ──cancel──▶ cancelled ──retry──▶ pending
 *
 * Everything is persisted as it happens, so a browser closed mid-queue resumes where it was:
 * `start` puts pages caught mid-fetch back to pending. Pausing stops new starts; pages in flight
 * finish. The loop sleeps until the next page may start or one in flight ends.
 */

export interface QueueStore {
  /** Every item, oldest first. */
  list(): Promise<QueueItem[]>;
  add(items: QueueItem[]): Promise<void>;
  update(id: number, patch: Partial<QueueItem>): Promise<void>;
  /** Removes done, failed and cancelled items (the record of a finished run). */
  removeFinished(): Promise<void>;
  paused(): Promise<boolean>;
  setPaused(paused: boolean): Promise<void>;
}

export interface FetchedPage {
  status: number;
  /** The address finally answered, after redirects. */
  url: string;
  contentType: string;
  retryAfter: string | null;
  body: Uint8Array;
}

export interface Clock {
  now(): number;
  /** Resolves after `ms`, or at once when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(resolve, Math.min(ms, 2 ** 31 - 1));
      signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    }),
};

export interface ProcessedPage {
  reportId: number;
  duplicate: boolean;
  attachments: Attachment[];
}

/** A page that was fetched and cannot be collected, and why. */
export class CollectFailure extends ReasonedError<FailureReason> {}

export interface CollectorDeps {
  store: QueueStore;
  clock: Clock;
  fetchPage(url: string, signal: AbortSignal): Promise<FetchedPage>;
  /** Parses, extracts and saves a fetched page; throws CollectFailure when it is no report. */
  processPage(item: QueueItem, page: FetchedPage): Promise<ProcessedPage>;
  /** Whether the extension may fetch this address (a granted site, or the declared *.gov.cn). */
  isAllowed(url: string): Promise<boolean>;
  options?: Partial<PolitenessOptions>;
  /** Called after every change of the queue (the popup's progress listens). */
  onChange?(): void;
}

export interface ListedLink {
  url: string;
  title: string;
}

export interface Collector {
  /** Queues links of a list page; a page already queued, fetched or collected is not queued again. */
  enqueue(listUrl: string, links: readonly ListedLink[]): Promise<{ added: number; skipped: number }>;
  /** Recovers pages caught mid-fetch by a restart and runs the queue unless it is paused. */
  start(): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Cancels every page not finished yet; requests in flight are aborted. */
  cancel(): Promise<void>;
  /** Queues failed or cancelled pages again (one, or all of them). */
  retry(id?: number): Promise<void>;
  clearFinished(): Promise<void>;
  /** Resolves when the loop has stopped (idle, paused or cancelled). */
  idle(): Promise<void>;
}

const CANCELLED = 'cancelled';
const TIMED_OUT = 'timeout';

export function createCollector(deps: CollectorDeps): Collector {
  const { store, clock } = deps;
  const options: PolitenessOptions = { ...POLITE_DEFAULTS, ...deps.options };
  const controllers = new Map<number, AbortController>();
  let loop: Promise<void> | null = null;
  /** Set when work arrives while the loop may be past its last look at the queue. */
  let lookAgain = false;
  let nudge: AbortController = new AbortController();
  const changed = () => deps.onChange?.();
  /** Wakes a sleeping loop: an item finished, was added, or the reader acted. */
  const wake = () => nudge.abort();

  const finish = async (item: QueueItem, patch: Partial<QueueItem>) => {
    await store.update(item.id!, { finishedAt: clock.now(), ...patch });
    changed();
  };

  const failOrRetry = async (item: QueueItem, reason: FailureReason, detail: string | null, retryAfter: number | null) => {
    if (isRetryable(reason) && item.attempts < options.maxAttempts) {
      await store.update(item.id!, { state: 'pending', reason, detail, notBefore: clock.now() + backoffDelay(item.attempts, retryAfter, options) });
      changed();
      return;
    }
    await finish(item, { state: 'failed', reason, detail });
  };

  async function runOne(item: QueueItem): Promise<void> {
    const controller = new AbortController();
    controllers.set(item.id!, controller);
    const timer = new AbortController();
    void clock.sleep(options.timeoutMs, timer.signal).then(() => {
      if (!timer.signal.aborted) controller.abort(TIMED_OUT);
    });
    try {
      if (!(await deps.isAllowed(item.url))) return await finish(item, { state: 'failed', reason: 'not-allowed', detail: item.host });
      const page = await deps.fetchPage(item.url, controller.signal);
      if (page.status === 429 || page.status === 503) {
        return await failOrRetry(item, 'rate-limited', `HTTP ${page.status}`, retryAfterMs(page.retryAfter, clock.now()));
      }
      if (page.status === 404 || page.status === 410) return await finish(item, { state: 'failed', reason: 'not-found', detail: `HTTP ${page.status}` });
      if (page.status >= 400) return await finish(item, { state: 'failed', reason: 'http-error', detail: `HTTP ${page.status}` });
      const processed = await deps.processPage(item, page);
      await finish(item, { state: 'done', reason: null, detail: null, ...processed });
    } catch (error) {
      if (controller.signal.reason === CANCELLED) return await finish(item, { state: 'cancelled' });
      if (controller.signal.reason === TIMED_OUT) return await failOrRetry(item, 'timeout', `${Math.round(options.timeoutMs / 1000)} s`, null);
      if (error instanceof CollectFailure) return await finish(item, { state: 'failed', reason: error.reason, detail: error.detail || null, attachments: attachmentsOf(error) });
      // fetch rejects only when no answer came at all: DNS, refused connection, TLS.
      await failOrRetry(item, 'network', error instanceof Error ? error.message.slice(0, 200) : String(error), null);
    } finally {
      timer.abort();
      controllers.delete(item.id!);
    }
  }

  async function run(): Promise<void> {
    const hosts = new Map<string, HostActivity>();
    const inFlight = new Set<Promise<void>>();
    for (;;) {
      nudge = new AbortController();
      const signal = nudge.signal;
      if (await store.paused()) break;
      const items = await store.list();
      const byId = new Map(items.map((item) => [item.id!, item]));
      const plan = planStarts(items, hosts, clock.now(), options);
      for (const id of plan.start) {
        const item = byId.get(id)!;
        const started = { ...item, state: 'fetching' as const, attempts: item.attempts + 1, fetchedAt: clock.now() };
        // Marked before the request goes out, so the next look at the queue never starts it twice.
        await store.update(id, { state: started.state, attempts: started.attempts, fetchedAt: started.fetchedAt });
        const running: Promise<void> = runOne(started).finally(() => {
          hosts.get(item.host)!.inFlight--;
          inFlight.delete(running);
          wake();
        });
        inFlight.add(running);
      }
      if (plan.start.length > 0) changed();
      const waiting = items.some((item) => item.state === 'pending' && !plan.start.includes(item.id!));
      if (!waiting && inFlight.size === 0) break;
      if (!signal.aborted) await clock.sleep(plan.wakeAt === null ? options.timeoutMs : Math.max(0, plan.wakeAt - clock.now()), signal);
    }
    await Promise.all(inFlight);
  }

  const ensureRunning = () => {
    if (loop) {
      lookAgain = true;
      return wake();
    }
    lookAgain = false;
    loop = run().finally(() => {
      loop = null;
      if (lookAgain) ensureRunning();
      changed();
    });
  };

  return {
    async enqueue(listUrl, links) {
      const queued = await store.list();
      const known = new Map(queued.map((item) => [item.canonicalUrl, item]));
      const fresh: QueueItem[] = [];
      const again: number[] = [];
      const now = clock.now();
      for (const link of links) {
        const canonicalUrl = canonicalReportUrl(link.url);
        const existing = known.get(canonicalUrl);
        if (existing && (existing.state === 'failed' || existing.state === 'cancelled')) again.push(existing.id!);
        if (existing) continue;
        const item: QueueItem = {
          url: link.url,
          canonicalUrl,
          host: new URL(link.url).hostname.toLowerCase(),
          title: link.title.slice(0, 500),
          listUrl,
          addedAt: now,
          fetchedAt: null,
          finishedAt: null,
          state: 'pending',
          attempts: 0,
          notBefore: 0,
          reason: null,
          detail: null,
          reportId: null,
          duplicate: false,
          attachments: [],
        };
        known.set(canonicalUrl, item);
        fresh.push(item);
      }
      await store.add(fresh);
      for (const id of again) await store.update(id, requeued());
      changed();
      ensureRunning();
      return { added: fresh.length + again.length, skipped: links.length - fresh.length - again.length };
    },
    async start() {
      for (const item of await store.list()) if (item.state === 'fetching') await store.update(item.id!, { state: 'pending' });
      ensureRunning();
    },
    async pause() {
      await store.setPaused(true);
      wake();
      changed();
    },
    async resume() {
      await store.setPaused(false);
      ensureRunning();
    },
    async cancel() {
      for (const item of await store.list()) {
        if (item.state === 'pending') await store.update(item.id!, { state: 'cancelled', finishedAt: clock.now() });
      }
      for (const controller of controllers.values()) controller.abort(CANCELLED);
      wake();
      changed();
    },
    async retry(id) {
      for (const item of await store.list()) {
        if ((id === undefined || item.id === id) && (item.state === 'failed' || item.state === 'cancelled')) await store.update(item.id!, requeued());
      }
      changed();
      ensureRunning();
    },
    async clearFinished() {
      await store.removeFinished();
      changed();
    },
    async idle() {
      while (loop) await loop;
    },
  };
}

/** A failed or cancelled page queued again from scratch. */
function requeued(): Partial<QueueItem> {
  return { state: 'pending', attempts: 0, notBefore: 0, reason: null, detail: null, finishedAt: null };
}

/** A PDF/Word page is no report to save, but it is an attachment the reader can open. */
function attachmentsOf(failure: CollectFailure): Attachment[] {
  return failure instanceof AttachmentFailure ? [failure.attachment] : [];
}

/** The fetched address is a PDF/Word file: listed for the reader, not saved. */
export class AttachmentFailure extends CollectFailure {
  constructor(readonly attachment: Attachment, contentType: string) {
    super('not-html', contentType);
  }
}

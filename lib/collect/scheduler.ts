import type { FailureReason, QueueItem } from './queue-item';

/**
 * The collector's timing rules, pure: which queued pages may start now, and when to look again.
 * Polite by default, as a reader's browser should be towards a small government server: at most
 * two requests in flight per host, a pause between starts on one host, and a 429 or 503 answered
 * by waiting (its Retry-After when it gives one, else an exponential back-off) before trying again.
 */
export interface PolitenessOptions {
  /** Requests in flight at once on one host. */
  perHost: number;
  /** Least time between two request starts on one host. */
  delayMs: number;
  /** Tries of a page that answers 429/503 or times out, before it is given up as failed. */
  maxAttempts: number;
  /** First back-off; doubled on every further try, capped at maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
  /** A request still unanswered after this long fails as 'timeout' (and is tried again). */
  timeoutMs: number;
}

export const POLITE_DEFAULTS: PolitenessOptions = {
  perHost: 2,
  delayMs: 1000,
  maxAttempts: 4,
  backoffMs: 5000,
  maxBackoffMs: 5 * 60_000,
  timeoutMs: 30_000,
};

/** Per host: requests in flight and when the last one started. */
export interface HostActivity {
  inFlight: number;
  lastStart: number;
}

export interface Plan {
  /** Ids of items to start now, in queue order. */
  start: number[];
  /** When an item that cannot start now could (null: nothing is waiting on time). */
  wakeAt: number | null;
}

/**
 * Picks the pending items that may start at `now` under the per-host limits, in queue order
 * (oldest first), and the earliest time a further one could. `hosts` is updated as if the
 * picked items had started.
 */
export function planStarts(items: readonly QueueItem[], hosts: Map<string, HostActivity>, now: number, options: PolitenessOptions): Plan {
  const start: number[] = [];
  let wakeAt: number | null = null;
  const later = (at: number) => {
    wakeAt = wakeAt === null ? at : Math.min(wakeAt, at);
  };
  for (const item of items) {
    if (item.state !== 'pending' || item.id === undefined) continue;
    const host = hosts.get(item.host) ?? { inFlight: 0, lastStart: -Infinity };
    if (item.notBefore > now) {
      later(item.notBefore);
      continue;
    }
    // A full host frees a slot when a request ends, which wakes the loop anyway.
    if (host.inFlight >= options.perHost) continue;
    const gapEnds = host.lastStart + options.delayMs;
    if (gapEnds > now) {
      later(gapEnds);
      continue;
    }
    start.push(item.id);
    hosts.set(item.host, { inFlight: host.inFlight + 1, lastStart: now });
  }
  return { start, wakeAt };
}

/** Retry-After as seconds ("120") or an HTTP date, in ms from `now`; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** The wait before try number `attempts + 1`: what the server asked for, else doubling from backoffMs. */
export function backoffDelay(attempts: number, retryAfter: number | null, options: PolitenessOptions): number {
  return Math.min(options.maxBackoffMs, retryAfter ?? options.backoffMs * 2 ** Math.max(0, attempts - 1));
}

/** A failure that another try may cure (the server was busy or slow), as opposed to a final one. */
export function isRetryable(reason: FailureReason): boolean {
  return reason === 'rate-limited' || reason === 'timeout' || reason === 'network';
}

export interface QueueProgress {
  total: number;
  done: number;
  failed: number;
  cancelled: number;
  /** Waiting or being fetched. */
  remaining: number;
  active: number;
  /** Estimated time to finish the remaining pages, from the pace so far; null before there is a pace. */
  etaMs: number | null;
}

/**
 * Counts by state and an ETA: the remaining pages times the mean gap between the last finishes
 * (which already reflects the per-host limits and the server's speed). Null until two pages
 * have finished.
 */
export function queueProgress(items: readonly QueueItem[]): QueueProgress {
  const count = (state: QueueItem['state']) => items.filter((item) => item.state === state).length;
  const active = count('fetching');
  const remaining = count('pending') + active;
  const finishes = items
    .flatMap((item) => (item.state === 'done' || item.state === 'failed') && item.finishedAt !== null ? [item.finishedAt] : [])
    .sort((a, b) => a - b)
    .slice(-10);
  const pace = finishes.length >= 2 ? (finishes[finishes.length - 1]! - finishes[0]!) / (finishes.length - 1) : null;
  return {
    total: items.length,
    done: count('done'),
    failed: count('failed'),
    cancelled: count('cancelled'),
    remaining,
    active,
    etaMs: remaining === 0 ? 0 : pace === null ? null : Math.round(pace * remaining),
  };
}

import { canonicalReportUrl } from '../db/canonical-url';
import type { ReportLensDb } from '../db/report-lens-db';
import type { QueueItem, QueueState } from './queue-item';
import { queueProgress, type QueueProgress } from './scheduler';

/** The queue as the popup shows it: every page with its state and reason, counts and ETA. */
export interface CollectStatus {
  items: QueueItem[];
  progress: QueueProgress;
  paused: boolean;
}

/** One link of a list page's checklist: already in the collection, and where it is in the queue. */
export interface LinkState {
  saved: boolean;
  state: QueueState | null;
}

export function collectStatus(items: QueueItem[], paused: boolean): CollectStatus {
  return { items, progress: queueProgress(items), paused };
}

/**
 * Saved and queue state of each of `urls`, by canonical URL: a link is saved when a report
 * has that address or was seen there (a repost), whatever decoration the list gave it.
 */
export async function linkStates(db: ReportLensDb, items: readonly QueueItem[], urls: readonly string[]): Promise<LinkState[]> {
  if (urls.length === 0) return [];
  const canonical = urls.map(canonicalReportUrl);
  const wanted = [...new Set(canonical)];
  const saved = new Set<string>();
  await db.transaction('r', db.reports, async () => {
    for (const report of await db.reports.where('canonicalUrl').anyOf(wanted).toArray()) saved.add(report.canonicalUrl);
    for (const report of await db.reports.where('seenAt').anyOf(wanted).toArray()) for (const seen of report.seenAt) saved.add(seen);
  });
  const queued = new Map(items.map((item) => [item.canonicalUrl, item.state]));
  return canonical.map((url) => ({ saved: saved.has(url), state: queued.get(url) ?? null }));
}

/** Ticked by default: a link not saved yet and not already queued or collected. */
export function isWanted(state: LinkState): boolean {
  return !state.saved && state.state !== 'done' && state.state !== 'pending' && state.state !== 'fetching';
}

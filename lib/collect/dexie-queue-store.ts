import type { ReportLensDb } from '../db/report-lens-db';
import type { QueueStore } from './collector';
import { queueItemSchema, type QueueItem } from './queue-item';

/**
 * The collector's queue in the extension's database (tables collectQueue and collectSettings),
 * so a run survives the browser closing. Every write is checked by queueItemSchema. The unique
 * canonicalUrl index is the last guard against a page queued twice: `add` skips a page already
 * there (two list pages enqueued at once), inside one transaction.
 */
export function dexieQueueStore(db: ReportLensDb): QueueStore {
  return {
    list: () => db.collectQueue.orderBy('id').toArray(),
    add: (items) =>
      db.transaction('rw', db.collectQueue, async () => {
        const fresh = items.map((item) => queueItemSchema.parse(item));
        const known = new Set(
          (await db.collectQueue.where('canonicalUrl').anyOf(fresh.map((item) => item.canonicalUrl)).toArray()).map((item) => item.canonicalUrl),
        );
        const added: QueueItem[] = [];
        for (const item of fresh) {
          if (known.has(item.canonicalUrl)) continue;
          known.add(item.canonicalUrl);
          added.push(item);
        }
        await db.collectQueue.bulkAdd(added);
      }),
    update: (id, patch) =>
      db.transaction('rw', db.collectQueue, async () => {
        const item = await db.collectQueue.get(id);
        // Gone meanwhile (its run was cleared): nothing to record.
        if (!item) return;
        await db.collectQueue.put(queueItemSchema.parse({ ...item, ...patch, id }));
      }),
    removeFinished: async () => {
      await db.collectQueue.where('state').anyOf('done', 'failed', 'cancelled').delete();
    },
    paused: async () => (await db.collectSettings.get('paused'))?.value ?? false,
    setPaused: async (paused) => {
      await db.collectSettings.put({ key: 'paused', value: paused });
    },
  };
}

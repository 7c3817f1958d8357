import { saveReport } from '../db/reports';
import type { ReportLensDb } from '../db/report-lens-db';
import { CollectFailure, type FetchedPage, type ProcessedPage } from './collector';
import type { QueueItem } from './queue-item';
import type { ReadPage } from './read-fetched-page';

/**
 * The collector's page processor: read the fetched page (the engine, off the reader's pages:
 * `read` parses in the offscreen document or the Firefox background page) and save the report.
 * A page already in the collection, by canonical URL or by the same body text at another address,
 * is updated in place by saveReport, and the queue records it as a duplicate. The queue row is
 * the report's provenance: the list page it came from, when it was fetched and saved.
 */
export function collectPage(
  db: ReportLensDb,
  read: (requestedUrl: string, page: FetchedPage) => Promise<ReadPage>,
  now: () => number,
): (item: QueueItem, page: FetchedPage) => Promise<ProcessedPage> {
  return async (item, page) => {
    const { report, attachments } = await read(item.url, page);
    try {
      const saved = await saveReport(db, report, now());
      return { reportId: saved.id, duplicate: saved.updated, attachments };
    } catch (error) {
      throw new CollectFailure('write-failed', error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}`.slice(0, 500) : String(error));
    }
  };
}

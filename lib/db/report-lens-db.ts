import { Dexie, type EntityTable } from 'dexie';
import type { SavedReport } from './saved-report';

export const DEFAULT_DB_NAME = 'report-lens';

/**
 * The extension's database. It lives in the extension origin and only the background opens it
 * (a content script's IndexedDB would belong to the page's origin).
 *
 * Schema history: each new version adds one `this.version(n).stores(…).upgrade(…)` step below
 * the previous ones and never edits an old step, so every installed database upgrades in order.
 * - 1: reports, indexed by the keys saving dedupes on (canonicalUrl, textHash) and the fields
 *   the list sorts and filters by.
 */
export class ReportLensDb extends Dexie {
  reports!: EntityTable<SavedReport, 'id'>;

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    this.version(1).stores({
      reports: '++id, canonicalUrl, textHash, jurisdiction, year, savedAt',
    });
  }
}

import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { SavedClip } from './saved-clip';
import type { SavedReport, SavedTag, StoredMention } from './saved-report';
import type { StoredText } from './saved-text';
import type { Confirmation, UserIndicator } from '../teach/user-indicator';
import type { QueueItem } from '../collect/queue-item';
import { provinceOf } from './province';
import { toReportSummary, type ReportSummary } from './report-summary';

export const DEFAULT_DB_NAME = 'report-lens';

/**
 * The version that adds report texts, user indicators and reader confirmations. Other branches
 * add steps after v3 too: renumbering at merge is this one line (and the fixture's file name).
 */
const TEACH_VERSION = 4;

/** The version that adds the collection queue; renumbering at merge is this one line (and the next fixture's name). */
const COLLECT_VERSION = 5;

/** The version that records where a report read from a file came from (reports' `source`, indexed by fingerprint). */
const READER_VERSION = 6;

/** One row of `collectSettings`: the queue's paused flag, which outlives a browser restart. */
export interface CollectSetting {
  key: 'paused';
  value: boolean;
}

const V1 = { reports: '++id, canonicalUrl, textHash, jurisdiction, year, savedAt' } as const;
const V2 = {
  reports: '++id, canonicalUrl, textHash, jurisdiction, year, savedAt, level, province, *tags, *seenAt',
  mentions: '++id, reportId, key',
  clips: '++id, canonicalUrl, reportId, createdAt',
  tags: '&name',
} as const;
const V3 = { ...V2, cards: 'id, savedAt' } as const;
const V4 = {
  ...V3,
  texts: 'reportId',
  userIndicators: 'id, createdAt',
  confirmations: '++id, reportId, indicatorKey, &[reportId+indicatorKey]',
} as const;
const V5 = { ...V4, collectQueue: '++id, &canonicalUrl, state', collectSettings: 'key' } as const;
const V6 = { ...V5, reports: `${V5.reports}, source.fingerprint` } as const;

/**
 * Index specs per schema version, each version the one before plus what it adds (Dexie is given
 * every table of a version). Exported so tests can build a database exactly as an older version
 * of the extension left it (tests/unit/db/fixtures/) and check the upgrade from it. Never change
 * what a published version holds: add a new one.
 */
export const SCHEMA = { 1: V1, 2: V2, 3: V3, [TEACH_VERSION]: V4, [COLLECT_VERSION]: V5, [READER_VERSION]: V6 } as const;

export const CURRENT_VERSION = READER_VERSION;

/**
 * The extension's database. It lives in the extension origin and only the background opens it
 * (a content script's IndexedDB would belong to the page's origin).
 *
 * Schema history: each new version adds one `this.version(n).stores(…).upgrade(…)` step below
 * the previous ones and never edits an old step, so every installed database upgrades in order.
 * - 1: reports, indexed by the keys saving dedupes on (canonicalUrl, textHash) and the fields
 *   the list sorts and filters by; each report held its mentions inline.
 * - 2: mentions move to their own table (the list reads 1,000 reports without their 50,000
 *   sentences); clips and tags tables; reports gain province, tags, seenAt and mentionCount.
 * - 3: cards, one small ReportSummary per report, kept by every write of a report: the popup's
 *   list reads 1,000 cards (≈0.5 MB) instead of 1,000 whole records with their figures and
 *   outlines (≈8 MB, 300 ms in Chromium).
 * - 4: texts (each report's page text, so it can be read again when the engine or the reader's
 *   own indicators change), userIndicators (taught by example) and confirmations (the reader's
 *   word on one cell, unique per report and indicator). Reports gain hasText: those saved
 *   before have no text and say so (re-extraction skips them).
 * - 5: collectQueue (the pages of a collection run, lib/collect; one row per canonical URL, so a
 *   page is never queued twice) and collectSettings (paused). Nothing existing changes.
 * - 6: reports read from a file in the reader carry their `source` (kind, name, address,
 *   SHA-256 fingerprint, pages, size), indexed by fingerprint so the same file opened again finds
 *   its report; their kept text carries its page map. Reports saved before have none: nothing to
 *   rewrite, the new index only.
 */
export class ReportLensDb extends Dexie {
  reports!: EntityTable<SavedReport, 'id'>;
  mentions!: EntityTable<StoredMention, 'id'>;
  clips!: EntityTable<SavedClip, 'id'>;
  tags!: EntityTable<SavedTag, 'name'>;
  cards!: EntityTable<ReportSummary, 'id'>;
  texts!: EntityTable<StoredText, 'reportId'>;
  userIndicators!: EntityTable<UserIndicator, 'id'>;
  confirmations!: EntityTable<Confirmation, 'id'>;
  collectQueue!: EntityTable<QueueItem, 'id'>;
  collectSettings!: EntityTable<CollectSetting, 'key'>;

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA[1]);
    this.version(2).stores(SCHEMA[2]).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA[3]).upgrade(upgradeToV3);
    this.version(TEACH_VERSION).stores(SCHEMA[TEACH_VERSION]).upgrade(upgradeToTeachVersion);
    // New tables only: no upgrade function.
    this.version(COLLECT_VERSION).stores(SCHEMA[COLLECT_VERSION]);
    // A new index on an optional field: no upgrade function.
    this.version(READER_VERSION).stores(SCHEMA[READER_VERSION]);
  }
}

/** A version-1 report record as the extension stored it (mentions inline, no tags). */
type ReportV1 = Omit<SavedReport, 'province' | 'mentionCount' | 'seenAt' | 'tags'> & {
  mentions: Omit<StoredMention, 'id' | 'reportId' | 'order'>[];
};

/**
 * 1 → 2: each report's inline mentions become rows of the mentions table (in order), and the
 * report gets the fields version 2 adds: province read from what it prints, no tags, seen
 * nowhere else yet. Runs inside Dexie's upgrade transaction: a failure leaves version 1 intact.
 */
async function upgradeToV2(tx: Transaction): Promise<void> {
  const reports = tx.table('reports');
  const old = (await reports.toArray()) as ReportV1[];
  const rows = old.flatMap((report) =>
    (Array.isArray(report.mentions) ? report.mentions : []).map((mention, order) => ({ ...mention, reportId: report.id!, order })),
  );
  await tx.table('mentions').bulkAdd(rows);
  await reports.bulkPut(
    old.map(({ mentions, ...report }): SavedReport => ({
      ...report,
      province: provinceOf({ jurisdiction: report.jurisdiction, title: report.title, publisher: report.meta?.publisher ?? null }),
      mentionCount: Array.isArray(mentions) ? mentions.length : 0,
      seenAt: [],
      tags: [],
    })),
  );
}

/** 2 → 3: a card for every report. */
async function upgradeToV3(tx: Transaction): Promise<void> {
  const reports = (await tx.table('reports').toArray()) as SavedReport[];
  await tx.table('cards').bulkAdd(reports.map(toReportSummary));
}

/** 3 → 4: no report has its text yet; records and cards say so. */
async function upgradeToTeachVersion(tx: Transaction): Promise<void> {
  await tx.table('reports').toCollection().modify((report: SavedReport) => {
    report.hasText = false;
  });
  await tx.table('cards').toCollection().modify((card: ReportSummary) => {
    card.hasText = false;
  });
}

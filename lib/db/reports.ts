import type { MentionSummary, PageReport } from '../messages/page-report';
import { canonicalReportUrl } from './canonical-url';
import { provinceOf } from './province';
import { fileReportProblem, InvalidFileReportError, type ReportFile } from './report-source';
import { toReportSummary, type ReportSummary } from './report-summary';
import type { ReportLensDb } from './report-lens-db';
import { savedReportSchema, storedMentionSchema, type SavedReport, type StoredMention } from './saved-report';
import { storedTextSchema, type StoredText } from './saved-text';
import type { Confirmation } from '../teach/user-indicator';

export class NotAReportError extends Error {
  constructor(url: string) {
    super(`not a report: ${url}`);
    this.name = 'NotAReportError';
  }
}

/** Addresses a report keeps besides its own: enough for every mirror seen, bounded by the schema. */
const MAX_SEEN_AT = 100;

/** The record a report page becomes, before it has an id (seen nowhere else, untagged). */
export function toSavedReport(report: PageReport, savedAt: number): SavedReport {
  return savedReportSchema.parse({
    url: report.url,
    canonicalUrl: canonicalReportUrl(report.url),
    title: report.meta.title,
    jurisdiction: report.meta.jurisdiction,
    level: report.meta.level,
    year: report.meta.year,
    province: provinceOf(report.meta),
    publishedAt: report.meta.publishedAt,
    textHash: report.textHash,
    savedAt,
    confidence: report.confidence,
    meta: report.meta,
    indicators: report.indicators,
    outline: report.headings.map(({ level, marker, title, area }) => ({ level, marker, title, area })),
    mentionCount: report.mentions.length,
    seenAt: [],
    tags: [],
    hasText: report.pageText !== undefined,
  });
}

/** Every table a report's rows live in: whatever writes or removes reports spans them all. */
function reportTables(db: ReportLensDb) {
  return [db.reports, db.mentions, db.clips, db.cards, db.texts, db.confirmations];
}

/**
 * Saves a report page, one record per report: a record with the same canonical URL (the page
 * saved again, maybe after a correction) or the same text hash (the same report reposted on
 * another site) is updated in place, and any further records matching either key are merged
 * away, so repeated saves can never leave duplicates. The kept record keeps its address (the
 * URL match wins; on a text-only match, the address first saved), every other address the text
 * was seen at goes to `seenAt`, tags are united, and clips follow the record. Throws
 * NotAReportError for a page the detector rejected: the collection holds reports only.
 *
 * A report read from a file in the reader comes with `file`: its source and page map. Its address
 * is the file's content address, so the same bytes saved again (from the web or a local copy)
 * update the one record; the page map is kept with the text it indexes.
 * @throws InvalidFileReportError when `file` does not fit the report (see fileReportProblem)
 */
export async function saveReport(
  db: ReportLensDb,
  report: PageReport,
  savedAt: number = Date.now(),
  file?: ReportFile,
): Promise<{ id: number; updated: boolean }> {
  if (!report.isReport || !report.textHash) throw new NotAReportError(report.url);
  const problem = file ? fileReportProblem(report, file) : null;
  if (problem) throw new InvalidFileReportError(problem);
  const fresh = { ...toSavedReport(report, savedAt), ...(file ? { source: file.source } : {}) };
  const mentions = report.mentions.map((mention, order) => ({ ...mention, order }));
  return db.transaction('rw', reportTables(db), async () => {
    const matches = await findMatches(db, fresh.canonicalUrl, fresh.textHash);
    const [keep, ...merged] = matches;
    const record = keep ? mergeInto(keep, fresh, merged) : fresh;
    const id = await writeReport(db, record, mentions);
    if (report.pageText) {
      // A new text replaces the old one with its page map: offsets into one text mean nothing in another.
      const pageMap = file && file.pageMap.length > 0 ? { pageMap: file.pageMap } : {};
      await db.texts.put(storedTextSchema.parse({ ...report.pageText, ...pageMap, reportId: id }));
    }
    if (merged.length > 0) await removeReports(db, merged.map((m) => m.id!), id);
    // Clips made on this page (or a mirror) before it was saved now belong to the report.
    await db.clips
      .where('canonicalUrl')
      .anyOf([record.canonicalUrl, ...record.seenAt])
      .modify((clip) => {
        clip.reportId = id;
      });
    return { id, updated: keep !== undefined };
  });
}

/**
 * Writes a report record and replaces its mention rows, inside the caller's transaction.
 * Validates both before writing: the database never holds what the exports cannot read.
 */
export async function writeReport(
  db: ReportLensDb,
  record: SavedReport,
  mentions: Array<MentionSummary & { order: number; id?: number }>,
): Promise<number> {
  const id = await putReport(db, { ...record, mentionCount: mentions.length });
  const rows = mentions.map((mention) => storedMentionSchema.parse({ ...mention, reportId: id }));
  await db.mentions.where('reportId').equals(id).delete();
  await db.mentions.bulkAdd(rows);
  return id;
}

/**
 * Writes a report record and its card (the list's summary of it), inside the caller's
 * transaction, which must include reports and cards: every write of a report goes through here,
 * so the cards never disagree with the records.
 */
export async function putReport(db: ReportLensDb, record: SavedReport): Promise<number> {
  const report = savedReportSchema.parse(record);
  const id = (await db.reports.put(report)) as number;
  await db.cards.put(toReportSummary({ ...report, id }));
  return id;
}

/** The fresh reading of a report folded into the saved record(s) it matched. */
function mergeInto(keep: SavedReport, fresh: SavedReport, merged: SavedReport[]): SavedReport {
  const primary = keep.canonicalUrl === fresh.canonicalUrl ? fresh : keep;
  const seen = [keep, ...merged].flatMap((r) => [r.canonicalUrl, ...r.seenAt]).concat(fresh.canonicalUrl);
  return {
    ...fresh,
    id: keep.id,
    url: primary.url,
    canonicalUrl: primary.canonicalUrl,
    seenAt: unique(seen.filter((url) => url !== primary.canonicalUrl)).slice(0, MAX_SEEN_AT),
    tags: unique([keep, ...merged].flatMap((r) => r.tags)),
    // A save without the text (an older content script) keeps the text the record had.
    hasText: fresh.hasText || keep.hasText,
    ...mergedSource(fresh, [keep, ...merged]),
  };
}

/**
 * The file a merged record was read from: the fresh reading's, keeping the address an earlier
 * save fetched the same bytes from (a local copy of a downloaded PDF knows none); else the
 * file an older record had, so its fingerprint still finds the report after a web page with the
 * same text was saved over it.
 */
function mergedSource(fresh: SavedReport, older: SavedReport[]): Pick<SavedReport, 'source'> {
  const before = older.find((record) => record.source)?.source;
  if (!fresh.source) return before ? { source: before } : {};
  const url = fresh.source.url ?? (before?.fingerprint === fresh.source.fingerprint ? before.url : null);
  return { source: { ...fresh.source, url } };
}

/** The saved record for a page, if any, by the same keys saving dedupes on. */
export async function findSavedReport(db: ReportLensDb, url: string, textHash: string): Promise<SavedReport | null> {
  const [match] = await findMatches(db, canonicalReportUrl(url), textHash);
  return match ?? null;
}

/** Saved reports, newest first (without their mentions: see listMentions). */
export async function listReports(db: ReportLensDb): Promise<SavedReport[]> {
  return db.reports.orderBy('savedAt').reverse().toArray();
}

/** The collection as the list shows it, newest first: cards only, never the records. */
export async function listSummaries(db: ReportLensDb): Promise<ReportSummary[]> {
  // One getAll and a sort in memory: a reverse walk of the savedAt index is a cursor, several
  // times slower for 1,000 cards.
  const cards = await db.cards.toArray();
  return cards.sort((a, b) => b.savedAt - a.savedAt || b.id - a.id);
}

/** Saved reports by id, in the order asked; missing ids are skipped. */
export async function getReports(db: ReportLensDb, ids: number[]): Promise<SavedReport[]> {
  const found = await db.reports.bulkGet(ids);
  return found.filter((report): report is SavedReport => report !== undefined);
}

/** A report's mentions in reading order. */
export async function listMentions(db: ReportLensDb, reportId: number): Promise<StoredMention[]> {
  return db.mentions.where('reportId').equals(reportId).sortBy('order');
}

/** Everything a deleted report had, so the reader can undo the deletion exactly. */
export interface DeletedReport {
  report: SavedReport & { id: number };
  mentions: StoredMention[];
  /** Clips that belonged to it: they stay (a clip is the reader's), unlinked. */
  clipIds: number[];
  /** Its kept page text and the reader's confirmations of its cells (absent: none). */
  text?: StoredText;
  confirmations?: Confirmation[];
}

/**
 * Removes a saved report with its mentions; its clips stay, unlinked. Returns what was removed
 * (for undo), or null when there was no report with that id (already deleted elsewhere).
 */
export async function deleteReport(db: ReportLensDb, id: number): Promise<DeletedReport | null> {
  return db.transaction('rw', reportTables(db), async () => {
    const report = await db.reports.get(id);
    if (!report) return null;
    const mentions = await listMentions(db, id);
    const clipIds = (await db.clips.where('reportId').equals(id).primaryKeys()) as number[];
    const text = await db.texts.get(id);
    const confirmations = await db.confirmations.where('reportId').equals(id).toArray();
    await removeReports(db, [id], null);
    return { report: { ...report, id }, mentions, clipIds, ...(text ? { text } : {}), ...(confirmations.length ? { confirmations } : {}) };
  });
}

/**
 * Puts a deleted report back as it was, same id, mentions and clip links. Refuses (false) when
 * the report has been saved again meanwhile: the newer save wins and nothing is duplicated.
 */
export async function restoreReport(db: ReportLensDb, deleted: DeletedReport): Promise<boolean> {
  const { report, mentions, clipIds, text, confirmations } = deleted;
  return db.transaction('rw', reportTables(db), async () => {
    const taken = report.id !== undefined && (await db.reports.get(report.id)) !== undefined;
    if (taken || (await findMatches(db, report.canonicalUrl, report.textHash)).length > 0) return false;
    // Row ids are kept: deleted ids are never handed out again, so they are still free.
    const id = await writeReport(db, report, mentions.map(({ reportId: _reportId, ...mention }) => mention));
    await db.clips.where('id').anyOf(clipIds).modify((clip) => {
      if (clip.reportId === null) clip.reportId = id;
    });
    if (text) await db.texts.put({ ...text, reportId: id });
    if (confirmations?.length) await db.confirmations.bulkPut(confirmations.map((c) => ({ ...c, reportId: id })));
    return true;
  });
}

/**
 * Deletes reports with their mentions, texts and confirmations; their clips move to `clipOwner`
 * (null: unlinked).
 */
async function removeReports(db: ReportLensDb, ids: number[], clipOwner: number | null): Promise<void> {
  await db.reports.bulkDelete(ids);
  await db.cards.bulkDelete(ids);
  await db.texts.bulkDelete(ids);
  await db.confirmations.where('reportId').anyOf(ids).delete();
  await db.mentions.where('reportId').anyOf(ids).delete();
  await db.clips.where('reportId').anyOf(ids).modify((clip) => {
    clip.reportId = clipOwner;
  });
}

/**
 * Records matching the URL (as their address or as a mirror) first, then those matching only
 * the text hash; no record twice.
 */
export async function findMatches(db: ReportLensDb, canonicalUrl: string, textHash: string): Promise<SavedReport[]> {
  const byUrl = await db.reports.where('canonicalUrl').equals(canonicalUrl).sortBy('id');
  const bySeenAt = await db.reports.where('seenAt').equals(canonicalUrl).sortBy('id');
  const byHash = textHash ? await db.reports.where('textHash').equals(textHash).sortBy('id') : [];
  const seen = new Set<number | undefined>();
  return [...byUrl, ...bySeenAt, ...byHash].filter((r) => !seen.has(r.id) && seen.add(r.id));
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

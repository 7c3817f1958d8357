import type { PageReport } from '../messages/page-report';
import { canonicalReportUrl } from './canonical-url';
import type { ReportLensDb } from './report-lens-db';
import { savedReportSchema, type SavedReport } from './saved-report';

export class NotAReportError extends Error {
  constructor(url: string) {
    super(`not a report: ${url}`);
    this.name = 'NotAReportError';
  }
}

/** The record a report page becomes, before it has an id. */
export function toSavedReport(report: PageReport, savedAt: number): SavedReport {
  return savedReportSchema.parse({
    url: report.url,
    canonicalUrl: canonicalReportUrl(report.url),
    title: report.meta.title,
    jurisdiction: report.meta.jurisdiction,
    level: report.meta.level,
    year: report.meta.year,
    publishedAt: report.meta.publishedAt,
    textHash: report.textHash,
    savedAt,
    confidence: report.confidence,
    meta: report.meta,
    indicators: report.indicators,
    mentions: report.mentions,
    outline: report.headings.map(({ level, marker, title, area }) => ({ level, marker, title, area })),
  });
}

/**
 * Saves a report page, one record per report: a record with the same canonical URL (the page
 * saved again, maybe after a correction) or the same text hash (the same report reposted on
 * another site) is updated in place, and any further records matching either key are merged
 * away, so repeated saves can never leave duplicates. The URL match wins the id because the
 * page at that address is what the reader saved. Throws NotAReportError for a page the
 * detector rejected: the collection holds reports only.
 */
export async function saveReport(
  db: ReportLensDb,
  report: PageReport,
  savedAt: number = Date.now(),
): Promise<{ id: number; updated: boolean }> {
  if (!report.isReport || !report.textHash) throw new NotAReportError(report.url);
  const record = toSavedReport(report, savedAt);
  return db.transaction('rw', db.reports, async () => {
    const matches = await findMatches(db, record.canonicalUrl, record.textHash);
    const [keep, ...merged] = matches;
    if (merged.length > 0) await db.reports.bulkDelete(merged.map((m) => m.id!));
    const id = await db.reports.put(keep ? { ...record, id: keep.id } : record);
    return { id: id as number, updated: keep !== undefined };
  });
}

/** The saved record for a page, if any, by the same keys saving dedupes on. */
export async function findSavedReport(db: ReportLensDb, url: string, textHash: string): Promise<SavedReport | null> {
  const [match] = await findMatches(db, canonicalReportUrl(url), textHash);
  return match ?? null;
}

/** Saved reports, newest first. */
export async function listReports(db: ReportLensDb): Promise<SavedReport[]> {
  return db.reports.orderBy('savedAt').reverse().toArray();
}

/** Removes a saved report; false when there was none with that id (already deleted elsewhere). */
export async function deleteReport(db: ReportLensDb, id: number): Promise<boolean> {
  const existed = (await db.reports.get(id)) !== undefined;
  await db.reports.delete(id);
  return existed;
}

/** Records matching the URL first, then those matching only the hash; no record twice. */
async function findMatches(db: ReportLensDb, canonicalUrl: string, textHash: string): Promise<SavedReport[]> {
  const byUrl = await db.reports.where('canonicalUrl').equals(canonicalUrl).sortBy('id');
  const byHash = textHash ? await db.reports.where('textHash').equals(textHash).sortBy('id') : [];
  const seen = new Set(byUrl.map((r) => r.id));
  return [...byUrl, ...byHash.filter((r) => !seen.has(r.id))];
}

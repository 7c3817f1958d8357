import { fileReportUrl } from '../paged-text/report-identity';
import type { PageSpan } from '../paged-text/types';
import type { ReportLensDb } from './report-lens-db';
import { findSavedReport } from './reports';
import type { ReportSource } from './report-source';
import type { SavedReport } from './saved-report';
import type { KeptPageText } from './saved-text';

/**
 * The saved report a file belongs to, by the SHA-256 of its bytes: the record that says it was
 * read from that file, else one that took the file's address in (merged with a reposted copy of
 * the same text read from other bytes), else null.
 */
export async function findSavedFileReport(db: ReportLensDb, fingerprint: string): Promise<SavedReport | null> {
  const bySource = await db.reports.where('source.fingerprint').equals(fingerprint).first();
  return bySource ?? findSavedReport(db, fileReportUrl(fingerprint), '');
}

/** What the reader needs to show a saved report again without its file. */
export interface SavedReportText {
  id: number;
  url: string;
  /** The file it was read from; null for a report saved from a web page. */
  source: ReportSource | null;
  /** Where each stretch of `pageText.text` was printed; empty when the text was not read from pages. */
  pageMap: PageSpan[];
  /** PageText without `folded` (foldText rebuilds it). */
  pageText: KeptPageText;
}

/** A saved report's kept text with its page map and source, or null when there is no such report or it kept no text. */
export async function openSavedReport(db: ReportLensDb, id: number): Promise<SavedReportText | null> {
  return db.transaction('r', [db.reports, db.texts], async () => {
    const [report, text] = await Promise.all([db.reports.get(id), db.texts.get(id)]);
    if (!report || !text) return null;
    const { reportId: _reportId, pageMap = [], ...pageText } = text;
    return { id, url: report.url, source: report.source ?? null, pageMap, pageText };
  });
}

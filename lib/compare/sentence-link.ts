import { textFragmentUrl } from '../anchoring/text-fragment';
import { READER_PAGE_PATH, readerQuery } from '../paged-text/reader-path';
import { fingerprintOfFileReportUrl } from '../paged-text/report-identity';

/** The longest quote a reader link carries: enough to find the sentence, short enough for a URL. */
export const LINK_QUOTE_CHARS = 200;

/**
 * The link from a figure to the sentence it was read from, for the extension's own pages (the
 * comparison, the series chart). A web page's report opens at the sentence with a `#:~:text=`
 * fragment; a report read from a file (PDF, .docx) has no page the browser can open there, so it
 * opens in the reader (a path of the extension: relative, it resolves on the popup's and the full
 * view's own origin), which finds the sentence, goes to its printed page and highlights it.
 */
export function sentenceLink(report: { id: string | number; url: string }, sentence: string): string {
  if (fingerprintOfFileReportUrl(report.url) === null) return textFragmentUrl(report.url, { exact: sentence });
  return READER_PAGE_PATH + readerQuery({ report: Number(report.id), quote: sentence.slice(0, LINK_QUOTE_CHARS) });
}

/**
 * The same link for a file that leaves the browser (CSV): the reader's address means nothing
 * there, so a report read from a file links to the file's web address (or, for a file from the
 * reader's disk, to its content address, which the collection file names it by).
 */
export function exportedSentenceLink(report: { url: string; source?: { url: string | null } | null }, sentence: string): string {
  if (fingerprintOfFileReportUrl(report.url) === null) return textFragmentUrl(report.url, { exact: sentence });
  return report.source?.url ?? report.url;
}

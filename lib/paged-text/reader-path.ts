import { FILE_REPORT_URL } from './report-identity';

/**
 * Links into the report reader, without zod: the popup and the full view build them for every
 * figure of a file report, and their bundles stay free of the schemas (reader-link.ts parses
 * them on the reader's side with the same rules, readerTargetProblem).
 */

/** The reader page's path in the extension (entrypoints/reader): links put readerQuery after it. */
export const READER_PAGE_PATH = '/reader.html';

/**
 * What a link into the report reader asks for: a report file on the web (`url`, fetched from a
 * granted site) or a saved report (`report`, its database id), optionally at a printed page with
 * a quote to highlight. The `#:~:text=` fragment cannot reach inside a PDF; this can.
 */
export interface ReaderTarget {
  url?: string;
  report?: number;
  page?: number;
  quote?: string;
}

const MAX_URL_LENGTH = 4096;
const MAX_QUOTE_LENGTH = 500;
const WEB_URL = /^https?:\/\/\S+$/i;

/** Why `target` is no reader link, or null when it is one. */
export function readerTargetProblem(target: ReaderTarget): string | null {
  const { url, report, page, quote } = target;
  if ((url === undefined) === (report === undefined)) return 'a reader link names either a file address or a saved report';
  if (url !== undefined && (url.length > MAX_URL_LENGTH || !(WEB_URL.test(url) || FILE_REPORT_URL.test(url)))) return 'url must be a web or file report address';
  if (report !== undefined && !(Number.isInteger(report) && report > 0)) return 'report must be a saved report id';
  if (page !== undefined && !(Number.isInteger(page) && page > 0)) return 'page must be a page number';
  if (quote !== undefined && (quote.length === 0 || quote.length > MAX_QUOTE_LENGTH)) return `quote must have 1 to ${MAX_QUOTE_LENGTH} characters`;
  return null;
}

/**
 * The query string of the reader page for `target` (append to READER_PAGE_PATH).
 * @throws RangeError for a target that is no reader link (readerTargetProblem)
 */
export function readerQuery(target: ReaderTarget): string {
  const problem = readerTargetProblem(target);
  if (problem) throw new RangeError(problem);
  const query = new URLSearchParams();
  if (target.url !== undefined) query.set('url', target.url);
  if (target.report !== undefined) query.set('report', String(target.report));
  if (target.page !== undefined) query.set('page', String(target.page));
  if (target.quote !== undefined) query.set('quote', target.quote);
  return `?${query}`;
}

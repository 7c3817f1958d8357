/**
 * The address a report read from a local file is known by. A report from the web keeps the
 * address it was fetched from; a file from the reader's disk has none, and its name says nothing
 * stable, so it is known by its content: the SHA-256 of its bytes (ReportFileText.fingerprint).
 * Saved reports, clips and comparison links all use this one form, so the same file opened twice
 * is the same report.
 */
export const FILE_REPORT_PREFIX = 'urn:report-lens:file:';

export const FILE_REPORT_URL = /^urn:report-lens:file:[0-9a-f]{64}$/;

export function fileReportUrl(fingerprint: string): string {
  const url = FILE_REPORT_PREFIX + fingerprint.toLowerCase();
  if (!FILE_REPORT_URL.test(url)) throw new Error(`not a SHA-256 fingerprint: ${fingerprint}`);
  return url;
}

/** The fingerprint a file report's address names, or null for any other address. */
export function fingerprintOfFileReportUrl(url: string): string | null {
  return FILE_REPORT_URL.test(url) ? url.slice(FILE_REPORT_PREFIX.length) : null;
}

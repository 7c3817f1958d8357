import { ReasonedError } from '../errors/reasoned-error';

/** Why a report file could not be read; the UI words each reason in the reader's language. */
export type ReportFileRejection =
  | 'encrypted'
  | 'corrupt'
  | 'image-only'
  | 'truncated'
  | 'too-large'
  | 'unsupported-type'
  /** A file on the web whose site the extension may not reach: the reader grants the site first. */
  | 'not-granted'
  /** A file on the web that could not be fetched: network, HTTP status, a web page instead of the file. */
  | 'unreachable';

export class ReportFileError extends ReasonedError<ReportFileRejection> {}

/** Largest report file read (bytes): far above any real report, below what would stall a tab. */
export const MAX_REPORT_FILE_BYTES = 50 * 1024 * 1024;

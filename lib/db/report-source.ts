import { z } from 'zod';
import type { PageReport } from '../messages/page-report';
import { MAX_REPORT_FILE_BYTES } from '../paged-text/report-file-error';
import { fileReportUrl } from '../paged-text/report-identity';
import type { PageSpan } from '../paged-text/types';

/** Pages a report file may have: far above any real report, a bound on what a message can claim. */
export const MAX_REPORT_PAGES = 20_000;
/** Stretches of a page map (ReportFileText.pageMap): a page is one stretch, or a few around its columns. */
export const MAX_PAGE_SPANS = 100_000;

/**
 * The file a saved report was read from (database version 6): what the reader opened, so the
 * same file opened again — from the web or a local copy — is found by its bytes (`fingerprint`),
 * not by a name that says nothing stable. HTML reports saved from a tab have none.
 */
export const reportSourceSchema = z.strictObject({
  kind: z.enum(['pdf', 'docx', 'html', 'txt']),
  /** The file's name as the reader had it (report.pdf), or the last part of its address. */
  name: z.string().min(1).max(500),
  /** The address it was fetched from; null for a file from the reader's disk. */
  url: z
    .string()
    .max(4096)
    .regex(/^https?:\/\/[^\s]+$/i, 'must be an http(s) URL')
    .nullable(),
  /** SHA-256 of the file's bytes, lower-case hex (ReportFileText.fingerprint). */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lower-case SHA-256 hex digest'),
  /** Printed pages of a PDF; null for formats without fixed pages. */
  pageCount: z.number().int().min(1).max(MAX_REPORT_PAGES).nullable(),
  /** Bytes. */
  size: z.number().int().min(0).max(MAX_REPORT_FILE_BYTES),
});

export const pageSpanSchema = z.strictObject({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  page: z.number().int().min(1).max(MAX_REPORT_PAGES),
}) satisfies z.ZodType<PageSpan>;

/** Where each stretch of a kept text was printed (see PageSpan); empty for formats without pages. */
export const pageMapSchema = z.array(pageSpanSchema).max(MAX_PAGE_SPANS);

export type ReportSource = z.infer<typeof reportSourceSchema>;

/**
 * Why a page map cannot belong to a text of `textLength` characters read from `source`, or null
 * when it can: stretches in text order, not overlapping, inside the text, on pages
 * the file has. pageAt's binary search and the reader's page view rely on exactly this.
 */
export function pageMapProblem(pageMap: readonly PageSpan[], textLength: number, pageCount: number | null): string | null {
  if (pageCount === null && pageMap.length > 0) return 'a file without pages has no page map';
  let previousEnd = 0;
  for (const [index, { start, end, page }] of pageMap.entries()) {
    if (start < previousEnd || end < start) return `pageMap.${index}: stretches must be in text order and not overlap`;
    if (end > textLength) return `pageMap.${index}: ends past the text (${textLength} characters)`;
    if (pageCount !== null && page > pageCount) return `pageMap.${index}: page ${page} of ${pageCount}`;
    previousEnd = end;
  }
  return null;
}

/** What a report read from a file adds to its page reading when it is saved. */
export interface ReportFile {
  source: ReportSource;
  pageMap: PageSpan[];
}

/** A file report the collection cannot hold as sent (see fileReportProblem): nothing is written. */
export class InvalidFileReportError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'InvalidFileReportError';
  }
}

/**
 * Why `report` cannot be saved as read from `file`, or null when it can: it must be known by the
 * file's content address (the same bytes are one report, wherever they were fetched), carry the
 * text the page map indexes (else the reader could not show it again), and the page map must fit
 * that text and the file's pages.
 */
export function fileReportProblem(report: PageReport, { source, pageMap }: ReportFile): string | null {
  if (report.url !== fileReportUrl(source.fingerprint)) return `the report's address must be ${fileReportUrl(source.fingerprint)}`;
  if (!report.pageText) return 'a report read from a file is saved with its text';
  return pageMapProblem(pageMap, report.pageText.text.length, source.pageCount);
}

import { z } from 'zod';
import { pageUrlSchema } from '../messages/page-report';

/**
 * One page of a collection run, as the queue keeps it (database table `collectQueue`, schema
 * version 5): where it was listed, how far it got, and why it failed. Every write goes through
 * this schema, so the popup never reads a record it cannot show.
 */

/** Why a page was not collected; the popup words each in zh and en (collectReason…). */
export const FAILURE_REASONS = [
  /** 404/410: the list links to a page that is gone. */
  'not-found',
  /** Another HTTP error (500, 403…); `detail` has the status. */
  'http-error',
  /** 429/503 answered every try: the site asked us to stop. */
  'rate-limited',
  'timeout',
  /** DNS, connection refused, TLS: the site could not be reached. */
  'network',
  /** The site sent us elsewhere (a login page, another host) and that page is no report. */
  'redirected',
  /** The page was read and is not a report (a look-alike, a news item, an empty shell). */
  'not-a-report',
  /** Not a web page: a PDF or Word file (listed as an attachment for the reader). */
  'not-html',
  /** Larger than the collector reads (MAX_PAGE_BYTES). */
  'too-large',
  /** A site the reader has not granted and outside *.gov.cn: never fetched. */
  'not-allowed',
  /** The engine or the database failed on the page; `detail` says how. */
  'extract-failed',
  'write-failed',
] as const;
export const failureReasonSchema = z.enum(FAILURE_REASONS);
export type FailureReason = z.infer<typeof failureReasonSchema>;

export const QUEUE_STATES = ['pending', 'fetching', 'done', 'failed', 'cancelled'] as const;
export const queueStateSchema = z.enum(QUEUE_STATES);
export type QueueState = z.infer<typeof queueStateSchema>;

/** A PDF/Word/spreadsheet link found on a collected page, for the reader to open. */
export const attachmentSchema = z.strictObject({
  url: pageUrlSchema,
  label: z.string().max(300),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const queueItemSchema = z.strictObject({
  id: z.number().int().positive().optional(),
  url: pageUrlSchema,
  /** canonicalReportUrl(url): one queue entry per page however its link was decorated. */
  canonicalUrl: z.string().max(4096),
  host: z.string().max(255),
  /** The link's title on the list page (what the checklist showed). */
  title: z.string().max(500),
  /** Provenance: the list page it was collected from, and when it was queued and fetched. */
  listUrl: pageUrlSchema,
  addedAt: z.number().int().min(0),
  fetchedAt: z.number().int().min(0).nullable(),
  finishedAt: z.number().int().min(0).nullable(),
  state: queueStateSchema,
  /** Tries so far (a 429/503/timeout is tried again after a back-off). */
  attempts: z.number().int().min(0).max(100),
  /** Not to be started before this time (epoch ms): the back-off after a 429/503. */
  notBefore: z.number().int().min(0),
  reason: failureReasonSchema.nullable(),
  /** Specifics of the failure: the HTTP status, the address redirected to, the engine's error. */
  detail: z.string().max(500).nullable(),
  /** The saved report, once collected. */
  reportId: z.number().int().positive().nullable(),
  /** The page was already in the collection (same address, or the same text elsewhere): updated, not added. */
  duplicate: z.boolean(),
  attachments: z.array(attachmentSchema).max(50),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

import { z } from 'zod';
import { pageReportSchema } from '../messages/page-report';
import { AttachmentFailure, CollectFailure, type FetchedPage } from './collector';
import { attachmentSchema, failureReasonSchema } from './queue-item';
import type { ReadPage } from './read-fetched-page';

/**
 * The fetched page and what reading it gave, as they cross from the background to the page
 * that parses it (Chromium's offscreen document) and back. Extension messages are JSON, so the
 * body travels as base64 and a CollectFailure as its reason and detail; both ends check the
 * other's message with these schemas.
 */

export const READ_PAGE_MESSAGE = 'offscreen/readPage';

export const readPageRequestSchema = z.strictObject({
  type: z.literal(READ_PAGE_MESSAGE),
  requestedUrl: z.string().max(4096),
  page: z.strictObject({
    status: z.number().int(),
    url: z.string().max(4096),
    contentType: z.string().max(500),
    retryAfter: z.string().max(200).nullable(),
    body: z.string(),
  }),
});
export type ReadPageRequest = z.infer<typeof readPageRequestSchema>;

export const readPageReplySchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), report: pageReportSchema, attachments: z.array(attachmentSchema).max(50) }),
  z.strictObject({ ok: z.literal(false), reason: failureReasonSchema, detail: z.string().max(500), attachment: attachmentSchema.nullable() }),
]);
export type ReadPageReply = z.infer<typeof readPageReplySchema>;

/** Bytes per btoa call: String.fromCharCode takes its arguments on the stack. */
const CHUNK = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function readPageRequest(requestedUrl: string, page: FetchedPage): ReadPageRequest {
  return { type: READ_PAGE_MESSAGE, requestedUrl, page: { ...page, body: toBase64(page.body) } };
}

/** Runs `read` on a request's page and words the outcome as a reply (failures included). */
export function answerReadPage(request: ReadPageRequest, read: (requestedUrl: string, page: FetchedPage) => ReadPage): ReadPageReply {
  try {
    const { report, attachments } = read(request.requestedUrl, { ...request.page, body: fromBase64(request.page.body) });
    return { ok: true, report, attachments };
  } catch (error) {
    if (error instanceof CollectFailure) {
      return { ok: false, reason: error.reason, detail: error.detail.slice(0, 500), attachment: error instanceof AttachmentFailure ? error.attachment : null };
    }
    return { ok: false, reason: 'extract-failed', detail: (error instanceof Error ? error.message : String(error)).slice(0, 500), attachment: null };
  }
}

/** The reader's reply back into what readFetchedPage would have returned or thrown. */
export function readPageOfReply(reply: unknown): ReadPage {
  const parsed = readPageReplySchema.safeParse(reply);
  if (!parsed.success) throw new CollectFailure('extract-failed', 'no answer from the page reader');
  const answer = parsed.data;
  if (answer.ok) return { report: answer.report, attachments: answer.attachments };
  if (answer.attachment) throw new AttachmentFailure(answer.attachment, answer.detail);
  throw new CollectFailure(answer.reason, answer.detail);
}

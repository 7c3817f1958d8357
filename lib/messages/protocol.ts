import { z } from 'zod';
import type { SavedReport } from '../db/saved-report';
import { pageReportSchema, type PageReport } from './page-report';

/**
 * The one message protocol of the extension. Every message is a plain object with a `type`;
 * receivers parse it with these schemas and reject anything else, so a message the protocol
 * does not name can never reach a handler. ('tab/*' messages, which only the background sends,
 * are checked in tab-message.ts without zod, to keep zod out of the content script.)
 *
 * Direction is in the name: 'page/*' come from content scripts, 'popup/*' from extension
 * pages, both to the background; 'tab/*' go from the background to one tab's content script.
 */

/** Tab ids are positive integers in Chromium and Firefox; -1 (TAB_ID_NONE) is not a tab. */
const tabId = z.number().int().min(0);

export const backgroundMessageSchema = z.discriminatedUnion('type', [
  /** A content script finished reading its page (report or not). */
  z.strictObject({ type: z.literal('page/extracted'), report: pageReportSchema }),
  /** What the popup shows for a tab: asks the tab's content script, if one runs there. */
  z.strictObject({ type: z.literal('popup/getStatus'), tabId }),
  /** Clip the tab's report into the database. */
  z.strictObject({ type: z.literal('popup/save'), tabId }),
  z.strictObject({ type: z.literal('popup/listReports') }),
  z.strictObject({ type: z.literal('popup/deleteReport'), id: z.number().int().positive() }),
  /** Run the content script on a tab outside *.gov.cn (needs the activeTab grant of a user click). */
  z.strictObject({ type: z.literal('popup/runOnTab'), tabId }),
]);

export type BackgroundMessage = z.infer<typeof backgroundMessageSchema>;
export type BackgroundMessageType = BackgroundMessage['type'];
export type { TabMessage } from './tab-message';

/** A tab as the popup sees it. 'not-run': no content script answered (not gov.cn, or not yet run). */
export interface TabStatus {
  state: 'report' | 'not-report' | 'not-run';
  report: PageReport | null;
  /** Id of the saved record for this page (same canonical URL or same text), if any. */
  savedId: number | null;
}

export interface BackgroundResponses {
  'page/extracted': { accepted: true };
  'popup/getStatus': TabStatus;
  'popup/save': { id: number; updated: boolean };
  'popup/listReports': { reports: SavedReport[] };
  'popup/deleteReport': { deleted: boolean };
  'popup/runOnTab': TabStatus;
}

/** Stable error codes: the popup turns them into localised text. */
export type ErrorCode =
  | 'invalid-message'
  | 'forbidden-sender'
  | 'no-content-script'
  | 'not-a-report'
  | 'cannot-run-here'
  | 'internal';

export type Reply<T extends BackgroundMessageType> =
  | { ok: true; data: BackgroundResponses[T] }
  | { ok: false; error: ErrorCode; detail?: string };

/** A `Reply` for any message, for code that routes without knowing the type statically. */
export type AnyReply = { [T in BackgroundMessageType]: Reply<T> }[BackgroundMessageType];

/** The answer of a content script to 'tab/getReport'. */
export type TabResponses = { 'tab/getReport': PageReport };

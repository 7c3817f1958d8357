import { z } from 'zod';
import { deleteReport, findSavedReport, listReports, NotAReportError, saveReport } from '../../lib/db/reports';
import type { ReportLensDb } from '../../lib/db/report-lens-db';
import { pageReportSchema, type PageReport } from '../../lib/messages/page-report';
import { ProtocolError } from '../../lib/messages/client';
import {
  backgroundMessageSchema,
  type AnyReply,
  type BackgroundMessage,
  type BackgroundResponses,
  type TabMessage,
  type TabStatus,
} from '../../lib/messages/protocol';
import { isAllowedSender, type ExtensionIdentity, type SenderInfo } from '../../lib/messages/sender';

/** What the background needs from the browser, injected so the router runs under fakeBrowser and in tests. */
export interface BackgroundDeps {
  db: ReportLensDb;
  self: ExtensionIdentity;
  /** tabs.sendMessage to the tab's content script; rejects when none listens there. */
  askTab(tabId: number, message: TabMessage): Promise<unknown>;
  /** scripting.executeScript of the content script into the tab. */
  injectContentScript(tabId: number): Promise<void>;
  /** Shows on the toolbar button whether the tab holds a report. */
  markTab(tabId: number, report: PageReport): Promise<void>;
  now(): number;
}

export type MessageHandler = (message: unknown, sender: SenderInfo) => Promise<AnyReply>;

/**
 * The background's message router. Each message is parsed with the protocol's zod schema and
 * checked against its sender's kind before any handler runs; handlers' failures come back as
 * error codes, never as exceptions across the message channel (Chromium would drop them and the
 * popup would wait forever).
 */
export function createMessageHandler(deps: BackgroundDeps): MessageHandler {
  return async (message, sender) => {
    const parsed = backgroundMessageSchema.safeParse(message);
    if (!parsed.success) return { ok: false, error: 'invalid-message', detail: z.prettifyError(parsed.error).slice(0, 500) };
    if (!isAllowedSender(parsed.data.type, sender, deps.self)) return { ok: false, error: 'forbidden-sender' };
    try {
      return { ok: true, data: await route(deps, parsed.data, sender) } as AnyReply;
    } catch (error) {
      if (error instanceof ProtocolError) return { ok: false, error: error.code, detail: error.detail };
      if (error instanceof NotAReportError) return { ok: false, error: 'not-a-report' };
      return { ok: false, error: 'internal', detail: error instanceof Error ? error.message : String(error) };
    }
  };
}

async function route(
  deps: BackgroundDeps,
  message: BackgroundMessage,
  sender: SenderInfo,
): Promise<BackgroundResponses[BackgroundMessage['type']]> {
  switch (message.type) {
    case 'page/extracted':
      // The badge is a courtesy: a tab closed meanwhile must not fail the content script's send.
      await deps.markTab(sender.tab!.id!, message.report).catch(() => undefined);
      return { accepted: true };
    case 'popup/getStatus':
      return tabStatus(deps, message.tabId);
    case 'popup/save': {
      // Ask the tab again rather than trust a cached result: the tab may have navigated since.
      const report = await reportOfTab(deps, message.tabId);
      if (!report) throw new ProtocolError('no-content-script');
      return saveReport(deps.db, report, deps.now());
    }
    case 'popup/listReports':
      return { reports: await listReports(deps.db) };
    case 'popup/deleteReport':
      return { deleted: await deleteReport(deps.db, message.id) };
    case 'popup/runOnTab':
      try {
        await deps.injectContentScript(message.tabId);
      } catch (error) {
        throw new ProtocolError('cannot-run-here', error instanceof Error ? error.message : String(error));
      }
      return tabStatus(deps, message.tabId);
  }
}

/** The tab's own answer, validated like any message: the content script lives in an untrusted page. */
async function reportOfTab(deps: BackgroundDeps, tabId: number): Promise<PageReport | null> {
  const answer = await deps.askTab(tabId, { type: 'tab/getReport' }).catch(() => null);
  const parsed = pageReportSchema.safeParse(answer);
  return parsed.success ? parsed.data : null;
}

async function tabStatus(deps: BackgroundDeps, tabId: number): Promise<TabStatus> {
  const report = await reportOfTab(deps, tabId);
  if (!report) return { state: 'not-run', report: null, savedId: null };
  if (!report.isReport) return { state: 'not-report', report, savedId: null };
  const saved = await findSavedReport(deps.db, report.url, report.textHash);
  return { state: 'report', report, savedId: saved?.id ?? null };
}

/** The onMessage event as Chromium, Firefox and fakeBrowser all type it. */
interface MessageEvent {
  addListener(
    listener: (message: unknown, sender: SenderInfo, sendResponse: (response: unknown) => void) => boolean | undefined,
  ): void;
}

/**
 * Answers every runtime message through `handle`. Returning true keeps the channel open for the
 * asynchronous reply (Chromium's and fakeBrowser's contract; Firefox accepts it too).
 */
export function listenForMessages(onMessage: MessageEvent, handle: MessageHandler): void {
  onMessage.addListener((message, sender, sendResponse) => {
    void handle(message, sender).then(sendResponse);
    return true;
  });
}

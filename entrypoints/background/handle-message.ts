import { z } from 'zod';
import { addClip, deleteClip, getClip, listClips, updateClip } from '../../lib/db/clips';
import { canonicalReportUrl } from '../../lib/db/canonical-url';
import { exportCollection, importCollection } from '../../lib/db/collection-transfer';
import {
  deleteReport,
  findSavedReport,
  getReports,
  listSummaries,
  NotAReportError,
  restoreReport,
  saveReport,
} from '../../lib/db/reports';
import type { ReportLensDb } from '../../lib/db/report-lens-db';
import { listTagNames, tagReport } from '../../lib/db/tags';
import { TextSearch } from '../../lib/db/text-search';
import { ImportError, parseCollectionJson } from '../../lib/export/collection-json';
import { extractReport } from '../../lib/extract/extract-report';
import { pageReportSchema, type PageReport } from '../../lib/messages/page-report';
import { ProtocolError } from '../../lib/messages/client';
import {
  backgroundMessageSchema,
  type AnyReply,
  type BackgroundMessage,
  type BackgroundMessageType,
  type BackgroundResponses,
  type TabMessage,
  type TabStatus,
} from '../../lib/messages/protocol';
import { isReportFileUrl } from '../../lib/page-ui/report-attachments';
import { isAllowedSender, isExtensionPage, type ExtensionIdentity, type SenderInfo } from '../../lib/messages/sender';
import type { SiteAccess } from './site-access';
import { TeachError } from '../../lib/teach/teach-error';
import { isTeachMessage, routeTeach, TEACH_WRITES } from './teach-handlers';
import { COLLECT_WRITES, isCollectMessage, routeCollect, type CollectQueue } from './collect-handlers';
import { isReaderMessage, READER_WRITES, routeReader } from './reader-handlers';
import { InvalidFileReportError } from '../../lib/db/report-source';

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
  /**
   * The reader's per-site grants and the content scripts registered for them. Absent where no
   * browser stands behind the router (benches, tests of other messages): nothing is grantable.
   */
  sites?: SiteAccess;
  /** The tab's address when the browser shows it to the extension (activeTab, a grant), else null. */
  tabUrl?(tabId: number): Promise<string | null>;
  /** The collection queue; absent where no browser can fetch (tests of other messages). */
  collect?: CollectQueue;
  /** Opens the reader page in a new tab on a report file's address (see reader-ways.ts). */
  openReader?(url: string): Promise<void>;
  now(): number;
}

export type MessageHandler = (message: unknown, sender: SenderInfo) => Promise<AnyReply>;

/** Messages that write the database: their failures are write failures, and they stale the text search. */
const WRITES = new Set<BackgroundMessageType>([
  'page/addClip',
  'page/updateClip',
  'page/deleteClip',
  'popup/save',
  'popup/deleteReport',
  'popup/restoreReport',
  'popup/tagReport',
  'popup/deleteClip',
  'popup/importCollection',
  ...TEACH_WRITES,
  ...COLLECT_WRITES,
  ...READER_WRITES,
]);

/**
 * The background's message router. Each message is parsed with the protocol's zod schema and
 * checked against its sender's kind before any handler runs; handlers' failures come back as
 * error codes, never as exceptions across the message channel (Chromium would drop them and the
 * popup would wait forever). A write the database refused comes back as 'write-failed', which
 * the popup shows: the reader must never believe something was kept that was not.
 */
export function createMessageHandler(deps: BackgroundDeps): MessageHandler {
  const textSearch = new TextSearch(deps.db);
  deps.collect?.onSaved(() => textSearch.invalidate());
  return async (message, sender) => {
    const parsed = backgroundMessageSchema.safeParse(message);
    if (!parsed.success) return { ok: false, error: 'invalid-message', detail: z.prettifyError(parsed.error).slice(0, 500) };
    if (!isAllowedSender(parsed.data.type, sender, deps.self)) return { ok: false, error: 'forbidden-sender' };
    const writes = WRITES.has(parsed.data.type);
    try {
      return { ok: true, data: await route(deps, textSearch, parsed.data, sender) } as AnyReply;
    } catch (error) {
      if (error instanceof ProtocolError) return { ok: false, error: error.code, detail: error.detail };
      if (error instanceof NotAReportError) return { ok: false, error: 'not-a-report' };
      if (error instanceof ImportError) return { ok: false, error: 'invalid-import', detail: error.message };
      if (error instanceof TeachError) return { ok: false, error: 'teach-rejected', detail: error.message };
      if (error instanceof InvalidFileReportError) return { ok: false, error: 'invalid-message', detail: error.message };
      // Dexie appends the inner error's text on further lines; the first says it.
      const detail = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]!.trim()}`.slice(0, 500) : String(error);
      return { ok: false, error: writes ? 'write-failed' : 'internal', detail };
    } finally {
      // Also after a failed write: a partly applied one is rolled back, but rebuilding is cheap.
      if (writes) textSearch.invalidate();
    }
  };
}

async function route(
  deps: BackgroundDeps,
  textSearch: TextSearch,
  message: BackgroundMessage,
  sender: SenderInfo,
): Promise<BackgroundResponses[BackgroundMessage['type']]> {
  const { db } = deps;
  if (isTeachMessage(message)) {
    if (message.type === 'page/teach' || message.type === 'page/findCandidates') assertOwnPage(deps, sender, message.url);
    return routeTeach(deps, message);
  }
  if (isCollectMessage(message)) return routeCollect(deps, message, sender);
  if (isReaderMessage(message)) return routeReader(deps, message);
  switch (message.type) {
    case 'page/extract':
      return extractReport(message.page);
    case 'page/extracted':
      // The badge is a courtesy: a tab closed meanwhile must not fail the content script's send.
      if (sender.tab?.id !== undefined && !isExtensionPage(sender, deps.self)) await deps.markTab(sender.tab.id, message.report).catch(() => undefined);
      return { accepted: true };
    case 'page/addClip':
      assertOwnPage(deps, sender, message.clip.url);
      return addClip(db, message.clip, deps.now());
    case 'page/listClips':
      assertOwnPage(deps, sender, message.url);
      return { clips: await listClips(db, message.url) };
    case 'page/updateClip':
      await assertOwnClip(deps, sender, message.id);
      return { updated: await updateClip(db, message.id, { label: message.label, note: message.note }) };
    case 'page/deleteClip':
      await assertOwnClip(deps, sender, message.id);
      return { deleted: await deleteClip(db, message.id) };
    case 'page/openReader':
      if (!deps.openReader) throw new ProtocolError('internal', 'no reader to open here');
      await deps.openReader(message.url);
      return { opened: true };
    case 'popup/listClips':
      return { clips: await listClips(db, message.url) };
    case 'popup/deleteClip':
      return { deleted: await deleteClip(db, message.id) };
    case 'popup/getStatus':
      return tabStatus(deps, message.tabId);
    case 'popup/save': {
      // Ask the tab again rather than trust a cached result: the tab may have navigated since.
      const report = await reportOfTab(deps, message.tabId);
      if (!report) throw new ProtocolError('no-content-script');
      return saveReport(db, report, deps.now());
    }
    case 'popup/listReports': {
      const [reports, tags] = await Promise.all([listSummaries(db), listTagNames(db)]);
      return { reports, tags };
    }
    case 'popup/getReports':
      return { reports: await getReports(db, message.ids) };
    case 'popup/searchText':
      return { ids: await textSearch.search(message.query) };
    case 'popup/deleteReport':
      return { deleted: await deleteReport(db, message.id) };
    case 'popup/restoreReport':
      return { restored: await restoreReport(db, message.deleted) };
    case 'popup/tagReport':
      return { tags: await tagReport(db, message.id, message.tag, message.on, deps.now()) };
    case 'popup/exportCollection':
      return { collection: await exportCollection(db, deps.now()) };
    case 'popup/importCollection':
      return importCollection(db, parseCollectionJson(message.json), deps.now());
    case 'popup/runOnTab':
      try {
        await deps.injectContentScript(message.tabId);
      } catch (error) {
        throw new ProtocolError('cannot-run-here', error instanceof Error ? error.message : String(error));
      }
      return tabStatus(deps, message.tabId);
    case 'popup/listSites':
      return { sites: (await deps.sites?.sync()) ?? [] };
    case 'popup/allowSite':
      // The popup obtained the grant; the browser's word decides, not the message.
      if (!deps.sites || !(await deps.sites.isGranted(message.pattern))) throw new ProtocolError('not-granted');
      return { sites: await deps.sites.sync() };
    case 'popup/revokeSite':
      return { sites: (await deps.sites?.revoke(message.pattern)) ?? [] };
  }
}

/**
 * A content script acts on its own page's clips only: a subverted page must not plant clips on
 * another site's page or read what the reader kept elsewhere. The sender's URL is the browser's
 * word, not the page's. The reader page, an extension page, acts for the files it shows.
 */
function assertOwnPage(deps: BackgroundDeps, sender: SenderInfo, url: string): void {
  if (isExtensionPage(sender, deps.self)) return;
  if (!sender.url || canonicalReportUrl(sender.url) !== canonicalReportUrl(url)) {
    throw new ProtocolError('forbidden-sender', 'a page may only touch its own clips');
  }
}

/** Another page's clip answers as missing: whether it exists is not the sender's business. */
async function assertOwnClip(deps: BackgroundDeps, sender: SenderInfo, id: number): Promise<void> {
  const clip = await getClip(deps.db, id);
  if (clip && isExtensionPage(sender, deps.self)) return;
  if (!clip || !sender.url || clip.canonicalUrl !== canonicalReportUrl(sender.url)) throw new ProtocolError('not-found');
}

/** The tab's own answer, validated like any message: the content script lives in an untrusted page. */
async function reportOfTab(deps: BackgroundDeps, tabId: number): Promise<PageReport | null> {
  const answer = await deps.askTab(tabId, { type: 'tab/getReport' }).catch(() => null);
  const parsed = pageReportSchema.safeParse(answer);
  return parsed.success ? parsed.data : null;
}

async function tabStatus(deps: BackgroundDeps, tabId: number): Promise<TabStatus> {
  const report = await reportOfTab(deps, tabId);
  const address = (await deps.tabUrl?.(tabId).catch(() => null)) ?? null;
  const site = await siteOfTab(deps, address ?? report?.url ?? null);
  const file = readerFileOf(deps, address, site);
  if (!report) return { state: 'not-run', report: null, savedId: null, site, file };
  if (!report.isReport) return { state: 'not-report', report, savedId: null, site, file };
  const saved = await findSavedReport(deps.db, report.url, report.textHash);
  return { state: 'report', report, savedId: saved?.id ?? null, site, file };
}

/**
 * The tab's site for the grant control: the browser's address of the tab, else the one its
 * content script reported. A courtesy: when neither is known, or the browser will not say, the
 * popup simply offers no grant (never an error in the way of the page's status).
 */
async function siteOfTab(deps: BackgroundDeps, url: string | null): Promise<TabStatus['site']> {
  if (!deps.sites) return null;
  try {
    return await deps.sites.statusOf(url);
  } catch {
    return null;
  }
}

/**
 * The tab's address when it shows a PDF/Word file the reader may fetch: on the declared sites
 * (no grant control: `site` is null) or a granted one. On a site not granted, the popup's grant
 * control comes first; once granted, the status read again offers the file.
 */
function readerFileOf(deps: BackgroundDeps, address: string | null, site: TabStatus['site']): string | null {
  if (!address || !deps.sites || !isReportFileUrl(address)) return null;
  return site === null || site.granted ? address : null;
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

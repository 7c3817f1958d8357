import { z } from 'zod';
import { MAX_COMPARED_REPORTS } from '../compare/build-comparison';
import type { ImportSummary } from '../db/collection-transfer';
import type { DeletedReport } from '../db/reports';
import type { ReportSummary } from '../db/report-summary';
import { savedClipSchema, type SavedClip } from '../db/saved-clip';
import { savedReportSchema, storedMentionSchema, tagNameSchema, type SavedReport } from '../db/saved-report';
import { IMPORT_LIMITS, type CollectionJson } from '../export/collection-json';
import { pageReportSchema, pageUrlSchema, type PageReport } from './page-report';
import { storedTextSchema } from '../db/saved-text';
import { pageMapSchema, reportSourceSchema } from '../db/report-source';
import type { SavedReportText } from '../db/file-reports';
import { anyIndicatorKeySchema, confirmationSchema, quoteSchema, userIndicatorIdSchema, type UserIndicator } from '../teach/user-indicator';
import type { Candidate, CandidateReport, ReextractSummary, Teachings } from '../teach/teach-store';
import { mentionSummarySchema } from './page-report';
import { isSitePattern, MAX_SITE_PATTERN_LENGTH } from './site-pattern';
import { pageTextSchema } from '../page-text/page-text-schema';
import type { ReportExtraction } from '../extract/extract-report';
import { MAX_PAGE_LINKS } from '../page-text/page-links';
import type { CollectStatus, LinkState } from '../collect/collect-status';

/**
 * The one message protocol of the extension. Every message is a plain object with a `type`;
 * receivers parse it with these schemas and reject anything else, so a message the protocol
 * does not name can never reach a handler. ('tab/*' messages, which only the background sends,
 * are checked in tab-message.ts without zod, to keep zod out of the content script.)
 *
 * Direction is in the name: 'page/*' come from content scripts (and the reader page, which
 * annotates the files it shows like a page), 'popup/*' from extension pages, 'reader/*' from the
 * reader page, all to the background; 'tab/*' go from the background to one tab's content script.
 */

/** Tab ids are positive integers in Chromium and Firefox; -1 (TAB_ID_NONE) is not a tab. */
const tabId = z.number().int().min(0);
const recordId = z.number().int().positive();
/** One site the reader grants or revokes (see site-pattern.ts); never a broader pattern. */
const sitePattern = z.string().max(MAX_SITE_PATTERN_LENGTH).refine(isSitePattern, 'must name one site: *://host/*');

/** What deleteReport handed the popup, coming back for undo: checked like any record. */
const deletedReportSchema = z.strictObject({
  report: savedReportSchema.extend({ id: recordId }),
  mentions: z.array(storedMentionSchema).max(5000),
  clipIds: z.array(recordId).max(IMPORT_LIMITS.clips),
  text: storedTextSchema.optional(),
  confirmations: z.array(confirmationSchema).max(1000).optional(),
});

/** A new clip as a content script sends it: the background adds its id, canonical URL, report and time. */
export const clipInputSchema = savedClipSchema
  .omit({ id: true, canonicalUrl: true, reportId: true, createdAt: true })
  .extend({ url: pageUrlSchema });

/** The figure a reader teaches from: what the page's engine read of it. */
const teachExampleSchema = mentionSummarySchema.pick({
  label: true,
  value: true,
  unit: true,
  approximate: true,
  change: true,
  scope: true,
  text: true,
  start: true,
  end: true,
});

/** Links of a list page the reader ticked for collection (what its checklist showed). */
const collectLinksSchema = z
  .array(z.strictObject({ url: pageUrlSchema, title: z.string().max(500) }))
  .min(1)
  .max(MAX_PAGE_LINKS);
const linkUrlsSchema = z.array(pageUrlSchema).max(MAX_PAGE_LINKS);

/** Either language may be left empty (''), not both: refused with a reason, not as a bad message. */
const optionalName = z.string().max(60).optional();

export const backgroundMessageSchema = z.discriminatedUnion('type', [
  /**
   * Run the engine on the sender's page text. The background's engine is compiled and warm after its
   * first report, while a fresh tab would compile it from scratch on every page load (most of a cold
   * first read), so the tab only reads the DOM and paints.
   */
  z.strictObject({ type: z.literal('page/extract'), page: pageTextSchema }),
  /**
   * "This is indicator…" on the sender's own page: a new user indicator named by the reader, or
   * an existing key (canonical or user). The figure is confirmed for the page's saved report.
   */
  z.strictObject({
    type: z.literal('page/teach'),
    url: pageUrlSchema,
    textHash: z.string().max(64),
    example: teachExampleSchema,
    target: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('new'), nameZh: optionalName, nameEn: optionalName }),
      z.strictObject({ kind: z.literal('existing'), key: anyIndicatorKeySchema }),
    ]),
  }),
  /** The reader's own indicators, by name, for the page's teach form. */
  z.strictObject({ type: z.literal('page/listUserIndicators') }),
  /**
   * A figure card's "find in other reports": sentences of the other saved reports (not the
   * sender's page) that may state the figure, ranked by how alike their labels read.
   */
  z.strictObject({
    type: z.literal('page/findCandidates'),
    url: pageUrlSchema,
    textHash: z.string().max(64),
    figure: z.strictObject({ label: z.string().min(1).max(500), unit: z.string().min(1).max(20), scope: z.string().max(50).nullable() }),
  }),
  /**
   * The reader confirms one of those candidates as an indicator. Named by its place only: the
   * background takes value and sentence from the saved report, so a page can confirm a figure a
   * report states and nothing else.
   */
  z.strictObject({
    type: z.literal('page/confirmCandidate'),
    reportId: recordId,
    indicatorKey: anyIndicatorKeySchema,
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  }),
  z.strictObject({ type: z.literal('popup/listUserIndicators') }),
  z.strictObject({
    type: z.literal('popup/renameUserIndicator'),
    id: userIndicatorIdSchema,
    nameZh: optionalName,
    nameEn: optionalName,
  }),
  z.strictObject({ type: z.literal('popup/mergeUserIndicators'), into: userIndicatorIdSchema, from: userIndicatorIdSchema }),
  z.strictObject({ type: z.literal('popup/deleteUserIndicator'), id: userIndicatorIdSchema }),
  /** User indicators' figures and confirmed cells for the compared reports. */
  z.strictObject({ type: z.literal('popup/getTeachings'), ids: z.array(recordId).min(1).max(MAX_COMPARED_REPORTS) }),
  /**
   * Sentences that may state an indicator in the given reports: by key (a 未披露 cell), or by a
   * figure's label (a figure card's "find in other reports").
   */
  z.strictObject({
    type: z.literal('popup/findCandidates'),
    reportIds: z.array(recordId).min(1).max(MAX_COMPARED_REPORTS),
    by: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('key'), key: anyIndicatorKeySchema }),
      z.strictObject({ kind: z.literal('label'), label: z.string().min(1).max(500), unit: z.string().min(1).max(20), scope: z.string().max(50).nullable() }),
    ]),
  }),
  z.strictObject({
    type: z.literal('popup/confirmFigure'),
    reportId: recordId,
    indicatorKey: anyIndicatorKeySchema,
    value: z.number().refine(Number.isFinite),
    unit: z.string().max(20),
    quote: quoteSchema,
  }),
  /** Reads every saved report with a kept text again. */
  z.strictObject({ type: z.literal('popup/reextract') }),
  /** A content script finished reading its page (report or not). */
  z.strictObject({ type: z.literal('page/extracted'), report: pageReportSchema }),
  /** Keep a clip of the sender's own page (same clip again: updated, not duplicated). */
  z.strictObject({ type: z.literal('page/addClip'), clip: clipInputSchema }),
  /** The clips of the sender's own page, to re-anchor them; a page cannot read other pages' clips. */
  z.strictObject({ type: z.literal('page/listClips'), url: pageUrlSchema }),
  /** The reader edits a clip's label or note from the page (the sender's own page's clips only). */
  z.strictObject({
    type: z.literal('page/updateClip'),
    id: recordId,
    label: savedClipSchema.shape.label.optional(),
    note: savedClipSchema.shape.note.optional(),
  }),
  z.strictObject({ type: z.literal('page/deleteClip'), id: recordId }),
  /**
   * 在报告透镜中打开 on an article page that is mainly a link to the report file: a content script
   * cannot open an extension page, so the background opens the reader on the file's address (the
   * reader itself fetches from granted sites only, so the address widens nothing).
   */
  z.strictObject({ type: z.literal('page/openReader'), url: pageUrlSchema }),
  /**
   * Reader page ('reader/*', from reader.html only). Save the report file it shows: the report as
   * the annotator read it (known by the file's content address, with its text), the file it was
   * read from and where each stretch of the text was printed. The same bytes saved again update
   * the one record.
   */
  z.strictObject({ type: z.literal('reader/save'), report: pageReportSchema, source: reportSourceSchema, pageMap: pageMapSchema }),
  /** A saved report's kept text, page map and source, for the reader to show it again (a ?report= link). */
  z.strictObject({ type: z.literal('reader/openSaved'), id: recordId }),
  /** The saved report read from the file with this SHA-256, if any: the reader marks it saved. */
  z.strictObject({ type: z.literal('reader/findSaved'), fingerprint: reportSourceSchema.shape.fingerprint }),
  /** What the popup shows for a tab: asks the tab's content script, if one runs there. */
  z.strictObject({ type: z.literal('popup/getStatus'), tabId }),
  /** Clip the tab's report into the database. */
  z.strictObject({ type: z.literal('popup/save'), tabId }),
  /** The collection as summaries (no figures), with every tag name. */
  z.strictObject({ type: z.literal('popup/listReports') }),
  /** Whole records, figures included, for the comparison (2–10 of them). */
  z.strictObject({ type: z.literal('popup/getReports'), ids: z.array(recordId).min(1).max(MAX_COMPARED_REPORTS) }),
  /** Ids of reports whose headings or figure sentences contain every term. */
  z.strictObject({ type: z.literal('popup/searchText'), query: z.string().max(200) }),
  /** Answers with what was deleted, which the popup hands back to undo. */
  z.strictObject({ type: z.literal('popup/deleteReport'), id: recordId }),
  z.strictObject({ type: z.literal('popup/restoreReport'), deleted: deletedReportSchema }),
  z.strictObject({ type: z.literal('popup/tagReport'), id: recordId, tag: tagNameSchema, on: z.boolean() }),
  z.strictObject({ type: z.literal('popup/exportCollection') }),
  /** The text of a collection file; parsed and checked here, in the background (see parseCollectionJson). */
  z.strictObject({ type: z.literal('popup/importCollection'), json: z.string().max(IMPORT_LIMITS.textLength) }),
  /** All clips, or one page's. */
  z.strictObject({ type: z.literal('popup/listClips'), url: pageUrlSchema.optional() }),
  z.strictObject({ type: z.literal('popup/deleteClip'), id: recordId }),
  /**
   * Collection queue (lib/collect, handled in entrypoints/background/collect-handlers.ts). A list
   * page queues the links its reader ticked; its own address, the browser's word, is their list.
   */
  z.strictObject({ type: z.literal('page/collectStart'), links: collectLinksSchema }),
  /** Saved/queued state of a list page's links, for its checklist. */
  z.strictObject({ type: z.literal('page/collectLinks'), urls: linkUrlsSchema }),
  z.strictObject({ type: z.literal('popup/collectStart'), listUrl: pageUrlSchema, links: collectLinksSchema }),
  z.strictObject({ type: z.literal('popup/collectPause') }),
  z.strictObject({ type: z.literal('popup/collectResume') }),
  /** Cancels every page not collected yet. */
  z.strictObject({ type: z.literal('popup/collectCancel') }),
  /** Queues one failed or cancelled page again, or all of them. */
  z.strictObject({ type: z.literal('popup/collectRetry'), id: recordId.optional() }),
  /** The queue and its progress; with `urls`, the saved/queued state of each (the popup's checklist). */
  z.strictObject({ type: z.literal('popup/collectStatus'), urls: linkUrlsSchema.optional() }),
  /** Run the content script on a tab outside *.gov.cn (needs the activeTab grant of a user click). */
  z.strictObject({ type: z.literal('popup/runOnTab'), tabId }),
  /** The sites the reader granted (optional host permissions), each with its registered content script. */
  z.strictObject({ type: z.literal('popup/listSites') }),
  /**
   * The popup has just obtained the grant (permissions.request needs the reader's click, so the
   * popup asks, not the background): register the content script there. Refused when the browser
   * does not hold the grant: a message alone never widens what the extension reaches.
   */
  z.strictObject({ type: z.literal('popup/allowSite'), pattern: sitePattern }),
  /** Give a site back: its content script is unregistered and the permission removed. */
  z.strictObject({ type: z.literal('popup/revokeSite'), pattern: sitePattern }),
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
  /**
   * The tab's site, when the reader could grant it: a web page outside the sites the content
   * script is declared for, whose address the browser lets the extension see (after the toolbar
   * click, activeTab shows it). null otherwise.
   */
  site: SiteStatus | null;
  /**
   * The tab's address when the tab shows a PDF or Word file on a site the extension may fetch
   * (declared or granted): the popup offers to open it in the reader. null otherwise.
   */
  file: string | null;
}

export interface SiteStatus {
  /** `*://host/*` (see site-pattern.ts). */
  pattern: string;
  /** The reader granted it: the content script runs there on every visit. */
  granted: boolean;
}

export interface BackgroundResponses {
  'page/extract': ReportExtraction;
  /** `filled`: saved reports the new indicator found a figure in; `confirmed`: the page's report got the figure. */
  'page/teach': { indicatorKey: string; filled: number; confirmed: boolean };
  'page/listUserIndicators': { indicators: Array<Pick<UserIndicator, 'id' | 'nameZh' | 'nameEn'>> };
  /** `reports`: who each candidate's report is, for the list to say where a sentence is from. */
  'page/findCandidates': { candidates: Candidate[]; reports: CandidateReport[] };
  'page/confirmCandidate': { id: number };
  'popup/listUserIndicators': { indicators: UserIndicator[] };
  'popup/renameUserIndicator': { indicator: UserIndicator };
  'popup/mergeUserIndicators': { indicator: UserIndicator };
  'popup/deleteUserIndicator': { deleted: boolean };
  'popup/getTeachings': Teachings;
  'popup/findCandidates': { candidates: Candidate[] };
  'popup/confirmFigure': { id: number };
  'popup/reextract': ReextractSummary;
  'page/extracted': { accepted: true };
  /** `created` is false when the same clip existed and was updated. */
  'page/addClip': { id: number; created: boolean };
  'page/listClips': { clips: SavedClip[] };
  'page/updateClip': { updated: boolean };
  'page/deleteClip': { deleted: boolean };
  'page/openReader': { opened: true };
  'reader/save': { id: number; updated: boolean };
  /** not-found when there is no such report or it kept no text. */
  'reader/openSaved': SavedReportText;
  'reader/findSaved': { id: number | null };
  'popup/listClips': { clips: SavedClip[] };
  'popup/deleteClip': { deleted: boolean };
  'popup/getStatus': TabStatus;
  'popup/save': { id: number; updated: boolean };
  'popup/listReports': { reports: ReportSummary[]; tags: string[] };
  'popup/getReports': { reports: SavedReport[] };
  'popup/searchText': { ids: number[] };
  /** null when there was nothing to delete. */
  'popup/deleteReport': { deleted: DeletedReport | null };
  /** false when the report was saved again meanwhile (nothing restored, nothing duplicated). */
  'popup/restoreReport': { restored: boolean };
  /** The report's tags after the change; null when the report is gone. */
  'popup/tagReport': { tags: string[] | null };
  'popup/exportCollection': { collection: CollectionJson };
  'popup/importCollection': ImportSummary;
  'popup/runOnTab': TabStatus;
  /** Granted site patterns, sorted by host. */
  'popup/listSites': { sites: string[] };
  'popup/allowSite': { sites: string[] };
  'popup/revokeSite': { sites: string[] };
  /** Pages queued now, and links left out (already queued or collected). */
  'page/collectStart': { added: number; skipped: number };
  'page/collectLinks': { links: LinkState[] };
  'popup/collectStart': { added: number; skipped: number };
  'popup/collectPause': CollectStatus;
  'popup/collectResume': CollectStatus;
  'popup/collectCancel': CollectStatus;
  'popup/collectRetry': CollectStatus;
  'popup/collectStatus': CollectStatus & { links: LinkState[] };
}

/** Stable error codes: the popup turns them into localised text. */
export type ErrorCode =
  | 'invalid-message'
  | 'forbidden-sender'
  | 'no-content-script'
  | 'not-a-report'
  | 'cannot-run-here'
  | 'not-found'
  /** popup/allowSite for a site the browser has not granted (the reader declined the prompt). */
  | 'not-granted'
  /** The database refused a write (quota, disk, a closed database): nothing was saved. */
  | 'write-failed'
  /** An imported file was refused; `detail` is `reason` or `reason:specifics` (ImportRejection). */
  | 'invalid-import'
  /** A teaching or confirmation was refused; `detail` is `reason` or `reason:specifics` (TeachRejection). */
  | 'teach-rejected'
  | 'internal';

export type Reply<T extends BackgroundMessageType> =
  | { ok: true; data: BackgroundResponses[T] }
  | { ok: false; error: ErrorCode; detail?: string };

/** A `Reply` for any message, for code that routes without knowing the type statically. */
export type AnyReply = { [T in BackgroundMessageType]: Reply<T> }[BackgroundMessageType];

/** The answer of a content script to 'tab/getReport'. */
export type TabResponses = { 'tab/getReport': PageReport };

import { z } from 'zod';
import { JURISDICTION_LEVELS } from '../metadata/types';
import { AREA_KEYS, type AreaKey } from '../taxonomy/areas';
import { INDICATOR_KEYS, type IndicatorKey } from '../taxonomy/indicators';
import { pageTextSchema } from '../db/saved-text';
import { MAX_PAGE_LINKS } from '../page-text/page-links';

/**
 * What a content script reports about its page: the engine's result cut down to what the
 * popup shows and the database keeps. These schemas are the trust boundary between a page
 * (whose text the engine read) and the background, so every string and list is bounded: a
 * hostile or broken page can make the engine produce junk, never an unbounded message.
 */

/** z.enum needs a non-empty tuple; the key lists are non-empty constants. */
export const indicatorKeySchema = z.enum(INDICATOR_KEYS as [IndicatorKey, ...IndicatorKey[]]);
export const areaKeySchema = z.enum(AREA_KEYS as [AreaKey, ...AreaKey[]]);

const finiteNumber = z.number().refine(Number.isFinite, 'must be finite');
const offset = z.number().int().min(0);
const shortText = z.string().max(500);
const sentence = z.string().max(4000);

export const reportMetaSchema = z.object({
  jurisdiction: z.string().max(100).nullable(),
  level: z.enum(JURISDICTION_LEVELS),
  year: z.number().int().min(1949).max(2200).nullable(),
  title: shortText.nullable(),
  publisher: shortText.nullable(),
  publishedAt: z.string().max(40).nullable(),
  onTime: z.boolean().nullable(),
  missingParts: z.array(z.string().max(100)).max(50),
});

/** A heading as the popup and the database need it; offsets let the page re-anchor it. */
export const headingSummarySchema = z.object({
  level: z.number().int().min(1).max(9),
  marker: z.string().max(20),
  title: shortText,
  area: areaKeySchema.nullable(),
  start: offset,
  end: offset,
});

export const mentionSummarySchema = z.object({
  key: indicatorKeySchema.nullable(),
  label: shortText,
  value: finiteNumber,
  unit: z.string().max(20),
  approximate: z.boolean(),
  change: z.enum(['up', 'down']).nullable(),
  scope: z.string().max(50).nullable(),
  /** See Mention.period; absent in records and exports written before it existed. */
  period: z.string().max(30).nullable().default(null),
  text: sentence,
  start: offset,
  end: offset,
  section: z.number().int().min(-1),
});

/** One canonical figure: what the comparison table prints, with the sentence it links back to. */
export const indicatorFigureSchema = z.object({
  value: finiteNumber,
  unit: z.string().max(20),
  approximate: z.boolean(),
  sentence,
});

export const indicatorFiguresSchema = z.partialRecord(indicatorKeySchema, indicatorFigureSchema);

/**
 * A page address: http(s) only. The popup renders saved URLs as links, and a javascript: or
 * data: "URL" from a subverted content script must never get that far.
 */
/** A report's address: the page it was read from, or a local file's content address (lib/paged-text/report-identity.ts). */
export const pageUrlSchema = z
  .string()
  .max(4096)
  .regex(/^(?:https?:\/\/[^\s]+|urn:report-lens:file:[0-9a-f]{64})$/i, 'must be an http(s) URL or a file report address');

/** A report linked from a list page, as its checklist shows it (lib/collect/list-links.ts). */
export const listedLinkSchema = z.object({
  url: pageUrlSchema,
  title: shortText,
  year: z.number().int().min(1949).max(2200).nullable(),
  jurisdiction: z.string().max(100).nullable(),
});

export const pageReportSchema = z.object({
  url: pageUrlSchema,
  isReport: z.boolean(),
  confidence: z.number().min(0).max(1),
  reasons: z.array(z.string().max(200)).max(100),
  meta: reportMetaSchema,
  headings: z.array(headingSummarySchema).max(2000),
  mentions: z.array(mentionSummarySchema).max(5000),
  indicators: indicatorFiguresSchema,
  /** '' when the page is not a report (the engine does not hash pages it rejected). */
  textHash: z.string().max(64),
  /** Highlight ranges actually registered on the page (a located span can fail to map to DOM). */
  painted: z.object({ headings: z.number().int().min(0), figures: z.number().int().min(0) }),
  /**
   * The page text the engine read, only in a tab's answer to 'tab/getReport' (saving keeps it, so
   * the report can be read again later); never in 'page/extracted'.
   */
  pageText: pageTextSchema.optional(),
  /**
   * On a list/column page that is no report itself: the reports it links to (the collector's
   * checklist) and whether the page had more links than were read.
   */
  listPage: z.object({ links: z.array(listedLinkSchema).max(MAX_PAGE_LINKS), truncated: z.boolean() }).optional(),
  /**
   * On an article page that is no report itself but mainly a link to the report's PDF or Word
   * file (lib/page-ui/report-attachments.ts): that file, which the reader can open.
   */
  attachment: z.object({ url: pageUrlSchema, title: shortText }).optional(),
});

export type ReportMetaSummary = z.infer<typeof reportMetaSchema>;
export type HeadingSummary = z.infer<typeof headingSummarySchema>;
export type MentionSummary = z.infer<typeof mentionSummarySchema>;
export type IndicatorFigure = z.infer<typeof indicatorFigureSchema>;
export type IndicatorFigures = z.infer<typeof indicatorFiguresSchema>;
export type PageReport = z.infer<typeof pageReportSchema>;
export type ListedLink = z.infer<typeof listedLinkSchema>;

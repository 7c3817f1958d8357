import { z } from 'zod';
import {
  areaKeySchema,
  indicatorFiguresSchema,
  mentionSummarySchema,
  pageUrlSchema,
  reportMetaSchema,
} from '../messages/page-report';
import { reportSourceSchema } from './report-source';

/** A heading kept with a saved report: enough to show its outline, not to re-anchor it. */
export const savedHeadingSchema = z.object({
  level: z.number().int().min(1).max(9),
  marker: z.string().max(20),
  title: z.string().max(500),
  area: areaKeySchema.nullable(),
});

/** A tag name as the reader typed it, trimmed; tags are plain words, not a hierarchy. */
export const tagNameSchema = z.string().trim().min(1).max(40);

/**
 * One saved report (database version 2). The top-level scalar fields duplicate `meta` on
 * purpose: they are what the database indexes and the list sorts and facets by, and they stay
 * stable when ReportMeta grows. The report's mentions live in their own table (StoredMention),
 * so listing 1,000 reports never reads 50,000 sentences. Every write goes through this schema,
 * so the database never holds a record the popup and the exports cannot read.
 */
export const savedReportSchema = z.object({
  id: z.number().int().positive().optional(),
  url: pageUrlSchema,
  /** See canonicalReportUrl: one record per report however the URL was decorated. */
  canonicalUrl: z.string().max(4096),
  title: z.string().max(500).nullable(),
  jurisdiction: z.string().max(100).nullable(),
  level: reportMetaSchema.shape.level,
  year: z.number().int().nullable(),
  /** Province-level unit when the report prints it (see provinceOf); null means unknown, not none. */
  province: z.string().max(20).nullable(),
  publishedAt: z.string().max(40).nullable(),
  /** Hash of the body text: the same report reposted elsewhere is the same record. */
  textHash: z.string().min(1).max(64),
  /** Epoch milliseconds. */
  savedAt: z.number().int().min(0),
  confidence: z.number().min(0).max(1),
  meta: reportMetaSchema,
  indicators: indicatorFiguresSchema,
  outline: z.array(savedHeadingSchema).max(2000),
  /** Number of rows the report has in the mentions table (the list shows it without reading them). */
  mentionCount: z.number().int().min(0),
  /** Other addresses the same text was seen at (reposts), canonical, oldest first, never `url` itself. */
  seenAt: z.array(z.string().max(4096)).max(100),
  tags: z.array(tagNameSchema).max(50),
  /**
   * Whether the report's page text is kept (texts table, database version 4): reports saved
   * before cannot be read again until they are saved again. Absent in older records and files.
   */
  hasText: z.boolean().default(false),
  /**
   * The file the report was read from in the reader (database version 6); absent for a report
   * saved from a web page. Its `url` is then fileReportUrl(source.fingerprint).
   */
  source: reportSourceSchema.optional(),
});

/** A mention row: one figure of one saved report, in the report's reading order (`order`). */
export const storedMentionSchema = mentionSummarySchema.extend({
  id: z.number().int().positive().optional(),
  reportId: z.number().int().positive(),
  order: z.number().int().min(0),
});

/** A tag the reader created; kept even when no report carries it, so the list of tags is stable. */
export const savedTagSchema = z.object({
  name: tagNameSchema,
  createdAt: z.number().int().min(0),
});

export type SavedReport = z.infer<typeof savedReportSchema>;
export type StoredMention = z.infer<typeof storedMentionSchema>;
export type SavedTag = z.infer<typeof savedTagSchema>;

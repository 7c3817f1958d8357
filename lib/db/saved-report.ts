import { z } from 'zod';
import {
  areaKeySchema,
  indicatorFiguresSchema,
  mentionSummarySchema,
  pageUrlSchema,
  reportMetaSchema,
} from '../messages/page-report';

/** A heading kept with a saved report: enough to show its outline, not to re-anchor it. */
export const savedHeadingSchema = z.object({
  level: z.number().int().min(1).max(9),
  marker: z.string().max(20),
  title: z.string().max(500),
  area: areaKeySchema.nullable(),
});

/**
 * One saved report (schema version 1). The top-level scalar fields duplicate `meta` on
 * purpose: they are what the database indexes and the list sorts by, and they stay stable
 * when ReportMeta grows. Every write goes through this schema, so the database never holds a
 * record the popup and the exports cannot read.
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
  publishedAt: z.string().max(40).nullable(),
  /** Hash of the body text: the same report reposted elsewhere is the same record. */
  textHash: z.string().min(1).max(64),
  /** Epoch milliseconds. */
  savedAt: z.number().int().min(0),
  confidence: z.number().min(0).max(1),
  meta: reportMetaSchema,
  indicators: indicatorFiguresSchema,
  mentions: z.array(mentionSummarySchema).max(5000),
  outline: z.array(savedHeadingSchema).max(2000),
});

export type SavedReport = z.infer<typeof savedReportSchema>;

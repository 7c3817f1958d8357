import { z } from 'zod';
import { savedClipSchema } from '../db/saved-clip';
import { savedReportSchema, savedTagSchema } from '../db/saved-report';
import { storedTextSchema } from '../db/saved-text';
import { confirmationSchema, userIndicatorSchema } from '../teach/user-indicator';
import { mentionSummarySchema } from '../messages/page-report';
import { ReasonedError } from '../errors/reasoned-error';
import { pageMapProblem } from '../db/report-source';

/**
 * The collection as a JSON file: the published, versioned exchange format (README: "Export
 * formats"). Lossless: every report with all its mentions, every clip and tag, with their ids, so
 * exporting, wiping and importing gives back the same database. `schemaVersion` changes only
 * when a field changes meaning or disappears; a reader refuses versions it does not know rather
 * than guess.
 */
export const COLLECTION_FORMAT = 'report-lens';
/**
 * 2 adds texts, userIndicators and confirmations; 3 adds a report's `source` (the file it was read
 * from in the reader) and a text's `pageMap`. Files of every earlier version still import (as
 * having none of what came later).
 */
export const COLLECTION_SCHEMA_VERSION = 3;
const READABLE_VERSIONS = new Set([1, 2, COLLECTION_SCHEMA_VERSION]);

/** Limits on an imported file: far above any real collection, far below what would hang the browser. */
export const IMPORT_LIMITS = {
  /** Characters of JSON text (about 100 MB of Chinese in UTF-8). */
  textLength: 64 * 1024 * 1024,
  reports: 20_000,
  clips: 200_000,
  tags: 2_000,
  mentionsInAll: 1_000_000,
  userIndicators: 2_000,
  confirmations: 200_000,
} as const;

/** A mention inside an exported report: its row id kept (lossless), its order is its position. */
export const exportedMentionSchema = mentionSummarySchema.extend({ id: z.number().int().positive().optional() }).strict();

export const exportedReportSchema = savedReportSchema
  .extend({
    id: z.number().int().positive(),
    mentions: z.array(exportedMentionSchema).max(5000),
  })
  .strict();

export const exportedClipSchema = savedClipSchema.extend({ id: z.number().int().positive() });

/** A report as versions 1 and 2 wrote it: no file source (those versions never had one). */
const exportedReportV2Schema = exportedReportSchema.omit({ source: true }).strict();

/** Version 1 of the file, still read: what version 2 is without the reader's teachings and texts. */
export const collectionJsonV1Schema = z.strictObject({
  format: z.literal(COLLECTION_FORMAT),
  schemaVersion: z.literal(1),
  /** ISO 8601. */
  exportedAt: z.string().max(40),
  reports: z.array(exportedReportV2Schema).max(IMPORT_LIMITS.reports),
  clips: z.array(exportedClipSchema).max(IMPORT_LIMITS.clips),
  tags: z.array(savedTagSchema.strict()).max(IMPORT_LIMITS.tags),
});

const exportedConfirmationSchema = confirmationSchema.extend({ id: z.number().int().positive() }).strict();

/** Version 2 of the file, still read: what version 3 is without file sources and page maps. */
export const collectionJsonV2Schema = collectionJsonV1Schema.extend({
  schemaVersion: z.literal(2),
  /** Page texts of the reports that have one (hasText), by report id. */
  texts: z.array(storedTextSchema.omit({ pageMap: true }).strict()).max(IMPORT_LIMITS.reports),
  userIndicators: z.array(userIndicatorSchema).max(IMPORT_LIMITS.userIndicators),
  confirmations: z.array(exportedConfirmationSchema).max(IMPORT_LIMITS.confirmations),
});

export const collectionJsonSchema = collectionJsonV2Schema.extend({
  schemaVersion: z.literal(COLLECTION_SCHEMA_VERSION),
  reports: z.array(exportedReportSchema).max(IMPORT_LIMITS.reports),
  /** Page texts of the reports that have one (hasText), by report id; a paged file's with its page map. */
  texts: z.array(storedTextSchema.strict()).max(IMPORT_LIMITS.reports),
});

export type CollectionJson = z.infer<typeof collectionJsonSchema>;
export type ExportedReport = z.infer<typeof exportedReportSchema>;

/** Why a file was refused; the popup words each reason in the reader's language. */
export type ImportRejection =
  | 'too-large'
  | 'not-json'
  | 'forbidden-key'
  | 'not-report-lens'
  | 'unsupported-version'
  | 'too-many'
  | 'invalid';

export class ImportError extends ReasonedError<ImportRejection> {}

/**
 * Keys that would reach Object.prototype or a constructor if some later code merged the parsed
 * object naively. JSON.parse itself makes them plain own properties; refusing the file is
 * simpler than proving every consumer safe.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Reads an exported collection, or throws ImportError saying why not: too large, not JSON, a
 * forbidden key anywhere, not this extension's format, a version this build does not read,
 * over a limit, or invalid content (with the path of the first problem). Nothing is written
 * here: the caller imports only what passed.
 */
export function parseCollectionJson(text: string): CollectionJson {
  if (text.length > IMPORT_LIMITS.textLength) throw new ImportError('too-large', String(text.length));
  let raw: unknown;
  try {
    raw = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ImportError('forbidden-key', key);
      return value;
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('not-json', error instanceof Error ? error.message.slice(0, 200) : '');
  }
  if (!isRecord(raw) || raw.format !== COLLECTION_FORMAT) throw new ImportError('not-report-lens');
  if (typeof raw.schemaVersion !== 'number' || !READABLE_VERSIONS.has(raw.schemaVersion)) {
    throw new ImportError('unsupported-version', String(raw.schemaVersion).slice(0, 20));
  }
  checkSizes(raw);
  const data =
    raw.schemaVersion === 1
      ? fromVersion1(validated(collectionJsonV1Schema, raw))
      : raw.schemaVersion === 2
        ? fromVersion2(validated(collectionJsonV2Schema, raw))
        : validated(collectionJsonSchema, raw);
  checkReferences(data);
  return data;
}

function validated<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw new ImportError('invalid', `${issue!.path.join('.')}: ${issue!.message}`.slice(0, 300));
  }
  return parsed.data;
}

/** A version-1 file reads as the current version with no texts, user indicators or confirmations. */
function fromVersion1(data: z.infer<typeof collectionJsonV1Schema>): CollectionJson {
  return fromVersion2({ ...data, schemaVersion: 2, texts: [], userIndicators: [], confirmations: [] });
}

/** A version-2 file reads as the current version whose reports were all saved from web pages. */
function fromVersion2(data: z.infer<typeof collectionJsonV2Schema>): CollectionJson {
  return { ...data, schemaVersion: COLLECTION_SCHEMA_VERSION };
}

/** Array limits checked before the deep validation, so an enormous file is refused cheaply. */
function checkSizes(raw: Record<string, unknown>): void {
  const { reports, clips, tags, userIndicators, confirmations } = raw;
  if (Array.isArray(userIndicators) && userIndicators.length > IMPORT_LIMITS.userIndicators) {
    throw new ImportError('too-many', `userIndicators: ${userIndicators.length}`);
  }
  if (Array.isArray(confirmations) && confirmations.length > IMPORT_LIMITS.confirmations) {
    throw new ImportError('too-many', `confirmations: ${confirmations.length}`);
  }
  if (Array.isArray(reports) && reports.length > IMPORT_LIMITS.reports) throw new ImportError('too-many', `reports: ${reports.length}`);
  if (Array.isArray(clips) && clips.length > IMPORT_LIMITS.clips) throw new ImportError('too-many', `clips: ${clips.length}`);
  if (Array.isArray(tags) && tags.length > IMPORT_LIMITS.tags) throw new ImportError('too-many', `tags: ${tags.length}`);
  if (Array.isArray(reports)) {
    let mentions = 0;
    for (const report of reports) if (isRecord(report) && Array.isArray(report.mentions)) mentions += report.mentions.length;
    if (mentions > IMPORT_LIMITS.mentionsInAll) throw new ImportError('too-many', `mentions: ${mentions}`);
  }
}

/** Ids unique per kind, and every clip's report in the file: a file that breaks these is not ours. */
function checkReferences(data: CollectionJson): void {
  const reportIds = new Set<number>();
  for (const report of data.reports) {
    if (reportIds.has(report.id)) throw new ImportError('invalid', `reports: id ${report.id} twice`);
    reportIds.add(report.id);
  }
  const mentionIds = new Set<number>();
  for (const mention of data.reports.flatMap((report) => report.mentions)) {
    if (mention.id === undefined) continue;
    if (mentionIds.has(mention.id)) throw new ImportError('invalid', `mentions: id ${mention.id} twice`);
    mentionIds.add(mention.id);
  }
  const clipIds = new Set<number>();
  for (const clip of data.clips) {
    if (clipIds.has(clip.id)) throw new ImportError('invalid', `clips: id ${clip.id} twice`);
    clipIds.add(clip.id);
    if (clip.reportId !== null && !reportIds.has(clip.reportId)) {
      throw new ImportError('invalid', `clips: report ${clip.reportId} is not in the file`);
    }
  }
  const textIds = new Set<number>();
  const pageCounts = new Map(data.reports.map((report) => [report.id, report.source?.pageCount ?? null]));
  for (const text of data.texts) {
    if (!reportIds.has(text.reportId)) throw new ImportError('invalid', `texts: report ${text.reportId} is not in the file`);
    if (textIds.has(text.reportId)) throw new ImportError('invalid', `texts: report ${text.reportId} twice`);
    textIds.add(text.reportId);
    const problem = text.pageMap ? pageMapProblem(text.pageMap, text.text.length, pageCounts.get(text.reportId)!) : null;
    if (problem) throw new ImportError('invalid', `texts: report ${text.reportId}: ${problem}`);
  }
  const indicatorIds = new Set<string>();
  for (const indicator of data.userIndicators) {
    if (indicatorIds.has(indicator.id)) throw new ImportError('invalid', `userIndicators: id ${indicator.id} twice`);
    indicatorIds.add(indicator.id);
  }
  const confirmed = new Set<string>();
  for (const confirmation of data.confirmations) {
    const { reportId, indicatorKey } = confirmation;
    if (!reportIds.has(reportId)) throw new ImportError('invalid', `confirmations: report ${reportId} is not in the file`);
    if (indicatorKey.startsWith('user:') && !indicatorIds.has(indicatorKey)) {
      throw new ImportError('invalid', `confirmations: indicator ${indicatorKey} is not in the file`);
    }
    if (confirmed.has(`${reportId} ${indicatorKey}`)) throw new ImportError('invalid', `confirmations: ${reportId} ${indicatorKey} twice`);
    confirmed.add(`${reportId} ${indicatorKey}`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

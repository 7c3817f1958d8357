/**
 * tests/corpus/held-out-history.json: one entry per recorded held-out measurement. The file only
 * grows: the first entry is the engine's score before anyone could tune on the held-out split,
 * and every later score is read against it, so nothing here rewrites an existing entry.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

const scoreSchema = z.strictObject({ tp: z.number(), fp: z.number(), fn: z.number(), precision: z.number(), recall: z.number(), f1: z.number() });

export const historyEntrySchema = z.strictObject({
  date: z.iso.datetime(),
  commit: z.string().min(1),
  splitRule: z.string().min(1),
  counts: z.strictObject({ reports: z.number().int(), negatives: z.number().int(), figures: z.number().int() }),
  metrics: z.strictObject({
    detection: scoreSchema,
    metadata: z.record(z.string(), scoreSchema),
    headings: scoreSchema,
    indicators: scoreSchema,
    figureRecall: z.number(),
    labelAgreement: z.number(),
    /** Added after entry #1, which predates it. */
    figurePrecision: z.number().optional(),
  }),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

const historySchema = z.array(historyEntrySchema);

/** The recorded entries; [] when the file does not exist yet. Throws on a malformed file rather than starting over. */
export function readHistory(path: string): HistoryEntry[] {
  if (!existsSync(path)) return [];
  return historySchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Appends one entry after the existing ones, which are kept as they were read. */
export function appendHistory(path: string, entry: HistoryEntry): HistoryEntry[] {
  const existing = readHistory(path);
  const next = [...existing, historyEntrySchema.parse(entry)];
  writeFileSync(path, `${JSON.stringify(next, null, 2)}\n`, 'utf8');
  return next;
}

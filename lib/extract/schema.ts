import { z } from 'zod';
import { JURISDICTION_LEVELS } from '../metadata/types';

/** The CLI's JSON output for one file (issue #3, point 8): exactly this shape, nothing more. */
export const extractionOutputSchema = z.strictObject({
  file: z.string(),
  isReport: z.boolean(),
  confidence: z.number().min(0).max(1),
  reasons: z.array(z.string()),
  meta: z.strictObject({
    jurisdiction: z.string().nullable(),
    level: z.enum(JURISDICTION_LEVELS),
    year: z.number().int().nullable(),
    title: z.string().nullable(),
    publisher: z.string().nullable(),
    publishedAt: z.string().nullable(),
    onTime: z.boolean().nullable(),
    missingParts: z.array(z.string()),
  }),
  sections: z.array(
    z.strictObject({
      level: z.number().int().min(1),
      marker: z.string(),
      title: z.string(),
      area: z.string().nullable(),
      start: z.number().int().min(0),
    }),
  ),
  mentions: z.array(
    z.strictObject({
      key: z.string().nullable(),
      label: z.string(),
      value: z.number().refine(Number.isFinite, 'value must be finite'),
      unit: z.string(),
      approximate: z.boolean(),
      scope: z.string().nullable(),
      /** The time a figure covers when its sentence says so (2019年以来, 1-10月); null: the year reported on. */
      period: z.string().nullable(),
      text: z.string(),
      start: z.number().int().min(0),
      end: z.number().int().min(0),
    }),
  ),
  indicators: z.record(z.string(), z.strictObject({ value: z.number(), unit: z.string() })),
});

export type ExtractionOutput = z.infer<typeof extractionOutputSchema>;

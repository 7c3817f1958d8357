import { z } from 'zod';
import { AREA_KEYS, type AreaKey } from '../../lib/taxonomy/areas';
import { INDICATORS } from '../../lib/taxonomy/indicators';

/**
 * The four required parts of an annual report (督察工作规定) a gold file can list as missing.
 * Kept here rather than imported from lib/metadata so that the evaluation truth does not move
 * when the engine's own list does.
 */
export const GOLD_REQUIRED_PARTS = ['measures', 'shortcomings', 'firstResponsibility', 'nextYear'] as const;

export const goldSectionSchema = z.strictObject({
  /** 1 for 一、, 2 for （一）, 3 for 1./1、, 4 for （1）; unnumbered headings take the level they sit at. */
  level: z.number().int().min(1).max(4),
  /** The numbering exactly as printed, '' when the heading lost or never had one. */
  marker: z.string(),
  /** Heading text without marker and without its closing 。 */
  title: z.string().min(1),
  area: z.enum(AREA_KEYS as [AreaKey, ...AreaKey[]]).nullable(),
});

const goldIndicatorSchema = z.strictObject({
  value: z.number().refine(Number.isFinite, 'value must be finite'),
  unit: z.string().min(1),
  /** An exact substring of the page text that states the value (the evidence a reviewer checks). */
  phrase: z.string().min(1),
  /** True when the text hedges the number with 余/多/近/约. */
  approximate: z.boolean(),
});

/** Report metadata as gold records it; the corpus gold allows more levels (township) than the fixture gold. */
export function goldMetaSchema<const Level extends string>(levels: readonly [Level, ...Level[]]) {
  return z.strictObject({
    jurisdiction: z.string().min(1).nullable(),
    level: z.enum(levels),
    year: z.number().int().min(1990).max(2100).nullable(),
    title: z.string().min(1).nullable(),
    publisher: z.string().min(1).nullable(),
    publishedAt: z.iso.date().nullable(),
    onTime: z.boolean().nullable(),
    missingParts: z.array(z.enum(GOLD_REQUIRED_PARTS)),
  });
}

export const goldIndicatorsSchema = z.record(
  z.string().refine((key) => Object.hasOwn(INDICATORS, key), 'not a taxonomy indicator key'),
  goldIndicatorSchema,
);

/**
 * One hand-checked gold file: what a careful reader takes from one fixture report. The
 * evaluation (tests/eval) scores the engine against these; tests/unit/gold keeps them honest
 * against the seed text. Indicator keys are the taxonomy's; record (not partialRecord) keeps
 * the inferred value type free of `undefined` for callers that iterate entries.
 */
export const goldSchema = z.strictObject({
  /**
   * Path of the fixture under tests/fixtures: a built page of the development set
   * ('reports/000-jinjiang-2019.html'). Real pages are gold'ed in tests/corpus instead.
   */
  fixture: z.string().regex(/^reports\/[\w-]+\.html$/),
  /** File name of the seed text under tests/fixtures/seeds the fixture wraps. */
  seed: z.string().regex(/^[\w-]+\.txt$/),
  isReport: z.boolean(),
  meta: goldMetaSchema(['province', 'city', 'district', 'county', 'department', 'unknown']),
  /** Every heading, in document order. */
  sections: z.array(goldSectionSchema),
  indicators: goldIndicatorsSchema,
  /** Judgement calls, one per line; lines starting 'candidate key:' propose taxonomy additions. */
  notes: z.array(z.string().min(1)),
});

export type Gold = z.infer<typeof goldSchema>;
export type GoldSection = Gold['sections'][number];

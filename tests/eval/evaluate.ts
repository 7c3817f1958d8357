/**
 * Scores the engine against the hand-checked gold files (tests/gold) and every fixture in
 * tests/fixtures/fixtures.json: detection over reports and real negatives, metadata fields,
 * headings (level + title) and canonical indicators (key + value + unit).
 * Used by `npm run eval` (prints) and by a unit test that holds the targets.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractReport, type ReportExtraction } from '../../lib/extract/extract-report';
import { loadPage } from '../../lib/cli/load-page';
import { foldText } from '../../lib/text/fold';
import { goldSchema, type Gold } from '../gold/gold-schema';

export const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures');

/**
 * A set of built fixture pages with gold. The development set (the five seeds in real templates,
 * plus negatives) is what the engine was tuned on and holds the targets; real pages are measured
 * through the corpus (tests/corpus, corpus-evaluation.ts), printed, not held to targets.
 */
export interface EvaluationSet {
  name: string;
  /** Manifest of fixtures; entries' `file` is relative to tests/fixtures. */
  manifest: string;
  goldDir: string;
}

export const DEVELOPMENT_SET: EvaluationSet = {
  name: 'development',
  manifest: join(FIXTURES, 'fixtures.json'),
  goldDir: join(ROOT, 'tests/gold'),
};

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Evaluation {
  detection: Score & { reports: number; negatives: number; falsePositives: string[]; missed: string[] };
  metadata: Record<string, Score>;
  headings: Score;
  headingAreaAccuracy: number;
  indicators: Score;
  /** Every disagreement with gold, one line each, for the printout. */
  errors: string[];
}

interface ManifestEntry {
  file: string;
  kind: 'report' | 'negative';
}

export const META_FIELDS = ['jurisdiction', 'level', 'year', 'title', 'publisher', 'publishedAt', 'onTime', 'missingParts'] as const;

export function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Titles compare folded (big5 copies), without spaces and closing punctuation. */
function normaliseTitle(title: string): string {
  return foldText(title).replace(/\s+/g, '').replace(/[。：:；;，,]+$/, '');
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
  if (typeof a === 'string' && typeof b === 'string') return foldText(a) === foldText(b);
  return a === b;
}

/** A null prediction of a known value is a miss; a wrong value is both a false alarm and a miss. */
function isEmpty(value: unknown): boolean {
  return value === null || (Array.isArray(value) && value.length === 0);
}

export function loadGold(goldDir: string): Gold[] {
  return readdirSync(goldDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => goldSchema.parse(JSON.parse(readFileSync(join(goldDir, name), 'utf8'))));
}

/** The parts of a gold file the scores read: the fixture gold and the corpus gold share them. */
export interface GoldTruth {
  meta: Record<(typeof META_FIELDS)[number], unknown>;
  sections: { level: number; marker: string; title: string; area: string | null }[];
  indicators: Record<string, { value: number; unit: string; phrase: string }>;
}

/** One page as scored: the engine's extraction, and gold when it is a report with a gold file. */
export interface ScoredPage {
  name: string;
  kind: 'report' | 'negative';
  result: ReportExtraction;
  gold?: GoldTruth;
}

export function runEvaluation(set: EvaluationSet = DEVELOPMENT_SET): Evaluation {
  const manifest: ManifestEntry[] = JSON.parse(readFileSync(set.manifest, 'utf8'));
  const gold = new Map(loadGold(set.goldDir).map((g) => [g.fixture, g]));
  for (const fixture of gold.keys()) {
    if (!manifest.some((entry) => entry.file === fixture)) throw new Error(`gold ${fixture} names no fixture in ${set.manifest}`);
  }
  return scorePages(
    manifest.map((entry) => ({
      name: entry.file.replace(/^(reports|negative)\//, ''),
      kind: entry.kind,
      result: extractReport(loadPage(join(FIXTURES, entry.file))),
      gold: gold.get(entry.file),
    })),
  );
}

/** Detection over every page; metadata, headings and indicators over the pages with gold. */
export function scorePages(pages: ScoredPage[]): Evaluation {
  const errors: string[] = [];
  let dTp = 0;
  let dFp = 0;
  let dFn = 0;
  const falsePositives: string[] = [];
  const missed: string[] = [];
  for (const page of pages) {
    const predicted = page.result.detection.isReport;
    if (page.kind === 'report' && predicted) dTp++;
    else if (page.kind === 'report') (dFn++, missed.push(page.name));
    else if (predicted) (dFp++, falsePositives.push(page.name));
  }

  const metaCounts = Object.fromEntries(META_FIELDS.map((field) => [field, { tp: 0, fp: 0, fn: 0 }]));
  const heading = { tp: 0, fp: 0, fn: 0 };
  let areaRight = 0;
  const indicator = { tp: 0, fp: 0, fn: 0 };

  for (const { name, result, gold } of pages) {
    if (!gold) continue;
    for (const field of META_FIELDS) {
      const want = gold.meta[field];
      const got = result.meta[field];
      const counts = metaCounts[field]!;
      if (sameValue(want, got)) {
        if (!isEmpty(want)) counts.tp++;
        continue;
      }
      errors.push(`${name} meta.${field}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
      if (!isEmpty(got)) counts.fp++;
      if (!isEmpty(want)) counts.fn++;
    }

    const goldSections = new Map<string, (typeof gold.sections)[number][]>();
    for (const section of gold.sections) {
      const key = `${section.level}|${normaliseTitle(section.title)}`;
      goldSections.set(key, [...(goldSections.get(key) ?? []), section]);
    }
    for (const section of result.outline.sections) {
      const key = `${section.level}|${normaliseTitle(section.title)}`;
      const match = goldSections.get(key)?.shift();
      if (!match) {
        heading.fp++;
        errors.push(`${name} heading extra: L${section.level} ${section.marker}${section.title}`);
        continue;
      }
      heading.tp++;
      if (match.area === section.area) areaRight++;
      else errors.push(`${name} heading area: ${section.title}: want ${match.area}, got ${section.area}`);
    }
    for (const left of goldSections.values()) {
      for (const section of left) {
        heading.fn++;
        errors.push(`${name} heading missed: L${section.level} ${section.marker}${section.title}`);
      }
    }

    for (const [key, want] of Object.entries(gold.indicators)) {
      const got = result.indicators[key as keyof typeof result.indicators];
      if (got && got.value === want.value && got.unit === want.unit) indicator.tp++;
      else {
        indicator.fn++;
        if (got) indicator.fp++;
        errors.push(`${name} indicator ${key}: want ${want.value}${want.unit} («${want.phrase}»), got ${got ? `${got.value}${got.unit}` : 'none'}`);
      }
    }
    for (const [key, got] of Object.entries(result.indicators)) {
      if (key in gold.indicators) continue;
      indicator.fp++;
      const mention = result.mentions[got!.mention];
      errors.push(`${name} indicator extra ${key}: ${got!.value}${got!.unit} «${mention?.text ?? ''}»`);
    }
  }

  return {
    detection: {
      ...score(dTp, dFp, dFn),
      reports: pages.filter((p) => p.kind === 'report').length,
      negatives: pages.filter((p) => p.kind === 'negative').length,
      falsePositives,
      missed,
    },
    metadata: Object.fromEntries(Object.entries(metaCounts).map(([field, c]) => [field, score(c.tp, c.fp, c.fn)])),
    headings: score(heading.tp, heading.fp, heading.fn),
    headingAreaAccuracy: heading.tp === 0 ? 0 : areaRight / heading.tp,
    indicators: score(indicator.tp, indicator.fp, indicator.fn),
    errors,
  };
}

/** The issue's targets; returns the ones missed, so a test and the printout share one definition. */
export function missedTargets(evaluation: Evaluation): string[] {
  const { detection, metadata, headings, indicators } = evaluation;
  const missed: string[] = [];
  if (detection.fn > 0) missed.push(`reports missed: ${detection.missed.join(', ')}`);
  if (detection.fp > 0) missed.push(`false positives: ${detection.falsePositives.join(', ')}`);
  for (const [field, s] of Object.entries(metadata)) if (s.fp + s.fn > 0) missed.push(`meta.${field} not all right`);
  if (headings.f1 < 0.97) missed.push(`heading F1 ${headings.f1.toFixed(3)} < 0.97`);
  if (indicators.precision < 0.95) missed.push(`indicator precision ${indicators.precision.toFixed(3)} < 0.95`);
  if (indicators.recall < 0.9) missed.push(`indicator recall ${indicators.recall.toFixed(3)} < 0.90`);
  return missed;
}

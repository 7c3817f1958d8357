import type { ReportExtraction } from '../extract/extract-report';
import type { HighlightCategory } from '../highlight/spans';
import type { IndicatorValues } from '../indicators/pick-indicators';
import { isHeadingCategory } from '../highlight/spans';
import type { IndicatorFigures, PageReport } from './page-report';

const MAX_REASONS = 100;
const MAX_HEADINGS = 2000;
const MAX_MENTIONS = 5000;

/**
 * The message a content script sends about its page, from the engine's result. Lists and
 * strings are capped at the protocol's limits, so a pathological page still reports. Not parsed
 * here (the background parses every message; zod would double the content script's size):
 * tests/unit/messages/to-page-report.test.ts checks real pages' reports pass the schema.
 * `painted` is the per-category count of registered highlights.
 */
export function toPageReport(
  url: string,
  extraction: ReportExtraction,
  painted: Partial<Record<HighlightCategory, number>> = {},
): PageReport {
  const { detection, meta, outline, mentions, textHash } = extraction;
  let headings = 0;
  let figures = 0;
  for (const [category, count] of Object.entries(painted) as [HighlightCategory, number][]) {
    if (isHeadingCategory(category)) headings += count;
    else figures += count;
  }
  return {
    url,
    isReport: detection.isReport,
    confidence: detection.confidence,
    reasons: detection.reasons.slice(0, MAX_REASONS).map((reason) => clip(reason, 200)),
    meta: {
      ...meta,
      jurisdiction: clipNullable(meta.jurisdiction, 100),
      title: clipNullable(meta.title, 500),
      publisher: clipNullable(meta.publisher, 500),
    },
    headings: outline.sections
      .slice(0, MAX_HEADINGS)
      .map(({ level, marker, title, area, start, end }) => ({
        level,
        marker: clip(marker, 20),
        title: clip(title, 500),
        area,
        start,
        end,
      })),
    mentions: mentions
      .slice(0, MAX_MENTIONS)
      .map(({ key, label, value, unit, approximate, change, scope, period, text, start, end, section }) => ({
        key,
        label: clip(label, 500),
        value,
        unit,
        approximate,
        change,
        scope: clipNullable(scope, 50),
        period: clipNullable(period, 30),
        text: clip(text, 4000),
        start,
        end,
        section,
      })),
    indicators: indicatorFigures(extraction),
    textHash,
    painted: { headings, figures },
  };
}

/**
 * Each canonical value with the sentence of the mention it was picked from (a sum of parts
 * points at its first part), so the comparison can link every figure back to its source.
 */
function indicatorFigures({ indicators, mentions }: ReportExtraction): IndicatorFigures {
  const figures: IndicatorFigures = {};
  for (const [key, picked] of Object.entries(indicators) as [keyof IndicatorFigures, IndicatorValues[keyof IndicatorValues]][]) {
    if (!picked) continue;
    figures[key] = {
      value: picked.value,
      unit: picked.unit,
      approximate: picked.approximate,
      sentence: clip(mentions[picked.mention]?.text ?? '', 4000),
    };
  }
  return figures;
}

/** Long strings are cut, not rejected: a run-away label must not cost the whole report. */
function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

function clipNullable(text: string | null, max: number): string | null {
  return text === null ? null : clip(text, max);
}

/**
 * What a content script reports when the engine failed on its page: not a report, with the
 * error as the reason, so the popup still answers (非报告) and the failure is visible instead of
 * the tab looking as if nothing ran. The engine is meant never to throw; this is the backstop.
 */
export function failedPageReport(url: string, error: unknown): PageReport {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    url,
    isReport: false,
    confidence: 0,
    reasons: [clip(`error:${message}`, 200)],
    meta: {
      jurisdiction: null,
      level: 'unknown',
      year: null,
      title: null,
      publisher: null,
      publishedAt: null,
      onTime: null,
      missingParts: [],
    },
    headings: [],
    mentions: [],
    indicators: {},
    textHash: '',
    painted: { headings: 0, figures: 0 },
  };
}

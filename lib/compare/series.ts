import { sentenceLink } from './sentence-link';
import { INDICATORS, INDICATOR_KEYS, type IndicatorKey } from '../taxonomy/indicators';
import type { ComparedReport } from './build-comparison';

/**
 * One indicator over the years, for one or several jurisdictions: the trend a single comparison
 * of two reports cannot show. A year the jurisdiction reported without the figure is 未披露 and
 * a year with no saved report is 无报告: both are gaps in the line, never zeros. A figure printed
 * in another unit than the indicator's (人次 where 件 is meant) is flagged and kept off the scale.
 */
export type SeriesPoint =
  | { year: number; kind: 'value'; value: number; unit: string; approximate: boolean; sourceUrl: string; sentence: string }
  /** The report of that year gives no figure. */
  | { year: number; kind: 'undisclosed'; reportUrl: string }
  /** The report of that year is in another unit than the indicator's. */
  | { year: number; kind: 'other-unit'; value: number; unit: string; approximate: boolean; sourceUrl: string; sentence: string }
  /** No report of that year is in the collection. */
  | { year: number; kind: 'no-report' };

export interface SeriesLine {
  jurisdiction: string;
  /** One per year of the series, in order. */
  points: SeriesPoint[];
}

export interface Series {
  key: IndicatorKey;
  name: string;
  unit: string;
  years: number[];
  lines: SeriesLine[];
  /** Largest figure on the scale (in the indicator's unit). */
  max: number;
}

/** Jurisdictions on one chart: more lines than this cannot be told apart. */
export const MAX_SERIES_LINES = 8;

/**
 * The series of `key` over `reports`: one line per jurisdiction (unnamed and undated reports are
 * left out: they have no place on a line), years from the earliest to the latest report, every
 * year in between included so a missing year shows as a gap. Two reports of one jurisdiction and
 * year (a re-publication): the later-listed one wins.
 */
export function buildSeries(reports: readonly ComparedReport[], key: IndicatorKey, locale: 'zh' | 'en' = 'zh'): Series {
  const indicator = INDICATORS[key];
  const dated = reports.filter((r): r is ComparedReport & { jurisdiction: string; year: number } => r.jurisdiction !== null && r.year !== null);
  const jurisdictions = [...new Set(dated.map((r) => r.jurisdiction))].sort((a, b) => a.localeCompare(b, 'zh')).slice(0, MAX_SERIES_LINES);
  const known = dated.map((r) => r.year);
  const years = known.length === 0 ? [] : range(Math.min(...known), Math.max(...known));
  let max = 0;
  const lines = jurisdictions.map((jurisdiction) => {
    const byYear = new Map(dated.filter((r) => r.jurisdiction === jurisdiction).map((r) => [r.year, r]));
    const points = years.map((year): SeriesPoint => {
      const report = byYear.get(year);
      if (!report) return { year, kind: 'no-report' };
      const figure = report.indicators[key];
      if (!figure) return { year, kind: 'undisclosed', reportUrl: report.url };
      const shared = { year, value: figure.value, unit: figure.unit, approximate: figure.approximate, sentence: figure.sentence, sourceUrl: sentenceLink(report, figure.sentence) };
      if (figure.unit !== indicator.unit) return { ...shared, kind: 'other-unit' };
      max = Math.max(max, figure.value);
      return { ...shared, kind: 'value' };
    });
    return { jurisdiction, points };
  });
  return { key, name: indicator[locale], unit: indicator.unit, years, lines, max };
}

/** Indicators worth a series: disclosed by at least one of `reports`, taxonomy order. */
export function seriesIndicators(reports: readonly ComparedReport[]): IndicatorKey[] {
  return INDICATOR_KEYS.filter((key) => reports.some((report) => report.indicators[key]));
}

/**
 * The series the comparison shows: one per disclosed indicator, but only once the compared
 * reports hold at least two years of one jurisdiction (a trend needs two points of one line);
 * otherwise none, and the comparison table alone says all there is.
 */
export function comparisonSeries(reports: readonly ComparedReport[], locale: 'zh' | 'en' = 'zh'): Series[] {
  const yearsByJurisdiction = new Map<string, Set<number>>();
  for (const { jurisdiction, year } of reports) {
    if (jurisdiction === null || year === null) continue;
    yearsByJurisdiction.set(jurisdiction, (yearsByJurisdiction.get(jurisdiction) ?? new Set()).add(year));
  }
  if (![...yearsByJurisdiction.values()].some((years) => years.size >= 2)) return [];
  return seriesIndicators(reports).map((key) => buildSeries(reports, key, locale));
}

export interface ChartGeometry {
  width: number;
  height: number;
  /** x of each year, in series order. */
  x: number[];
  /** Per line: the runs of consecutive plotted points (a gap breaks the line), as SVG points strings. */
  segments: string[][];
  /** Per line and point: y of a plotted value, null for a gap or another unit. */
  y: Array<Array<number | null>>;
  baseline: number;
  /** y of the plot's top edge: where a figure in another unit is flagged, off the scale. */
  top: number;
}

// Wide enough sides that a year label centred on the first or last year is not cut off.
const PAD = { left: 16, right: 16, top: 10, bottom: 22 } as const;

/** Pixel geometry of a series chart: years evenly spaced, values scaled from 0 to the series' max. */
export function seriesGeometry(series: Series, width = 420, height = 170): ChartGeometry {
  const plotWidth = width - PAD.left - PAD.right;
  const baseline = height - PAD.bottom;
  const span = Math.max(1, series.years.length - 1);
  const x = series.years.map((_, i) => Math.round(PAD.left + (series.years.length === 1 ? plotWidth / 2 : (i / span) * plotWidth)));
  const scale = (value: number) => Math.round(baseline - (series.max > 0 ? (Math.max(0, value) / series.max) * (baseline - PAD.top) : 0));
  const y = series.lines.map((line) => line.points.map((point) => (point.kind === 'value' ? scale(point.value) : null)));
  const segments = y.map((ys) => {
    const runs: string[][] = [[]];
    ys.forEach((value, i) => {
      if (value === null) runs.push([]);
      else runs[runs.length - 1]!.push(`${x[i]},${value}`);
    });
    return runs.filter((run) => run.length > 0).map((run) => run.join(' '));
  });
  return { width, height, x, segments, y, baseline, top: PAD.top };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

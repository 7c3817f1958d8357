import { sentenceLink } from './sentence-link';
import { AREAS, AREA_KEYS, type AreaKey } from '../taxonomy/areas';
import { INDICATORS, INDICATOR_KEYS, type IndicatorKey } from '../taxonomy/indicators';
import { userIndicatorName } from '../teach/indicator-names';

/** A figure as a report states it, with the sentence it links back to. */
export interface StatedFigure {
  value: number;
  unit: string;
  approximate: boolean;
  sentence: string;
}

/** What the comparison needs of a saved report. */
export interface ComparedReport {
  id: string;
  url: string;
  jurisdiction: string | null;
  year: number | null;
  title: string | null;
  indicators: Partial<Record<IndicatorKey, StatedFigure>>;
  /**
   * What the reader taught, by canonical key or user indicator id: a user indicator's figure, or
   * a cell the reader confirmed (`confirmed`), which wins over the engine's figure.
   */
  taught?: Record<string, StatedFigure & { confirmed: boolean }>;
}

/** A user indicator as the comparison needs it: a row of its own. */
export interface ComparedUserIndicator {
  id: string;
  nameZh?: string;
  nameEn?: string;
  unit: string;
}

/** The group user indicators' rows go in, after the taxonomy's areas. */
export const READER_AREA = 'reader';
const READER_AREA_NAME = { zh: '读者定义的指标', en: 'Reader-defined indicators' } as const;

export interface ComparisonColumn {
  id: string;
  /** 厦门市 2021; a template copy without a name reads 未署名. */
  label: string;
  jurisdiction: string | null;
  year: number | null;
}

export type ComparisonCell =
  | {
      kind: 'value';
      value: number;
      unit: string;
      approximate: boolean;
      /** Opens the source page at the sentence that states the figure. */
      sourceUrl: string;
      sentence: string;
      /** Change against the same jurisdiction's previous column (one city across years), else null. */
      change: { absolute: number; percent: number | null } | null;
      /** The reader confirmed this figure (读者确认): it is not the engine's reading. */
      confirmed: boolean;
    }
  /** The report gives no figure: shown as 未披露, never 0 or blank, because absence is a finding. */
  | { kind: 'undisclosed' };

export interface ComparisonRow {
  /** A canonical key, or a user indicator's id (`user:…`). */
  key: string;
  name: string;
  unit: string;
  cells: ComparisonCell[];
  /** Largest value in the row, the scale of its bar chart. */
  max: number;
}

export interface ComparisonGroup {
  area: AreaKey | typeof READER_AREA;
  name: string;
  rows: ComparisonRow[];
}

export interface Comparison {
  columns: ComparisonColumn[];
  groups: ComparisonGroup[];
}

export const MAX_COMPARED_REPORTS = 10;

/**
 * Canonical indicators as rows grouped by area, reports as columns ordered by jurisdiction then
 * year (so one city over several years reads left to right and gets its changes). Rows no report
 * discloses are left out unless `allRows`; a disclosed row shows 未披露 where a report is silent.
 */
export function buildComparison(
  reports: ComparedReport[],
  options: { locale?: 'zh' | 'en'; allRows?: boolean; userIndicators?: ComparedUserIndicator[] } = {},
): Comparison {
  if (reports.length > MAX_COMPARED_REPORTS) {
    throw new RangeError(`compare at most ${MAX_COMPARED_REPORTS} reports at once (got ${reports.length})`);
  }
  const locale = options.locale ?? 'zh';
  const ordered = [...reports].sort(
    (a, b) => (a.jurisdiction ?? '').localeCompare(b.jurisdiction ?? '', 'zh') || (a.year ?? 0) - (b.year ?? 0),
  );
  const columns = ordered.map((report) => ({
    id: report.id,
    label: `${report.jurisdiction ?? (locale === 'zh' ? '未署名' : 'unnamed')} ${report.year ?? ''}`.trim(),
    jurisdiction: report.jurisdiction,
    year: report.year,
  }));

  const rowOf = (key: string, name: string, unit: string): ComparisonRow | null => {
    const cells = ordered.map((report, index): ComparisonCell => {
      const figure = figureOf(report, key);
      if (!figure) return { kind: 'undisclosed' };
      return {
        kind: 'value',
        value: figure.value,
        unit: figure.unit,
        approximate: figure.approximate,
        sourceUrl: sentenceLink(report, figure.sentence),
        sentence: figure.sentence,
        change: changeFromPrevious(ordered, index, key),
        confirmed: figure.confirmed,
      };
    });
    const values = cells.flatMap((cell) => (cell.kind === 'value' ? [cell.value] : []));
    if (values.length === 0 && !options.allRows) return null;
    return { key, name, unit, cells, max: Math.max(0, ...values) };
  };

  const rowsByArea = new Map<ComparisonGroup['area'], ComparisonRow[]>();
  for (const key of INDICATOR_KEYS) {
    const indicator = INDICATORS[key];
    const row = rowOf(key, indicator[locale], indicator.unit);
    if (row) rowsByArea.set(indicator.area, [...(rowsByArea.get(indicator.area) ?? []), row]);
  }
  // A taught row shows even before any report fills it: the reader just made it, and its
  // 未披露 cells are where "find in other reports" starts.
  const readerRows = (options.userIndicators ?? []).map((user) => rowOf(user.id, userIndicatorName(user, locale), user.unit) ?? {
    key: user.id,
    name: userIndicatorName(user, locale),
    unit: user.unit,
    cells: ordered.map((): ComparisonCell => ({ kind: 'undisclosed' })),
    max: 0,
  });

  const groups: ComparisonGroup[] = AREA_KEYS.filter((area) => rowsByArea.has(area)).map((area) => ({
    area,
    name: AREAS[area][locale],
    rows: rowsByArea.get(area)!,
  }));
  if (readerRows.length > 0) groups.push({ area: READER_AREA, name: READER_AREA_NAME[locale], rows: readerRows });
  return { columns, groups };
}

/** The reader's confirmation first, then the engine's canonical figure or the user indicator's match. */
function figureOf(report: ComparedReport, key: string): (StatedFigure & { confirmed: boolean }) | null {
  const taught = report.taught?.[key];
  if (taught?.confirmed) return taught;
  const stated = report.indicators[key as IndicatorKey];
  if (stated) return { ...stated, confirmed: false };
  return taught ?? null;
}

function changeFromPrevious(ordered: ComparedReport[], index: number, key: string) {
  const current = ordered[index]!;
  const previous = ordered[index - 1];
  if (!previous || !current.jurisdiction || previous.jurisdiction !== current.jurisdiction) return null;
  const before = figureOf(previous, key);
  const now = figureOf(current, key);
  if (!before || !now || before.unit !== now.unit) return null;
  const absolute = round(now.value - before.value);
  return { absolute, percent: before.value === 0 ? null : round((absolute / before.value) * 100) };
}

/** Two decimals, so 92.12 − 88.5 prints 3.62, not 3.6200000000000045. */
function round(n: number): number {
  return Math.round(n * 100) / 100;
}

import { textFragmentUrl } from '../anchoring/text-fragment';
import { AREAS, AREA_KEYS, type AreaKey } from '../taxonomy/areas';
import { INDICATORS, INDICATOR_KEYS, type IndicatorKey } from '../taxonomy/indicators';

/** What the comparison needs of a saved report. */
export interface ComparedReport {
  id: string;
  url: string;
  jurisdiction: string | null;
  year: number | null;
  title: string | null;
  indicators: Partial<Record<IndicatorKey, { value: number; unit: string; approximate: boolean; sentence: string }>>;
}

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
    }
  /** The report gives no figure: shown as 未披露, never 0 or blank, because absence is a finding. */
  | { kind: 'undisclosed' };

export interface ComparisonRow {
  key: IndicatorKey;
  name: string;
  unit: string;
  cells: ComparisonCell[];
  /** Largest value in the row, the scale of its bar chart. */
  max: number;
}

export interface ComparisonGroup {
  area: AreaKey;
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
  options: { locale?: 'zh' | 'en'; allRows?: boolean } = {},
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

  const rowsByArea = new Map<AreaKey, ComparisonRow[]>();
  for (const key of INDICATOR_KEYS) {
    const indicator = INDICATORS[key];
    const cells = ordered.map((report, index): ComparisonCell => {
      const figure = report.indicators[key];
      if (!figure) return { kind: 'undisclosed' };
      return {
        kind: 'value',
        value: figure.value,
        unit: figure.unit,
        approximate: figure.approximate,
        sourceUrl: textFragmentUrl(report.url, { exact: figure.sentence }),
        sentence: figure.sentence,
        change: changeFromPrevious(ordered, index, key),
      };
    });
    const values = cells.flatMap((cell) => (cell.kind === 'value' ? [cell.value] : []));
    if (values.length === 0 && !options.allRows) continue;
    const row = { key, name: indicator[locale], unit: indicator.unit, cells, max: Math.max(0, ...values) };
    rowsByArea.set(indicator.area, [...(rowsByArea.get(indicator.area) ?? []), row]);
  }

  const groups = AREA_KEYS.filter((area) => rowsByArea.has(area)).map((area) => ({
    area,
    name: AREAS[area][locale],
    rows: rowsByArea.get(area)!,
  }));
  return { columns, groups };
}

function changeFromPrevious(ordered: ComparedReport[], index: number, key: IndicatorKey) {
  const current = ordered[index]!;
  const previous = ordered[index - 1];
  if (!previous || !current.jurisdiction || previous.jurisdiction !== current.jurisdiction) return null;
  const before = previous.indicators[key];
  const now = current.indicators[key];
  if (!before || !now || before.unit !== now.unit) return null;
  const absolute = round(now.value - before.value);
  return { absolute, percent: before.value === 0 ? null : round((absolute / before.value) * 100) };
}

/** Two decimals, so 92.12 − 88.5 prints 3.62, not 3.6200000000000045. */
function round(n: number): number {
  return Math.round(n * 100) / 100;
}

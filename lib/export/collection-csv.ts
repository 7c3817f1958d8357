import { exportedSentenceLink } from '../compare/sentence-link';
import { INDICATORS, INDICATOR_KEYS } from '../taxonomy/indicators';
import { toCsv, type CsvCell } from './csv';

/** What the collection CSV reads of a saved report. */
export interface CsvReport {
  url: string;
  jurisdiction: string | null;
  province: string | null;
  level: string;
  year: number | null;
  title: string | null;
  publishedAt: string | null;
  indicators: Partial<Record<string, { value: number; unit: string; approximate: boolean; sentence: string }>>;
  /** The file a report was read from (its web address, if any, is where its link goes). */
  source?: { url: string | null } | null;
}

/** Levels as the reports name them; unknown is an empty cell, like every unknown field. */
const LEVEL_NAMES: Record<string, string> = {
  province: '省级',
  city: '市级',
  district: '区级',
  county: '县级',
  township: '乡镇级',
  department: '部门',
  unknown: '',
};

export const COLLECTION_CSV_HEADER = ['地区', '省份', '层级', '年度', '标题', '发布日期', '指标代码', '指标', '数值', '单位', '约数', '原文', '来源'];

/**
 * The whole collection in long form, one line per report and disclosed canonical indicator, for
 * pivot tables: Excel and pandas pivot this shape directly, a wide one they would have to unpivot.
 * Unknown fields are empty cells (a long table has no row for an undisclosed figure; the
 * comparison CSV is where 未披露 is spelled out). The 来源 link opens the sentence.
 */
export function collectionToCsv(reports: CsvReport[]): string {
  const rows: CsvCell[][] = [COLLECTION_CSV_HEADER];
  for (const report of reports) {
    for (const key of INDICATOR_KEYS) {
      const figure = report.indicators[key];
      if (!figure) continue;
      rows.push([
        report.jurisdiction,
        report.province,
        LEVEL_NAMES[report.level] ?? '',
        report.year,
        report.title,
        report.publishedAt,
        key,
        INDICATORS[key].zh,
        figure.value,
        figure.unit,
        figure.approximate ? '是' : '否',
        figure.sentence,
        exportedSentenceLink(report, figure.sentence),
      ]);
    }
  }
  return toCsv(rows);
}

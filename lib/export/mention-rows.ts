import { z } from 'zod';
import { textFragmentUrl } from '../anchoring/text-fragment';
import { toCsv, type CsvCell } from './csv';
import type { CsvReport } from './collection-csv';

/**
 * The corpus beyond one browser: one row per figure (mention) of every report, in long format,
 * the same from the browser's export and from the CLI, so a folder of exports from several
 * researchers (and of CLI runs over saved pages) is one table for DuckDB, pandas or R. Written as
 * NDJSON, CSV or (CLI) Parquet; the columns are documented in the README and here.
 */
export const mentionRowSchema = z.strictObject({
  /** The report's body-text hash: the same report gets the same id in every browser and CLI run. */
  report_id: z.string().min(1).max(64),
  jurisdiction: z.string().nullable(),
  /** Province-level unit when the report prints it (provinceOf), else null: unknown, not none. */
  province: z.string().nullable(),
  level: z.string(),
  /** The year the report covers. */
  year: z.number().int().nullable(),
  title: z.string().nullable(),
  published_at: z.string().nullable(),
  /** Canonical key (lib/taxonomy) or the reader's own indicator; null: a figure no indicator names. */
  indicator_key: z.string().nullable(),
  indicator_source: z.enum(['canonical', 'user']).nullable(),
  /** What the report counts, as it words it (行政复议案件). */
  label: z.string(),
  value: z.number().refine(Number.isFinite, 'value must be finite'),
  unit: z.string(),
  /** The report gives the figure as an approximation (约, 余, 近). */
  approximate: z.boolean(),
  /** Whose figure: 全市, 市本级, 市政府…; null when the sentence does not say. */
  scope: z.string().nullable(),
  /** What time the figure covers when the sentence says so (2019年以来, 1-10月, 近三年); null: the year reported on. */
  period: z.string().nullable(),
  /**
   * This mention is the report's value for its indicator (the one the comparison shows): at most
   * one per report and key. Filter on it to get one figure per report.
   */
  is_indicator_value: z.boolean(),
  sentence: z.string(),
  /** The report page. */
  report_url: z.string(),
  /** The page opened at the sentence (#:~:text=). */
  source_url: z.string(),
});
export type MentionRow = z.infer<typeof mentionRowSchema>;

/** Column order of the CSV and Parquet files. */
export const MENTION_ROW_COLUMNS = Object.keys(mentionRowSchema.shape) as Array<keyof MentionRow>;

/** DuckDB types of the columns (the CLI's Parquet file, and read_json/read_csv of the others). */
export const MENTION_ROW_SQL_TYPES: Record<keyof MentionRow, 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN'> = {
  report_id: 'VARCHAR',
  jurisdiction: 'VARCHAR',
  province: 'VARCHAR',
  level: 'VARCHAR',
  year: 'INTEGER',
  title: 'VARCHAR',
  published_at: 'VARCHAR',
  indicator_key: 'VARCHAR',
  indicator_source: 'VARCHAR',
  label: 'VARCHAR',
  value: 'DOUBLE',
  unit: 'VARCHAR',
  approximate: 'BOOLEAN',
  scope: 'VARCHAR',
  period: 'VARCHAR',
  is_indicator_value: 'BOOLEAN',
  sentence: 'VARCHAR',
  report_url: 'VARCHAR',
  source_url: 'VARCHAR',
};

/** What a row needs of a report: a saved record and the CLI's extraction both fit. */
export interface RowReport extends Omit<CsvReport, 'indicators'> {
  textHash: string;
  indicators: Partial<Record<string, { value: number; unit: string; sentence: string }>>;
}

/** What a row needs of a mention. `userKey` is the reader's own indicator, when one was taught. */
export interface RowMention {
  key: string | null;
  userKey?: string | null;
  label: string;
  value: number;
  unit: string;
  approximate: boolean;
  scope: string | null;
  /** Absent on mentions saved before periods were read. */
  period?: string | null;
  text: string;
}

/** A report's mentions as rows, in reading order. */
export function mentionRows(report: RowReport, mentions: readonly RowMention[]): MentionRow[] {
  const valueTaken = new Set<string>();
  return mentions.map((mention) => {
    const userKey = mention.userKey ?? null;
    const key = userKey ?? mention.key;
    const picked = mention.key ? report.indicators[mention.key] : undefined;
    // The indicator's value is the mention it was picked from: same figure, same sentence.
    const isValue =
      userKey === null &&
      mention.key !== null &&
      !valueTaken.has(mention.key) &&
      picked !== undefined &&
      picked.value === mention.value &&
      picked.unit === mention.unit &&
      picked.sentence === mention.text;
    if (isValue) valueTaken.add(mention.key!);
    return {
      report_id: report.textHash,
      jurisdiction: report.jurisdiction,
      province: report.province,
      level: report.level,
      year: report.year,
      title: report.title,
      published_at: report.publishedAt,
      indicator_key: key,
      indicator_source: userKey !== null ? 'user' : mention.key !== null ? 'canonical' : null,
      label: mention.label,
      value: mention.value,
      unit: mention.unit,
      approximate: mention.approximate,
      scope: mention.scope,
      period: mention.period ?? null,
      is_indicator_value: isValue,
      sentence: mention.text,
      report_url: report.url,
      source_url: textFragmentUrl(report.url, { exact: mention.text }),
    };
  });
}

/** Rows as NDJSON, one object per line, each checked against the schema. */
export function toNdjson(rows: readonly MentionRow[]): string {
  return rows.map((row) => JSON.stringify(mentionRowSchema.parse(row)) + '\n').join('');
}

/** Rows as CSV lines (no header); see mentionCsvHeader. */
export function toMentionCsvLines(rows: readonly MentionRow[]): string {
  if (rows.length === 0) return '';
  return toCsv(
    rows.map((row) => {
      const checked = mentionRowSchema.parse(row);
      return MENTION_ROW_COLUMNS.map((column): CsvCell => checked[column]);
    }),
    { bom: false },
  );
}

/** The CSV header line, with the BOM spreadsheets need to read UTF-8. */
export function mentionCsvHeader(): string {
  return toCsv([MENTION_ROW_COLUMNS], { bom: true });
}

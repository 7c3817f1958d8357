import { createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { provinceOf } from '../db/province';
import type { ReportExtraction } from '../extract/extract-report';
import { mentionCsvHeader, mentionRows, MENTION_ROW_COLUMNS, MENTION_ROW_SQL_TYPES, toMentionCsvLines, toNdjson, type MentionRow } from '../export/mention-rows';
import { extractReport } from '../extract/extract-report';
import { loadPageReleased } from './load-page';

export type LongFormat = 'ndjson' | 'csv' | 'parquet';

/** The CLI's extraction of one page as long-format rows (reports only: a non-report has no figures). */
export function rowsOfExtraction(url: string, extraction: ReportExtraction): MentionRow[] {
  if (!extraction.detection.isReport) return [];
  const { meta, mentions, indicators } = extraction;
  const figures = Object.fromEntries(
    Object.entries(indicators).map(([key, picked]) => [key, { value: picked!.value, unit: picked!.unit, sentence: mentions[picked!.mention]?.text ?? '' }]),
  );
  return mentionRows(
    { textHash: extraction.textHash, url, jurisdiction: meta.jurisdiction, province: provinceOf(meta), level: meta.level, year: meta.year, title: meta.title, publishedAt: meta.publishedAt, indicators: figures },
    mentions,
  );
}

export interface ExportSummary {
  files: number;
  reports: number;
  rows: number;
  bytes: number;
  failed: number;
}

/**
 * Streams `files` through the engine into one long-format file: each page is read, extracted,
 * written and dropped before the next (memory stays flat over thousands of pages), writes wait
 * for the stream to drain, and a progress line goes to stderr. Parquet goes through an NDJSON file
 * in a temporary folder that DuckDB converts (streaming too) at the end.
 */
export async function exportLong(files: readonly string[], format: LongFormat, out: string | null, progress: (line: string, final: boolean) => void): Promise<ExportSummary> {
  if (format === 'parquet' && !out) throw new Error('--long parquet needs --out FILE.parquet');
  if (out) mkdirSync(dirname(resolve(out)), { recursive: true });
  const scratch = format === 'parquet' ? mkdtempSync(join(tmpdir(), 'report-lens-long-')) : null;
  const target = scratch ? join(scratch, 'rows.ndjson') : out;
  const stream: WriteStream | NodeJS.WriteStream = target ? createWriteStream(target) : process.stdout;
  const write = (text: string) => (text && !stream.write(text) ? new Promise<void>((drained) => stream.once('drain', () => drained())) : undefined);
  const summary: ExportSummary = { files: 0, reports: 0, rows: 0, bytes: 0, failed: 0 };
  const started = performance.now();
  let lastReport = performance.now();
  const report = (final: boolean) => {
    const seconds = (performance.now() - started) / 1000;
    progress(`extract: ${summary.files}/${files.length} pages · ${summary.reports} reports · ${summary.rows} rows · ${(summary.bytes / 1e6).toFixed(1)} MB · ${seconds.toFixed(1)} s`, final);
  };
  try {
    if (format === 'csv') await write(mentionCsvHeader());
    for (const file of files) {
      try {
        summary.bytes += statSync(file).size;
        const page = await loadPageReleased(file);
        const rows = rowsOfExtraction(page.meta.url ?? resolve(file), extractReport(page));
        if (rows.length > 0) summary.reports++;
        summary.rows += rows.length;
        await write(format === 'csv' ? toMentionCsvLines(rows) : toNdjson(rows));
      } catch (error) {
        summary.failed++;
        process.stderr.write(`\nextract: ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      }
      summary.files++;
      if (performance.now() - lastReport > 500) {
        lastReport = performance.now();
        report(false);
      }
    }
    if (stream !== process.stdout) await new Promise<void>((closed) => (stream as WriteStream).end(() => closed()));
    if (scratch && out) await ndjsonToParquet(target!, out);
    report(true);
    return summary;
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

/** DuckDB reads the NDJSON with the documented column types and writes Parquet (zstd). */
async function ndjsonToParquet(ndjson: string, parquet: string): Promise<void> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const columns = MENTION_ROW_COLUMNS.map((column) => `${column}: '${MENTION_ROW_SQL_TYPES[column]}'`).join(', ');
    const quote = (path: string) => `'${resolve(path).replace(/'/g, "''")}'`;
    await connection.run(
      `COPY (SELECT ${MENTION_ROW_COLUMNS.join(', ')} FROM read_json(${quote(ndjson)}, format = 'newline_delimited', columns = {${columns}})) TO ${quote(parquet)} (FORMAT parquet, COMPRESSION zstd)`,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

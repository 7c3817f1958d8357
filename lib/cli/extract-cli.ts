/**
 * `npm run --silent extract -- [--csv | --long ndjson|csv|parquet [--out FILE]] FILE|DIR...`
 *
 * Prints the extraction of each .html/.htm/.txt file as JSON (one object for one file, an array for
 * several) or, with --csv, one row per file and canonical indicator, so a researcher can point it at
 * a folder of saved pages and get one spreadsheet for a whole province. With --long it streams the
 * long format instead (one row per figure, lib/export/mention-rows.ts), page by page with a
 * progress line on stderr, to stdout or --out (Parquet needs --out). A file that cannot be read
 * is reported on stderr and skipped; the others are still printed, and the exit code is 1.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractReport } from '../extract/extract-report';
import { toExtractionOutput } from '../extract/to-output';
import type { ExtractionOutput } from '../extract/schema';
import { toCsv, type CsvCell } from '../export/csv';
import { INDICATORS, type IndicatorKey } from '../taxonomy/indicators';
import { loadPage } from './load-page';
import { exportLong, type LongFormat } from './long-export';

const PAGE_FILE = /\.(html?|txt)$/i;

function expandArguments(paths: string[]): string[] {
  return paths.flatMap((path) => {
    if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) return [path];
    return readdirSync(path, { recursive: true, encoding: 'utf8' })
      .filter((name) => PAGE_FILE.test(name))
      .sort()
      .map((name) => join(path, name));
  });
}

function csvRows(outputs: ExtractionOutput[]): CsvCell[][] {
  const header = ['file', 'isReport', 'jurisdiction', 'level', 'year', 'title', 'publishedAt', 'key', 'indicator', 'value', 'unit'];
  const rows: CsvCell[][] = [header];
  for (const out of outputs) {
    const { jurisdiction, level, year, title, publishedAt } = out.meta;
    const fileCells = [out.file, out.isReport, jurisdiction, level, year, title, publishedAt];
    const entries = Object.entries(out.indicators);
    // A file with no figures still gets a row: "no figure" is itself a finding.
    if (entries.length === 0) rows.push([...fileCells, null, null, null, null]);
    for (const [key, { value, unit }] of entries) {
      rows.push([...fileCells, key, INDICATORS[key as IndicatorKey]?.zh ?? null, value, unit]);
    }
  }
  return rows;
}

const USAGE = 'usage: npm run --silent extract -- [--csv | --long ndjson|csv|parquet [--out FILE]] FILE.html|FILE.txt|DIR ...\n';
const LONG_FORMATS: readonly LongFormat[] = ['ndjson', 'csv', 'parquet'];

/** The value after `flag` (removed from `argv` with it), or null when the flag is absent. */
function takeOption(argv: string[], flag: string): string | null {
  const at = argv.indexOf(flag);
  if (at === -1) return null;
  const [, value] = argv.splice(at, 2);
  return value ?? '';
}

async function main(argv: string[]): Promise<number> {
  const long = takeOption(argv, '--long');
  const out = takeOption(argv, '--out');
  const csv = argv.includes('--csv');
  const paths = argv.filter((arg) => arg !== '--csv');
  if (paths.length === 0 || (long !== null && !LONG_FORMATS.includes(long as LongFormat)) || (out !== null && long === null)) {
    process.stderr.write(USAGE);
    return 2;
  }
  const files = expandArguments(paths);
  if (long !== null) {
    // A terminal gets one line rewritten in place; a log gets a line per update.
    const progress = (line: string, final: boolean) => process.stderr.write(process.stderr.isTTY ? `\r${line}${final ? '\n' : ''}` : `${line}\n`);
    const summary = await exportLong(files, long as LongFormat, out, progress);
    return summary.failed > 0 ? 1 : 0;
  }
  // One file named on its own prints one object; a folder or several files print an array.
  const single = paths.length === 1 && files.length === 1 && files[0] === paths[0];
  const outputs: ExtractionOutput[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      outputs.push(toExtractionOutput(file, extractReport(loadPage(file))));
    } catch (error) {
      failed++;
      process.stderr.write(`extract: ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  if (csv) process.stdout.write(toCsv(csvRows(outputs)));
  else if (!single) process.stdout.write(JSON.stringify(outputs, null, 2) + '\n');
  else if (outputs[0]) process.stdout.write(JSON.stringify(outputs[0], null, 2) + '\n');
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));

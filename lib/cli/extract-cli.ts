/**
 * `npm run --silent extract -- [--csv] FILE|DIR...`
 *
 * Prints the extraction of each .html/.htm/.txt file as JSON (one object for one file, an array for
 * several) or, with --csv, one row per file and canonical indicator, so a researcher can point it at
 * a folder of saved pages and get one spreadsheet for a whole province. A file that cannot be read
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

function main(argv: string[]): number {
  const csv = argv.includes('--csv');
  const paths = argv.filter((arg) => arg !== '--csv');
  if (paths.length === 0) {
    process.stderr.write('usage: npm run --silent extract -- [--csv] FILE.html|FILE.txt|DIR ...\n');
    return 2;
  }
  const files = expandArguments(paths);
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

process.exitCode = main(process.argv.slice(2));

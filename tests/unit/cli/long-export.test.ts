import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MENTION_ROW_COLUMNS, mentionRowSchema, type MentionRow } from '../../../lib/export/mention-rows';
import { writeSeriesPages } from '../../fixtures/series/write-series';

const ROOT = join(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'lib/cli/extract-cli.ts');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CITIES = ['江西省九江市', '江西省赣州市', '福建省泉州市'];

let work: string;
const extract = (...args: string[]) => spawnSync(TSX, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'report-lens-long-test-'));
  writeSeriesPages(join(work, 'pages-a'), CITIES.slice(0, 2), [2019, 2020, 2021]);
  writeSeriesPages(join(work, 'pages-b'), CITIES.slice(2), [2019, 2020, 2021]);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The README's DuckDB recipe, exactly as printed between its markers. */
function readmeRecipe(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = /<!-- duckdb-recipe:start -->\s*```sql\n([\s\S]*?)```\s*<!-- duckdb-recipe:end -->/.exec(readme);
  if (!block) throw new Error('README has no duckdb-recipe block');
  return block[1]!;
}

describe('npm run extract -- --long', () => {
  it('streams one schema-valid NDJSON row per figure, with a progress line on stderr', () => {
    const run = extract('--long', 'ndjson', join(work, 'pages-a'));
    expect(run.status).toBe(0);
    const rows = run.stdout.trim().split('\n').map((line) => mentionRowSchema.parse(JSON.parse(line)));
    expect(new Set(rows.map((r) => r.report_id)).size).toBe(6);
    expect(rows.every((r) => r.report_url.startsWith('http://www.city'))).toBe(true);
    // One value per report and indicator.
    const picked = rows.filter((r) => r.is_indicator_value).map((r) => `${r.report_id} ${r.indicator_key}`);
    expect(new Set(picked).size).toBe(picked.length);
    expect(rows.filter((r) => r.is_indicator_value && r.indicator_key === 'reconsideration.accepted')).toHaveLength(6);
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(/^extract: 6\/6 pages · 6 reports · \d+ rows · [\d.]+ MB · [\d.]+ s$/);
  }, 60_000);

  it('writes CSV with the documented columns in order', () => {
    const run = extract('--long', 'csv', join(work, 'pages-b'));
    const [header, first] = run.stdout.split('\r\n');
    expect(header).toBe('\uFEFF' + MENTION_ROW_COLUMNS.join(','));
    expect(first).toMatch(/^[0-9a-z]+,福建省泉州市,福建,city,2019,/);
  }, 60_000);

  it('refuses parquet without --out, and an unknown format, with the usage line', () => {
    for (const args of [['--long', 'parquet', work], ['--long', 'xlsx', work]]) {
      const run = extract(...args);
      expect(run.status, args.join(' ')).not.toBe(0);
      expect(run.stderr).toMatch(/usage|needs --out/);
    }
  });

  it('writes Parquet that the README recipe reads as written: median by province and year', async () => {
    for (const part of ['a', 'b']) {
      const run = extract('--long', 'parquet', '--out', join(work, 'exports', `part-${part}.parquet`), join(work, `pages-${part}`));
      expect(run.status, run.stderr).toBe(0);
    }
    const ndjson = extract('--long', 'ndjson', join(work, 'pages-a'), join(work, 'pages-b')).stdout;
    const rows = ndjson.trim().split('\n').map((line) => JSON.parse(line) as MentionRow);
    const expected = new Map<string, number[]>();
    for (const row of rows) {
      if (row.indicator_key !== 'reconsideration.accepted' || !row.is_indicator_value) continue;
      const key = `${row.province} ${row.year}`;
      expected.set(key, [...(expected.get(key) ?? []), row.value]);
    }
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const mid = sorted.length / 2;
      return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
    };

    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      // The recipe's relative path is read from the folder the exports sit in, as a reader would run it there.
      await connection.run(`SET file_search_path = '${work.replace(/'/g, "''")}'`);
      const result = await connection.runAndReadAll(readmeRecipe());
      const got = result.getRowObjectsJson().map((r) => `${r.province} ${r.year} ${r.median_value} ${r.reports}`);
      const want = [...expected].sort(([a], [b]) => a.localeCompare(b)).map(([key, values]) => `${key} ${median(values)} ${values.length}`);
      expect(got.sort()).toEqual(want.sort());
      expect(got).toHaveLength(6);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  }, 120_000);
});

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractionOutputSchema } from '../../../lib/extract/schema';

const ROOT = join(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'lib/cli/extract-cli.ts');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const manifest: Array<{ file: string; kind: string }> = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/fixtures.json'), 'utf8'));

function extract(...args: string[]) {
  return spawnSync(TSX, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe('npm run extract', () => {
  it('prints output that validates against the schema for every fixture', () => {
    const files = manifest.map((entry) => join('tests/fixtures', entry.file));
    const run = extract(...files);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const outputs = JSON.parse(run.stdout) as unknown[];
    expect(outputs).toHaveLength(files.length);
    for (const output of outputs) extractionOutputSchema.parse(output);
    const byFile = new Map(outputs.map((o) => [(o as { file: string }).file, o as { isReport: boolean }]));
    for (const entry of manifest) expect(byFile.get(join('tests/fixtures', entry.file))?.isReport, entry.file).toBe(entry.kind === 'report');
  }, 120_000);

  it('prints one object for one file, with the figure the report states', () => {
    const out = extractionOutputSchema.parse(JSON.parse(extract('tests/fixtures/reports/003-xiamen-2021.html').stdout));
    expect(out.meta.jurisdiction).toBe('厦门市');
    expect(out.indicators['reconsideration.accepted']).toEqual({ value: 1541, unit: '件' });
  });

  it('prints one CSV row per file and key, with a BOM, for a whole folder', () => {
    const run = extract('--csv', 'tests/fixtures/reports');
    const lines = run.stdout.split('\r\n');
    expect(lines[0]).toBe('\uFEFFfile,isReport,jurisdiction,level,year,title,publishedAt,key,indicator,value,unit');
    expect(lines.some((l) => l.includes('003-xiamen-2021.html,true,厦门市,city,2021,') && l.endsWith(',reconsideration.accepted,行政复议受理,1541,件'))).toBe(true);
  });

  it('reports a missing file clearly, still prints the others, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, '这不是一份报告。');
    const run = extract(notes, join(dir, 'missing.html'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/missing\.html/);
    const outputs = JSON.parse(run.stdout) as Array<{ file: string; isReport: boolean }>;
    expect(outputs).toEqual([expect.objectContaining({ file: notes, isReport: false })]);
  });

  it('explains its usage when called without files', () => {
    expect(() => execFileSync(TSX, [CLI], { cwd: ROOT, stdio: 'pipe' })).toThrow(/usage/);
  });
});

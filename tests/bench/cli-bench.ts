/**
 * The CLI over a folder of thousands of saved pages (`--long ndjson`): ms per MB and peak memory
 * for 1,000, 3,000 and 10,000 pages, so linear growth (flat memory) shows in the figures. Pages are
 * the five seed reports' fixtures, each copy marked so that no two files are the same text.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = ['000-jinjiang-2019', '001-jiujiang-2022', '002-shapotou-2020', '003-xiamen-2021', '004-template-district-2014'];
const SIZES = (process.env.CLI_BENCH_SIZES ?? '1000,3000,10000').split(',').map(Number);

function writePages(dir: string, count: number): number {
  const templates = SEEDS.map((name) => readFileSync(join(ROOT, 'tests/fixtures/reports', `${name}.html`), 'utf8'));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const html = templates[i % templates.length]!.replace('</body>', `<!-- copy ${i} --></body>`);
    writeFileSync(join(dir, `page-${String(i).padStart(5, '0')}.html`), html);
    bytes += Buffer.byteLength(html);
  }
  return bytes;
}

/** Runs the CLI under /usr/bin/time: wall seconds and peak resident memory (MB) of the whole process. */
function runCli(dir: string, out: string): { seconds: number; peakMb: number } {
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', tsx, join(ROOT, 'lib/cli/extract-cli.ts'), '--long', 'ndjson', '--out', out, dir], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`CLI failed (${run.status}): ${run.stderr.slice(-500)}`);
  // The CLI's progress lines come first on stderr; time's figures are its last line.
  const [seconds, kilobytes] = run.stderr.trim().split(/[\r\n]+/).pop()!.split(' ').map(Number);
  return { seconds: seconds!, peakMb: kilobytes! / 1024 };
}

export function benchCli(): string[] {
  const lines = ['CLI long export (--long ndjson) over a folder of saved report pages:'];
  for (const count of SIZES) {
    const work = mkdtempSync(join(tmpdir(), 'report-lens-cli-bench-'));
    try {
      const pages = join(work, 'pages');
      mkdirSync(pages);
      const bytes = writePages(pages, count);
      const out = join(work, 'rows.ndjson');
      const { seconds, peakMb } = runCli(pages, out);
      const mb = bytes / 1e6;
      lines.push(
        `  ${String(count).padStart(6)} pages, ${mb.toFixed(0).padStart(4)} MB: ${seconds.toFixed(1)} s, ${((seconds * 1000) / mb).toFixed(0)} ms per MB, ` +
          `${((seconds * 1000) / count).toFixed(1)} ms per page, peak memory ${peakMb.toFixed(0)} MB, output ${(statSync(out).size / 1e6).toFixed(1)} MB`,
      );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) for (const line of benchCli()) console.log(line);

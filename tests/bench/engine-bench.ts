/**
 * Engine speed in Node (issue #3, point 10): extraction per seed fixture, and for 1 MB of report
 * text, where the goal is under 100 ms. Page loading (HTML parsing) is timed apart from extraction
 * because the content script gets its DOM for free.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractReport } from '../../lib/extract/extract-report';
import { loadPage } from '../../lib/cli/load-page';
import { pageTextFromPlainText } from '../../lib/page-text/from-plain-text';
import { medianMs } from './measure';

const ROOT = join(import.meta.dirname, '../..');

interface ManifestEntry {
  file: string;
  kind: string;
  seed: string | null;
}

export function benchEngine(): string[] {
  const manifest: ManifestEntry[] = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/fixtures.json'), 'utf8'));
  const lines = ['engine (Node), median ms:', '  fixture                              chars   load  extract'];
  for (const entry of manifest.filter((e) => e.kind === 'report' && e.seed)) {
    const file = join(ROOT, 'tests/fixtures', entry.file);
    const loadTime = medianMs(() => loadPage(file), 5, 1);
    const page = loadPage(file);
    const extractTime = medianMs(() => extractReport(page));
    lines.push(`  ${entry.file.padEnd(36)} ${String(page.text.length).padStart(6)} ${loadTime.toFixed(1).padStart(6)} ${extractTime.toFixed(2).padStart(8)}`);
  }
  const seedDir = join(ROOT, 'tests/fixtures/seeds');
  const seedText = ['000_0584a391d29fbf7b.txt', '001_2adae50a77c5f6dd.txt', '003_c41d4294c82615c2.txt']
    .map((name) => readFileSync(join(seedDir, name), 'utf8'))
    .join('\n');
  let big = seedText;
  while (big.length < 1_000_000) big += '\n' + seedText;
  big = big.slice(0, 1_000_000);
  const buildTime = medianMs(() => pageTextFromPlainText(big), 5, 1);
  const page = pageTextFromPlainText(big);
  const extractTime = medianMs(() => extractReport(page), 5, 1);
  lines.push(`  1 MB of report text: page model ${buildTime.toFixed(1)} ms, extraction ${extractTime.toFixed(1)} ms (goal < 100 ms)`);
  return lines;
}

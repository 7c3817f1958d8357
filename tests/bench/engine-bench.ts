/**
 * Engine speed in Node (issue #3, point 10): extraction per seed fixture, and for 1 MB of report
 * text, where the goal is under 100 ms, plus a linear-time check (0.5 / 1 / 2 MB). Page loading
 * (HTML parsing) is timed apart from extraction because the content script gets its DOM for free.
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
  const big = reportText(1_000_000);
  const buildTime = medianMs(() => pageTextFromPlainText(big), 5, 1);
  const page = pageTextFromPlainText(big);
  const extractTime = medianMs(() => extractReport(page), 5, 1);
  lines.push(`  1 MB of report text: page model ${buildTime.toFixed(1)} ms, extraction ${extractTime.toFixed(1)} ms (goal < 100 ms)`);
  lines.push(linearTimeLine());
  return lines;
}

/** `chars` characters of report text: three seeds repeated, so every size has the same mix of figures and headings. */
function reportText(chars: number): string {
  const seedDir = join(ROOT, 'tests/fixtures/seeds');
  const seedText = ['000_0584a391d29fbf7b.txt', '001_2adae50a77c5f6dd.txt', '003_c41d4294c82615c2.txt']
    .map((name) => readFileSync(join(seedDir, name), 'utf8'))
    .join('\n');
  let text = seedText;
  while (text.length < chars) text += '\n' + seedText;
  return text.slice(0, chars);
}

/**
 * Extraction time at 0.5, 1 and 2 MB: linear time shows as a 2 MB / 1 MB ratio near 2 (an
 * accidental O(n²) loop over the text would show as 4).
 */
function linearTimeLine(): string {
  const times = [500_000, 1_000_000, 2_000_000].map((chars) => {
    const page = pageTextFromPlainText(reportText(chars));
    return medianMs(() => extractReport(page), 7, 2);
  });
  const [half, one, two] = times as [number, number, number];
  return `  linear time: extraction 0.5 MB ${half.toFixed(1)} ms, 1 MB ${one.toFixed(1)} ms, 2 MB ${two.toFixed(1)} ms; 2 MB / 1 MB = ${(two / one).toFixed(2)} (goal ≈ 2)`;
}

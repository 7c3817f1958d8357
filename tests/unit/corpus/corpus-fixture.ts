import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CorpusGold, ManifestEntry } from '../../corpus/load-corpus';

/**
 * A throw-away corpus built from the project's own texts (the 晋江 seed and a built negative), so
 * loader and held-out plumbing are tested without any cached third-party page and without
 * running the engine on the real held-out split.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
export const SEED_TEXT = readFileSync(join(ROOT, 'tests/fixtures/seeds/000_0584a391d29fbf7b.txt'), 'utf8');
export const NEGATIVE_TEXT = readFileSync(join(ROOT, 'tests/fixtures/negative/001.txt'), 'utf8');

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export interface FakeCorpus {
  corpusDir: string;
  cacheDir: string;
  report: ManifestEntry;
  negative: ManifestEntry;
}

export function seedGold(id: string): CorpusGold {
  return {
    id,
    sha256: sha256(SEED_TEXT),
    isReport: true,
    // The seed's own fixture gold supplies the metadata, so the two cannot disagree.
    meta: JSON.parse(readFileSync(join(ROOT, 'tests/gold/000-jinjiang-2019.json'), 'utf8')).meta,
    sections: [],
    indicators: {},
    figures: [],
    notes: [],
  };
}

/** Writes manifests/, gold/ and a cache with pages/<sha>.txt for one report and one negative in `split`. */
export function makeFakeCorpus(split: 'dev' | 'held-out', gold: CorpusGold = seedGold('r-t-01-jinjiang-county-2019')): FakeCorpus {
  const base = mkdtempSync(join(tmpdir(), 'report-lens-corpus-'));
  const corpusDir = join(base, 'corpus');
  const cacheDir = join(base, 'cache');
  for (const dir of ['manifests', 'gold']) mkdirSync(join(corpusDir, dir), { recursive: true });
  mkdirSync(join(cacheDir, 'pages'), { recursive: true });
  const entry = (id: string, text: string, kind: 'report' | 'negative'): ManifestEntry => ({
    id,
    url: `http://example.gov.cn/${id}.html`,
    sha256: sha256(text),
    chars: text.length,
    kind,
    split,
    query: 'test',
    note: 'built by the test',
  });
  const report = entry(gold.id, SEED_TEXT, 'report');
  const negative = entry('n-t-01-negative', NEGATIVE_TEXT, 'negative');
  writeFileSync(join(corpusDir, 'manifests', 'test.json'), JSON.stringify([report, negative]));
  writeFileSync(join(corpusDir, 'gold', `${gold.id}.json`), JSON.stringify(gold));
  writeFileSync(join(cacheDir, 'pages', `${report.sha256}.txt`), SEED_TEXT);
  writeFileSync(join(cacheDir, 'pages', `${negative.sha256}.txt`), NEGATIVE_TEXT);
  return { corpusDir, cacheDir, report, negative };
}

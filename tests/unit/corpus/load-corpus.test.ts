import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, loadManifests } from '../../corpus/load-corpus';
import { runCorpusEvaluation } from '../../eval/corpus-evaluation';
import { makeFakeCorpus, seedGold } from './corpus-fixture';

describe('loadCorpus', () => {
  it('loads texts and gold of the chosen split only', () => {
    const fake = makeFakeCorpus('dev');
    const dev = loadCorpus(['dev'], fake);
    expect(dev.ok).toBe(true);
    if (!dev.ok) return;
    expect(dev.pages.map((p) => [p.entry.id, p.gold?.id ?? null])).toEqual([
      ['r-t-01-jinjiang-county-2019', 'r-t-01-jinjiang-county-2019'],
      ['n-t-01-negative', null],
    ]);
    const heldOut = loadCorpus(['held-out'], fake);
    expect(heldOut).toMatchObject({ ok: false, reason: 'no manifest entry in split held-out' });
  });

  it('names every missing or altered cached text instead of measuring a partial corpus', () => {
    const fake = makeFakeCorpus('dev');
    rmSync(join(fake.cacheDir, 'pages', `${fake.negative.sha256}.txt`));
    writeFileSync(join(fake.cacheDir, 'pages', `${fake.report.sha256}.txt`), 'edited text');
    const load = loadCorpus(['dev'], fake);
    expect(load.ok).toBe(false);
    if (load.ok) return;
    expect(load.reason).toMatch(/^2 of 2 cached texts missing or altered/);
    expect(load.missing[0]).toMatch(/^r-t-01-jinjiang-county-2019: .* has sha256 [0-9a-f]{64}$/);
    expect(load.missing[1]).toMatch(/^n-t-01-negative: .*\.txt$/);
  });

  it('rejects gold with a key outside the taxonomy, and duplicate ids', () => {
    const badGold = { ...seedGold('r-t-02-bad'), indicators: { 'made.up': { value: 1, unit: '件', phrase: 'x', approximate: false } } };
    const fake = makeFakeCorpus('dev', badGold);
    expect(() => loadManifests(fake.corpusDir)).toThrow(/not a taxonomy indicator key/);

    const twice = makeFakeCorpus('dev');
    writeFileSync(join(twice.corpusDir, 'manifests', 'again.json'), JSON.stringify([{ ...twice.negative, sha256: 'f'.repeat(64) }]));
    expect(() => loadManifests(twice.corpusDir)).toThrow(/duplicate id n-t-01-negative/);
  });

  it('the repo corpus manifests and gold validate, every report has gold and ids follow the batch prefixes', () => {
    const { entries, gold } = loadManifests();
    expect(entries.length).toBeGreaterThanOrEqual(50);
    for (const entry of entries) {
      if (entry.kind === 'report') expect(gold.has(entry.id), entry.id).toBe(true);
      expect(entry.id.startsWith(entry.kind === 'report' ? 'r-' : 'n-') || entry.id.startsWith('p-'), entry.id).toBe(true);
    }
  });
});

describe('held-out path (on a fake held-out split built from the seeds)', () => {
  it('measures detection, metadata and figure counts of the split it is given', () => {
    const fake = makeFakeCorpus('held-out');
    const load = loadCorpus(['held-out'], fake);
    expect(load.ok).toBe(true);
    if (!load.ok) return;
    const measured = runCorpusEvaluation(load.pages);
    expect([measured.reports, measured.negatives]).toEqual([1, 1]);
    expect(measured.evaluation.detection).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(measured.evaluation.metadata.year).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(measured.figures.total).toBe(0);
  });
});

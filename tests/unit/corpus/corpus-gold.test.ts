import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../../lib/taxonomy/indicators';
import { loadCorpus, loadManifests } from '../../corpus/load-corpus';
import { expectHeadingsQuoted, expectIndicatorsQuoted } from '../../gold/gold-checks';
import type { Gold } from '../../gold/gold-schema';

/**
 * Gold against the cached texts it was read from. The texts live outside the repo, so this runs
 * where the cache is (a developer's machine) and is skipped, saying why, where it is not (CI).
 * Only gold and text are compared here: no engine code runs, so the held-out split is checked too.
 */
const load = loadCorpus(['dev', 'held-out']);
if (!load.ok) console.log(`corpus gold checks skipped: ${load.reason}${load.missing.length ? `\n  ${load.missing.slice(0, 5).join('\n  ')}` : ''}`);

/** The ways a page prints one ISO date: 2024-03-28, 2024年3月28日, 2024/03/28, 28.03.2024. */
function printedForms(isoDate: string): string[] {
  const [y, m, d] = isoDate.split('-');
  const month = String(Number(m));
  const day = String(Number(d));
  return [isoDate, `${y}年${month}月${day}日`, `${y}年${m}月${d}日`, `${y}/${m}/${d}`, `${d}.${m}.${y}`];
}

describe.skipIf(!load.ok)('corpus gold against the cached texts', () => {
  const pages = load.ok ? load.pages.filter((p) => p.gold) : [];

  it.each(pages.map((p) => [p.entry.id, p] as const))('%s', (_id, { entry, text, gold }) => {
    expect(text.length).toBe(entry.chars);
    const { meta, figures, indicators } = gold!;
    // Titles may wrap over two printed lines (issuer line + subject line).
    if (meta.title) expect(text.replace(/\s+/g, ''), 'title').toContain(meta.title.replace(/\s+/g, ''));
    // A name composed from printed parts is allowed only when the gold says so in a note.
    const composed = gold!.notes.some((note) => note.includes('DOUBT jurisdiction'));
    if (meta.jurisdiction && !composed) expect(text, 'jurisdiction').toContain(meta.jurisdiction);
    if (meta.publisher) expect(text, 'publisher').toContain(meta.publisher);
    if (meta.publishedAt) expect(printedForms(meta.publishedAt).some((form) => text.includes(form)), meta.publishedAt).toBe(true);
    expect(meta.onTime).toBe(meta.year === null || meta.publishedAt === null ? null : meta.publishedAt < `${meta.year + 1}-04-01`);
    // Headings and indicators share the fixture gold's checks (same shape, wider level enum).
    expectHeadingsQuoted(gold as unknown as Gold, text);
    expectIndicatorsQuoted(gold as unknown as Gold, text);
    for (const [key, indicator] of Object.entries(indicators)) {
      expect(indicator.phrase.replace(/\s+/g, ''), `${key} = ${indicator.value}`).toMatch(/[\d〇一二两三四五六七八九十百千万]/);
    }
    let cursor = -1;
    for (const figure of figures) {
      const at = text.indexOf(figure.phrase);
      expect(at, figure.phrase).toBeGreaterThan(cursor);
      expect(text.indexOf(figure.phrase, at + 1), `${figure.phrase} is not unique`).toBe(-1);
      cursor = at;
    }
  });
});

describe('corpus gold (repo side only)', () => {
  const { entries, gold } = loadManifests();
  const golds = [...gold.values()];

  it('indicator units are the taxonomy units', () => {
    for (const g of golds) {
      for (const [key, indicator] of Object.entries(g.indicators)) {
        expect(indicator.unit, `${g.id} ${key}`).toBe(INDICATORS[key as keyof typeof INDICATORS].unit);
      }
    }
  });

  it('spans the levels and years the engine will meet, with negatives in both splits', () => {
    const levels = new Set(golds.map((g) => g.meta.level));
    for (const level of ['province', 'city', 'district', 'county', 'township', 'department'] as const) expect(levels).toContain(level);
    const years = golds.map((g) => g.meta.year).filter((year): year is number => year !== null);
    expect(Math.min(...years)).toBeLessThanOrEqual(2015);
    expect(Math.max(...years)).toBeGreaterThanOrEqual(2025);
    for (const split of ['dev', 'held-out'] as const) expect(entries.some((e) => e.kind === 'negative' && e.split === split), split).toBe(true);
  });

  it('the previous holdout batch is all dev (it was tuned on); gold with no figures says so', () => {
    for (const entry of entries.filter((e) => e.id.startsWith('p-'))) expect(entry.split, entry.id).toBe('dev');
    for (const g of golds.filter((x) => x.figures.length === 0 && x.id.startsWith('p-'))) {
      expect(g.notes.some((note) => note.includes('never transcribed')), g.id).toBe(true);
    }
  });
});

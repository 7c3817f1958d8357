import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../../lib/taxonomy/indicators';
import { loadCorpus, loadManifests } from '../../corpus/load-corpus';
import { expectHeadingsQuoted, expectIndicatorsQuoted } from '../../gold/gold-checks';
import type { Gold } from '../../gold/gold-schema';

/**
 * Gold against the cached texts it was read from. The texts live outside the repo, so this runs
 * where the cache is (a developer's machine) and is skipped, saying why, where it is not (CI).
 */
const load = loadCorpus(['dev', 'held-out']);
if (!load.ok) console.log(`corpus gold checks skipped: ${load.reason}${load.missing.length ? `\n  ${load.missing.slice(0, 5).join('\n  ')}` : ''}`);

describe.skipIf(!load.ok)('corpus gold against the cached texts', () => {
  const pages = load.ok ? load.pages.filter((p) => p.gold) : [];

  it.each(pages.map((p) => [p.entry.id, p] as const))('%s', (_id, { entry, text, gold }) => {
    expect(text.length).toBe(entry.chars);
    const { meta, figures } = gold!;
    for (const field of ['title', 'publisher'] as const) if (meta[field]) expect(text, field).toContain(meta[field]);
    // Headings and indicators share the fixture gold's checks (same shape, wider level enum).
    expectHeadingsQuoted(gold as unknown as Gold, text);
    expectIndicatorsQuoted(gold as unknown as Gold, text);
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
  it('indicator units are the taxonomy units', () => {
    for (const gold of loadManifests().gold.values()) {
      for (const [key, indicator] of Object.entries(gold.indicators)) {
        expect(indicator.unit, `${gold.id} ${key}`).toBe(INDICATORS[key as keyof typeof INDICATORS].unit);
      }
    }
  });
});

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../../lib/taxonomy/indicators';
import { expectHeadingsQuoted, expectIndicatorsQuoted } from '../../gold/gold-checks';
import { goldSchema, type Gold } from '../../gold/gold-schema';
import { GOLD_DIR, TRADITIONAL_GOLDS, formatGold, toTraditional, toTraditionalGold } from '../../gold/make-big5-gold';

// The gold files are the evaluation's truth and were checked by hand against the seeds: these
// tests make sure they stay tied to the text (every title and phrase is quoted verbatim, in
// order) and to the taxonomy, so neither an edit to a gold file nor one to a seed drifts silently.

const SEEDS_DIR = join(GOLD_DIR, '..', 'fixtures', 'seeds');
const EXPECTED_STEMS = [
  '000-jinjiang-2019',
  '001-jiujiang-2022',
  '002-shapotou-2020',
  '003-xiamen-2021',
  '004-template-district-2014',
  '005-xiamen-2021-big5',
];
const SOURCE_OF_TRADITIONAL = new Map(Object.entries(TRADITIONAL_GOLDS).map(([source, target]) => [target, source]));

const stems = readdirSync(GOLD_DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.replace(/\.json$/, ''))
  .sort();

function loadGold(stem: string): Gold {
  return goldSchema.parse(JSON.parse(readFileSync(join(GOLD_DIR, `${stem}.json`), 'utf8')));
}

/** The page text a gold file quotes: the seed, converted to traditional for the big5 copies. */
function pageTextFor(stem: string, gold: Gold): string {
  const seed = readFileSync(join(SEEDS_DIR, gold.seed), 'utf8');
  return SOURCE_OF_TRADITIONAL.has(stem) ? toTraditional(seed) : seed;
}

function printsValue(phrase: string, value: number): boolean {
  const digits = String(value).replace('.', '\\.');
  return new RegExp(`(?<![\\d.])${digits}(?![\\d.])`).test(phrase);
}

describe('gold files', () => {
  it('cover exactly the fixture reports', () => {
    expect(stems).toEqual(EXPECTED_STEMS);
  });

  describe.each(stems)('%s', (stem) => {
    const gold = loadGold(stem);
    const text = pageTextFor(stem, gold);

    it('names its own fixture and an existing seed', () => {
      expect(gold.fixture).toBe(`reports/${stem}.html`);
      expect(existsSync(join(SEEDS_DIR, gold.seed))).toBe(true);
    });

    it('quotes every heading verbatim, marker included, in document order', () => {
      expectHeadingsQuoted(gold, text);
    });

    it('states every indicator in a verbatim phrase, with the taxonomy unit', () => {
      expectIndicatorsQuoted(gold, text);
      for (const [key, indicator] of Object.entries(gold.indicators)) {
        // A value the phrase does not print (a sum, 两部, 全部) must be explained in the notes.
        const explained = gold.notes.some((note) => note.includes(`${key} ${indicator.value}`));
        expect(printsValue(indicator.phrase, indicator.value) || explained, `${key} = ${indicator.value}`).toBe(true);
      }
    });

    it('derives onTime from the publication date (before 1 April of the next year)', () => {
      const { year, publishedAt, onTime } = gold.meta;
      const expected = year === null || publishedAt === null ? null : publishedAt < `${year + 1}-04-01`;
      expect(onTime).toBe(expected);
    });

    it('proposes only keys the taxonomy does not have yet', () => {
      const candidates = gold.notes.filter((note) => note.startsWith('candidate key:'));
      for (const note of candidates) {
        const key = /^candidate key: ([\w.]+)/.exec(note)?.[1];
        expect(key, note).toBeDefined();
        expect(Object.hasOwn(INDICATORS, key!), note).toBe(false);
      }
    });
  });

  it.each(Object.entries(TRADITIONAL_GOLDS))('%s → %s: the traditional copy is exactly its conversion', (source, target) => {
    const written = readFileSync(join(GOLD_DIR, `${target}.json`), 'utf8');
    expect(written).toBe(formatGold(toTraditionalGold(loadGold(source), target, source)));
    expect(loadGold(target).meta.title).toBe('廈門市關於2021年法治政府建設情況的報告');
  });
});

describe('goldSchema', () => {
  const valid = loadGold('000-jinjiang-2019');

  it('rejects an indicator key the taxonomy does not define', () => {
    const indicators = { ...valid.indicators, 'reconsideration.filed': { value: 1, unit: '件', phrase: 'x', approximate: false } };
    expect(goldSchema.safeParse({ ...valid, indicators }).success).toBe(false);
  });

  it('rejects an area outside the taxonomy and a level beyond 4', () => {
    const [first] = valid.sections;
    expect(goldSchema.safeParse({ ...valid, sections: [{ ...first, area: 'economy' }] }).success).toBe(false);
    expect(goldSchema.safeParse({ ...valid, sections: [{ ...first, level: 5 }] }).success).toBe(false);
  });

  it('rejects unknown fields, so a typo cannot hide a value', () => {
    expect(goldSchema.safeParse({ ...valid, meta: { ...valid.meta, yaer: 2019 } }).success).toBe(false);
  });
});

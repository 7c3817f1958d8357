import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { expectHeadingsQuoted, expectIndicatorsQuoted } from '../../gold/gold-checks';
import { goldSchema, type Gold } from '../../gold/gold-schema';

// The held-out set (tests/fixtures/holdout, tests/gold/holdout) measures how the engine generalises
// to real reports it was never tuned on. Its gold is truth only while it stays tied to the stored
// text: every heading, phrase, title and name must be quoted from the page, and the manifest must
// account for every file, so an edit to either side cannot drift silently.

const ROOT = resolve(import.meta.dirname, '../../..');
const TEXT_DIR = join(ROOT, 'tests/fixtures/holdout');
const GOLD_DIR = join(ROOT, 'tests/gold/holdout');


const manifestSchema = z.array(
  z.strictObject({
    file: z.string().regex(/^holdout\/\d{2}-[\w-]+\.txt$/),
    kind: z.enum(['report', 'negative']),
    origin: z.string().regex(/^https?:\/\//),
    note: z.string().min(1),
  }),
);

const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(TEXT_DIR, 'manifest.json'), 'utf8')));
const stemOf = (file: string): string => file.replace(/^holdout\//, '').replace(/\.txt$/, '');
const reportStems = manifest.filter((entry) => entry.kind === 'report').map((entry) => stemOf(entry.file));
const negativeStems = manifest.filter((entry) => entry.kind === 'negative').map((entry) => stemOf(entry.file));


function loadGold(stem: string): Gold {
  return goldSchema.parse(JSON.parse(readFileSync(join(GOLD_DIR, `${stem}.json`), 'utf8')));
}

function loadText(stem: string): string {
  return readFileSync(join(TEXT_DIR, `${stem}.txt`), 'utf8');
}

/** The ways a page prints one ISO date: 2024-03-28, 2024年3月28日, 2024/03/28, 28.03.2024. */
function printedForms(isoDate: string): string[] {
  const [y, m, d] = isoDate.split('-');
  const month = String(Number(m));
  const day = String(Number(d));
  return [isoDate, `${y}年${month}月${day}日`, `${y}年${m}月${d}日`, `${y}/${m}/${d}`, `${d}.${m}.${y}`];
}

describe('holdout manifest', () => {
  it('lists every text file once, and nothing else', () => {
    const onDisk = readdirSync(TEXT_DIR).filter((name) => name.endsWith('.txt')).sort();
    expect(manifest.map((entry) => stemOf(entry.file) + '.txt').sort()).toEqual(onDisk);
    expect(new Set(manifest.map((entry) => entry.file)).size).toBe(manifest.length);
  });

  it('holds 10–16 reports and 4–8 look-alike negatives', () => {
    expect(reportStems.length).toBeGreaterThanOrEqual(10);
    expect(reportStems.length).toBeLessThanOrEqual(16);
    expect(negativeStems.length).toBeGreaterThanOrEqual(4);
    expect(negativeStems.length).toBeLessThanOrEqual(8);
  });

  it('has a gold file for every report and none for a negative', () => {
    const golds = readdirSync(GOLD_DIR).filter((name) => name.endsWith('.json')).map((name) => name.replace(/\.json$/, ''));
    expect(golds.sort()).toEqual([...reportStems].sort());
  });

  it('stores page text only: no provenance header as the first line', () => {
    for (const entry of manifest) {
      const firstLine = loadText(stemOf(entry.file)).split('\n', 1)[0];
      expect(firstLine, entry.file).not.toMatch(/^(?:#|\/\/|<!--|source:|origin:|https?:\/\/)/i);
    }
  });
});

describe.each(reportStems)('holdout gold %s', (stem) => {
  const gold = loadGold(stem);
  const text = loadText(stem);
  /** Titles may wrap over two printed lines (issuer line + subject line). */
  const unwrapped = text.replace(/\s+/g, '');

  it('names its own text file and is a report', () => {
    expect(gold.fixture).toBe(`holdout/${stem}.txt`);
    expect(gold.seed).toBe(`${stem}.txt`);
    expect(existsSync(join(TEXT_DIR, gold.seed))).toBe(true);
    expect(gold.isReport).toBe(true);
  });

  it('quotes every heading verbatim, marker included, in document order', () => {
    expectHeadingsQuoted(gold, text);
  });

  it('takes title, jurisdiction and publisher from the page', () => {
    const { title, jurisdiction, publisher } = gold.meta;
    if (title !== null) expect(unwrapped, 'title').toContain(title.replace(/\s+/g, ''));
    if (jurisdiction !== null) expect(text, 'jurisdiction').toContain(jurisdiction);
    if (publisher !== null) expect(text, 'publisher').toContain(publisher);
  });

  it('records a publication date only when the page prints it, and derives onTime from it', () => {
    const { year, publishedAt, onTime } = gold.meta;
    if (publishedAt !== null) {
      expect(printedForms(publishedAt).some((form) => text.includes(form)), publishedAt).toBe(true);
    }
    const expected = year === null || publishedAt === null ? null : publishedAt < `${year + 1}-04-01`;
    expect(onTime).toBe(expected);
  });

  it('states every indicator in a verbatim phrase that prints its value, with the taxonomy unit', () => {
    expectIndicatorsQuoted(gold, text);
    for (const [key, indicator] of Object.entries(gold.indicators)) {
      expect(indicator.phrase, `${key} = ${indicator.value}`).toMatch(new RegExp(`(?<![\\d.])${indicator.value}(?![\\d.])`));
    }
  });

  it('explains itself: a truncated text says why shortcomings and next-year plans are missing', () => {
    expect(gold.notes.length).toBeGreaterThan(0);
    if (gold.meta.missingParts.includes('nextYear')) {
      expect(gold.notes.some((note) => note.includes('Truncated text'))).toBe(true);
    }
  });
});

describe('holdout coverage', () => {
  const golds = reportStems.map(loadGold);

  it('spans the levels, years and scripts the engine will meet', () => {
    const levels = new Set(golds.map((gold) => gold.meta.level));
    for (const level of ['province', 'city', 'district', 'county', 'department'] as const) expect(levels).toContain(level);
    const years = golds.map((gold) => gold.meta.year).filter((year): year is number => year !== null);
    expect(Math.min(...years)).toBeLessThanOrEqual(2016);
    expect(Math.max(...years)).toBeGreaterThanOrEqual(2023);
    // 國/這/設 only occur in traditional text.
    expect(reportStems.some((stem) => /[國這設]/.test(loadText(stem)))).toBe(true);
    expect(golds.some((gold) => gold.meta.title?.includes('依法行政'))).toBe(true);
  });

  it('has sections for at least 5 reports and indicators for at least 5', () => {
    expect(golds.filter((gold) => gold.sections.length > 0).length).toBeGreaterThanOrEqual(5);
    expect(golds.filter((gold) => Object.keys(gold.indicators).length > 0).length).toBeGreaterThanOrEqual(5);
  });
});

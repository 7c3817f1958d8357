import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../../lib/cli/load-page';
import { extractOutline } from '../../../lib/outline/extract-outline';
import type { Outline } from '../../../lib/outline/types';
import { pageTextFromPlainText } from '../../../lib/page-text/from-plain-text';
import { goldSchema } from '../../gold/gold-schema';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const GOLD = join(import.meta.dirname, '../../gold');

const golds = readdirSync(GOLD)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => goldSchema.parse(JSON.parse(readFileSync(join(GOLD, name), 'utf8'))));

/**
 * Titles compared by length: the big5 copy is an OpenCC conversion of its seed, and conversion is
 * not folding's exact inverse (著/着). Exact titles are the gold test's job.
 */
function shape(outline: Outline) {
  return outline.sections.map((s) => `L${s.level} ${s.marker} ${s.title.length} ${s.runIn} → ${s.area}`);
}

describe.each(golds.map((gold) => [gold.fixture, gold] as const))('%s', (fixture, gold) => {
  const fromHtml = extractOutline(loadPage(join(FIXTURES, fixture)));

  it('has every hand-checked gold heading with its level, marker, title and area', () => {
    expect(fromHtml.sections.map((s) => ({ level: s.level, marker: s.marker, title: s.title, area: s.area }))).toEqual(gold.sections);
  });

  it('gives the same outline from the page DOM as from the seed text', () => {
    const fromSeed = extractOutline(pageTextFromPlainText(readFileSync(join(FIXTURES, 'seeds', gold.seed), 'utf8')));
    expect(shape(fromHtml)).toEqual(shape(fromSeed));
    expect(fromHtml.items.map((item) => item.marker)).toEqual(fromSeed.items.map((item) => item.marker));
  });
});

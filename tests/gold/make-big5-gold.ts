/**
 * Writes the gold file of the traditional-character fixture from its simplified original
 * (run: `npx tsx tests/gold/make-big5-gold.ts`). The fixture itself is the same seed converted
 * with OpenCC cn→tw, so converting the hand-checked gold the same way keeps the two in step
 * instead of hand-typing a second truth; tests/unit/gold checks the written file still equals
 * what this conversion yields.
 */
import * as OpenCC from 'opencc-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { goldSchema, type Gold } from './gold-schema';

/** Gold stem of the traditional copy, keyed by the stem it is converted from. */
export const TRADITIONAL_GOLDS: Readonly<Record<string, string>> = {
  '003-xiamen-2021': '005-xiamen-2021-big5',
};

export const GOLD_DIR = import.meta.dirname;

/** The conversion the fixture builder applies to the page text. */
export const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/**
 * Converts every piece of the gold that quotes the page (jurisdiction, title, section titles,
 * phrases); markers, numbers, units and keys are left alone. Notes stay in simplified form (they
 * are the annotator's words, not the page's) behind one line saying where the file came from.
 */
export function toTraditionalGold(gold: Gold, targetStem: string, sourceStem: string): Gold {
  const convert = (text: string | null) => (text === null ? null : toTraditional(text));
  return {
    ...gold,
    fixture: `reports/${targetStem}.html`,
    meta: { ...gold.meta, jurisdiction: convert(gold.meta.jurisdiction), title: convert(gold.meta.title) },
    sections: gold.sections.map((section) => ({ ...section, title: toTraditional(section.title) })),
    indicators: Object.fromEntries(
      Object.entries(gold.indicators).map(([key, indicator]) => [key, { ...indicator, phrase: toTraditional(indicator.phrase) }]),
    ),
    notes: [
      `Generated from ${sourceStem}.json by tests/gold/make-big5-gold.ts (OpenCC cn→tw on jurisdiction, title, section titles and phrases, as the fixture page is converted); the notes below are the original's.`,
      ...gold.notes,
    ],
  };
}

export function readGold(stem: string): Gold {
  return goldSchema.parse(JSON.parse(readFileSync(join(GOLD_DIR, `${stem}.json`), 'utf8')));
}

export function formatGold(gold: Gold): string {
  return `${JSON.stringify(gold, null, 2)}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [sourceStem, targetStem] of Object.entries(TRADITIONAL_GOLDS)) {
    const gold = toTraditionalGold(readGold(sourceStem), targetStem, sourceStem);
    writeFileSync(join(GOLD_DIR, `${targetStem}.json`), formatGold(gold));
    console.log(`wrote tests/gold/${targetStem}.json`);
  }
}

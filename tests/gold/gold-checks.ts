import { expect } from 'vitest';
import { INDICATORS } from '../../lib/taxonomy/indicators';
import type { Gold } from './gold-schema';

/**
 * The checks that tie a gold file to the page text it was read from, shared by the development
 * gold (tests/unit/gold) and the corpus gold (tests/unit/corpus), so an edit to either side
 * cannot drift silently.
 */

/** A number hedged by 余/多 after it or 近/约 before it (simplified and traditional forms). */
const HEDGED = /[\d〇一二两三四五六七八九十百千万][余餘多]|[近约約]\s*\d/;
/** A title must not keep its numbering. */
const MARKER_AT_START = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．])/;

/** Every heading, marker included, occurs verbatim and in document order; titles keep no numbering or closing punctuation. */
export function expectHeadingsQuoted(gold: Gold, text: string): void {
  let cursor = 0;
  for (const section of gold.sections) {
    const at = text.indexOf(section.marker + section.title, cursor);
    expect(at, `${section.marker}${section.title}`).toBeGreaterThanOrEqual(cursor);
    cursor = at + 1;
    expect(section.title).not.toMatch(/[。;；]$/);
    expect(section.title).not.toMatch(MARKER_AT_START);
  }
}

/** Every indicator is stated by a verbatim phrase, in the taxonomy's unit, approximate exactly when hedged. */
export function expectIndicatorsQuoted(gold: Gold, text: string): void {
  for (const [key, indicator] of Object.entries(gold.indicators)) {
    expect(text, key).toContain(indicator.phrase);
    expect(indicator.unit, key).toBe(INDICATORS[key as keyof typeof INDICATORS].unit);
    expect(indicator.approximate, `${key} approximate vs «${indicator.phrase}»`).toBe(HEDGED.test(indicator.phrase));
  }
}

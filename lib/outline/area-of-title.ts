import { AREA_WORDS, UMBRELLA_WORDS } from '../taxonomy/area-words';
import type { AreaKey } from '../taxonomy/areas';

interface AreaWord {
  word: string;
  weight: number;
  area: AreaKey;
}

/**
 * Words grouped by the code of their first character, longest first, so each position tries only
 * a handful. Keyed by code so that the scan reads `charCodeAt` instead of allocating a string per
 * character.
 */
const WORDS_BY_FIRST_CHAR: ReadonlyMap<number, readonly AreaWord[]> = (() => {
  const index = new Map<number, AreaWord[]>();
  for (const [area, words] of Object.entries(AREA_WORDS) as [AreaKey, (typeof AREA_WORDS)[AreaKey]][]) {
    for (const [word, weight] of words) {
      const bucket = index.get(word.charCodeAt(0)) ?? [];
      bucket.push({ word, weight, area });
      index.set(word.charCodeAt(0), bucket);
    }
  }
  for (const bucket of index.values()) bucket.sort((a, b) => b.word.length - a.word.length);
  return index;
})();

/**
 * The canonical area a heading's own words point to, or null when it names none.
 *
 * Matching is greedy longest-first without overlap (see area-words.ts). The area whose single
 * strongest word weighs most wins, not the one with most hits: "发挥行政复议和行政诉讼的监督作用" is
 * about disputes although it also says 监督, and "存在的问题和下步工作打算" should not flip to plans
 * just because it spells two plans words. Ties go to the area named first, as a Chinese heading
 * leads with its subject ("加强权力制约，营造法治文化氛围" → oversight).
 *
 * `folded` is the folded title; cost is linear in its length times the (small) bucket sizes.
 */
export function areaOfTitle(folded: string): AreaKey | null {
  let best: AreaKey | null = null;
  let bestWeight = 0;
  let i = 0;
  while (i < folded.length) {
    const hit = wordAt(folded, i);
    if (!hit) {
      i++;
      continue;
    }
    if (hit.weight > bestWeight) {
      best = hit.area;
      bestWeight = hit.weight;
    }
    i += hit.word.length;
  }
  return best;
}

/**
 * True when a folded title is an umbrella over the measures (工作开展情况, 主要做法): such a heading
 * keeps no area of its own even when its children agree (see UMBRELLA_WORDS, assignAreas).
 */
export function isUmbrellaTitle(folded: string): boolean {
  return UMBRELLA_WORDS.some((word) => folded.includes(word));
}

/** The longest area word printed at `at`, if any. */
function wordAt(folded: string, at: number): AreaWord | undefined {
  const bucket = WORDS_BY_FIRST_CHAR.get(folded.charCodeAt(at));
  if (bucket === undefined) return undefined;
  for (const candidate of bucket) if (folded.startsWith(candidate.word, at)) return candidate;
  return undefined;
}

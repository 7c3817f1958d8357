import { chineseNumeralValue } from '../numbers/chinese-numerals';
import type { PageText, TextBlock } from '../page-text/types';
import { isNumberingChar } from './heading-marker';
import { ITEM_PHRASE, leadingPhrase } from './leading-phrase';
import type { OutlineItem, Section } from './types';

/** 一是 … 二十是: enumerations in reports never come near 20 items. */
const MAX_ITEM_VALUE = 20;
const MAX_NUMERAL_LENGTH = 3;
/** Trimmed off the end of an item title cut short by the next item. */
const CLAUSE_MARKS = new Set([',', ';', ':', '、', ' ', '\t', '\u00a0']);
/** What may stand right before an item marker: sentence and clause ends, spacing, closing brackets. */
const BOUNDARY = new Set(['。', '!', '?', ';', ':', ',', ' ', '\t', '\u00a0', ')', ']', '”', '’', '》']);

/**
 * 一是/二是/三是… enumerations in body blocks, attached to the innermost heading before them.
 *
 * An item starts at a block start or after punctuation ("主要表现在：一是…；二是…"). Without that
 * boundary it is accepted only as the next number of a running sequence: 晋江 2019 lost a full
 * stop in "…向上级报备四是加强政府法律智库建设", while 统一是 or 这一是 never open a sequence.
 * Numbers may skip (一是 … 三是 when the 二是 lost its marker). Sequences run across blocks (九江
 * 2022 puts one item per line) and restart under each heading. Linear in the body length.
 */
export function findEnumerationItems(page: PageText, bodyBlocks: readonly TextBlock[], sections: readonly Section[]): OutlineItem[] {
  const { folded, text } = page;
  const items: OutlineItem[] = [];
  let section = -1;
  let lastValue = 0;
  // indexOf jumps from 是 to 是 instead of reading every character of the body. `shi` is the first
  // 是 at or after `searchedFrom` (-1: none); blocks come in text order, so it is reused across
  // blocks that hold none and the searches stay linear in the page.
  let shi = -1;
  let searchedFrom = Infinity;
  for (const block of bodyBlocks) {
    if (block.start < searchedFrom || (shi !== -1 && shi < block.start)) {
      searchedFrom = block.start;
      shi = folded.indexOf('是', searchedFrom);
    }
    for (; shi !== -1 && shi < block.end; searchedFrom = shi + 1, shi = folded.indexOf('是', searchedFrom)) {
      const i = shi;
      const numeral = numeralBefore(folded, block.start, i);
      if (!numeral) continue;
      const innermost = innermostSection(sections, section, numeral.start);
      if (innermost !== section) {
        section = innermost;
        lastValue = 0;
      }
      // Inside a heading's own title (a run-in heading that happens to say 一是) it is not an item.
      if (section >= 0 && numeral.start < sections[section]!.end) continue;
      const atBoundary = numeral.start === block.start || BOUNDARY.has(folded[numeral.start - 1]!);
      const continuesSequence = numeral.value >= 2 && numeral.value === lastValue + 1;
      if (!atBoundary && !continuesSequence) continue;
      const phrase = leadingPhrase(folded, i + 1, block.end, ITEM_PHRASE);
      if (phrase.end <= i + 1) continue;
      const previous = items[items.length - 1];
      if (previous && !endBefore(previous, numeral.start, page)) items.pop();
      items.push({
        marker: text.slice(numeral.start, i + 1),
        title: text.slice(i + 1, phrase.end),
        start: numeral.start,
        end: phrase.end,
        section,
      });
      lastValue = numeral.value;
    }
  }
  return items;
}

/**
 * "一是开展宪法宣传周活动，二是推进普法。" is one sentence holding two items: the first item's title
 * stops where the next item starts (before the clause mark between them). Returns false when
 * nothing is left of the title ("一是二是…"), so the caller drops that item.
 */
function endBefore(previous: OutlineItem, nextStart: number, page: PageText): boolean {
  if (previous.end <= nextStart) return true;
  const titleStart = previous.start + previous.marker.length;
  let end = nextStart;
  while (end > titleStart && CLAUSE_MARKS.has(page.folded[end - 1]!)) end--;
  if (end <= titleStart) return false;
  previous.end = end;
  previous.title = page.text.slice(titleStart, end);
  return true;
}

/** The longest numeral of 一…十 (value 1..MAX_ITEM_VALUE) ending right before `at`, not reaching before `floor`. */
function numeralBefore(folded: string, floor: number, at: number): { start: number; value: number } | null {
  let first = at;
  while (first > floor && at - first < MAX_NUMERAL_LENGTH && isNumberingChar(folded[first - 1]!)) first--;
  for (let start = first; start < at; start++) {
    const value = chineseNumeralValue(folded.slice(start, at));
    if (value !== null && value >= 1 && value <= MAX_ITEM_VALUE) return { start, value };
  }
  return null;
}

/** Advances from `current` to the last section starting at or before `offset` (sections are in text order). */
function innermostSection(sections: readonly Section[], current: number, offset: number): number {
  let index = current;
  while (index + 1 < sections.length && sections[index + 1]!.start <= offset) index++;
  return index;
}

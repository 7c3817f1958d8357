import type { PageText, TextBlock } from '../page-text/types';
import { areaOfTitle, isUmbrellaTitle } from './area-of-title';
import { assignAreas } from './assign-areas';
import { findEnumerationItems } from './enumeration-items';
import { lastVisibleChar, skipSpaces } from './block-edges';
import { readHeadingMarker, type MarkerKind } from './heading-marker';
import { HEADING_PHRASE, leadingPhrase } from './leading-phrase';
import { isStandaloneHeadingLine } from './standalone-heading';
import type { Outline, Section } from './types';
import { charCodeSet } from '../text/char-codes';

const MIN_TITLE_LENGTH = 2;
const CODE_SPACE = 0x20;
const CODE_TAB = 0x09;
const CODE_0 = 0x30;
const CODE_9 = 0x39;
/** Besides digits, what a numeric table cell may hold (3.5, 1,234, 95%, -). */
const NUMERIC_CELL_MARKS = charCodeSet('.,%-');

/** A heading under construction: the contract fields plus what sequencing needs. */
interface DraftHeading {
  section: Omit<Section, 'area' | 'level'>;
  /** null for unnumbered headings. */
  kind: MarkerKind | null;
  value: number;
  /** null until an unnumbered own-line heading's level is settled by what follows it. */
  level: number | null;
  /** Smallest numbered level seen before this heading (the document's top level so far). */
  topLevelBefore: number;
  /** The heading carries its paragraph (run-in, or a whole sentence ending in 。/；). */
  paragraphStyle: boolean;
}

/**
 * The report's outline: numbered and unnumbered headings with level, marker, title and area,
 * plus 一是/二是 enumeration items. Reads only 'body' blocks; matches on `page.folded` and
 * returns titles and markers from `page.text`.
 *
 * - Level comes from the marker type (一、 1, （一） 2, 1. 3, （1） 4; 第一部分 1), never from
 *   position, so a report that skips a level still lines up with others.
 * - A heading is its block when the block is short and ends without a sentence after it
 *   ("(一)借智借力，推进科学民主决策"), or the block's first sentence when the paragraph goes on
 *   (run-in: "1.深入学习宣传贯彻习近平法治思想。市政府带头学法…"); see leading-phrase.ts for the
 *   length guard.
 * - Skipped numbers are tolerated (一、二、四、 is three headings). When run-in siblings skip k
 *   numbers and exactly k unmarked paragraphs sit between them, those paragraphs are headings
 *   that lost their markers (晋江 2019's problems part: (一), two bare paragraphs, (四)).
 * - Short unpunctuated lines between paragraphs after the first numbered heading are unnumbered
 *   headings ("2020年工作计划"); see standalone-heading.ts. Their level is one above a list that
 *   restarts right after them, else the document's top level.
 *
 * Linear in the page length; never throws.
 */
export function extractOutline(page: PageText): Outline {
  const body = page.blocks.filter((block) => block.role === 'body' && block.end > block.start && block.end <= page.folded.length);
  const drafts = findHeadings(page, body);
  settleUnnumberedLevels(drafts);
  const levels = drafts.map((draft) => draft.level!);
  // A title is text.slice(end - title.length, end); score its folded twin.
  const foldedTitles = drafts.map(({ section }) => page.folded.slice(section.end - section.title.length, section.end));
  const areas = assignAreas(levels, foldedTitles.map(areaOfTitle), foldedTitles.map(isUmbrellaTitle));
  const sections: Section[] = drafts.map(({ section }, i) => ({
    level: levels[i]!,
    marker: section.marker,
    title: section.title,
    area: areas[i]!,
    start: section.start,
    end: section.end,
    runIn: section.runIn,
  }));
  return { sections, items: findEnumerationItems(page, body, sections) };
}

function findHeadings(page: PageText, body: readonly TextBlock[]): DraftHeading[] {
  const { folded } = page;
  const drafts: DraftHeading[] = [];
  let topLevel = Infinity;
  /** Unmarked paragraphs since the last heading: candidates for headings that lost their numbers. */
  let plainSinceLast: TextBlock[] = [];
  /** The block before this one when it was plain text; undefined right after a heading. */
  let previousPlain: TextBlock | undefined;

  body.forEach((block, index) => {
    const start = skipSpaces(folded, block.start, block.end);
    const numbered = numberedHeading(page, block, start, topLevel);
    if (numbered) {
      const previous = drafts[drafts.length - 1];
      const skipped = previous && previous.kind === numbered.kind ? numbered.value - previous.value - 1 : 0;
      if (skipped > 0 && previous!.paragraphStyle && plainSinceLast.length === skipped) {
        for (const lost of plainSinceLast) drafts.push(lostNumberHeading(page, lost, numbered.level!, topLevel));
      }
      drafts.push(numbered);
      topLevel = Math.min(topLevel, numbered.level!);
      plainSinceLast = [];
      previousPlain = undefined;
      return;
    }
    if (topLevel !== Infinity && isStandaloneHeadingLine(folded, block, previousPlain, body[index + 1])) {
      const end = leadingPhrase(folded, start, block.end, HEADING_PHRASE).end;
      drafts.push({
        section: { marker: '', title: page.text.slice(start, end), start, end, runIn: false },
        kind: null,
        value: 0,
        level: null,
        topLevelBefore: topLevel,
        paragraphStyle: false,
      });
      plainSinceLast = [];
      previousPlain = undefined;
      return;
    }
    plainSinceLast.push(block);
    previousPlain = block;
  });
  return drafts;
}

function numberedHeading(page: PageText, block: TextBlock, start: number, topLevel: number): DraftHeading | null {
  const { folded, text } = page;
  const marker = readHeadingMarker(folded, start, block.end);
  if (!marker) return null;
  const phrase = leadingPhrase(folded, marker.titleStart, block.end, HEADING_PHRASE);
  // A one-character "title" ("（三）不") is a table cell split by a PDF export, not a heading.
  if (phrase.end - marker.titleStart < MIN_TITLE_LENGTH || isTableRow(folded, marker.titleStart, phrase.end)) return null;
  return {
    section: {
      marker: text.slice(start, marker.markerEnd),
      title: text.slice(marker.titleStart, phrase.end),
      start,
      end: phrase.end,
      runIn: phrase.continues,
    },
    kind: marker.kind,
    value: marker.value,
    level: marker.level,
    topLevelBefore: topLevel,
    paragraphStyle: phrase.continues || endsWithSentence(folded, block),
  };
}

/** A paragraph standing where a numbered sibling is missing: named by its first sentence. */
function lostNumberHeading(page: PageText, block: TextBlock, level: number, topLevel: number): DraftHeading {
  const start = skipSpaces(page.folded, block.start, block.end);
  const phrase = leadingPhrase(page.folded, start, block.end, HEADING_PHRASE);
  return {
    section: { marker: '', title: page.text.slice(start, phrase.end), start, end: phrase.end, runIn: phrase.continues },
    kind: null,
    value: 0,
    level,
    topLevelBefore: topLevel,
    paragraphStyle: true,
  };
}

/**
 * An unnumbered own-line heading right before a list that restarts at 1 is that list's parent
 * ("2020年工作计划" then (一)…(六): level 1); otherwise it sits at the document's top level
 * ("存在的问题和不足" between paragraphs). Walks backwards once, so it stays linear.
 */
function settleUnnumberedLevels(drafts: DraftHeading[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const draft = drafts[i]!;
    if (draft.level !== null) continue;
    const next = drafts[i + 1];
    const restartsBelow = next !== undefined && next.kind !== null && next.value === 1;
    draft.level = Math.max(1, restartsBelow ? next.level! - 1 : draft.topLevelBefore);
  }
}

function endsWithSentence(folded: string, block: TextBlock): boolean {
  const last = lastVisibleChar(folded, block);
  return last === '。' || last === ';';
}

/**
 * A flattened table row ("一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119", the 政府信息
 * 公开年度报告 layout) starts with a marker but is not a heading: three or more numeric cells.
 */
function isTableRow(folded: string, start: number, end: number): boolean {
  let numericCells = 0;
  let cellIsNumeric = false;
  let inCell = false;
  for (let i = start; i <= end; i++) {
    // Character codes: this reads every character of every numbered heading's title.
    const code = i < end ? folded.charCodeAt(i) : CODE_SPACE;
    if (code === CODE_SPACE || code === CODE_TAB) {
      if (inCell && cellIsNumeric) numericCells++;
      inCell = false;
      continue;
    }
    cellIsNumeric = (inCell ? cellIsNumeric : true) && ((code >= CODE_0 && code <= CODE_9) || NUMERIC_CELL_MARKS.has(code));
    inCell = true;
  }
  return numericCells >= 3;
}

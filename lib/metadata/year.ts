import type { PageString } from '../evidence/page-head';
import { chineseNumeralValue } from '../numbers/chinese-numerals';
import type { PageText } from '../page-text/types';

/**
 * The year a report covers — not the year it was published (a 2019 report appears in 2020).
 * Sources, in order: the title (2019年度…, 关于2021年…), the opening formula (现将我市2022年度…情况报告
 * 如下), an opening paragraph that starts with a year (2022年，… / 2019年以来，…), the year the text
 * talks about as 今年 (今年初，…制定印发了《区2014年依法行政工作安排》), and the year the body
 * mentions most. The publication year is never used: it would make the on-time check vacuous.
 */

const YEAR = /((?:19|20)\d\d)\s*年/;
/** 二〇二二年度: some 公文-style titles print the year in Han numerals. */
const HAN_YEAR = /([一二][〇零○一二三四五六七八九]{3})年/;
const YEAR_GLOBAL = /((?:19|20)\d\d)\s*年/g;
const OPENING_FORMULA_YEAR = /现[将就][^。\n]{0,40}?((?:19|20)\d\d)\s*年[^。\n]{0,40}?(?:报告|汇报)如下/;
const PARAGRAPH_START_YEAR = /^\s*((?:19|20)\d\d)\s*年(?:度|以来|[，,])/;
const MIN_PARAGRAPH = 40;
/** 今年 and a year in the same sentence: sentences are cut at 。 or a line break, within this window. */
const SENTENCE_WINDOW = 120;
/** A year that is part of a full date (the signature) or closes a range (2021-2025年) says nothing about coverage. */
const DATE_OR_RANGE = /^\s*年\s*\d{1,2}\s*月/;
const RANGE_BEFORE = /[-—–－~至到]\s*$/;

function yearOf(match: RegExpExecArray | null): number | null {
  return match ? Number(match[1]) : null;
}

/** The first year printed in a title (Arabic or Han numerals), for the first title that prints one. */
function titleYear(titles: PageString[]): number | null {
  for (const title of titles) {
    const arabic = yearOf(YEAR.exec(title.folded));
    if (arabic !== null) return arabic;
    const han = HAN_YEAR.exec(title.folded);
    const value = han ? chineseNumeralValue(han[1]) : null;
    if (value !== null && value >= 1990 && value <= 2100) return value;
  }
  return null;
}

function openingYear(page: PageText): number | null {
  let paragraphs = 0;
  for (const block of page.blocks) {
    if (block.role !== 'body') continue;
    const folded = page.folded.slice(block.start, block.end);
    const formula = yearOf(OPENING_FORMULA_YEAR.exec(folded));
    if (formula !== null) return formula;
    if (folded.length < MIN_PARAGRAPH) continue;
    // Only the first paragraphs open the report; later ones start with years of plans.
    if (++paragraphs > 2) break;
    const start = yearOf(PARAGRAPH_START_YEAR.exec(folded));
    if (start !== null) return start;
  }
  return null;
}

/** Years mentioned as coverage (not dates, not range ends) in `text`, counted. */
function countYears(text: string, counts: Map<number, number>): void {
  for (const match of text.matchAll(YEAR_GLOBAL)) {
    const end = match.index + match[0].length - 1;
    if (DATE_OR_RANGE.test(text.slice(end, end + 8)) || RANGE_BEFORE.test(text.slice(Math.max(0, match.index - 2), match.index))) continue;
    const year = Number(match[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
}

/** The most counted year (ties: the earlier year, the one reported on rather than planned for). */
function mostCounted(counts: Map<number, number>, minimum: number): number | null {
  let best: number | null = null;
  for (const [year, count] of counts) {
    if (count < minimum) continue;
    if (best === null || count > counts.get(best)! || (count === counts.get(best)! && year < best)) best = year;
  }
  return best;
}

/** Years in the sentences that say 今年, voted. */
function thisYear(body: string): number | null {
  const counts = new Map<number, number>();
  for (let i = body.indexOf('今年'); i !== -1; i = body.indexOf('今年', i + 2)) {
    let start = Math.max(0, i - SENTENCE_WINDOW);
    let end = Math.min(body.length, i + SENTENCE_WINDOW);
    const before = body.slice(start, i);
    start += Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n')) + 1;
    const stop = body.slice(i, end).search(/[。\n]/);
    if (stop !== -1) end = i + stop;
    countYears(body.slice(start, end), counts);
  }
  return mostCounted(counts, 1);
}

function bodyText(page: PageText): string {
  const parts: string[] = [];
  for (const block of page.blocks) if (block.role === 'body') parts.push(page.folded.slice(block.start, block.end));
  return parts.join('\n');
}

/** Year covered by the report, or null when the page never says. See the module comment. */
export function readYearCovered(page: PageText, titles: PageString[]): number | null {
  const fromTitle = titleYear(titles);
  if (fromTitle !== null) return fromTitle;
  const fromOpening = openingYear(page);
  if (fromOpening !== null) return fromOpening;
  const body = bodyText(page);
  const fromThisYear = thisYear(body);
  if (fromThisYear !== null) return fromThisYear;
  const counts = new Map<number, number>();
  countYears(body, counts);
  return mostCounted(counts, 2);
}

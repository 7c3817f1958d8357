import { isJurisdictionWide } from '../mentions/scope';
import type { Mention } from '../mentions/types';
import { INDICATORS, type IndicatorKey } from '../taxonomy/indicators';
import { foldText } from '../text/fold';
import { componentOf } from './indicator-patterns';

export type IndicatorValues = Partial<
  Record<IndicatorKey, { value: number; unit: string; approximate: boolean; mention: number /* index into mentions */ }>
>;

/** A possible value for one key: a stated figure, a 、 list of figures, or the sum of its parts. */
interface Candidate {
  key: IndicatorKey;
  value: number;
  approximate: boolean;
  /** The mention that ranks the candidate and that the value points back to (the first one). */
  mention: number;
}

/**
 * One value per canonical key for a report, chosen from its mentions.
 *
 * Candidates, most direct first:
 * - a mention whose own clause names the key (mention.key), plus the figures that continue its
 *   、 list (聘请23名法学专家、463名律师担任政府法律顾问 → 486);
 * - only when no figure names the key itself: the sum of its parts stated in one sentence
 *   (其中…撤销2件…确认违法1件，责令履行1件 → corrected 4; 废止…18件，修订18件 → cleaned 36).
 *
 * Among candidates, in order:
 * 1. the jurisdiction-wide figure (全市, 各级, unstated) over a subset (市政府, 市本级, 其中…):
 *    a comparison row compares whole jurisdictions;
 * 2. a figure of the year reported on (period unstated, 全年, the report's year) over a running
 *    total, part of a year or another year (2019年以来, 1-10月, 2021年): see coversTheYear;
 * 3. a figure in a section about the key's own area over one elsewhere, and figures in the
 *    problems/plans parts last (those are shortcomings and targets, not results);
 * 4. the earliest: reports state the headline figure before its details.
 *
 * The unit is the key's canonical unit (份, 条 and 件次 all count 件): the mention keeps the printed one.
 */
export function pickIndicators(mentions: Mention[], year: number | null = null): IndicatorValues {
  const direct = directCandidates(mentions);
  const stated = new Set(direct.map((candidate) => candidate.key));
  const candidates = [...direct, ...partSums(mentions).filter((candidate) => !stated.has(candidate.key))];

  const best = new Map<IndicatorKey, { candidate: Candidate; rank: number[] }>();
  for (const candidate of candidates) {
    const rank = rankOf(candidate, mentions[candidate.mention]!, year);
    const current = best.get(candidate.key);
    if (!current || isBefore(rank, current.rank)) best.set(candidate.key, { candidate, rank });
  }

  const values: IndicatorValues = {};
  for (const [key, { candidate }] of best) {
    values[key] = { value: candidate.value, unit: INDICATORS[key].unit, approximate: candidate.approximate, mention: candidate.mention };
  }
  return values;
}

function directCandidates(mentions: Mention[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i]!;
    if (mention.key === null || mention.change !== null) continue;
    const previous = mentions[i - 1];
    // A list's later figures are counted with its first one.
    if (mention.continuesList && previous?.key === mention.key && previous.unit === mention.unit) continue;
    let value = mention.value;
    let approximate = mention.approximate;
    for (let j = i + 1; j < mentions.length; j++) {
      const next = mentions[j]!;
      if (!next.continuesList || next.key !== mention.key || next.unit !== mention.unit) break;
      value += next.value;
      approximate ||= next.approximate;
    }
    candidates.push({ key: mention.key, value, approximate, mention: i });
  }
  return candidates;
}

/**
 * Sums of parts, one per key and statement: a run of consecutive mentions from one sentence (same
 * `text`) or one breakdown (consecutive 其中 figures of a section, however long the sentence). A
 * part list that must be complete (reconsideration outcomes) counts only inside a breakdown that
 * also lists the outcomes that are not parts.
 */
function partSums(mentions: Mention[]): Candidate[] {
  const sums: Candidate[] = [];
  let groupStart = 0;
  for (let i = 1; i <= mentions.length; i++) {
    if (i < mentions.length && sameStatement(mentions[i - 1]!, mentions[i]!)) continue;
    sums.push(...groupPartSums(mentions, groupStart, i));
    groupStart = i;
  }
  return sums;
}

/**
 * The part sums of one statement, mentions[start, end). Most statements hold no part at all, so
 * the bookkeeping (folded labels, completeness checks) is only set up once a part turns up: on a
 * long page this runs for thousands of one-figure statements.
 */
function groupPartSums(mentions: Mention[], start: number, end: number): Candidate[] {
  let byKey: Map<IndicatorKey, Candidate> | null = null;
  // Whether the breakdown lists a sibling outcome, once per pattern: keeps a long group linear.
  let completes: Map<RegExp, boolean> | null = null;
  const isComplete = (pattern: RegExp) => {
    completes ??= new Map();
    let known = completes.get(pattern);
    if (known === undefined) {
      known = false;
      for (let j = start; j < end && !known; j++) known = mentions[j]!.breakdown && pattern.test(foldText(mentions[j]!.label));
      completes.set(pattern, known);
    }
    return known;
  };
  for (let j = start; j < end; j++) {
    const mention = mentions[j]!;
    if (mention.key !== null) continue;
    const part = componentOf(foldText(mention.label), mention.unit, mention.change);
    if (!part || (part.completeWith && !(mention.breakdown && isComplete(part.completeWith)))) continue;
    byKey ??= new Map();
    const sum = byKey.get(part.key);
    if (sum) (sum.value += mention.value), (sum.approximate ||= mention.approximate);
    else byKey.set(part.key, { key: part.key, value: mention.value, approximate: mention.approximate, mention: j });
  }
  return byKey === null ? [] : [...byKey.values()];
}

function sameStatement(a: Mention, b: Mention): boolean {
  return a.text === b.text || (a.breakdown && b.breakdown && a.section === b.section);
}

/** Smaller is better, compared left to right (see pickIndicators). */
function rankOf(candidate: Candidate, mention: Mention, year: number | null): number[] {
  const wide = isJurisdictionWide(mention.scope) && !mention.breakdown ? 0 : 1;
  const ofTheYear = coversTheYear(mention.period, year) ? 0 : 1;
  const area =
    mention.area === INDICATORS[candidate.key].area ? 0 : mention.area === 'problems' || mention.area === 'plans' ? 2 : 1;
  return [wide, ofTheYear, area, candidate.mention];
}

/** Periods that are the year reported on, said outright: 全年, 今年, 2022年度. */
const THE_YEAR = /^(?:全年|今年|年内|当年|本年度?)$/;

/**
 * Whether a figure's period is the year the report covers (unstated counts as that year). A running
 * total (2019年以来, 近三年, “十三五”期间), part of a year (1-10月, 上半年) or another year is a figure,
 * but not the one a year-by-year comparison wants when the report also states the year's own.
 */
function coversTheYear(period: string | null, year: number | null): boolean {
  if (period === null || THE_YEAR.test(period)) return true;
  return year !== null && (period === `${year}年` || period === `${year}年度` || period === `${year}年全年`);
}

function isBefore(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

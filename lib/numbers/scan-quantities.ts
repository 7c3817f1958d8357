/**
 * Finds the figures in running report text: 1719件, 60000余人次, 92.12%, 提高3个百分点, 两千亿元…
 *
 * Precision over recall: every quantity becomes a highlight and a clipped figure, so anything that
 * is more often a date, a code, an ordinal or a slogan than a count is left out, even at the price
 * of missing a real figure now and then. The rules are about how numbers are written, never about
 * one report.
 */
import type { Quantity } from './types.ts';
import { isChineseDigitChar, isChineseNumeralChar, isChineseNumeralCode, isFinancialNumeralChar } from './chinese-numerals.ts';
import {
  approximationPrefixStart,
  approximationSuffixEnd,
  arabicDigitOfCode,
  indexOfNumberStart,
  isArabicDigitAt,
  isBareMultiplier,
  readNumber,
  type NumberReading,
} from './parse-number.ts';
import { isAsciiLetterCode, isInlineSpaceAt, isOneOf } from './chars.ts';
import { matchUnit, type UnitMatch } from './units.ts';
import { charCodeSet } from '../text/char-codes.ts';

/*
 * Character classes tested around every number read are sets of character codes (see
 * char-codes.ts): a page holds tens of thousands of numeral characters.
 */

/** 10-15件, 10～15件 (～ folds to ~), 10至15件, 10—15件. */
const RANGE_SEPARATORS = charCodeSet('-~～〜—–－至到');

/** Characters glued to a number in codes, dates, times, URLs and formulas (2022-03-10, 15:32, 640502003/2021, 7×24). */
const CODE_NEIGHBOURS = charCodeSet('./:_#+×*\\-~@&=');
/** Of those, the ones that also punctuate prose (收案数:1719件) and so mark a code only between alphanumerics. */
const PROSE_NEIGHBOURS = charCodeSet('.:-~');
/** Brackets of document numbers (〔2019〕28号). */
const NUMBER_BRACKETS = charCodeSet('〔[【');
const OPENING_PARENS = charCodeSet('(（');
const CLOSING_PARENS = charCodeSet(')）');
/** Separators inside a malformed numeral run (see endOfNumeralRun). */
const RUN_SEPARATORS = charCodeSet(',，.．');

/** Clause punctuation that may end a figure printed without a unit (驳回申请3、确认违法2，…). */
const UNITLESS_TERMINATORS = '，,。；;、';

/** Label endings (索引号：, 电话, 邮编, 热线, 拨打) after which a bare number is an identifier, not a figure. */
const IDENTIFIER_LABEL_ENDINGS = '号码话真编线址打';

const TIMES_OF_DAY = ['上午', '下午', '中午', '晚上', '凌晨', '早上', '晚'];

const OPENING_QUOTES = charCodeSet('“‘「『');
/** Where a quote stops being open: its closing mark, or the end of the clause. */
const QUOTE_STOPS = charCodeSet('”’」』。；;！？!?\n，,');
/** Where a clause ends: a comparison never reaches across these. */
const CLAUSE_BREAKS = charCodeSet('。；;！？!?\n');

/**
 * Political formulas written as "small Chinese numeral + measure word + term" that are not counts
 * when printed without quotes (增强四个意识, 做到两个维护, 行政执法三项制度). Quoted ones (“三项制度”)
 * are caught by the quote rule, so this list only needs the common unquoted spellings.
 */
const SLOGAN_TERMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['个', ['意识', '自信', '维护', '确立', '全面', '代表', '务必', '最严', '表率']],
  ['项', ['制度']],
  ['条', ['底线']],
  ['次', ['产业']],
  ['套', ['班子']],
]);

const UP_VERBS = ['增长', '增加', '上升', '提高', '提升', '上涨', '增多'];
const DOWN_VERBS = ['下降', '减少', '降低', '下滑', '回落', '下跌', '减低'];
/** Rate words that may take 为/达/达到 before the figure (增幅达15%). */
const UP_RATES = ['增幅', '涨幅'];
const DOWN_RATES = ['降幅', '减幅', '跌幅'];
const RATE_CONNECTORS = ['达到', '为', '达'];
/** One-character verbs are ambiguous (新增 is a level), so they count only after a comparison phrase. */
const UP_CHARS = '增涨升多';
const DOWN_CHARS = '降减跌少';
/** How far back a comparison phrase (同比, 较上年…) may stand before its verb. */
const COMPARISON_WINDOW = 30;

/**
 * Every quantity in `text` with its unit, in order of position.
 *
 * One left-to-right pass; each number is read once and the scan resumes after it, so the run time
 * is linear in the text length (context checks look at a bounded number of characters). Pass
 * `PageText.folded`; raw text works too (full-width digits, ％ and ，separators are handled).
 *
 * What is left out and why:
 * - dates and years (2019年, 2020年11月15日, 2022-03-10 10:58, 20XX年度), times (15:32), codes and
 *   identifiers (〔2019〕28号, 640502003/2021-00066, 12345热线, 7×24小时, 5G);
 * - ordinals: anything after 第 (第一次, 第二十四条), session numbers (十九届四中全会, 一届八次全会),
 *   ranks (前三名), heading and list markers (一是, （一）, 1., 1、);
 * - Chinese numerals that are not counts: 一 alone (统一部署, 一次性, 一批), a lone financial form
 *   (队伍人员, 陆续), vague amounts (数十家, 几百人), bare 百/千/万 (千家万户,
 *   百场, 单位：万元 — but 百余/千余/上万 are kept as approximate), digit strings (二〇一九), 年
 *   after a Chinese numeral (三年行动, 五年规划), numerals inside quotes or in political formulas
 *   (“三项制度”, 四个意识, 两个维护, 五位一体, 一件事一次办);
 * - numbers without a unit, unless inside prose between a CJK word and clause punctuation
 *   (驳回申请3、) and not a year or an identifier; numbers alone on a line (pagination, flattened
 *   table cells) are left out. Chinese numerals always need a unit.
 */
export function scanQuantities(text: string): Quantity[] {
  const quantities: Quantity[] = [];
  let ordinalEnd = -1;
  for (let i = indexOfNumberStart(text, 0); i < text.length; ) {
    // 一届八次、九次、十次全会: items listed after an ordinal with 、 are ordinals too.
    const continuesOrdinal = ordinalEnd >= 0 && text[ordinalEnd] === '、' && i === ordinalEnd + 1;
    const found = quantityAt(text, i, continuesOrdinal);
    if (found.quantity !== null) quantities.push(found.quantity);
    if (found.ordinal) ordinalEnd = found.resume;
    i = indexOfNumberStart(text, Math.max(i + 1, found.resume));
  }
  return quantities;
}

interface ScanStep {
  quantity: Quantity | null;
  /** Where scanning resumes. */
  resume: number;
  /** The number was an ordinal (第3, 一届八次, 十一次全会). */
  ordinal: boolean;
}

/** The quantity starting with the number at `pos`, if any. */
function quantityAt(text: string, pos: number, continuesOrdinal: boolean): ScanStep {
  const reading = readNumber(text, pos);
  if (reading === null) return { quantity: null, resume: endOfNumeralRun(text, pos), ordinal: false };

  const ownUnit: UnitMatch | null = reading.percent ? { unit: '%', end: reading.end } : matchUnit(text, reading.end);
  const range = readRangeEnd(text, reading, ownUnit);
  const last = range?.reading ?? reading;
  const unit = range?.unit ?? ownUnit;
  const resume = unit?.end ?? last.end;

  const before = previousVisible(text, reading.start);
  if (continuesOrdinal || isOrdinal(text, before, unit)) return { quantity: null, resume, ordinal: true };
  if (!isFigure(text, before, reading, last, unit)) return { quantity: null, resume, ordinal: false };

  const unitName = unit?.unit ?? '';
  const start = approximationPrefixStart(text, reading, unitName);
  const numberEnd = unit?.end ?? last.end;
  const end = approximationSuffixEnd(text, numberEnd);
  return {
    quantity: {
      start,
      end,
      value: reading.value,
      valueMax: range === null ? null : last.value,
      unit: unitName,
      approximate: reading.approximate || last.approximate || start < reading.start || end > numberEnd,
      change: changeBefore(text, start),
    },
    resume: end,
    ordinal: false,
  };
}

/**
 * After a number that is not well formed (十四五, a 30-digit code), skip its whole run, separators
 * included, so its tail is not read as a number of its own and each character is read once.
 */
function endOfNumeralRun(text: string, pos: number): number {
  let end = pos;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (arabicDigitOfCode(code) < 0 && !isChineseNumeralCode(code) && !RUN_SEPARATORS.has(code)) break;
    end++;
  }
  return end;
}

/**
 * 10-15件 / 10件至15件 / 10%-15% / 三至五天: the upper bound and the shared unit. The second number
 * must carry a unit (a bare 2019-2021 is a span of years or a code), the units must agree and the
 * bounds must increase (2022-03 is a date, not a range).
 */
function readRangeEnd(
  text: string,
  first: NumberReading,
  firstUnit: UnitMatch | null,
): { reading: NumberReading; unit: UnitMatch } | null {
  const separatorAt = firstUnit?.end ?? first.end;
  if (!RANGE_SEPARATORS.has(text.charCodeAt(separatorAt))) return null;
  const second = readNumber(text, separatorAt + 1);
  if (second === null || second.script !== first.script || second.value <= first.value) return null;
  const secondUnit = second.percent ? { unit: '%', end: second.end } : matchUnit(text, second.end);
  if (secondUnit === null || (firstUnit !== null && firstUnit.unit !== secondUnit.unit)) return null;
  return { reading: second, unit: secondUnit };
}

/** The character before `pos`, skipping up to two inline spaces (第 3 条). */
function previousVisible(text: string, pos: number): string {
  let at = pos - 1;
  for (let spaces = 0; spaces < 2 && isInlineSpaceAt(text, at); spaces++) at--;
  return text[at] ?? '';
}

function isAlphanumericAt(text: string, pos: number): boolean {
  return isArabicDigitAt(text, pos) || isAsciiLetterCode(text.charCodeAt(pos));
}

function isYearLike(reading: NumberReading): boolean {
  const digits = reading.bareInteger;
  return digits !== null && digits.length === 4 && reading.value >= 1900 && reading.value <= 2100;
}

/**
 * 第3号, 第二十四条, 十九届四中全会's 届 + number, 十一次全会: a position in a sequence, not a count.
 * `before` is the visible character before the number.
 */
function isOrdinal(text: string, before: string, unit: UnitMatch | null): boolean {
  if (before === '第' || before === '届') return true;
  return unit?.unit === '次' && (text.startsWith('全会', unit.end) || text.startsWith('全体会议', unit.end));
}

/** Decides whether a number read in context (not an ordinal) is a reported figure; see `scanQuantities`. */
function isFigure(text: string, before: string, first: NumberReading, last: NumberReading, unit: UnitMatch | null): boolean {
  const unitName = unit?.unit ?? '';

  if (before === '前' && (unitName === '名' || unitName === '位')) return false; // 前三名 is a rank
  if (unitName === '日' && isDayOfMonth(text, before, unit?.end ?? last.end)) return false;
  if (first.script === 'arabic') return isArabicFigure(text, first, last, unit);
  return isChineseFigure(text, first, unit);
}

/** 11月15日, 12 月 31 日, 18日14时, 30日上午: a date, not a number of days (5日内 stays a duration). */
function isDayOfMonth(text: string, before: string, unitEnd: number): boolean {
  if (before === '月') return true;
  const next = text[unitEnd];
  if (isArabicDigitAt(text, unitEnd) || isChineseNumeralChar(next)) return true;
  return TIMES_OF_DAY.some((word) => text.startsWith(word, unitEnd));
}

function isArabicFigure(text: string, first: NumberReading, last: NumberReading, unit: UnitMatch | null): boolean {
  const before = text.charCodeAt(first.start - 1);
  const after = text.charCodeAt(last.end);
  if (isAsciiLetterCode(before) || isChineseNumeralCode(before)) return false;
  if (CODE_NEIGHBOURS.has(before) && (!PROSE_NEIGHBOURS.has(before) || isAlphanumericAt(text, first.start - 2))) {
    return false; // 15:32, 2022-03-10, 640502003/2021, 7×24 — but not 收案数:1719件
  }
  if (NUMBER_BRACKETS.has(before)) return false; // 〔2019〕28号
  if (OPENING_QUOTES.has(before)) return false; // “15分钟公共法律服务圈”, “1+2”模式: a name, not a count
  if (OPENING_PARENS.has(before) && CLOSING_PARENS.has(after)) return false; // (1)
  if (isAsciiLetterCode(after)) return false; // 5G, 20XX年度
  if (CODE_NEIGHBOURS.has(after) && isArabicDigitAt(text, last.end + 1)) return false; // 2022-03, 15:32
  if ((isYearLike(first) || isYearLike(last)) && unit?.unit === '年') return false; // 2019年, 2024 年, 2015-2020年
  if (unit?.unit === '分' && isOneOf('时点', text[first.start - 1])) return false; // 9时30分: a time
  if (unit !== null) return true;
  return isStandaloneFigure(text, first, last);
}

/**
 * A number printed without a unit counts only inside prose, as in 驳回申请3、确认违法1件 or
 * 收案数:1719，: right after a CJK word (or its colon) and before clause punctuation. Numbers alone
 * on a line are left out: in page text they are pagination, counters and flattened table cells
 * whose meaning the scanner cannot see. Years and identifiers (索引号：…, 电话…) are left out too.
 */
function isStandaloneFigure(text: string, first: NumberReading, last: NumberReading): boolean {
  const digits = first.bareInteger;
  if (digits !== null && (isYearLike(first) || digits.length >= 7 || (digits.length > 1 && digits.startsWith('0')))) {
    return false;
  }
  if (!isOneOf(UNITLESS_TERMINATORS, text[approximationSuffixEnd(text, last.end)])) return false;
  const colon = isOneOf(':：', text[first.start - 1]);
  const label = text[first.start - (colon ? 2 : 1)];
  return isIdeograph(label) && !isOneOf(IDENTIFIER_LABEL_ENDINGS, label);
}

function isIdeograph(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '\u4e00' && ch <= '\u9fff';
}

function isChineseFigure(text: string, reading: NumberReading, unit: UnitMatch | null): boolean {
  const run = reading.chineseRun ?? '';
  if (unit === null) return false;
  if (isArabicDigitAt(text, reading.start - 1) || isArabicDigitAt(text, reading.end)) return false;
  if (isOneOf('数几', text[reading.start - 1])) return false; // 数十家, 几百人: no definite value (but 人数60000人)
  if (!reading.percent) {
    if (run.length > 1 && [...run].every(isChineseDigitChar)) return false; // 二〇一九, 一二三
    if (run.length === 1 && isFinancialNumeralChar(run)) return false; // 队伍, 陆续, 收拾: everyday words
    if (run === '一' && !isCountedEvent(text, reading, unit)) return false; // 统一部署, 一次性, 一批
    if (isBareMultiplier(reading) && !reading.approximate) {
      const before = text[reading.start - 1];
      const beforeThat = text[reading.start - 2];
      // 千家万户, 成千上万; but 上万人, and a hedged round amount (近千人, 超千人, 约百家) is a figure.
      if (!(before === '上' && !isOneOf('百千', beforeThat)) && !isOneOf('近超逾约', before)) return false;
    }
    if (unit.unit === '年') return false; // 三年行动, 五年规划
    if (unit.unit === '分') return false; // 十分重要, 三分之一: a score is printed in digits
  }
  if (reading.value < 10 && isSloganNumeral(text, reading, unit)) return false;
  return true;
}

/** Verbs after which 一 + measure word counts one event or item (召开一次专题会议, 开展一期培训). */
const EVENT_VERBS = ['召开', '举办', '举行', '开展', '组织', '进行', '印发', '出台', '制定', '审议', '修订', '清理'];
const EVENT_UNITS = new Set(['次', '场', '期', '项', '件', '部', '份', '批', '轮']);

/**
 * 一 is a figure only right after an event verb and before an event's measure word, and not in
 * 一次性/一批次 words or a frequency (每年…一次): everywhere else (统一, 进一步, 一批干部,
 * 一件事一次办) it is not a count.
 */
function isCountedEvent(text: string, reading: NumberReading, unit: UnitMatch): boolean {
  if (!EVENT_UNITS.has(unit.unit) || isOneOf('性次', text[unit.end])) return false;
  if (!EVENT_VERBS.includes(text.slice(reading.start - 2, reading.start))) return false;
  // 每年年初召开一次, 每两年开展一次: a rule of how often, not a count of what was done.
  return !/每[^，,。；;、]{0,6}$/.test(text.slice(Math.max(0, reading.start - 8), reading.start - 2));
}

/** A small Chinese numeral that names a formula (“三项制度”, 四个意识, 五位一体) rather than counting. */
function isSloganNumeral(text: string, reading: NumberReading, unit: UnitMatch): boolean {
  const next = text.charCodeAt(unit.end);
  if (OPENING_QUOTES.has(next) || isChineseNumeralCode(next)) return true;
  if ((SLOGAN_TERMS.get(unit.unit) ?? []).some((term) => text.startsWith(term, unit.end))) return true;
  return isInsideQuotes(text, reading.start);
}

/** True when an opening quote precedes `pos` in the same clause with no closing quote in between. */
function isInsideQuotes(text: string, pos: number): boolean {
  for (let at = pos - 1; at >= 0 && pos - at <= 20; at--) {
    const code = text.charCodeAt(at);
    if (OPENING_QUOTES.has(code)) return true;
    if (QUOTE_STOPS.has(code)) return false;
  }
  return false;
}

/**
 * 'up'/'down' when the quantity is the size of a change: a change verb right before it
 * (同比下降15.1%, 较上年提高15%, 增长了3倍, 增幅达20%); one-character verbs (同比增15%, 比上年多3件)
 * only after a comparison phrase, because 新增120户 is a level. 增长到/提高至 also give a level,
 * since the verb is then not adjacent to the number.
 */
function changeBefore(text: string, start: number): 'up' | 'down' | null {
  const verbEnd = text[start - 1] === '了' ? start - 1 : start;
  const twoChars = text.slice(Math.max(0, verbEnd - 2), verbEnd);
  if (UP_VERBS.includes(twoChars)) return 'up';
  if (DOWN_VERBS.includes(twoChars)) return 'down';

  const connector = RATE_CONNECTORS.find((word) => text.startsWith(word, start - word.length));
  const rateEnd = start - (connector?.length ?? 0);
  const rate = text.slice(Math.max(0, rateEnd - 2), rateEnd);
  if (UP_RATES.includes(rate)) return 'up';
  if (DOWN_RATES.includes(rate)) return 'down';

  const verb = text[verbEnd - 1];
  const direction = isOneOf(UP_CHARS, verb) ? 'up' : isOneOf(DOWN_CHARS, verb) ? 'down' : null;
  if (direction === null || text[verbEnd - 2] === '新') return null;
  return hasComparisonBefore(text, verbEnd - 1) ? direction : null;
}

/** 同比, 环比, 同期, 相比, 比上年, 较去年, 较2019年… earlier in the same clause. */
function hasComparisonBefore(text: string, pos: number): boolean {
  for (let at = pos - 1; at >= 0 && pos - at <= COMPARISON_WINDOW; at--) {
    if (CLAUSE_BREAKS.has(text.charCodeAt(at))) return false;
    const ch = text[at];
    const pair = text.slice(at, at + 2);
    if (pair === '同比' || pair === '环比' || pair === '同期' || pair === '相比') return true;
    if ((ch === '比' || ch === '较') && at + 1 < pos) {
      const next = text[at + 1];
      if (isOneOf('上去前往', next) || isArabicDigitAt(text, at + 1) || isChineseNumeralChar(next)) return true;
    }
  }
  return false;
}

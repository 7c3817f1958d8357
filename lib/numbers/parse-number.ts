/**
 * Reading one number as printed in Chinese reports: 1,234 / 1，234 / １２３ / 92.12 / 3.5万 /
 * 1234.5亿 / 3万5千 / 两千亿 / 十二点五 / 百分之十二点五 / 十余 / 60000余 / 2万多.
 *
 * Arithmetic is exact: the printed digits become a scaled BigInt and multipliers shift it, so
 * 4.52万 is 45200 and never 45199.99999999999; the only rounding is the final conversion to the
 * nearest double.
 */
import { chineseNumeralValue, isChineseDigitChar, isChineseNumeralCode } from './chinese-numerals.ts';
import { isOneOf } from './chars.ts';
import { matchUnit } from './units.ts';
import { charCodeSet } from '../text/char-codes.ts';

/** A decimal number as digits × 10^-scale, so printed decimals survive multiplication exactly. */
interface ScaledDecimal {
  digits: bigint;
  scale: number;
}

/** More digits than any report figure: longer runs are codes, and BigInt parsing of huge runs would be slow. */
const MAX_SIGNIFICANT_DIGITS = 24;

/** What `readNumber` found at a position. */
export interface NumberReading {
  start: number;
  /** Exclusive; covers digits, decimals, 余/多 and multipliers, not the unit. */
  end: number;
  value: number;
  /** 余/多 inside the number (60000余, 十余, 2万多, 10余万). */
  approximate: boolean;
  /** Written 百分之…: the unit is % whatever follows. */
  percent: boolean;
  /** Script of the leading number: scanners trust Arabic figures more than Chinese numerals. */
  script: 'arabic' | 'chinese';
  /**
   * Arabic digits of a bare integer (no separator, decimal, multiplier or 余), e.g. '2019'; else
   * null. Years and codes are bare integers, so the scanner checks these.
   */
  bareInteger: string | null;
  /** The Chinese numeral characters of a Chinese-script number (before 点/余/multipliers), else null. */
  chineseRun: string | null;
}

/** Value of an ASCII or full-width digit, or -1. */
function digitAt(text: string, i: number): number {
  return arabicDigitOfCode(text.charCodeAt(i));
}

/** Value of the ASCII or full-width digit with this UTF-16 code, or -1 (NaN, past the end, gives -1). */
export function arabicDigitOfCode(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

/**
 * Index of the first character at or after `from` that may start a number (an Arabic digit or a
 * Chinese numeral), or `text.length`. A loop of its own so that the test per character stays a
 * table lookup, however large the scanner calling it gets.
 */
export function indexOfNumberStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (arabicDigitOfCode(code) >= 0 || isChineseNumeralCode(code)) return i;
  }
  return text.length;
}

/** True when an Arabic (ASCII or full-width) digit is at `i`. */
export function isArabicDigitAt(text: string, i: number): boolean {
  return digitAt(text, i) >= 0;
}

/** Reads consecutive digits at `i` as an ASCII string. */
function readDigits(text: string, i: number): string {
  let end = i;
  let ascii = true;
  for (; digitAt(text, end) >= 0; end++) if (text.charCodeAt(end) > 0x39) ascii = false;
  // Folded text has ASCII digits only: one slice instead of a string per digit.
  if (ascii) return text.slice(i, end);
  let digits = '';
  for (let at = i; at < end; at++) digits += String(digitAt(text, at));
  return digits;
}

/** Below 2^53 a double holds an integer exactly, so plain figures need no BigInt arithmetic. */
const MAX_EXACT_DIGITS = 15;

const MULTIPLIERS: ReadonlyMap<string, bigint> = new Map([
  ['百', 100n], ['千', 1000n], ['万', 10000n], ['萬', 10000n], ['亿', 100000000n], ['億', 100000000n],
]);

const MULTIPLIER_CODES = charCodeSet([...MULTIPLIERS.keys()].join(''));

/** After 千/百 these start a metric unit (千米, 千克) or 百分点, so the character is no multiplier. */
const NOT_AFTER_MULTIPLIER: ReadonlyMap<string, string> = new Map([
  ['千', '米克瓦伏帕赫卡焦'],
  ['百', '分'],
]);

/** Reads a run of multiplier characters (万, 亿, 万亿, 千万…) and returns its product; 1n when none. */
function readMultiplier(text: string, i: number, allowed: string): { factor: bigint; end: number } {
  let factor = 1n;
  let end = i;
  while (end - i < 3) {
    // Most numbers have no multiplier: a code test spares reading the character as a string.
    if (!MULTIPLIER_CODES.has(text.charCodeAt(end))) break;
    const ch = text[end];
    const multiplier = isOneOf(allowed, ch) && ch !== undefined ? MULTIPLIERS.get(ch) : undefined;
    if (multiplier === undefined || isOneOf(NOT_AFTER_MULTIPLIER.get(ch ?? '') ?? '', text[end + 1])) break;
    factor *= multiplier;
    end++;
  }
  return { factor, end };
}

const ARABIC_MULTIPLIERS = '百千万萬亿億';
/** Chinese runs already absorb 百/千/万; only 万/亿 can follow 余 or a 点 decimal (十余万, 三点五亿). */
const CHINESE_MULTIPLIERS = '万萬亿億';

const APPROXIMATION_MARKS = charCodeSet('余多');

function isApproximationMarkAt(text: string, at: number): boolean {
  return APPROXIMATION_MARKS.has(text.charCodeAt(at));
}

function toNumber(decimal: ScaledDecimal): number {
  if (decimal.scale === 0) return Number(decimal.digits);
  const digits = decimal.digits.toString().padStart(decimal.scale + 1, '0');
  const point = digits.length - decimal.scale;
  return Number(`${digits.slice(0, point)}.${digits.slice(point)}`);
}

function add(a: ScaledDecimal, b: ScaledDecimal): ScaledDecimal {
  const scale = Math.max(a.scale, b.scale);
  return {
    digits: a.digits * 10n ** BigInt(scale - a.scale) + b.digits * 10n ** BigInt(scale - b.scale),
    scale,
  };
}

/** Arabic integer part with optional thousands separators (1,234 / 1，234): groups of exactly three. */
function readArabicInteger(text: string, pos: number): { digits: string; end: number; separated: boolean } {
  let digits = readDigits(text, pos);
  let end = pos + digits.length;
  let separated = false;
  if (digits.length <= 3) {
    for (;;) {
      const separator = text[end];
      if (separator !== ',' && separator !== '，') break;
      const group = readDigits(text, end + 1);
      if (group.length !== 3) break;
      digits += group;
      end += 4;
      separated = true;
    }
  }
  return { digits, end, separated };
}

/** Fraction digits after a decimal point (. or ．), or '' when there is none. */
function readArabicFraction(text: string, pos: number): string {
  const point = text[pos];
  if (point !== '.' && point !== '．') return '';
  return readDigits(text, pos + 1);
}

const CODE_DIAN = '点'.charCodeAt(0);

/** Chinese fraction digits after 点 (十二点五); 两 is never a decimal digit. */
function readChineseFraction(text: string, pos: number): string {
  if (text.charCodeAt(pos) !== CODE_DIAN) return '';
  let digits = '';
  for (let i = pos + 1; i < text.length; i++) {
    const ch = text[i];
    const digit = isChineseDigitChar(ch) && ch !== '两' && ch !== '兩' ? chineseNumeralValue(ch ?? '') : null;
    if (digit === null) break;
    digits += String(digit);
  }
  return digits;
}

/**
 * Reads the number starting exactly at `pos` (an Arabic digit, a Chinese numeral or 百分之), or
 * null when the characters there do not form a well-formed number (二三十, 十四五, a 30-digit code).
 *
 * Building block for `parseNumber` and the quantity scanner. Reads only the number (with 余/多 and
 * 万/亿 multipliers, and 3万5千-style continuations); units, approximation words around the number
 * and context (years, document numbers) are the caller's business. Never throws.
 */
export function readNumber(text: string, pos: number): NumberReading | null {
  if (text.startsWith('百分之', pos)) {
    const inner = readPlainNumber(text, pos + 3);
    return inner === null ? null : { ...inner, start: pos, percent: true };
  }
  return readPlainNumber(text, pos);
}

/** A number without the 百分之 form (so 百分之百分之… cannot recurse). */
function readPlainNumber(text: string, pos: number): NumberReading | null {
  if (isArabicDigitAt(text, pos)) return readArabicNumber(text, pos);
  if (isChineseNumeralCode(text.charCodeAt(pos))) return readChineseNumber(text, pos);
  return null;
}

function readArabicNumber(text: string, pos: number): NumberReading | null {
  const integer = readArabicInteger(text, pos);
  const fraction = readArabicFraction(text, integer.end);
  if (integer.digits.length + fraction.length > MAX_SIGNIFICANT_DIGITS) return null;
  let end = fraction === '' ? integer.end : integer.end + 1 + fraction.length;
  const tail = readApproximationAndMultiplier(text, end, ARABIC_MULTIPLIERS);
  end = tail.end;
  const bare = fraction === '' && !integer.separated && end === integer.end;
  if (fraction === '' && tail.factor === 1n && integer.digits.length <= MAX_EXACT_DIGITS) {
    return arabicReading(pos, end, Number(integer.digits), tail.approximate, bare ? integer.digits : null);
  }
  const core: ScaledDecimal = { digits: BigInt(integer.digits + fraction), scale: fraction.length };
  let value = { digits: core.digits * tail.factor, scale: core.scale };
  // 3万5千, 1亿2000万: a smaller Arabic group with its own multiplier adds on.
  let previousFactor = tail.factor;
  while (previousFactor > 1n && isArabicDigitAt(text, end)) {
    const digits = readDigits(text, end);
    const next = readMultiplier(text, end + digits.length, ARABIC_MULTIPLIERS);
    if (next.factor === 1n || next.factor >= previousFactor || digits.length > MAX_SIGNIFICANT_DIGITS) break;
    value = add(value, { digits: BigInt(digits) * next.factor, scale: 0 });
    end = next.end;
    previousFactor = next.factor;
  }
  return arabicReading(pos, end, toNumber(value), tail.approximate, bare ? integer.digits : null);
}

function arabicReading(start: number, end: number, value: number, approximate: boolean, bareInteger: string | null): NumberReading {
  return { start, end, value, approximate, percent: false, script: 'arabic', bareInteger, chineseRun: null };
}

/** integer.fraction × factor, exactly (see the module comment). */
function scaledValue(integer: number, fraction: string, factor: bigint): number {
  const digits = BigInt(integer) * 10n ** BigInt(fraction.length) + (fraction === '' ? 0n : BigInt(fraction));
  return toNumber({ digits: digits * factor, scale: fraction.length });
}

function readChineseNumber(text: string, pos: number): NumberReading | null {
  let runEnd = pos;
  while (runEnd < text.length && isChineseNumeralCode(text.charCodeAt(runEnd))) runEnd++;
  const run = text.slice(pos, runEnd);
  const integer = chineseNumeralValue(run);
  if (integer === null) return null;
  const fraction = readChineseFraction(text, runEnd);
  const coreEnd = fraction === '' ? runEnd : runEnd + 1 + fraction.length;
  if (fraction.length > MAX_SIGNIFICANT_DIGITS) return null;
  const tail = readApproximationAndMultiplier(text, coreEnd, CHINESE_MULTIPLIERS);
  return {
    start: pos,
    end: tail.end,
    value: fraction === '' && tail.factor === 1n ? integer : scaledValue(integer, fraction, tail.factor),
    approximate: tail.approximate,
    percent: false,
    script: 'chinese',
    bareInteger: null,
    chineseRun: run,
  };
}

/** 余/多 before or after a multiplier: 60000余, 10余万, 2万余, 2万多. */
function readApproximationAndMultiplier(
  text: string,
  pos: number,
  multipliers: string,
): { factor: bigint; end: number; approximate: boolean } {
  let end = pos;
  let approximate = false;
  if (isApproximationMarkAt(text, end)) {
    approximate = true;
    end++;
  }
  const multiplier = readMultiplier(text, end, multipliers);
  end = multiplier.end;
  if (!approximate && multiplier.factor > 1n && isApproximationMarkAt(text, end)) {
    approximate = true;
    end++;
  }
  return { factor: multiplier.factor, end, approximate };
}

/** Words before a number that make it approximate (约3000, 近2万, 超过90%, 逾千). Longest first. */
const APPROXIMATION_PREFIXES = ['大约', '将近', '接近', '超过', '约', '近', '逾', '超'] as const;

/**
 * Words that end in 约/近 without meaning "about" (节约3000元, 签约12个, 村规民约2项, 最近3年, 附近2家):
 * when one of them ends right before the number, its 约/近 belongs to the word, not to the figure.
 *
 * A bounded list of whole words rather than a list of predecessor characters, because the same
 * character can form a word or merely end the label before a real hedge: 村规民约2项 is a word but
 * 参与村民约300人 is "about 300 villagers", so 民约 counts only as part of 规民约. The words are
 * the ones a report can print right before a count (a contract, a rule, a pact, saving, signing);
 * verbs that take a hedged object (化解约300起, 持续约3个月, 建立约20个) stay out on purpose.
 * 接近/将近/逼近 are not listed: they are hedges themselves (接近100%).
 */
const WORDS_ENDING_IN_HEDGE: ReadonlyMap<string, readonly string[]> = new Map([
  [
    '约',
    [
      '节约', '制约', '签约', '预约', '履约', '违约', '合约', '公约', '条约', '践约', '守约', '缔约',
      '契约', '规约', '盟约', '婚约', '规民约',
    ],
  ],
  ['近', ['附近', '最近', '邻近', '亲近', '靠近', '贴近', '临近', '就近']],
]);

/** True when `word` is printed right before `pos` (startsWith alone would clamp a negative start to 0). */
function endsWordAt(text: string, word: string, pos: number): boolean {
  return pos >= word.length && text.startsWith(word, pos - word.length);
}

/**
 * True when the character before `pos` is a 约/近 that belongs to a word (村规民约, 节约, 最近), not
 * a hedge: label trimming keeps it as part of the counted noun (修订村规民约2项 → 修订村规民约).
 */
export function endsHedgeLikeWord(text: string, pos: number): boolean {
  const words = WORDS_ENDING_IN_HEDGE.get(text[pos - 1] ?? '');
  return words !== undefined && words.some((word) => endsWordAt(text, word, pos));
}

/** Words after a number and its unit that make it approximate (100人左右, 95%以上). */
const APPROXIMATION_SUFFIXES = ['左右', '以上'] as const;

/** Durations after 近 read "in the past N years", not "nearly": 近3年 is exactly three years. */
const DURATION_UNITS: ReadonlySet<string> = new Set(['年', '个月', '天', '日', '小时', '分钟', '个工作日']);

/**
 * A Chinese numeral made only of unit characters (百, 千, 万, 千万), not 十: a round figure
 * (上万人次, 百余人) or part of an idiom (千家万户).
 */
export function isBareMultiplier(reading: NumberReading): boolean {
  const run = reading.chineseRun;
  return run !== null && run !== '十' && ![...run].some(isChineseDigitChar);
}

/**
 * Start of an approximation word printed right before a number (约, 近, 超过, 上 in 上万…), or the
 * number's start when there is none. `unit` matters for 近: 近3年 means "the last three years",
 * not "nearly".
 */
export function approximationPrefixStart(text: string, reading: NumberReading, unit: string): number {
  const numberStart = reading.start;
  if (isBareMultiplier(reading) && text[numberStart - 1] === '上') return numberStart - 1;
  for (const word of APPROXIMATION_PREFIXES) {
    const start = numberStart - word.length;
    if (start < 0 || !text.startsWith(word, start)) continue;
    if (word === '近' && DURATION_UNITS.has(unit)) return numberStart;
    if (word.length === 1 && endsHedgeLikeWord(text, numberStart)) return numberStart;
    return start;
  }
  return numberStart;
}

/** End of 左右/以上 printed at `pos`, or `pos` when there is none. */
export function approximationSuffixEnd(text: string, pos: number): number {
  for (const word of APPROXIMATION_SUFFIXES) if (text.startsWith(word, pos)) return pos + word.length;
  return pos;
}

/** A parsed number token. */
export interface ParsedNumber {
  value: number;
  /** 余/多/约/近/左右/以上/超过… */
  approximate: boolean;
  /** Normalised unit if the token carries one ('%' for 百分之 and ％), else ''. */
  unit: string;
}

/**
 * Parses a whole token that is one number, optionally with an approximation word and a unit:
 * '1,234' → 1234, '１２３' → 123, '3.5万' → 35000, '4.52万' → 45200 (exact), '1234.5亿' →
 * 123450000000, '3万5千' → 35000, '两千亿' → 2e11, '两部' → 2 (unit 部), '十余家' → 10
 * approximate, '百分之十二点五' → 12.5 with unit '%', '约3000人' → 3000 approximate.
 *
 * Returns null unless the whole (trimmed) string is consumed, so it doubles as a test for "is this
 * table cell a number". It does not judge context: '2019年' parses as 2019 with unit 年; use
 * `scanQuantities` to find figures in running text. Never throws.
 */
export function parseNumber(s: string): ParsedNumber | null {
  const token = s.trim();
  let numberStart = 0;
  while (
    numberStart < token.length &&
    !isArabicDigitAt(token, numberStart) &&
    !isChineseNumeralCode(token.charCodeAt(numberStart))
  ) {
    numberStart++;
  }
  const reading = readNumber(token, numberStart);
  if (reading === null) return null;
  const unitMatch = matchUnit(token, reading.end);
  const unit = reading.percent ? '%' : (unitMatch?.unit ?? '');
  const unitEnd = reading.percent ? reading.end : (unitMatch?.end ?? reading.end);
  const prefixStart = approximationPrefixStart(token, reading, unit);
  if (prefixStart !== 0) return null;
  const end = approximationSuffixEnd(token, unitEnd);
  if (end !== token.length) return null;
  return {
    value: reading.value,
    approximate: reading.approximate || numberStart > 0 || end > unitEnd,
    unit,
  };
}

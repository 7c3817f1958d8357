/**
 * Chinese numerals (一二三, 两千亿, 壹佰零伍) to numbers.
 *
 * Hand-written on purpose (issue "extraction engine", point 5): the npm libraries at hand mis-parse
 * report figures such as 3.5万, 两千亿 and 百分之十二点五, and the engine needs `null` for "not a
 * numeral" rather than NaN or an exception. ○ (U+25CB) is accepted as zero because 二○一九 is a
 * common typesetting of 二〇一九.
 */

/** Digit characters, including 两 (used before units and measure words), financial forms and traditional forms. */
const DIGITS: ReadonlyMap<string, number> = new Map([
  ['零', 0], ['〇', 0], ['○', 0],
  ['一', 1], ['壹', 1],
  ['二', 2], ['两', 2], ['兩', 2], ['贰', 2], ['貳', 2],
  ['三', 3], ['叁', 3], ['參', 3],
  ['四', 4], ['肆', 4],
  ['五', 5], ['伍', 5],
  ['六', 6], ['陆', 6], ['陸', 6],
  ['七', 7], ['柒', 7],
  ['八', 8], ['捌', 8],
  ['九', 9], ['玖', 9],
]);

/** Units inside a 万-section. */
const SMALL_UNITS: ReadonlyMap<string, number> = new Map([
  ['十', 10], ['拾', 10],
  ['百', 100], ['佰', 100],
  ['千', 1000], ['仟', 1000],
]);

/** Section units: they multiply everything since the previous larger section unit. */
const WAN = 1e4;
const YI = 1e8;
const SECTION_UNITS: ReadonlyMap<string, number> = new Map([
  ['万', WAN], ['萬', WAN],
  ['亿', YI], ['億', YI],
]);

/**
 * The three tables above folded into one lookup by UTF-16 code, because the quantity scanner asks
 * "is this a numeral character?" of every character of the page, and `text[i]` on Chinese text
 * allocates a one-character string each time. Entry: 0 = not a numeral character, 1…10 = a digit
 * (value + 1), else the unit's value is NUMERAL_UNIT_VALUES[entry - FIRST_UNIT_ENTRY].
 */
const NUMERAL_ENTRIES = new Uint8Array(0x10000);
const FIRST_UNIT_ENTRY = 11;
const NUMERAL_UNIT_VALUES = [10, 100, 1000, WAN, YI];
for (const [ch, digit] of DIGITS) NUMERAL_ENTRIES[ch.charCodeAt(0)] = digit + 1;
for (const [ch, unit] of [...SMALL_UNITS, ...SECTION_UNITS]) {
  NUMERAL_ENTRIES[ch.charCodeAt(0)] = FIRST_UNIT_ENTRY + NUMERAL_UNIT_VALUES.indexOf(unit);
}
const CODE_LIANG = '两'.charCodeAt(0);
const CODE_LIANG_TRADITIONAL = '兩'.charCodeAt(0);

/** Digit value (0…9) of a UTF-16 code, or -1 when it is not a digit character. */
function digitOfCode(code: number): number {
  const entry = NUMERAL_ENTRIES[code] ?? 0;
  return entry > 0 && entry < FIRST_UNIT_ENTRY ? entry - 1 : -1;
}

/** Unit value (10, 100, 1000, 万, 亿) of a UTF-16 code, or 0 when it is not a unit character. */
function unitOfCode(code: number): number {
  const entry = NUMERAL_ENTRIES[code] ?? 0;
  return entry >= FIRST_UNIT_ENTRY ? NUMERAL_UNIT_VALUES[entry - FIRST_UNIT_ENTRY]! : 0;
}

/** Code-unit twin of `isChineseNumeralChar`, for scanners that walk text with `charCodeAt`. */
export function isChineseNumeralCode(code: number): boolean {
  return (NUMERAL_ENTRIES[code] ?? 0) !== 0;
}

/**
 * True for any character that can be part of a Chinese numeral (digits, 两, 十百千万亿 and their
 * financial/traditional forms). Lets scanners find the extent of a numeral run in one pass.
 */
export function isChineseNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && isChineseNumeralCode(ch.charCodeAt(0));
}

/** True for a numeral character that is a digit (零〇一…九, 两, 壹…玖), not a unit. */
export function isChineseDigitChar(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && digitOfCode(ch.charCodeAt(0)) >= 0;
}

/** Financial (大写) forms used on cheques and contracts; alone they are mostly everyday words (队伍, 陆续, 收拾). */
const FINANCIAL_CHARS = '壹贰貳叁參肆伍陆陸柒捌玖拾佰仟';

/** True for a financial (大写) numeral character: 壹贰叁…拾佰仟. */
export function isFinancialNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && FINANCIAL_CHARS.includes(ch);
}

/**
 * Value of a string made only of Chinese numeral characters, or null when it is not a
 * well-formed numeral.
 *
 * Accepts the positional unit form (十一 → 11, 二十 → 20, 一百零五 → 105, 两千亿 → 2e11,
 * 三亿五千万 → 3.5e8, 两万亿 → 2e12, 壹佰贰拾 → 120), the colloquial trailing-digit
 * abbreviation (三百五 → 350, 两万五 → 25000) and the plain digit-string form (二〇一九 → 2019).
 * A leading unit counts once (十 → 10, 百 → 100, 万 → 10000), as in 十余家, 百余人, 万余件; whether
 * such a bare unit is a figure at all (千家万户) is the scanner's call, not this function's.
 *
 * Strict on purpose: prefixes such as 第, suffixes such as 余/多, whitespace or Arabic digits make
 * the result null, as do malformed runs (二三十, 十十, 二十三百), so callers can use it as a test
 * ("is this heading marker a numeral?") as well as a converter. Integers only; 点 decimals are
 * handled by parse-number.
 */
export function chineseNumeralValue(s: string): number | null {
  if (s.length === 0) return null;
  let allDigits = true;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (!isChineseNumeralCode(code)) return null;
    if (digitOfCode(code) < 0) allDigits = false;
  }
  if (allDigits) return digitStringValue(s);
  return unitFormValue(s);
}

/** 二〇一九 → 2019. 两 is never positional (两 alone → 2, but 两〇 is not a numeral). */
function digitStringValue(s: string): number | null {
  if (s.length === 1) return digitOfCode(s.charCodeAt(0));
  let value = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === CODE_LIANG || code === CODE_LIANG_TRADITIONAL) return null;
    value = value * 10 + digitOfCode(code);
  }
  return Number.isSafeInteger(value) ? value : null;
}

/** `s` is known to hold numeral characters only (checked by the caller). */
function unitFormValue(s: string): number | null {
  let aboveYi = 0; // everything already multiplied by 亿
  let wanPart = 0; // the current 万 section, already multiplied by 万
  let section = 0; // below 万
  let pending: number | null = null; // a digit waiting for its unit
  let lastSmallUnit = Infinity; // units within a section must decrease: 二十三百 is malformed
  let lastUnit = 0; // magnitude of the previous unit, for the 三百五 abbreviation
  let previous: 'digit' | 'zero' | 'unit' | 'start' = 'start';
  let sawWanInSection = false;

  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const digit = digitOfCode(code);
    if (digit >= 0) {
      if (digit === 0) {
        // 零 is a filler between units (一百零五); it may not follow another digit.
        if (previous === 'digit') return null;
        previous = 'zero';
        continue;
      }
      if (previous === 'digit') return null;
      pending = digit;
      previous = 'digit';
      continue;
    }
    const unit = unitOfCode(code);
    if (unit < WAN) {
      if (unit >= lastSmallUnit) return null;
      // A leading 十 means 一十 (十一 → 11); after 零 too (一百零十 is odd but harmless).
      section += (pending ?? 1) * unit;
      pending = null;
      lastSmallUnit = unit;
      lastUnit = unit;
      previous = 'unit';
      continue;
    }
    // A leading 万/亿 means 一万/一亿, as a leading 十/百/千 does (万余人, 上万人次).
    const head = previous === 'start' ? 1 : section + (pending ?? 0);
    if (unit === WAN) {
      // 万 needs something to multiply and may appear once per 亿-section (一万二万 is malformed).
      if (head === 0 || sawWanInSection) return null;
      wanPart = head * WAN;
      sawWanInSection = true;
    } else {
      const total = aboveYi + wanPart + head;
      if (total === 0) return null;
      aboveYi = total * YI;
      wanPart = 0;
      sawWanInSection = false;
    }
    section = 0;
    pending = null;
    lastSmallUnit = Infinity;
    lastUnit = unit;
    previous = 'unit';
  }

  let tail = pending ?? 0;
  // 三百五 = 350, 两万五 = 25000: a bare digit right after a unit counts in the next lower unit.
  if (pending !== null && previous === 'digit' && lastUnit > 10 && isDirectlyAfterUnit(s)) {
    tail = pending * (lastUnit / 10);
  }
  const value = aboveYi + wanPart + section + tail;
  return Number.isSafeInteger(value) ? value : null;
}

/** True when the last character is a digit and the one before it a unit (not 零). */
function isDirectlyAfterUnit(s: string): boolean {
  return s.length >= 2 && digitOfCode(s.charCodeAt(s.length - 2)) < 0;
}

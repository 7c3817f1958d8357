/**
 * Dates and figures as the reader's language writes them. The UI speaks two languages, Chinese
 * (the default) and English, so every function takes the browser's UI language (any BCP 47 tag:
 * 'zh-CN', 'zh-TW', 'en-US'…) and settles on one of the two.
 *
 * Pure functions over Intl: no extension API, so the popup, the page panel and Node tests all
 * format alike. They never throw: a value they cannot read comes back as printed, or as '—'.
 */

export type UiLocale = 'zh-CN' | 'en';

/** The UI language a browser language tag gets: Chinese for any zh-*, English otherwise. */
export function uiLocale(languageTag: string): UiLocale {
  return /^zh\b/i.test(languageTag) ? 'zh-CN' : 'en';
}

const numberFormats = new Map<UiLocale, Intl.NumberFormat>();

function numberFormat(locale: UiLocale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    // Four decimals keep every figure as a report prints it (92.12, 0.125) while hiding binary
    // noise (0.1 + 0.2); grouping as the locale does it (1,719 in both languages).
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });
    numberFormats.set(locale, format);
  }
  return format;
}

/** Units written straight after the number in both languages. */
const TIGHT_UNITS = new Set(['%', '％', '‰']);
/** 个百分点 (percentage points) and its short form, which the number parser folds into 个百分点. */
const POINT_UNITS = new Set(['个百分点', '百分点']);

export interface FigureOptions {
  /** The report hedged the figure (约, 余, 近…): shown with a leading ≈. */
  approximate?: boolean;
}

/**
 * A figure with its unit: 92.12 '%' → '92.12%'; 0.8 '个百分点' → '0.8 个百分点' (zh) / '0.8 pp' (en);
 * 1719 '件' → '1,719件' (zh) / '1,719 件' (en).
 *
 * Measure words other than percentages are left in Chinese in the English UI: 件 counts cases in
 * one sentence and documents in the next, so translating it would guess, and the figure is a
 * quotation from a Chinese report that the reader can check against the page.
 */
export function formatNumber(value: number, unit: string, locale: UiLocale, options: FigureOptions = {}): string {
  if (!Number.isFinite(value)) return '—';
  const number = `${options.approximate ? '≈' : ''}${numberFormat(locale).format(value)}`;
  if (unit === '') return number;
  if (TIGHT_UNITS.has(unit)) return `${number}${unit === '％' ? '%' : unit}`;
  if (POINT_UNITS.has(unit)) return locale === 'zh-CN' ? `${number} 个百分点` : `${number} pp`;
  return locale === 'zh-CN' ? `${number}${unit}` : `${number} ${unit}`;
}

const ISO_CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T/;

export interface DateOptions {
  /** Time zone a timestamp's calendar day is taken in; the runtime's own by default. */
  timeZone?: string;
}

/**
 * A date as the locale writes it: '2020-11-15' → '2020年11月15日' (zh) / 'Nov 15, 2020' (en);
 * a partial date keeps its precision ('2020-11' → '2020年11月' / 'Nov 2020', '2020' → '2020年' /
 * '2020'); a timestamp ('2025-01-03T06:05:00Z', when a report was saved) shows its calendar day
 * in `timeZone`. Anything else, an impossible date included, comes back unchanged, so a
 * malformed stored value is still visible rather than silently shifted.
 */
export function formatDate(iso: string, locale: UiLocale, options: DateOptions = {}): string {
  const calendar = ISO_CALENDAR_DATE.exec(iso);
  if (calendar) {
    const [year, month, day] = calendar.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
    // A calendar date has no time zone: built at UTC midnight and printed in UTC, so that no
    // reader's offset moves it to the day before.
    const utc = new Date(Date.UTC(2000, (month ?? 1) - 1, day ?? 1));
    utc.setUTCFullYear(year!); // Date.UTC reads years 0–99 as 19xx
    const exists = utc.getUTCMonth() === (month ?? 1) - 1 && utc.getUTCDate() === (day ?? 1);
    if (!exists) return iso;
    return dateFormat(locale, { month: month !== undefined, day: day !== undefined }, 'UTC').format(utc);
  }
  const moment = ISO_TIMESTAMP.test(iso) ? new Date(iso) : null;
  if (!moment || Number.isNaN(moment.getTime())) return iso;
  return dateFormat(locale, { month: true, day: true }, safeTimeZone(options.timeZone)).format(moment);
}

/** Chinese spells the month out (11月), English abbreviates it (Nov). */
function dateFormat(locale: UiLocale, precision: { month: boolean; day: boolean }, timeZone: string | undefined): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    ...(precision.month ? { month: locale === 'zh-CN' ? 'long' : 'short' } : {}),
    ...(precision.day ? { day: 'numeric' } : {}),
    timeZone,
  });
}

/** An unknown zone name would make Intl throw: fall back to the runtime's zone. */
function safeTimeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

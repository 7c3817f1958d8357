import { browser } from 'wxt/browser';
import { formatDate, formatNumber, uiLocale } from '../lib/i18n/format';
import type { JurisdictionLevel } from '../lib/metadata/types';

/**
 * UI strings come from public/_locales through the browser, so the popup speaks the browser's
 * language (zh_CN is the default locale). Keys are checked against both locale files by
 * tests/unit/i18n/locales.test.ts; a missing key shows as the key itself, never as blank.
 */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key as '@@ui_locale', substitutions) || key;
}

/** Which language names from the taxonomy (zh/en) the UI uses. */
export function uiLanguage(): 'zh' | 'en' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

const LEVEL_KEYS: Record<JurisdictionLevel, string> = {
  province: 'levelProvince',
  city: 'levelCity',
  district: 'levelDistrict',
  county: 'levelCounty',
  township: 'levelTownship',
  department: 'levelDepartment',
  unknown: 'levelUnknown',
};

export function levelName(level: JurisdictionLevel): string {
  return t(LEVEL_KEYS[level]);
}

/** A figure as the UI language writes it (1,719件 / 1,719 件, 92.12%, 0.8 个百分点 / 0.8 pp). */
export function formatFigure(value: number, unit: string, approximate = false): string {
  return formatNumber(value, unit, uiLocale(browser.i18n.getUILanguage()), { approximate });
}

/** An ISO date as the UI language writes it (2020年11月15日 / Nov 15, 2020). */
export function formatDay(iso: string): string {
  return formatDate(iso, uiLocale(browser.i18n.getUILanguage()));
}

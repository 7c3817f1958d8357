import { browser } from 'wxt/browser';
import type { JurisdictionLevel } from '../lib/metadata/types';

/**
 * UI strings come from public/_locales through the browser, so the popup speaks the browser's
 * language (zh_CN is the default locale). Keys are checked against both locale files by
 * tests/unit/messages/locales.test.ts; a missing key shows as the key itself, never as blank.
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
  department: 'levelDepartment',
  unknown: 'levelUnknown',
};

export function levelName(level: JurisdictionLevel): string {
  return t(LEVEL_KEYS[level]);
}

/** 1719 → '1,719' (en) / '1,719' (zh); keeps decimals as printed in the report (98.5). */
export function formatFigure(value: number, unit: string, approximate = false): string {
  const number = value.toLocaleString(uiLanguage() === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 2 });
  return `${approximate ? '≈' : ''}${number}${unit}`;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, uiLocale } from '../../../lib/i18n/format';

describe('uiLocale', () => {
  it('gives Chinese to every zh tag and English to everything else', () => {
    expect(['zh-CN', 'zh', 'zh-TW', 'zh-Hant-HK', 'ZH-cn'].map(uiLocale)).toEqual(Array(5).fill('zh-CN'));
    expect(['en-US', 'en-GB', 'de', 'ja', '', 'zhx'].map(uiLocale)).toEqual(Array(6).fill('en'));
  });
});

describe('formatNumber', () => {
  // 1719件 (厦门 2021) and 92.12% (九江 2022) as the seeds print them; 个百分点 is how reports state
  // a change of a rate.
  it.each([
    [1719, '件', '1,719件', '1,719 件'],
    [92.12, '%', '92.12%', '92.12%'],
    [12.5, '％', '12.5%', '12.5%'],
    [0.8, '个百分点', '0.8 个百分点', '0.8 pp'],
    [3, '百分点', '3 个百分点', '3 pp'],
    [35_000, '元', '35,000元', '35,000 元'],
    [55, '', '55', '55'],
  ])('%s %s → %s (zh) / %s (en)', (value, unit, zh, en) => {
    expect(formatNumber(value, unit, 'zh-CN')).toBe(zh);
    expect(formatNumber(value, unit, 'en')).toBe(en);
  });

  it('marks a hedged figure (约/余/近) with ≈', () => {
    expect(formatNumber(300, '人次', 'zh-CN', { approximate: true })).toBe('≈300人次');
    expect(formatNumber(300, '人次', 'en', { approximate: true })).toBe('≈300 人次');
  });

  it('keeps the decimals a report prints and drops binary noise', () => {
    expect(formatNumber(98.125, '%', 'en')).toBe('98.125%');
    expect(formatNumber(0.1 + 0.2, '%', 'en')).toBe('0.3%');
  });

  it('never throws and never prints NaN or Infinity', () => {
    fc.assert(
      fc.property(fc.double(), fc.string({ maxLength: 8 }), fc.constantFrom('zh-CN' as const, 'en' as const), (value, unit, locale) => {
        const shown = formatNumber(value, unit, locale);
        expect(shown).not.toMatch(/NaN|Infinity|∞/);
        if (!Number.isFinite(value)) expect(shown).toBe('—');
      }),
    );
  });
});

describe('formatDate', () => {
  it('writes a publication date as each language does (沙坡头区 2020年11月15日)', () => {
    expect(formatDate('2020-11-15', 'zh-CN')).toBe('2020年11月15日');
    expect(formatDate('2020-11-15', 'en')).toBe('Nov 15, 2020');
  });

  it('keeps the precision of a partial date', () => {
    expect(formatDate('2023-03', 'zh-CN')).toBe('2023年3月');
    expect(formatDate('2023-03', 'en')).toBe('Mar 2023');
    expect(formatDate('2019', 'zh-CN')).toBe('2019年');
    expect(formatDate('2019', 'en')).toBe('2019');
  });

  it('does not move a calendar date by the reader time zone', () => {
    // Parsed as a timestamp, 2021-01-01 would print as 2020年12月31日 west of Greenwich.
    expect(formatDate('2021-01-01', 'zh-CN', { timeZone: 'America/Los_Angeles' })).toBe('2021年1月1日');
  });

  it('shows a timestamp on its calendar day in the given zone', () => {
    const savedAt = '2025-01-03T20:30:00.000Z';
    expect(formatDate(savedAt, 'zh-CN', { timeZone: 'Asia/Shanghai' })).toBe('2025年1月4日');
    expect(formatDate(savedAt, 'en', { timeZone: 'UTC' })).toBe('Jan 3, 2025');
    expect(formatDate(savedAt, 'en', { timeZone: 'Not/AZone' })).toMatch(/^Jan [34], 2025$/);
  });

  it('returns what it cannot read unchanged, impossible dates included', () => {
    for (const odd of ['', '2020-02-30', '2021-13-01', '2021-00', '20201115', '2020年11月15日', '2020-11-15T99:00:00Z']) {
      expect(formatDate(odd, 'zh-CN')).toBe(odd);
    }
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 30 }), (text) => void formatDate(text, 'en')));
    fc.assert(fc.property(fc.date({ noInvalidDate: true }), (date) => void formatDate(date.toISOString(), 'zh-CN')));
  });
});

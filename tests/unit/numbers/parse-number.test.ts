import { describe, expect, it } from 'vitest';
import { parseNumber, readNumber } from '../../../lib/numbers/parse-number.ts';

describe('parseNumber', () => {
  it.each([
    ['1,234', 1234],
    ['1，234', 1234],
    ['12,345,678', 12_345_678],
    ['１２３', 123],
    ['92.12', 92.12],
    ['３．５', 3.5],
    ['3.5万', 35_000],
    ['1234.5亿', 123_450_000_000],
    ['1.2万亿', 1_200_000_000_000],
    ['3万5千', 35_000],
    ['1亿2000万', 120_000_000],
    ['两千亿', 200_000_000_000],
    ['三点五万', 35_000],
  ])('%s → %d', (token, value) => {
    expect(parseNumber(token)?.value).toBe(value);
  });

  it('multiplies decimals exactly, where floating point would not', () => {
    // 4.52 * 1e4 === 45199.99999999999 and 19.99 * 1e8 === 1998999999.9999998 in IEEE doubles.
    expect(parseNumber('4.52万')).toEqual({ value: 45_200, approximate: false, unit: '' });
    expect(parseNumber('0.57万')?.value).toBe(5700);
    expect(parseNumber('0.07万')?.value).toBe(700);
    expect(parseNumber('19.99亿元')).toEqual({ value: 1_999_000_000, approximate: false, unit: '元' });
    expect(parseNumber('3497.48万元')?.value).toBe(34_974_800);
  });

  it('reads Chinese numerals with their measure word', () => {
    expect(parseNumber('两部')).toEqual({ value: 2, approximate: false, unit: '部' });
    expect(parseNumber('四个')).toEqual({ value: 4, approximate: false, unit: '个' });
    expect(parseNumber('十余家')).toEqual({ value: 10, approximate: true, unit: '家' });
  });

  it('reads percentages written in words or with a sign, and keeps 个百分点 apart', () => {
    expect(parseNumber('百分之十二点五')).toEqual({ value: 12.5, approximate: false, unit: '%' });
    expect(parseNumber('12.5％')).toEqual({ value: 12.5, approximate: false, unit: '%' });
    expect(parseNumber('3.5个百分点')).toEqual({ value: 3.5, approximate: false, unit: '个百分点' });
    expect(parseNumber('3.5百分点')?.unit).toBe('个百分点');
  });

  it('marks approximations before, inside and after the number', () => {
    expect(parseNumber('约3000人')).toEqual({ value: 3000, approximate: true, unit: '人' });
    expect(parseNumber('60000余人次')).toEqual({ value: 60_000, approximate: true, unit: '人次' });
    expect(parseNumber('10余万')).toEqual({ value: 100_000, approximate: true, unit: '' });
    expect(parseNumber('2万多')).toEqual({ value: 20_000, approximate: true, unit: '' });
    expect(parseNumber('95%以上')).toEqual({ value: 95, approximate: true, unit: '%' });
    expect(parseNumber('超过90%')?.approximate).toBe(true);
  });

  it.each(['', 'abc', '第三', '1,23', '三是', '5千米', '百分之二三十', '五百分之2.2', '3件5'])('rejects %j', (token) => {
    expect(parseNumber(token)).toBeNull();
  });

  // Hand-copied from microsoft/Recognizers-Text Specs/Number/Chinese/NumberModel.json and PercentModel.json (MIT).
  it.each([
    ['4.78万亿', 4_780_000_000_000, ''],
    ['４，５６５', 4565, ''],
    ['5万4千6百', 54_600, ''],
    ['5亿1万4千6百', 500_014_600, ''],
    ['1,050,000,000', 1_050_000_000, ''],
    ['一千多万', 10_000_000, ''],
    ['五百余万', 5_000_000, ''],
    ['百分之２．４', 2.4, '%'],
    ['百分之五', 5, '%'],
    ['２２％', 22, '%'],
    ['百分之１２０', 120, '%'],
    ['百分之1,111', 1111, '%'],
    ['百分之９，９９９', 9999, '%'],
    ['百分之５６.２', 56.2, '%'],
    ['百分之一百二十点五', 120.5, '%'],
    ['百分之百', 100, '%'],
    ['５．５％', 5.5, '%'],
    ['12.56个百分点', 12.56, '个百分点'],
    ['０.４个百分点', 0.4, '个百分点'],
    ['二十个百分点', 20, '个百分点'],
    ['拾万零五十六点叁叁个百分点', 100_056.33, '个百分点'],
  ])('oracle: %s → %d %s', (token, value, unit) => {
    expect(parseNumber(token)).toMatchObject({ value, unit });
  });
});

describe('readNumber', () => {
  it('reports the extent of the number only, without its unit', () => {
    const text = '参加人数60000余人次,';
    const reading = readNumber(text, 4);
    expect(reading).toMatchObject({ start: 4, end: 10, value: 60_000, approximate: true, script: 'arabic' });
  });

  it('flags bare integers (years, codes) and Chinese runs for the scanner', () => {
    expect(readNumber('2019年', 0)?.bareInteger).toBe('2019');
    expect(readNumber('2,019年', 0)?.bareInteger).toBeNull();
    expect(readNumber('两千亿元', 0)).toMatchObject({ chineseRun: '两千亿', end: 3 });
  });

  it('returns null for runs that are not numbers and for very long digit runs', () => {
    expect(readNumber('十四五规划', 0)).toBeNull();
    expect(readNumber('1'.repeat(40), 0)).toBeNull();
    expect(readNumber('百分之百分之', 0)?.value).toBe(100);
  });
});

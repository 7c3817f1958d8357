import { describe, expect, it } from 'vitest';
import { chineseNumeralValue, isChineseNumeralChar, isFinancialNumeralChar } from '../../../lib/numbers/chinese-numerals.ts';

describe('chineseNumeralValue', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十一', 11],
    ['十二', 12],
    ['二十', 20],
    ['九十九', 99],
    ['一百零五', 105],
    ['一千零五十', 1050],
    ['两千亿', 200_000_000_000],
    ['三亿五千万', 350_000_000],
    ['两万亿', 2_000_000_000_000],
    ['一万二千亿', 1_200_000_000_000],
    ['一亿零五百万', 105_000_000],
    ['壹佰贰拾', 120],
    ['二〇一九', 2019],
    ['零', 0],
    ['万', 10_000],
  ])('%s → %d', (numeral, value) => {
    expect(chineseNumeralValue(numeral)).toBe(value);
  });

  it('reads heading and enumeration markers once the caller strips 、 and 是', () => {
    // 一、 （十二） 十二是…: the outline passes the bare numeral.
    expect(chineseNumeralValue('十二')).toBe(12);
    expect(chineseNumeralValue('二十三')).toBe(23);
  });

  it('reads the colloquial trailing-digit abbreviation in the next lower unit', () => {
    expect(chineseNumeralValue('三百五')).toBe(350);
    expect(chineseNumeralValue('两万五')).toBe(25_000);
    // 零 blocks the abbreviation: 一百零五 is 105, not 150.
    expect(chineseNumeralValue('一百零五')).toBe(105);
  });

  it.each(['', '第三', '三是', '二三十', '十十', '二十三百', '一万二万', '两〇', '3', '十 一', '亿万'])(
    'rejects %j',
    (text) => {
      expect(chineseNumeralValue(text)).toBeNull();
    },
  );

  // Hand-copied from microsoft/Recognizers-Text Specs/Number/Chinese/NumberModel.json (MIT), used as an oracle.
  it.each([
    ['肆佰陸拾', 460],
    ['一百五十二', 152],
    ['壹佰伍拾', 150],
    ['两千四百五', 2450],
    ['一千零一', 1001],
    ['一百零一万一千', 1_011_000],
    ['一千两百三十四万', 12_340_000],
    ['五亿零六', 500_000_006],
    ['七十八万五佰零六', 780_506],
    ['拾万零五十六', 100_056],
    ['九百九', 990],
    ['一千陆', 1600],
    ['一万二百五十', 10_250],
    ['一万零二百五十', 10_250],
    ['九十二万四', 924_000],
    ['九百万零四百', 9_000_400],
    ['四千零五万', 40_050_000],
    ['四千万零六千', 40_006_000],
    ['四亿五千六百四十二万零一十五', 456_420_015],
    ['十万柒仟捌佰伍拾肆', 107_854],
    ['拾亿零六万零五百零六', 1_000_060_506],
    ['四十五亿四千零四万', 4_540_040_000],
    ['百三', 130],
  ])('oracle: %s → %d', (numeral, value) => {
    expect(chineseNumeralValue(numeral)).toBe(value);
  });
});

describe('character classes', () => {
  it('knows numeral and financial characters', () => {
    expect([...'零〇两十百千万亿拾佰仟萬億'].every(isChineseNumeralChar)).toBe(true);
    expect(isChineseNumeralChar('第')).toBe(false);
    expect(isChineseNumeralChar(undefined)).toBe(false);
    expect(isFinancialNumeralChar('伍')).toBe(true);
    expect(isFinancialNumeralChar('五')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { provinceOf } from '../../../lib/db/province';

const none = { jurisdiction: null, title: null, publisher: null };

describe('provinceOf', () => {
  it('reads the province a report prints in its jurisdiction, title or publisher', () => {
    expect(provinceOf({ ...none, jurisdiction: '福建省' })).toBe('福建');
    expect(provinceOf({ ...none, title: '宁夏回族自治区中卫市沙坡头区2020年法治政府建设年度报告' })).toBe('宁夏');
    expect(provinceOf({ ...none, publisher: '江西省司法厅' })).toBe('江西');
    expect(provinceOf({ ...none, jurisdiction: '北京市海淀区' })).toBe('北京');
    expect(provinceOf({ ...none, title: '内蒙古呼和浩特市2021年法治政府建设情况报告' })).toBe('内蒙古');
  });

  it('says unknown when nothing names a province (the seeds: 晋江市, 九江市, 厦门市, 沙坡头区)', () => {
    expect(provinceOf({ jurisdiction: '晋江市', title: '2019年度晋江市法治政府工作报告', publisher: null })).toBeNull();
    expect(provinceOf({ jurisdiction: '九江市', title: null, publisher: null })).toBeNull();
    expect(provinceOf({ jurisdiction: '厦门市', title: '厦门市关于2021年法治政府建设情况的报告', publisher: null })).toBeNull();
    expect(provinceOf({ jurisdiction: '中卫市沙坡头区', title: '中卫市沙坡头区2020年法治政府建设年度报告', publisher: '沙坡头区司法局' })).toBeNull();
    expect(provinceOf(none)).toBeNull();
  });

  it('does not take a prefecture or city for the province of the same short name', () => {
    // 海南藏族自治州 is in 青海; 吉林市 is a city of 吉林省 but names no province by itself.
    expect(provinceOf({ ...none, jurisdiction: '海南州' })).toBeNull();
    expect(provinceOf({ ...none, jurisdiction: '吉林市' })).toBeNull();
    expect(provinceOf({ ...none, jurisdiction: '山西' })).toBe('山西');
  });

  it('never throws on odd input', () => {
    expect(provinceOf({ jurisdiction: '\u0000'.repeat(10_000), title: '省'.repeat(100_000), publisher: '' })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { readPlaceUnits } from '../../../lib/metadata/place-names';

const units = (text: string) => readPlaceUnits(text).map((u) => u.name + u.suffix);

describe('readPlaceUnits', () => {
  it('splits compounds into their units', () => {
    expect(units('中卫市沙坡头区2020年')).toEqual(['中卫市', '沙坡头区']);
    expect(units('新疆维吾尔自治区乌鲁木齐市')).toEqual(['新疆维吾尔自治区', '乌鲁木齐市']);
    expect(units('福建省泉州市晋江市人民政府')).toEqual(['福建省', '泉州市', '晋江市']);
  });

  it('keeps names that contain a suffix character whole', () => {
    expect(units('杭州市2022年')).toEqual(['杭州市']);
    expect(units('贵州省')).toEqual(['贵州省']);
    expect(units('镇江市')).toEqual(['镇江市']);
    expect(units('黔东南州市场监督管理局')).toEqual(['黔东南州']);
  });

  it('reads long ethnic autonomous names and one-character county names', () => {
    expect(units('恩施土家族苗族自治州')).toEqual(['恩施土家族苗族自治州']);
    expect(units('沛县')).toEqual(['沛县']);
  });

  it('reads no name from pronouns and level words', () => {
    expect(units('我市认真贯彻')).toEqual([]);
    expect(units('全区各部门')).toEqual([]);
    expect(units('地区依法行政情况报告')).toEqual([]);
    expect(units('九江市各县区')).toEqual(['九江市']);
    expect(units('某县2025年度')).toEqual([]);
  });

  it('reads no name from a clause that opens with a verb or preposition and ends in a suffix', () => {
    expect(units('按照彭泽县法治政府建设领导小组部署')).toEqual([]);
    expect(units('坚决贯彻落实省委省政府工作要求')).toEqual([]);
    expect(units('印发汝南县2021年度工作安排')).toEqual([]);
    // Names that merely start like a word are kept: 和平区, 同江市, 会同县, 全州县.
    expect(units('和平区')).toEqual(['和平区']);
    expect(units('同江市')).toEqual(['同江市']);
    expect(units('会同县')).toEqual(['会同县']);
    expect(units('全州县')).toEqual(['全州县']);
  });
});

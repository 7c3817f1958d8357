import { describe, expect, it } from 'vitest';
import { COUNTY_LEVEL_CITY_COUNT, isListedCountyLevelCity } from '../../../lib/metadata/county-level-cities';
import { extractMetadata } from '../../../lib/metadata/extract-metadata';
import { pageTextFromPlainText } from '../../../lib/page-text/from-plain-text';
import type { DocumentMeta } from '../../../lib/page-text/types';

const read = (lines: string[], meta: Partial<DocumentMeta> = {}) => {
  const { jurisdiction, level } = extractMetadata(pageTextFromPlainText(lines.join('\n'), meta), { sections: [], items: [] });
  return { jurisdiction, level };
};
const OPENING = '2022年，我们深入学习贯彻习近平法治思想，扎实推进法治政府建设，各项工作取得新成效。';

describe('jurisdiction from the title', () => {
  const cases: Array<[string, string, string]> = [
    ['2019年度晋江市法治政府工作报告', '晋江市', 'county'],
    ['中卫市沙坡头区2020年法治政府建设年度报告', '中卫市沙坡头区', 'district'],
    ['九江市人民政府关于2022年度法治政府建设情况的报告', '九江市', 'city'],
    ['关于杭州市2021年法治政府建设情况的报告', '杭州市', 'city'],
    ['广东省2021年法治政府建设年度报告', '广东省', 'province'],
    ['北京市2021年法治政府建设年度情况报告', '北京市', 'province'],
    ['新疆维吾尔自治区2022年法治政府建设情况报告', '新疆维吾尔自治区', 'province'],
    ['内蒙古自治区呼和浩特市2022年法治政府建设年度报告', '内蒙古自治区呼和浩特市', 'city'],
    ['贵州省2020年法治政府建设情况报告', '贵州省', 'province'],
    ['恩施土家族苗族自治州2022年法治政府建设年度报告', '恩施土家族苗族自治州', 'city'],
    ['锡林郭勒盟2021年法治政府建设年度报告', '锡林郭勒盟', 'city'],
    ['阿勒泰地区2022年法治政府建设年度报告', '阿勒泰地区', 'city'],
    ['北京市朝阳区2022年法治政府建设年度报告', '北京市朝阳区', 'district'],
    ['浦东新区2021年法治政府建设情况报告', '浦东新区', 'district'],
    ['长汀县2022年法治政府建设年度报告', '长汀县', 'county'],
    ['沛县2021年法治政府建设年度报告', '沛县', 'county'],
    ['科尔沁右翼前旗2022年法治政府建设年度报告', '科尔沁右翼前旗', 'county'],
    ['厦门市司法局2022年法治政府建设年度报告', '厦门市司法局', 'department'],
    ['交通运输部2021年法治政府部门建设情况报告', '交通运输部', 'department'],
    ['国家税务总局厦门市税务局2022年度法治政府建设情况报告', '国家税务总局厦门市税务局', 'department'],
    ['黔东南州市场监督管理局2022年法治政府建设年度报告', '黔东南州市场监督管理局', 'department'],
    ['九江市人民政府办公室2022年法治政府建设工作报告', '九江市人民政府办公室', 'department'],
  ];
  for (const [title, jurisdiction, level] of cases) {
    it(`${title} → ${jurisdiction} (${level})`, () => {
      expect(read([title, OPENING])).toEqual({ jurisdiction, level });
    });
  }

  it('reads the government of a joint party-government title, or the place of a party committee', () => {
    expect(read(['中共长汀县委 长汀县人民政府关于2022年度法治建设工作情况的报告', OPENING])).toEqual({ jurisdiction: '长汀县', level: 'county' });
    expect(read(['中共九江市委关于2022年度法治建设工作情况的报告', OPENING])).toEqual({ jurisdiction: '九江市', level: 'city' });
    expect(read(['中共龙泉镇委员会 龙泉镇人民政府关于2023年度法治政府建设情况的报告', OPENING])).toEqual({ jurisdiction: '龙泉镇', level: 'township' });
  });

  it('returns the name as printed on a traditional-character page', () => {
    expect(read(['廈門市關於2021年法治政府建設情況的報告', OPENING]).jurisdiction).toBe('廈門市');
  });

  it('reads ArticleTitle and <title> minus the site name when the text prints no title', () => {
    expect(read([OPENING], { metaTags: { articletitle: '九江市2022年度法治政府建设情况报告' } }).jurisdiction).toBe('九江市');
    expect(read([OPENING], { htmlTitle: '九江市2022年度法治政府建设情况报告_九江市人民政府' }).jurisdiction).toBe('九江市');
  });

  it('does not take a level word for a name (an anonymised template title)', () => {
    expect(read(['地区依法行政情况报告', '今年，区认真贯彻落实上级部署。我区依法行政工作取得新进展。全区各部门积极配合。'])).toEqual({
      jurisdiction: null,
      level: 'district',
    });
    expect(read(['市司法局2022年法治政府建设年度报告', OPENING]).jurisdiction).toBeNull();
  });
});

describe('jurisdiction from the opening sentence or the site', () => {
  it('takes the place that is the subject of the first sentence (九江市坚持…)', () => {
    expect(read(['2022年，在省委、省政府的坚强领导下，九江市坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设。'])).toEqual({
      jurisdiction: '九江市',
      level: 'city',
    });
  });

  it('takes no name from 我市, and no mention that is not the subject', () => {
    expect(read(['2021年，在省委、省政府正确领导下，我市坚持以习近平新时代中国特色社会主义思想为指导。']).jurisdiction).toBeNull();
    expect(read(['1-10月，全省固定资产投资增长10.2%，德清县、安吉县位列三县前列，投资结构趋稳趋优。']).jurisdiction).toBeNull();
  });

  it('falls back to a government SiteName, not a media site', () => {
    expect(read([OPENING], { metaTags: { sitename: '九江市人民政府' } }).jurisdiction).toBe('九江市');
    expect(read([OPENING], { metaTags: { sitename: '山西省人民政府门户网站' } })).toEqual({ jurisdiction: '山西省', level: 'province' });
    expect(read([OPENING], { metaTags: { sitename: '中国九江网' } }).jurisdiction).toBeNull();
  });
});

describe('a title’s bare name gains the parents its issuer prints', () => {
  it('reads 屏边县新华乡 from a glued index field (发布机构屏边县新华乡人民政府) under the title 新华乡…', () => {
    const index = ['- 乡镇信息公开', '-', '发布机构屏边县新华乡人民政府', '-', '发布日期2026-01-27'];
    expect(read([...index, '新华乡2025年法治政府建设工作情况报告', OPENING])).toEqual({ jurisdiction: '屏边县新华乡', level: 'township' });
  });

  it('qualifies a name read from the opening too (发布机构 兖州区新驿镇; 2025年，新驿镇在…)', () => {
    const index = ['| 发布机构 | 兖州区新驿镇 | 组配分类 | 法治政府建设年报 |'];
    const opening = '2025年，新驿镇在区委、区政府的正确领导下，坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设。';
    expect(read([...index, opening])).toEqual({ jurisdiction: '兖州区新驿镇', level: 'township' });
  });

  it('reads a 街道 that opens as its 办事处 as the 街道 (township), not a department', () => {
    const opening = '在全面建设社会主义现代化国家新征程上，人民街街道办事处坚持以习近平法治思想为根本遵循，系统推进法治政府建设。';
    expect(read([opening])).toEqual({ jurisdiction: '人民街街道', level: 'township' });
  });

  it('gives a department that names itself by level only (县司法局) its level, not a name', () => {
    expect(read(['2022年，县司法局紧紧围绕县委、县政府中心工作，立足司法行政实际，扎实推进法治政府建设。'])).toEqual({ jurisdiction: null, level: 'department' });
  });

  it('names an unnamed report from the places of its level its own documents carry', () => {
    const opening = '2022年，我县深入贯彻习近平法治思想，扎实推进法治政府建设，现将工作情况报告如下：';
    const body = '制定《石楼县法治政府建设实施方案（2021-2025年）》，印发《2022年度石楼县法治政府建设工作要点》，全市考核中位列第一。';
    expect(read([opening, body])).toEqual({ jurisdiction: '石楼县', level: 'county' });
    const department = '2023年，县司法局紧紧围绕县委、县政府中心工作，立足司法行政实际，扎实推进法治政府建设。';
    expect(read([department, '“石楼县‘1+N’调解机制”被命名为省级示范项目，吕梁市表彰3人。'])).toEqual({ jurisdiction: '石楼县司法局', level: 'department' });
  });

  it('leaves the name out when the text names several places of its level as often', () => {
    const opening = '2022年，我县深入贯彻习近平法治思想，扎实推进法治政府建设，现将工作情况报告如下：';
    expect(read([opening, '学习借鉴《临县法治建设经验》，与《兴县法治政府建设方案》对标。'])).toEqual({ jurisdiction: null, level: 'county' });
  });

  it('keeps the title’s name when the issuer is another unit (the office that posted it)', () => {
    expect(read(['发布机构屏边县司法局', '新华乡2025年法治政府建设工作情况报告', OPENING]).jurisdiction).toBe('新华乡');
  });
});

describe('county-level cities on the 民政部 list', () => {
  it('knows the list (397 at the end of 2023) and compares whole names', () => {
    expect(COUNTY_LEVEL_CITY_COUNT).toBe(397);
    expect(isListedCountyLevelCity('义乌')).toBe(true);
    expect(isListedCountyLevelCity('津')).toBe(false);
  });

  it('makes a listed 市 a county even when nothing in the text says so', () => {
    expect(read(['义乌市2022年法治政府建设年度报告', OPENING])).toEqual({ jurisdiction: '义乌市', level: 'county' });
    expect(read(['大冶市2022年法治政府建设年度报告', OPENING])).toEqual({ jurisdiction: '大冶市', level: 'county' });
    expect(read(['天津市2022年法治政府建设年度报告', OPENING])).toEqual({ jurisdiction: '天津市', level: 'province' });
    expect(read(['湖州市2022年法治政府建设年度报告', OPENING])).toEqual({ jurisdiction: '湖州市', level: 'city' });
    // A big5 gateway prints 崑山市: the name is matched folded and returned as printed.
    expect(read(['崑山市2021年法治政府建設年度報告', OPENING])).toEqual({ jurisdiction: '崑山市', level: 'county' });
    // 恩施 is both a 市 (county-level) and a 州 (prefecture-level): the suffix decides.
    expect(read(['恩施市2022年法治政府建设年度报告', OPENING]).level).toBe('county');
  });

  it('reads townships (镇, 乡, 街道 and its 办事处) as township and development zones as districts', () => {
    expect(read(['溪口镇2023年度法治政府建设工作报告', OPENING])).toEqual({ jurisdiction: '溪口镇', level: 'township' });
    expect(read(['龙山乡2023年法治政府建设工作情况报告', OPENING])).toEqual({ jurisdiction: '龙山乡', level: 'township' });
    expect(read(['东湖街道办事处2024年法治政府建设年度报告', OPENING])).toEqual({ jurisdiction: '东湖街道', level: 'township' });
    expect(read(['思明区人民政府中华街道办事处关于2022年度法治政府建设情况的报告', OPENING])).toEqual({
      jurisdiction: '中华街道',
      level: 'township',
    });
    expect(read(['廊坊经济技术开发区2022年度法治政府建设工作报告', OPENING])).toEqual({
      jurisdiction: '廊坊经济技术开发区',
      level: 'district',
    });
  });
});

describe('jurisdiction of reports whose title names no one', () => {
  it('takes no verb phrase for a place (按照彭泽县…, 坚决贯彻落实省委…)', () => {
    const title = '2022年法治政府建设工作情况报告';
    expect(read([title, '2022年，我镇深入贯彻落实上级部署，按照彭泽县法治政府建设领导小组的安排，认真开展法治政府建设各项工作。']).jurisdiction).toBeNull();
    expect(read([title, '2022年，省交通运输厅坚持以习近平法治思想为指导，坚决贯彻落实省委省政府关于法治建设的部署，切实推进法治政府建设。']).jurisdiction).toBeNull();
  });

  it('reads the issuing body printed under the title, past the index list', () => {
    const lines = [
      '2022年法治政府建设工作情况报告',
      '• 索引号:113302/sxz1/2023-00021',
      '• 发布日期:2023-03-25',
      '宁波市奉化区溪口镇人民政府',
      '2022年法治政府建设工作情况报告',
      '2022年我镇深入贯彻落实上级部门关于法治政府建设的要求，现将工作情况报告如下：',
    ];
    expect(read(lines)).toEqual({ jurisdiction: '宁波市奉化区溪口镇', level: 'township' });
  });

  it('reads a department that opens the first sentence as its subject', () => {
    const rest = '坚持以习近平法治思想为指导，深入贯彻党中央、国务院决策部署，扎实推进法治政府建设。';
    expect(read([`2022年，生态环境部${rest}`])).toEqual({ jurisdiction: '生态环境部', level: 'department' });
    expect(read([`2022年，浙江省司法厅${rest}`])).toEqual({ jurisdiction: '浙江省司法厅', level: 'department' });
  });

  it('reads the index’s 发布机构 when the opening names the department only by level (省司法厅)', () => {
    const lines = ['关于2023年度法治政府建设情况的报告', '2023年，省交通运输厅坚持以习近平法治思想为指导，深入贯彻省委省政府决策部署，扎实推进法治政府建设。'];
    expect(read(lines).jurisdiction).toBeNull();
    expect(read(lines, { indexFields: { 发布机构: '浙江省交通运输厅' } })).toEqual({ jurisdiction: '浙江省交通运输厅', level: 'department' });
    // An index organ without a place (a CMS code, a bare 司法局) names no one.
    expect(read(lines, { indexFields: { 发布机构: '司法局' } }).jurisdiction).toBeNull();
  });

  it('reads the government of a two-line title (issuer line above it)', () => {
    expect(read(['安吉县人民政府', '2023年度法治政府建设情况报告', OPENING])).toEqual({ jurisdiction: '安吉县', level: 'county' });
  });
});

describe('county-level cities are also told from context', () => {
  const title = '2019年度晋江市法治政府工作报告';

  it('a 市 in a hierarchy after a bare 省 and its parent city (省、泉州市、晋江市《…》)', () => {
    const body = '2019年以来，我市按照《法治政府建设实施纲要(2015-2020年)》和省、泉州市、晋江市《法治政府建设实施方案》要求，扎实推进法治政府建设。';
    expect(read([title, body]).level).toBe('county');
  });

  it('a 市 printed right after its parent (泉州市晋江市人民政府)', () => {
    expect(read([title, '泉州市晋江市人民政府深入推进依法行政，法治政府建设取得新成效。']).level).toBe('county');
  });

  it('a 市 called 县级市 nearby', () => {
    expect(read([title, '晋江市是福建省泉州市代管的县级市，2019年法治政府建设取得新成效。']).level).toBe('county');
  });

  it('a compound of two cities in the title', () => {
    expect(read(['泉州市晋江市2019年法治政府工作报告', OPENING])).toEqual({ jurisdiction: '泉州市晋江市', level: 'county' });
  });

  it('keeps a prefecture-level city a city when it sits in a list of peers or after 城市', () => {
    const body = '2021年，我市与福州市、厦门市、泉州市等地协同推进法治政府建设，全国文明城市厦门市持续深化依法行政。';
    expect(read(['厦门市关于2021年法治政府建设情况的报告', body]).level).toBe('city');
  });
});

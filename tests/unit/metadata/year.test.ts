import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../lib/metadata/extract-metadata';
import { pageTextFromPlainText } from '../../../lib/page-text/from-plain-text';
import type { DocumentMeta } from '../../../lib/page-text/types';

const yearOf = (lines: string[], meta: Partial<DocumentMeta> = {}) =>
  extractMetadata(pageTextFromPlainText(lines.join('\n'), meta), { sections: [], items: [] }).year;

describe('year covered', () => {
  it('comes from the title first, in its several spellings', () => {
    expect(yearOf(['2019年度晋江市法治政府工作报告', '2020年，我市将继续推进依法行政。'])).toBe(2019);
    expect(yearOf(['厦门市关于2021年法治政府建设情况的报告'])).toBe(2021);
    expect(yearOf(['中卫市沙坡头区2020年法治政府建设年度报告'])).toBe(2020);
    expect(yearOf(['２０２２年度法治政府建设年度报告'])).toBe(2022);
    expect(yearOf(['2024 年政府信息公开工作年度报告'])).toBe(2024);
    expect(yearOf(['XX县人民政府关于二〇二二年度法治政府建设情况的报告'])).toBe(2022);
  });

  it('takes the title’s year when the body opens with 今年以来 and later names the next year', () => {
    expect(
      yearOf([
        '溪口镇2023年度法治政府建设工作报告',
        '今年以来，在区委、区政府的坚强领导下，溪口镇深入贯彻落实习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：',
        '2024年，我镇将继续深化法治政府建设，2024年重点抓好基层依法治理。',
      ]),
    ).toBe(2023);
  });

  it('then from the opening formula or a paragraph that opens with the year', () => {
    expect(yearOf(['为全面落实上级部署，现将我市2022年度法治政府建设情况报告如下：'])).toBe(2022);
    expect(yearOf(['2019年以来，我市认真贯彻落实习近平总书记全面依法治国新理念新思想新战略，加快建设法治政府。'])).toBe(2019);
    expect(yearOf(['2022年，在省委、省政府的坚强领导下，九江市坚持以习近平新时代中国特色社会主义思想为指导。'])).toBe(2022);
  });

  it('then from the year the text calls 今年 (seed 004 wording)', () => {
    expect(
      yearOf([
        '今年在市委、市政府正确领导下，区认真贯彻落实国务院《关于加强法治政府建设的意见》精神，较好地完成了各项目标任务。',
        '二是加强对依法行政工作的安排部署。今年初，区依法行政领导小组制定印发了《区2014年依法行政工作安排》，确定了年度工作重点。',
        '2015年，我区依法行政工作将以十八届四中全会精神为指导，结合区实际着重做好以下几项任务。',
        '依托省行政执法人员证件管理系统网站完成对全区行政执法人员的2015年年检工作。',
      ]),
    ).toBe(2014);
  });

  it('never reads the signature date or a plan period as the year covered', () => {
    expect(yearOf(['我区扎实推进法治政府建设，取得明显成效。', '2020年11月15日'])).toBeNull();
    expect(yearOf(['我区认真落实《法治政府建设实施纲要（2021-2025年）》和《法治政府建设实施纲要（2021—2025年）》。'])).toBeNull();
  });

  it('falls back to the year the body mentions most, when it mentions one at least twice', () => {
    expect(yearOf(['我区2018年共办理行政复议案件12件。', '我区2018年审核规范性文件9件。', '我区2019年将继续推进。'])).toBe(2018);
    expect(yearOf(['我区共办理行政复议案件12件。'])).toBeNull();
  });
});

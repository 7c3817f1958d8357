import { describe, expect, it } from 'vitest';
import { findDate, isOnTime, readPublishedAt } from '../../../lib/metadata/dates';
import { pageTextFromPlainText } from '../../../lib/page-text/from-plain-text';
import type { DocumentMeta } from '../../../lib/page-text/types';

const publishedAt = (lines: string[], meta: Partial<DocumentMeta> = {}) => readPublishedAt(pageTextFromPlainText(lines.join('\n'), meta));
const BODY = '2022年，我市深入推进法治政府建设，取得明显成效。';

describe('findDate', () => {
  it('reads Arabic and Han-numeral dates and validates them', () => {
    expect(findDate('2020-02-04 15:32')?.iso).toBe('2020-02-04');
    expect(findDate('2020/2/4')?.iso).toBe('2020-02-04');
    expect(findDate('2024 年 3 月 1 日')?.iso).toBe('2024-03-01');
    expect(findDate('二〇二三年三月二十日')?.iso).toBe('2023-03-20');
    expect(findDate('二○二○年十一月十五日')?.iso).toBe('2020-11-15');
    expect(findDate('2023-02-30')).toBeNull();
    expect(findDate('640502003/2021-00066')).toBeNull();
  });
});

describe('readPublishedAt', () => {
  it('prefers the PubDate meta', () => {
    expect(publishedAt(['时间:2020-02-04 15:32', BODY], { metaTags: { pubdate: '2023-03-28 09:30' } })).toBe('2023-03-28');
  });

  it('reads the 政府信息公开 index, 发布日期 before 成文日期', () => {
    expect(publishedAt([BODY], { indexFields: { 发布日期: '2020年11月15日' } })).toBe('2020-11-15');
    expect(publishedAt([BODY], { indexFields: { 成文日期: '2022-03-01', 生成日期: '2022-03-10' } })).toBe('2022-03-10');
    expect(publishedAt([BODY], { indexFields: { 成文日期: '2022-03-01' } })).toBe('2022-03-01');
  });

  it('reads a 发布时间 line printed under the article', () => {
    expect(publishedAt([BODY, '发布时间：2023-03-28', '打印本页 关闭窗口'])).toBe('2023-03-28');
  });

  it('reads labelled and unlabelled publication lines in the head of the page', () => {
    expect(publishedAt(['2019年度晋江市法治政府工作报告', '计划总结', '时间:2020-02-04 15:32 浏览量:', BODY])).toBe('2020-02-04');
    expect(publishedAt(['中卫市沙坡头区2020年法治政府建设年度报告', '时间:2020年11月15日 来源:沙坡头区司法局', BODY])).toBe('2020-11-15');
    expect(publishedAt(['厦门市关于2021年法治政府建设情况的报告', '2022-03-10 10:58 字号:', BODY])).toBe('2022-03-10');
    expect(publishedAt(['发布日期：2023年3月20日', BODY])).toBe('2023-03-20');
  });

  it('reads 发布于: lines and a pipe-table row’s 发文日期', () => {
    expect(publishedAt(['XX开发区管委会2022年度法治政府建设工作报告', '发布于:2023-02-10 10:12:31', BODY])).toBe('2023-02-10');
    expect(publishedAt(['发布机构 | 湖南省司法厅 | 发文日期 | 2024-03-20 |', 'XX省司法厅2023年法治政府建设年度报告', BODY])).toBe('2024-03-20');
  });

  it('reads the bracketed date printed under the title and the issuer', () => {
    expect(publishedAt(['天水市2014年度依法行政工作情况报告', '天水市人民政府', '(2015年1月12日)', BODY])).toBe('2015-01-12');
    expect(publishedAt(['XX县2022年法治政府建设情况报告', 'XX县人民政府', '（二〇二三年三月十日）', BODY])).toBe('2023-03-10');
  });

  it('reads an aggregator’s day-first timestamp, after any date the document prints itself', () => {
    expect(publishedAt(['XX区政府2015年推进依法行政工作情况及2016年工作打算', '25.02.2016  10:00', BODY])).toBe('2016-02-25');
    expect(publishedAt(['天水市2014年度依法行政工作情况报告', '18.03.2015  13:07', '天水市人民政府', '(2015年1月10日)', BODY])).toBe('2015-01-10');
    expect(publishedAt(['XX县2022年法治政府建设情况报告', '31.02.2023 10:00', BODY])).toBeNull();
  });

  it('reads the signature date that closes the text', () => {
    expect(publishedAt([BODY, '九江市人民政府', '二〇二三年三月二十日'])).toBe('2023-03-20');
    expect(publishedAt([BODY, '中共中卫市沙坡头区委全面依法治区委员会办公室', '2020年11月15日', '(此件公开发布)'])).toBe('2020-11-15');
  });

  it('does not take a date inside a paragraph for the publication date', () => {
    expect(publishedAt(['2022年3月15日，市政府召开常务会议，专题研究法治政府建设工作，部署全年重点任务。'])).toBeNull();
    expect(publishedAt([BODY])).toBeNull();
  });
});

describe('isOnTime', () => {
  it('is true before 1 April of the following year, false from that day on', () => {
    expect(isOnTime('2020-03-31', 2019)).toBe(true);
    expect(isOnTime('2020-04-01', 2019)).toBe(false);
    expect(isOnTime('2020-11-15', 2020)).toBe(true);
  });

  it('is null when either date is unknown', () => {
    expect(isOnTime(null, 2019)).toBeNull();
    expect(isOnTime('2020-03-31', null)).toBeNull();
  });
});

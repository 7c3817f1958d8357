import { describe, expect, it } from 'vitest';
import { readPublisher } from '../../../lib/metadata/publisher';
import { pageTextFromPlainText } from '../../../lib/page-text/from-plain-text';
import type { DocumentMeta } from '../../../lib/page-text/types';

const publisher = (lines: string[], meta: Partial<DocumentMeta> = {}) => readPublisher(pageTextFromPlainText(lines.join('\n'), meta));
const BODY = '2022年，我市深入推进法治政府建设，取得明显成效。';

describe('readPublisher', () => {
  it('reads the index fields and the ContentSource meta', () => {
    expect(publisher([BODY], { indexFields: { 发布机构: '沙坡头区司法局' } })).toBe('沙坡头区司法局');
    expect(publisher([BODY], { indexFields: { 发文机关: '厦门市人民政府' } })).toBe('厦门市人民政府');
    expect(publisher([BODY], { metaTags: { contentsource: '九江市司法局' } })).toBe('九江市司法局');
  });

  it('reads a 来源 line in the head or at the end of the page', () => {
    expect(publisher(['时间:2020年11月15日 来源:沙坡头区司法局', BODY])).toBe('沙坡头区司法局');
    expect(publisher([BODY, '信息来源：九江市司法局'])).toBe('九江市司法局');
  });

  it('does not take a media outlet for the publisher (seed 001 ends with 来源:中国九江网)', () => {
    expect(publisher([BODY, '来源:中国九江网'])).toBeNull();
    expect(publisher(['来源：九江日报', BODY])).toBeNull();
    expect(publisher([BODY], { metaTags: { contentsource: '新华社' } })).toBeNull();
  });

  it('does not take a bare place for an organisation', () => {
    expect(publisher([BODY], { metaTags: { contentsource: '浙江' } })).toBeNull();
  });

  it('falls back to the body signing the text above its date, even when the page credits a media site', () => {
    expect(publisher([BODY, '九江市人民政府', '2023年3月20日'])).toBe('九江市人民政府');
    expect(publisher(['来源：中国九江网', BODY, '九江市人民政府', '二〇二三年三月二十日'])).toBe('九江市人民政府');
    expect(publisher([BODY, '九江市人民政府'])).toBeNull();
  });

  it('prefers the index’s issuing organ, a township included, over the office in a 信息来源 line', () => {
    const lines = ['• 发布机构:', '溪口镇', '溪口镇2023年度法治政府建设工作报告', '发布时间: 2024-01-30 15:51 信息来源: 党政综合办公室', BODY];
    expect(publisher(lines)).toBe('溪口镇');
    expect(publisher(['责任部门 良渚街道 公开形式 主动公开', '良渚街道2024年法治政府建设年度报告', BODY])).toBe('良渚街道');
    expect(publisher([BODY], { indexFields: { 发布机构: '城镇' } })).toBeNull();
  });

  it('reads the issuing body printed under the title (before any date or index list)', () => {
    expect(publisher(['天水市2014年度依法行政工作情况报告', '12.03.2015 10:21', '天水市人民政府', '(2015年1月12日)', BODY])).toBe('天水市人民政府');
    expect(
      publisher(['2022年法治政府建设工作情况报告', '• 索引号:113302/sxz1/2023-00021', '宁波市奉化区溪口镇人民政府', '2022年法治政府建设工作情况报告', BODY]),
    ).toBe('宁波市奉化区溪口镇人民政府');
  });

  it('takes neither an issuer joined into the title nor an addressee for the publisher', () => {
    expect(publisher(['安吉县人民政府', '2023年度法治政府建设情况报告', BODY])).toBeNull();
    expect(publisher(['XX开发区管委会2022年度法治政府建设工作报告', '发布于:2023-02-10 10:12:31', '廊坊市人民政府：', BODY])).toBeNull();
  });
});

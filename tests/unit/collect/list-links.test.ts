// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { listPageOf, titleFacts } from '../../../lib/collect/list-links';
import { listedLinkSchema } from '../../../lib/messages/page-report';
import { seriesListPage } from '../../fixtures/series/series-pages';

const LIST = 'http://www.jiujiang.gov.cn/zwgk/fzzfjs/';
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('listPageOf', () => {
  it('offers the report links of a 栏目 page with their year and jurisdiction, look-alikes left out', () => {
    const html = seriesListPage('法治政府建设年度报告', [
      { title: '九江市2022年度法治政府建设情况报告', url: '/zwgk/fzzfjs/202303/t20230328_2022.html', date: '2023-03-28' },
      { title: '九江市2022年政府信息公开工作年度报告', url: '/zwgk/ndbg/202301/t20230120_3.html', date: '2023-01-20' },
      { title: '九江市2021年度法治政府建设情况报告', url: '/zwgk/fzzfjs/202203/t20220330_2021.html', date: '2022-03-30' },
      { title: '关于印发九江市2023年法治政府建设工作要点的通知', url: '/zwgk/fzzfjs/202304/t20230410_7.html', date: '2023-04-10' },
    ]);
    const list = listPageOf(parse(html), LIST)!;
    expect(list.truncated).toBe(false);
    expect(list.links.map(({ url, year, jurisdiction }) => [url, year, jurisdiction])).toEqual([
      ['http://www.jiujiang.gov.cn/zwgk/fzzfjs/202303/t20230328_2022.html', 2022, '九江市'],
      ['http://www.jiujiang.gov.cn/zwgk/fzzfjs/202203/t20220330_2021.html', 2021, '九江市'],
    ]);
    for (const link of list.links) expect(listedLinkSchema.safeParse(link).success).toBe(true);
  });

  it('is null on a page that links to one report only', () => {
    const html = seriesListPage('法治政府建设年度报告', [
      { title: '九江市2022年度法治政府建设情况报告', url: '/zwgk/fzzfjs/202303/t20230328_2022.html', date: '2023-03-28' },
    ]);
    expect(listPageOf(parse(html), LIST)).toBeNull();
  });

  it('reads the year and the place of titles as the engine reads report titles', () => {
    expect(titleFacts('2019年度晋江市法治政府工作报告')).toEqual({ year: 2019, jurisdiction: '晋江市' });
    expect(titleFacts('厦门市关于2021年法治政府建设情况的报告')).toEqual({ year: 2021, jurisdiction: '厦门市' });
    expect(titleFacts('九江市二〇二一年度法治政府建设情况报告').year).toBe(2021);
  });
});

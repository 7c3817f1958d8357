// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_PREDICATES } from '../../../lib/evidence/predicates';
import { isReportLink, reportLinksOf, reportListLinks } from '../../../lib/detect/report-links';
import { MAX_PAGE_LINKS } from '../../../lib/page-text/page-links';
import { pageLinks } from '../../../lib/page-text/page-links';
import { foldText } from '../../../lib/text/fold';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

function fixtureDocument(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(FIXTURES, file), 'utf8'), 'text/html');
}

describe('reportListLinks (the list-page predicate)', () => {
  it('matches each of its own examples', () => {
    expect(reportListLinks.examples.filter((example) => !reportListLinks.test(foldText(example)))).toEqual([]);
  });

  it("matches none of the other predicates' examples, and none of them matches its examples", () => {
    const stolen = ALL_PREDICATES.flatMap((p) => p.examples.map((example) => `${p.id}: ${example}`)).filter((line) =>
      reportListLinks.test(foldText(line.slice(line.indexOf(': ') + 2))),
    );
    expect(stolen).toEqual([]);
    for (const predicate of ALL_PREDICATES) {
      expect(reportListLinks.examples.filter((example) => predicate.test(foldText(example))), predicate.id).toEqual([]);
    }
    expect(ALL_PREDICATES.map((p) => p.id)).not.toContain(reportListLinks.id);
  });
});

describe('report links', () => {
  it('take report titles and leave the look-alikes out by the detector’s own rules', () => {
    const link = (text: string) => ({ text, title: null });
    expect(isReportLink(link('九江市2022年度法治政府建设情况报告 2023-03-28'))).toBe(true);
    expect(isReportLink(link('[2023-03-15] 浔阳区2022年法治政府建设年度报告'))).toBe(true);
    expect(isReportLink(link('法治政府建设年度报告')), 'a column link names no year').toBe(false);
    expect(isReportLink(link('【法治建设报告】XX省司法厅2023年法治政府建设年度报告'))).toBe(true);
    for (const lookAlike of [
      '九江市2022年政府信息公开工作年度报告',
      '2023年政府工作报告',
      '一图读懂《九江市2022年度法治政府建设情况报告》',
      '我省发布2022年度法治政府建设情况报告',
      'XX市2023年法治政府建设工作要点',
      '首页',
    ]) {
      expect(isReportLink(link(lookAlike)), lookAlike).toBe(false);
    }
  });

  it('read a truncated link text from its title attribute', () => {
    expect(isReportLink({ text: '九江市2022年度法治政府建设情…', title: '九江市2022年度法治政府建设情况报告' })).toBe(true);
    expect(isReportLink({ text: '九江市2022年度法治政府建设情…', title: null })).toBe(false);
  });

  it('find the six report links of the hard-report-list fixture, other hosts included, each once', () => {
    const document = fixtureDocument('negative/hard-report-list.html');
    const { reports, truncated } = reportLinksOf(pageLinks(document, 'http://sft.fujian.gov.cn/zwgk/ztzl/fzzfjsndbg/'));
    expect(truncated).toBe(false);
    expect(reports.map((r) => r.title)).toEqual([
      '泉州市2021年法治政府建设年度报告',
      '福州市2021年法治政府建设年度报告',
      '漳州市2021年法治政府建设年度报告',
      '厦门市关于2021年法治政府建设情况的报告',
      '莆田市2020年法治政府建设年度报告',
      '2019年度晋江市法治政府工作报告',
    ]);
    expect(reports[0]!.url).toBe('http://sft.fujian.gov.cn/zwgk/ztzl/fzzfjsndbg/202203/t20220331_5893012.htm');
    expect(reports[3]!.url).toBe('https://www.xm.gov.cn/zwgk/tzgg/202203/t20220310_2632210.htm');
  });

  it('find none on report pages and ordinary gov pages', () => {
    for (const file of ['reports/003-xiamen-2021.html', 'negative/001.html', 'negative/006.html', 'negative/hard-disclosure-report.html']) {
      expect(reportLinksOf(pageLinks(fixtureDocument(file), 'https://www.example.gov.cn/')).reports.length, file).toBeLessThan(2);
    }
  });

  it('cut a page with thousands of links and say so', () => {
    const links = Array.from({ length: MAX_PAGE_LINKS + 500 }, (_, i) => ({
      text: `XX县${2000 + (i % 25)}年法治政府建设年度报告`,
      title: null,
      href: `https://www.example.gov.cn/a/${i}.html`,
    }));
    const { reports, truncated } = reportLinksOf(links);
    expect(truncated).toBe(true);
    expect(reports).toHaveLength(MAX_PAGE_LINKS);
  });
});

import { describe, expect, it } from 'vitest';
import { buildComparison, type ComparedReport } from '../../../lib/compare/build-comparison';
import { comparisonToCsv, comparisonToMarkdown } from '../../../lib/export/comparison-tables';
import { toCsv } from '../../../lib/export/csv';

const reports: ComparedReport[] = [
  {
    id: 'a',
    url: 'https://www.xm.gov.cn/a.htm',
    jurisdiction: '厦门市',
    year: 2021,
    title: null,
    indicators: { 'reconsideration.accepted': { value: 1541, unit: '件', approximate: false, sentence: '受理1541件' } },
  },
  {
    id: 'b',
    url: 'https://www.jiujiang.gov.cn/b.html',
    jurisdiction: '九江市',
    year: 2022,
    title: null,
    indicators: {
      'reconsideration.accepted': { value: 534, unit: '件', approximate: false, sentence: '立案受理行政复议案件534件' },
      'capacity.trainees': { value: 60000, unit: '人次', approximate: true, sentence: '参加人数60000余人次' },
    },
  },
];

describe('toCsv', () => {
  it('starts with a UTF-8 BOM so Excel reads Chinese', () => {
    expect(toCsv([['地区'], ['厦门市']]).startsWith('\uFEFF地区\r\n')).toBe(true);
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    const csv = toCsv([['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', 'ok', -3]], { bom: false });
    expect(csv).toBe(`"'=HYPERLINK(""http://x"")",'+1,'-2,'@SUM(A1),ok,-3\r\n`);
  });

  it('quotes commas and line breaks', () => {
    expect(toCsv([['a,b', 'c\nd']], { bom: false })).toBe('"a,b","c\nd"\r\n');
  });
});

describe('comparison exports', () => {
  const comparison = buildComparison(reports);

  it('writes the comparison as CSV with exact figures as numbers and 未披露 for gaps', () => {
    const lines = comparisonToCsv(comparison).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('领域,指标,单位,九江市 2022,厦门市 2021');
    expect(lines).toContain('矛盾纠纷化解,行政复议受理,件,534,1541');
    expect(lines).toContain('依法行政能力与普法,法治培训人次,人次,约60000,未披露');
  });

  it('writes a Markdown table', () => {
    const md = comparisonToMarkdown(comparison).split('\n');
    expect(md[0]).toBe('| 领域 | 指标 | 单位 | 九江市 2022 | 厦门市 2021 |');
    expect(md[1]).toBe('| --- | --- | --- | --- | --- |');
    expect(md).toContain('| 矛盾纠纷化解 | 行政复议受理 | 件 | 534 | 1541 |');
  });
});

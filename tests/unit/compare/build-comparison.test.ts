import { describe, expect, it } from 'vitest';
import { buildComparison, type ComparedReport } from '../../../lib/compare/build-comparison';

// Figures as the three seed reports state them (issue #5: 晋江市 55, 九江市 534, 厦门市 1541).
const jinjiang: ComparedReport = {
  id: 'jj',
  url: 'http://www.jinjiang.gov.cn/a.htm',
  jurisdiction: '晋江市',
  year: 2019,
  title: '2019年度晋江市法治政府工作报告',
  indicators: { 'reconsideration.accepted': { value: 55, unit: '件', approximate: false, sentence: '共办理行政复议案件55件' } },
};
const jiujiang: ComparedReport = {
  id: 'jx',
  url: 'https://www.jiujiang.gov.cn/b.html',
  jurisdiction: '九江市',
  year: 2022,
  title: null,
  indicators: {
    'reconsideration.accepted': { value: 534, unit: '件', approximate: false, sentence: '立案受理行政复议案件534件' },
    'capacity.trainees': { value: 60000, unit: '人次', approximate: true, sentence: '参加人数60000余人次' },
  },
};
const xiamen2021: ComparedReport = {
  id: 'xm21',
  url: 'https://www.xm.gov.cn/c.htm',
  jurisdiction: '厦门市',
  year: 2021,
  title: null,
  indicators: { 'reconsideration.received': { value: 1719, unit: '件', approximate: false, sentence: '共收到行政复议申请1719件' } },
};

describe('buildComparison', () => {
  const comparison = buildComparison([xiamen2021, jinjiang, jiujiang]);
  const disputes = comparison.groups.find((g) => g.area === 'disputes')!;
  const accepted = disputes.rows.find((r) => r.key === 'reconsideration.accepted')!;

  it('orders columns by jurisdiction (pinyin) and labels them with the year', () => {
    expect(comparison.columns.map((c) => c.label)).toEqual(['晋江市 2019', '九江市 2022', '厦门市 2021']);
  });

  it('puts canonical indicators in rows grouped by area, with 未披露 where a report is silent', () => {
    expect(disputes.name).toBe('矛盾纠纷化解');
    expect(accepted.cells.map((c) => (c.kind === 'value' ? c.value : '未披露'))).toEqual([55, 534, '未披露']);
    expect(accepted.max).toBe(534);
  });

  it('links every figure to its sentence and keeps the approximate mark', () => {
    const cell = accepted.cells[1]!;
    expect(cell.kind === 'value' && decodeURIComponent(cell.sourceUrl)).toBe('https://www.jiujiang.gov.cn/b.html#:~:text=立案受理行政复议案件534件');
    const trainees = comparison.groups.flatMap((g) => g.rows).find((r) => r.key === 'capacity.trainees')!;
    expect(trainees.cells[1]).toMatchObject({ kind: 'value', approximate: true });
  });

  it('leaves out rows no report discloses unless asked for all rows', () => {
    const keys = comparison.groups.flatMap((g) => g.rows.map((r) => r.key));
    expect(keys).not.toContain('litigation.lost');
    expect(buildComparison([jinjiang], { allRows: true }).groups.flatMap((g) => g.rows)).toHaveLength(30);
  });

  it('shows the change for one jurisdiction across years', () => {
    const xiamen2022: ComparedReport = {
      ...xiamen2021,
      id: 'xm22',
      year: 2022,
      indicators: { 'reconsideration.received': { value: 1890, unit: '件', approximate: false, sentence: '收到1890件' } },
    };
    const row = buildComparison([xiamen2022, xiamen2021]).groups[0]!.rows[0]!;
    expect(row.cells[0]).toMatchObject({ value: 1719, change: null });
    expect(row.cells[1]).toMatchObject({ value: 1890, change: { absolute: 171, percent: 9.95 } });
  });

  it('refuses more than ten reports', () => {
    expect(() => buildComparison(Array.from({ length: 11 }, (_, i) => ({ ...jinjiang, id: String(i) })))).toThrow(/at most 10/);
  });
});

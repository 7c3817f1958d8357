import { describe, expect, it } from 'vitest';
import { buildComparison, type ComparedReport } from '../../../lib/compare/build-comparison';
import { toComparedReport } from '../../../lib/compare/compared-report';
import { rowChart } from '../../../lib/compare/row-chart';
import { toSavedReport } from '../../../lib/db/reports';
import { jiujiang2022, xiamen2021 } from '../messages/page-report-fixtures';

/** 行政复议 受理 of the three seeds in the issue: 晋江市 55, 九江市 534, 厦门市 1541. */
const seeds: ComparedReport[] = [
  { ...toComparedReport({ ...toSavedReport(jiujiang2022(), 1), id: 1 }) },
  { ...toComparedReport({ ...toSavedReport(xiamen2021(), 2), id: 2 }) },
  {
    id: '3',
    url: 'http://www.jinjiang.gov.cn/xxgk/ghjh/jhzj/202002/t20200204_2201931.htm',
    jurisdiction: '晋江市',
    year: 2019,
    title: '2019年度晋江市法治政府工作报告',
    indicators: {
      'reconsideration.accepted': { value: 55, unit: '件', approximate: false, sentence: '今年共办理行政复议案件55件,结案55件。' },
      'mediation.disputes': { value: 1.2, unit: '万件', approximate: true, sentence: '调解矛盾纠纷1.2万余件' },
    },
  },
];

function row(key: string) {
  const found = buildComparison(seeds).groups.flatMap((g) => g.rows).find((r) => r.key === key);
  if (!found) throw new Error(`no row ${key}`);
  return found;
}

describe('rowChart', () => {
  it('scales bars to the row’s largest figure, in column order', () => {
    const accepted = row('reconsideration.accepted');
    const chart = rowChart(accepted, { barWidth: 10, gap: 4, height: 20 });
    // Column order is buildComparison's (by jurisdiction, then year): find each figure's column.
    const values = accepted.cells.map((c) => (c.kind === 'value' ? c.value : null));
    expect(values.slice().sort((a, b) => a! - b!)).toEqual([55, 534, 1541]);
    const tallest = chart.bars[values.indexOf(1541)]!;
    expect(tallest).toMatchObject({ height: 20, y: 0, kind: 'value' });
    expect(chart.bars[values.indexOf(534)]!.height).toBeCloseTo((534 / 1541) * 20, 5);
    // 55 of 1541 would be 0.7px: drawn at the stub's height at least, so it does not vanish.
    expect(chart.bars[values.indexOf(55)]!.height).toBe(2);
    expect(chart.bars.map((b) => b.x)).toEqual([0, 14, 28]);
    expect(chart.width).toBe(38);
  });

  it('draws a report without the figure as a stub, never as a zero-height bar or a value', () => {
    const received = row('reconsideration.received');
    const chart = rowChart(received);
    expect(chart.bars.map((b) => b.kind).sort()).toEqual(['undisclosed', 'undisclosed', 'value']);
    for (const bar of chart.bars.filter((b) => b.kind === 'undisclosed')) expect(bar.height).toBeGreaterThan(0);
  });

  it('does not scale a figure printed in another unit (万件 in a 件 row) against the others', () => {
    const disputes = row('mediation.disputes');
    const chart = rowChart(disputes);
    const other = chart.bars.find((b) => b.kind === 'other-unit')!;
    expect(other).toMatchObject({ approximate: true, y: 0 });
  });
});

describe('toComparedReport', () => {
  it('takes what the comparison needs of a saved record', () => {
    const compared = toComparedReport({ ...toSavedReport(xiamen2021(), 1), id: 7 });
    expect(compared).toMatchObject({ id: '7', jurisdiction: '厦门市', year: 2021 });
    expect(compared.indicators['reconsideration.accepted']!.value).toBe(1541);
  });
});

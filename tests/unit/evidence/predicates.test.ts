import { describe, expect, it } from 'vitest';
import { ALL_PREDICATES, stripTemplateSuffix } from '../../../lib/evidence/predicates';
import { foldText } from '../../../lib/text/fold';

describe('detection predicates', () => {
  it('have unique ids and at least two examples each', () => {
    const ids = ALL_PREDICATES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const predicate of ALL_PREDICATES) expect(predicate.examples.length, predicate.id).toBeGreaterThanOrEqual(2);
  });

  for (const predicate of ALL_PREDICATES) {
    it(`${predicate.id} matches each of its own examples`, () => {
      const missed = predicate.examples.filter((example) => !predicate.test(foldText(example)));
      expect(missed).toEqual([]);
    });

    it(`${predicate.id} matches none of the other predicates' examples`, () => {
      const others = ALL_PREDICATES.filter((p) => p !== predicate).flatMap((p) => p.examples.map((example) => `${p.id}: ${example}`));
      const stolen = others.filter((line) => predicate.test(foldText(line.slice(line.indexOf(': ') + 2))));
      expect(stolen).toEqual([]);
    });
  }

  it('read traditional-character titles through folding only', () => {
    const reportTitle = ALL_PREDICATES.find((p) => p.id === 'reportTitle')!;
    expect(reportTitle.test('廣州市關於2021年法治政府建設情況的報告')).toBe(false);
    expect(reportTitle.test(foldText('廣州市關於2021年法治政府建設情況的報告'))).toBe(true);
  });

  it('strip a template site suffix so the report title underneath reads', () => {
    expect(stripTemplateSuffix('地区依法行政情况报告范文')).toBe('地区依法行政情况报告');
    expect(stripTemplateSuffix('2020年法治政府建设工作报告范文（精选3篇）')).toBe('2020年法治政府建设工作报告');
    expect(stripTemplateSuffix('九江市2022年度法治政府建设情况报告')).toBe('九江市2022年度法治政府建设情况报告');
  });
});

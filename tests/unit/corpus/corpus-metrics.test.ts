import { describe, expect, it } from 'vitest';
import type { ReportExtraction } from '../../../lib/extract/extract-report';
import type { Mention } from '../../../lib/mentions/types';
import type { GoldFigure } from '../../corpus/load-corpus';
import { matchFigures } from '../../eval/corpus-evaluation';
import { scorePages, type GoldTruth } from '../../eval/evaluate';

const TEXT = '全年办理行政复议案件12件，同比增长15%。全市共审查规范性文件12件。';

function mention(phrase: string, value: number, unit: string, label: string): Mention {
  const start = TEXT.indexOf(phrase);
  return { key: null, label, value, unit, approximate: false, change: null, scope: null, period: null, breakdown: false, continuesList: false, text: phrase, start, end: start + phrase.length, section: -1, area: null };
}

const figure = (phrase: string, value: number, unit: string, label: string): GoldFigure => ({ phrase, value, unit, approximate: false, label, scope: null });

describe('matchFigures', () => {
  const gold = [figure('办理行政复议案件12件', 12, '件', '办理行政复议案件'), figure('增长15%', 15, '%', '同比增长')];

  it('finds a figure only through a mention with its value and unit inside its phrase', () => {
    const score = matchFigures(gold, TEXT, [mention('12件', 12, '件', '办理行政复议案件'), mention('15%', 15, '%', '增长')]);
    expect(score).toMatchObject({ found: 2, total: 2, labelsAgreeing: 2, missed: [] });
  });

  it('does not accept the same value and unit found elsewhere in the text', () => {
    const elsewhere = { ...mention('规范性文件12件', 12, '件', '审查规范性文件'), start: TEXT.lastIndexOf('12件'), end: TEXT.lastIndexOf('12件') + 3 };
    const score = matchFigures(gold.slice(0, 1), TEXT, [elsewhere], 'page');
    expect(score.found).toBe(0);
    expect(score.missed).toEqual(['page figure 12件 «办理行政复议案件12件»']);
  });

  it('misses a mention with another unit or value, and says when the phrase is not in the text', () => {
    expect(matchFigures(gold.slice(1), TEXT, [mention('15%', 15, '个百分点', '增长')]).found).toBe(0);
    expect(matchFigures(gold.slice(1), TEXT, [mention('15%', 1.5, '%', '增长')]).found).toBe(0);
    expect(matchFigures([figure('受理 8 件', 8, '件', '受理')], TEXT, []).missed[0]).toMatch(/phrase not in page text/);
  });

  it('counts label agreement among found figures only', () => {
    const score = matchFigures(gold, TEXT, [mention('12件', 12, '件', '信访'), mention('15%', 15, '%', '同比增长')]);
    expect([score.found, score.labelsAgreeing]).toEqual([2, 1]);
  });
});

describe('scorePages counting', () => {
  const extraction = (isReport: boolean, indicators: Record<string, { value: number; unit: string }>, sections: { level: number; title: string }[] = []) =>
    ({
      detection: { isReport },
      meta: { jurisdiction: '某市', level: 'city', year: 2022, title: null, publisher: null, publishedAt: null, onTime: null, missingParts: [] },
      outline: { sections: sections.map((s) => ({ ...s, marker: '一、', area: null })), items: [] },
      mentions: [],
      indicators: Object.fromEntries(Object.entries(indicators).map(([k, v]) => [k, { ...v, mention: 0 }])),
    }) as unknown as ReportExtraction;
  const truth: GoldTruth = {
    meta: { jurisdiction: '某市', level: 'city', year: 2021, title: null, publisher: null, publishedAt: null, onTime: null, missingParts: [] },
    sections: [{ level: 1, marker: '一、', title: '甲', area: null }, { level: 1, marker: '二、', title: '乙', area: null }],
    indicators: { 'reconsideration.accepted': { value: 12, unit: '件', phrase: '12件' }, 'litigation.cases': { value: 3, unit: '件', phrase: '3件' } },
  };

  it('counts a wrong indicator value as both a false alarm and a miss, an extra one as a false alarm', () => {
    const evaluation = scorePages([
      { name: 'r', kind: 'report', gold: truth, result: extraction(true, { 'reconsideration.accepted': { value: 12, unit: '件' }, 'litigation.cases': { value: 4, unit: '件' }, 'petitions.cases': { value: 9, unit: '件' } }, [{ level: 1, title: '甲' }, { level: 2, title: '丙' }]) },
      { name: 'n', kind: 'negative', result: extraction(true, {}) },
      { name: 'm', kind: 'negative', result: extraction(false, {}) },
    ]);
    expect(evaluation.indicators).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(evaluation.headings).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(evaluation.detection).toMatchObject({ tp: 1, fp: 1, fn: 0, reports: 1, negatives: 2, falsePositives: ['n'] });
    expect(evaluation.metadata.year).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(evaluation.metadata.jurisdiction).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
});

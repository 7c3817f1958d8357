import { describe, expect, it } from 'vitest';
import { bestMention, matchScore, rankMentions } from '../../../lib/teach/matcher';
import { scopeCompatible } from '../../../lib/teach/scope';
import { labelSimilarity } from '../../../lib/teach/similarity';
import { sameUnitFamily } from '../../../lib/teach/units';
import { seedPageReport } from './engine-reports';

describe('label similarity', () => {
  it('reads differently worded labels of one figure as alike, other figures as not', () => {
    // Seeds 000 and 001 state the reconsideration caseload in their own words.
    expect(labelSimilarity('立案受理行政复议案件', '办理行政复议案件')).toBeGreaterThan(0.6);
    expect(labelSimilarity('调解各类矛盾纠纷', '调解成功')).toBeLessThan(0.4);
    expect(labelSimilarity('备案审查规范性文件', '备案审查规范性文件')).toBe(1);
    expect(labelSimilarity('', '受理')).toBe(0);
  });
});

describe('units and scopes', () => {
  it('groups units by what they count', () => {
    expect(sameUnitFamily('件', '宗')).toBe(true);
    expect(sameUnitFamily('件', '%')).toBe(false);
    expect(sameUnitFamily('人次', '名')).toBe(true);
    expect(sameUnitFamily('米', '米')).toBe(true);
  });

  it('never takes a subset for a whole, compares named scopes by kind', () => {
    expect(scopeCompatible(undefined, '全市')).toBe(true);
    expect(scopeCompatible('全市', '其中')).toBe(false);
    expect(scopeCompatible('市政府', '区政府')).toBe(true);
    expect(scopeCompatible('市本级', '市政府')).toBe(false);
  });
});

describe('matching a taught figure in another report', () => {
  const jiujiang = seedPageReport('001-jiujiang-2022', { withText: false }).mentions;
  const xiamen = seedPageReport('003-xiamen-2021', { withText: false }).mentions;

  it('fills 九江 with its reconsideration caseload from 晋江’s wording', () => {
    const taught = { phrases: ['办理行政复议案件'], unit: '件' };
    expect(bestMention(taught, jiujiang)?.mention).toMatchObject({ value: 534, label: '立案受理行政复议案件' });
  });

  it('prefers the jurisdiction-wide figure over a named part that reads alike (全市 1719, not 市政府 351)', () => {
    const taught = { phrases: ['收到行政复议申请'], unit: '件' };
    expect(bestMention(taught, xiamen)?.mention.value).toBe(1719);
  });

  it('leaves a cell empty rather than fill it from another unit or a change', () => {
    const taught = { phrases: ['立案受理行政复议案件'], unit: '%' };
    expect(rankMentions(taught, jiujiang)).toEqual([]);
    const change = { ...jiujiang[0]!, change: 'down' as const };
    expect(matchScore({ phrases: [change.label], unit: change.unit }, change)).toBeNull();
  });

  it('refuses a different act on the same things (收到 is not 受理)', () => {
    const taught = { phrases: ['行政复议 受理'], unit: '件' };
    const received = xiamen.find((m) => m.value === 1719)!;
    expect(matchScore(taught, received)).toBeNull();
  });
});

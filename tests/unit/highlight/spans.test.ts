import { describe, expect, it } from 'vitest';
import { highlightName, highlightSpans } from '../../../lib/highlight/spans';
import { highlightCss, highlightPriority } from '../../../lib/highlight/styles';
import type { Mention } from '../../../lib/mentions/types';
import type { Section } from '../../../lib/outline/types';

// Seed 000 (晋江 2019): "一、…" level 1, "(一)…" run-in level 2, and a figure in its sentence.
const TEXT = '一、坚持党的领导\n(一)深入学习宣传贯彻习近平法治思想。全年共办理行政复议案件39件,同比下降15.1%。';

function section(level: number, marker: string, title: string): Section {
  const start = TEXT.indexOf(marker + title);
  return { level, marker, title, area: null, start, end: start + marker.length + title.length, runIn: level > 1 };
}

function mention(quantity: string, key: Mention['key'], change: Mention['change'] = null): Mention {
  const start = TEXT.indexOf(quantity);
  return {
    key,
    label: '办理行政复议案件',
    value: Number.parseFloat(quantity),
    unit: quantity.replace(/[\d.]/g, ''),
    approximate: false,
    change,
    scope: null,
    breakdown: false,
    continuesList: false,
    text: '全年共办理行政复议案件39件',
    start,
    end: start + quantity.length,
    section: 1,
    area: 'disputes',
  };
}

describe('highlightSpans', () => {
  it('paints headings by level and figures by whether the taxonomy knows them', () => {
    const spans = highlightSpans({
      outline: { sections: [section(1, '一、', '坚持党的领导'), section(2, '(一)', '深入学习宣传贯彻习近平法治思想')], items: [] },
      mentions: [mention('39件', 'reconsideration.closed'), mention('15.1%', null, 'down')],
    });
    expect(spans.map((s) => [s.category, TEXT.slice(s.start, s.end)])).toEqual([
      ['heading-1', '一、坚持党的领导'],
      ['heading-2', '(一)深入学习宣传贯彻习近平法治思想'],
      ['figure', '39件'],
      ['figure-other', '15.1%'],
    ]);
  });

  it('folds deep levels into the deepest category and drops empty or broken spans', () => {
    const deep = { ...section(1, '一、', '坚持党的领导'), level: 7 };
    const empty = { ...section(1, '一、', '坚持党的领导'), end: 0 };
    const inverted = { ...mention('39件', null), start: 10, end: 5 };
    const spans = highlightSpans({ outline: { sections: [deep, empty], items: [] }, mentions: [inverted] });
    expect(spans).toEqual([{ category: 'heading-4', start: deep.start, end: deep.end }]);
  });
});

describe('highlight styles', () => {
  it('styles every category under its registry name, figures above headings', () => {
    const css = highlightCss();
    for (const name of ['heading-1', 'heading-4', 'figure', 'figure-other'] as const) {
      expect(css).toContain(`::highlight(${highlightName(name)})`);
    }
    expect(highlightPriority('figure')).toBeGreaterThan(highlightPriority('figure-other'));
    expect(highlightPriority('figure-other')).toBeGreaterThan(highlightPriority('heading-1'));
  });
});

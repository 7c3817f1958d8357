import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../lib/extract/extract-report';
import {
  figureCategory,
  headingCategory,
  HIGHLIGHT_CATEGORIES,
  highlightName,
  highlightSpans,
  isFigureCategory,
  isHeadingCategory,
} from '../../../lib/highlight/spans';
import type { Mention } from '../../../lib/mentions/types';
import type { Section } from '../../../lib/outline/types';
import { pageTextFromPlainText } from '../../../lib/page-text/from-plain-text';
import { AREA_KEYS } from '../../../lib/taxonomy/areas';

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
    period: null,
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
  it('paints headings by level and figures by the canonical area of their indicator, each pointing back at its source', () => {
    const spans = highlightSpans({
      outline: { sections: [section(1, '一、', '坚持党的领导'), section(2, '(一)', '深入学习宣传贯彻习近平法治思想')], items: [] },
      mentions: [mention('39件', 'reconsideration.closed'), mention('15.1%', null, 'down')],
    });
    expect(spans.map((s) => [s.category, TEXT.slice(s.start, s.end), s.source])).toEqual([
      ['heading-1', '一、坚持党的领导', 0],
      ['heading-2', '(一)深入学习宣传贯彻习近平法治思想', 1],
      // 行政复议办结 belongs to 矛盾纠纷化解 (disputes), whatever section the sentence sits in.
      ['figure-disputes', '39件', 0],
      ['figure-other', '15.1%', 1],
    ]);
  });

  it('folds deep levels into the deepest category and drops empty or broken spans', () => {
    const deep = { ...section(1, '一、', '坚持党的领导'), level: 7 };
    const empty = { ...section(1, '一、', '坚持党的领导'), end: 0 };
    const inverted = { ...mention('39件', null), start: 10, end: 5 };
    const spans = highlightSpans({ outline: { sections: [deep, empty], items: [] }, mentions: [inverted] });
    expect(spans).toEqual([{ category: 'heading-4', start: deep.start, end: deep.end, source: 0 }]);
    expect(headingCategory(0)).toBe('heading-1');
    expect(headingCategory(Number.NaN)).toBe('heading-1');
  });

  it('gives every figure of a real report (厦门 2021) one category, and 1719件 the disputes colour', () => {
    const seed = readFileSync(join(import.meta.dirname, '../../fixtures/seeds/003_c41d4294c82615c2.txt'), 'utf8');
    const page = pageTextFromPlainText(seed);
    const extraction = extractReport(page);
    const spans = highlightSpans(extraction);
    const figures = spans.filter((s) => isFigureCategory(s.category));
    expect(figures).toHaveLength(extraction.mentions.length);
    expect(spans.filter((s) => isHeadingCategory(s.category))).toHaveLength(extraction.outline.sections.length);
    const received = figures.find((s) => page.text.slice(s.start, s.end) === '1719件')!;
    expect(received.category).toBe('figure-disputes');
    expect(extraction.mentions[received.source].key).toBe('reconsideration.received');
    // More than one area is represented: the colours carry information.
    expect(new Set(figures.map((s) => s.category)).size).toBeGreaterThan(3);
  });
});

describe('categories', () => {
  it('has one highlight per heading level, per area, for other figures and for clips, all named report-lens-*', () => {
    expect(HIGHLIGHT_CATEGORIES).toHaveLength(4 + AREA_KEYS.length + 2);
    expect(new Set(HIGHLIGHT_CATEGORIES.map(highlightName)).size).toBe(HIGHLIGHT_CATEGORIES.length);
    expect(HIGHLIGHT_CATEGORIES.every((c) => highlightName(c).startsWith('report-lens-'))).toBe(true);
    expect(figureCategory({ key: 'normativeDocs.reviewed' })).toBe('figure-rules');
    expect(figureCategory({ key: null })).toBe('figure-other');
    expect(isFigureCategory('clipped')).toBe(false);
    expect(isHeadingCategory('clipped')).toBe(false);
  });
});

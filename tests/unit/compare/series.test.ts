import { describe, expect, it } from 'vitest';
import type { ComparedReport } from '../../../lib/compare/build-comparison';
import { buildSeries, seriesGeometry, seriesIndicators } from '../../../lib/compare/series';

const report = (jurisdiction: string | null, year: number | null, accepted?: { value: number; unit?: string }): ComparedReport => ({
  id: `${jurisdiction}-${year}`,
  url: `https://www.example.gov.cn/${jurisdiction}/${year}.html`,
  jurisdiction,
  year,
  title: null,
  indicators: accepted ? { 'reconsideration.accepted': { value: accepted.value, unit: accepted.unit ?? '件', approximate: false, sentence: `受理${accepted.value}件。` } } : {},
});

describe('buildSeries', () => {
  const reports = [
    report('九江市', 2019, { value: 400 }),
    report('九江市', 2020),
    report('九江市', 2022, { value: 534 }),
    report('九江市', 2023, { value: 600, unit: '人次' }),
    report('厦门市', 2021, { value: 1541 }),
    report(null, 2021, { value: 5 }),
  ];

  it('puts every year on the axis, and gaps as 未披露 or 无报告, never zero', () => {
    const series = buildSeries(reports, 'reconsideration.accepted');
    expect(series.years).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(series.lines.map((l) => l.jurisdiction)).toEqual(['九江市', '厦门市']);
    expect(series.lines[0]!.points.map((p) => p.kind)).toEqual(['value', 'undisclosed', 'no-report', 'value', 'other-unit']);
    expect(series.lines[1]!.points.map((p) => p.kind)).toEqual(['no-report', 'no-report', 'value', 'no-report', 'no-report']);
    expect(series.max).toBe(1541);
    expect(series.name).toBe('行政复议受理');
  });

  it('breaks the line at gaps and keeps another unit off the scale', () => {
    const series = buildSeries(reports, 'reconsideration.accepted');
    const chart = seriesGeometry(series, 420, 170);
    expect(chart.segments[0]).toHaveLength(2);
    expect(chart.y[0]![1]).toBeNull();
    expect(chart.y[0]![4]).toBeNull();
    expect(chart.y[1]![2]).toBe(10);
    expect(chart.y[0]![0]).toBeGreaterThan(chart.y[0]![3]!);
  });

  it('offers the indicators some report discloses', () => {
    expect(seriesIndicators(reports)).toEqual(['reconsideration.accepted']);
    expect(seriesIndicators([report('九江市', 2020)])).toEqual([]);
  });
});

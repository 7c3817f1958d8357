import { describe, expect, it } from 'vitest';
import { facetCounts, filterReports, UNKNOWN_FACET } from '../../../lib/db/collection-filter';
import type { ReportSummary } from '../../../lib/db/report-summary';

function summary(id: number, fields: Partial<ReportSummary>): ReportSummary {
  return {
    id,
    url: `https://example.gov.cn/${id}.html`,
    title: null,
    jurisdiction: null,
    level: 'unknown',
    year: null,
    province: null,
    publishedAt: null,
    savedAt: id,
    onTime: null,
    missingParts: [],
    mentionCount: 0,
    indicatorCount: 0,
    tags: [],
    seenAt: [],
    hasText: false,
    ...fields,
  };
}

/** The seeds' metadata as the extension saves it. */
const SEEDS = [
  summary(1, { jurisdiction: '晋江市', level: 'county', year: 2019, title: '2019年度晋江市法治政府工作报告', tags: ['福建'] }),
  summary(2, { jurisdiction: '九江市', level: 'city', year: 2022 }),
  summary(3, { jurisdiction: '中卫市沙坡头区', level: 'district', year: 2020, province: '宁夏', title: '中卫市沙坡头区2020年法治政府建设年度报告' }),
  summary(4, { jurisdiction: '厦门市', level: 'city', year: 2021, title: '厦门市关于2021年法治政府建设情况的报告', tags: ['福建', '副省级'] }),
  summary(5, { level: 'district', year: 2014 }),
];

const ids = (reports: ReportSummary[]) => reports.map((r) => r.id);

describe('filterReports', () => {
  it('finds by jurisdiction, title or tag, every term required', () => {
    expect(ids(filterReports(SEEDS, { query: '厦门', facets: {} }))).toEqual([4]);
    expect(ids(filterReports(SEEDS, { query: '法治政府建设年度报告', facets: {} }))).toEqual([3]);
    expect(ids(filterReports(SEEDS, { query: '福建', facets: {} }))).toEqual([1, 4]);
    expect(ids(filterReports(SEEDS, { query: '福建 2021', facets: {} }))).toEqual([4]);
    expect(ids(filterReports(SEEDS, { query: '  ', facets: {} }))).toEqual([1, 2, 3, 4, 5]);
  });

  it('matches traditional and full-width input against simplified text', () => {
    expect(ids(filterReports(SEEDS, { query: '廈門', facets: {} }))).toEqual([4]);
    expect(ids(filterReports(SEEDS, { query: '２０１９', facets: {} }))).toEqual([1]);
  });

  it('adds the background’s full-text matches to the reports found by their own fields', () => {
    // 行政复议 is in 九江's figure sentences, not in its summary.
    expect(ids(filterReports(SEEDS, { query: '行政复议', facets: {} }, new Set([2, 4])))).toEqual([2, 4]);
  });

  it('filters by facets, unknown values included', () => {
    expect(ids(filterReports(SEEDS, { query: '', facets: { level: 'city' } }))).toEqual([2, 4]);
    expect(ids(filterReports(SEEDS, { query: '', facets: { level: 'district', year: '2020' } }))).toEqual([3]);
    expect(ids(filterReports(SEEDS, { query: '', facets: { province: UNKNOWN_FACET } }))).toEqual([1, 2, 4, 5]);
    expect(ids(filterReports(SEEDS, { query: '', facets: { tag: '副省级', level: null } }))).toEqual([4]);
  });
});

describe('facetCounts', () => {
  it('counts each value under the other filters, in a stable order with unknown last', () => {
    const counts = facetCounts(SEEDS, { query: '', facets: { level: 'city' } });
    // The level facet ignores its own selection (so other levels stay pickable)…
    expect(counts.level).toEqual([
      { value: 'city', count: 2 },
      { value: 'district', count: 2 },
      { value: 'county', count: 1 },
    ]);
    // …and the others count within it.
    expect(counts.year).toEqual([
      { value: '2022', count: 1 },
      { value: '2021', count: 1 },
    ]);
    expect(counts.province).toEqual([{ value: UNKNOWN_FACET, count: 2 }]);
    expect(counts.tag).toHaveLength(2);
    expect(counts.tag).toEqual(expect.arrayContaining([{ value: '副省级', count: 1 }, { value: '福建', count: 1 }]));
  });

  it('puts unknown years and provinces last', () => {
    const counts = facetCounts([...SEEDS, summary(6, {})], { query: '', facets: {} });
    expect(counts.year.map((c) => c.value)).toEqual(['2022', '2021', '2020', '2019', '2014', UNKNOWN_FACET]);
    expect(counts.province).toEqual([
      { value: '宁夏', count: 1 },
      { value: UNKNOWN_FACET, count: 5 },
    ]);
  });
});

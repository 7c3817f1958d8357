import { describe, expect, it } from 'vitest';
import { mentionRows, toMentionCsvLines, toNdjson, type RowMention, type RowReport } from '../../../lib/export/mention-rows';

const sentence = '全年共收到行政复议申请1719件，受理1541件。';
const report: RowReport = {
  textHash: 'abc123',
  url: 'https://www.xm.gov.cn/zwgk/tzgg/202203/t20220310_2632210.htm',
  jurisdiction: '厦门市',
  province: '福建',
  level: 'city',
  year: 2021,
  title: '厦门市关于2021年法治政府建设情况的报告',
  publishedAt: '2022-03-10',
  indicators: { 'reconsideration.accepted': { value: 1541, unit: '件', sentence } },
};
const mention = (overrides: Partial<RowMention>): RowMention => ({
  key: 'reconsideration.accepted', label: '受理', value: 1541, unit: '件', approximate: false, scope: '全市', text: sentence, ...overrides,
});

describe('mention rows', () => {
  it('mark the report’s indicator value once, and give user indicators their own key and source', () => {
    const rows = mentionRows(report, [
      mention({ key: 'reconsideration.received', label: '收到行政复议申请', value: 1719 }),
      mention({}),
      mention({}),
      mention({ key: null, userKey: 'my.mediation', label: '调解', value: 12 }),
      mention({ key: null, label: '其他', value: 3 }),
    ]);
    expect(rows.map((r) => [r.indicator_key, r.indicator_source, r.is_indicator_value])).toEqual([
      ['reconsideration.received', 'canonical', false],
      ['reconsideration.accepted', 'canonical', true],
      ['reconsideration.accepted', 'canonical', false],
      ['my.mediation', 'user', false],
      [null, null, false],
    ]);
    expect(rows[1]!.source_url).toContain('#:~:text=');
    expect(rows[1]).toMatchObject({ report_id: 'abc123', province: '福建', year: 2021, scope: '全市', report_url: report.url });
  });

  it('write NDJSON lines and CSV lines that neutralise formulas', () => {
    const rows = mentionRows(report, [mention({ label: '=1+1' })]);
    expect(JSON.parse(toNdjson(rows).trim())).toMatchObject({ label: '=1+1', value: 1541 });
    expect(toMentionCsvLines(rows)).toContain(",'=1+1,1541,件,false,全市,,true,");
    expect(toMentionCsvLines([])).toBe('');
  });
});

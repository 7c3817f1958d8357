import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalReportUrl } from '../../../lib/db/canonical-url';
import { ReportLensDb } from '../../../lib/db/report-lens-db';
import { addClip } from '../../../lib/db/clips';
import {
  deleteReport,
  findSavedReport,
  listMentions,
  listReports,
  NotAReportError,
  restoreReport,
  saveReport,
} from '../../../lib/db/reports';
import { jiujiang2022, notAReport, xiamen2021 } from '../messages/page-report-fixtures';

let db: ReportLensDb;
let dbCount = 0;

beforeEach(() => {
  db = new ReportLensDb(`report-lens-test-${++dbCount}`);
});
afterEach(async () => {
  await db.delete();
});

describe('saveReport', () => {
  it('stores a report with its indexed fields, canonical figures and outline', async () => {
    const { id, updated } = await saveReport(db, xiamen2021(), 1_700_000_000_000);
    expect(updated).toBe(false);
    const stored = await db.reports.get(id);
    expect(stored).toMatchObject({
      jurisdiction: '厦门市',
      year: 2021,
      level: 'city',
      title: '厦门市关于2021年法治政府建设情况的报告',
      canonicalUrl: 'https://www.xm.gov.cn/zwgk/flfg/202203/t20220310_2637049.htm',
      savedAt: 1_700_000_000_000,
    });
    expect(stored!.indicators['reconsideration.received']).toMatchObject({ value: 1719, unit: '件' });
    // Every mention is kept, in order; the 市政府 figure (351) stays a mention and is not the indicator.
    expect((await listMentions(db, id)).map((m) => m.value)).toEqual([1719, 1541, 351]);
    expect(stored!.mentionCount).toBe(3);
    expect(stored!.outline).toEqual([
      { level: 1, marker: '一、', title: '坚持以习近平法治思想为指引,加强党对法治政府建设的领导', area: 'leadership' },
    ]);
  });

  it('updates instead of duplicating when the same page is saved again from a decorated URL', async () => {
    const first = await saveReport(db, xiamen2021(), 1);
    const again = { ...xiamen2021(), url: 'https://www.xm.gov.cn/zwgk/flfg/202203/t20220310_2637049.htm?utm_source=wechat#top' };
    again.indicators = { 'reconsideration.received': { value: 1720, unit: '件', approximate: false, sentence: '…' } };
    const second = await saveReport(db, again, 2);
    expect(second).toEqual({ id: first.id, updated: true });
    const all = await listReports(db);
    expect(all).toHaveLength(1);
    expect(all[0].indicators['reconsideration.received']!.value).toBe(1720);
    expect(all[0].savedAt).toBe(2);
  });

  it('updates instead of duplicating when the same text is reposted at another address, noting where it was seen', async () => {
    const first = await saveReport(db, xiamen2021(), 1);
    const repost = { ...xiamen2021(), url: 'http://sft.fujian.gov.cn/zwgk/xxgk/202203/t20220315_5868.htm' };
    const second = await saveReport(db, repost, 2);
    expect(second).toEqual({ id: first.id, updated: true });
    expect(await db.reports.count()).toBe(1);
    expect(await db.mentions.count()).toBe(3);
    const stored = (await db.reports.get(first.id))!;
    // The address first saved stays the report's; the repost is where else the text was seen.
    expect(stored.url).toBe(xiamen2021().url);
    expect(stored.seenAt).toEqual(['https://sft.fujian.gov.cn/zwgk/xxgk/202203/t20220315_5868.htm']);
    // Saving from the mirror again (even with edited text) finds the same record by its mirror address.
    const third = await saveReport(db, { ...repost, textHash: 'edited', url: `${repost.url}?from=groupmessage` }, 3);
    expect(third).toEqual({ id: first.id, updated: true });
    expect((await db.reports.get(first.id))!.seenAt).toEqual(['https://sft.fujian.gov.cn/zwgk/xxgk/202203/t20220315_5868.htm']);
    expect(await db.reports.count()).toBe(1);
  });

  it('merges records that the URL and the text each matched, keeping the URL match', async () => {
    const xiamen = await saveReport(db, xiamen2021(), 1);
    const jiujiang = await saveReport(db, jiujiang2022(), 2);
    // The Xiamen page now carries the text already saved from the Jiujiang address.
    const merged = await saveReport(db, { ...jiujiang2022(), url: xiamen2021().url }, 3);
    expect(merged).toEqual({ id: xiamen.id, updated: true });
    expect((await listReports(db)).map((r) => r.id)).toEqual([xiamen.id]);
    expect(await db.reports.get(jiujiang.id)).toBeUndefined();
    // The merged-away record's mentions go with it; the kept one has the new reading's.
    expect((await db.mentions.toArray()).map((m) => [m.reportId, m.value])).toEqual([
      [xiamen.id, 534],
      [xiamen.id, 514],
    ]);
    expect((await db.reports.get(xiamen.id))!.seenAt).toEqual([canonicalReportUrl(jiujiang2022().url)]);
  });

  it('keeps different reports apart and lists them newest first', async () => {
    await saveReport(db, xiamen2021(), 10);
    await saveReport(db, jiujiang2022(), 20);
    expect((await listReports(db)).map((r) => `${r.jurisdiction} ${r.year}`)).toEqual(['九江市 2022', '厦门市 2021']);
  });

  it('refuses a page the detector rejected', async () => {
    await expect(saveReport(db, notAReport())).rejects.toBeInstanceOf(NotAReportError);
    expect(await db.reports.count()).toBe(0);
  });

  it('refuses a record the schema rejects, writing nothing', async () => {
    const broken = xiamen2021();
    broken.meta.year = 2021.5;
    await expect(saveReport(db, broken)).rejects.toThrow();
    expect(await db.reports.count()).toBe(0);
  });
});

describe('findSavedReport and deleteReport', () => {
  it('finds a saved page by URL or by text, and forgets it once deleted', async () => {
    const { id } = await saveReport(db, xiamen2021());
    expect((await findSavedReport(db, 'https://www.xm.gov.cn/zwgk/flfg/202203/t20220310_2637049.htm', 'other'))?.id).toBe(id);
    expect((await findSavedReport(db, 'https://elsewhere.gov.cn/a.html', 'xm2021-seed003'))?.id).toBe(id);
    expect(await findSavedReport(db, 'https://elsewhere.gov.cn/a.html', '')).toBeNull();
    expect(await deleteReport(db, id)).not.toBeNull();
    expect(await deleteReport(db, id)).toBeNull();
    expect(await findSavedReport(db, xiamen2021().url, 'xm2021-seed003')).toBeNull();
  });
});

describe('delete and undo', () => {
  it('deletes a report with its mentions, keeps its clips unlinked, and restores all of it exactly', async () => {
    const { id } = await saveReport(db, xiamen2021(), 5);
    const clip = await addClip(
      db,
      {
        url: xiamen2021().url,
        anchor: { exact: '受理1541件', prefix: '', suffix: '', start: 10, end: 17 },
        fragmentUrl: xiamen2021().url,
        label: '受理',
        note: '',
        figure: null,
      },
      6,
    );
    const before = { report: await db.reports.get(id), mentions: await db.mentions.toArray() };

    const deleted = await deleteReport(db, id);
    expect(deleted).toMatchObject({ report: { id, jurisdiction: '厦门市' }, clipIds: [clip.id] });
    expect(deleted!.mentions).toHaveLength(3);
    expect(await db.reports.count()).toBe(0);
    expect(await db.mentions.count()).toBe(0);
    expect((await db.clips.get(clip.id))!.reportId).toBeNull();

    expect(await restoreReport(db, deleted!)).toBe(true);
    expect({ report: await db.reports.get(id), mentions: await db.mentions.toArray() }).toEqual(before);
    expect((await db.clips.get(clip.id))!.reportId).toBe(id);
  });

  it('does not restore over a report saved again meanwhile', async () => {
    const { id } = await saveReport(db, xiamen2021(), 5);
    const deleted = (await deleteReport(db, id))!;
    await saveReport(db, xiamen2021(), 6);
    expect(await restoreReport(db, deleted)).toBe(false);
    expect(await db.reports.count()).toBe(1);
  });
});

describe('canonicalReportUrl', () => {
  it('ignores scheme, fragment, tracking parameters, parameter order and host case', () => {
    const canonical = canonicalReportUrl('https://www.xm.gov.cn/zwgk/t20220310_2637049.htm');
    for (const variant of [
      'http://www.xm.gov.cn/zwgk/t20220310_2637049.htm',
      'https://WWW.XM.GOV.CN/zwgk/t20220310_2637049.htm#p3',
      'https://www.xm.gov.cn/zwgk/t20220310_2637049.htm?utm_source=a&from=singlemessage&isappinstalled=0',
    ]) {
      expect(canonicalReportUrl(variant)).toBe(canonical);
    }
    expect(canonicalReportUrl('http://www.gov.cn/x.jsp?id=2&cat=1')).toBe(canonicalReportUrl('http://www.gov.cn/x.jsp?cat=1&id=2'));
  });

  it('keeps what identifies a page: path case and real parameters', () => {
    expect(canonicalReportUrl('https://a.gov.cn/T2022.html')).not.toBe(canonicalReportUrl('https://a.gov.cn/t2022.html'));
    expect(canonicalReportUrl('https://a.gov.cn/art.jsp?id=1')).not.toBe(canonicalReportUrl('https://a.gov.cn/art.jsp?id=2'));
  });

  it('takes a big5 gateway copy for its original page (the fixture 005 address)', () => {
    expect(canonicalReportUrl('https://www.xm.gov.cn/gate/big5/www.xm.gov.cn/zwgk/tzgg/202203/t20220310_2632210.htm')).toBe(
      canonicalReportUrl('https://www.xm.gov.cn/zwgk/tzgg/202203/t20220310_2632210.htm'),
    );
    expect(canonicalReportUrl('http://www.fujian.gov.cn/gate/big5/sft.fujian.gov.cn/a.htm?from=x')).toBe('https://sft.fujian.gov.cn/a.htm');
    // Not a gateway: a path segment merely called gate.
    expect(canonicalReportUrl('https://a.gov.cn/gate/big5/notahost/a.htm')).toBe('https://a.gov.cn/gate/big5/notahost/a.htm');
  });

  it('returns unparseable input trimmed instead of throwing', () => {
    expect(canonicalReportUrl('  not a url ')).toBe('not a url');
  });
});

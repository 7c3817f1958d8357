import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReportLensDb } from '../../../lib/db/report-lens-db';
import { saveReport } from '../../../lib/db/reports';
import { tagReport } from '../../../lib/db/tags';
import { TextSearch } from '../../../lib/db/text-search';
import { jiujiang2022, xiamen2021 } from '../messages/page-report-fixtures';

let db: ReportLensDb;
let count = 0;
let xiamen: number;
let jiujiang: number;

beforeEach(async () => {
  db = new ReportLensDb(`report-lens-search-${++count}`);
  xiamen = (await saveReport(db, xiamen2021(), 1)).id;
  jiujiang = (await saveReport(db, jiujiang2022(), 2)).id;
});
afterEach(async () => {
  await db.delete();
});

describe('TextSearch', () => {
  it('finds reports by the sentences of their figures and by their headings', async () => {
    const search = new TextSearch(db);
    // Seed 001: 立案受理行政复议案件534件; seed 003: 行政复议申请1719件.
    expect(await search.search('行政复议')).toEqual([xiamen, jiujiang]);
    expect(await search.search('立案受理')).toEqual([jiujiang]);
    expect(await search.search('市政府收到')).toEqual([xiamen]);
    expect(await search.search('党对法治政府建设的领导')).toEqual([xiamen]);
    expect(await search.search('行政复议 办结514件')).toEqual([jiujiang]);
    expect(await search.search('行政復議')).toEqual([xiamen, jiujiang]); // traditional input
    expect(await search.search('  ')).toEqual([]);
  });

  it('sees writes after invalidate, and only then (the index is built once)', async () => {
    const search = new TextSearch(db);
    expect(await search.search('重点城市')).toEqual([]);
    await tagReport(db, xiamen, '重点城市', true, 3);
    expect(await search.search('重点城市')).toEqual([]);
    search.invalidate();
    expect(await search.search('重点城市')).toEqual([xiamen]);
  });
});

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReportLensDb } from '../../../lib/db/report-lens-db';
import { saveReport } from '../../../lib/db/reports';
import { listTagNames, tagReport } from '../../../lib/db/tags';
import { xiamen2021 } from '../messages/page-report-fixtures';

let db: ReportLensDb;
let count = 0;
beforeEach(() => {
  db = new ReportLensDb(`report-lens-tags-${++count}`);
});
afterEach(async () => {
  await db.delete();
});

describe('tagReport', () => {
  it('adds and removes tags, trimmed, once each, and keeps the tag names offered', async () => {
    const { id } = await saveReport(db, xiamen2021(), 1);
    expect(await tagReport(db, id, ' 福建 ', true, 2)).toEqual(['福建']);
    expect(await tagReport(db, id, '福建', true, 3)).toEqual(['福建']);
    expect(await tagReport(db, id, '副省级', true, 4)).toEqual(['福建', '副省级']);
    expect(await db.reports.where('tags').equals('副省级').primaryKeys()).toEqual([id]);
    expect(await tagReport(db, id, '福建', false, 5)).toEqual(['副省级']);
    expect(await listTagNames(db)).toEqual(expect.arrayContaining(['福建', '副省级']));
    expect(await db.tags.get('福建')).toEqual({ name: '福建', createdAt: 2 });
  });

  it('keeps tags when the report is saved again, and answers null for a report that is gone', async () => {
    const { id } = await saveReport(db, xiamen2021(), 1);
    await tagReport(db, id, '福建', true, 2);
    await saveReport(db, xiamen2021(), 3);
    expect((await db.reports.get(id))!.tags).toEqual(['福建']);
    expect(await tagReport(db, 999, '福建', true, 4)).toBeNull();
  });

  it('refuses an empty or overlong tag', async () => {
    const { id } = await saveReport(db, xiamen2021(), 1);
    await expect(tagReport(db, id, '   ', true, 2)).rejects.toThrow();
    await expect(tagReport(db, id, '长'.repeat(41), true, 2)).rejects.toThrow();
    expect((await db.reports.get(id))!.tags).toEqual([]);
  });
});

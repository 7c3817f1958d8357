import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClip } from '../../../lib/db/clips';
import { exportCollection, importCollection } from '../../../lib/db/collection-transfer';
import { ReportLensDb } from '../../../lib/db/report-lens-db';
import { deleteReport, saveReport } from '../../../lib/db/reports';
import { tagReport } from '../../../lib/db/tags';
import { IMPORT_LIMITS, ImportError, parseCollectionJson, type CollectionJson } from '../../../lib/export/collection-json';
import { jiujiang2022, xiamen2021 } from '../messages/page-report-fixtures';

let db: ReportLensDb;
let count = 0;
const NOW = Date.UTC(2024, 4, 6, 8, 0, 0);

beforeEach(() => {
  db = new ReportLensDb(`report-lens-json-${++count}`);
});
afterEach(async () => {
  await db.delete();
});

/** A collection with gaps in its ids, tags, a repost, and a clip linked to its report. */
async function fillCollection(target: ReportLensDb): Promise<void> {
  const gone = await saveReport(target, { ...jiujiang2022(), textHash: 'gone', url: 'https://a.gov.cn/gone.html' }, 1);
  const xiamen = await saveReport(target, xiamen2021(), 2);
  await saveReport(target, { ...xiamen2021(), url: 'http://sft.fujian.gov.cn/zwgk/t20220315_5868.htm' }, 3);
  await saveReport(target, jiujiang2022(), 4);
  await deleteReport(target, gone.id);
  await tagReport(target, xiamen.id, '福建', true, 5);
  await tagReport(target, xiamen.id, '=cmd', true, 5);
  await addClip(
    target,
    {
      url: xiamen2021().url,
      anchor: { exact: '受理1541件', prefix: '共收到行政复议申请1719件,', suffix: '。', start: 40, end: 47 },
      fragmentUrl: `${xiamen2021().url}#:~:text=%E5%8F%97%E7%90%861541%E4%BB%B6`,
      label: '行政复议 受理',
      note: '全市口径',
      figure: { value: 1541, unit: '件', approximate: false, key: 'reconsideration.accepted', scope: '全市' },
    },
    6,
  );
}

/** Every table, rows in key order: what "the database is identical" compares. */
async function snapshot(target: ReportLensDb) {
  return {
    reports: await target.reports.orderBy('id').toArray(),
    mentions: await target.mentions.orderBy('id').toArray(),
    clips: await target.clips.orderBy('id').toArray(),
    tags: await target.tags.orderBy('name').toArray(),
    cards: await target.cards.orderBy('id').toArray(),
  };
}

describe('export, wipe, import', () => {
  it('gives back an identical database', async () => {
    await fillCollection(db);
    const before = await snapshot(db);
    expect(before.reports.map((r) => r.id)).toEqual([2, 3]); // id 1 was deleted: a gap to keep
    const file = JSON.stringify(await exportCollection(db, NOW));

    const name = db.name;
    await db.delete();
    db = new ReportLensDb(name);
    expect((await snapshot(db)).reports).toEqual([]);

    const summary = await importCollection(db, parseCollectionJson(file), NOW);
    expect(summary).toEqual({ reportsAdded: 2, reportsMerged: 0, clipsAdded: 1, clipsSkipped: 0, tagsAdded: 2, userIndicatorsAdded: 0, confirmationsAdded: 0 });
    expect(await snapshot(db)).toEqual(before);
    // And exporting again gives the same file.
    expect(JSON.stringify(await exportCollection(db, NOW))).toBe(file);
  });

  it('writes the published format: versioned, every mention, clips and tags', async () => {
    await fillCollection(db);
    const exported = await exportCollection(db, NOW);
    expect(exported).toMatchObject({ format: 'report-lens', schemaVersion: 3, exportedAt: '2024-05-06T08:00:00.000Z' });
    const xiamen = exported.reports.find((r) => r.jurisdiction === '厦门市')!;
    expect(xiamen.mentions.map((m) => m.value)).toEqual([1719, 1541, 351]);
    expect(xiamen.seenAt).toEqual(['https://sft.fujian.gov.cn/zwgk/t20220315_5868.htm']);
    expect(xiamen.tags).toEqual(['福建', '=cmd']);
    expect(exported.clips).toMatchObject([{ reportId: xiamen.id, label: '行政复议 受理' }]);
  });
});

describe('importing into a collection that has reports', () => {
  it('merges the same reports instead of duplicating them, and adds the new ones', async () => {
    await fillCollection(db);
    const file = parseCollectionJson(JSON.stringify(await exportCollection(db, NOW)));
    const other = new ReportLensDb(`report-lens-json-other-${count}`);
    try {
      // The other collection holds 厦门 under its repost address and nothing else.
      const mirror = await saveReport(other, { ...xiamen2021(), url: 'https://sft.fujian.gov.cn/zwgk/t20220315_5868.htm' }, 10);
      await tagReport(other, mirror.id, '已核对', true, 11);
      const summary = await importCollection(other, file, NOW);
      expect(summary).toMatchObject({ reportsAdded: 1, reportsMerged: 1, clipsAdded: 1, tagsAdded: 2 });
      const reports = await other.reports.toArray();
      expect(reports.map((r) => r.jurisdiction).sort()).toEqual(['九江市', '厦门市']);
      const xiamen = reports.find((r) => r.jurisdiction === '厦门市')!;
      expect(xiamen.id).toBe(mirror.id);
      // The local save (savedAt 10) is newer than the file's (3): its address stays, tags unite.
      expect(xiamen.tags).toEqual(['已核对', '福建', '=cmd']);
      expect(xiamen.url).toBe('https://sft.fujian.gov.cn/zwgk/t20220315_5868.htm');
      expect(xiamen.seenAt).toEqual(['https://www.xm.gov.cn/zwgk/flfg/202203/t20220310_2637049.htm']);
      expect(await other.mentions.where('reportId').equals(xiamen.id!).count()).toBe(3);
      // The clip follows the merged report's id, not the file's.
      expect((await other.clips.toArray()).map((c) => c.reportId)).toEqual([xiamen.id]);

      // Importing the same file twice changes nothing more.
      const before = await snapshot(other);
      expect(await importCollection(other, file, NOW)).toMatchObject({ reportsAdded: 0, reportsMerged: 2, clipsAdded: 0, clipsSkipped: 1 });
      expect(await snapshot(other)).toEqual(before);
    } finally {
      await other.delete();
    }
  });
});

describe('parseCollectionJson refuses a bad file with a reason', () => {
  let good: CollectionJson;
  beforeEach(async () => {
    await fillCollection(db);
    good = await exportCollection(db, NOW);
  });

  function reasonFor(text: string): string {
    try {
      parseCollectionJson(text);
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      return (error as ImportError).message;
    }
    throw new Error('accepted');
  }

  it('not JSON, not ours, another version', () => {
    expect(reasonFor('{"format": "report-lens", ')).toMatch(/^not-json/);
    expect(reasonFor('[]')).toBe('not-report-lens');
    expect(reasonFor(JSON.stringify({ ...good, format: 'zotero' }))).toBe('not-report-lens');
    expect(reasonFor(JSON.stringify({ ...good, schemaVersion: 4 }))).toBe('unsupported-version: 4');
    expect(reasonFor(JSON.stringify({ ...good, schemaVersion: '1' }))).toBe('unsupported-version: 1');
  });

  it('prototype-pollution keys anywhere', () => {
    const polluted = JSON.stringify(good).replace('"format"', '"__proto__":{"isAdmin":true},"format"');
    expect(reasonFor(polluted)).toBe('forbidden-key: __proto__');
    const deep = JSON.stringify(good).replace('"indicators":{', '"indicators":{"constructor":{"prototype":{}},');
    expect(reasonFor(deep)).toMatch(/^forbidden-key: (constructor|prototype)$/);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('too large, too many', () => {
    expect(reasonFor(' '.repeat(IMPORT_LIMITS.textLength + 1))).toMatch(/^too-large/);
    const many = { ...good, tags: Array.from({ length: IMPORT_LIMITS.tags + 1 }, (_, i) => ({ name: `t${i}`, createdAt: 0 })) };
    expect(reasonFor(JSON.stringify(many))).toBe(`too-many: tags: ${IMPORT_LIMITS.tags + 1}`);
  });

  it('invalid content, with the path of the problem', () => {
    const badYear = structuredClone(good);
    (badYear.reports[0] as { year: unknown }).year = '二〇二一';
    expect(reasonFor(JSON.stringify(badYear))).toMatch(/^invalid: reports\.0\.year/);
    const badUrl = structuredClone(good);
    badUrl.reports[0]!.url = 'javascript:alert(1)';
    expect(reasonFor(JSON.stringify(badUrl))).toMatch(/^invalid: reports\.0\.url/);
    const extraField = { ...good, admin: true };
    expect(reasonFor(JSON.stringify(extraField))).toMatch(/^invalid: /);
    const dangling = structuredClone(good);
    dangling.clips[0]!.reportId = 99;
    expect(reasonFor(JSON.stringify(dangling))).toBe('invalid: clips: report 99 is not in the file');
    const twice = structuredClone(good);
    twice.reports[1]!.id = twice.reports[0]!.id;
    expect(reasonFor(JSON.stringify(twice))).toMatch(/^invalid: reports: id \d+ twice/);
  });

  it('a refused file leaves the collection exactly as it was', async () => {
    const before = await snapshot(db);
    const broken = structuredClone(good);
    broken.reports[1]!.confidence = 7;
    expect(() => parseCollectionJson(JSON.stringify(broken))).toThrow(ImportError);
    expect(await snapshot(db)).toEqual(before);
  });
});

import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_VERSION, ReportLensDb, SCHEMA } from '../../../lib/db/report-lens-db';
import { toReportSummary } from '../../../lib/db/report-summary';
import { findSavedReport, listMentions, listSummaries, saveReport } from '../../../lib/db/reports';
import { tagReport } from '../../../lib/db/tags';
import { savedReportSchema, storedMentionSchema } from '../../../lib/db/saved-report';
import { xiamen2021 } from '../messages/page-report-fixtures';
import { dexieQueueStore } from '../../../lib/collect/dexie-queue-store';
import { createFixtureDatabase, type DatabaseFixture } from './fixtures/open-fixture';
import { findSavedFileReport, openSavedReport } from '../../../lib/db/file-reports';
import { queueItemSchema } from '../../../lib/collect/queue-item';
import { fileReport, PDF_FINGERPRINT } from './file-report-fixtures';

const FIXTURES = join(import.meta.dirname, 'fixtures');

function fixture(version: number): DatabaseFixture {
  return JSON.parse(readFileSync(join(FIXTURES, `v${version}-database.json`), 'utf8')) as DatabaseFixture;
}

let opened: ReportLensDb | null = null;
let count = 0;
afterEach(async () => {
  await opened?.delete();
  opened = null;
});

async function upgradedFrom(version: number): Promise<ReportLensDb> {
  const name = `report-lens-migration-${++count}`;
  await createFixtureDatabase(name, fixture(version));
  opened = new ReportLensDb(name);
  await opened.open();
  return opened;
}

describe('schema versions', () => {
  it('has a fixture of the version before each upgrade step, with that version’s own stores', () => {
    for (let version = 2; version <= CURRENT_VERSION; version++) {
      expect(existsSync(join(FIXTURES, `v${version - 1}-database.json`)), `fixture for v${version - 1}`).toBe(true);
      expect(fixture(version - 1).stores).toEqual(SCHEMA[(version - 1) as keyof typeof SCHEMA]);
    }
    expect(Math.max(...Object.keys(SCHEMA).map(Number))).toBe(CURRENT_VERSION);
  });

  it('creates a fresh database at the current version', async () => {
    opened = new ReportLensDb(`report-lens-migration-${++count}`);
    await opened.open();
    expect(opened.verno).toBe(CURRENT_VERSION);
    expect(opened.tables.map((t) => t.name).sort()).toEqual([
      'cards',
      'clips',
      'collectQueue',
      'collectSettings',
      'confirmations',
      'mentions',
      'reports',
      'tags',
      'texts',
      'userIndicators',
    ]);
  });
});

describe('upgrade 1 → 2', () => {
  it('moves each report’s mentions into the mentions table, in reading order, ids kept', async () => {
    const v1 = fixture(1).tables.reports as Array<{ id: number; mentions: Array<{ value: number; text: string }> }>;
    const db = await upgradedFrom(1);
    expect(db.verno).toBe(CURRENT_VERSION);
    expect((await db.reports.toArray()).map((r) => r.id)).toEqual([1, 2, 4]);

    for (const old of v1) {
      const rows = await listMentions(db, old.id);
      expect(rows.map((m) => m.value)).toEqual(old.mentions.map((m) => m.value));
      expect(rows.map((m) => m.order)).toEqual(old.mentions.map((_, i) => i));
      for (const row of rows) expect(storedMentionSchema.safeParse(row).success).toBe(true);
    }
    // 厦门: the 全市 figures and the 市政府 one (351), with the sentence quoted from seed 003.
    expect((await listMentions(db, 1)).map((m) => m.value)).toEqual([1719, 1541, 351]);
    expect((await listMentions(db, 1))[0]!.text).toBe('全市各级行政复议机关共收到行政复议申请1719件,受理1541件。');
    expect(await db.mentions.count()).toBe(5);
  });

  it('gives every report the version-2 fields, valid under the current schema', async () => {
    const db = await upgradedFrom(1);
    for (const report of await db.reports.toArray()) {
      expect(report).not.toHaveProperty('mentions');
      expect(savedReportSchema.safeParse(report).success, `report ${report.id}`).toBe(true);
      expect(report).toMatchObject({ tags: [], seenAt: [] });
    }
    const byId = new Map((await db.reports.toArray()).map((r) => [r.id, r]));
    expect(byId.get(1)).toMatchObject({ jurisdiction: '厦门市', mentionCount: 3 });
    expect(byId.get(4)).toMatchObject({ jurisdiction: '中卫市沙坡头区', mentionCount: 0 });
    // None of these reports prints its province: unknown, not guessed from a gazetteer.
    expect([...byId.values()].map((r) => r.province)).toEqual([null, null, null]);
    // Figures and outline are untouched.
    expect(byId.get(1)!.indicators['reconsideration.received']).toMatchObject({ value: 1719, unit: '件' });
    expect(byId.get(2)!.indicators['reconsideration.accepted']).toMatchObject({ value: 534 });
  });

  it('keeps the deduplication keys working: saving a v1 report again updates it', async () => {
    const db = await upgradedFrom(1);
    expect((await findSavedReport(db, 'https://www.xm.gov.cn/zwgk/flfg/202203/t20220310_2637049.htm', 'x'))?.id).toBe(1);
    const again = await saveReport(db, xiamen2021(), 1_700_000_000_000);
    expect(again).toEqual({ id: 1, updated: true });
    expect(await db.reports.count()).toBe(3);
    expect(await db.mentions.where('reportId').equals(1).count()).toBe(3);
    // New ids continue after the largest kept one (3 was deleted under v1 and stays unused).
    const { id } = await saveReport(db, { ...xiamen2021(), url: 'https://www.example.gov.cn/new.html', textHash: 'new' }, 1);
    expect(id).toBe(5);
  });

  it('leaves a version-1 database alone when the upgrade fails, so nothing is lost', async () => {
    const name = `report-lens-migration-${++count}`;
    const broken = fixture(1);
    // Corrupt rows: two mentions claiming the same row id make the step's bulkAdd fail midway.
    const [xiamen] = broken.tables.reports as Array<{ mentions: object[] }>;
    xiamen!.mentions = xiamen!.mentions.map((mention) => ({ ...mention, id: 7 }));
    await createFixtureDatabase(name, broken);
    const db = new ReportLensDb(name);
    await expect(db.open()).rejects.toThrow();
    db.close();

    const old = new Dexie(name);
    old.version(1).stores(broken.stores);
    await old.open();
    expect(old.verno).toBe(1);
    expect(old.tables.map((t) => t.name)).toEqual(['reports']);
    expect((await old.table('reports').toArray()).map((r: { mentions: unknown[] }) => r.mentions.length)).toEqual([3, 2, 0]);
    await old.delete();
  });
});

describe('upgrade 2 → 3', () => {
  it('gives every report its card, equal to the summary of the record', async () => {
    const v2 = fixture(2).tables;
    const db = await upgradedFrom(2);
    expect(db.verno).toBe(CURRENT_VERSION);
    const reports = await db.reports.orderBy('id').toArray();
    // Later steps add hasText (false: these reports were saved before texts were kept).
    expect(reports).toEqual(v2.reports.map((report) => ({ ...report, hasText: false })));
    expect(await db.cards.orderBy('id').toArray()).toEqual(reports.map(toReportSummary));
    // The fixture's 厦门 card carries what the list shows: its tag and its repost address.
    expect((await listSummaries(db)).map((c) => [c.jurisdiction, c.tags, c.seenAt.length, c.indicatorCount])).toEqual([
      ['九江市', [], 0, 2],
      ['厦门市', ['福建'], 1, 2],
    ]);
  });

  it('leaves mentions, clips and tags as they were', async () => {
    const v2 = fixture(2).tables;
    const db = await upgradedFrom(2);
    expect(await db.mentions.orderBy('id').toArray()).toEqual(v2.mentions);
    expect(await db.clips.orderBy('id').toArray()).toEqual(v2.clips);
    expect(await db.tags.toArray()).toEqual(v2.tags);
  });

  it('keeps cards in step with later writes: save, tag, delete', async () => {
    const db = await upgradedFrom(2);
    const xiamen = (await db.reports.where('jurisdiction').equals('厦门市').first())!;
    await tagReport(db, xiamen.id!, '副省级', true, 1);
    expect((await db.cards.get(xiamen.id!))!.tags).toEqual(['福建', '副省级']);
    await saveReport(db, xiamen2021(), 2);
    expect((await db.cards.get(xiamen.id!))!.savedAt).toBe(2);
    expect(await db.cards.count()).toBe(await db.reports.count());
  });
});

describe('upgrade 3 → 4', () => {
  it('marks every report and card as saved without its text, leaving the rest as it was', async () => {
    const v3 = fixture(3).tables;
    const db = await upgradedFrom(3);
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.reports.orderBy('id').toArray()).toEqual(v3.reports.map((report) => ({ ...report, hasText: false })));
    expect(await db.cards.orderBy('id').toArray()).toEqual(v3.cards.map((card) => ({ ...card, hasText: false })));
    expect(await db.mentions.orderBy('id').toArray()).toEqual(v3.mentions);
    expect(await db.clips.orderBy('id').toArray()).toEqual(v3.clips);
    expect(await db.tags.toArray()).toEqual(v3.tags);
    expect([await db.texts.count(), await db.userIndicators.count(), await db.confirmations.count()]).toEqual([0, 0, 0]);
    for (const report of await db.reports.toArray()) expect(savedReportSchema.safeParse(report).success).toBe(true);
  });

  it('keeps one confirmation per cell and a report’s text once saving sends it', async () => {
    const db = await upgradedFrom(3);
    const xiamen = (await db.reports.where('jurisdiction').equals('厦门市').first())!;
    const quote = { exact: '受理1541件', prefix: '', suffix: '', start: 0, end: 7 };
    const cell = { reportId: xiamen.id!, indicatorKey: 'reconsideration.accepted', value: 1541, unit: '件', quote, confirmedAt: 1 };
    await db.confirmations.add(cell);
    await expect(db.confirmations.add({ ...cell, confirmedAt: 2 })).rejects.toThrow();
    const pageText = { text: '厦门', blocks: [{ start: 0, end: 2, role: 'body' as const, tag: 'p' }], meta: { url: null, htmlTitle: null, metaTags: {}, indexFields: {} } };
    await saveReport(db, { ...xiamen2021(), pageText }, 3);
    expect((await db.reports.get(xiamen.id!))!.hasText).toBe(true);
    expect((await db.cards.get(xiamen.id!))!.hasText).toBe(true);
    expect((await db.texts.get(xiamen.id!))!.text).toBe('厦门');
  });
});

describe('upgrade 4 → 5', () => {
  it('adds an empty, unpaused collection queue and leaves every table as it was', async () => {
    const v4 = fixture(4).tables;
    const db = await upgradedFrom(4);
    expect(db.verno).toBe(CURRENT_VERSION);
    for (const table of ['reports', 'mentions', 'clips', 'cards', 'texts', 'userIndicators', 'confirmations'] as const) {
      expect(await db.table(table).toArray(), table).toEqual(v4[table]);
    }
    expect(await db.tags.toArray()).toEqual(v4.tags);
    expect([await db.collectQueue.count(), await db.collectSettings.count()]).toEqual([0, 0]);
    expect(await dexieQueueStore(db).paused()).toBe(false);
  });

  it('keeps saving, confirming and re-reading working on the upgraded data', async () => {
    const db = await upgradedFrom(4);
    const xiamen = (await db.reports.where('jurisdiction').equals('厦门市').first())!;
    expect((await db.texts.get(xiamen.id!))!.text).toContain('受理1541件');
    // The confirmed cell is still unique per report and indicator.
    const [cell] = fixture(4).tables.confirmations as Array<Record<string, unknown>>;
    await expect(db.confirmations.add({ ...(cell as object), id: undefined } as never)).rejects.toThrow();
    const again = await saveReport(db, xiamen2021(), 1_700_000_000_000);
    expect(again).toEqual({ id: xiamen.id, updated: true });
    expect(await db.cards.count()).toBe(await db.reports.count());
  });

  it('holds one queue row per canonical URL, whatever writes it', async () => {
    const db = await upgradedFrom(4);
    const row = {
      url: 'http://www.jiujiang.gov.cn/zwgk/fzzfjs/202303/t20230328_2022.html',
      canonicalUrl: 'https://www.jiujiang.gov.cn/zwgk/fzzfjs/202303/t20230328_2022.html',
      host: 'www.jiujiang.gov.cn', title: '九江市2022年度法治政府建设情况报告', listUrl: 'http://www.jiujiang.gov.cn/zwgk/fzzfjs/',
      addedAt: 1, fetchedAt: null, finishedAt: null, state: 'pending' as const, attempts: 0, notBefore: 0, reason: null, detail: null,
      reportId: null, duplicate: false, attachments: [],
    };
    await db.collectQueue.add(row);
    await expect(db.collectQueue.add({ ...row, url: 'https://www.jiujiang.gov.cn/zwgk/fzzfjs/202303/t20230328_2022.html' })).rejects.toThrow();
    await dexieQueueStore(db).add([row]);
    expect(await db.collectQueue.count()).toBe(1);
  });
});

describe('upgrade 5 → 6', () => {
  const ALL_TABLES = ['reports', 'mentions', 'clips', 'tags', 'cards', 'texts', 'userIndicators', 'confirmations', 'collectQueue', 'collectSettings'] as const;

  it('leaves every table as it was: no report has a source, the queue and its pause are kept', async () => {
    const v5 = fixture(5).tables;
    const db = await upgradedFrom(5);
    expect(db.verno).toBe(CURRENT_VERSION);
    for (const table of ALL_TABLES) expect(await db.table(table).toArray(), table).toEqual(v5[table]);
    for (const report of await db.reports.toArray()) {
      expect(report).not.toHaveProperty('source');
      expect(savedReportSchema.safeParse(report).success, `report ${report.id}`).toBe(true);
    }
    for (const item of await db.collectQueue.toArray()) expect(queueItemSchema.safeParse(item).success).toBe(true);
    expect(await dexieQueueStore(db).paused()).toBe(true);
    expect(await db.reports.where('source.fingerprint').equals(PDF_FINGERPRINT).count()).toBe(0);
  });

  it('saves a report read from a file next to the old ones, found by its fingerprint, and the old ones still dedupe', async () => {
    const db = await upgradedFrom(5);
    const before = await db.reports.count();
    const { report, file } = fileReport({ url: null });
    // The 九江 file's text is not the 九江 page's: its own record, under the file's content address.
    const { id } = await saveReport(db, { ...report, textHash: 'jj2022-pdf' }, 1_700_000_000_000, file);
    expect(await db.reports.count()).toBe(before + 1);
    expect((await findSavedFileReport(db, PDF_FINGERPRINT))?.id).toBe(id);
    expect((await openSavedReport(db, id))?.pageMap).toEqual(file.pageMap);
    const xiamen = (await db.reports.where('jurisdiction').equals('厦门市').first())!;
    expect(await saveReport(db, xiamen2021(), 1_700_000_000_001)).toEqual({ id: xiamen.id, updated: true });
    expect(await db.cards.count()).toBe(await db.reports.count());
  });
});

import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportCollection, importCollection } from '../../../lib/db/collection-transfer';
import { ReportLensDb } from '../../../lib/db/report-lens-db';
import { listMentions, saveReport } from '../../../lib/db/reports';
import { ImportError, parseCollectionJson } from '../../../lib/export/collection-json';
import { confirmFigure, findCandidates, teachingOf, teachingsFor, teachNewIndicator } from '../../../lib/teach/teach-store';
import { seedPageReport } from '../teach/engine-reports';
import { findSavedFileReport } from '../../../lib/db/file-reports';
import { fileReport, PDF_FINGERPRINT } from '../db/file-report-fixtures';

let db: ReportLensDb;
let count = 0;
const NOW = Date.UTC(2024, 4, 6, 8, 0, 0);
beforeEach(() => {
  db = new ReportLensDb(`report-lens-json-v2-${++count}`);
});
afterEach(async () => {
  await db.delete();
});

async function snapshot(target: ReportLensDb) {
  const tables = [target.reports, target.mentions, target.clips, target.tags, target.cards, target.texts, target.userIndicators, target.confirmations];
  return Promise.all(tables.map((table) => table.toArray()));
}

/** Two seeds with their texts, one without, a taught indicator and a confirmed cell. */
async function teachCollection() {
  const jinjiang = await saveReport(db, seedPageReport('000-jinjiang-2019'), 1);
  const jiujiang = await saveReport(db, seedPageReport('001-jiujiang-2022'), 2);
  await saveReport(db, seedPageReport('003-xiamen-2021', { withText: false }), 3);
  const example = (await listMentions(db, jinjiang.id)).find((m) => m.label === '办理行政复议案件')!;
  const { indicator } = await teachNewIndicator(db, { nameZh: '复议办案量', nameEn: 'Review caseload', phrases: [example.label], unit: '件' }, example, 4);
  const [candidate] = await findCandidates(db, await teachingOf(db, 'reconsideration.closed'), [jiujiang.id]);
  await confirmFigure(db, { reportId: jiujiang.id, indicatorKey: 'reconsideration.closed', value: candidate!.value, unit: '件', quote: candidate!.quote, confirmedAt: 5 });
  return { indicator, jiujiang: jiujiang.id };
}

describe('collection file, schema version 2', () => {
  it('carries texts, user indicators and confirmations: export → wipe → import gives the same database', async () => {
    const { indicator, jiujiang } = await teachCollection();
    const before = await snapshot(db);
    const exported = await exportCollection(db, NOW);
    expect(exported.schemaVersion).toBe(3);
    expect([exported.texts.length, exported.userIndicators.length, exported.confirmations.length]).toEqual([2, 1, 1]);
    const file = JSON.stringify(exported);

    const name = db.name;
    await db.delete();
    db = new ReportLensDb(name);
    const summary = await importCollection(db, parseCollectionJson(file), NOW);
    expect(summary).toMatchObject({ reportsAdded: 3, userIndicatorsAdded: 1, confirmationsAdded: 1 });
    expect(await snapshot(db)).toEqual(before);
    const { figures } = await teachingsFor(db, [jiujiang]);
    expect(figures[jiujiang]!['reconsideration.closed']).toMatchObject({ confirmed: true });
    expect(figures[jiujiang]![indicator.id]).toMatchObject({ value: 534 });
    expect(JSON.stringify(await exportCollection(db, NOW))).toBe(file);
  });

  it('importing the same file again duplicates nothing', async () => {
    await teachCollection();
    const file = JSON.stringify(await exportCollection(db, NOW));
    const before = await snapshot(db);
    expect(await importCollection(db, parseCollectionJson(file), NOW)).toMatchObject({ reportsMerged: 3, userIndicatorsAdded: 0, confirmationsAdded: 0 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('still reads a version-1 file (as written by the previous release): reports without texts', async () => {
    const v1 = readFileSync(join(import.meta.dirname, 'fixtures', 'collection-v1.json'), 'utf8');
    expect(JSON.parse(v1).schemaVersion).toBe(1);
    const summary = await importCollection(db, parseCollectionJson(v1), NOW);
    expect(summary).toMatchObject({ reportsAdded: 2, clipsAdded: 1, userIndicatorsAdded: 0, confirmationsAdded: 0 });
    const reports = await db.reports.orderBy('id').toArray();
    expect(reports.map((r) => [r.jurisdiction, r.hasText])).toEqual([
      ['厦门市', false],
      ['九江市', false],
    ]);
    expect(await db.texts.count()).toBe(0);
  });

  it('refuses a malformed version-2 file with a reason and leaves the collection as it was', async () => {
    await teachCollection();
    const good = await exportCollection(db, NOW);
    const before = await snapshot(db);
    const reasonFor = (file: object) => {
      try {
        parseCollectionJson(JSON.stringify(file));
        return 'accepted';
      } catch (error) {
        expect(error).toBeInstanceOf(ImportError);
        return (error as ImportError).message;
      }
    };
    expect(reasonFor({ ...good, texts: undefined })).toMatch(/^invalid: texts/);
    expect(reasonFor({ ...good, confirmations: [{ ...good.confirmations[0]!, reportId: 999 }] })).toBe('invalid: confirmations: report 999 is not in the file');
    expect(reasonFor({ ...good, confirmations: [{ ...good.confirmations[0]!, indicatorKey: 'user:nothere' }] })).toBe('invalid: confirmations: indicator user:nothere is not in the file');
    expect(reasonFor({ ...good, userIndicators: [{ ...good.userIndicators[0]!, phrases: [] }] })).toMatch(/^invalid: userIndicators\.0\.phrases/);
    expect(reasonFor({ ...good, texts: [good.texts[0], good.texts[0]] })).toMatch(/twice$/);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('collection file, schema version 3', () => {
  it('carries a file report’s source and page map: export → wipe → import gives the same database', async () => {
    const { report, file } = fileReport();
    const { id } = await saveReport(db, report, 1, file);
    const exported = await exportCollection(db, NOW);
    expect(exported.reports[0]!.source).toEqual(file.source);
    expect(exported.texts[0]!.pageMap).toEqual(file.pageMap);
    const before = await snapshot(db);
    const text = JSON.stringify(exported);
    const name = db.name;
    await db.delete();
    db = new ReportLensDb(name);
    await importCollection(db, parseCollectionJson(text), NOW);
    expect(await snapshot(db)).toEqual(before);
    expect((await findSavedFileReport(db, PDF_FINGERPRINT))?.id).toBe(id);
  });

  it('still reads a version-2 file (as written by the previous release), and refuses a page map that does not fit', async () => {
    const v2 = readFileSync(join(import.meta.dirname, 'fixtures', 'collection-v2.json'), 'utf8');
    expect(JSON.parse(v2).schemaVersion).toBe(2);
    expect(await importCollection(db, parseCollectionJson(v2), NOW)).toMatchObject({ reportsAdded: 2, userIndicatorsAdded: 1, confirmationsAdded: 1 });
    expect(await db.texts.count()).toBe(1);
    const { report, file } = fileReport();
    await saveReport(db, report, 1, file);
    const good = await exportCollection(db, NOW);
    const bad = { ...good, texts: good.texts.map((t) => (t.pageMap ? { ...t, pageMap: [{ start: 0, end: 5, page: 9 }] } : t)) };
    expect(() => parseCollectionJson(JSON.stringify(bad))).toThrow(/page 9 of 2/);
    // A version-2 file cannot claim what version 3 added.
    expect(() => parseCollectionJson(JSON.stringify({ ...good, schemaVersion: 2 }))).toThrow(ImportError);
  });
});

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReportLensDb } from '../../../lib/db/report-lens-db';
import { findSavedFileReport, openSavedReport } from '../../../lib/db/file-reports';
import { listReports, saveReport } from '../../../lib/db/reports';
import { InvalidFileReportError, pageMapProblem } from '../../../lib/db/report-source';
import { fileReportUrl } from '../../../lib/paged-text/report-identity';
import { jiujiang2022, xiamen2021 } from '../messages/page-report-fixtures';
import { fileReport, PDF_FINGERPRINT, REMOTE_PDF } from './file-report-fixtures';

let db: ReportLensDb;
let dbCount = 0;

beforeEach(() => {
  db = new ReportLensDb(`report-lens-file-${++dbCount}`);
});
afterEach(async () => {
  await db.delete();
});

describe('saving a report read from a file', () => {
  it('keeps its source, its text with the page map, and is found again by fingerprint', async () => {
    const { report, file } = fileReport();
    const { id, updated } = await saveReport(db, report, 10, file);
    expect(updated).toBe(false);
    const saved = await db.reports.get(id);
    expect(saved).toMatchObject({ url: fileReportUrl(PDF_FINGERPRINT), canonicalUrl: fileReportUrl(PDF_FINGERPRINT), source: file.source, hasText: true });
    expect((await db.cards.get(id))!.hasText).toBe(true);
    expect((await findSavedFileReport(db, PDF_FINGERPRINT))?.id).toBe(id);
    expect(await findSavedFileReport(db, 'cd'.repeat(32))).toBeNull();

    const opened = await openSavedReport(db, id);
    expect(opened).toEqual({ id, url: report.url, source: file.source, pageMap: file.pageMap, pageText: report.pageText });
  });

  it('updates the one record when the same file is saved twice', async () => {
    const { report, file } = fileReport();
    const first = await saveReport(db, report, 1, file);
    const reread = { ...report, indicators: { 'reconsideration.received': { value: 424, unit: '件', approximate: false, sentence: '…' } } };
    const second = await saveReport(db, reread, 2, file);
    expect(second).toEqual({ id: first.id, updated: true });
    const all = await listReports(db);
    expect(all).toHaveLength(1);
    expect(all[0]!.indicators['reconsideration.received']!.value).toBe(424);
    expect([await db.texts.count(), await db.cards.count()]).toEqual([1, 1]);
  });

  it('is one report when a remote PDF is saved from its address and later from a local copy of the same bytes', async () => {
    const remote = fileReport();
    const { id } = await saveReport(db, remote.report, 1, remote.file);
    const local = fileReport({ url: null, name: 'P020230328 (1).pdf' });
    expect(await saveReport(db, local.report, 2, local.file)).toEqual({ id, updated: true });
    expect(await db.reports.count()).toBe(1);
    // The local copy's name is the newest; where the bytes came from is not forgotten.
    expect((await db.reports.get(id))!.source).toEqual({ ...remote.file.source, name: 'P020230328 (1).pdf', url: REMOTE_PDF });
  });

  it('keeps the file it was read from when a web page with the same text is saved over it', async () => {
    const { report, file } = fileReport();
    const { id } = await saveReport(db, report, 1, file);
    // The web page of the same report: same text hash, its own address, its own reading of the text.
    const page = { ...jiujiang2022(), pageText: { ...report.pageText!, text: `${report.pageText!.text} ` } };
    expect(await saveReport(db, page, 2)).toEqual({ id, updated: true });
    expect((await db.reports.get(id))!.source).toEqual(file.source);
    expect((await findSavedFileReport(db, PDF_FINGERPRINT))?.id).toBe(id);
    // The page map indexed the file's text, which the page's text replaced: it went with it.
    const opened = (await openSavedReport(db, id))!;
    expect([opened.pageText.text, opened.pageMap]).toEqual([page.pageText.text, []]);
  });

  it('finds a report by a file whose address it took in when it was merged with other bytes of the same text', async () => {
    const first = fileReport();
    const { id } = await saveReport(db, first.report, 1, first.file);
    const other = fileReport({ fingerprint: 'cd'.repeat(32), url: null });
    expect(await saveReport(db, other.report, 2, other.file)).toEqual({ id, updated: true });
    expect((await findSavedFileReport(db, PDF_FINGERPRINT))?.id).toBe(id);
    expect((await findSavedFileReport(db, 'cd'.repeat(32)))?.id).toBe(id);
  });

  it('refuses a file report whose address, text or page map does not fit, and writes nothing', async () => {
    const { report, file } = fileReport();
    const cases = [
      saveReport(db, { ...report, url: fileReportUrl('cd'.repeat(32)) }, 1, file),
      saveReport(db, { ...report, pageText: undefined }, 1, file),
      saveReport(db, report, 1, { ...file, pageMap: [{ start: 0, end: 10_000, page: 1 }] }),
      saveReport(db, report, 1, { ...file, pageMap: [{ start: 0, end: 5, page: 3 }] }),
    ];
    for (const attempt of cases) await expect(attempt).rejects.toBeInstanceOf(InvalidFileReportError);
    expect(await db.reports.count()).toBe(0);
  });

  it('opens an HTML report with its text and no source; nothing for a report without text or no report', async () => {
    const pageText = fileReport().report.pageText!;
    const { id } = await saveReport(db, { ...xiamen2021(), pageText }, 1);
    expect(await openSavedReport(db, id)).toEqual({ id, url: xiamen2021().url, source: null, pageMap: [], pageText });
    const bare = await saveReport(db, jiujiang2022(), 1);
    expect(await openSavedReport(db, bare.id)).toBeNull();
    expect(await openSavedReport(db, 999)).toBeNull();
  });
});

describe('pageMapProblem', () => {
  it('accepts stretches in text order on the file’s pages and names what is wrong otherwise', () => {
    expect(pageMapProblem([{ start: 0, end: 4, page: 1 }, { start: 5, end: 9, page: 2 }], 9, 2)).toBeNull();
    expect(pageMapProblem([], 9, null)).toBeNull();
    expect(pageMapProblem([{ start: 5, end: 9, page: 1 }, { start: 0, end: 4, page: 2 }], 9, 2)).toMatch(/order/);
    expect(pageMapProblem([{ start: 0, end: 6, page: 1 }, { start: 5, end: 9, page: 2 }], 9, 2)).toMatch(/overlap/);
    expect(pageMapProblem([{ start: 0, end: 10, page: 1 }], 9, 2)).toMatch(/past the text/);
    expect(pageMapProblem([{ start: 0, end: 9, page: 3 }], 9, 2)).toMatch(/page 3 of 2/);
    expect(pageMapProblem([{ start: 0, end: 9, page: 1 }], 9, null)).toMatch(/without pages/);
  });
});

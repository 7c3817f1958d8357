import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReportLensDb } from '../../../lib/db/report-lens-db';
import type { SenderInfo } from '../../../lib/messages/sender';
import { fileReport, PDF_FINGERPRINT } from '../db/file-report-fixtures';
import { testHandler } from './test-handler';

let db: ReportLensDb;
let count = 0;
const origin = new URL('/', fakeBrowser.runtime.getURL('/popup.html')).href;
const READER: SenderInfo = { id: fakeBrowser.runtime.id, url: `${origin}reader.html?url=https%3A%2F%2Fx.gov.cn%2Fa.pdf` };
const POPUP: SenderInfo = { id: fakeBrowser.runtime.id, url: `${origin}popup.html` };
const CONTENT: SenderInfo = { id: fakeBrowser.runtime.id, url: 'https://www.jiujiang.gov.cn/a.html', tab: { id: 3 } };

beforeEach(() => {
  db = new ReportLensDb(`report-lens-reader-handlers-${++count}`);
});
afterEach(async () => {
  await db.delete();
});

describe('the reader page saves and reopens the files it shows', () => {
  it('saves a file report with its source and page map, finds it by fingerprint, and opens its kept text', async () => {
    const handle = testHandler(db, () => 7);
    const { report, file } = fileReport();
    expect(await handle({ type: 'reader/findSaved', fingerprint: PDF_FINGERPRINT }, READER)).toEqual({ ok: true, data: { id: null } });

    const saved = await handle({ type: 'reader/save', report, source: file.source, pageMap: file.pageMap }, READER);
    expect(saved).toEqual({ ok: true, data: { id: 1, updated: false } });
    const again = await handle({ type: 'reader/save', report, source: file.source, pageMap: file.pageMap }, READER);
    expect(again).toEqual({ ok: true, data: { id: 1, updated: true } });
    expect(await db.reports.count()).toBe(1);

    expect(await handle({ type: 'reader/findSaved', fingerprint: PDF_FINGERPRINT }, READER)).toEqual({ ok: true, data: { id: 1 } });
    const opened = await handle({ type: 'reader/openSaved', id: 1 }, READER);
    expect(opened).toEqual({ ok: true, data: { id: 1, url: report.url, source: file.source, pageMap: file.pageMap, pageText: report.pageText } });
  });

  it('answers not-found for a report that is not there, and refuses a file that does not fit its report without writing', async () => {
    const handle = testHandler(db, () => 7);
    expect(await handle({ type: 'reader/openSaved', id: 9 }, READER)).toMatchObject({ ok: false, error: 'not-found' });
    const { report, file } = fileReport();
    const otherFile = { ...file.source, fingerprint: 'cd'.repeat(32) };
    const refused = await handle({ type: 'reader/save', report, source: otherFile, pageMap: file.pageMap }, READER);
    expect(refused).toMatchObject({ ok: false, error: 'invalid-message', detail: expect.stringContaining('address must be') });
    const pastTheText = [{ start: 0, end: 10_000, page: 1 }];
    expect(await handle({ type: 'reader/save', report, source: file.source, pageMap: pastTheText }, READER)).toMatchObject({
      ok: false,
      error: 'invalid-message',
      detail: expect.stringContaining('ends past the text'),
    });
    expect(await db.reports.count()).toBe(0);
  });

  it('takes reader messages from the reader page only: not the popup, not a content script', async () => {
    const handle = testHandler(db, () => 7);
    const { report, file } = fileReport();
    for (const sender of [POPUP, CONTENT, { ...READER, id: 'someone-else' }]) {
      expect(await handle({ type: 'reader/save', report, source: file.source, pageMap: file.pageMap }, sender)).toEqual({ ok: false, error: 'forbidden-sender' });
      expect(await handle({ type: 'reader/openSaved', id: 1 }, sender)).toEqual({ ok: false, error: 'forbidden-sender' });
    }
    expect(await db.reports.count()).toBe(0);
  });
});

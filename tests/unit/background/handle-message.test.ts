import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserDeps } from '../../../entrypoints/background/browser-deps';
import { createMessageHandler, listenForMessages } from '../../../entrypoints/background/handle-message';
import { ReportLensDb } from '../../../lib/db/report-lens-db';
import type { AnyReply } from '../../../lib/messages/protocol';
import type { PageReport } from '../../../lib/messages/page-report';
import type { SenderInfo } from '../../../lib/messages/sender';
import { jiujiang2022, notAReport, xiamen2021 } from '../messages/page-report-fixtures';

const POPUP: SenderInfo = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const XIAMEN_TAB = 11;
const POLICY_TAB = 12;
const CONTENT: SenderInfo = { id: fakeBrowser.runtime.id, url: xiamen2021().url, tab: { id: XIAMEN_TAB } };

/** fakeBrowser does not implement i18n: answer from the default locale, as Chromium would. */
const ZH_MESSAGES = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'public', '_locales', 'zh_CN', 'messages.json'), 'utf8'),
) as Record<string, { message: string }>;

let db: ReportLensDb;
let dbCount = 0;
/** What each tab's content script answers; a tab missing here has none (sendMessage rejects). */
let tabs: Map<number, PageReport>;

/** Delivers a message the way the browser does, through the registered onMessage listener. */
async function send(message: unknown, sender: SenderInfo): Promise<AnyReply> {
  let reply: unknown;
  const results = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, (response: unknown) => (reply = response));
  expect(results).toContain(true); // kept the channel open for the asynchronous reply
  await vi.waitFor(() => expect(reply).toBeDefined());
  return reply as AnyReply;
}

beforeEach(() => {
  fakeBrowser.reset();
  db = new ReportLensDb(`report-lens-bg-${++dbCount}`);
  tabs = new Map([
    [XIAMEN_TAB, xiamen2021()],
    [POLICY_TAB, notAReport()],
  ]);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number) => {
    const report = tabs.get(tabId);
    if (!report) throw new Error('Could not establish connection. Receiving end does not exist.');
    return report;
  }) as never);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string) => ZH_MESSAGES[key]?.message ?? '') as never);
  listenForMessages(browser.runtime.onMessage, createMessageHandler(browserDeps(browser, db)));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('background message handling', () => {
  it('saves the report a tab holds, and lists it with its figures', async () => {
    const saved = await send({ type: 'popup/save', tabId: XIAMEN_TAB }, POPUP);
    expect(saved).toMatchObject({ ok: true, data: { updated: false } });

    // The list carries summaries (no figures), the comparison asks for whole records.
    const listed = await send({ type: 'popup/listReports' }, POPUP);
    if (!listed.ok) throw new Error(listed.error);
    const [summary] = (listed.data as { reports: { id: number; jurisdiction: string; year: number }[] }).reports;
    expect(summary).toMatchObject({ jurisdiction: '厦门市', year: 2021, mentionCount: 3, indicatorCount: 2, tags: [], seenAt: [] });
    expect(summary).not.toHaveProperty('indicators');
    const records = await send({ type: 'popup/getReports', ids: [summary!.id] }, POPUP);
    if (!records.ok) throw new Error(records.error);
    const [record] = (records.data as { reports: { indicators: object }[] }).reports;
    expect(record!.indicators).toHaveProperty(['reconsideration.received', 'value'], 1719);

    const status = await send({ type: 'popup/getStatus', tabId: XIAMEN_TAB }, POPUP);
    expect(status).toMatchObject({ ok: true, data: { state: 'report', savedId: (saved as { data: { id: number } }).data.id } });
  });

  it('saving the same tab twice updates the one record', async () => {
    const first = await send({ type: 'popup/save', tabId: XIAMEN_TAB }, POPUP);
    tabs.set(XIAMEN_TAB, { ...xiamen2021(), url: `${xiamen2021().url}?from=timeline` });
    const second = await send({ type: 'popup/save', tabId: XIAMEN_TAB }, POPUP);
    expect(second).toEqual({ ok: true, data: { id: (first as { data: { id: number } }).data.id, updated: true } });
    expect(await db.reports.count()).toBe(1);
  });

  it('refuses to save a page that is not a report, and reports tabs without a content script as not run', async () => {
    expect(await send({ type: 'popup/save', tabId: POLICY_TAB }, POPUP)).toEqual({ ok: false, error: 'not-a-report' });
    expect(await send({ type: 'popup/getStatus', tabId: POLICY_TAB }, POPUP)).toMatchObject({
      ok: true,
      data: { state: 'not-report', savedId: null },
    });
    expect(await send({ type: 'popup/getStatus', tabId: 99 }, POPUP)).toEqual({
      ok: true,
      data: { state: 'not-run', report: null, savedId: null, site: null, file: null },
    });
    expect(await send({ type: 'popup/save', tabId: 99 }, POPUP)).toEqual({ ok: false, error: 'no-content-script' });
    expect(await db.reports.count()).toBe(0);
  });

  it('does not trust what a tab answers: an invalid report is no report', async () => {
    tabs.set(XIAMEN_TAB, { ...xiamen2021(), confidence: 7 });
    expect(await send({ type: 'popup/save', tabId: XIAMEN_TAB }, POPUP)).toEqual({ ok: false, error: 'no-content-script' });
  });

  it('marks the tab of a content script that found a report with the count of figures marked on it', async () => {
    const report = { ...xiamen2021(), painted: { headings: 12, figures: 27 } };
    expect(await send({ type: 'page/extracted', report }, CONTENT)).toEqual({ ok: true, data: { accepted: true } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: XIAMEN_TAB })).toBe('27');
    await send({ type: 'page/extracted', report: { ...report, painted: { headings: 0, figures: 4321 } } }, CONTENT);
    expect(await fakeBrowser.action.getBadgeText({ tabId: XIAMEN_TAB })).toBe('999+');
    await send({ type: 'page/extracted', report: notAReport() }, CONTENT);
    expect(await fakeBrowser.action.getBadgeText({ tabId: XIAMEN_TAB })).toBe('');
  });

  it('refuses messages from a foreign sender, and popup actions from a content script', async () => {
    const foreign: SenderInfo = { id: 'some-other-extension', url: 'chrome-extension://some-other-extension/x.html' };
    expect(await send({ type: 'popup/save', tabId: XIAMEN_TAB }, foreign)).toEqual({ ok: false, error: 'forbidden-sender' });
    expect(await send({ type: 'popup/listReports' }, {})).toEqual({ ok: false, error: 'forbidden-sender' });
    // A page that took over its content script still cannot read or write the collection.
    expect(await send({ type: 'popup/save', tabId: XIAMEN_TAB }, CONTENT)).toEqual({ ok: false, error: 'forbidden-sender' });
    expect(await send({ type: 'popup/deleteReport', id: 1 }, CONTENT)).toEqual({ ok: false, error: 'forbidden-sender' });
    expect(await db.reports.count()).toBe(0);
  });

  it('rejects messages outside the protocol before any handler runs', async () => {
    for (const message of [{ type: 'popup/dropAll' }, { type: 'popup/save', tabId: '11' }, 'save', null]) {
      expect(await send(message, POPUP)).toMatchObject({ ok: false, error: 'invalid-message' });
    }
    expect(fakeBrowser.tabs.sendMessage).not.toHaveBeenCalled();
  });

  it('keeps separate reports apart and deletes on request', async () => {
    tabs.set(13, jiujiang2022());
    const xiamen = await send({ type: 'popup/save', tabId: XIAMEN_TAB }, POPUP);
    await send({ type: 'popup/save', tabId: 13 }, POPUP);
    expect(await db.reports.count()).toBe(2);
    const id = (xiamen as { data: { id: number } }).data.id;
    const deleted = await send({ type: 'popup/deleteReport', id }, POPUP);
    expect(deleted).toMatchObject({ ok: true, data: { deleted: { report: { id, jurisdiction: '厦门市' } } } });
    expect((await db.reports.toArray()).map((r) => r.jurisdiction)).toEqual(['九江市']);
    // What the popup got back undoes the deletion; a tampered one is refused like any message.
    const undo = (deleted as { data: { deleted: object } }).data.deleted;
    expect(await send({ type: 'popup/restoreReport', deleted: { ...undo, report: { ...(undo as { report: object }).report, url: 'javascript:alert(1)' } } }, POPUP)).toMatchObject({ ok: false, error: 'invalid-message' });
    expect(await send({ type: 'popup/restoreReport', deleted: undo }, POPUP)).toEqual({ ok: true, data: { restored: true } });
    expect(await db.reports.count()).toBe(2);
    expect(await send({ type: 'popup/deleteReport', id: 999 }, POPUP)).toEqual({ ok: true, data: { deleted: null } });
  });

  it('tags, searches text, exports and imports through messages; a bad import is a clear error', async () => {
    const { data } = (await send({ type: 'popup/save', tabId: XIAMEN_TAB }, POPUP)) as { data: { id: number } };
    expect(await send({ type: 'popup/tagReport', id: data.id, tag: '福建', on: true }, POPUP)).toEqual({ ok: true, data: { tags: ['福建'] } });
    expect(await send({ type: 'popup/searchText', query: '市政府收到行政复议申请' }, POPUP)).toEqual({ ok: true, data: { ids: [data.id] } });
    const exported = (await send({ type: 'popup/exportCollection' }, POPUP)) as { ok: true; data: { collection: object } };
    expect(exported.data.collection).toMatchObject({ format: 'report-lens', schemaVersion: 3, tags: [{ name: '福建' }] });
    const json = JSON.stringify(exported.data.collection);
    expect(await send({ type: 'popup/importCollection', json }, POPUP)).toMatchObject({ ok: true, data: { reportsMerged: 1, reportsAdded: 0 } });
    expect(await send({ type: 'popup/importCollection', json: '{"format":"report-lens","schemaVersion":0}' }, POPUP)).toEqual({
      ok: false,
      error: 'invalid-import',
      detail: 'unsupported-version: 0',
    });
    // Popup-only: a page cannot export the collection.
    expect(await send({ type: 'popup/exportCollection' }, CONTENT)).toEqual({ ok: false, error: 'forbidden-sender' });
    // Writes stale the text index: the new tag is searchable at once.
    await send({ type: 'popup/tagReport', id: data.id, tag: '副省级', on: true }, POPUP);
    expect(await send({ type: 'popup/searchText', query: '副省级' }, POPUP)).toEqual({ ok: true, data: { ids: [data.id] } });
  });

  it('answers runOnTab with cannot-run-here when the browser refuses to inject', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page.'));
    expect(await send({ type: 'popup/runOnTab', tabId: 99 }, POPUP)).toMatchObject({ ok: false, error: 'cannot-run-here' });
  });
});

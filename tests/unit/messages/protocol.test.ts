import { describe, expect, it } from 'vitest';
import { ProtocolError, requestBackground } from '../../../lib/messages/client';
import { backgroundMessageSchema } from '../../../lib/messages/protocol';
import { isTabMessage } from '../../../lib/messages/tab-message';
import { pageReportSchema } from '../../../lib/messages/page-report';
import { isAllowedSender } from '../../../lib/messages/sender';
import { notAReport, xiamen2021 } from './page-report-fixtures';

describe('backgroundMessageSchema', () => {
  it('accepts every message of the protocol', () => {
    for (const message of [
      { type: 'page/extracted', report: xiamen2021() },
      { type: 'page/extracted', report: notAReport() },
      { type: 'popup/getStatus', tabId: 12 },
      { type: 'popup/save', tabId: 0 },
      { type: 'popup/listReports' },
      { type: 'popup/deleteReport', id: 3 },
      { type: 'popup/runOnTab', tabId: 99 },
      { type: 'popup/getReports', ids: [1, 2, 3] },
      { type: 'popup/searchText', query: '行政复议' },
      { type: 'popup/tagReport', id: 1, tag: '福建', on: true },
      { type: 'popup/exportCollection' },
      { type: 'popup/importCollection', json: '{}' },
      { type: 'popup/listClips' },
      { type: 'popup/listClips', url: 'https://www.xm.gov.cn/a.htm' },
      { type: 'popup/deleteClip', id: 2 },
      { type: 'page/listClips', url: 'https://www.xm.gov.cn/a.htm' },
      { type: 'page/updateClip', id: 2, note: '全市口径' },
      { type: 'page/deleteClip', id: 2 },
    ]) {
      expect(backgroundMessageSchema.safeParse(message).success, message.type).toBe(true);
    }
  });

  it.each([
    ['an unknown type', { type: 'popup/dropDatabase' }],
    ['no type', { tabId: 1 }],
    ['a string', 'popup/listReports'],
    ['null', null],
    ['a tab id that is no tab', { type: 'popup/save', tabId: -1 }],
    ['a fractional tab id', { type: 'popup/save', tabId: 1.5 }],
    ['a tab id as text', { type: 'popup/getStatus', tabId: '7' }],
    ['an extra field', { type: 'popup/listReports', sql: 'DROP' }],
    ['a missing report', { type: 'page/extracted' }],
    ['a report id of zero', { type: 'popup/deleteReport', id: 0 }],
    ['no report to compare', { type: 'popup/getReports', ids: [] }],
    ['eleven reports to compare', { type: 'popup/getReports', ids: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] }],
    ['an empty tag', { type: 'popup/tagReport', id: 1, tag: '  ', on: true }],
    ['a runaway search', { type: 'popup/searchText', query: '查'.repeat(201) }],
    ['clips of a javascript: page', { type: 'page/listClips', url: 'javascript:alert(1)' }],
    ['a clip edit of fields a page may not change', { type: 'page/updateClip', id: 2, reportId: 5 }],
  ])('rejects %s', (_name, message) => {
    expect(backgroundMessageSchema.safeParse(message).success).toBe(false);
  });

  it('rejects reports a page could use to smuggle junk in', () => {
    const unknownKey = xiamen2021();
    (unknownKey.indicators as Record<string, unknown>)['made.up'] = { value: 1, unit: '件', approximate: false, sentence: '' };
    const infinite = xiamen2021();
    infinite.mentions[0].value = Infinity;
    const hugeTitle = xiamen2021();
    hugeTitle.meta.title = '报'.repeat(10_000);
    const badConfidence = { ...xiamen2021(), confidence: 1.5 };
    const badArea = xiamen2021();
    (badArea.headings[0] as { area: string }).area = 'weather';
    const scriptUrl = { ...xiamen2021(), url: 'javascript:alert(document.cookie)//https://www.xm.gov.cn/' };
    const dataUrl = { ...xiamen2021(), url: 'data:text/html,<script>alert(1)</script>' };
    for (const report of [unknownKey, infinite, hugeTitle, badConfidence, badArea, scriptUrl, dataUrl]) {
      expect(pageReportSchema.safeParse(report).success).toBe(false);
      expect(backgroundMessageSchema.safeParse({ type: 'page/extracted', report }).success).toBe(false);
    }
  });

  it('tab messages are only the background asking for the report', () => {
    expect(isTabMessage({ type: 'tab/getReport' })).toBe(true);
    for (const other of [{ type: 'popup/listReports' }, { type: 'tab/getReport', extra: 1 }, 'tab/getReport', null, undefined]) {
      expect(isTabMessage(other)).toBe(false);
    }
  });
});

describe('isAllowedSender', () => {
  const self = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
  const contentScript = { id: 'ext-id', url: 'https://www.xm.gov.cn/a.htm', tab: { id: 4 } };
  const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
  const popupInTab = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html?tab=4', tab: { id: 9 } };

  it('lets content scripts report pages and extension pages drive the popup actions', () => {
    expect(isAllowedSender('page/extracted', contentScript, self)).toBe(true);
    expect(isAllowedSender('popup/save', popup, self)).toBe(true);
    expect(isAllowedSender('popup/listReports', popupInTab, self)).toBe(true);
  });

  it('lets the reader page annotate the files it shows as a content script annotates a page', () => {
    const reader = { id: 'ext-id', url: 'chrome-extension://ext-id/reader.html?url=https%3A%2F%2Fwww.xm.gov.cn%2Fa.pdf', tab: { id: 9 } };
    expect(isAllowedSender('page/addClip', reader, self)).toBe(true);
    expect(isAllowedSender('page/extract', { ...reader, tab: undefined }, self)).toBe(true);
    expect(isAllowedSender('page/addClip', { ...reader, id: 'other-ext' }, self)).toBe(false);
  });

  it('refuses another extension, a content script calling popup actions, and a page without a tab', () => {
    expect(isAllowedSender('popup/listReports', { ...popup, id: 'other-ext' }, self)).toBe(false);
    expect(isAllowedSender('page/extracted', { ...contentScript, id: undefined }, self)).toBe(false);
    expect(isAllowedSender('popup/save', contentScript, self)).toBe(false);
    expect(isAllowedSender('popup/deleteReport', contentScript, self)).toBe(false);
    expect(isAllowedSender('page/extracted', { ...contentScript, tab: undefined }, self)).toBe(false);
    expect(isAllowedSender('page/extracted', { id: 'ext-id', url: 'https://www.xm.gov.cn/' }, self)).toBe(false);
  });
});

describe('requestBackground', () => {
  it('unwraps a successful reply', async () => {
    const reply = await requestBackground(async () => ({ ok: true, data: { reports: [] } }), { type: 'popup/listReports' });
    expect(reply).toEqual({ reports: [] });
  });

  it('turns an error reply or silence into a ProtocolError with the code', async () => {
    await expect(
      requestBackground(async () => ({ ok: false, error: 'not-a-report' }), { type: 'popup/save', tabId: 1 }),
    ).rejects.toMatchObject({ code: 'not-a-report' });
    await expect(requestBackground(async () => undefined, { type: 'popup/listReports' })).rejects.toBeInstanceOf(
      ProtocolError,
    );
  });
});

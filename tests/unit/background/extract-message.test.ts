import 'fake-indexeddb/auto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageHandler } from '../../../entrypoints/background/handle-message';
import { loadPage } from '../../../lib/cli/load-page';
import { ReportLensDb } from '../../../lib/db/report-lens-db';
import { extractReport, type ReportExtraction } from '../../../lib/extract/extract-report';
import type { SenderInfo } from '../../../lib/messages/sender';
import { testHandler } from './test-handler';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const XIAMEN = loadPage(join(FIXTURES, 'reports', '003-xiamen-2021.html'));
const TAB: SenderInfo = { id: fakeBrowser.runtime.id, url: 'https://www.xm.gov.cn/zwgk/flfg/202203/t20220310_2637049.htm', tab: { id: 11 } };

let db: ReportLensDb;
let handle: MessageHandler;
let count = 0;

beforeEach(() => {
  db = new ReportLensDb(`report-lens-extract-${++count}`);
  handle = testHandler(db, () => 1_700_000_000_000);
});
afterEach(async () => {
  await db.delete();
});

describe('page/extract: the engine run for a tab in the background', () => {
  it('answers with what the engine reads in the page, after the message crossed as JSON', async () => {
    const reply = await handle(JSON.parse(JSON.stringify({ type: 'page/extract', page: XIAMEN })), TAB);
    expect(reply.ok).toBe(true);
    const extraction = (reply as { data: ReportExtraction }).data;
    expect(extraction).toEqual(extractReport(XIAMEN));
    expect(extraction.detection.isReport).toBe(true);
    expect(extraction.indicators['reconsideration.accepted']).toMatchObject({ value: 1541 });
  });

  it('rejects a page text whose parts disagree, or a block outside the text, without running the engine', async () => {
    const torn = { ...XIAMEN, folded: XIAMEN.folded.slice(1) };
    expect(await handle({ type: 'page/extract', page: torn }, TAB)).toMatchObject({ ok: false, error: 'invalid-message' });
    const outside = { ...XIAMEN, blocks: [...XIAMEN.blocks, { start: 0, end: XIAMEN.text.length + 1, role: 'body', tag: 'p' }] };
    expect(await handle({ type: 'page/extract', page: outside }, TAB)).toMatchObject({ ok: false, error: 'invalid-message' });
  });
});

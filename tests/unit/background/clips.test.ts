import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageHandler } from '../../../entrypoints/background/handle-message';
import { ReportLensDb } from '../../../lib/db/report-lens-db';
import type { SenderInfo } from '../../../lib/messages/sender';
import { xiamen2021 } from '../messages/page-report-fixtures';
import { testHandler } from './test-handler';

const XIAMEN_URL = xiamen2021().url;
const XIAMEN_PAGE: SenderInfo = { id: fakeBrowser.runtime.id, url: `${XIAMEN_URL}#top`, tab: { id: 11 } };
const OTHER_PAGE: SenderInfo = { id: fakeBrowser.runtime.id, url: 'https://www.jiujiang.gov.cn/a.html', tab: { id: 12 } };
const POPUP: SenderInfo = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };

/** A clip of the Xiamen 受理 figure, quoted from seed 003. */
function clipOf1541(label = '行政复议 受理') {
  return {
    url: XIAMEN_URL,
    anchor: { exact: '受理1541件', prefix: '全市各级行政复议机关共收到行政复议申请1719件,', suffix: '。', start: 5123, end: 5130 },
    fragmentUrl: `${XIAMEN_URL}#:~:text=%E5%8F%97%E7%90%861541%E4%BB%B6`,
    label,
    note: '',
    figure: { value: 1541, unit: '件', approximate: false, key: 'reconsideration.accepted', scope: '全市' },
  };
}

let db: ReportLensDb;
let handle: MessageHandler;
let count = 0;
let now = 1_700_000_000_000;

beforeEach(() => {
  db = new ReportLensDb(`report-lens-clips-${++count}`);
  handle = testHandler(db, () => ++now);
});
afterEach(async () => {
  await db.delete();
});

describe('clip messages', () => {
  it('adds a clip of the page, lists it back for re-anchoring, and never duplicates it', async () => {
    const added = await handle({ type: 'page/addClip', clip: clipOf1541() }, XIAMEN_PAGE);
    expect(added).toMatchObject({ ok: true, data: { created: true } });
    const again = await handle({ type: 'page/addClip', clip: clipOf1541('受理') }, XIAMEN_PAGE);
    expect(again).toEqual({ ok: true, data: { id: (added as { data: { id: number } }).data.id, created: false } });

    const listed = await handle({ type: 'page/listClips', url: `http://www.xm.gov.cn/zwgk/flfg/202203/t20220310_2637049.htm?utm_source=x` }, XIAMEN_PAGE);
    expect(listed).toMatchObject({ ok: true, data: { clips: [{ label: '受理', reportId: null, canonicalUrl: 'https://www.xm.gov.cn/zwgk/flfg/202203/t20220310_2637049.htm' }] } });
  });

  it('links clips to the report when the page is saved, and unlinks them when it is deleted', async () => {
    await handle({ type: 'page/addClip', clip: clipOf1541() }, XIAMEN_PAGE);
    const saved = (await handle({ type: 'popup/save', tabId: 11 }, POPUP)) as { ok: true; data: { id: number } };
    expect((await db.clips.toArray())[0]!.reportId).toBe(saved.data.id);
    await handle({ type: 'popup/deleteReport', id: saved.data.id }, POPUP);
    expect(await db.clips.toArray()).toMatchObject([{ reportId: null, label: '行政复议 受理' }]);
  });

  it('links a clip made on a repost of a saved report to that report', async () => {
    const saved = (await handle({ type: 'popup/save', tabId: 11 }, POPUP)) as { ok: true; data: { id: number } };
    const mirrorUrl = 'https://sft.fujian.gov.cn/zwgk/xxgk/202203/t20220315_5868.htm';
    await db.reports.update(saved.data.id, { seenAt: [mirrorUrl] });
    const mirror: SenderInfo = { ...XIAMEN_PAGE, url: mirrorUrl };
    const added = (await handle({ type: 'page/addClip', clip: { ...clipOf1541(), url: mirrorUrl } }, mirror)) as { data: { id: number } };
    expect((await db.clips.get(added.data.id))!.reportId).toBe(saved.data.id);
  });

  it('edits label and note, and deletes, from the page or the popup', async () => {
    const { data } = (await handle({ type: 'page/addClip', clip: clipOf1541() }, XIAMEN_PAGE)) as { data: { id: number } };
    expect(await handle({ type: 'page/updateClip', id: data.id, note: '全市口径' }, XIAMEN_PAGE)).toEqual({ ok: true, data: { updated: true } });
    expect((await db.clips.get(data.id))!).toMatchObject({ note: '全市口径', label: '行政复议 受理' });
    expect(await handle({ type: 'popup/listClips' }, POPUP)).toMatchObject({ ok: true, data: { clips: [{ note: '全市口径' }] } });
    expect(await handle({ type: 'popup/deleteClip', id: data.id }, POPUP)).toEqual({ ok: true, data: { deleted: true } });
    expect(await db.clips.count()).toBe(0);
  });

  it('keeps a page to its own clips: no planting, reading or editing another page’s', async () => {
    expect(await handle({ type: 'page/addClip', clip: clipOf1541() }, OTHER_PAGE)).toMatchObject({ ok: false, error: 'forbidden-sender' });
    const { data } = (await handle({ type: 'page/addClip', clip: clipOf1541() }, XIAMEN_PAGE)) as { data: { id: number } };
    expect(await handle({ type: 'page/listClips', url: XIAMEN_URL }, OTHER_PAGE)).toMatchObject({ ok: false, error: 'forbidden-sender' });
    expect(await handle({ type: 'page/updateClip', id: data.id, label: 'x' }, OTHER_PAGE)).toEqual({ ok: false, error: 'not-found' });
    expect(await handle({ type: 'page/deleteClip', id: data.id }, OTHER_PAGE)).toEqual({ ok: false, error: 'not-found' });
    expect(await handle({ type: 'popup/listClips' }, XIAMEN_PAGE)).toEqual({ ok: false, error: 'forbidden-sender' });
    expect(await db.clips.count()).toBe(1);
  });

  it('lets the reader page clip the report file it shows, keeping the printed page, which no web page can touch', async () => {
    const READER: SenderInfo = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/reader.html'), tab: { id: 13 } };
    const fileUrl = `urn:report-lens:file:${'ab'.repeat(32)}`;
    const link = `${fakeBrowser.runtime.getURL('/reader.html')}?url=${encodeURIComponent(fileUrl)}&page=3&quote=%E5%8F%97%E7%90%861541%E4%BB%B6`;
    const clip = { ...clipOf1541(), url: fileUrl, fragmentUrl: link, page: 3 };
    const { data } = (await handle({ type: 'page/addClip', clip }, READER)) as { data: { id: number } };
    expect(await handle({ type: 'page/listClips', url: fileUrl }, READER)).toMatchObject({ ok: true, data: { clips: [{ page: 3, fragmentUrl: link }] } });
    expect(await handle({ type: 'page/listClips', url: fileUrl }, XIAMEN_PAGE)).toMatchObject({ ok: false, error: 'forbidden-sender' });
    expect(await handle({ type: 'page/deleteClip', id: data.id }, XIAMEN_PAGE)).toEqual({ ok: false, error: 'not-found' });
    expect(await handle({ type: 'page/addClip', clip: { ...clip, page: 0 } }, READER)).toMatchObject({ ok: false, error: 'invalid-message' });
    expect(await handle({ type: 'page/updateClip', id: data.id, note: '第3页' }, READER)).toEqual({ ok: true, data: { updated: true } });
    expect(await db.clips.count()).toBe(1);
  });

  it('rejects malformed clips before they reach the database', async () => {
    for (const clip of [
      { ...clipOf1541(), url: 'javascript:alert(1)' },
      { ...clipOf1541(), anchor: { ...clipOf1541().anchor, exact: '' } },
      { ...clipOf1541(), reportId: 3 },
      { ...clipOf1541(), figure: { ...clipOf1541().figure, value: Number.POSITIVE_INFINITY } },
    ]) {
      expect(await handle({ type: 'page/addClip', clip }, XIAMEN_PAGE)).toMatchObject({ ok: false, error: 'invalid-message' });
    }
    expect(await db.clips.count()).toBe(0);
  });
});

// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReportLensDb } from '../../../lib/db/report-lens-db';
import { saveReport } from '../../../lib/db/reports';
import { exportCollection } from '../../../lib/db/collection-transfer';
import type { PageReport } from '../../../lib/messages/page-report';
import type { ReportSummary } from '../../../lib/db/report-summary';
import { jiujiang2022, xiamen2021 } from '../messages/page-report-fixtures';
import { backgroundFor, click, input, mountPopup, useChineseUi, type Mounted } from './popup-harness';

const XIAMEN_TAB = 7;
let db: ReportLensDb;
let mounted: Mounted | null = null;
let count = 0;

/** 九江 a year earlier, with other figures: one city over two years. */
function jiujiang2021(): PageReport {
  const report = jiujiang2022();
  return {
    ...report,
    url: 'https://www.jiujiang.gov.cn/zwgk/zdgk/fzzfjs/202203/t20220325_5000001.html',
    meta: { ...report.meta, year: 2021 },
    textHash: 'jj2021',
    indicators: {
      'reconsideration.accepted': { value: 500, unit: '件', approximate: false, sentence: '全市立案受理行政复议案件500件。' },
      'capacity.trainees': { value: 60000, unit: '人次', approximate: true, sentence: '培训执法人员6万余人次。' },
    },
  };
}

beforeEach(() => {
  useChineseUi();
  db = new ReportLensDb(`report-lens-popup-${++count}`);
});
afterEach(async () => {
  mounted?.unmount();
  mounted = null;
  vi.restoreAllMocks();
  await db.delete();
});

async function settle(check: () => void): Promise<void> {
  await vi.waitFor(check, { timeout: 3000, interval: 20 });
}

describe('the popup about a report tab', () => {
  it('shows the page’s findings and saves it into the collection', async () => {
    const { send } = backgroundFor(db, new Map([[XIAMEN_TAB, xiamen2021()]]));
    mounted = await mountPopup({ tabId: XIAMEN_TAB, send });
    const m = mounted;
    await settle(() => expect(m.$('[data-testid="current-page"]')!.dataset.state).toBe('report'));
    expect(m.$('[data-testid="jurisdiction"]')!.textContent).toContain('厦门市');
    // Dates and figures as the UI language writes them (lib/i18n/format.ts).
    expect(m.$('[data-testid="published-at"]')!.textContent).toBe('2022年3月10日');
    expect(m.$('[data-testid="on-time"]')!.textContent).toBe('是（次年4月1日前）');
    expect(m.$('[data-testid="missing-parts"]')!.textContent).toBe('无');
    expect(m.texts('[data-testid="page-figures"] li')).toEqual(['行政复议收到申请1,719件', '行政复议受理1,541件']);
    expect(m.texts('[data-testid="saved-report"]')).toEqual([]);

    await click(m.$('[data-testid="save"]'));
    await settle(() => expect(m.texts('[data-testid="saved-report"]')).toEqual([expect.stringContaining('厦门市市级2021')]));
    expect(m.$('[data-testid="saved-notice"]')).not.toBeNull();
    expect(m.$('[data-testid="error"]')).toBeNull();
  });

  it('shows a failed write in the error banner, and lists nothing that was not kept', async () => {
    const { send } = backgroundFor(db, new Map([[XIAMEN_TAB, xiamen2021()]]));
    vi.spyOn(db.reports, 'put').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    mounted = await mountPopup({ tabId: XIAMEN_TAB, send });
    const m = mounted;
    await settle(() => expect(m.$('[data-testid="save"]')).not.toBeNull());
    await click(m.$('[data-testid="save"]'));
    await settle(() => expect(m.$('[data-testid="error"]')).not.toBeNull());
    expect(m.$('[data-testid="error"]')!.textContent).toBe(
      '保存失败：数据没有写入本地数据库（QuotaExceededError: The quota has been exceeded.）。请检查磁盘空间后重试。×',
    );
    expect(m.$('[data-testid="saved-notice"]')).toBeNull();
    expect(m.texts('[data-testid="saved-report"]')).toEqual([]);
    expect(await db.reports.count()).toBe(0);
  });
});

describe('the collection', () => {
  beforeEach(async () => {
    await saveReport(db, xiamen2021(), 1);
    await saveReport(db, jiujiang2022(), 2);
    await saveReport(db, jiujiang2021(), 3);
  });

  it('searches instantly by jurisdiction and title, by figure text through the background, and by facets', async () => {
    const { send, sent } = backgroundFor(db);
    mounted = await mountPopup({ tabId: null, send });
    const m = mounted;
    await settle(() => expect(m.$$('[data-testid="saved-report"]')).toHaveLength(3));

    await input(m.$('[data-testid="search"]'), '厦门');
    expect(m.texts('[data-testid="saved-report"]')).toEqual([expect.stringContaining('厦门市')]);
    // 市政府收到 is only in a figure's sentence (seed 003): the background's search finds it.
    await input(m.$('[data-testid="search"]'), '市政府收到');
    await settle(() => expect(m.texts('[data-testid="saved-report"]')).toEqual([expect.stringContaining('厦门市')]));
    expect(sent).toContainEqual({ type: 'popup/searchText', query: '市政府收到' });

    await input(m.$('[data-testid="search"]'), '');
    await input(m.$('[data-testid="facet-year"]'), '2021', 'change');
    expect(m.texts('[data-testid="saved-report"]').map((row) => row.slice(0, 3))).toEqual(['九江市', '厦门市']);
    expect(m.texts('[data-testid="facet-year"] option')).toEqual(['全部', '2022(1)', '2021(2)']);
    // The province facet says unknown for reports that do not print theirs.
    expect(m.texts('[data-testid="facet-province"] option')).toEqual(['全部', '未知(2)']);
  });

  it('adds and removes tags', async () => {
    const { send } = backgroundFor(db);
    mounted = await mountPopup({ tabId: null, send });
    const m = mounted;
    await settle(() => expect(m.$$('[data-testid="saved-report"]')).toHaveLength(3));
    await click(m.$$('[data-testid="tag-add"]')[0]!);
    const field = m.$('[data-testid="tag-input"]') as HTMLInputElement;
    field.value = '重点';
    await act(async () => {
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await settle(() => expect(m.texts('[data-testid="tag"]')).toEqual(['重点×']));
    expect(m.texts('[data-testid="facet-tag"] option')).toEqual(['全部', '重点(1)']);
    await click(m.$('[data-testid="tag"] button'));
    await settle(() => expect(m.texts('[data-testid="tag"]')).toEqual([]));
  });

  it('deletes with undo, putting the report back exactly', async () => {
    const { send } = backgroundFor(db);
    mounted = await mountPopup({ tabId: null, send });
    const m = mounted;
    await settle(() => expect(m.$$('[data-testid="saved-report"]')).toHaveLength(3));
    const before = await exportCollection(db, 0);
    const xiamenRow = m.$$('[data-testid="saved-report"]').find((row) => row.textContent!.includes('厦门市'))!;
    await click(xiamenRow.querySelector<HTMLElement>('[data-testid="delete"]'));
    await settle(() => expect(m.$$('[data-testid="saved-report"]')).toHaveLength(2));
    expect(m.$('[data-testid="undo-bar"]')!.textContent).toContain('已删除 厦门市 2021');
    await click(m.$('[data-testid="undo"]'));
    await settle(() => expect(m.$$('[data-testid="saved-report"]')).toHaveLength(3));
    expect(await exportCollection(db, 0)).toEqual(before);
  });

  it('compares picked reports: 未披露 for missing figures, approximate marked, links to sentences, bars, change over years', async () => {
    const { send } = backgroundFor(db);
    mounted = await mountPopup({ tabId: null, send });
    const m = mounted;
    await settle(() => expect(m.$$('[data-testid="saved-report"]')).toHaveLength(3));
    expect(m.$('[data-testid="comparison-table"]')).toBeNull();
    for (const box of m.$$('[data-testid="compare-pick"]')) await click(box);
    await settle(() => expect(m.$('[data-testid="comparison-table"]')).not.toBeNull());

    expect(m.texts('[data-testid="comparison-column"]')).toEqual(['九江市2021', '九江市2022', '厦门市2021']);
    const accepted = m.$('[data-testid="comparison-row"][data-key="reconsideration.accepted"]')!;
    const cells = [...accepted.querySelectorAll<HTMLElement>('[data-testid="cell"]')];
    expect(cells.map((c) => c.querySelector('a')!.textContent)).toEqual(['500件', '534件', '1,541件']);
    // 九江 2021 → 2022: +34 (+6.8%).
    expect(cells[1]!.querySelector('[data-testid="change"]')!.textContent).toBe('▲34 (+6.8%)');
    expect(cells[2]!.querySelector('[data-testid="change"]')).toBeNull(); // another city: no change
    expect(decodeURIComponent(cells[2]!.querySelector('a')!.getAttribute('href')!)).toContain(
      '#:~:text=全市各级行政复议机关共收到行政复议申请1719件',
    );
    expect(accepted.querySelectorAll('[data-testid="row-chart"] rect[data-kind="value"]')).toHaveLength(3);

    const received = m.$('[data-testid="comparison-row"][data-key="reconsideration.received"]')!;
    expect([...received.querySelectorAll('[data-testid="cell"] > a')].map((c) => c.textContent)).toEqual(['未披露', '未披露', '1,719件']);
    // Each 未披露 cell offers the search in the other reports; a figure does not.
    expect([...received.querySelectorAll('[data-testid="cell"]')].map((c) => c.querySelector('[data-testid="cell-find"]') !== null)).toEqual([true, true, false]);
    expect(received.querySelectorAll('rect[data-kind="undisclosed"]')).toHaveLength(2);
    const trainees = m.$('[data-testid="comparison-row"][data-key="capacity.trainees"] [data-kind="value"]')!;
    expect(trainees.textContent).toBe('≈60,000人次约数');
    expect(trainees.className).toContain('approximate');

    // 九江 over 2021–2022 makes a series: one line per city, 未披露 as a labelled gap, never a point.
    const series = m.$('[data-testid="series-chart"][data-key="reconsideration.received"]')!;
    expect([...series.querySelectorAll('[data-testid="series-legend"] li')].map((li) => li.textContent)).toEqual(['九江市', '厦门市']);
    expect(series.querySelector('svg')!.getAttribute('role')).toBe('img');
    expect(series.querySelector('svg')!.getAttribute('aria-label')).toBe(
      '行政复议收到申请（件）折线图，2021–2022年。九江市：2021年 未披露，2022年 未披露 厦门市：2021年 1,719件，2022年 无报告',
    );
    expect([...series.querySelectorAll('[data-jurisdiction="九江市"] text.gap')].map((el) => el.textContent)).toEqual(['未披露', '未披露']);
    expect(series.querySelectorAll('[data-jurisdiction="九江市"] circle')).toHaveLength(0);
    const table = m.$('[data-testid="series-chart"][data-key="reconsideration.accepted"] [data-testid="series-table"]')!;
    expect([...table.querySelectorAll('tbody tr')].map((tr) => tr.textContent)).toEqual(['2021500件1,541件', '2022534件无报告']);
  });

  it('downloads the comparison as CSV with a BOM', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:report-lens/test';
    });
    const { send } = backgroundFor(db);
    mounted = await mountPopup({ tabId: null, send, initialSelection: [1, 2] });
    const m = mounted;
    await settle(() => expect(m.$('[data-testid="export-csv"]')).not.toBeNull());
    await click(m.$('[data-testid="export-csv"]'));
    const csv = await blobs[0]!.text();
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n矛盾纠纷化解,行政复议受理,件,534,1541\r\n');
  });

  it('shows only the first 50 of many reports, and more on request', async () => {
    for (let i = 0; i < 60; i++) {
      await saveReport(db, { ...xiamen2021(), url: `https://www.example.gov.cn/r${i}.html`, textHash: `h${i}`, meta: { ...xiamen2021().meta, year: 2000 + (i % 20) } }, 10 + i);
    }
    const { send } = backgroundFor(db);
    mounted = await mountPopup({ tabId: null, send });
    const m = mounted;
    await settle(() => expect(m.$$('[data-testid="saved-report"]')).toHaveLength(50));
    expect(m.$('[data-testid="saved-count"]')!.textContent).toBe('63');
    await click(m.$('[data-testid="show-more"]'));
    expect(m.$$('[data-testid="saved-report"]')).toHaveLength(63);
    expect(m.$('[data-testid="show-more"]')).toBeNull();
  });
});

describe('opening with the list the last opening left', () => {
  it('shows the cached rows at once, then the background’s list, and hands each list on to be cached', async () => {
    await saveReport(db, jiujiang2022(), 2);
    const { send } = backgroundFor(db);
    let answer: (value: unknown) => void = () => undefined;
    const slowSend = (message: Parameters<typeof send>[0]) =>
      message.type === 'popup/listReports' ? new Promise((resolve) => (answer = resolve)).then(() => send(message)) : send(message);
    const stale = { reports: [{ ...(await listed(send)).reports[0]!, jurisdiction: '旧名市' }], tags: [] };
    const kept: unknown[] = [];
    mounted = await mountPopup({ tabId: null, send: slowSend, cachedList: stale, onList: (list) => kept.push(list) });
    const m = mounted;
    expect(m.texts('[data-testid="saved-report"]')).toEqual([expect.stringContaining('旧名市')]);
    expect(m.$('[data-testid="saved-reports"]')!.dataset.loaded).toBe('false');
    answer(null);
    await settle(() => expect(m.$('[data-testid="saved-reports"]')!.dataset.loaded).toBe('true'));
    expect(m.texts('[data-testid="saved-report"]')).toEqual([expect.stringContaining('九江市')]);
    expect(kept).toMatchObject([{ reports: [{ jurisdiction: '九江市' }] }]);
  });
});

async function listed(send: ReturnType<typeof backgroundFor>['send']) {
  const reply = (await send({ type: 'popup/listReports' })) as { ok: true; data: { reports: ReportSummary[] } };
  return reply.data;
}

describe('import', () => {
  it('is done in the full view: the toolbar popup offers to open it (a file chooser would close the popup)', async () => {
    const opened: number[][] = [];
    mounted = await mountPopup({ tabId: null, send: backgroundFor(db).send, onOpenFullView: (ids) => opened.push(ids) });
    expect(mounted.$('[data-testid="import-file"]')).toBeNull();
    await click(mounted.$('[data-testid="import-in-full-view"]'));
    expect(opened).toEqual([[]]);
  });

  async function importText(m: Mounted, text: string): Promise<void> {
    const field = m.$('[data-testid="import-file"]') as HTMLInputElement;
    Object.defineProperty(field, 'files', { value: [new File([text], 'collection.json', { type: 'application/json' })], configurable: true });
    await input(field, '', 'change');
  }

  it('refuses a bad file with a clear message, changing nothing; imports a good one', async () => {
    await saveReport(db, xiamen2021(), 1);
    const good = JSON.stringify(await exportCollection(db, 0));
    const other = new ReportLensDb(`report-lens-popup-import-${count}`);
    try {
      await saveReport(other, jiujiang2022(), 1);
      const { send } = backgroundFor(other);
      mounted = await mountPopup({ tabId: null, send, layout: 'full' });
      const m = mounted;
      await settle(() => expect(m.$$('[data-testid="saved-report"]')).toHaveLength(1));

      await importText(m, good.replace('"schemaVersion":3', '"schemaVersion":9'));
      await settle(() => expect(m.$('[data-testid="error"]')).not.toBeNull());
      expect(m.$('[data-testid="error"]')!.textContent).toContain('导入失败：文件格式版本 9 不受支持（本版本读取第 1、2 版）。收藏未作任何改动。');
      expect(await other.reports.count()).toBe(1);

      await importText(m, good);
      await settle(() => expect(m.$$('[data-testid="saved-report"]')).toHaveLength(2));
      expect(m.$('[data-testid="data-notice"]')!.textContent).toBe('导入完成：新增 1 份报告，合并 0 份，新增 0 条摘录、0 个标签。');
      expect(m.$('[data-testid="error"]')).toBeNull();
    } finally {
      await other.delete();
    }
  });
});

// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isolateText } from '../../../components/page-text';
import { ReportLensDb } from '../../../lib/db/report-lens-db';
import { saveReport } from '../../../lib/db/reports';
import { tagReport } from '../../../lib/db/tags';
import { jiujiang2022, xiamen2021 } from '../messages/page-report-fixtures';
import { backgroundFor, click, mountPopup, useChineseUi, type Mounted } from './popup-harness';

/** Markup that would run if it ever became an element, and RIGHT-TO-LEFT OVERRIDE. */
const MARKUP = '<img src=x onerror="window.__pwned=1">';
const RLO = '\u202e';

let db: ReportLensDb;
let mounted: Mounted | null = null;
let count = 0;

beforeEach(() => {
  useChineseUi();
  db = new ReportLensDb(`report-lens-page-text-${++count}`);
});
afterEach(async () => {
  mounted?.unmount();
  mounted = null;
  vi.restoreAllMocks();
  await db.delete();
});

const settle = (check: () => void) => vi.waitFor(check, { timeout: 3000, interval: 20 });

describe('text from pages and imported files', () => {
  it('is shown as text, each piece in its own isolate, in the list, the facets and the labels', async () => {
    // 厦门's report as a hostile copy would have it read: markup and an override in the title
    // and the jurisdiction, a tag with an override from an imported file.
    const hostile = xiamen2021();
    hostile.meta = { ...hostile.meta, title: `${MARKUP}${RLO}厦门市关于2021年法治政府建设情况的报告`, jurisdiction: `${RLO}厦门市` };
    const { id } = await saveReport(db, hostile, 1);
    await tagReport(db, id, `${RLO}重点`, true, 2);
    await saveReport(db, jiujiang2022(), 3);
    mounted = await mountPopup({ tabId: null, send: backgroundFor(db).send });
    const m = mounted;
    await settle(() => expect(m.$$('[data-testid="saved-report"]')).toHaveLength(2));

    expect(m.root.querySelector('img[src="x"]')).toBeNull();
    const row = m.$$('[data-testid="saved-report"]').find((li) => li.textContent!.includes('厦门市'))!;
    // Every text node holding the override sits alone in a <bdi>.
    const holders = [...row.querySelectorAll('*')].filter((el) => [...el.childNodes].some((node) => node.nodeType === 3 && node.textContent!.includes(RLO)));
    expect(holders.map((el) => [el.tagName, el.textContent])).toEqual([
      ['BDI', `${RLO}厦门市`],
      ['BDI', `${MARKUP}${RLO}厦门市关于2021年法治政府建设情况的报告`],
      ['BDI', `${RLO}重点`],
    ]);
    // Strings that cannot hold elements get the isolate characters instead.
    expect(row.querySelector('[data-testid="compare-pick"]')!.getAttribute('aria-label')).toBe(`选择 \u2068${RLO}厦门市\u2069 进行对比`);
    expect(m.texts('[data-testid="facet-tag"] option')).toEqual(['全部', `\u2068${RLO}重点\u2069(1)`]);
    // Plain names stay plain: no isolate characters in what a reader may copy.
    expect(m.$$('[data-testid="compare-pick"]').map((box) => box.getAttribute('aria-label'))).toContain('选择 九江市 进行对比');
  });

  it('isolateText wraps only what could reorder the text after it', () => {
    expect(isolateText('厦门市')).toBe('厦门市');
    expect(isolateText('Xiamen 2021')).toBe('Xiamen 2021');
    expect(isolateText(`${RLO}abc`)).toBe(`\u2068${RLO}abc\u2069`);
    expect(isolateText('تقرير')).toBe('\u2068تقرير\u2069');
    expect(isolateText('\u2067x')).toBe('\u2068\u2067x\u2069');
  });
});

describe('keyboard focus', () => {
  beforeEach(async () => {
    await saveReport(db, xiamen2021(), 1);
  });

  it('returns to 添加标签 when the tag editor closes with Escape or Enter', async () => {
    mounted = await mountPopup({ tabId: null, send: backgroundFor(db).send });
    const m = mounted;
    await settle(() => expect(m.$('[data-testid="tag-add"]')).not.toBeNull());
    for (const key of ['Escape', 'Enter']) {
      await click(m.$('[data-testid="tag-add"]'));
      const field = m.$('[data-testid="tag-input"]') as HTMLInputElement;
      expect(document.activeElement).toBe(field);
      expect(field.getAttribute('aria-label')).toBe('标签名，回车确认');
      await act(async () => {
        field.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      });
      await settle(() => expect(document.activeElement).toBe(m.$('[data-testid="tag-add"]')));
      expect(m.$('[data-testid="tag-input"]')).toBeNull();
    }
  });

  it('moves to 撤销 after a deletion, not to the top of the page', async () => {
    mounted = await mountPopup({ tabId: null, send: backgroundFor(db).send });
    const m = mounted;
    await settle(() => expect(m.$('[data-testid="delete"]')).not.toBeNull());
    expect(m.$('[data-testid="delete"]')!.getAttribute('aria-label')).toBe('删除 厦门市');
    await click(m.$('[data-testid="delete"]'));
    await settle(() => expect(document.activeElement).toBe(m.$('[data-testid="undo"]')));
  });
});

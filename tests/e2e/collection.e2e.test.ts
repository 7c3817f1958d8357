/**
 * The collection end to end in Chromium: three seed reports saved from the popup, the same
 * report reached through its big5 gateway copy merged rather than duplicated, the comparison in
 * the full view with the figures side by side (行政复议 受理: 晋江市 55, 九江市 534, 厦门市 1541),
 * the CSV download read back from disk, search and facets, delete with undo, and a bad import
 * refused with a message. Screenshots of the popup and of the comparison go to test-results/e2e.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findFixture,
  loadFixtures,
  openFullView,
  saveReportPage,
  SHOTS,
  startFixtureBrowser,
  type ExtensionBrowser,
  type Fixture,
  type FixtureServer,
} from './harness';

let fixtures: Fixture[];
let server: FixtureServer;
let browser: ExtensionBrowser;

const reportFixture = (file: string): Fixture => findFixture(fixtures, file, 'report');

const squash = (text: string) => text.replace(/\s+/g, '');

const saveReport = (file: string) => saveReportPage(browser, server, reportFixture(file));
const openView = (query = '') => openFullView(browser, query);

/** Column label → cell text of one comparison row. */
async function rowByColumn(page: Page, key: string): Promise<Record<string, string>> {
  const columns = (await page.locator('[data-testid="comparison-column"]').allInnerTexts()).map(squash);
  const cells = (await page.locator(`[data-testid="comparison-row"][data-key="${key}"] [data-testid="cell"]`).allInnerTexts()).map(squash);
  return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
}

beforeAll(async () => {
  fixtures = loadFixtures();
  ({ server, browser } = await startFixtureBrowser(fixtures));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('saving three seed reports', () => {
  it('lists each once: the big5 gateway copy of 厦门 and 厦门 itself are one record', async () => {
    // The traditional-character gateway copy first, then the page itself: one record, the later reading.
    for (const file of ['005-xiamen-2021-big5', '000-jinjiang', '001-jiujiang']) await (await saveReport(file)).close();
    const popup = await saveReport('003-xiamen');
    await popup.locator('[data-testid="saved-report"]').nth(2).waitFor();
    const rows = (await popup.locator('[data-testid="saved-report"]').allInnerTexts()).map(squash);
    expect(rows).toHaveLength(3);
    expect(rows.filter((row) => row.includes('厦门市') || row.includes('廈門市'))).toEqual([expect.stringContaining('厦门市关于2021年法治政府建设情况的报告')]);
    // The current page's findings: on time (published 2022-03-10 for 2021), no required part missing.
    expect(await popup.locator('[data-testid="on-time"]').getAttribute('data-value')).toBe('true');
    expect(await popup.locator('[data-testid="page-figures"]').innerText()).toMatch(/规范性文件合法性审查.*140件/);

    // Pick all three: the comparison appears in the popup, and opens in a full tab on request.
    for (let i = 0; i < 3; i++) await popup.locator('[data-testid="compare-pick"]').nth(i).check();
    await popup.locator('[data-testid="comparison-table"]').waitFor();
    await popup.screenshot({ path: join(SHOTS, 'collection-popup.png'), fullPage: true });
    const [fullView] = await Promise.all([
      browser.context.waitForEvent('page'),
      popup.locator('[data-testid="open-full-view"]').click(),
    ]);
    await fullView.waitForLoadState();
    expect(new URL(fullView.url()).pathname).toBe('/collection.html');
    expect(new URL(fullView.url()).searchParams.get('ids')?.split(',')).toHaveLength(3);
    await fullView.close();
    await popup.close();
  });
});

describe('the comparison in the full view', () => {
  it('puts 行政复议 受理 side by side: 晋江市 55, 九江市 534, 厦门市 1541, each linking to its sentence', async () => {
    const view = await openView();
    await view.locator('[data-testid="comparison-table"]').waitFor();
    const accepted = await rowByColumn(view, 'reconsideration.accepted');
    expect(accepted).toEqual({ 晋江市2019: '55件', 九江市2022: '534件', 厦门市2021: '1,541件' });

    const links = await view
      .locator('[data-testid="comparison-row"][data-key="reconsideration.accepted"] td.value a')
      .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toHaveLength(3);
    for (const link of links) expect(link).toContain('#:~:text=');
    // A figure a report does not give reads 未披露 (or its English), never 0 or blank (beside it: find in other reports).
    const undisclosed = view.locator('td[data-kind="undisclosed"] > a');
    expect(await undisclosed.count()).toBeGreaterThan(0);
    expect((await undisclosed.allInnerTexts()).every((text) => text === '未披露' || text === 'Not disclosed')).toBe(true);
    expect(await view.locator('[data-testid="comparison-row"][data-key="reconsideration.accepted"] [data-testid="row-chart"] rect[data-kind="value"]').count()).toBe(3);

    await view.setViewportSize({ width: 1400, height: 900 });
    await view.locator('[data-testid="comparison"]').screenshot({ path: join(SHOTS, 'comparison-full-view.png') });
    await view.screenshot({ path: join(SHOTS, 'collection-full-view.png'), fullPage: true });
    await view.close();
  });

  it('downloads a CSV with a BOM that has those figures', async () => {
    const view = await openView();
    await view.locator('[data-testid="comparison-table"]').waitFor();
    const [download] = await Promise.all([view.waitForEvent('download'), view.locator('[data-testid="export-csv"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^report-lens-comparison-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF领域,指标,单位,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    const header = lines[0]!.split(',');
    const accepted = lines.find((line) => line.includes('行政复议受理'))!.split(',');
    const valueOf = (label: string) => accepted[header.indexOf(label)];
    expect([valueOf('晋江市 2019'), valueOf('九江市 2022'), valueOf('厦门市 2021')]).toEqual(['55', '534', '1541']);
    await view.close();
  });
});

describe('the collection', () => {
  it('searches instantly, by figure text too, and facets by level and year', async () => {
    const view = await openView();
    await view.locator('[data-testid="search"]').fill('厦门');
    expect((await view.locator('[data-testid="saved-report"]').allInnerTexts()).map(squash)).toEqual([expect.stringContaining('厦门市')]);
    // Text only in 九江's figure sentences (seed 001): found through the background's search.
    await view.locator('[data-testid="search"]').fill('办结514件');
    await expect.poll(async () => (await view.locator('[data-testid="saved-report"]').allInnerTexts()).map(squash)).toEqual([
      expect.stringContaining('九江市'),
    ]);
    await view.locator('[data-testid="search"]').fill('');
    await view.locator('[data-testid="facet-year"]').selectOption('2019');
    expect((await view.locator('[data-testid="saved-report"]').allInnerTexts()).map(squash)).toEqual([expect.stringContaining('晋江市')]);
    await view.close();
  });

  it('deletes with undo', async () => {
    const view = await openView();
    const jiujiang = view.locator('[data-testid="saved-report"]', { hasText: '九江市' });
    await jiujiang.locator('[data-testid="delete"]').click();
    await view.locator('[data-testid="undo-bar"]').waitFor();
    expect(await view.locator('[data-testid="saved-report"]').count()).toBe(2);
    await view.locator('[data-testid="undo"]').click();
    await expect.poll(() => view.locator('[data-testid="saved-report"]').count()).toBe(3);
    await view.close();
  });

  it('refuses a bad import with a message, changing nothing', async () => {
    const view = await openView();
    const polluted = JSON.stringify({ format: 'report-lens', schemaVersion: 1, exportedAt: '', reports: [], clips: [], tags: [], __proto__x: 1 })
      .replace('"__proto__x"', '"__proto__"');
    await view.locator('[data-testid="import-file"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(polluted) });
    const error = view.locator('[data-testid="error"]');
    await error.waitFor();
    expect(await error.innerText()).toMatch(/__proto__/);
    expect(await view.locator('[data-testid="saved-report"]').count()).toBe(3);
    await view.close();
  });
});

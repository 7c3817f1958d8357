/**
 * Collecting a city's series in Chromium: a 栏目 page on a local server poses as 九江市's
 * 法治政府建设年度报告 column, listing ten years of reports (built from seed 001 in its TRS
 * template: tests/fixtures/series), one link that answers 404 and one 政府信息公开工作年度报告
 * (a look-alike). One report answers slowly, one first answers 429 with Retry-After. The reader
 * ticks the list in the page's own panel and collects; the browser is closed mid-queue and
 * started again on the same profile; the queue resumes by itself, every report is collected
 * once, the 404 is listed with its reason, and the full view's series chart shows the years.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { seriesListPage, seriesReportPage } from '../fixtures/series/series-pages';
import { serveSite, type SiteServer } from './site-server';
import { assertBuilt, FIXTURES_DIR, launchBrowser, openTab, pageUi, SHOTS, waitForExtraction, type ExtensionBrowser } from './harness';

declare const chrome: WxtBrowser;

const YEARS = [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021];
const SLOW_YEAR = 2016;
const RATE_LIMITED_YEAR = 2019;
const SLOW_MS = 4000;
const LIST_PATH = '/zwgk/fzzfjs/';
const GONE_PATH = '/zwgk/fzzfjs/201203/t20120328_2011.html';
const LOOK_ALIKE_PATH = '/zwgk/ndbg/202301/t20230120_3.html';

let site: SiteServer;
let port = 0;
let profile: string;
let browser: ExtensionBrowser | null = null;
const pages = new Map<string, string>();
/** Path → statuses answered, in order. */
let served: Map<string, number[]>;
const reportPaths = YEARS.map((year) => new URL(seriesReportPage('九江市', year).url).pathname);

const local = (path: string) => `http://www.jiujiang.gov.cn:${port}${path}`;

beforeAll(async () => {
  assertBuilt();
  for (const year of YEARS) {
    const page = seriesReportPage('九江市', year);
    pages.set(new URL(page.url).pathname, page.html);
  }
  pages.set(LOOK_ALIKE_PATH, readFileSync(join(FIXTURES_DIR, 'negative', 'hard-disclosure-report.html'), 'utf8'));
  site = await serveSite((path, tries) => {
    if (path === LIST_PATH) return { status: 200, body: listPage() };
    const html = pages.get(path);
    if (!html) return { status: 404, body: '<html><body>404</body></html>' };
    if (path === reportPaths[YEARS.indexOf(RATE_LIMITED_YEAR)] && tries === 0) return { status: 429, body: 'slow down', headers: { 'retry-after': '2' } };
    return { status: 200, body: html, delayMs: path === reportPaths[YEARS.indexOf(SLOW_YEAR)] ? SLOW_MS : 0 };
  });
  port = site.port;
  served = site.served;
  profile = mkdtempSync(join(tmpdir(), 'report-lens-collect-profile-'));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** The column page: newest first, as gov sites list them, with the 404 and the look-alike among them. */
function listPage(): string {
  const entries = YEARS.map((year) => {
    const page = seriesReportPage('九江市', year);
    return { title: page.title, url: local(new URL(page.url).pathname), date: `${year + 1}-03-28` };
  }).reverse();
  entries.splice(3, 0, { title: '九江市2022年政府信息公开工作年度报告', url: local(LOOK_ALIKE_PATH), date: '2023-01-20' });
  entries.push({ title: '九江市2011年度法治政府建设情况报告', url: local(GONE_PATH), date: '2012-03-28' });
  return seriesListPage('法治政府建设年度报告', entries);
}

/** The extension's database as the background sees it: reports and queue rows. */
async function database(of: ExtensionBrowser) {
  return of.background.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('report-lens');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = <T,>(table: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(table).objectStore(table).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const reports = await all<{ canonicalUrl: string; year: number; textHash: string; jurisdiction: string }>('reports');
    const queue = await all<{ canonicalUrl: string; state: string; reason: string | null }>('collectQueue');
    db.close();
    return { reports, queue };
  });
}

async function progressOf(popup: import('playwright-core').Page) {
  const section = popup.locator('[data-testid="collect-progress"]');
  await section.waitFor();
  return { done: Number(await section.getAttribute('data-done')), remaining: Number(await section.getAttribute('data-remaining')) };
}

describe('collecting a list page', () => {
  it('offers the reports of the list in the page, not the look-alike, and queues the ticked ones', async () => {
    browser = await launchBrowser({ hosts: ['www.jiujiang.gov.cn'], profile });
    const { page, tabId } = await openTab(browser, local(LIST_PATH));
    await waitForExtraction(browser, tabId);
    const ui = await pageUi(page);
    await ui.waitFor('[data-testid="open-collect"]');
    expect(await ui.text('[data-testid="open-collect"]')).toBe('11 份年度报告');
    await ui.click('[data-testid="open-collect"]');
    await ui.waitFor('[data-testid="collect-list"][data-state="ready"]');
    const offered = await ui.evaluate((root) => [...root.querySelectorAll<HTMLElement>('[data-testid="collect-link"]')].map((row) => row.dataset.url!));
    expect(offered).toHaveLength(11);
    expect(offered).not.toContain(local(LOOK_ALIKE_PATH));
    const years = await ui.texts('[data-testid="collect-link"] .collect-year');
    expect(years).toEqual([...YEARS].reverse().map(String).concat('2011'));
    expect(await ui.text('[data-testid="collect-selected"]')).toBe('采集所选（11）');
    await page.screenshot({ path: join(SHOTS, 'collect-list-page.png') });
    await ui.click('[data-testid="collect-selected"]');
    await ui.waitFor('[data-testid="collect-notice"]');
    expect(await ui.text('[data-testid="collect-notice"]')).toBe('已加入采集队列 11 份；0 份已在队列中或已采集。');
    await ui.close();
  });

  it('resumes after the browser is closed mid-queue and reopened, collecting every report once', async () => {
    const popup = await browser!.context.newPage();
    await popup.setViewportSize({ width: 480, height: 900 });
    await popup.goto(`chrome-extension://${browser!.extensionId}/popup.html?tab=0`);
    // Close the browser once a few pages are in, the rest waiting.
    for (let progress = await progressOf(popup); progress.done < 3; progress = await progressOf(popup)) await popup.waitForTimeout(200);
    const before = await database(browser!);
    expect(before.queue.filter((row) => row.state === 'pending' || row.state === 'fetching').length).toBeGreaterThan(0);
    await browser!.close();

    browser = await launchBrowser({ hosts: ['www.jiujiang.gov.cn'], profile });
    const full = await browser.context.newPage();
    await full.goto(`chrome-extension://${browser.extensionId}/collection.html`);
    for (let progress = await progressOf(full); progress.remaining > 0; progress = await progressOf(full)) await full.waitForTimeout(300);
    expect(await full.locator('[data-testid="collect-counts"]').innerText()).toBe('已采集 10 · 失败 1 · 剩余 0 · 共 11');
    const failures = full.locator('[data-testid="collect-failure"]');
    expect(await failures.count()).toBe(1);
    expect(await failures.getAttribute('data-reason')).toBe('not-found');
    expect(await failures.locator('.hint').innerText()).toBe('页面不存在（HTTP 404）');

    const after = await database(browser);
    expect(after.reports.map((report) => report.year).sort()).toEqual(YEARS);
    expect(new Set(after.reports.map((report) => report.textHash)).size).toBe(10);
    expect(new Set(after.queue.map((row) => row.canonicalUrl)).size).toBe(11);
    expect(after.queue).toHaveLength(11);
    // The 429 was waited out, then answered; nothing was fetched after it was collected.
    expect(served.get(reportPaths[YEARS.indexOf(RATE_LIMITED_YEAR)]!)?.slice(0, 2)).toEqual([429, 200]);
    for (const path of reportPaths) expect(served.get(path)!.filter((status) => status === 200).length, path).toBeLessThanOrEqual(2);
    expect(served.has(LOOK_ALIKE_PATH)).toBe(false);
  });

  it('shows the city’s years in the full view’s series chart', async () => {
    const full = await browser!.context.newPage();
    await full.setViewportSize({ width: 1280, height: 1400 });
    await full.goto(`chrome-extension://${browser!.extensionId}/collection.html`);
    await full.locator('[data-testid="series-chart"]').first().waitFor();
    const years = await full.locator('[data-testid="series-chart"]').first().locator('text.year').evaluateAll((labels) => labels.map((label) => label.textContent));
    expect(years).toEqual(YEARS.map(String));
    expect(await full.locator('[data-testid="series-chart"]').first().locator('[data-testid="series-line"]').getAttribute('data-jurisdiction')).toBe('九江市');
    await full.locator('[data-testid="series"]').screenshot({ path: join(SHOTS, 'collect-series.png') });
  });
});

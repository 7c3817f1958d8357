/**
 * Collecting a list page in Chromium (the built extension): 50 reports on one local host (ten
 * years of five cities, built from seed 001: tests/fixtures/series), queued from the list page's
 * own checklist at the polite defaults (2 requests in flight per host, 1 s between starts).
 * Printed: the wall time until the queue is empty, and the longest task on the page the reader
 * is on (the list page, its checklist open and refreshing) while it ran: the collector parses and
 * extracts in the offscreen document, so that page should see no task of its own over 50 ms.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { WxtBrowser } from 'wxt/browser';
import { seriesListPage, seriesReportPage } from '../fixtures/series/series-pages';
import { CHROMIUM, DIST, launchBrowser, openTab, pageUi, waitForExtraction } from '../e2e/harness';
import { serveSite } from '../e2e/site-server';

declare const chrome: WxtBrowser;

const CITIES = ['九江市', '赣州市', '上饶市', '吉安市', '宜春市'];
const YEARS = [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021];
const HOST = 'www.jiujiang.gov.cn';
const LIST_PATH = '/zwgk/fzzfjs/';

export async function benchCollect(): Promise<string[]> {
  if (!existsSync(join(DIST, 'manifest.json')) || !existsSync(CHROMIUM)) {
    return [`collecting a list page (Chromium): skipped, needs \`npx wxt build\` and Chromium at ${CHROMIUM}`];
  }
  const reports = CITIES.flatMap((city, c) => YEARS.map((year) => seriesReportPage(city, year, HOST, c * 10_000 + year, 1 + c * 0.15)));
  const pages = new Map(reports.map((page) => [new URL(page.url).pathname, page.html]));
  let port = 0;
  const site = await serveSite((path) => {
    if (path === LIST_PATH) {
      const entries = reports.map((page) => ({ title: page.title, url: `http://${HOST}:${port}${new URL(page.url).pathname}`, date: `${page.year + 1}-03-28` }));
      return { status: 200, body: seriesListPage('法治政府建设年度报告', entries) };
    }
    const html = pages.get(path);
    return html ? { status: 200, body: html } : { status: 404, body: '' };
  });
  port = site.port;
  const browser = await launchBrowser({ hosts: [HOST] });
  try {
    const { page, tabId } = await openTab(browser, `http://${HOST}:${port}${LIST_PATH}`);
    await waitForExtraction(browser, tabId);
    await page.evaluate(() => {
      const longest = { ms: 0 };
      (window as unknown as { longestTask: typeof longest }).longestTask = longest;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longest.ms = Math.max(longest.ms, entry.duration);
      }).observe({ type: 'longtask' });
    });
    const ui = await pageUi(page);
    await ui.click('[data-testid="open-collect"]');
    await ui.waitFor('[data-testid="collect-list"][data-state="ready"]');
    const started = Date.now();
    await ui.click('[data-testid="collect-selected"]');
    const status = await browser.context.newPage();
    await status.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    let progress = { done: 0, failed: 0, remaining: 1 };
    while (progress.remaining > 0) {
      await status.waitForTimeout(250);
      progress = await status.evaluate(async () => {
        const reply = (await chrome.runtime.sendMessage({ type: 'popup/collectStatus' })) as { data: { progress: { done: number; failed: number; remaining: number } } };
        return reply.data.progress;
      });
    }
    const seconds = (Date.now() - started) / 1000;
    const longestMs = await page.evaluate(() => (window as unknown as { longestTask: { ms: number } }).longestTask.ms);
    await ui.close();
    return [
      `collecting a list page (Chromium ${browser.context.browser()?.version()}, built extension), ${reports.length} reports on one host, polite defaults:`,
      `  collected ${progress.done}, failed ${progress.failed} in ${seconds.toFixed(1)} s (goal ≤ 60 s: ${seconds <= 60 ? 'met' : 'missed'})`,
      `  longest task on the reader's page meanwhile: ${longestMs.toFixed(0)} ms (goal ≤ 50 ms: ${longestMs <= 50 ? 'met' : 'missed'}; 0 = no task over 50 ms)`,
    ];
  } finally {
    await browser.close();
    await site.close();
  }
}

/**
 * The extension end to end in Chromium: fixture pages served under their real gov.cn hosts,
 * the built extension loaded, the popup driven as a page. What a reader would see is asserted
 * on the live page: CSS highlights over the heading and figure text, the popup's status, the
 * saved collection after a reload, the comparison; and on a negative page, nothing at all.
 */
import { join } from 'node:path';
import type { WxtBrowser } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickToolbarButton,
  evaluateInToolbarPopup,
  figureTexts,
  findFixture,
  loadFixtures,
  openPopup,
  openTab,
  popupState,
  readHighlights,
  saveFromPopup,
  scrollToHighlight,
  SHOTS,
  startFixtureBrowser,
  waitForExtraction,
  type ExtensionBrowser,
  type Fixture,
  type FixtureServer,
} from './harness';

/** The extension API inside popup-page evaluations (run in Chromium). */
declare const chrome: WxtBrowser;

let fixtures: Fixture[];
let server: FixtureServer;
let browser: ExtensionBrowser;

/** The fixture built from a seed (by the seed file's number) or a negative page, by kind and name. */
const fixture = (kind: string, nameContains: string): Fixture => findFixture(fixtures, nameContains, kind);
const open = (f: Fixture) => openTab(browser, server.localUrl(f));

/** Whitespace differs between the seed text and how a template lays it out. */
const squash = (text: string) => text.replace(/\s+/g, '');
const squashAll = (texts: string[] = []) => texts.map(squash);

/** Saved rows in a freshly loaded popup: the list survives the popup being closed and reopened. */
async function savedRows(): Promise<string[]> {
  const popup = await openPopup(browser, 'compare');
  const rows = await popup.locator('[data-testid="saved-report"]').allInnerTexts();
  await popup.close();
  return rows.map(squash);
}

beforeAll(async () => {
  fixtures = loadFixtures();
  ({ server, browser } = await startFixtureBrowser(fixtures));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a report page', () => {
  it('gets highlights over its headings and figures (厦门 2021), without a node added to the page', async () => {
    const { page, tabId } = await open(fixture('report', '003'));
    await waitForExtraction(browser, tabId);
    const highlights = await readHighlights(page);

    expect(squashAll(highlights['report-lens-heading-1'])).toContain('一、坚持以习近平法治思想为指引,加强党对法治政府建设的领导');
    expect(squashAll(figureTexts(highlights))).toEqual(expect.arrayContaining(['1719件', '1541件']));

    const page_ = await page.evaluate(async () => {
      // The page as served, parsed without running anything: the live DOM must have the same elements.
      const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      return {
        live: document.body.getElementsByTagName('*').length,
        served: served.body.getElementsByTagName('*').length,
        styleRules: document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)),
      };
    });
    expect(page_.live).toBe(page_.served);
    expect(page_.styleRules.join('\n')).toContain('::highlight(report-lens-figure-disputes)');

    await scrollToHighlight(page, 'report-lens-figure-disputes');
    await page.screenshot({ path: join(SHOTS, 'report-xiamen-2021.png') });
    await page.close();
  });

  it('gets its run-in and own-line headings by level (晋江 2019)', async () => {
    const { page, tabId } = await open(fixture('report', '000'));
    await waitForExtraction(browser, tabId);
    const highlights = await readHighlights(page);
    expect(squashAll(highlights['report-lens-heading-1'])).toContain('一、推进依法行政建设法治政府工作情况');
    expect(squashAll(highlights['report-lens-heading-2']).some((h) => h.includes('借智借力,推进科学民主决策'))).toBe(true);
    expect(squashAll(figureTexts(highlights))).toContain('55件');
    await page.close();
  });

  it('is saved from the popup, once, and listed after the popup is reopened', async () => {
    const { page, tabId } = await open(fixture('report', '003'));
    await waitForExtraction(browser, tabId);
    const popup = await openPopup(browser, { tabId });
    expect(await popupState(popup)).toBe('report');
    expect(await popup.locator('[data-testid="jurisdiction"]').innerText()).toContain('厦门市');
    expect(await popup.locator('[data-testid="year"]').innerText()).toBe('2021');
    expect(Number(await popup.locator('[data-testid="figures-count"]').innerText())).toBeGreaterThan(10);

    await saveFromPopup(popup);
    await popup.screenshot({ path: join(SHOTS, 'popup-xiamen-2021.png'), fullPage: true });
    // Saving the same page again updates the record rather than adding one.
    await saveFromPopup(popup);
    await popup.close();
    await page.close();

    const rows = await savedRows();
    expect(rows.filter((row) => row.includes('厦门市') && row.includes('2021'))).toHaveLength(1);
  });
});

describe('the toolbar popup', () => {
  it('speaks for the active tab when the toolbar button is clicked', async () => {
    const { page, tabId } = await open(fixture('report', '003'));
    await waitForExtraction(browser, tabId);
    await clickToolbarButton(browser, page);
    const shown = await evaluateInToolbarPopup<string>(
      browser,
      `(() => { const s = document.querySelector('[data-testid="current-page"]:not([data-state="loading"])');
        return s && JSON.stringify({ state: s.dataset.state, jurisdiction: document.querySelector('[data-testid="jurisdiction"]')?.textContent }); })()`,
    );
    expect(JSON.parse(shown)).toMatchObject({ state: 'report', jurisdiction: expect.stringContaining('厦门市') });
    await page.close();
  });
});

describe('a negative page', () => {
  it.each([
    ['a State Council policy page on www.gov.cn', 'negative/006.html'],
    ['a 政府信息公开工作年度报告 full of 行政复议 counts', 'negative/hard-disclosure-report.html'],
  ])('gets no highlights and cannot be saved: %s', async (_name, file) => {
    const before = await savedRows();
    const { page, tabId } = await open(fixture('negative', file));
    await waitForExtraction(browser, tabId);
    expect(await readHighlights(page)).toEqual({});

    const popup = await openPopup(browser, { tabId });
    expect(await popupState(popup)).toBe('not-report');
    expect(await popup.locator('[data-testid="save"]').count()).toBe(0);
    await popup.close();
    await page.close();
    expect(await savedRows()).toEqual(before);
  });
});

describe('a page outside gov.cn', () => {
  it('is left alone until the reader clicks the toolbar button and 在此页运行', async () => {
    const outside = fixtures.find((f) => f.kind === 'report' && !new URL(f.url).hostname.endsWith('gov.cn'));
    if (!outside) throw new Error('no report fixture outside gov.cn');
    const { page, tabId } = await open(outside);
    expect(await readHighlights(page)).toEqual({});

    await clickToolbarButton(browser, page); // the click that grants activeTab
    const popup = await openPopup(browser, { tabId });
    expect(await popupState(popup)).toBe('not-run');
    await popup.locator('[data-testid="run-here"]').click();
    await expect.poll(() => popup.locator('[data-testid="current-page"]').getAttribute('data-state')).toBe('report');
    expect(Object.keys(await readHighlights(page))).toContain('report-lens-heading-1');
    await popup.close();
    await page.close();
  });
});

describe('the comparison', () => {
  it('puts saved reports side by side, 未披露 where a report is silent', async () => {
    const { page, tabId } = await open(fixture('report', '001'));
    await waitForExtraction(browser, tabId);
    const popup = await openPopup(browser, { tabId });
    await saveFromPopup(popup);
    await popup.close();
    await page.close();

    const compare = await openPopup(browser, 'compare');
    const columns = (await compare.locator('[data-testid="comparison-column"]').allInnerTexts()).map(squash);
    expect(columns).toEqual(expect.arrayContaining(['厦门市2021', '九江市2022']));
    const received = compare.locator('[data-testid="comparison-row"][data-key="reconsideration.received"]');
    expect(squash(await received.innerText())).toContain('1,719件');
    // 未披露 with Chromium's zh-CN locale pack installed (chromium-l10n), its English otherwise.
    const undisclosed = await compare.evaluate(() => chrome.i18n.getMessage('undisclosed'));
    // The cell's own text, not the find-in-other-reports button beside it.
    expect(await compare.locator('td.undisclosed > a').first().innerText()).toBe(undisclosed);
    await compare.screenshot({ path: join(SHOTS, 'comparison.png'), fullPage: true });
    await compare.close();
  });
});

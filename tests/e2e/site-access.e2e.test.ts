/**
 * The per-site grant end to end in Chromium, on the 美章网 copy of a district report (seed 004,
 * served at www.meizhang.com: outside gov.cn, so the content script does not run there by itself):
 * 始终在此网站运行 in the popup, then a reload of the page is annotated with no click at all; 撤销,
 * then a reload is left alone again.
 *
 * Headless Chromium cannot show the permission prompt, and no switch accepts it. Chromium skips
 * the prompt for a site the reader had already granted the extension once (see
 * PermissionsRequestFunction in Chromium's permissions_api.cc: "we don't prompt for
 * already-granted permissions"), so the test first records that earlier consent the way the
 * browser's own extensions page does (developerPrivate.addHostPermission on chrome://extensions),
 * checks that it alone grants nothing, and then drives the popup's real button: the grant that
 * makes the page run comes from permissions.request inside that click.
 */
import type { Page } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertBuilt,
  clickToolbarButton,
  launchBrowser,
  loadFixtures,
  openPopup,
  popupState,
  readHighlights,
  serveFixtures,
  tabIdOf,
  type ExtensionBrowser,
  type Fixture,
  type FixtureServer,
} from './harness';

/** The extension API inside service-worker evaluations (run in Chromium). */
declare const chrome: WxtBrowser;

const SITE = '*://www.meizhang.com/*';
/** Chromium lists the content script's declared sites among the granted origins. */
const DECLARED = '*://*.gov.cn/*';

let server: FixtureServer;
let browser: ExtensionBrowser;
let meizhang: Fixture;

beforeAll(async () => {
  assertBuilt();
  const found = loadFixtures().find((fixture) => fixture.kind === 'report' && new URL(fixture.url).hostname === 'www.meizhang.com');
  if (!found) throw new Error('no 美章网 report fixture in tests/fixtures/fixtures.json');
  meizhang = found;
  server = await serveFixtures([meizhang]);
  browser = await launchBrowser({ hosts: ['www.meizhang.com'] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What the browser holds: granted origins and the extension's registered content scripts. */
async function grants(): Promise<{ origins: string[]; scripts: Array<{ id: string; matches?: string[]; js?: string[]; persistAcrossSessions?: boolean }> }> {
  return browser.background.evaluate(async () => ({
    origins: (await chrome.permissions.getAll()).origins ?? [],
    scripts: await chrome.scripting.getRegisteredContentScripts(),
  }));
}

/** Whether a content script runs in the tab to answer the popup's question. */
async function contentScriptAnswers(tabId: number): Promise<boolean> {
  return browser.background.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'tab/getReport' }).then((reply: unknown) => reply != null, () => false),
    tabId,
  );
}

/**
 * Reloads the page and waits for the highlights of a content script that started by itself: no
 * message is sent to the tab, so nothing but a registered script can have run the annotator.
 */
async function reloadAndReadHighlights(page: Page, settleMs: number): Promise<string[]> {
  await page.reload();
  const deadline = Date.now() + settleMs;
  let names: string[] = [];
  while (Date.now() < deadline) {
    names = Object.keys(await readHighlights(page));
    if (names.length > 0) break;
    await new Promise((wait) => setTimeout(wait, 200));
  }
  return names;
}

describe('始终在此网站运行', () => {
  it('grants the site from the popup; reloads run by themselves until the reader revokes it', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.localUrl(meizhang));
    const tabId = await tabIdOf(browser, page);
    expect(await readHighlights(page)).toEqual({});

    // The reader's earlier consent, as chrome://extensions records it: on its own it grants nothing.
    const extensionsPage = await browser.context.newPage();
    await extensionsPage.goto('chrome://extensions/');
    await extensionsPage.evaluate(
      ([id, site]) => (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id, site),
      [browser.extensionId, SITE] as const,
    );
    await extensionsPage.close();
    expect(await grants()).toEqual({ origins: [DECLARED], scripts: [] });

    // The toolbar click (activeTab) shows the popup the tab's address; the popup offers the grant.
    await clickToolbarButton(browser, page);
    const popup = await openPopup(browser, { tabId });
    expect(await popupState(popup)).toBe('not-run');
    const allow = popup.locator('[data-testid="site-allow"]');
    expect(await allow.innerText()).toBe(await popup.evaluate(() => chrome.i18n.getMessage('siteAllow')));
    expect(await popup.locator('#site-allow-hint').innerText()).toContain('www.meizhang.com');

    // A real click: permissions.request runs inside the reader's gesture, as it must.
    await allow.click();
    await popup.locator('[data-testid="granted-site"]').waitFor();
    expect(await popup.locator('[data-testid="granted-site"]').getAttribute('data-pattern')).toBe(SITE);
    // And the page runs at once, without 在此页运行.
    await expect.poll(() => popup.locator('[data-testid="current-page"]').getAttribute('data-state'), { timeout: 15_000 }).toBe('report');
    expect(await grants()).toEqual({
      origins: expect.arrayContaining([DECLARED, SITE]),
      scripts: [expect.objectContaining({ id: `site:${SITE}`, matches: [SITE], js: ['content-scripts/content.js'], persistAcrossSessions: true })],
    });
    await popup.close();

    // A new visit: annotated by the registered content script, no click, no message.
    const annotated = await reloadAndReadHighlights(page, 15_000);
    expect(annotated).toContain('report-lens-heading-1');
    expect(annotated.some((name) => name.startsWith('report-lens-figure'))).toBe(true);
    expect(await contentScriptAnswers(tabId)).toBe(true);

    // 撤销 from the list in the collection view (no tab needed, no prompt).
    const collection = await openPopup(browser, 'compare');
    const revoke = collection.locator('[data-testid="granted-site"] [data-testid="site-revoke"]');
    expect(await revoke.getAttribute('aria-label')).toContain('www.meizhang.com');
    await revoke.click();
    await collection.locator('[data-testid="granted-sites"]').waitFor({ state: 'detached' });
    expect(await grants()).toEqual({ origins: [DECLARED], scripts: [] });
    await collection.close();

    // The next visit is left alone: no highlights, and no content script to answer at all.
    expect(await reloadAndReadHighlights(page, 3000)).toEqual([]);
    expect(await contentScriptAnswers(tabId)).toBe(false);
    await page.close();
  });
});

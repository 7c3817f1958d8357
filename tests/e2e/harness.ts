/**
 * Launching, serving and driving the built extension in real Chromium: shared by the e2e
 * suite and `npm run demo`, so both exercise exactly the same setup.
 *
 * - Chromium is Debian's /usr/bin/chromium through playwright-core (no downloaded browser),
 *   with the unpacked build from .output/chrome-mv3 loaded (both extension flags are needed).
 * - Fixture pages are served by a small HTTP server on 127.0.0.1; Chromium's host resolver
 *   maps each fixture's own host (www.xm.gov.cn, …) there, so the content script's
 *   `*://*.gov.cn/*` match and every URL-based signal see the real host name.
 * - `--enable-unsafe-extension-debugging` allows CDP's Extensions.triggerAction: the same as
 *   a click on the toolbar button, which is what grants activeTab (needed to run on non-gov
 *   pages). Headless Chromium has no toolbar to click.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';

/** The extension API inside service-worker evaluations (those functions run in Chromium, not here). */
declare const chrome: WxtBrowser;

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = join(ROOT, '.output', 'chrome-mv3');
export const FIXTURES_DIR = join(ROOT, 'tests', 'fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** One entry of tests/fixtures/fixtures.json (fields this harness reads; the manifest has more). */
export interface Fixture {
  /** Path relative to tests/fixtures. */
  file: string;
  kind: string;
  /** The address the page is served at (its real site's host and path). */
  url: string;
  seed?: string;
  /** Declared charset of the file when it is not UTF-8 (big5 gateways). */
  charset?: string;
}

export function loadFixtures(): Fixture[] {
  const manifest = join(FIXTURES_DIR, 'fixtures.json');
  if (!existsSync(manifest)) throw new Error(`no fixture manifest at ${manifest}: run \`npm run fixtures\``);
  return JSON.parse(readFileSync(manifest, 'utf8')) as Fixture[];
}

/** Runs `wxt build` (Chromium MV3) and returns its output, which lists the bundle sizes. */
export async function buildExtension(): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolvePromise(output) : reject(new Error(`wxt build failed (${code}):\n${output}`)),
    );
  });
}

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error(`no extension build at ${DIST}: run \`npx wxt build\` first`);
}

export interface FixtureServer {
  port: number;
  /** The served address of a fixture: its own URL with the server's port. */
  localUrl(fixture: Fixture): string;
  /** The served address of any URL (host and path kept, the server's port), e.g. an `override`. */
  localUrlOf(url: string): string;
  /**
   * Serves `html` (UTF-8) at `url`'s host and path from now on, in place of the fixture there if
   * any: a page that changed since the last visit, or a page no fixture poses as. null restores
   * what was served before.
   */
  override(url: string, html: string | null): void;
  close(): Promise<void>;
}

/**
 * Serves each HTML fixture at its own host and path (routing on the Host header), 404 for
 * anything else. Where two fixtures pose at one address (a variant of a page), the first listed
 * is served; text fixtures are not pages and are skipped.
 */
export async function serveFixtures(fixtures: Fixture[]): Promise<FixtureServer> {
  const routes = new Map<string, Fixture>();
  for (const fixture of servedFixtures(fixtures)) routes.set(routeKey(new URL(fixture.url)), fixture);
  const overrides = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
    const override = overrides.get(routeKey(url));
    if (override !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(override);
      return;
    }
    const fixture = routes.get(routeKey(url));
    if (!fixture) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not a fixture');
      return;
    }
    const type = `text/html; charset=${fixture.charset ?? 'utf-8'}`;
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(readFileSync(resolve(FIXTURES_DIR, fixture.file)));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  const localUrlOf = (address: string) => {
    const url = new URL(address);
    return `http://${url.hostname}:${port}${url.pathname}${url.search}`;
  };
  return {
    port,
    localUrl: (fixture) => localUrlOf(fixture.url),
    localUrlOf,
    override(address, html) {
      const key = routeKey(new URL(address));
      if (html === null) overrides.delete(key);
      else overrides.set(key, html);
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** The fixtures a browser can visit: HTML pages, one per address (the first listed wins). */
export function servedFixtures(fixtures: Fixture[]): Fixture[] {
  const seen = new Set<string>();
  return fixtures.filter((fixture) => {
    const key = routeKey(new URL(fixture.url));
    if (!fixture.file.endsWith('.html') || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Scheme and port differ between the fixture's real URL and the served one; host and path do not. */
function routeKey(url: URL): string {
  return `${url.hostname.toLowerCase()}${url.pathname}${url.search}`;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker: where the tests read tab ids and the database. */
  background: Worker;
  /** A browser-level DevTools session (Target.*, Extensions.*). */
  cdp: CDPSession;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Host names to resolve to 127.0.0.1 (every *.gov.cn host is mapped anyway). */
  hosts?: string[];
  /** Defaults to true; the demo opens a window when there is a display. */
  headless?: boolean;
  /** UI language of Chromium, and so of the extension (needs the chromium-l10n locale files). */
  language?: string;
  /** Unpacked extension to load; defaults to the Chromium MV3 build. */
  extension?: string | null;
  /**
   * A profile directory to use and keep (the caller removes it): closing and launching again on
   * it is a browser restart. Defaults to a throwaway profile removed on close.
   */
  profile?: string;
}

/** Launches Chromium with a throwaway profile and (by default) the built extension loaded. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extension = options.extension === undefined ? DIST : options.extension;
  const language = options.language ?? 'zh-CN';
  const hosts = ['*.gov.cn', ...(options.hosts ?? []).filter((host) => !host.endsWith('.gov.cn'))];
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'report-lens-profile-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    `--lang=${language}`,
    `--host-resolver-rules=${hosts.map((host) => `MAP ${host} 127.0.0.1`).join(', ')}`,
  ];
  if (extension) {
    args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--enable-unsafe-extension-debugging');
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args,
    // Chromium on Linux takes its UI language from the environment, not from --lang.
    env: { ...process.env, LANGUAGE: language.replace('-', '_') },
    locale: language,
    viewport: { width: 1280, height: 900 },
  });
  const cdp = await context.browser()!.newBrowserCDPSession();
  const close = async () => {
    await context.close();
    if (!options.profile) rmSync(profile, { recursive: true, force: true });
  };
  if (!extension) return { context, extensionId: '', background: undefined as never, cdp, close };
  const background = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(background.url()).host, background, cdp, close };
}

/**
 * The extension's tab id of a page. Without the `tabs` permission the extension cannot see tab
 * URLs, so the page is brought to the front and the active tab is asked for.
 */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await browser.background.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  if (id < 0) throw new Error(`no active tab for ${page.url()}`);
  return id;
}

/** Clicks the extension's toolbar button for the page's tab (grants activeTab; opens the popup). */
export async function clickToolbarButton(browser: ExtensionBrowser, page: Page): Promise<void> {
  const { targetInfos } = await browser.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((target) => target.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await browser.cdp.send('Extensions.triggerAction' as never, { id: browser.extensionId, targetId: tab.targetId } as never);
}

/**
 * Opens the popup page in a tab, about `tabId` (or as the collection/comparison view, which
 * `popup.html?view=compare` forwards to `collection.html`), once its list and comparison are
 * loaded. Headless Chromium renders the real popup off-screen where tests cannot reach it, and
 * the popup's code takes its tab from `?tab=` exactly as it would take the active tab.
 */
export async function openPopup(browser: ExtensionBrowser, target: { tabId: number } | 'compare'): Promise<Page> {
  const page = await browser.context.newPage();
  // About a tab: the size of the real popup. The comparison view: a full window.
  if (target !== 'compare') await page.setViewportSize({ width: 480, height: 640 });
  const query = target === 'compare' ? 'view=compare' : `tab=${target.tabId}`;
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html?${query}`);
  // The collection as the background has it (not the list cached by an earlier opening), and
  // the comparison of the picked reports once their records arrived.
  await page.locator('[data-testid="saved-reports"][data-loaded="true"]').waitFor();
  await page.locator('[data-testid="comparison"]:not([data-state="loading"])').waitFor();
  return page;
}

/** The text under each of the extension's highlights, read in the page's main world. */
export async function readHighlights(page: Page): Promise<Record<string, string[]>> {
  // The highlight registry belongs to the document, not to a JavaScript world: ranges the
  // content script registered in its isolated world are visible to page.evaluate.
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('report-lens-')) continue;
      out[name] = [...highlight].map((range) => {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        return live.toString();
      });
    }
    return out;
  });
}

/**
 * Drives the extension's in-page UI, whose shadow root is closed to the page and so to Playwright's
 * locators: DevTools sees closed roots, so the root is reached through a CDP session. Clicks and
 * typing are real input (page.mouse, page.keyboard), which the UI requires: it ignores events a
 * script dispatches.
 */
export interface PageUiDriver {
  /** Runs `fn` in the page with the UI's shadow root (like page.evaluate); the result comes back by value. */
  evaluate<R, A = undefined>(fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<R>;
  count(selector: string): Promise<number>;
  /** innerText of every element matching `selector`. */
  texts(selector: string): Promise<string[]>;
  text(selector: string): Promise<string>;
  /** Waits until `selector` matches (or, 'detached', until it no longer does). */
  waitFor(selector: string, state?: 'attached' | 'detached', timeoutMs?: number): Promise<void>;
  /** A real click at the centre of the `nth` element matching `selector`, scrolled into view first. */
  click(selector: string, nth?: number): Promise<void>;
  /** Focuses the input by a real click, selects its content and types `value` over it. */
  fill(selector: string, value: string): Promise<void>;
  close(): Promise<void>;
}

export async function pageUi(page: Page): Promise<PageUiDriver> {
  const cdp = await page.context().newCDPSession(page);
  const rootObject = async (): Promise<string | null> => {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'report-lens-ui' });
    if (!nodeId) return null;
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    return object.objectId ?? null;
  };
  const evaluate = async <R, A>(fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<R> => {
    const objectId = await rootObject();
    if (!objectId) throw new Error('no extension UI in this page');
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as R;
  };
  const texts = (selector: string) =>
    evaluate((root, s) => [...root.querySelectorAll<HTMLElement>(s)].map((element) => element.innerText), selector);
  const driver: PageUiDriver = {
    evaluate,
    texts,
    count: (selector) => evaluate((root, s) => root.querySelectorAll(s).length, selector),
    async text(selector) {
      const [first] = await texts(selector);
      if (first === undefined) throw new Error(`nothing matches ${selector} in the extension UI`);
      return first;
    },
    async waitFor(selector, state = 'attached', timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const count = await driver.count(selector).catch(() => 0);
        if ((count > 0) === (state === 'attached')) return;
        if (Date.now() > deadline) throw new Error(`${selector} never became ${state} in the extension UI`);
        await new Promise((wait) => setTimeout(wait, 50));
      }
    },
    async click(selector, nth = 0) {
      await driver.waitFor(selector);
      const point = await evaluate(
        (root, [s, n]) => {
          const element = root.querySelectorAll<HTMLElement>(s)[n];
          if (!element) return null;
          element.scrollIntoView({ block: 'center' });
          const box = element.getBoundingClientRect();
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        },
        [selector, nth] as const,
      );
      if (!point) throw new Error(`no element ${nth} for ${selector} in the extension UI`);
      await page.mouse.click(point.x, point.y);
    },
    async fill(selector, value) {
      await driver.click(selector);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.insertText(value);
    },
    close: () => cdp.detach(),
  };
  return driver;
}

/**
 * The texts of every figure highlight together: figures are painted in one highlight per canonical
 * area (report-lens-figure-disputes, -rules, …) plus report-lens-figure-other.
 */
export function figureTexts(highlights: Record<string, string[]>): string[] {
  return Object.entries(highlights).flatMap(([name, texts]) => (name.startsWith('report-lens-figure-') ? texts : []));
}

/** Waits until the content script has painted (or the page turned out not to be a report). */
export async function waitForExtraction(browser: ExtensionBrowser, tabId: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const answered = await browser.background.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'tab/getReport' }).then((reply: unknown) => reply != null, () => false),
      tabId,
    );
    if (answered) return;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error(`content script never answered in tab ${tabId}`);
}

/** Scrolls the page so the first range of a highlight sits near the top (for screenshots). */
export async function scrollToHighlight(page: Page, name: string): Promise<boolean> {
  return page.evaluate((highlightName) => {
    const first = [...(CSS.highlights.get(highlightName) ?? [])][0];
    if (!first) return false;
    const live = document.createRange();
    live.setStart(first.startContainer, first.startOffset);
    live.setEnd(first.endContainer, first.endOffset);
    window.scrollTo(0, Math.max(0, window.scrollY + live.getBoundingClientRect().top - 160));
    return true;
  }, name);
}

/** The popup's status of its tab once read: 'report', 'not-report' or 'not-run'. */
export async function popupState(popup: Page): Promise<string> {
  const status = popup.locator('[data-testid="current-page"]:not([data-state="loading"])');
  await status.waitFor();
  return (await status.getAttribute('data-state')) ?? '';
}

/** Clicks 保存到收藏 in a popup about a report tab and waits for the save to land. */
export async function saveFromPopup(popup: Page): Promise<void> {
  await popup.locator('[data-testid="save"]').click();
  await popup.locator('[data-testid="saved-notice"]').waitFor();
}

/**
 * Evaluates `expression` in the real toolbar popup (opened by clickToolbarButton) until it
 * yields a truthy value, then closes the popup. Playwright does not expose an action popup as a
 * Page, so this talks CDP to the popup's target directly.
 */
export async function evaluateInToolbarPopup<T>(browser: ExtensionBrowser, expression: string, timeoutMs = 10_000): Promise<T> {
  const popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;
  const deadline = Date.now() + timeoutMs;
  let targetId: string | undefined;
  while (!targetId && Date.now() < deadline) {
    const { targetInfos } = await browser.cdp.send('Target.getTargets');
    targetId = targetInfos.find((target) => target.type === 'page' && target.url === popupUrl)?.targetId;
    if (!targetId) await new Promise((wait) => setTimeout(wait, 100));
  }
  if (!targetId) throw new Error('the toolbar popup did not open');

  const { sessionId } = await browser.cdp.send('Target.attachToTarget', { targetId, flatten: false });
  type Reply = { id?: number; result?: { result?: { value?: T } } };
  const replies = new Map<number, Reply>();
  const onMessage = (event: { sessionId?: string; message: string }) => {
    const reply = JSON.parse(event.message) as Reply;
    if (event.sessionId === sessionId && reply.id) replies.set(reply.id, reply);
  };
  browser.cdp.on('Target.receivedMessageFromTarget', onMessage);
  try {
    for (let id = 1; Date.now() < deadline; id++) {
      const message = { id, method: 'Runtime.evaluate', params: { expression, returnByValue: true } };
      await browser.cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify(message) });
      await new Promise((wait) => setTimeout(wait, 150));
      const value = replies.get(id)?.result?.result?.value;
      if (value) return value;
    }
    throw new Error(`the toolbar popup never yielded ${expression}`);
  } finally {
    browser.cdp.off('Target.receivedMessageFromTarget', onMessage);
    await browser.cdp.send('Target.closeTarget', { targetId });
  }
}

/** Where e2e tests write their screenshots (the README copies some from here). */
export const SHOTS = join(ROOT, 'test-results', 'e2e');

/** The fixture whose file (or seed) name contains `nameContains`, of `kind` when given. */
export function findFixture(fixtures: Fixture[], nameContains: string, kind?: Fixture['kind']): Fixture {
  const found = fixtures.find((f) => (!kind || f.kind === kind) && (f.file.includes(nameContains) || f.seed?.includes(nameContains)));
  if (!found) throw new Error(`no ${kind ?? ''} fixture matching ${nameContains} in tests/fixtures/fixtures.json`);
  return found;
}

/** Opens `url` in a new tab of the extension's browser and returns the page with its tab id. */
export async function openTab(browser: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(browser, page) };
}

/**
 * What most e2e files start from: the built extension in Chromium, every fixture served at the
 * host it poses as, and the screenshot folder.
 */
export async function startFixtureBrowser(fixtures: Fixture[]): Promise<{ server: FixtureServer; browser: ExtensionBrowser }> {
  assertBuilt();
  const server = await serveFixtures(fixtures);
  const browser = await launchBrowser({ hosts: [...new Set(fixtures.map((f) => new URL(f.url).hostname))] });
  mkdirSync(SHOTS, { recursive: true });
  return { server, browser };
}

/** A trusted click (real input) at the centre of the first highlighted figure whose text includes `text`. */
export async function clickFigure(page: Page, text: string): Promise<void> {
  const point = await page.evaluate((wanted) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('report-lens-figure')) continue;
      for (const range of highlight) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        if (!live.toString().includes(wanted)) continue;
        live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const box = live.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
    return null;
  }, text);
  if (!point) throw new Error(`no highlighted figure ${text}`);
  await page.mouse.move(point.x, point.y);
  await page.mouse.click(point.x, point.y);
}

/** Opens a fixture page, waits for the content script, opens the popup about it and saves; the popup stays open. */
export async function saveReportPage(browser: ExtensionBrowser, server: FixtureServer, fixture: Fixture): Promise<Page> {
  const { page, tabId } = await openTab(browser, server.localUrl(fixture));
  await waitForExtraction(browser, tabId);
  const popup = await openPopup(browser, { tabId });
  await saveFromPopup(popup);
  await page.close();
  return popup;
}

/** The full view (collection.html, `query` such as `?ids=1,2`) with the collection loaded. */
export async function openFullView(browser: ExtensionBrowser, query = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/collection.html${query}`);
  await page.locator('[data-testid="saved-reports"][data-loaded="true"]').waitFor();
  return page;
}

/**
 * The in-page annotation layer end to end in Chromium (issue 4): highlights equal to what the
 * engine finds for the same fixture in Node, no node added to the article, the outline panel,
 * the figure card on hover and from the panel by keyboard, clips that are stored, re-anchored on
 * a revisit and listed as orphans once the page text changed, keyboard commands, living pages
 * (late text, SPA navigation, a replaced script), and the page's own script still working.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPage } from '../../lib/cli/load-page';
import { extractReport, type ReportExtraction } from '../../lib/extract/extract-report';
import { highlightName, highlightSpans } from '../../lib/highlight/spans';
import type { SavedClip } from '../../lib/db/saved-clip';
import { INDICATORS } from '../../lib/taxonomy/indicators';
import {
  clickToolbarButton,
  figureTexts,
  findFixture,
  FIXTURES_DIR,
  launchBrowser,
  loadFixtures,
  openPopup,
  openTab,
  pageUi,
  readHighlights,
  ROOT,
  SHOTS,
  startFixtureBrowser,
  tabIdOf,
  waitForExtraction,
  type ExtensionBrowser,
  type Fixture,
  type FixtureServer,
} from './harness';

/** The extension API inside service-worker and extension-page evaluations (run in Chromium). */
declare const chrome: WxtBrowser;

let fixtures: Fixture[];
let server: FixtureServer;
let browser: ExtensionBrowser;

const fixture = (nameContains: string): Fixture => findFixture(fixtures, nameContains);

/**
 * Opens a page and waits for the annotation. Outside *.gov.cn the content script is not declared:
 * it is injected as 在此页运行 does, after a toolbar click grants activeTab.
 */
async function open(url: string): Promise<{ page: Page; tabId: number }> {
  const { page, tabId } = await openTab(browser, url);
  if (!new URL(url).hostname.endsWith('.gov.cn')) await injectContentScript(page, tabId);
  await waitForExtraction(browser, tabId);
  return { page, tabId };
}

/** Injects the content script as 在此页运行 does: a toolbar click grants activeTab, which lands a moment later. */
async function injectContentScript(page: Page, tabId: number): Promise<void> {
  await clickToolbarButton(browser, page);
  await expect
    .poll(
      () =>
        browser.background.evaluate(
          (id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] }).then(() => true, () => false),
          tabId,
        ),
      { timeout: 5000 },
    )
    .toBe(true);
}

/** The page report the tab's content script gives the background. */
async function reportOf(tabId: number): Promise<{ url: string; isReport: boolean; painted: { figures: number } }> {
  return browser.background.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'tab/getReport' }), tabId);
}

/**
 * Evaluates `expression` in the content script's isolated world of `page` (null when no content
 * script of ours runs there): what the content script has loaded, which the page cannot see.
 */
async function inContentScriptWorld(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(browser.extensionId));
  const result = world ? await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true }) : null;
  await cdp.detach();
  return result ? result.result.value : null;
}

/** Whitespace differs between a DOM range's raw text and the page model's collapsed text. */
const squash = (text: string) => text.replace(/\s+/g, '');

/** What the engine finds in the fixture in Node, and the text each highlight should cover. */
function engineHighlights(f: Fixture): { extraction: ReportExtraction; byName: Record<string, string[]> } {
  const page = loadPage(join(FIXTURES_DIR, f.file));
  const extraction = extractReport(page);
  const byName: Record<string, string[]> = {};
  for (const span of highlightSpans(extraction)) (byName[highlightName(span.category)] ??= []).push(squash(page.text.slice(span.start, span.end)));
  return { extraction, byName };
}

/** Squashed text of every painted range, by highlight name, in painting order. */
async function paintedTexts(page: Page): Promise<Record<string, string[]>> {
  const painted = await readHighlights(page);
  return Object.fromEntries(Object.entries(painted).map(([name, texts]) => [name, texts.map(squash)]));
}

/** Scrolls the first painted range of `name` whose text is `text` to mid-screen; returns its centre. */
async function revealRange(page: Page, name: string, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([highlight, wanted]) => {
      for (const range of CSS.highlights.get(highlight) ?? []) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        if (live.toString().replace(/\s+/g, '') !== wanted) continue;
        window.scrollBy(0, live.getBoundingClientRect().top - window.innerHeight / 2);
        const box = live.getClientRects()[0];
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      return null;
    },
    [name, text] as const,
  );
  if (!point) throw new Error(`no ${name} range over ${text}`);
  return point;
}

/** The clips the collection holds for a page, asked through the protocol as the popup would. */
async function clipsOf(url: string): Promise<SavedClip[]> {
  const popup = await openPopup(browser, 'compare');
  const reply = await popup.evaluate((address) => chrome.runtime.sendMessage({ type: 'popup/listClips', url: address }), url);
  await popup.close();
  return (reply as { ok: true; data: { clips: SavedClip[] } }).data.clips;
}

/** The page as the server sends it (the fixture's bytes), for a modified copy served at the same URL. */
function servedHtml(f: Fixture): string {
  return readFileSync(join(FIXTURES_DIR, f.file), 'utf8');
}

beforeAll(async () => {
  fixtures = loadFixtures();
  ({ server, browser } = await startFixtureBrowser(fixtures));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('highlights', () => {
  it.each(['000-jinjiang', '001-jiujiang', '002-shapotou', '003-xiamen', '004-template', '005-xiamen-2021-big5'])(
    '%s: the painted ranges are the headings and mentions the engine finds in Node, and the article gets no node',
    async (name) => {
      const f = fixture(name);
      const { byName } = engineHighlights(f);
      const { page } = await open(server.localUrl(f));

      expect(await paintedTexts(page)).toEqual(byName);
      expect(Object.keys(byName)).toContain('report-lens-heading-1');
      expect(Object.keys(byName).some((n) => n.startsWith('report-lens-figure-'))).toBe(true);

      const nodes = await page.evaluate(async () => {
        const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
        const host = document.querySelector('report-lens-ui');
        return {
          live: document.body.getElementsByTagName('*').length,
          served: served.body.getElementsByTagName('*').length,
          liveText: document.body.textContent,
          servedText: served.body.textContent,
          hostParent: host?.parentElement === document.documentElement,
        };
      });
      expect(nodes.live).toBe(nodes.served);
      expect(nodes.liveText).toBe(nodes.servedText);
      expect(nodes.hostParent).toBe(true);
      await page.close();
    },
  );

  it('colours figures by canonical area: 1719件 (行政复议收到申请) is a dispute figure, its text crossing a <span>', async () => {
    const { page } = await open(server.localUrl(fixture('003-xiamen')));
    const painted = await paintedTexts(page);
    expect(painted['report-lens-figure-disputes']).toContain('1719件');
    expect(painted['report-lens-figure-rules']?.length).toBeGreaterThan(0);
    const rules = await page.evaluate(() => document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'));
    expect(rules).toContain('::highlight(report-lens-figure-disputes)');
    expect(rules).toContain('::highlight(report-lens-clipped)');
    await page.close();
  });
});

describe('the outline panel', () => {
  it('shows what the report is, its findings and its sections; a click scrolls to the heading', async () => {
    const f = fixture('003-xiamen');
    const { extraction } = engineHighlights(f);
    const { page } = await open(server.localUrl(f));
    const ui = await pageUi(page);
    await ui.click('[data-testid="open-outline"]');
    await ui.waitFor('[data-testid="outline-panel"]');

    expect(await ui.text('[data-testid="outline-panel"] h2')).toBe(extraction.meta.title);
    expect(await ui.text('[data-testid="panel-jurisdiction"]')).toBe('厦门市');
    expect(await ui.text('[data-testid="panel-year"]')).toBe('2021');
    expect(await ui.texts('[data-testid="panel-findings"] li')).toHaveLength(2);
    const headings = await ui.texts('[data-testid="outline-heading"]');
    expect(headings.map(squash)).toEqual(extraction.outline.sections.map((s) => squash(s.marker + s.title)));
    // Every area the engine gave a heading is tagged in the tree.
    const areas = await ui.evaluate((root) => [...root.querySelectorAll('.tree .area-tag')].map((tag) => tag.getAttribute('data-area')));
    expect(areas).toEqual(extraction.outline.sections.flatMap((s) => (s.area ? [s.area] : [])));
    await page.screenshot({ path: join(SHOTS, 'outline-panel-xiamen-2021.png') });

    const lastIndex = extraction.outline.sections.findLastIndex((s) => s.level === 1);
    const last = extraction.outline.sections[lastIndex];
    await ui.click('[data-testid="outline-heading"]', lastIndex);
    const top = await page.evaluate((heading) => {
      const range = [...(CSS.highlights.get('report-lens-heading-1') ?? [])].find((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live.toString().replace(/\s+/g, '').includes(heading);
      })!;
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      return { top: live.getBoundingClientRect().top, height: window.innerHeight };
    }, squash(last.title));
    expect(top.top).toBeGreaterThanOrEqual(0);
    expect(top.top).toBeLessThan(top.height / 2);
    await ui.close();
    await page.close();
  });
});

describe('the figure card', () => {
  it('appears on hover over a highlighted figure with the engine’s label, value, indicator and scope', async () => {
    const f = fixture('003-xiamen');
    const { extraction } = engineHighlights(f);
    const mention = extraction.mentions.find((m) => m.value === 1719)!;
    const { page } = await open(server.localUrl(f));
    const ui = await pageUi(page);
    const card = '[data-testid="figure-card"]';
    expect(await ui.count(card)).toBe(0);

    const point = await revealRange(page, 'report-lens-figure-disputes', '1719件');
    await page.mouse.move(point.x, point.y);
    await ui.waitFor(card);
    expect(await ui.text('[data-testid="card-label"]')).toBe(mention.label);
    expect(squash(await ui.text('[data-testid="card-value"]'))).toBe('1,719件');
    expect(await ui.text('[data-testid="card-indicator"]')).toBe(INDICATORS[mention.key!].zh);
    expect(await ui.text('[data-testid="card-scope"]')).toBe(mention.scope ?? '未说明');
    await page.screenshot({ path: join(SHOTS, 'figure-card-xiamen-2021.png') });

    // Off the figure (and not on the card) the card goes away.
    await page.mouse.move(5, 5);
    await ui.waitFor(card, 'detached');

    // A page script's forged pointer events and clicks open no card.
    await page.evaluate(({ x, y }) => {
      const target = document.elementFromPoint(x, y)!;
      for (const type of ['pointermove', 'pointerdown', 'pointerup', 'click']) {
        target.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, bubbles: true, composed: true }));
      }
    }, point);
    await new Promise((wait) => setTimeout(wait, 300));
    expect(await ui.count(card)).toBe(0);
    await ui.close();
    await page.close();
  });

  it('opens from the outline panel by keyboard: Enter on a figure pins its card with the focus on Clip; Escape closes it and gives the focus back', async () => {
    const { page } = await open(server.localUrl(fixture('003-xiamen')));
    const ui = await pageUi(page);
    const card = '[data-testid="figure-card"]';
    await ui.click('[data-testid="open-outline"]');
    await ui.waitFor('[data-testid="outline-panel"]');
    /** What has the focus inside the UI: its tag, test id and index among the panel's figure buttons. */
    const focused = () =>
      ui.evaluate((root) => {
        const element = root.activeElement as HTMLElement | null;
        return {
          tag: element?.localName ?? null,
          testId: element?.dataset.testid ?? null,
          figure: [...root.querySelectorAll('[data-testid="outline-figure"]')].indexOf(element!),
          value: element?.querySelector('.figure-value')?.textContent ?? null,
        };
      });
    const tabUntil = async (found: (f: Awaited<ReturnType<typeof focused>>) => boolean) => {
      for (let step = 0; step < 60; step++) {
        await page.keyboard.press('Tab');
        if (found(await focused())) return;
      }
      throw new Error('Tab never reached the control in the outline panel');
    };
    // From the panel's first control, by keyboard only: a section's figure list, then its first figure.
    await ui.evaluate((root) => (root.querySelector('[data-testid="outline-panel"] button') as HTMLElement).focus());
    await tabUntil((f) => f.tag === 'summary');
    await page.keyboard.press('Enter');
    await tabUntil((f) => f.testId === 'outline-figure');
    const figure = await focused();

    await page.keyboard.press('Enter');
    await ui.waitFor(card);
    expect(await ui.evaluate((root) => root.querySelector('[data-testid="figure-card"]')!.getAttribute('data-pinned'))).toBe('true');
    expect(squash(await ui.text('[data-testid="card-value"]')).startsWith(squash(figure.value!))).toBe(true);
    expect((await focused()).testId).toBe('card-clip');
    // Pinned: moving the pointer off it does not close it.
    await page.mouse.move(5, 5);
    await new Promise((wait) => setTimeout(wait, 600));
    expect(await ui.count(card)).toBe(1);

    await page.keyboard.press('Escape');
    await ui.waitFor(card, 'detached');
    expect(await focused()).toEqual(figure);
    await ui.close();
    await page.close();
  });
});

describe('clips', () => {
  it('Clip on a card stores an anchored clip; a revisit re-anchors it (exactly, then fuzzily); once its text is gone it is an orphan', async () => {
    const f = fixture('003-xiamen');
    const url = server.localUrl(f);
    const { page } = await open(url);
    const ui = await pageUi(page);
    const point = await revealRange(page, 'report-lens-figure-disputes', '1719件');
    await page.mouse.click(point.x, point.y); // a click pins the card
    await ui.click('[data-testid="card-clip"]');
    await ui.fill('[data-testid="clip-label"]', '全市行政复议申请');
    await ui.fill('[data-testid="clip-note"]', '全市口径，含市政府351件');
    await ui.click('[data-testid="clip-save"]');
    await expect.poll(async () => (await paintedTexts(page))['report-lens-clipped']).toEqual(['1719件']);

    const [clip] = await clipsOf(url);
    expect(clip).toMatchObject({
      label: '全市行政复议申请',
      note: '全市口径，含市政府351件',
      anchor: { exact: '1719件' },
      figure: { value: 1719, unit: '件', key: 'reconsideration.received' },
    });
    expect(clip.anchor.prefix).toHaveLength(32);
    expect(clip.anchor.prefix.endsWith('共收到行政复议申请')).toBe(true);
    expect(clip.anchor.suffix.startsWith(',受理1541件')).toBe(true);
    expect(clip.fragmentUrl).toContain('#:~:text=');

    // Revisit: the clip is painted again from the stored quote.
    await page.reload();
    await expect.poll(async () => (await paintedTexts(page))['report-lens-clipped']).toEqual(['1719件']);

    // The site corrected the figure: the quote is gone but its context anchors it (fuzzy).
    const html = servedHtml(f);
    server.override(f.url, html.replace('<span lang="EN-US">1719</span>件', '<span lang="EN-US">1720</span>件'));
    await page.reload();
    await expect.poll(async () => (await paintedTexts(page))['report-lens-clipped']).toEqual(['1720件']);

    // The paragraph was taken down: the clip is listed as an orphan, not dropped.
    const paragraph = /<p[^>]*>[^\n]*<span lang="EN-US">1719<\/span>件[^\n]*<\/p>/.exec(html)![0];
    server.override(f.url, html.replace(paragraph, ''));
    await page.reload();
    await waitForExtraction(browser, await tabIdOf(browser, page));
    await ui.click('[data-testid="open-outline"]');
    await ui.waitFor('[data-testid="panel-orphans"]');
    expect(await ui.texts('[data-testid="panel-orphans"] [data-testid="panel-clip"]')).toEqual([expect.stringContaining('全市行政复议申请')]);
    expect((await paintedTexts(page))['report-lens-clipped']).toBeUndefined();
    expect(await clipsOf(url)).toHaveLength(1);
    await ui.evaluate((root) => root.querySelector('[data-testid="panel-orphans"]')!.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: join(SHOTS, 'outline-panel-orphan.png') });
    server.override(f.url, null);
    await ui.close();
    await page.close();
  });

  it('turns a selection across inline tags into a clip with the reader’s own label and note', async () => {
    const f = fixture('001-jiujiang');
    const url = server.localUrl(f);
    const { page } = await open(url);
    const quote = await page.evaluate(() => {
      // The first paragraph's first sentence, selected from its first character to its 。.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf('行政复议');
        if (at < 0) continue;
        const end = node.data.indexOf('。', at);
        if (end < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, end + 1);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        return range.toString();
      }
      return null;
    });
    expect(quote).toBeTruthy();
    const ui = await pageUi(page);
    await ui.click('[data-testid="clip-selection"]');
    await ui.fill('[data-testid="clip-label"]', '复议工作');
    await ui.fill('[data-testid="clip-note"]', '待核对');
    await ui.click('[data-testid="clip-save"]');
    await ui.waitFor('[data-testid="page-notice"]');
    await ui.close();
    const clips = await clipsOf(url);
    expect(clips).toContainEqual(expect.objectContaining({ label: '复议工作', note: '待核对', figure: null, anchor: expect.objectContaining({ exact: squash(quote!) }) }));
    await page.close();
  });
});

describe('keys and toolbar', () => {
  it('declares the three shortcuts and obeys the commands the background forwards', async () => {
    const commands = await browser.background.evaluate(() => chrome.commands.getAll());
    expect(commands.map((c) => c.name).filter((name) => !name!.startsWith('_execute')).sort()).toEqual(['clip-selection', 'open-outline', 'toggle-highlights']);
    // Headless Chromium binds no keys; the suggested ones are in the built manifest.
    const manifest = JSON.parse(readFileSync(join(ROOT, '.output', 'chrome-mv3', 'manifest.json'), 'utf8'));
    expect(Object.values(manifest.commands).map((c) => (c as { suggested_key: { default: string } }).suggested_key.default).sort()).toEqual([
      'Alt+Shift+C',
      'Alt+Shift+H',
      'Alt+Shift+O',
    ]);

    const { page, tabId } = await open(server.localUrl(fixture('000-jinjiang')));
    const command = (name: string) => browser.background.evaluate(([id, c]) => chrome.tabs.sendMessage(id, { type: 'tab/command', command: c }), [tabId, name] as const);
    const sheetsDisabled = () => page.evaluate(() => document.adoptedStyleSheets.filter((s) => s.disabled).length);
    expect(await sheetsDisabled()).toBe(0);
    await command('toggle-highlights');
    await expect.poll(sheetsDisabled).toBe(1);
    await command('toggle-highlights');
    await expect.poll(sheetsDisabled).toBe(0);
    const ui = await pageUi(page);
    await command('open-outline');
    await ui.waitFor('[data-testid="outline-panel"]');

    // Clip selection from the keyboard: the form opens over what is selected.
    await command('clip-selection');
    await ui.waitFor('[data-testid="page-notice"]');
    expect(await ui.text('[data-testid="page-notice"]')).toBe('请先选中要剪藏的文字');
    await page.evaluate(() => {
      const heading = [...document.querySelectorAll('p, h1, h2, h3, strong, span')].find((el) => el.textContent!.trim().startsWith('一、'))!;
      getSelection()!.selectAllChildren(heading);
    });
    await command('clip-selection');
    await ui.waitFor('[data-testid="clip-form"]');
    expect(squash(await ui.text('[data-testid="clip-form"] .clip-quote'))).toMatch(/^一、/);
    await ui.close();
    await page.close();
  });

  it('shows the number of figures on the toolbar badge of a report tab', async () => {
    const { tabId } = await open(server.localUrl(fixture('003-xiamen')));
    const report = await reportOf(tabId);
    expect(report.painted.figures).toBeGreaterThan(10);
    await expect.poll(() => browser.background.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(String(report.painted.figures));
  });
});

describe('living pages', () => {
  it('annotates text the page adds after load, and follows SPA navigation to a new address', async () => {
    const { page } = await open(server.localUrl(fixture('002-shapotou')));
    await page.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.textContent = '全年共办理行政复议案件88件。';
      const last = [...document.querySelectorAll('p')].filter((p) => p.textContent!.includes('行政')).at(-1)!;
      last.after(paragraph);
    });
    await expect.poll(async () => figureTexts(await paintedTexts(page))).toContain('88件');

    // The SPA moves to another address without a page load: the annotation follows it.
    const tabId = await tabIdOf(browser, page);
    await page.evaluate(() => history.pushState({}, '', location.pathname.replace(/\.html$/, '-2.html')));
    // WXT notices history changes by polling the address once a second.
    await expect.poll(async () => (await reportOf(tabId)).url, { timeout: 5000 }).toMatch(/-2\.html$/);
    expect((await reportOf(tabId)).isReport).toBe(true);
    await page.close();
  });

  it('tears everything down when its script is replaced: one UI, one set of highlights', async () => {
    const { page, tabId } = await open(server.localUrl(fixture('003-xiamen')));
    // The engine's highlights (clips arrive later, from the background, whenever the page is read).
    const paintedByEngine = async () => {
      const { 'report-lens-clipped': _clips, ...rest } = await paintedTexts(page);
      return rest;
    };
    const painted = await paintedByEngine();
    // Mark the first run's UI host, then run the script again: WXT invalidates the first context.
    await page.evaluate(() => Object.assign(document.querySelector('report-lens-ui')!, { firstRun: true }));
    await injectContentScript(page, tabId);
    await expect
      .poll(() => page.evaluate(() => [...document.querySelectorAll('report-lens-ui')].map((host) => 'firstRun' in host)))
      .toEqual([false]);
    await expect.poll(paintedByEngine).toEqual(painted);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    await page.close();
  });
});

describe('page safety', () => {
  it('keeps the page’s own script and listeners working and adds no console error', async () => {
    const f = fixture('page-script');
    // page-script.html poses at seed 002's address; serve it at its own so both stay reachable.
    const url = f.url.replace(/\.html$/, '-script.html');
    server.override(url, servedHtml(f));
    const errorsOn = async (b: ExtensionBrowser) => {
      const page = await b.context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(server.localUrlOf(url));
      return { page, errors };
    };
    const bare = await launchBrowser({ extension: null, hosts: [new URL(url).hostname] });
    const baseline = await errorsOn(bare);
    await baseline.page.waitForLoadState('load');
    await bare.close();

    const { page, errors } = await errorsOn(browser);
    await waitForExtraction(browser, await tabIdOf(browser, page));
    expect(Object.keys(await readHighlights(page))).toContain('report-lens-heading-1');
    expect(await page.evaluate(() => (window as unknown as { __pageScriptRuns: number }).__pageScriptRuns)).toBe(1);
    await page.locator('#page-counter').click();
    await page.locator('#page-counter').click();
    expect(await page.locator('#page-counter-value').innerText()).toBe('2');
    // Whatever the page logs by itself (a missing image of the template) is not ours to count.
    expect(errors.filter((error) => !baseline.errors.includes(error))).toEqual([]);
    server.override(url, null);
    await page.close();
  });

  it('loads nothing on a large page that is not a report', async () => {
    const negative = fixture('negative/001.html');
    const html = servedHtml(negative);
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)![1];
    const big = html.replace(body, body.repeat(Math.ceil(5_000_000 / body.length)));
    const url = negative.url.replace(/\.s?html$/, '-big.html');
    server.override(url, big);
    const page = await browser.context.newPage();
    await page.goto(server.localUrlOf(url));
    // The content script ran (its world exists) and stopped at its gate: the annotator never loaded.
    await expect.poll(() => inContentScriptWorld(page, 'typeof __reportLensStartAnnotator')).toBe('undefined');
    expect(await readHighlights(page)).toEqual({});
    expect(await page.evaluate(() => document.querySelectorAll('report-lens-ui').length)).toBe(0);
    // On a report the same probe finds the annotator loaded.
    const { page: report } = await open(server.localUrl(fixture('003-xiamen')));
    expect(await inContentScriptWorld(report, 'typeof __reportLensStartAnnotator')).toBe('function');
    server.override(url, null);
    await page.close();
    await report.close();
  });
});

/**
 * Keyboard, names and contrast of the extension's UI in real Chromium, with saved reports:
 * - the popup about a report tab, about a page outside gov.cn (在此页运行, 始终在此网站运行) and about
 *   a gov.cn page that is no report; the full collection view with tags and a comparison whose
 *   cells carry the figure highlight and the ▲/▼ change colours (厦门 2021 against a 2022 copy
 *   with one figure up and one down);
 * - the in-page outline panel and figure card, inside their closed shadow root.
 * Each view is walked with the Tab key: every control must be reached, must have an accessible
 * name (aria-label, aria-labelledby, its <label>, or its text) and must show a focus ring. Every
 * visible piece of text must reach WCAG AA contrast against the background it is drawn on (the
 * nearest opaque background up the tree, translucent ones blended in): 4.5:1, or 3:1 for large
 * text (24px, or 18.66px bold). Disabled controls are exempt, as WCAG exempts inactive components.
 * Keyboard operation is driven too: Space picks a report, Enter opens the tag editor and Escape
 * closes it (focus comes back), Enter deletes and the undo button takes the focus.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertBuilt,
  clickFigure,
  clickToolbarButton,
  findFixture,
  FIXTURES_DIR,
  launchBrowser,
  loadFixtures,
  openPopup,
  openTab,
  pageUi,
  popupState,
  saveFromPopup,
  serveFixtures,
  waitForExtraction,
  type ExtensionBrowser,
  type Fixture,
  type FixtureServer,
  type PageUiDriver,
} from './harness';

type AuditRequest = { kind: 'controls' } | { kind: 'focused' } | { kind: 'contrast'; probes: string[] };

interface Control {
  key: string;
  describe: string;
  name: string;
}
interface Focused extends Partial<Control> {
  /** Outline or box-shadow on the focused control (or, for a visually hidden input, on its label). */
  ring: boolean;
}
interface ContrastFailure {
  element: string;
  text: string;
  ratio: number;
  needed: number;
  color: string;
  background: string;
}
interface ContrastReport {
  checked: number;
  failures: ContrastFailure[];
  /** The probe selectors that matched at least one checked element. */
  covered: string[];
}

/**
 * Runs in the browser, on a document or on the extension's (closed) shadow root, so it must be
 * self-contained: it travels as source text. 'controls' lists (and tags) the focusable controls,
 * 'focused' describes the control holding the focus, 'contrast' measures every visible text.
 */
function audit(root: Document | ShadowRoot, request: AuditRequest): Control[] | Focused | ContrastReport {
  const INTERACTIVE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const describe = (element: Element) =>
    `${element.tagName.toLowerCase()}${element.getAttribute('data-testid') ? `[${element.getAttribute('data-testid')}]` : ''}.${[...element.classList].join('.')}`;
  // Content of a closed <details> (a series chart's data table) keeps a layout box in Chromium but is
  // not rendered: the keyboard reaches it once its summary opens it.
  const inClosedDetails = (element: Element) => {
    const details = element.closest('details');
    return !!details && !details.open && !element.closest('summary');
  };
  const visible = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden' && !inClosedDetails(element);
  };
  const byId = (id: string) => root.getElementById(id);
  const accessibleName = (element: Element): string => {
    const label = squash(element.getAttribute('aria-label'));
    if (label) return label;
    const labelledBy = squash((element.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => (id ? byId(id)?.textContent : '')).join(' '));
    if (labelledBy) return labelledBy;
    if (element.id) {
      const forLabel = squash(root.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent);
      if (forLabel) return forLabel;
    }
    const wrapping = squash(element.closest('label')?.textContent);
    if (wrapping) return wrapping;
    const own = squash(element.textContent) || squash([...element.querySelectorAll('img[alt]')].map((img) => img.getAttribute('alt')).join(' '));
    return own || squash(element.getAttribute('title'));
  };
  const keyOf = (element: Element) => {
    if (!element.hasAttribute('data-a11y-key')) element.setAttribute('data-a11y-key', `k${root.querySelectorAll('[data-a11y-key]').length}`);
    return element.getAttribute('data-a11y-key')!;
  };
  const control = (element: Element): Control => ({ key: keyOf(element), describe: describe(element), name: accessibleName(element) });

  if (request.kind === 'controls') {
    // A control hidden behind its visible label (a styled file chooser) is a control all the same:
    // the mouse reaches it through the label, so the keyboard must reach it too.
    const shown = (element: Element) => visible(element) || (element.matches('input') && !!element.closest('label') && visible(element.closest('label')!));
    return [...root.querySelectorAll(INTERACTIVE)]
      .filter((element) => shown(element) && !(element as HTMLButtonElement).disabled && !element.matches('[tabindex="-1"]'))
      .map(control);
  }

  if (request.kind === 'focused') {
    let active = root.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body) return { ring: false };
    const shows = (element: Element | null) => {
      if (!element) return false;
      const style = getComputedStyle(element);
      return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || style.boxShadow !== 'none';
    };
    // A visually hidden input (the import file chooser) shows its focus on its label.
    const hidden = Number(getComputedStyle(active).opacity) === 0;
    return { ...control(active), ring: hidden ? shows(active.closest('label')) : shows(active) };
  }

  // Contrast.
  type Rgba = [number, number, number, number];
  const parse = (css: string): Rgba => {
    const rgb = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(css);
    if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
    const srgb = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/.exec(css);
    if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
    throw new Error(`unreadable colour ${css}`);
  };
  const over = (top: Rgba, bottom: Rgba): Rgba => {
    const a = top[3];
    return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
  };
  const luminance = ([r, g, b]: Rgba) => {
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const parentOf = (element: Element): Element | null => {
    if (element.parentElement) return element.parentElement;
    const top = element.getRootNode();
    return top instanceof ShadowRoot ? top.host : null;
  };
  /** The colour behind an element: its own and its ancestors' backgrounds, down to the first opaque one (else white). */
  const backgroundOf = (element: Element): Rgba => {
    const layers: Rgba[] = [];
    for (let at: Element | null = element; at; at = parentOf(at)) {
      const colour = parse(getComputedStyle(at).backgroundColor);
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] >= 1) break;
    }
    return layers.reverse().reduce((below, layer) => over(layer, below), [255, 255, 255, 1] as Rgba);
  };
  const opacityOf = (element: Element) => {
    let product = 1;
    for (let at: Element | null = element; at; at = parentOf(at)) product *= Number(getComputedStyle(at).opacity);
    return product;
  };
  const inactive = (element: Element) => !!element.closest(':disabled, [aria-disabled="true"]');
  const ownText = (element: Element) =>
    squash([...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join(''));

  const failures: ContrastFailure[] = [];
  const covered = new Set<string>();
  let checked = 0;
  const measure = (element: Element, text: string, colourCss: string) => {
    const style = getComputedStyle(element);
    const colour = parse(colourCss);
    colour[3] *= opacityOf(element);
    const background = backgroundOf(element);
    const [lighter, darker] = [luminance(over(colour, background)), luminance(background)].sort((a, b) => b - a);
    const ratio = (lighter + 0.05) / (darker + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const needed = large ? 3 : 4.5;
    checked++;
    for (const probe of request.probes) if (element.matches(probe)) covered.add(probe);
    if (ratio < needed) {
      failures.push({ element: describe(element), text: text.slice(0, 30), ratio: Math.round(ratio * 100) / 100, needed, color: colourCss, background: `rgb(${background.slice(0, 3).map(Math.round).join(', ')})` });
    }
  };
  for (const element of root.querySelectorAll('*')) {
    if (!visible(element) || inactive(element) || element.closest('option, script, style, svg')) continue;
    const text = element instanceof HTMLSelectElement ? squash(element.selectedOptions[0]?.textContent) : ownText(element);
    if (text) measure(element, text, getComputedStyle(element).color);
    // Placeholders are text too, where they show (an empty field).
    if ((element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) && element.placeholder && !element.value) {
      measure(element, element.placeholder, getComputedStyle(element, '::placeholder').color);
    }
  }
  return { checked, failures, covered: [...covered] };
}

/** Runs the audit on a document page. */
const onPage = (page: Page) => <T,>(request: AuditRequest) => page.evaluate(`(${audit.toString()})(document, ${JSON.stringify(request)})`) as Promise<T>;
/** Runs the audit on the page UI's closed shadow root. */
const onPageUi = (ui: PageUiDriver) => <T,>(request: AuditRequest) => ui.evaluate(audit, request) as Promise<T>;

type Run = <T>(request: AuditRequest) => Promise<T>;

/**
 * Presses Tab until the focus comes back to the first control it reached (a document) or leaves
 * the root (the page UI, whose walk starts at its first control), and returns what it reached.
 */
async function tabWalk(page: Page, run: Run, steps: number, startFocused = false): Promise<Focused[]> {
  const reached: Focused[] = [];
  if (startFocused) {
    // Focus set by a script after a mouse click shows no ring (:focus-visible follows the
    // keyboard): step away and back with the keyboard first.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    reached.push(await run<Focused>({ kind: 'focused' }));
  } else {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }
  for (let step = 0; step < steps; step++) {
    await page.keyboard.press('Tab');
    const focused = await run<Focused>({ kind: 'focused' });
    if (!focused.key) {
      if (startFocused) break;
      continue;
    }
    if (reached.length > 0 && focused.key === reached[0]!.key) break;
    reached.push(focused);
  }
  return reached;
}

/** Soft assertions: one run lists every failing control and text, not just the first. */
async function expectKeyboardAndNames(name: string, page: Page, run: Run, startFocused = false): Promise<void> {
  const controls = await run<Control[]>({ kind: 'controls' });
  const reached = await tabWalk(page, run, controls.length + 5, startFocused);
  const reachedKeys = new Set(reached.map((focused) => focused.key));
  console.log(`[a11y] ${name}: ${controls.length} controls, ${reached.length} reached by Tab`);
  expect(controls.length, `${name}: controls found`).toBeGreaterThan(0);
  expect.soft(controls.filter((control) => !reachedKeys.has(control.key)).map((control) => control.describe), `${name}: not reachable by Tab`).toEqual([]);
  expect.soft(controls.filter((control) => !control.name).map((control) => control.describe), `${name}: controls without a name`).toEqual([]);
  expect.soft(reached.filter((focused) => !focused.ring).map((focused) => focused.describe), `${name}: focus not visible`).toEqual([]);
}

async function expectContrast(name: string, run: Run, probes: string[] = []): Promise<ContrastReport> {
  const report = await run<ContrastReport>({ kind: 'contrast', probes });
  console.log(`[a11y] ${name}: contrast of ${report.checked} texts, ${report.failures.length} under AA`);
  expect(report.checked, `${name}: texts measured`).toBeGreaterThan(5);
  expect.soft(report.failures, `${name}: contrast under WCAG AA`).toEqual([]);
  expect.soft(report.covered.sort(), `${name}: styles measured`).toEqual([...probes].sort());
  return report;
}

let fixtures: Fixture[];
let server: FixtureServer;
let browser: ExtensionBrowser;

/** A 2022 copy of 厦门's 2021 report, one figure up (收到 1719 → 1802) and one down (受理 1541 → 1460). */
const XIAMEN_2022_URL = 'https://www.xm.gov.cn/zwgk/tzgg/202303/t20230310_2700001.htm';

const fixture = (kind: string, nameContains: string): Fixture => findFixture(fixtures, nameContains, kind);
const openTabAt = (url: string) => openTab(browser, url);

async function saveReportAt(url: string): Promise<void> {
  const { page, tabId } = await openTabAt(url);
  await waitForExtraction(browser, tabId);
  const popup = await openPopup(browser, { tabId });
  await saveFromPopup(popup);
  await popup.close();
  await page.close();
}

beforeAll(async () => {
  assertBuilt();
  fixtures = loadFixtures();
  server = await serveFixtures(fixtures);
  const xiamen = readFileSync(join(FIXTURES_DIR, fixture('report', '003-xiamen').file), 'utf8');
  server.override(
    XIAMEN_2022_URL,
    xiamen
      .replaceAll('2021年法治政府建设情况的报告', '2022年法治政府建设情况的报告')
      .replace('2021年,在省委', '2022年,在省委')
      .replace('1719', '1802')
      .replace('受理1541件', '受理1460件'),
  );
  browser = await launchBrowser({ hosts: [...new Set(fixtures.map((f) => new URL(f.url).hostname))] });
  for (const file of ['000-jinjiang', '001-jiujiang', '003-xiamen']) await saveReportAt(server.localUrl(fixture('report', file)));
  await saveReportAt(server.localUrlOf(XIAMEN_2022_URL));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the popup', () => {
  it('about a saved report: every control reached by Tab, named, with a focus ring; AA contrast', async () => {
    const { page, tabId } = await openTabAt(server.localUrl(fixture('report', '003-xiamen')));
    await waitForExtraction(browser, tabId);
    const popup = await openPopup(browser, { tabId });
    expect(await popupState(popup)).toBe('report');
    await popup.locator('[data-testid="tag-add"]').first().waitFor();
    const run = onPage(popup);
    await expectKeyboardAndNames('popup (report)', popup, run);
    await expectContrast('popup (report)', run, ['.badge-report', '.facts dt', '.figure-list b', '.saved-list .title .page-text']);
    await popup.close();
    await page.close();
  });

  it('about a page outside gov.cn (在此页运行, 始终在此网站运行) and about a gov.cn page that is no report', async () => {
    const outside = await openTabAt(server.localUrl(fixture('report', '004-template')));
    await clickToolbarButton(browser, outside.page); // activeTab: the popup may read the tab's address
    const notRun = await openPopup(browser, { tabId: outside.tabId });
    expect(await popupState(notRun)).toBe('not-run');
    await notRun.locator('[data-testid="site-allow"]').waitFor();
    await expectKeyboardAndNames('popup (not run)', notRun, onPage(notRun));
    await expectContrast('popup (not run)', onPage(notRun), ['.badge-not-run', '[data-testid="site-allow"]', '#site-allow-hint']);
    await notRun.close();
    await outside.page.close();

    const negative = await openTabAt(server.localUrl(fixture('negative', 'hard-disclosure-report')));
    await waitForExtraction(browser, negative.tabId);
    const notReport = await openPopup(browser, { tabId: negative.tabId });
    expect(await popupState(notReport)).toBe('not-report');
    await expectContrast('popup (not a report)', onPage(notReport), ['.badge-not-report']);
    await notReport.close();
    await negative.page.close();
  });
});

describe('the full collection view', () => {
  it('with tags and a comparison: Tab reaches every control, names and focus rings, AA contrast of cells and changes', async () => {
    const view = await openPopup(browser, 'compare');
    await view.locator('[data-testid="comparison-table"]').waitFor();
    const run = onPage(view);

    // Keyboard only: Enter opens the tag editor, Enter keeps the tag, focus returns to the button.
    const addTag = view.locator('[data-testid="tag-add"]').first();
    await addTag.focus();
    await view.keyboard.press('Enter');
    await expect.poll(() => view.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tag-input');
    await view.keyboard.type('重点');
    await view.keyboard.press('Enter');
    await view.locator('[data-testid="tag"]').first().waitFor();
    expect(await view.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tag-add');
    // Escape closes the editor and changes nothing.
    await view.keyboard.press('Enter');
    await view.keyboard.type('不要');
    await view.keyboard.press('Escape');
    expect(await view.locator('[data-testid="tag-input"]').count()).toBe(0);
    expect(await view.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tag-add');
    expect(await view.locator('[data-testid="tag"]').allInnerTexts()).toEqual([expect.stringContaining('重点')]);

    // Space on a compare checkbox unpicks the report, and picks it again.
    const picked = () => view.locator('[data-testid="picked-count"]').innerText();
    const before = await picked();
    await view.locator('[data-testid="compare-pick"]').last().focus();
    await view.keyboard.press('Space');
    await expect.poll(picked).not.toBe(before);
    await view.keyboard.press('Space');
    await expect.poll(picked).toBe(before);
    await view.locator('[data-testid="comparison"][data-state="ready"]').waitFor();

    await expectKeyboardAndNames('collection view', view, run);
    await expectContrast('collection view', run, [
      'td.value a',
      'td.value .change.up',
      'td.value .change.down',
      'td.undisclosed a',
      '.comparison tr.group th',
      '.saved-list li.selected .count',
      '.tag .page-text',
      '.tag button',
      '.file-button',
      'input[type="search"]',
    ]);

    // Enter on 删除: the undo bar takes the focus, and Enter there puts the report back.
    const rows = await view.locator('[data-testid="saved-report"]').count();
    await view.locator('[data-testid="delete"]').first().focus();
    await view.keyboard.press('Enter');
    await view.locator('[data-testid="undo-bar"]').waitFor();
    expect(await view.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('undo');
    await expectContrast('collection view (undo bar)', run, ['.undo span', '.undo button']);
    await view.keyboard.press('Enter');
    await expect.poll(() => view.locator('[data-testid="saved-report"]').count()).toBe(rows);
    await view.close();
  });
});

describe('the in-page panels', () => {
  it('outline panel and figure card: Tab through them, names, focus rings, AA contrast inside the shadow root', async () => {
    const { page, tabId } = await openTabAt(server.localUrl(fixture('report', '003-xiamen')));
    await waitForExtraction(browser, tabId);
    const ui = await pageUi(page);
    const run = onPageUi(ui);

    await ui.click('[data-testid="open-outline"]');
    await ui.waitFor('[data-testid="outline-panel"]');
    // Open the first section's figure list, so its buttons count among the controls.
    await ui.click('[data-testid="outline-panel"] details > summary');
    await ui.evaluate((root) => (root.querySelector('[data-testid="outline-panel"] button') as HTMLElement).focus());
    await expectKeyboardAndNames('outline panel', page, run, true);
    await expectContrast('outline panel', run, ['button.heading span', '.figure-label', '.findings li', '.count']);

    // The figure card over a highlighted figure (a real click on it), and Tab through its controls.
    await clickFigure(page, '1719');
    await ui.waitFor('[data-testid="figure-card"]');
    await expectContrast('figure card', run, ['[data-testid="card-label"]', '[data-testid="card-value"]', '.card-facts dt', '[data-testid="card-clip"]']);
    await ui.evaluate((root) => (root.querySelector('[data-testid="figure-card"] button') as HTMLElement).focus());
    const card = await tabWalk(page, run, 10, true);
    const cardControls = await ui.evaluate((root) => root.querySelectorAll('[data-testid="figure-card"] button, [data-testid="figure-card"] a[href]').length);
    expect.soft(card.length, 'figure card: every control reached by Tab').toBeGreaterThanOrEqual(cardControls);
    expect.soft(card.filter((focused) => !focused.name || !focused.ring).map((focused) => focused.describe), 'figure card: unnamed or without focus ring').toEqual([]);
    await ui.close();
    await page.close();
  });
});

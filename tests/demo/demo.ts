/**
 * `npm run demo`: the whole product on the bundled fixtures, as a reader would use it.
 * Builds the extension, serves every fixture under its real host, opens Chromium with the
 * extension (a window when there is a display, headless otherwise), visits each report page
 * (on a page outside gov.cn: toolbar click, then 在此页运行), saves it from the popup, opens the
 * comparison, writes screenshots to demo-output/ and prints what was found on each page.
 * `--no-build` reuses the current build.
 */
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  buildExtension,
  clickToolbarButton,
  launchBrowser,
  loadFixtures,
  openPopup,
  popupState,
  ROOT,
  saveFromPopup,
  scrollToHighlight,
  servedFixtures,
  serveFixtures,
  tabIdOf,
  waitForExtraction,
} from '../e2e/harness';

const OUT = join(ROOT, 'demo-output');

interface Row {
  page: string;
  state: string;
  jurisdiction: string;
  year: string;
  headings: string;
  figures: string;
  indicators: string;
}

/** Terminal columns: CJK characters take two cells. */
function cells(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}

function printTable(headers: string[], rows: string[][]): void {
  const widths = headers.map((header, i) => Math.max(cells(header), ...rows.map((row) => cells(row[i]))));
  const line = (row: string[]) => row.map((cell, i) => cell + ' '.repeat(widths[i] - cells(cell))).join('  ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

const started = Date.now();
mkdirSync(OUT, { recursive: true });
if (!process.argv.includes('--no-build')) {
  console.log('building the extension (wxt build)…');
  const output = await buildExtension();
  for (const sizeLine of output.split('\n').filter((l) => /\.output\/chrome-mv3\/.*\.(js|css)\b|Σ Total/.test(l))) {
    console.log(`  ${sizeLine.replace(/^[\s├└─]+/, '')}`);
  }
}

const fixtures = loadFixtures();
const reports = servedFixtures(fixtures).filter((f) => f.kind === 'report');
const server = await serveFixtures(fixtures);
const headless = !process.env.DISPLAY;
const browser = await launchBrowser({ headless, hosts: [...new Set(fixtures.map((f) => new URL(f.url).hostname))] });
console.log(`Chromium ${headless ? 'headless' : 'window'}; extension ${browser.extensionId}; ${reports.length} report pages`);

const rows: Row[] = [];
try {
  for (const fixture of reports) {
    const name = basename(fixture.file, '.html');
    console.log(`  ${name}`);
    const page = await browser.context.newPage();
    await page.goto(server.localUrl(fixture));
    const tabId = await tabIdOf(browser, page);
    const onGovCn = new URL(fixture.url).hostname.endsWith('.gov.cn');
    if (onGovCn) await waitForExtraction(browser, tabId);
    else await clickToolbarButton(browser, page);

    const popup = await openPopup(browser, { tabId });
    if (!onGovCn && (await popupState(popup)) === 'not-run') {
      await popup.locator('[data-testid="run-here"]').click();
      await popup.locator('[data-testid="current-page"]:not([data-state="not-run"])').waitFor();
    }
    const state = await popupState(popup);
    const text = async (id: string) =>
      (await popup.locator(`[data-testid="${id}"]`).count()) ? (await popup.locator(`[data-testid="${id}"]`).innerText()).trim() : '-';
    if (state === 'report') await saveFromPopup(popup);
    rows.push({
      page: name,
      state,
      jurisdiction: (await text('jurisdiction')).split(/\s+/)[0],
      year: await text('year'),
      headings: await text('headings-count'),
      figures: await text('figures-count'),
      indicators: await text('indicators-count'),
    });
    await popup.screenshot({ path: join(OUT, `${name}-popup.png`), fullPage: true });
    await popup.close();

    await scrollToHighlight(page, 'report-lens-heading-1');
    await page.screenshot({ path: join(OUT, `${name}.png`) });
    await page.close();
  }

  const compare = await openPopup(browser, 'compare');
  await compare.screenshot({ path: join(OUT, 'comparison.png'), fullPage: true });
  await compare.close();
} finally {
  await browser.close();
  await server.close();
}

console.log('');
printTable(
  ['page', 'status', 'jurisdiction', 'year', 'headings', 'figures', 'indicators'],
  rows.map((r) => [r.page, r.state, r.jurisdiction, r.year, r.headings, r.figures, r.indicators]),
);
console.log(`\nscreenshots in demo-output/ (one per page, its popup, comparison.png); ${((Date.now() - started) / 1000).toFixed(1)} s`);

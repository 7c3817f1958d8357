/**
 * The reader page in real Chromium with the built extension: a PDF and a .docx of the seed
 * reports opened with the file picker are read, shown (PDF pages drawn by pdf.js with their text
 * layer) and annotated with the same headings and figures as the HTML page; a scan is refused
 * with its reason. The popup's 打开本地文件 opens this page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractReport } from '../../lib/extract/extract-report';
import { loadPage } from '../../lib/cli/load-page';
import { ensureDocumentFixtures, IMAGE_ONLY_PDF, type SeedDocument } from '../fixtures/build-documents';
import { assertBuilt, launchBrowser, readHighlights, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;
let documents: SeedDocument[];

beforeAll(async () => {
  assertBuilt();
  documents = await ensureDocumentFixtures();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openInReader(file: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/reader.html`);
  await page.locator('[data-testid="reader-file"]').setInputFiles(file);
  await page.locator('[data-testid="reader-status"]:not([data-state="reading"])').waitFor({ timeout: 30_000 });
  return page;
}

const seed = (name: string) => documents.find((doc) => doc.name === name)!;

describe('the reader page', () => {
  it('shows a PDF report with its pages and marks the HTML page’s headings and figures on the text layer', async () => {
    const doc = seed('000-jinjiang-2019');
    const html = extractReport(loadPage(doc.html));
    const page = await openInReader(doc.pdf);
    const status = page.locator('[data-testid="reader-status"]');
    expect(await status.getAttribute('data-state')).toBe('open');
    expect(await status.getAttribute('data-report')).toBe('true');
    expect(await page.locator('.reader-page canvas').count()).toBe(4);
    expect(await page.locator('.reader-page .textLayer span').count()).toBeGreaterThan(100);
    const highlights = await readHighlights(page);
    const painted = (prefix: string) => Object.entries(highlights).filter(([name]) => name.startsWith(prefix)).flatMap(([, texts]) => texts);
    // Every figure the engine finds on the HTML page is painted over the PDF's text layer, with the
    // same text; a figure broken over a page (39 / 件) is painted in two pieces, nothing between them.
    const htmlText = loadPage(doc.html).text;
    const characters = (texts: string[]) => [...texts.join('').replace(/\s+/g, '')].sort().join('');
    expect(characters(painted('report-lens-figure-'))).toBe(characters(html.mentions.map((m) => htmlText.slice(m.start, m.end))));
    expect(painted('report-lens-figure-')).toEqual(expect.arrayContaining(['39', '件']));
    expect(painted('report-lens-figure-').join('')).not.toContain('报告');
    expect(painted('report-lens-heading-').length).toBeGreaterThanOrEqual(html.outline.sections.length);
    expect(await status.textContent()).toContain(`${html.outline.sections.length}`);
    expect(painted('report-lens-figure-')).toContain('55件');
    await page.close();
  });

  it('shows a .docx report as paragraphs, marked alike', async () => {
    const doc = seed('003-xiamen-2021');
    const html = extractReport(loadPage(doc.html));
    const page = await openInReader(doc.docx);
    expect(await page.locator('[data-testid="reader-status"]').getAttribute('data-report')).toBe('true');
    const highlights = await readHighlights(page);
    const figures = Object.entries(highlights).filter(([name]) => name.startsWith('report-lens-figure-')).flatMap(([, texts]) => texts);
    expect(figures).toHaveLength(html.mentions.length);
    await page.close();
  });

  it('refuses a scan with the reason, showing nothing', async () => {
    const page = await openInReader(IMAGE_ONLY_PDF);
    const status = page.locator('[data-testid="reader-status"]');
    expect(await status.getAttribute('data-state')).toBe('failed');
    expect(await status.getAttribute('data-reason')).toBe('image-only');
    expect(await status.textContent()).toContain('image-only.pdf');
    expect(await page.locator('.reader-page').count()).toBe(0);
    await page.close();
  });

  it('is opened by the popup’s 打开本地文件', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=0`);
    const [reader] = await Promise.all([browser.context.waitForEvent('page'), popup.locator('[data-testid="open-reader"]').click()]);
    await reader.waitForLoadState();
    expect(reader.url()).toBe(`chrome-extension://${browser.extensionId}/reader.html`);
    await reader.locator('[data-testid="reader-file"]').waitFor({ state: 'attached' });
    await popup.close();
    await reader.close();
  });
});

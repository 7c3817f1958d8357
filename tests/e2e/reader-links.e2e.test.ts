/**
 * Reports that live as files on a site, in real Chromium with the built extension: a PDF served by
 * a gov site (a local server posing as one) opens in the reader from its address, is detected and
 * painted, saved (the same bytes again are the same report), compared with an HTML report, and the
 * comparison cell's link reopens the PDF at the sentence's page with the sentence highlighted, or
 * the kept text when the site no longer serves the file. Bad addresses (a site not granted, a
 * login page instead of the file) are refused with their reason and nothing is saved.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDocumentFixtures, type SeedDocument } from '../fixtures/build-documents';
import { assertBuilt, findFixture, launchBrowser, loadFixtures, openFullView, readHighlights, pageUi, saveReportPage, serveFixtures, SHOTS, type ExtensionBrowser, type FixtureServer } from './harness';
import { serveSite, type SiteAnswer, type SiteServer } from './site-server';

const SITE = 'www.jinjiang.gov.cn';
const NOT_GRANTED = 'reports.example.org';
let browser: ExtensionBrowser;
let site: SiteServer;
let pages: FixtureServer;
let pdf: SeedDocument;
let serving = true;

/** An article page that only points at the report file, as many sites publish it (written here, not copied). */
const NOTICE_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>晋江市2019年法治政府建设情况报告</title></head><body>
<div class="nav">首页 政务公开 法治政府建设</div>
<div class="article"><h1>晋江市2019年法治政府建设情况报告</h1><p>发布时间：2020-03-25 来源：晋江市司法局</p>
<p>根据《法治政府建设与责任落实督察工作规定》，现将我市2019年法治政府建设情况予以公开。</p>
<p>附件：<a href="/fzzf/report-2019.pdf">晋江市2019年法治政府建设情况报告.pdf</a>（1.2MB）</p></div>
<div class="footer">主办单位：晋江市人民政府办公室</div></body></html>`;

beforeAll(async () => {
  assertBuilt();
  pdf = (await ensureDocumentFixtures()).find((doc) => doc.name === '000-jinjiang-2019')!;
  const bytes = new Uint8Array(readFileSync(pdf.pdf));
  site = await serveSite((path): SiteAnswer => {
    if (path === '/fzzf/report-2019.pdf' || path === '/elsewhere/report.pdf') {
      return serving ? { status: 200, body: bytes, headers: { 'content-type': 'application/pdf' } } : { status: 404, body: 'gone' };
    }
    if (path === '/fzzf/notice-2019.html') return { status: 200, body: NOTICE_PAGE };
    if (path === '/secure/report.pdf') return { status: 302, body: '', headers: { location: '/login' } };
    if (path === '/login') return { status: 200, body: '<html><title>统一身份认证平台</title><body>请登录</body></html>' };
    return { status: 404, body: 'not here' };
  });
  pages = await serveFixtures(loadFixtures());
  browser = await launchBrowser({ hosts: [NOT_GRANTED] });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await pages?.close();
});

const fileAddress = (path: string, host = SITE) => `http://${host}:${site.port}${path}`;

async function openReader(query: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/reader.html${query}`);
  await page.locator('[data-testid="reader-status"]:not([data-state="reading"])').waitFor({ timeout: 30_000 });
  return page;
}

const reportCount = () => browser.background.evaluate(() => new Promise<number>((done) => {
  const open = indexedDB.open('report-lens');
  open.onsuccess = () => {
    const request = open.result.transaction('reports').objectStore('reports').count();
    request.onsuccess = () => {
      done(request.result);
      open.result.close();
    };
  };
}));

/** Where the target highlight is: its text, the printed page its sentence starts on, whether it is on screen. */
async function targetHighlight(page: Page): Promise<{ text: string; page: string | null; onScreen: boolean } | null> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('report-lens-target');
    const range = highlight ? ([...highlight][0] as Range | undefined) : undefined;
    if (!range) return null;
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    const box = live.getBoundingClientRect();
    const element = range.startContainer.parentElement!;
    return { text: live.toString(), page: element.closest<HTMLElement>('[data-page]')?.dataset.page ?? null, onScreen: box.top >= 0 && box.bottom <= innerHeight };
  });
}

describe('a report file on a granted site', () => {
  let readerLink = '';

  it('is offered from the article page that links it, and opens in the reader from there', async () => {
    const article = await browser.context.newPage();
    await article.goto(fileAddress('/fzzf/notice-2019.html'));
    const ui = await pageUi(article);
    await ui.waitFor('[data-testid="open-attachment"]');
    expect(await ui.text('[data-testid="open-attachment"]')).toBe('在报告透镜中打开');
    const [reader] = await Promise.all([browser.context.waitForEvent('page'), ui.click('[data-testid="open-attachment"]')]);
    await reader.locator('[data-testid="reader-status"][data-state="open"]').waitFor({ timeout: 30_000 });
    expect(new URL(reader.url()).searchParams.get('url')).toBe(fileAddress('/fzzf/report-2019.pdf'));
    expect(await reader.locator('[data-testid="reader-status"]').getAttribute('data-report')).toBe('true');
    expect(await reportCount()).toBe(0);
    await ui.close();
    await reader.close();
    await article.close();
  });

  it('opens in the reader from its address, painted like a page, and is saved once however often it is opened', async () => {
    const reader = await openReader(`?url=${encodeURIComponent(fileAddress('/fzzf/report-2019.pdf'))}`);
    const status = reader.locator('[data-testid="reader-status"]');
    expect(await status.getAttribute('data-state')).toBe('open');
    expect(await status.getAttribute('data-report')).toBe('true');
    expect(await status.textContent()).toContain('晋江');
    expect(await reader.locator('.reader-page canvas').count()).toBe(4);
    const figures = Object.entries(await readHighlights(reader)).filter(([name]) => name.startsWith('report-lens-figure-'));
    expect(figures.flatMap(([, texts]) => texts)).toContain('55件');

    await reader.locator('[data-testid="reader-save"]').click();
    const saved = reader.locator('[data-testid="reader-saved"]');
    await saved.waitFor();
    expect(await saved.getAttribute('data-id')).toBe('1');
    expect(await reportCount()).toBe(1);
    await reader.close();

    // The same bytes from another address of the site: the one saved report, already marked saved.
    const again = await openReader(`?url=${encodeURIComponent(fileAddress('/elsewhere/report.pdf'))}`);
    await again.locator('[data-testid="reader-saved"][data-id="1"]').waitFor();
    expect(await again.locator('[data-testid="reader-save"]').count()).toBe(0);
    expect(await reportCount()).toBe(1);
    await again.close();
  });

  it('is compared with an HTML report, and its cell links back into the reader at the sentence on its page', async () => {
    const popup = await saveReportPage(browser, pages, findFixture(loadFixtures(), '003-xiamen'));
    await popup.close();
    expect(await reportCount()).toBe(2);
    const view = await openFullView(browser, '?ids=1,2');
    await view.locator('[data-testid="comparison-table"]').waitFor();
    const link = view.locator('td.value a[href^="/reader.html?report=1"]').first();
    readerLink = (await link.getAttribute('href'))!;
    const sentence = (await link.getAttribute('title'))!;
    expect(sentence.length).toBeGreaterThan(5);
    const [reader] = await Promise.all([browser.context.waitForEvent('page'), link.click()]);
    await reader.locator('[data-testid="reader-target"]').waitFor({ timeout: 30_000 });
    const notice = reader.locator('[data-testid="reader-target"]');
    expect(await notice.getAttribute('data-found')).toBe('true');
    // The PDF itself again (its pages drawn), not the kept text: the site still serves the same bytes.
    expect(await reader.locator('.reader-page canvas').count()).toBe(4);
    const target = await targetHighlight(reader);
    expect(target?.text.replace(/\s+/g, '')).toBe(sentence.slice(0, 200).replace(/\s+/g, ''));
    expect(target?.page).toBe(await notice.getAttribute('data-page'));
    expect(Number(target?.page)).toBeGreaterThanOrEqual(1);
    expect(target?.onScreen).toBe(true);
    await reader.screenshot({ path: join(SHOTS, 'reader-link-target.png') });
    await reader.close();
    await view.close();
  });

  it('shows its kept text with the sentence when the site no longer serves the file, and says when a sentence is gone', async () => {
    serving = false;
    try {
      const reader = await openReader(readerLink.slice('/reader.html'.length));
      await reader.locator('[data-testid="reader-target"][data-found="true"]').waitFor();
      expect(await reader.locator('.reader-page canvas').count()).toBe(0);
      expect(await reader.locator('.reader-pages p').count()).toBeGreaterThan(10);
      expect(await reader.locator('text=保存时留存的报告文字').count()).toBe(1);
      expect((await targetHighlight(reader))?.onScreen).toBe(true);
      await reader.close();
    } finally {
      serving = true;
    }
    const orphan = await openReader(`?report=1&quote=${encodeURIComponent('全年共办理行政复议案件99999件')}`);
    await orphan.locator('[data-testid="reader-target"][data-found="false"]').waitFor();
    expect(await targetHighlight(orphan)).toBeNull();
    await orphan.close();
  });

  it('refuses a site not granted and a login page in place of the file, with the reason, saving nothing', async () => {
    const before = await reportCount();
    const notGranted = await openReader(`?url=${encodeURIComponent(fileAddress('/fzzf/report-2019.pdf', NOT_GRANTED))}`);
    expect(await notGranted.locator('[data-testid="reader-status"]').getAttribute('data-reason')).toBe('not-granted');
    expect(await notGranted.locator('[data-testid="reader-status"]').textContent()).toContain('尚未获准');
    await notGranted.close();
    const login = await openReader(`?url=${encodeURIComponent(fileAddress('/secure/report.pdf'))}`);
    expect(await login.locator('[data-testid="reader-status"]').getAttribute('data-reason')).toBe('unreachable');
    expect(await login.locator('.reader-page').count()).toBe(0);
    await login.close();
    expect(await reportCount()).toBe(before);
  });
});

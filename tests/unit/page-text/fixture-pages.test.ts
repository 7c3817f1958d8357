// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../../lib/cli/load-page';
import { pageTextFromDocument } from '../../../lib/page-text/from-document';
import { pageTextFromPlainText } from '../../../lib/page-text/from-plain-text';
import type { BlockRole, PageText } from '../../../lib/page-text/types';

/**
 * The DOM path on the fixture pages (tests/fixtures/fixtures.json): the seeds poured into real gov
 * templates (reports/) and the real templates themselves (negative/). The plain-text path on the
 * seed is the reference for what the article body is.
 */
const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

interface ManifestEntry {
  file: string;
  kind: string;
  url?: string;
  seed?: string;
}

const manifest: ManifestEntry[] = JSON.parse(readFileSync(join(FIXTURES, 'fixtures.json'), 'utf8'));
const seeded = manifest.filter((entry) => entry.seed && entry.file.endsWith('.html'));
const negativeHtml = manifest.filter((entry) => entry.kind === 'negative' && entry.file.endsWith('.html'));

const squeeze = (text: string) => text.replace(/\s+/g, '');

function blocks(page: PageText, role: BlockRole, source: 'text' | 'folded' = 'text'): string[] {
  return page.blocks.filter((block) => block.role === role).map((block) => page[source].slice(block.start, block.end));
}

/** Loads a fixture into the test's global document (happy-dom ranges only work on nodes of that one). */
function loadIntoDocument(file: string): Document {
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  // Iframes go: happy-dom would try (and refuse) to load them.
  document.documentElement.innerHTML = html
    .replace(/^[\s\S]*?<html[^>]*>/i, '')
    .replace(/<\/html>\s*$/i, '')
    .replace(/<iframe\b[\s\S]*?<\/iframe>/gi, '');
  return document;
}

describe('report fixtures', () => {
  it('the manifest lists the seeded report pages', () => {
    expect(seeded.length).toBeGreaterThanOrEqual(5);
  });

  it.each(seeded.map((entry) => [entry.file, entry] as const))('%s: the article body is the seed report, chrome is not', (_file, entry) => {
    const page = loadPage(join(FIXTURES, entry.file));
    const seedPage = pageTextFromPlainText(readFileSync(join(FIXTURES, 'seeds', entry.seed!), 'utf8'));
    // Big5 pages write 着 as 著, a character simplified text also uses (显著): it is deliberately not folded.
    const comparable = (text: string) => squeeze(text).replace(/著/g, '着');
    const seedBody = new Set(blocks(seedPage, 'body', 'folded').map(comparable));
    const body = blocks(page, 'body', 'folded').map(comparable);

    expect(page.meta.url).toBe(entry.url);
    expect(page.meta.htmlTitle).toBeTruthy();
    // Every body block is a line of the report; at most the title and a template note are elsewhere.
    expect(body.filter((text) => !seedBody.has(text) && !/^[(（]?责任编辑/.test(text))).toEqual([]);
    const notInBody = [...seedBody].filter((text) => !body.includes(text));
    expect(notInBody.length).toBeLessThanOrEqual(2);
    for (const text of notInBody) expect(text.length).toBeLessThan(80);
    // The seed's chrome lines are not body on the page either.
    for (const chrome of blocks(seedPage, 'chrome', 'folded').map(comparable)) expect(body).not.toContain(chrome);
  });

  it('reads the Shapotou index table and the site meta tags (002)', () => {
    const page = loadPage(join(FIXTURES, 'reports/002-shapotou-2020.html'));
    expect(page.meta.indexFields).toMatchObject({ 索引号: '640502003/2021-00066', 发布机构: '沙坡头区司法局', 有效性: '有效', 生成日期: '2020年11月15日' });
    expect(page.meta.metaTags.sitename).toBe('中卫市沙坡头区人民政府');
    expect(blocks(page, 'outside')).toContain('时间:2020年11月15日 来源:沙坡头区司法局');
  });

  it('classifies the big5 Xiamen page like its simplified twin', () => {
    const big5 = loadPage(join(FIXTURES, 'reports/005-xiamen-2021-big5.html'));
    const simplified = loadPage(join(FIXTURES, 'reports/003-xiamen-2021.html'));
    expect(big5.blocks.map((block) => block.role)).toEqual(simplified.blocks.map((block) => block.role));
    expect(blocks(big5, 'chrome', 'folded')).toEqual(blocks(simplified, 'chrome', 'folded'));
    expect(big5.folded).toContain('全市各级行政复议机关共收到行政复议申请1719件');
  });

  it('keeps figures wrapped in their own spans contiguous, and locates them across nodes (003)', () => {
    const doc = loadIntoDocument('reports/003-xiamen-2021.html');
    const { page, locate } = pageTextFromDocument(doc);
    const start = page.text.indexOf('申请1719件');
    expect(start).toBeGreaterThan(0);
    const span = locate(start, start + '申请1719件'.length)!;
    expect(span.startContainer).not.toBe(span.endContainer);
    const range = doc.createRange();
    range.setStart(span.startContainer, span.startOffset);
    range.setEnd(span.endContainer, span.endOffset);
    expect(range.toString()).toBe('申请1719件');
  });

  it.each(seeded.map((entry) => [entry.file] as const))('%s: locate round-trips every body block', (file) => {
    const doc = loadIntoDocument(file);
    const { page, locate } = pageTextFromDocument(doc);
    const body = page.blocks.filter((block) => block.role === 'body');
    expect(body.length).toBeGreaterThan(10);
    for (const block of body) {
      const span = locate(block.start, block.end)!;
      const range = doc.createRange();
      range.setStart(span.startContainer, span.startOffset);
      range.setEnd(span.endContainer, span.endOffset);
      expect(squeeze(range.toString())).toBe(squeeze(page.text.slice(block.start, block.end)));
    }
  });
});

describe('negative fixtures (real gov templates)', () => {
  it.each(negativeHtml.map((entry) => [entry.file] as const))('%s: finds an article and keeps furniture out of it', (file) => {
    const page = loadPage(join(FIXTURES, file));
    const body = blocks(page, 'body', 'folded');
    expect(body.length).toBeGreaterThan(0);
    for (const text of body) expect(text).not.toMatch(/^(?:扫一扫|当前位置|打印|字号|分享到)|ICP备|网站标识码/);
  });

  it('finds the TRS_Editor article of the Shanxi portal (001) and leaves the portal around it outside', () => {
    const page = loadPage(join(FIXTURES, 'negative/001.html'));
    expect(blocks(page, 'body')[0]).toBe('图为山西品牌丝路行（南美站）启动仪式。（刘通摄）');
    expect(blocks(page, 'outside')).toContain('山西品牌丝路行（南美站）正式启动');
    expect(page.meta.metaTags).toMatchObject({ sitename: '山西省人民政府门户网站', siteidcode: '1400000045' });
  });

  it('reads the gov.cn index table (006) into index fields and keeps it out of the body', () => {
    const page = loadPage(join(FIXTURES, 'negative/006.html'));
    expect(page.meta.indexFields).toMatchObject({
      索引号: '000014349/2018-00226',
      发文机关: '国务院办公厅',
      成文日期: '2018年12月05日',
      发文字号: '国办发〔2018〕118号',
      发布日期: '2019年01月03日',
    });
    expect(blocks(page, 'body')[0]).toBe('国务院办公厅关于全面推行');
  });
});

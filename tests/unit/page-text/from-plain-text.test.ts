import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageTextFromPlainText } from '../../../lib/page-text/from-plain-text';
import type { BlockRole, PageText } from '../../../lib/page-text/types';

const SEEDS = join(import.meta.dirname, '..', '..', 'fixtures', 'seeds');
const seed = (name: string) => pageTextFromPlainText(readFileSync(join(SEEDS, name), 'utf8'));

/** The role of the block whose text is exactly `line` (the first one). */
function roleOf(page: PageText, line: string): BlockRole | undefined {
  return page.blocks.find((block) => page.text.slice(block.start, block.end) === line)?.role;
}

function blockTexts(page: PageText, role: BlockRole): string[] {
  return page.blocks.filter((block) => block.role === role).map((block) => page.text.slice(block.start, block.end));
}

describe('pageTextFromPlainText', () => {
  it('joins trimmed non-empty lines with \\n; blocks are the lines; folded has the same length', () => {
    const page = pageTextFromPlainText('  第一行\u3000\u3000文字  \r\n\r\n\t第二行 \n\n');
    expect(page.text).toBe('第一行 文字\n第二行');
    expect(page.blocks.map(({ start, end, tag }) => ({ start, end, tag }))).toEqual([
      { start: 0, end: 6, tag: 'line' },
      { start: 7, end: 10, tag: 'line' },
    ]);
    expect(page.folded.length).toBe(page.text.length);
    expect(page.meta).toEqual({ url: null, htmlTitle: null, metaTags: {}, indexFields: {} });
  });

  it('seed 002: breadcrumb, index list, share widgets and footer are chrome; the report is body', () => {
    const page = seed('002_a97323032518c27f.txt');
    for (const line of [
      '当前位置:首页 > 政府信息公开 > 法定主动公开内容 > 法治政府建设年报 > 区政府法治政府建设年度报告',
      '• 640502003/2021-00066',
      '• 沙坡头区司法局',
      '• 2020年11月15日',
      '时间:2020年11月15日 来源:沙坡头区司法局',
      '字号:',
      '用微信扫描二维码',
      '分享至好友和朋友圈',
      '×',
      '附件下载:',
      '扫一扫在手机上查看当前页面',
      '新媒体',
      '智能机器人',
    ]) {
      expect(roleOf(page, line), line).toBe('chrome');
    }
    for (const line of ['中卫市沙坡头区2020年法治政府建设年度报告', '一、加强党的领导,统筹推进法治政府建设', '九、存在的问题', '中共中卫市沙坡头区委全面依法治区委员会办公室', '2020年11月15日']) {
      expect(roleOf(page, line), line).toBe('body');
    }
    expect(page.meta.indexFields).toEqual({ 索引号: '640502003/2021-00066', 发布机构: '沙坡头区司法局', 有效性: '有效', 发布日期: '2020年11月15日' });
    // Publication lines stay in the text for metadata.
    expect(page.text).toContain('时间:2020年11月15日 来源:沙坡头区司法局');
  });

  it('seed 003: the site chrome before the title is chrome, the title and report are body', () => {
    const page = seed('003_c41d4294c82615c2.txt');
    const chrome = blockTexts(page, 'chrome');
    expect(chrome.slice(0, 7)).toEqual(['• |', '• EN |', '• 移动版', '闽政通APP', '网站支持IPV6', '当前位置:首页 / 最新通告', '2022-03-10 10:58 字号:']);
    expect(chrome.at(-1)).toBe('扫一扫在手机上查看当前页面');
    const body = blockTexts(page, 'body');
    expect(body[0]).toBe('厦门市关于2021年法治政府建设情况的报告');
    expect(body.some((text) => text.includes('全市各级行政复议机关共收到行政复议申请1719件'))).toBe(true);
  });

  it('seed 000: the publication line and the QR prompt are chrome, every numbered heading is body', () => {
    const page = seed('000_0584a391d29fbf7b.txt');
    expect(blockTexts(page, 'chrome')).toEqual(['时间:2020-02-04 15:32 浏览量:', '扫一扫在手机上查看当前页面']);
    expect(roleOf(page, '2019年度晋江市法治政府工作报告')).toBe('body');
    expect(roleOf(page, '二、当前存在问题和困难')).toBe('body');
    expect(roleOf(page, '2020年工作计划')).toBe('body');
  });

  it('seed 001: only the closing source line is chrome', () => {
    const page = seed('001_2adae50a77c5f6dd.txt');
    expect(blockTexts(page, 'chrome')).toEqual(['来源:中国九江网']);
    expect(roleOf(page, '二、存在的问题和下步工作打算')).toBe('body');
  });

  it('seed 004: the template site breadcrumb is chrome, its repeated titles body', () => {
    const page = seed('004_6600c89832ccf94f.txt');
    expect(roleOf(page, '美章网 资料文库 地区依法行政情况报告范文')).toBe('chrome');
    expect(roleOf(page, '地区依法行政情况报告')).toBe('body');
    expect(blockTexts(page, 'body').length).toBeGreaterThan(30);
  });

  it('keeps caller meta and lets caller index fields win', () => {
    const page = pageTextFromPlainText('• 640502003/2021-00066\n• 沙坡头区司法局\n正文。', {
      url: 'https://www.nxzw.gov.cn/zwgk/a.html',
      indexFields: { 发布机构: '中卫市沙坡头区人民政府' },
    });
    expect(page.meta.url).toBe('https://www.nxzw.gov.cn/zwgk/a.html');
    expect(page.meta.indexFields).toEqual({ 索引号: '640502003/2021-00066', 发布机构: '中卫市沙坡头区人民政府' });
  });

  it('never throws and stays linear: empty input, random Unicode, 5 MB', () => {
    expect(pageTextFromPlainText('').blocks).toEqual([]);
    expect(pageTextFromPlainText('\n\n \u3000 \n').text).toBe('');
    const noise = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('');
    expect(pageTextFromPlainText(noise).folded.length).toBe(pageTextFromPlainText(noise).text.length);
    const raw = readFileSync(join(SEEDS, '003_c41d4294c82615c2.txt'), 'utf8');
    const big = raw.repeat(Math.ceil(5_000_000 / raw.length));
    const started = performance.now();
    const page = pageTextFromPlainText(big);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(page.text.length).toBeGreaterThan(4_500_000);
  });
});

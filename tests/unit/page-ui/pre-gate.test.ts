// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../lib/extract/extract-report';
import { pageTextFromDocument } from '../../../lib/page-text/from-document';
import { mayBeReport, PREFIX_CHARS } from '../../../lib/page-ui/pre-gate';
import { loadCorpus } from '../../corpus/load-corpus';
import { fixtureEntries, fixtureHtml, parseDocument, plainPage, seedText } from './fixture-dom';

const pages = fixtureEntries().filter((f) => f.file.endsWith('.html'));
// Real report openings from the corpus dev split (never the held-out split); they live in the cache outside the repo.
const corpusDev = loadCorpus(['dev']);
if (!corpusDev.ok) console.log(`pre-gate corpus check skipped: ${corpusDev.reason}`);
const devReports = corpusDev.ok ? corpusDev.pages.filter((p) => p.entry.kind === 'report').map((p) => [p.entry.id, p.text] as const) : [];

describe('mayBeReport', () => {
  it.each(pages.filter((f) => f.kind === 'report'))('lets every report fixture through: $file', (f) => {
    expect(mayBeReport(parseDocument(fixtureHtml(f)), f.url).pass).toBe(true);
  });

  it.each(pages)('never stops a page the engine would call a report: $file', (f) => {
    const doc = parseDocument(fixtureHtml(f));
    if (!mayBeReport(doc, f.url).pass) expect(extractReport(pageTextFromDocument(doc, f.url).page).detection.isReport).toBe(false);
  });

  it('stops the ordinary pages of gov sites (news, statistics, press conferences) before any engine runs', () => {
    const stopped = pages.filter((f) => f.kind === 'negative' && !mayBeReport(parseDocument(fixtureHtml(f)), f.url).pass);
    expect(stopped.map((f) => f.file)).toEqual(expect.arrayContaining(['negative/001.html', 'negative/002.html', 'negative/004.html', 'negative/005.html', 'negative/012.html']));
  });

  it.each(['000_0584a391d29fbf7b.txt', '001_2adae50a77c5f6dd.txt', '002_a97323032518c27f.txt', '003_c41d4294c82615c2.txt', '004_6600c89832ccf94f.txt'])(
    'finds a report by its text alone (portal title, no meta, plain URL): %s',
    (seed) => {
      const verdict = mayBeReport(parseDocument(plainPage(seedText(seed))), 'https://www.example.gov.cn/art/2021/1/1/art_1_1.html');
      expect(verdict).toMatchObject({ pass: true, reason: 'text' });
    },
  );

  // The loader's gate must stay a superset of the engine's, on real reports it was not written for.
  it.skipIf(!corpusDev.ok).each(devReports)('lets every real report of the corpus dev split through by its text: %s', (_id, text) => {
    expect(mayBeReport(parseDocument(plainPage(text)), 'https://www.example.gov.cn/art/2021/1/1/art_1_1.html').pass).toBe(true);
  });

  it('lets township reports through, which speak of 依法治镇 rather than 法治政府', () => {
    const doc = parseDocument(plainPage('2022年，我镇坚持全面依法治镇，扎实推进基层治理各项工作。'));
    expect(mayBeReport(doc, 'https://www.example.gov.cn/a.html')).toMatchObject({ pass: true, reason: 'text' });
  });

  it('reads traditional characters (big5 gateways) and terms split by inline tags', () => {
    const doc = parseDocument('<html><head><title>新聞</title></head><body><p>全市共收到行政<b>復議</b>申請1719件</p></body></html>');
    expect(mayBeReport(doc, 'https://www.xm.gov.cn/gate/big5/a.htm')).toMatchObject({ pass: true, reason: 'text' });
  });

  it('takes the title, the column meta tag or the URL column as evidence without reading the body', () => {
    const body = '<body><p>新闻内容</p></body>';
    expect(mayBeReport(parseDocument(`<html><head><title>2022年度法治政府建设情况报告</title></head>${body}</html>`), 'https://a.gov.cn/x.html').reason).toBe('title');
    expect(mayBeReport(parseDocument(`<html><head><meta name="ColumnName" content="法治政府建设"></head>${body}</html>`), 'https://a.gov.cn/x.html').reason).toBe('meta');
    expect(mayBeReport(parseDocument(`<html><head></head>${body}</html>`), 'https://www.jiujiang.gov.cn/zwgk/fzzfjs/202303/t1.html').reason).toBe('url');
  });

  it('reads no more than its prefix on a 5 MB page', () => {
    const filler = '<p>山西品牌丝路行（南美站）正式启动，推动更多山西产品走向世界。</p>'.repeat(5_000_000 / 40);
    const doc = parseDocument(`<html><head><title>新闻</title></head><body>${filler}<p>法治政府建设</p></body></html>`);
    const verdict = mayBeReport(doc, 'http://www.shanxi.gov.cn/yw/sxyw/a.shtml');
    // The term is past the prefix: not seen, and the page is stopped.
    expect(verdict).toEqual({ pass: false, reason: 'none', scanned: PREFIX_CHARS });
  });

  it('does not count script or style text, and survives an empty document', () => {
    const doc = parseDocument('<html><head><style>.法治政府{}</style></head><body><script>var a = "依法行政";</script><p>天气</p></body></html>');
    expect(mayBeReport(doc, 'https://a.gov.cn/').pass).toBe(false);
    expect(mayBeReport(parseDocument(''), '').pass).toBe(false);
  });
});

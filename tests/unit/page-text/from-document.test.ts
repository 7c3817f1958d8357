// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageTextFromDocument } from '../../../lib/page-text/from-document';
import type { BlockRole, DomSpan, PageText } from '../../../lib/page-text/types';

const SEEDS = join(import.meta.dirname, '..', '..', 'fixtures', 'seeds');

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** Loads markup into the test's global document: happy-dom ranges only work on nodes of that one. */
function load(bodyHtml: string): Document {
  document.body.innerHTML = bodyHtml;
  return document;
}

function blockTexts(page: PageText, role?: BlockRole): string[] {
  return page.blocks.filter((block) => !role || block.role === role).map((block) => page.text.slice(block.start, block.end));
}

/** The DOM text a located span covers, as a StaticRange built from it would. */
function domText(doc: Document, span: DomSpan): string {
  const range = doc.createRange();
  range.setStart(span.startContainer, span.startOffset);
  range.setEnd(span.endContainer, span.endOffset);
  return range.toString();
}

const withoutSpace = (text: string) => text.replace(/\s+/g, '');

describe('pageTextFromDocument: text and blocks', () => {
  it('keeps a figure split across inline tags in one string and locates it across nodes', () => {
    const doc = load(
      '<div class="TRS_Editor"><p>全市各级行政复议机关共收到行政复议申请<b>1</b><b>719</b>件，受理<span lang="EN-US">1541</span>件。</p></div>',
    );
    const { page, locate } = pageTextFromDocument(doc);
    expect(page.text).toBe('全市各级行政复议机关共收到行政复议申请1719件，受理1541件。');
    const start = page.text.indexOf('1719');
    const span = locate(start, start + 4);
    expect(span?.startContainer.data).toBe('1');
    expect(span?.endContainer.data).toBe('719');
    expect(domText(doc, span!)).toBe('1719');
  });

  it('collapses whitespace as rendered: &nbsp; and U+3000 are spaces, CJK line breaks vanish, blocks are trimmed', () => {
    const doc = parse('<p>\u3000\u30002021年，<span> 在省委、</span>\n   <span>省政府正确领导下</span>&nbsp;&nbsp;我市 \n</p><p> &nbsp; </p>');
    const { page } = pageTextFromDocument(doc);
    expect(page.text).toBe('2021年， 在省委、省政府正确领导下 我市');
    expect(page.blocks).toHaveLength(1);
  });

  it('breaks blocks at block elements and <br>, not at inline tags; a table row is one block', () => {
    const doc = parse(
      '<div><h1>厦门市关于2021年法治政府建设情况的报告</h1><p>第一行<br>第<strong>二</strong>行</p>' +
        '<table><tr><td>行政复议申请</td><td>1719件</td></tr><tr><th>受理</th><td><font>1541</font>件</td></tr></table>' +
        '<ul><li>一是</li><li>二是</li></ul></div>',
    );
    const { page } = pageTextFromDocument(doc);
    expect(blockTexts(page)).toEqual(['厦门市关于2021年法治政府建设情况的报告', '第一行', '第二行', '行政复议申请 1719件', '受理 1541件', '一是', '二是']);
    expect(page.blocks.map((block) => block.tag)).toEqual(['h1', 'p', 'p', 'tr', 'tr', 'li', 'li']);
    expect(page.text.split('\n')).toEqual(blockTexts(page));
  });

  it('skips scripts, styles, form state, hidden elements and our own UI', () => {
    const doc = parse(
      '<body><script>var a = "脚本";</script><style>p{}</style><noscript>请启用脚本</noscript>' +
        '<template><p>模板</p></template><textarea>输入</textarea><select><option>选项</option></select>' +
        '<div hidden>隐藏一</div><div aria-hidden="true">隐藏二</div><div style="color:red; display: none">隐藏三</div>' +
        '<span class="share hide">隐藏四</span><report-lens-badge>徽标</report-lens-badge>' +
        '<div class="hidden md:block">响应式可见</div><p>正文</p></body>',
    );
    expect(blockTexts(pageTextFromDocument(doc).page)).toEqual(['响应式可见', '正文']);
  });

  it('reads the title, lower-cased gov meta tags and the index table', () => {
    const doc = parse(
      '<html><head><title> 厦门市关于2021年法治政府建设情况的报告_厦门市人民政府 </title>' +
        '<meta name="ArticleTitle" content="厦门市关于2021年法治政府建设情况的报告"><meta name="PubDate" content="2022-03-10 10:58">' +
        '<meta name="ContentSource" content="厦门市司法局"><meta property="og:title" content="OG 标题"><meta name="empty" content=""></head>' +
        '<body><table class="bd1"><tr><td><b>索 引 号：</b></td><td>11350200M00003079M/2022-05862</td><td><b>发文机关：</b></td><td>厦门市人民政府</td></tr></table>' +
        '<div id="UCAP-CONTENT"><p>2021年，在省委、省政府正确领导下，我市坚持以习近平新时代中国特色社会主义思想为指导。</p></div></body></html>',
    );
    const { page } = pageTextFromDocument(doc, 'https://www.xm.gov.cn/zwgk/flfg/202203/t20220310_2631583.htm');
    expect(page.meta).toEqual({
      url: 'https://www.xm.gov.cn/zwgk/flfg/202203/t20220310_2631583.htm',
      htmlTitle: '厦门市关于2021年法治政府建设情况的报告_厦门市人民政府',
      metaTags: { articletitle: '厦门市关于2021年法治政府建设情况的报告', pubdate: '2022-03-10 10:58', contentsource: '厦门市司法局', 'og:title': 'OG 标题' },
      indexFields: { 索引号: '11350200M00003079M/2022-05862', 发文机关: '厦门市人民政府' },
    });
    expect(page.blocks.map((block) => block.role)).toEqual(['outside', 'body']);
  });
});

describe('pageTextFromDocument: article container and roles', () => {
  const hanweb = (article: string) =>
    '<body><div class="top_link"><a href="/">首页</a>|<a href="/fr">简体</a>|<a>繁体</a></div>' +
    '<div class="position">当前位置：<a href="/">首页</a> &gt;<a href="/col">法治政府建设</a></div>' +
    '<div class="con"><p class="con-title">九江市2022年法治政府建设年度报告</p>' +
    '<div class="small-title">\n\t\t<span>发布日期：2023-03-28</span>\n\t\t<span>浏览次数：</span>\n\t\t<span>信息来源：九江市司法局</span>\n</div>' +
    `<div class="main-txt" id="zoom">${article}</div>` +
    '<div class="main-word"><span class="printer">打印</span><span class="close">关闭</span></div></div>' +
    '<div class="footer"><p>主办单位：九江市人民政府办公室 网站标识码：3604000001 赣ICP备05004143号</p></div></body>';

  it('finds the Hanweb #zoom container: its paragraphs are body, its furniture chrome, the rest outside', () => {
    const doc = parse(
      hanweb(
        '<p>　　2022年，在省委、省政府的坚强领导下，九江市坚持以习近平新时代中国特色社会主义思想为指导。</p>' +
          '<p>一、2022年全市法治政府建设工作情况</p><p>【打印本页】【关闭窗口】</p>',
      ),
    );
    const { page } = pageTextFromDocument(doc);
    expect(blockTexts(page, 'body')).toEqual([
      '2022年，在省委、省政府的坚强领导下，九江市坚持以习近平新时代中国特色社会主义思想为指导。',
      '一、2022年全市法治政府建设工作情况',
    ]);
    expect(blockTexts(page, 'chrome')).toEqual(['【打印本页】【关闭窗口】']);
    expect(blockTexts(page, 'outside')).toContain('九江市2022年法治政府建设年度报告');
    expect(blockTexts(page, 'outside')).toContain('发布日期：2023-03-28 浏览次数：信息来源：九江市司法局');
    expect(page.meta.indexFields).toEqual({ 发布日期: '2023-03-28', 信息来源: '九江市司法局' });
  });

  it('splits publication fields glued after a date by adjacent spans', () => {
    const { page } = pageTextFromDocument(parse('<div><span>发布日期：2023-03-28</span><span>浏览次数：</span><span>信息来源：九江市司法局</span></div>'));
    expect(page.text).toBe('发布日期：2023-03-28浏览次数：信息来源：九江市司法局');
    expect(page.meta.indexFields).toEqual({ 发布日期: '2023-03-28', 信息来源: '九江市司法局' });
  });

  it('ignores a named container without prose and falls back to text density', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>第${i + 1}段：全面推行行政执法公示制度，严格规范公正文明执法，提升行政执法质量和效能。</p>`).join('');
    const doc = parse(
      '<body><ul class="nav">' +
        Array.from({ length: 30 }, (_, i) => `<li><a href="/c${i}">栏目${i}：政务公开、政策文件、互动交流</a></li>`).join('') +
        `</ul><div class="TRS_Editor"></div><div class="wrap"><div class="left-article">${paragraphs}</div>` +
        '<div class="right-links"><a href="/a">相关文章一：关于印发法治政府建设工作要点的通知</a></div></div></body>',
    );
    const { page } = pageTextFromDocument(doc);
    expect(blockTexts(page, 'body')).toHaveLength(6);
    expect(blockTexts(page, 'body')[0]).toMatch(/^第1段：/);
    expect(page.blocks.filter((block) => block.role === 'outside').length).toBe(31);
  });

  it('treats every non-chrome block as body when the page has no article', () => {
    const { page } = pageTextFromDocument(parse('<body><a href="/">首页</a><div><a href="/b">政务公开</a></div></body>'));
    expect(page.blocks.map((block) => block.role)).toEqual(['chrome', 'body']);
  });
});

describe('pageTextFromDocument: locate', () => {
  /** Seed 003's report as a TRS page, typeset the way CMS editors leave it: inline runs, stray breaks, &nbsp;. */
  function typesetSeed(seed: number): string {
    let state = seed;
    const random = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const lines = readFileSync(join(SEEDS, '003_c41d4294c82615c2.txt'), 'utf8').split('\n').filter((line) => line.trim());
    const paragraphs = lines.map((line) => {
      let html = '';
      for (let i = 0; i < line.length; ) {
        const piece = line.slice(i, i + 1 + Math.floor(random() * 12)).replace(/&/g, '&amp;').replace(/</g, '&lt;');
        i += piece.length;
        const r = random();
        html += r < 0.2 ? `<b>${piece}</b>` : r < 0.35 ? `<span lang="EN-US">${piece}</span>` : r < 0.45 ? `${piece}\n    ` : r < 0.5 ? `${piece}&nbsp; ` : piece;
      }
      return `<p>\u3000\u3000${html}</p>`;
    });
    return `<div class="TRS_Editor">${paragraphs.join('\n')}</div>`;
  }

  it('round-trips random spans inside body blocks: the DOM text between the positions is the span', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 20, maxLength: 20 }), (seed, picks) => {
        const doc = load(typesetSeed(seed));
        const { page, locate } = pageTextFromDocument(doc);
        const body = page.blocks.filter((block) => block.role === 'body');
        expect(body.length).toBeGreaterThan(10);
        for (const [which, a, b] of picks) {
          const block = body[which % body.length];
          const length = block.end - block.start;
          const start = block.start + (a % length);
          const end = start + 1 + (b % (block.end - start));
          const span = locate(start, end);
          expect(span).not.toBeNull();
          expect(withoutSpace(domText(doc, span!))).toBe(withoutSpace(page.text.slice(start, end)));
        }
      }),
      { numRuns: 8 },
    );
  });

  it('snaps spans that start or end on a block separator to the nearest text; null for empty spans', () => {
    const doc = load('<p>第一段</p><p>第二段</p>');
    const { page, locate } = pageTextFromDocument(doc);
    expect(page.text).toBe('第一段\n第二段');
    expect(domText(doc, locate(3, 6)!)).toBe('第二');
    expect(domText(doc, locate(1, 4)!)).toBe('一段');
    expect(locate(3, 4)).toBeNull();
    expect(locate(2, 2)).toBeNull();
    expect(locate(5, 1)).toBeNull();
    expect(locate(-5, 100)?.endOffset).toBe(3);
  });
});

describe('pageTextFromDocument: never throws', () => {
  it('handles an empty document and one without a body', () => {
    expect(pageTextFromDocument(parse('')).page.text).toBe('');
    const xml = new DOMParser().parseFromString('<root><item>条目</item></root>', 'application/xml');
    expect(() => pageTextFromDocument(xml)).not.toThrow();
  });

  it('walks 50,000 nested divs without recursion', () => {
    const doc = parse('<body></body>');
    let parent: Element = doc.body;
    for (let depth = 0; depth < 50_000; depth++) {
      const div = doc.createElement('div');
      parent.appendChild(div);
      parent = div;
    }
    parent.appendChild(doc.createTextNode('最深处的正文，共收到行政复议申请1719件。'));
    const { page, locate } = pageTextFromDocument(doc);
    expect(page.text).toBe('最深处的正文，共收到行政复议申请1719件。');
    expect(locate(0, 3)?.startContainer.data).toContain('最深处');
  });

  it('builds a 5 MB page in linear time', () => {
    const seed = readFileSync(join(SEEDS, '003_c41d4294c82615c2.txt'), 'utf8');
    const paragraphs = seed.split('\n').map((line) => `<p>${line.replace(/</g, '&lt;')}</p>`).join('');
    const doc = parse(`<body><div class="TRS_Editor">${paragraphs.repeat(Math.ceil(5_000_000 / seed.length))}</div></body>`);
    const started = performance.now();
    const { page } = pageTextFromDocument(doc);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(page.text.length).toBeGreaterThan(4_500_000);
    expect(page.folded.length).toBe(page.text.length);
  });
});

import { describe, expect, it } from 'vitest';
import { pageAt, pagedPageText } from '../../../lib/paged-text/paged-page-text';
import { withoutLetterSpacing } from '../../../lib/paged-text/lines';
import { splitAtItems, textLayerLocate } from '../../../lib/paged-text/text-layer-locate';
import type { PdfPageContent, PdfTextItem } from '../../../lib/paged-text/types';

const WIDTH = 596;
const HEIGHT = 843;
const LEFT = 62;
const RIGHT = 535;
const SIZE = 12;

/** One text item per line, as Chromium's and Word's PDFs give them to pdf.js. */
const item = (str: string, x: number, y: number, width: number, size = SIZE): PdfTextItem => ({ str, transform: [size, 0, 0, size, x, y], width, height: size });
/** A line that fills the column (justified), or ends early (a paragraph's last line). */
const full = (str: string, y: number, x = LEFT, right = RIGHT) => item(str, x, y, right - x);
const short = (str: string, y: number, x = LEFT) => item(str, x, y, 120);
const page = (...items: PdfTextItem[]): PdfPageContent => ({ width: WIDTH, height: HEIGHT, items });
/** Text lines filling a column from `top` down to `bottom`, one line pitch (20) apart. */
const lines = (top: number, bottom: number) => Array.from({ length: (top - bottom) / 20 + 1 }, (_, i) => full('正文', top - i * 20));
const header = (title: string) => item(title, 230, 819.6, 137, 9);
const footer = (number: string) => item(number, 280, 17, 40, 9);

const bodyText = (pages: PdfPageContent[]) => {
  const { page: text } = pagedPageText(pages);
  return text.blocks.filter((b) => b.role === 'body').map((b) => text.text.slice(b.start, b.end));
};

describe('pagedPageText', () => {
  it('joins CJK lines without a space and splits paragraphs at short lines and indents', () => {
    expect(
      bodyText([
        page(
          full('今年共办理行政复议案件55件,结案', 760, LEFT + 24),
          short('55件。', 740),
          full('行政诉讼案件45件,', 720, LEFT + 24),
          full('主要涉及政府信息公开', 700),
          full('(二)加强执法监督', 680, LEFT + 24),
        ),
      ]),
    ).toEqual(['今年共办理行政复议案件55件,结案55件。', '行政诉讼案件45件,主要涉及政府信息公开', '(二)加强执法监督']);
  });

  it('rejoins Latin words hyphenated at a line end and joins other Latin lines with a space', () => {
    expect(bodyText([page(full('The administrative recon-', 760, LEFT + 24), full('sideration cases of the', 740), short('year.', 720))])).toEqual([
      'The administrative reconsideration cases of the year.',
    ]);
  });

  it('drops running heads and page numbers, keeps a paragraph running on over the page break, and maps offsets to pages', () => {
    const title = '2019年度晋江市法治政府工作报告';
    const pages = [
      page(header(title), full('一是深入开展行政执法案卷评查,以半年常规检查', 760, LEFT + 24), ...lines(740, 100), full('为抓手,开展行政执法', 80), footer('第1页 共2页')),
      page(header(title), short('案卷评查29件。', 760), full('二是加强监督', 740, LEFT + 24), ...lines(720, 80), footer('第2页 共2页')),
    ];
    const { page: text, pageMap } = pagedPageText(pages);
    expect(bodyText(pages).map((text) => text.replace(/(正文)+/, '…'))).toEqual(['一是深入开展行政执法案卷评查,以半年常规检查…为抓手,开展行政执法案卷评查29件。', '二是加强监督…']);
    expect(text.text).not.toContain(title);
    expect(text.text).not.toMatch(/第\d页/);
    expect(pageAt(pageMap, text.text.indexOf('为抓手'))).toBe(1);
    expect(pageAt(pageMap, text.text.indexOf('29件'))).toBe(2);
    expect(pageAt(pageMap, text.text.indexOf('二是'))).toBe(2);
    expect(pageAt(pageMap, text.text.length)).toBeNull();
  });

  it('keeps the first and last lines of the text even when they look alike on every page, and drops - N - footers', () => {
    const pages = [1, 2, 3].map((n) =>
      page(
        full(`第${n}部分的正文`, 760, LEFT + 24),
        ...lines(740, 80),
        short(`全年办结${n}0件`, 60),
        footer(`- ${n} -`),
      ),
    );
    expect(bodyText(pages).map((text) => text.replace(/(正文)+/, '…'))).toEqual(['第1部分的…全年办结10件', '第2部分的…全年办结20件', '第3部分的…全年办结30件']);
  });

  it('reads a two-column page column by column, under a title across both', () => {
    const columnRight = 281;
    const rightColumn = 315;
    const lines = (x: number, right: number, words: string[]) =>
      words.map((word, i) => (i === words.length - 1 ? short(word, 700 - i * 20, x) : full(word, 700 - i * 20, i === 0 ? x + 24 : x, right)));
    const pages = [
      page(
        item('关于2021年法治政府建设情况的报告', 180, 780, 240, 20),
        ...lines(LEFT, columnRight, ['左栏第一行', '左栏第二行', '左栏第三行', '左栏第四行', '左栏第五行', '左栏末行。']),
        ...lines(rightColumn, RIGHT, ['右栏第一行', '右栏第二行', '右栏第三行', '右栏第四行', '右栏第五行', '右栏末行。']),
      ),
    ];
    const { page: text } = pagedPageText(pages);
    expect(text.blocks.map((b) => [b.tag, text.text.slice(b.start, b.end)])).toEqual([
      ['h1', '关于2021年法治政府建设情况的报告'],
      ['p', '左栏第一行左栏第二行左栏第三行左栏第四行左栏第五行左栏末行。'],
      ['p', '右栏第一行右栏第二行右栏第三行右栏第四行右栏第五行右栏末行。'],
    ]);
  });
});

describe('withoutLetterSpacing', () => {
  it('removes the gaps a justified narrow column puts between CJK characters, and only there', () => {
    expect(withoutLetterSpacing('《 厦 门 市 法 治 社 会 建 设 实 施 方 案 (2021-2025 年 ) 》')).toBe('《厦门市法治社会建设实施方案(2021-2025年)》');
    expect(withoutLetterSpacing('人大常委会报备规范性文件29 件。')).toBe('人大常委会报备规范性文件29 件。');
    expect(withoutLetterSpacing('Page 3 of 12')).toBe('Page 3 of 12');
  });
});

describe('textLayerLocate', () => {
  it('maps a span of the joined text to the text layer nodes its characters were read from, across lines and pages', () => {
    const pages = [
      page(...lines(760, 120), full('今年共办理行政复议案件55', 100), full('件,结案', 80)),
      page(short('55件。', 760), ...lines(740, 100)),
    ];
    const { page: text, pageMap, sources } = pagedPageText(pages);
    // One Text node per item, as pdf.js's TextLayer renders them.
    const nodes = pages.map((content) => content.items.map((i) => ({ data: i.str }) as Text));
    const locate = textLayerLocate(pageMap, sources, (pageNumber, item) => nodes[pageNumber - 1][item] ?? null);
    const start = text.text.indexOf('55件,');
    const span = locate(start, start + 3)!;
    expect([span.startContainer.data.slice(span.startOffset), span.endContainer.data.slice(0, span.endOffset)]).toEqual(['55', '件']);
    expect(span.endContainer).toBe(nodes[0].at(-1));
    const acrossPages = text.text.indexOf('结案55件');
    const across = locate(acrossPages, acrossPages + 5)!;
    expect([across.startContainer, across.startOffset, across.endContainer, across.endOffset]).toEqual([nodes[0].at(-1), 2, nodes[1][0], 3]);
    // Cut where the text passes to another item: each piece lies in one text layer span.
    expect(splitAtItems([{ start: acrossPages, end: acrossPages + 5, source: 7 }], sources).map((piece) => [text.text.slice(piece.start, piece.end), piece.source])).toEqual([
      ['结案', 7],
      ['55件', 7],
    ]);
    // Nothing rendered for the page: nothing to paint.
    expect(textLayerLocate(pageMap, sources, () => null)(start, start + 3)).toBeNull();
  });
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../../lib/cli/load-page';

const dir = mkdtempSync(join(tmpdir(), 'load-page-'));

/** Encodes text in a legacy double-byte charset by inverting the platform decoder (Node has no GBK/big5 encoder). */
function encodeLegacy(text: string, charset: 'gbk' | 'big5'): Uint8Array {
  const decoder = new TextDecoder(charset);
  const bytesOf = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const char = decoder.decode(new Uint8Array([hi, lo]));
      if (char.length === 1 && char !== '\ufffd' && !bytesOf.has(char)) bytesOf.set(char, [hi, lo]);
    }
  }
  return new Uint8Array(
    [...text].flatMap((char) => {
      if (char.charCodeAt(0) < 0x80) return [char.charCodeAt(0)];
      const bytes = bytesOf.get(char);
      if (!bytes) throw new Error(`${char} is not in ${charset}`);
      return bytes;
    }),
  );
}

const page = (charsetTag: string, title: string, paragraph: string) =>
  `<html><head>${charsetTag}<title>${title}</title></head><body><div class="TRS_Editor"><p>${paragraph}</p></div></body></html>`;

describe('loadPage', () => {
  it('loads a UTF-8 page through the DOM path with a file:// URL when no manifest lists it', () => {
    const file = join(dir, 'utf8.html');
    writeFileSync(file, page('<meta charset="utf-8">', '晋江市2019年度法治政府工作报告', '2019年以来，我市认真贯彻落实习近平总书记全面依法治国新理念新思想新战略。'));
    const loaded = loadPage(file);
    expect(loaded.meta.url).toBe(pathToFileURL(file).href);
    expect(loaded.meta.htmlTitle).toBe('晋江市2019年度法治政府工作报告');
    expect(loaded.blocks.map((block) => block.role)).toEqual(['body']);
  });

  it('decodes a GBK page declared with http-equiv', () => {
    const file = join(dir, 'gbk.htm');
    const html = page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', '九江市法治政府建设年度报告', '全年共举办习近平法治思想学习培训1261次，参加人数60000余人次。');
    writeFileSync(file, encodeLegacy(html, 'gbk'));
    expect(loadPage(file).text).toBe('全年共举办习近平法治思想学习培训1261次，参加人数60000余人次。');
  });

  it('decodes a big5 gateway page and folds it to simplified for matching', () => {
    const file = join(dir, 'big5.html');
    const html = page('<meta charset="big5">', '廈門市關於2021年法治政府建設情況的報告', '全市各級行政復議機關共收到行政復議申請1719件。');
    writeFileSync(file, encodeLegacy(html, 'big5'));
    const loaded = loadPage(file);
    expect(loaded.meta.htmlTitle).toBe('廈門市關於2021年法治政府建設情況的報告');
    expect(loaded.text).toBe('全市各級行政復議機關共收到行政復議申請1719件。');
    expect(loaded.folded).toBe('全市各级行政复议机关共收到行政复议申请1719件。');
  });

  it('loads .txt pages through the plain-text path', () => {
    const file = join(dir, 'page.txt');
    writeFileSync(file, '当前位置:首页 > 最新通告\n厦门市关于2021年法治政府建设情况的报告\n');
    const loaded = loadPage(file);
    expect(loaded.text).toBe('当前位置:首页 > 最新通告\n厦门市关于2021年法治政府建设情况的报告');
    expect(loaded.blocks.map((block) => block.role)).toEqual(['chrome', 'body']);
  });

  it('takes the URL from the nearest fixtures.json listing the file', () => {
    const fixtures = join(dir, 'fixtures');
    mkdirSync(join(fixtures, 'reports'), { recursive: true });
    const file = join(fixtures, 'reports', 'xiamen.html');
    writeFileSync(file, page('<meta charset="utf-8">', '报告', '正文。'));
    writeFileSync(
      join(fixtures, 'fixtures.json'),
      JSON.stringify([{ file: 'reports/xiamen.html', kind: 'report', url: 'https://www.xm.gov.cn/zwgk/flfg/202203/t20220310_2631583.htm' }]),
    );
    expect(loadPage(file).meta.url).toBe('https://www.xm.gov.cn/zwgk/flfg/202203/t20220310_2631583.htm');
  });

  it('fails clearly on a missing file or an unsupported type', () => {
    expect(() => loadPage(join(dir, 'missing.html'))).toThrow(/no such file: .*missing\.html/);
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, '%PDF-1.4');
    expect(() => loadPage(pdf)).toThrow(/unsupported file type "\.pdf"/);
    expect(() => loadPage(dir)).toThrow(/no such file/);
  });
});

import { describe, expect, it } from 'vitest';
import { rankedTitles, readTitle } from '../../../lib/metadata/title';
import { pageTextFromPlainText } from '../../../lib/page-text/from-plain-text';
import type { BlockRole, DocumentMeta, PageText, TextBlock } from '../../../lib/page-text/types';
import { foldText } from '../../../lib/text/fold';

const titleOf = (page: PageText) => readTitle(rankedTitles(page));
const plain = (lines: string[], meta: Partial<DocumentMeta> = {}) => pageTextFromPlainText(lines.join('\n'), meta);
const OPENING = '2019年以来，我市认真贯彻落实上级部署，扎实推进法治政府建设，现将工作情况报告如下：';

/** A page as the DOM reader builds it: tagged blocks, the h1 often outside the article container. */
function domPage(blocks: Array<[string, string, BlockRole]>): PageText {
  const text = blocks.map(([line]) => line).join('\n');
  const out: TextBlock[] = [];
  let start = 0;
  for (const [line, tag, role] of blocks) {
    out.push({ start, end: start + line.length, tag, role });
    start += line.length + 1;
  }
  return { text, folded: foldText(text), blocks: out, meta: { url: null, htmlTitle: null, metaTags: {}, indexFields: {} } };
}

describe('report title', () => {
  it('prefers the ArticleTitle meta, then the index table’s 标题', () => {
    expect(titleOf(plain([OPENING], { metaTags: { articletitle: '九江市2022年度法治政府建设情况报告' } }))).toBe('九江市2022年度法治政府建设情况报告');
    expect(titleOf(plain([OPENING], { indexFields: { 标题: '中卫市沙坡头区2020年法治政府建设年度报告' } }))).toBe('中卫市沙坡头区2020年法治政府建设年度报告');
  });

  it('takes the h1 even outside the article container, never a heading below the first paragraph', () => {
    const page = domPage([
      ['当前位置： 首页 >信息公开 >规划计划 >计划总结', 'tr', 'outside'],
      ['2019年度晋江市法治政府工作报告', 'h1', 'outside'],
      ['时间:2020-02-04 15:32 浏览量:', 'div', 'outside'],
      [OPENING, 'p', 'body'],
      ['2020年工作计划', 'p', 'body'],
    ]);
    expect(titleOf(page)).toBe('2019年度晋江市法治政府工作报告');
    expect(titleOf(domPage([[OPENING, 'p', 'body'], ['2020年工作计划', 'p', 'body']]))).toBeNull();
  });

  it('skips a column’s bare genre word above the article (工作报告) for the document’s own title', () => {
    expect(titleOf(plain(['工作报告', '您所在的位置:政务公开 > 工作报告', 'XX区2020年法治政府建设情况报告', OPENING]))).toBe('XX区2020年法治政府建设情况报告');
  });

  it('strips the site name from <title>, with a separator or a bare hyphen', () => {
    expect(titleOf(plain([OPENING], { htmlTitle: '九江市2022年度法治政府建设情况报告_九江市人民政府' }))).toBe('九江市2022年度法治政府建设情况报告');
    expect(titleOf(plain([OPENING], { htmlTitle: '厦门市关于2021年法治政府建设情况的报告 - 厦门市人民政府网站' }))).toBe('厦门市关于2021年法治政府建设情况的报告');
    expect(titleOf(plain([OPENING], { htmlTitle: '法治政府建设实施纲要（2021-2025年）-中国政府网' }))).toBe('法治政府建设实施纲要（2021-2025年）');
  });

  it('reads a template site’s title without its breadcrumb and 范文 suffix', () => {
    expect(titleOf(plain(['美章网 资料文库 地区依法行政情况报告范文', '地区依法行政情况报告范文', OPENING]))).toBe('地区依法行政情况报告');
  });

  it('keeps a title whose year is set off by spaces whole (not a breadcrumb)', () => {
    expect(titleOf(plain(['某县 2025 年度法治政府建设情况报告', OPENING]))).toBe('某县 2025 年度法治政府建设情况报告');
  });

  it('joins a title wrapped over several lines', () => {
    expect(titleOf(plain(['国务院办公厅关于全面推行', '行政规范性文件合法性审核机制的指导意见', '国办发〔2018〕115号', OPENING]))).toBe(
      '国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见',
    );
  });

  it('returns the title as printed on a traditional-character page', () => {
    expect(titleOf(plain(['廈門市關於2021年法治政府建設情況的報告', OPENING]))).toBe('廈門市關於2021年法治政府建設情況的報告');
  });

  it('joins the issuer line printed above a title that names no place (公文: 发文机关 + 事由 + 文种)', () => {
    expect(titleOf(plain(['安吉县人民政府', '2023年度法治政府建设情况报告', OPENING]))).toBe('安吉县人民政府2023年度法治政府建设情况报告');
    expect(titleOf(plain(['龙泉镇人民政府', '关于2023年法治政府建设情况的报告', OPENING]))).toBe('龙泉镇人民政府关于2023年法治政府建设情况的报告');
    // A title that names its own place keeps it; a site banner above it is not joined.
    expect(titleOf(plain(['湖州市人民政府', '长兴县2023年度法治政府建设情况报告', OPENING]))).toBe('长兴县2023年度法治政府建设情况报告');
  });

  it('never takes a breadcrumb’s last step or an index value for the title', () => {
    const page = plain([
      '首页',
      '>> 政务公开 >> 法治政府建设年度报告',
      '• 信息索引号:',
      '113307/2024-00031',
      '• 主题分类:',
      '工作报告',
      '溪口镇2023年度法治政府建设工作报告',
      OPENING,
    ]);
    expect(titleOf(page)).toBe('溪口镇2023年度法治政府建设工作报告');
    const bareIndex = plain(['jyx01/2023-00020', '工作报告', '江阴市人民政府', '2023-03-15', '江阴市2022年法治政府建设年度报告', '有效', '江阴市2022年法治政府建设年度报告', OPENING]);
    expect(titleOf(bareIndex)).toBe('江阴市2022年法治政府建设年度报告');
  });

  it('drops a CMS column tag in front of the title', () => {
    expect(titleOf(plain(['【法治建设报告】湖南省司法厅2023年法治政府建设年度报告', OPENING]))).toBe('湖南省司法厅2023年法治政府建设年度报告');
    expect(titleOf(plain(['[法治政府]XX县2023年度法治政府建设情况报告', OPENING]))).toBe('XX县2023年度法治政府建设情况报告');
  });

  it('is null when nothing on the page names a document', () => {
    expect(titleOf(plain([OPENING]))).toBeNull();
  });
});

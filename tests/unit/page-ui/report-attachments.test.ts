import { describe, expect, it } from 'vitest';
import { pageLinks } from '../../../lib/page-text/page-links';
import { pageTextFromDocument } from '../../../lib/page-text/from-document';
import { isReportFileUrl, MAX_OTHER_BODY_CHARS, reportAttachmentOf, reportAttachmentOfPage } from '../../../lib/page-ui/report-attachments';
import { parseDocument } from './fixture-dom';

/**
 * Article pages written for these tests in the shape gov CMSs print them (title, 发布时间/来源 line,
 * a sentence, the 附件 line, share buttons, a footer): the finder reads them as the annotator does,
 * through the page-text model and the page's links.
 */
const URL = 'http://www.example.gov.cn/zwgk/tzgg/202403/t20240328_123456.html';

interface Article {
  title: string;
  /** The article body's HTML: the sentence(s) and the 附件 line. */
  body: string;
}

function articleHtml({ title, body }: Article): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}_某市人民政府门户网站</title>
<meta name="ArticleTitle" content="${title}"></head><body>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwgk/tzgg/">通知公告</a> <a href="/hdjl/">互动交流</a></div>
<div class="article">
  <h1>${title}</h1>
  <div class="info">发布时间：2024-03-28 10:21 来源：某市司法局 <span>【字体：大 中 小】</span></div>
  <div class="content">${body}</div>
  <div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> 【打印】【关闭】</div>
</div>
<div class="footer">主办：某市人民政府办公室 网站标识码：1234000001 备案号：某ICP备12345678号</div>
</body></html>`;
}

function attachmentOf(article: Article) {
  const doc = parseDocument(articleHtml(article));
  return reportAttachmentOfPage(pageTextFromDocument(doc, URL).page, pageLinks(doc, URL));
}

const REPORT = '某市2023年度法治政府建设情况报告';
const INTRO = '<p>根据《法治政府建设与责任落实督察工作规定》，现将某市2023年度法治政府建设情况报告予以公开。</p>';

describe('reportAttachmentOf: pages that are mainly a link to the report', () => {
  it('offers the PDF an article attaches under the report’s title', () => {
    const found = attachmentOf({ title: REPORT, body: `${INTRO}<p>附件：<a href="./P020240328512345678901.pdf">${REPORT}.pdf</a></p>` });
    expect(found).toEqual({ url: 'http://www.example.gov.cn/zwgk/tzgg/202403/P020240328512345678901.pdf', title: REPORT });
  });

  it('reads the title from the file name when the link says only 点击下载', () => {
    const file = encodeURIComponent('某县人民政府关于2022年度法治政府建设工作情况的报告.pdf');
    const found = attachmentOf({ title: '通知公告', body: `<p>附件：<a href="/upload/2023/${file}">点击下载</a>（856KB）</p>` });
    expect(found?.title).toBe('某县人民政府关于2022年度法治政府建设工作情况的报告');
    expect(found?.url).toBe(`http://www.example.gov.cn/upload/2023/${file}`);
  });

  it('takes the page’s title for the only file when the link is named 附件下载 and a number', () => {
    const found = attachmentOf({ title: REPORT, body: `<p><a href="/attach/0/a1b2c3d4e5.pdf">附件下载</a></p>` });
    expect(found).toEqual({ url: 'http://www.example.gov.cn/attach/0/a1b2c3d4e5.pdf', title: REPORT });
  });

  it('follows a download servlet whose link text is the file name', () => {
    const found = attachmentOf({
      title: '某区司法局关于公开2023年法治政府建设年度报告的公告',
      body: `<p>附件1：<a href="/module/download/downfile.jsp?classid=0&amp;filename=2403281021.docx">某区2023年法治政府建设年度报告.docx</a></p>`,
    });
    expect(found).toEqual({ url: 'http://www.example.gov.cn/module/download/downfile.jsp?classid=0&filename=2403281021.docx', title: '某区2023年法治政府建设年度报告' });
  });

  it('offers the PDF when the page attaches the report as .docx and as PDF', () => {
    const found = attachmentOf({
      title: REPORT,
      body: `${INTRO}<p>附件：<a href="/files/report-2023.docx">${REPORT}（Word版）.docx</a></p><p><a href="/files/report-2023.pdf">${REPORT}（PDF版）.pdf</a></p>`,
    });
    expect(found).toEqual({ url: 'http://www.example.gov.cn/files/report-2023.pdf', title: REPORT });
  });

  it('reads a big5 gateway’s traditional title and a size printed after the link', () => {
    const found = attachmentOf({ title: '通知公告', body: `<p>附件：<a href="/att/fz2022.pdf">某市2022年度法治政府建設年度報告.pdf</a> (1.25MB)</p>` });
    expect(found?.title).toBe('某市2022年度法治政府建設年度報告');
  });

  it('accepts a thin report page: the opening paragraph and the full text as PDF', () => {
    const opening = '<p>2023年，在市委、市政府坚强领导下，我市深入学习贯彻习近平法治思想，全面落实法治政府建设实施纲要，各项工作取得新成效。现将有关情况报告如下（全文见附件）。</p>';
    expect(attachmentOf({ title: REPORT, body: `${opening}<p>附件：<a href="/f/2023fzzf.pdf">${REPORT}</a></p>` })?.url).toBe('http://www.example.gov.cn/f/2023fzzf.pdf');
  });
});

describe('reportAttachmentOf: look-alikes and pages that are not mainly the link', () => {
  it('leaves out a 政府信息公开工作年度报告 attachment', () => {
    expect(attachmentOf({ title: '某市2023年政府信息公开工作年度报告', body: `<p>附件：<a href="/f/xxgk2023.pdf">某市2023年政府信息公开工作年度报告.pdf</a></p>` })).toBeNull();
  });

  it('leaves out a 解读 and a 工作要点 of the report', () => {
    expect(attachmentOf({ title: '通知公告', body: `<p>附件：<a href="/f/jd.pdf">《${REPORT}》解读.pdf</a></p>` })).toBeNull();
    expect(attachmentOf({ title: '通知公告', body: `<p>附件：<a href="/f/yd.pdf">某市2024年法治政府建设工作要点.pdf</a></p>` })).toBeNull();
  });

  it('does not lend the page’s title to a file named as something else', () => {
    expect(attachmentOf({ title: REPORT, body: `<p>附件：<a href="/f/fbh.pdf">新闻发布会实录.pdf</a></p>` })).toBeNull();
  });

  it('does not lend a look-alike page’s title, nor the title of a report page to one of two unnamed files', () => {
    expect(attachmentOf({ title: '某市2023年政府信息公开工作年度报告', body: `<p><a href="/f/a1.pdf">附件下载</a></p>` })).toBeNull();
    expect(attachmentOf({ title: REPORT, body: `<p><a href="/f/a1.pdf">附件1</a></p><p><a href="/f/a2.pdf">附件2</a></p>` })).toBeNull();
  });

  it('is null on a page attaching two different reports (a list, not an article)', () => {
    const body = `<p><a href="/f/2023.pdf">${REPORT}.pdf</a></p><p><a href="/f/2022.pdf">某市2022年度法治政府建设情况报告.pdf</a></p>`;
    expect(attachmentOf({ title: '法治政府建设年度报告', body })).toBeNull();
  });

  it('is null when the report is an HTML page, not a file', () => {
    expect(attachmentOf({ title: '通知公告', body: `<p><a href="/zwgk/fzzfjs/202403/t20240328_1.html">${REPORT}</a></p>` })).toBeNull();
  });

  it('is null on a report page that prints the report and attaches its PDF too', () => {
    const paragraph = '<p>一、深入学习贯彻习近平法治思想。全年组织市政府常务会议学法12次，举办领导干部法治专题讲座4期，培训各级领导干部1200余人次，推动尊法学法守法用法蔚然成风。</p>';
    const body = `${paragraph.repeat(8)}<p>附件：<a href="/f/2023.pdf">${REPORT}.pdf</a></p>`;
    const doc = parseDocument(articleHtml({ title: REPORT, body }));
    const page = pageTextFromDocument(doc, URL).page;
    expect(reportAttachmentOfPage(page, pageLinks(doc, URL))).toBeNull();
    // The same attachment on a page of this text and half the paragraphs would be offered: the cut is the body's length.
    expect(attachmentOf({ title: REPORT, body: `${paragraph.repeat(2)}<p>附件：<a href="/f/2023.pdf">${REPORT}.pdf</a></p>` })).not.toBeNull();
  });
});

describe('reportAttachmentOf on its own input', () => {
  const link = { href: 'https://sfj.example.gov.cn/f/2023.pdf', text: `${REPORT}.pdf`, title: null };

  it('counts the body besides the link against MAX_OTHER_BODY_CHARS', () => {
    const filler = (n: number) => '本'.repeat(n);
    expect(reportAttachmentOf({ links: [link], body: `${filler(MAX_OTHER_BODY_CHARS)}\n附件：${link.text}`, title: null })).not.toBeNull();
    expect(reportAttachmentOf({ links: [link], body: `${filler(MAX_OTHER_BODY_CHARS + 1)}\n附件：${link.text}`, title: null })).toBeNull();
  });

  it('ignores links that are not http(s)', () => {
    expect(reportAttachmentOf({ links: [{ ...link, href: 'ftp://sfj.example.gov.cn/f/2023.pdf' }], body: link.text, title: null })).toBeNull();
  });
});

describe('isReportFileUrl', () => {
  it('is true for PDF and Word addresses, by their path', () => {
    expect(['https://a.gov.cn/x/2023.pdf', 'http://a.gov.cn/x/2023.PDF?v=2', 'https://a.gov.cn/x.docx#p1', 'https://a.gov.cn/x.doc', 'https://a.gov.cn/x.wps'].map(isReportFileUrl)).toEqual([
      true, true, true, true, true,
    ]);
  });

  it('is false for pages, other files, other schemes and a .pdf in the query only', () => {
    expect(['https://a.gov.cn/x.html', 'https://a.gov.cn/x.xlsx', 'file:///tmp/x.pdf', 'https://a.gov.cn/get?f=x.pdf', 'not a url'].map(isReportFileUrl)).toEqual([
      false, false, false, false, false,
    ]);
  });
});

import { isReportLink } from '../detect/report-links';
import { rankedTitles, readTitle } from '../metadata/title';
import type { PageLink } from '../page-text/page-links';
import type { PageText } from '../page-text/types';

/**
 * Article pages that are mainly a link to the report file (附件：XX市2023年度法治政府建设情况报告.pdf):
 * the report is published as a PDF or Word attachment and the page around it says little more
 * than where to download it. The page UI then offers to open the file in the reader. Whether a
 * link names a report is decided by the detector's own link-title gate (isReportLink), so
 * 政府信息公开工作年度报告, 解读 and the other look-alikes are left out here as on list pages.
 */

/** File formats reports are attached in. The reader opens PDF and .docx; for .doc and .wps it says how to convert. */
export const REPORT_FILE_EXTENSIONS = ['pdf', 'docx', 'doc', 'wps'] as const;
type ReportFileExtension = (typeof REPORT_FILE_EXTENSIONS)[number];

const FILE_NAME = new RegExp(`\\.(${REPORT_FILE_EXTENSIONS.join('|')})$`, 'i');
/** 附件：, 附件1:, 附件一、 in front of an attachment's name. */
const ATTACHMENT_LABEL = /^\s*附\s*件\s*[0-9一二三四五六七八九十]*\s*[:：、.．]?\s*/;
/** (1.25MB), [356KB], 大小：2M after a file name. */
const FILE_SIZE = /\s*[(（[【]?\s*(?:大小\s*[:：]?\s*)?\d+(?:\.\d+)?\s*[KMG]i?B?\s*[)）\]】]?\s*$/i;
/** （PDF版）, (Word版), （全文） after the name: which copy, not which report. */
const COPY_TAIL = /\s*[(（][^()（）]{0,8}(?:版|全文)[)）]\s*$/;
/** Download wording around a link that names no title: 点击下载, 查看原文, 下载附件. */
const DOWNLOAD_WORDS = /附\s*件|点\s*击|下\s*载|查\s*看|阅\s*读|打\s*开|全\s*文|原\s*文|文\s*件|此\s*处|这\s*里/g;
const HAN = /\p{Script=Han}/u;
/**
 * Body text a page may have besides its attachment and still be "mainly the link": the title,
 * a sentence or two (根据…规定，现将…予以公开), the publisher and date. A report itself runs to
 * thousands of characters; a report page that prints the report is not offered its PDF copy.
 */
export const MAX_OTHER_BODY_CHARS = 500;

/** The report file an article page is mainly a link to. */
export interface ReportAttachment {
  url: string;
  /** The report's title, as the link, its file name or (for a link named 附件下载) the page names it. */
  title: string;
}

/** What the finder reads of a page: its links, its article body's text, and its own title. */
export interface AttachmentPage {
  links: readonly PageLink[];
  body: string;
  title: string | null;
}

/** The extension of a report file the address names in its path (report.pdf, x.docx?v=1), or null. */
function extensionOfUrl(url: string): ReportFileExtension | null {
  try {
    const { protocol, pathname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return (FILE_NAME.exec(pathname)?.[1]?.toLowerCase() as ReportFileExtension | undefined) ?? null;
  } catch {
    return null;
  }
}

/** Whether `url` is a web address of a PDF or Word file (by its path: the browser's tab and a link say no more). */
export function isReportFileUrl(url: string): boolean {
  return extensionOfUrl(url) !== null;
}

/** The file name the address ends in, decoded (%E4%B9%9D… → 九…), or ''. */
function fileNameOf(url: string): string {
  const last = new URL(url).pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** A link's name without its 附件 label, file size, extension and copy: 附件：X报告（PDF版）.pdf (1.2MB) → X报告. */
function bareName(name: string): string {
  return name.replace(/\s+/g, ' ').replace(ATTACHMENT_LABEL, '').replace(FILE_SIZE, '').trim().replace(FILE_NAME, '').replace(COPY_TAIL, '').trim();
}

/** A link to a report file: by its address, or by its text (download.jsp?id=… links print the file name). */
interface FileLink {
  url: string;
  extension: ReportFileExtension;
  /** Its names: link text, title attribute, file name (bare). */
  names: string[];
  text: string;
}

function fileLinksOf(links: readonly PageLink[]): FileLink[] {
  const seen = new Set<string>();
  const out: FileLink[] = [];
  for (const link of links) {
    if (!/^https?:\/\//i.test(link.href)) continue;
    const url = link.href.replace(/#.*$/, '');
    const named = [link.text, link.title ?? ''].map((name) => name.replace(FILE_SIZE, '').trim());
    const extension = extensionOfUrl(url) ?? named.map((name) => FILE_NAME.exec(name)?.[1]?.toLowerCase()).find(Boolean);
    if (!extension || seen.has(url)) continue;
    seen.add(url);
    const names = [...named, extensionOfUrl(url) ? fileNameOf(url) : ''].map(bareName).filter((name) => name.length > 0);
    out.push({ url, extension: extension as ReportFileExtension, names, text: link.text });
  }
  return out;
}

/** The report title among a link's names, or null: the detector's link-title gate decides. */
function reportTitleOf(names: readonly string[]): string | null {
  return names.find((name) => isReportLink({ text: name, title: null })) ?? null;
}

/** A name that says only "download the attachment" (附件下载, P020240328512.pdf), no title at all. */
const isGeneric = (name: string) => !HAN.test(name.replace(DOWNLOAD_WORDS, ''));

const comparable = (title: string) => title.replace(/[\s《》"“”]/g, '');
/** PDF first: the reader shows its pages; then .docx, which it reads; .doc and .wps it cannot. */
const preference = (link: FileLink) => REPORT_FILE_EXTENSIONS.indexOf(link.extension);

/**
 * The report file the page is mainly a link to, or null. It is one when the page links a PDF or
 * Word file whose link text, title attribute or file name passes the detector's report-title gate
 * (a link named only 附件下载 or by a number takes the page's own title, when that passes the gate
 * and the link is the page's only file), all such links name one report (a PDF and a .docx of it:
 * the PDF is offered), and the body says little else (MAX_OTHER_BODY_CHARS).
 */
export function reportAttachmentOf(page: AttachmentPage): ReportAttachment | null {
  const files = fileLinksOf(page.links);
  if (files.length === 0) return null;
  let offered = files.flatMap((link) => {
    const title = reportTitleOf(link.names);
    return title ? [{ link, title }] : [];
  });
  if (offered.length === 0 && files.length === 1 && files[0]!.names.every(isGeneric) && page.title && reportTitleOf([page.title])) {
    offered = [{ link: files[0]!, title: page.title }];
  }
  if (offered.length === 0 || new Set(offered.map(({ title }) => comparable(title))).size > 1) return null;
  // What the body says besides the file links, the title and the download words.
  let rest = page.body;
  for (const cut of [...files.map((link) => link.text), offered[0]!.title]) if (cut.trim()) rest = rest.split(cut.trim()).join('');
  if (rest.replace(DOWNLOAD_WORDS, '').replace(/[\s:：、，,。.]/g, '').length > MAX_OTHER_BODY_CHARS) return null;
  const best = offered.reduce((a, b) => (preference(b.link) < preference(a.link) ? b : a));
  return { url: best.link.url, title: best.title };
}

/** reportAttachmentOf for a page read by the page-text model: its article body, and the title the engine reads. */
export function reportAttachmentOfPage(page: PageText, links: readonly PageLink[]): ReportAttachment | null {
  const body = page.blocks
    .filter((block) => block.role === 'body')
    .map((block) => page.text.slice(block.start, block.end))
    .join('\n');
  return reportAttachmentOf({ links, body, title: readTitle(rankedTitles(page)) });
}

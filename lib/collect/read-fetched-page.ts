import { canonicalReportUrl } from '../db/canonical-url';
import { extractReport } from '../extract/extract-report';
import type { PageReport } from '../messages/page-report';
import { toPageReport } from '../messages/to-page-report';
import { decodeHtml } from '../page-text/decode-html';
import { pageTextFromDocument } from '../page-text/from-document';
import { keptPageText } from '../page-text/kept-page-text';
import { pageLinks } from '../page-text/page-links';
import { AttachmentFailure, CollectFailure, type FetchedPage } from './collector';
import type { Attachment } from './queue-item';

/** Pages larger than this are not read: a report is 10–100 kB, a 5 MB page is a portal's archive. */
export const MAX_PAGE_BYTES = 8_000_000;
const MAX_ATTACHMENTS = 50;

const HTML_TYPE = /^(?:text\/html|application\/xhtml\+xml)\b/i;
/** Files a report is also published as: the reader (PDF/Word issue) opens them. */
const DOCUMENT_TYPE = /^application\/(?:pdf|msword|vnd\.openxmlformats-officedocument|vnd\.ms-|wps|kswps|octet-stream)/i;
const DOCUMENT_LINK = /\.(?:pdf|docx?|wps|xlsx?|ofd)(?:$|[?#])/i;

export interface ReadPage {
  report: PageReport;
  attachments: Attachment[];
}

/**
 * A fetched page through the same engine the content script runs: decoded (declared charset,
 * else GB18030), parsed by `parse` (DOMParser in the offscreen document or the Firefox background
 * page; happy-dom in Node), read, detected and extracted. Throws CollectFailure for what cannot
 * be collected: not HTML (a PDF/Word file comes back as an attachment), too large, not a report,
 * or a redirect to a page that is not the report (a login page, another site).
 */
export function readFetchedPage(requestedUrl: string, page: FetchedPage, parse: (html: string) => Document): ReadPage {
  const type = page.contentType.split(';')[0]!.trim();
  if (type && !HTML_TYPE.test(type)) {
    if (DOCUMENT_TYPE.test(type) || DOCUMENT_LINK.test(page.url)) throw new AttachmentFailure({ url: page.url, label: fileName(page.url) }, type);
    throw new CollectFailure('not-html', type);
  }
  if (page.body.byteLength > MAX_PAGE_BYTES) throw new CollectFailure('too-large', `${(page.body.byteLength / 1e6).toFixed(1)} MB`);
  const document = parse(decodeHtml(page.body, page.contentType));
  const { page: text } = pageTextFromDocument(document, page.url);
  // The text is kept with the report, as saving from a tab keeps it (re-reading, taught indicators).
  const report: PageReport = { ...toPageReport(page.url, extractReport(text)), pageText: keptPageText(text) };
  const movedTo = canonicalReportUrl(page.url) !== canonicalReportUrl(requestedUrl) ? page.url : null;
  if (!report.isReport) {
    if (movedTo) throw new CollectFailure('redirected', movedTo.slice(0, 500));
    const rejection = report.reasons.find((reason) => reason.startsWith('reject:') || reason.startsWith('gate:'));
    throw new CollectFailure('not-a-report', rejection ?? `confidence ${report.confidence}`);
  }
  return { report, attachments: attachmentsOf(document, page.url) };
}

/** PDF/Word links of a page, one per address, labelled by their link text or file name. */
function attachmentsOf(document: Document, url: string): Attachment[] {
  const seen = new Set<string>();
  const out: Attachment[] = [];
  for (const link of pageLinks(document, url)) {
    if (out.length >= MAX_ATTACHMENTS) break;
    if (!/^https?:/i.test(link.href) || !DOCUMENT_LINK.test(link.href) || seen.has(link.href)) continue;
    seen.add(link.href);
    out.push({ url: link.href.slice(0, 4096), label: (link.text.trim() || fileName(link.href)).slice(0, 300) });
  }
  return out;
}

function fileName(url: string): string {
  const last = new URL(url).pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last).slice(0, 300) || url.slice(0, 300);
  } catch {
    return last.slice(0, 300) || url.slice(0, 300);
  }
}

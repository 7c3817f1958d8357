import { decodeHtml } from '../page-text/decode-html';
import { pageTextFromDocument } from '../page-text/from-document';
import { pageTextFromPlainText } from '../page-text/from-plain-text';
import type { DocumentMeta, PageText } from '../page-text/types';
import { pagedPageText } from './paged-page-text';
import { readPdfContents, type PdfjsModule } from './read-pdf';
import { MAX_REPORT_FILE_BYTES, ReportFileError } from './report-file-error';
import type { ReportFileKind, ReportFileText } from './types';

export interface ReportFileOptions {
  /** The file's name (report.pdf) or the last part of its URL: its extension says what it is. */
  name: string;
  /** The MIME type the browser or server gave, used when the name has no known extension. */
  type?: string;
  /**
   * What is known about the file from outside it: its URL, and the facts of the article page that
   * linked it (its meta tags and index fields: the publication date lives there, not in the file).
   */
  meta?: Partial<DocumentMeta>;
  /** Parses HTML into a Document (the browser's DOMParser unless given: Node callers pass happy-dom's). */
  parseHtml?: (html: string) => Document;
  /**
   * Loads pdf.js, needed for PDFs: the reader page passes the modern build with its worker set up,
   * Node callers `loadLegacyPdfjs` (legacy-pdfjs.ts).
   */
  loadPdfjs?: () => Promise<PdfjsModule>;
}

const KIND_BY_EXTENSION: Record<string, ReportFileKind> = { pdf: 'pdf', docx: 'docx', html: 'html', htm: 'html', txt: 'txt' };
const KIND_BY_TYPE: Record<string, ReportFileKind> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'text/html': 'html',
  'text/plain': 'txt',
};
/** Formats reports come in that this reader cannot open, with what to do instead. */
const UNREADABLE: Record<string, string> = {
  doc: 'a Word 97–2003 .doc file: save it as .docx',
  wps: 'a WPS file: save it as .docx or PDF',
  ofd: 'an OFD file: print it to PDF',
};

/** A PDF header may follow a little junk (the format allows 1024 bytes of it). */
const PDF_HEADER_SEARCH = 1024;
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
/** The end-of-central-directory record a complete zip (.docx) ends with, followed by at most a 64 KB comment. */
const ZIP_END_RECORD = [0x50, 0x4b, 0x05, 0x06];
const ZIP_END_SEARCH = 22 + 0xffff;
/** Office files encrypted with a password are OLE containers holding an EncryptedPackage stream. */
const OLE_HEADER = [0xd0, 0xcf, 0x11, 0xe0];
const ENCRYPTED_PACKAGE = new Uint8Array([...'EncryptedPackage'].flatMap((ch) => [ch.charCodeAt(0), 0]));

function indexOf(haystack: Uint8Array, needle: ArrayLike<number>, from = 0): number {
  outer: for (let i = from; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const startsWith = (bytes: Uint8Array, prefix: number[]) => indexOf(bytes.subarray(0, prefix.length), prefix) === 0;

function fileKind(name: string, type: string | undefined): ReportFileKind {
  const extension = /\.([a-z0-9]+)$/i.exec(name.trim())?.[1]?.toLowerCase() ?? '';
  const kind = KIND_BY_EXTENSION[extension] ?? KIND_BY_TYPE[(type ?? '').split(';')[0].trim().toLowerCase()];
  if (kind) return kind;
  throw new ReportFileError('unsupported-type', UNREADABLE[extension] ?? `"${extension ? `.${extension}` : name}" is not PDF, .docx, .html or .txt`);
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes.slice());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function defaultParseHtml(html: string): Document {
  if (typeof DOMParser === 'undefined') throw new Error('readReportFile: no DOMParser here; pass options.parseHtml');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The HTML path's page, with what is known from outside the file added to what the file says. */
function withMeta(page: PageText, meta: Partial<DocumentMeta>): PageText {
  return {
    ...page,
    meta: {
      url: meta.url ?? page.meta.url,
      htmlTitle: page.meta.htmlTitle ?? meta.htmlTitle ?? null,
      metaTags: { ...meta.metaTags, ...page.meta.metaTags },
      indexFields: { ...meta.indexFields, ...page.meta.indexFields },
    },
  };
}

async function readPdf(bytes: Uint8Array, options: ReportFileOptions): Promise<Omit<ReportFileText, 'fingerprint'>> {
  if (indexOf(bytes.subarray(0, PDF_HEADER_SEARCH), [...'%PDF-'].map((ch) => ch.charCodeAt(0))) === -1) {
    throw new ReportFileError('corrupt', 'no %PDF- header');
  }
  if (!options.loadPdfjs) throw new Error('readReportFile: reading a PDF needs options.loadPdfjs');
  const { pages, title } = await readPdfContents(bytes, await options.loadPdfjs());
  const meta = { ...options.meta, htmlTitle: title ?? options.meta?.htmlTitle ?? null };
  const { page, pageMap, sources } = pagedPageText(pages, meta);
  return { kind: 'pdf', page, pageCount: pages.length, pageMap, sources };
}

async function readDocx(bytes: Uint8Array, options: ReportFileOptions): Promise<Omit<ReportFileText, 'fingerprint'>> {
  if (startsWith(bytes, OLE_HEADER)) {
    if (indexOf(bytes, ENCRYPTED_PACKAGE) !== -1) throw new ReportFileError('encrypted', 'the .docx is protected by a password');
    throw new ReportFileError('unsupported-type', UNREADABLE.doc);
  }
  if (!startsWith(bytes, ZIP_LOCAL_HEADER)) throw new ReportFileError('corrupt', 'not a zip archive');
  if (indexOf(bytes, ZIP_END_RECORD, Math.max(0, bytes.length - ZIP_END_SEARCH)) === -1) {
    throw new ReportFileError('truncated', 'the zip archive has no end record');
  }
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    // Images are not read: a report's text is what the engine needs, and data URLs would bloat the page.
    const input = { arrayBuffer: bytes.slice().buffer, buffer: bytes.slice() } as unknown as { arrayBuffer: ArrayBuffer };
    ({ value: html } = await mammoth.convertToHtml(input, { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) }));
  } catch (error) {
    throw new ReportFileError('corrupt', error instanceof Error ? error.message : String(error));
  }
  const page = withMeta(pageTextFromDocument((options.parseHtml ?? defaultParseHtml)(html), options.meta?.url ?? '').page, options.meta ?? {});
  if (!page.text.trim()) throw new ReportFileError('image-only', 'the document holds no text');
  return { kind: 'docx', page, pageCount: null, pageMap: [], sources: null };
}

/**
 * Reads a report file — PDF (pdf.js), .docx (mammoth → HTML), .html or .txt — into the engine's
 * page model, with the page map of a PDF and the file's SHA-256.
 *
 * @throws ReportFileError with the reason: too-large (over 50 MB), unsupported-type, corrupt,
 *   truncated, encrypted (a password is needed to open it) or image-only (no text layer: a scan)
 */
export async function readReportFile(bytes: Uint8Array, options: ReportFileOptions): Promise<ReportFileText> {
  if (bytes.length > MAX_REPORT_FILE_BYTES) {
    throw new ReportFileError('too-large', `${(bytes.length / 1024 / 1024).toFixed(1)} MB, above ${MAX_REPORT_FILE_BYTES / 1024 / 1024} MB`);
  }
  const kind = fileKind(options.name, options.type);
  const fingerprint = await sha256(bytes);
  const meta = options.meta ?? {};
  if (kind === 'pdf') return { ...(await readPdf(bytes, options)), fingerprint };
  if (kind === 'docx') return { ...(await readDocx(bytes, options)), fingerprint };
  const decoded = decodeHtml(bytes);
  const page =
    kind === 'txt'
      ? pageTextFromPlainText(decoded, meta)
      : withMeta(pageTextFromDocument((options.parseHtml ?? defaultParseHtml)(decoded), meta.url ?? '').page, meta);
  return { kind, page, pageCount: null, pageMap: [], sources: null, fingerprint };
}

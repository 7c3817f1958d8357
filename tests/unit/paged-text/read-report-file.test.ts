// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPage } from '../../../lib/cli/load-page';
import { pageAt } from '../../../lib/paged-text/paged-page-text';
import { readPdfContents } from '../../../lib/paged-text/read-pdf';
import { loadLegacyPdfjs } from '../../../lib/paged-text/legacy-pdfjs';
import { readReportFile } from '../../../lib/paged-text/read-report-file';
import { MAX_REPORT_FILE_BYTES, ReportFileError, type ReportFileRejection } from '../../../lib/paged-text/report-file-error';
import { ensureDocumentFixtures, IMAGE_ONLY_PDF, TWO_COLUMN_SEED, type SeedDocument } from '../../fixtures/build-documents';

let documents: SeedDocument[];
beforeAll(async () => {
  documents = await ensureDocumentFixtures();
}, 120_000);

const bytesOf = (file: string) => new Uint8Array(readFileSync(file));
const seed = (name: string) => documents.find((doc) => doc.name === name)!;
const bodyFolded = (page: { folded: string; blocks: { start: number; end: number; role: string }[] }) =>
  page.blocks.filter((b) => b.role === 'body').map((b) => page.folded.slice(b.start, b.end));

async function rejection(bytes: Uint8Array, name: string): Promise<ReportFileRejection> {
  try {
    await readReportFile(bytes, { loadPdfjs: loadLegacyPdfjs, name });
  } catch (error) {
    if (error instanceof ReportFileError) return error.reason;
    throw error;
  }
  throw new Error(`${name} was read`);
}

/** A PDF file from object bodies, with a correct cross-reference table. */
function pdfFile(objects: string[], trailer: string): Uint8Array {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

const PAGE_OBJECTS = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];
const hex = (length: number, seedByte: number) => Array.from({ length }, (_, i) => ((i * 37 + seedByte) % 256).toString(16).padStart(2, '0')).join('');

describe('readReportFile on the seed documents', () => {
  it('reads each PDF and .docx to the same body text as the HTML page, title first', async () => {
    for (const doc of documents) {
      const html = bodyFolded(loadPage(doc.html));
      for (const file of [doc.pdf, doc.docx]) {
        const read = await readReportFile(bytesOf(file), { loadPdfjs: loadLegacyPdfjs, name: file });
        const body = bodyFolded(read.page);
        expect(body[0], file).toBe(doc.title);
        expect(body.slice(1), file).toEqual(html);
        expect(read.page.blocks[0].tag, file).toBe('h1');
      }
    }
  });

  it('leaves running heads and page numbers out of the text and maps every sentence to its page', async () => {
    for (const doc of documents) {
      const { page, pageMap, pageCount } = await readReportFile(bytesOf(doc.pdf), { loadPdfjs: loadLegacyPdfjs, name: doc.pdf });
      expect(page.text.split(doc.title).length - 1, doc.name).toBe(1);
      expect(page.text, doc.name).not.toMatch(/第\d+页|共\d+页|- \d+ -/);
      expect(pageCount, doc.name).toBeGreaterThan(2);
      expect(pageMap[0]).toMatchObject({ start: 0, page: 1 });
      expect(pageMap.at(-1)).toMatchObject({ end: page.text.length, page: pageCount });
      pageMap.slice(1).forEach((span, i) => expect([span.start, span.page]).toEqual([pageMap[i].end, pageMap[i].page + 1]));
    }
  });

  it('points every character back at the text item and offset it was read from (what the text layer paints)', async () => {
    const pdfjs = await loadLegacyPdfjs();
    for (const doc of documents) {
      const bytes = bytesOf(doc.pdf);
      const { page, pageMap, sources } = await readReportFile(bytes, { loadPdfjs: loadLegacyPdfjs, name: doc.pdf });
      const { pages } = await readPdfContents(bytes, pdfjs);
      let pointed = 0;
      for (let i = 0; i < page.text.length; i++) {
        if (sources!.item[i] < 0) {
          expect(page.text[i], `${doc.name} @${i}`).toMatch(/[\n ]/);
          continue;
        }
        const read = pages[pageAt(pageMap, i)! - 1].items[sources!.item[i]].str[sources!.offset[i]];
        if (read !== page.text[i]) expect([doc.name, i, read, page.text[i]]).toEqual([doc.name, i, read, read.trim() ? read : ' ']);
        pointed++;
      }
      expect(pointed, doc.name).toBeGreaterThan(page.text.length * 0.95);
    }
  });

  it('knows the page of a figure: 晋江 2019 prints 行政复议案件55件 on page 2', async () => {
    const { page, pageMap } = await readReportFile(bytesOf(seed('000-jinjiang-2019').pdf), { loadPdfjs: loadLegacyPdfjs, name: 'report.pdf' });
    expect(pageAt(pageMap, page.text.indexOf('办理行政复议案件55件'))).toBe(2);
    expect(pageAt(pageMap, page.text.indexOf('2019年以来'))).toBe(1);
  });

  it('reads the two-column report column by column', async () => {
    const doc = seed(TWO_COLUMN_SEED);
    const { page } = await readReportFile(bytesOf(doc.pdf), { loadPdfjs: loadLegacyPdfjs, name: doc.pdf });
    expect(bodyFolded(page).slice(1)).toEqual(bodyFolded(loadPage(doc.html)));
  });

  it('takes the article page facts it is given, the file title winning, and fingerprints the bytes', async () => {
    const doc = seed('000-jinjiang-2019');
    const bytes = bytesOf(doc.pdf);
    const read = await readReportFile(bytes, { loadPdfjs: loadLegacyPdfjs, name: 'a.pdf', meta: { url: 'http://example.gov.cn/a.pdf', htmlTitle: 'article', metaTags: { pubdate: '2020-02-04' } } });
    expect(read.page.meta).toMatchObject({ url: 'http://example.gov.cn/a.pdf', htmlTitle: doc.title, metaTags: { pubdate: '2020-02-04' } });
    expect(read.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect((await readReportFile(bytes, { loadPdfjs: loadLegacyPdfjs, name: 'b.pdf' })).fingerprint).toBe(read.fingerprint);
    expect((await readReportFile(bytesOf(seed('001-jiujiang-2022').pdf), { loadPdfjs: loadLegacyPdfjs, name: 'b.pdf' })).fingerprint).not.toBe(read.fingerprint);
  });

  it('reads .html and .txt through the page paths', async () => {
    const doc = seed('003-xiamen-2021');
    const html = await readReportFile(bytesOf(doc.html), { loadPdfjs: loadLegacyPdfjs, name: 'report.htm' });
    expect(html).toMatchObject({ kind: 'html', pageCount: null, pageMap: [] });
    expect(bodyFolded(html.page)).toEqual(bodyFolded(loadPage(doc.html)));
    const text = await readReportFile(new TextEncoder().encode('2021年法治政府建设情况报告\n一、主要工作\n'), { name: 'notes', type: 'text/plain' });
    expect(text.kind).toBe('txt');
    expect(text.page.text).toBe('2021年法治政府建设情况报告\n一、主要工作');
  });
});

describe('readReportFile refuses bad files with the reason', () => {
  it('truncated: a PDF or .docx cut in half', async () => {
    for (const file of [seed('002-shapotou-2020').pdf, seed('002-shapotou-2020').docx]) {
      const bytes = bytesOf(file);
      expect(await rejection(bytes.subarray(0, bytes.length >> 1), file)).toBe('truncated');
    }
  });

  it('corrupt: bytes that are no PDF or zip, or a PDF whose insides are garbage', async () => {
    expect(await rejection(new TextEncoder().encode('<html>not a pdf</html>'), 'report.pdf')).toBe('corrupt');
    expect(await rejection(new TextEncoder().encode('%PDF-1.7\n' + 'x'.repeat(2000) + '\n%%EOF\n'), 'report.pdf')).toBe('corrupt');
    expect(await rejection(new TextEncoder().encode('PK\u0003\u0004garbage, no zip directory PK\u0005\u0006' + '\0'.repeat(18)), 'report.docx')).toBe('corrupt');
  });

  it('encrypted: a PDF that needs a password to open', async () => {
    const encrypt = `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${hex(32, 1)}> /U <${hex(32, 2)}> >>`;
    const bytes = pdfFile([...PAGE_OBJECTS, encrypt], `/Root 1 0 R /Encrypt 4 0 R /ID [<${hex(16, 3)}> <${hex(16, 3)}>]`);
    expect(await rejection(bytes, 'report.pdf')).toBe('encrypted');
    // The same file without its /Encrypt entry opens (and has no text).
    expect(await rejection(pdfFile(PAGE_OBJECTS, '/Root 1 0 R'), 'report.pdf')).toBe('image-only');
  });

  it('encrypted: a password-protected .docx (an OLE container holding an EncryptedPackage stream), unlike a plain .doc renamed', async () => {
    const ole = (...streams: string[]) =>
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504), ...streams.flatMap((name) => [...name].flatMap((ch) => [ch.charCodeAt(0), 0]))]);
    expect(await rejection(ole('EncryptionInfo', 'EncryptedPackage'), 'report.docx')).toBe('encrypted');
    expect(await rejection(ole('WordDocument'), 'report.docx')).toBe('unsupported-type');
  });

  it('image-only: a scan, pages with an image and no text layer', async () => {
    expect(await rejection(bytesOf(IMAGE_ONLY_PDF), 'scan.pdf')).toBe('image-only');
  });

  it('too-large: above 50 MB, before anything is parsed', async () => {
    expect(await rejection(new Uint8Array(MAX_REPORT_FILE_BYTES + 1), 'big.pdf')).toBe('too-large');
    expect(await rejection(new Uint8Array(MAX_REPORT_FILE_BYTES + 1), 'big.txt')).toBe('too-large');
  });

  it('unsupported-type: .doc, .wps and unknown files, whatever their bytes', async () => {
    expect(await rejection(bytesOf(seed('000-jinjiang-2019').docx), 'report.doc')).toBe('unsupported-type');
    expect(await rejection(new Uint8Array([1, 2, 3]), 'report.wps')).toBe('unsupported-type');
    expect(await rejection(new Uint8Array([1, 2, 3]), 'picture.png')).toBe('unsupported-type');
  });
});

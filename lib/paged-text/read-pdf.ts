import type { PdfPageContent, PdfTextItem } from './types';
import { ReportFileError } from './report-file-error';

/** The part of the pdf.js module the reader uses (`pdfjs-dist` or its legacy build). */
export type PdfjsModule = Pick<typeof import('pdfjs-dist/legacy/build/pdf.mjs'), 'getDocument'>;

export interface PdfContents {
  pages: PdfPageContent[];
  /** The document information dictionary's Title, when it has one. */
  title: string | null;
}

/** A complete PDF ends with %%EOF (after the last incremental update), give or take trailing blanks. */
const EOF_MARKER = '%%EOF';
const EOF_SEARCH_BYTES = 1024;

function endsWithEofMarker(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - EOF_SEARCH_BYTES)));
  return tail.includes(EOF_MARKER);
}

function rejection(error: unknown): ReportFileError {
  const name = (error as { name?: string } | null)?.name;
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new ReportFileError('encrypted', message);
  return new ReportFileError('corrupt', message);
}

/**
 * Reads every page's text items with pdf.js. A file that stops before its end marker is refused
 * as truncated even where pdf.js could recover some pages: a report with its end cut off would be
 * saved with figures missing. A document with no text on any page is a scan (image-only).
 */
export async function readPdfContents(bytes: Uint8Array, pdfjs: PdfjsModule): Promise<PdfContents> {
  if (!endsWithEofMarker(bytes)) throw new ReportFileError('truncated', 'no %%EOF at the end of the file');
  // pdf.js transfers the buffer it is given to its worker: hand it a copy so the caller's bytes stay usable.
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    throw rejection(error);
  }
  try {
    const pages: PdfPageContent[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = content.items.filter((item): item is PdfTextItem & typeof item => 'str' in item);
      pages.push({ width, height, items: items.map(({ str, transform, width, height }) => ({ str, transform, width, height })) });
      page.cleanup();
    }
    if (!pages.some((page) => page.items.some((item) => item.str.trim()))) {
      throw new ReportFileError('image-only', `${pages.length} page(s) without a text layer`);
    }
    const info = (await document.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : null;
    return { pages, title };
  } catch (error) {
    throw error instanceof ReportFileError ? error : rejection(error);
  } finally {
    await document.destroy();
  }
}

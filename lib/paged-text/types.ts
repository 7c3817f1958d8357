import type { PageText } from '../page-text/types';

/** One pdf.js TextItem, reduced to what layout reading needs (pdf.js `getTextContent().items`). */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: e, f are the baseline origin in PDF units, y growing upwards. */
  transform: number[];
  /** Advance width in PDF units. */
  width: number;
  /** Font height in PDF units. */
  height: number;
}

/** One page's text content with its viewport size at scale 1. */
export interface PdfPageContent {
  width: number;
  height: number;
  items: PdfTextItem[];
}

/** `text.slice(start, end)` was printed on `page` (1-based). Entries are in text order and do not overlap. */
export interface PageSpan {
  start: number;
  end: number;
  page: number;
}

/**
 * Where each character of a paged text was read: `item[i]` is the index of the text item on its
 * page (see the page map) among the items pdf.js gave (the text layer's spans, in order),
 * `offset[i]` the character's offset in that item's string; both -1 for characters the reading
 * added (block breaks, spaces between Latin lines).
 */
export interface TextSources {
  item: Int32Array;
  offset: Int32Array;
}

export type ReportFileKind = 'pdf' | 'docx' | 'html' | 'txt';

/** A report read from a file: the engine's page model plus where each stretch of text was printed. */
export interface ReportFileText {
  kind: ReportFileKind;
  page: PageText;
  /** Printed pages of a PDF; null for formats without fixed pages (.docx, .html, .txt). */
  pageCount: number | null;
  /** Where each stretch of `page.text` was printed; empty for formats without fixed pages. */
  pageMap: PageSpan[];
  /** Where each character of a PDF's text was read (for painting over its text layer); null for other formats. */
  sources: TextSources | null;
  /** SHA-256 of the file's bytes, lower-case hex: the same file opened twice is the same report. */
  fingerprint: string;
}

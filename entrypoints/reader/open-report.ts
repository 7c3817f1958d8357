import { extractReport, type ReportExtraction } from '../../lib/extract/extract-report';
import { createPainter, type Painter } from '../../lib/highlight/paint';
import { highlightSpans, isFigureCategory, isHeadingCategory, type HighlightSpan } from '../../lib/highlight/spans';
import { readReportFile } from '../../lib/paged-text/read-report-file';
import { splitAtItems, textLayerLocate } from '../../lib/paged-text/text-layer-locate';
import type { DomSpan } from '../../lib/page-text/types';
import type { ReportFileText } from '../../lib/paged-text/types';
import { loadPdfjs, renderPdf } from './pdf-view';
import { renderTextBlocks } from './text-view';

export interface OpenedReport {
  file: ReportFileText;
  extraction: ReportExtraction;
  /** Headings and figures painted over the shown text. */
  painted: { headings: number; figures: number };
}

let painter: Painter | null = null;

/**
 * Opens a report file in the reader: reads its text (readReportFile: a bad file throws a
 * ReportFileError before anything is shown), runs the engine on it, shows it (PDF pages with their
 * text layer, other formats as paragraphs) in `container` and paints headings and figures over it
 * with the same painter as on HTML pages.
 */
export async function openReport(file: File, container: HTMLElement, onPage: (rendered: number, total: number) => void): Promise<OpenedReport> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  painter?.clear();
  container.replaceChildren();
  // A PDF is drawn while its text is read, so its first page shows before the engine has run; a
  // file that turns out unreadable stops the drawing and the reader clears what was shown.
  const drawing = new AbortController();
  const rendering = isPdf(file) ? renderPdf(bytes, container, onPage, drawing.signal) : null;
  rendering?.catch(() => undefined);
  let read: ReportFileText;
  try {
    read = await readReportFile(bytes, { name: file.name, type: file.type, loadPdfjs });
  } catch (error) {
    drawing.abort();
    await rendering?.catch(() => undefined);
    container.replaceChildren();
    throw error;
  }
  const extraction = extractReport(read.page);
  const spans = highlightSpans(extraction);
  let painted: { spans: HighlightSpan[]; locate: (start: number, end: number) => DomSpan | null };
  if (read.kind === 'pdf' && read.sources) {
    const nodeOf = await (rendering ?? renderPdf(bytes, container, onPage));
    painted = { spans: splitAtItems(spans, read.sources), locate: textLayerLocate(read.pageMap, read.sources, nodeOf) };
  } else {
    drawing.abort();
    await rendering?.catch(() => undefined);
    container.replaceChildren();
    painted = { spans, locate: renderTextBlocks(read.page, container) };
  }
  painter ??= createPainter(container.ownerDocument);
  const { located } = painter!.paint(painted.spans, painted.locate);
  /** Headings or figures with at least one piece painted. */
  const count = (isCategory: (span: HighlightSpan) => boolean) =>
    new Set(painted.spans.filter((span, i) => located[i] && isCategory(span)).map((span) => span.source)).size;
  return {
    file: read,
    extraction,
    painted: { headings: count((span) => isHeadingCategory(span.category)), figures: count((span) => isFigureCategory(span.category)) },
  };
}

function isPdf(file: File): boolean {
  return file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
}

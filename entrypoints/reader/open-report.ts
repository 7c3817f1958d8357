import type { HighlightSpan } from '../../lib/highlight/spans';
import { readReportFile } from '../../lib/paged-text/read-report-file';
import { splitAtItems, textLayerLocate } from '../../lib/paged-text/text-layer-locate';
import type { DomPageText, PageText } from '../../lib/page-text/types';
import type { PageSpan, ReportFileText } from '../../lib/paged-text/types';
import { loadPdfjs, renderPdf } from './pdf-view';
import { renderTextBlocks } from './text-view';

/** A report's text as the reader shows it: the annotator reads and paints it like a page. */
export interface ShownText {
  dom: DomPageText;
  /** Where each stretch of the text was printed (empty for unpaged formats). */
  pageMap: PageSpan[];
  /** A PDF's text layer paints within one item: spans are cut there. */
  fitSpans?: (spans: HighlightSpan[]) => HighlightSpan[];
}

export interface ShownFile extends ShownText {
  file: ReportFileText;
}

/**
 * Opens a report file in the reader: reads its text (readReportFile: a bad file throws a
 * ReportFileError before anything is shown) and shows it in `container` — PDF pages with their
 * text layer, other formats as paragraphs — with the map from the text to what is shown, for
 * the annotator to paint over it.
 */
export async function showReportFile(file: File, container: HTMLElement, onPage: (rendered: number, total: number) => void): Promise<ShownFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
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
  if (read.kind === 'pdf' && read.sources) {
    const sources = read.sources;
    const nodeOf = await (rendering ?? renderPdf(bytes, container, onPage));
    return {
      file: read,
      dom: { page: read.page, locate: textLayerLocate(read.pageMap, sources, nodeOf) },
      pageMap: read.pageMap,
      fitSpans: (spans) => splitAtItems(spans, sources),
    };
  }
  drawing.abort();
  await rendering?.catch(() => undefined);
  return { file: read, ...showSavedText(read.page, read.pageMap, container) };
}

/** Shows a report's kept text (a saved report whose file is not at hand, or an unpaged format) as paragraphs, each marked with its printed page. */
export function showSavedText(page: PageText, pageMap: PageSpan[], container: HTMLElement): ShownText {
  container.replaceChildren();
  return { dom: { page, locate: renderTextBlocks(page, container, pageMap) }, pageMap };
}

function isPdf(file: File): boolean {
  return file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
}

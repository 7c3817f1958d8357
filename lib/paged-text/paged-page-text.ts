import { assemblePage } from '../page-text/assemble';
import type { DocumentMeta, PageText } from '../page-text/types';
import { dropFurniture } from './furniture';
import { readPageLines } from './lines';
import { joinParagraphs } from './paragraphs';
import type { PageSpan, PdfPageContent, TextSources } from './types';

/**
 * The engine's page model from a paged document's text content: lines in reading order (two
 * columns column by column), page furniture dropped, lines joined into paragraphs, plus the page
 * every stretch of text was printed on.
 */
export function pagedPageText(
  pages: PdfPageContent[],
  meta: Partial<DocumentMeta> = {},
): { page: PageText; pageMap: PageSpan[]; sources: TextSources } {
  const lines = dropFurniture(pages.map((content) => ({ height: content.height, lines: readPageLines(content) })));
  const { text, blocks, pageMap, sources } = joinParagraphs(lines);
  return { page: assemblePage(text, blocks, meta), pageMap, sources };
}

/** The page (1-based) `offset` of the text was printed on, or null outside the map. */
export function pageAt(pageMap: readonly PageSpan[], offset: number): number | null {
  let low = 0;
  let high = pageMap.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = pageMap[middle];
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return span.page;
  }
  return null;
}

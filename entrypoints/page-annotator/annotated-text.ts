import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { HighlightSpan } from '../../lib/highlight/spans';
import { pageTextFromDocument } from '../../lib/page-text/from-document';
import type { DomPageText } from '../../lib/page-text/types';

/**
 * What the annotator reads: a report's text with its map back to the DOM it is shown in. An HTML
 * page is its own text (read from the document, followed as it changes); the reader page shows a
 * file's text (a PDF's text layer, a .docx's paragraphs) and says when a new one is open. One
 * annotator serves both, so a PDF gets the same outline, cards, clips and teaching as a page.
 */
export interface AnnotatedText {
  /** The report's address: the page's own, or the address a report file is known by. */
  url(): string;
  /** The text model now; null when there is nothing to read yet (the reader before a file is open). */
  read(): DomPageText | null;
  /** Cuts highlight spans to pieces the DOM can paint (a PDF's text layer paints within one item); absent: as they are. */
  fitSpans?(spans: HighlightSpan[]): HighlightSpan[];
  /** The printed page `offset` of the text is on (PDF), kept with clips so links reach the page; absent: unpaged. */
  pageOf?(offset: number): number | null;
  /** The link a clip of this text keeps (an HTML page's `#:~:text=` link cannot reach into a file); absent: the text fragment. */
  clipLink?(quote: string, page: number | null): string;
  /** Whether the annotator follows the document's own edits and navigation, and offers list pages (HTML pages only). */
  isLivePage: boolean;
}

/** The lifetime the annotator's listeners and timers are bound to (a content script's context, or the reader page's). */
export type AnnotatorContext = Pick<ContentScriptContext, 'isValid' | 'addEventListener' | 'onInvalidated' | 'setInterval'>;

/** The page the content script runs in: its location, its document's text. */
export function livePageText(doc: Document): AnnotatedText {
  return {
    url: () => doc.location.href,
    read: () => pageTextFromDocument(doc, doc.location.href),
    isLivePage: true,
  };
}

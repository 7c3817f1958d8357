import { browser } from 'wxt/browser';
import { pageAt } from '../../lib/paged-text/paged-page-text';
import { LINK_QUOTE_CHARS } from '../../lib/compare/sentence-link';
import { READER_PAGE_PATH, readerQuery } from '../../lib/paged-text/reader-path';
import type { AnnotatedText, AnnotatorContext } from '../page-annotator/annotated-text';
import type { ShownText } from './open-report';

/** The text the reader shows now, as the annotator reads it; `show` puts another one in its place. */
export interface ReaderText extends AnnotatedText {
  show(shown: ShownText, url: string): void;
  /** Nothing shown (a file that could not be read): the annotator takes its marks and panel away. */
  clear(): void;
}

/**
 * The reader's report as the annotator's source. A report is known by `url` — the address it
 * was fetched from, or the content address of a local file — and its clips keep the page their
 * quote is on and a reader link back to it, since a `#:~:text=` link cannot reach into a file.
 */
export function readerText(): ReaderText {
  let current: { shown: ShownText; url: string } | null = null;
  return {
    isLivePage: false,
    url: () => current?.url ?? '',
    read: () => current?.shown.dom ?? null,
    fitSpans: (spans) => current?.shown.fitSpans?.(spans) ?? spans,
    pageOf: (offset) => (current ? pageAt(current.shown.pageMap, offset) : null),
    clipLink(quote, page) {
      const target = { url: current!.url, quote: quote.slice(0, LINK_QUOTE_CHARS), ...(page === null ? {} : { page }) };
      return browser.runtime.getURL(READER_PAGE_PATH) + readerQuery(target);
    },
    show(shown, url) {
      current = { shown, url };
    },
    clear() {
      current = null;
    },
  };
}

/** The reader page lives as long as its tab: its listeners need no tearing down. */
export function readerPageContext(win: Window): AnnotatorContext {
  return {
    isValid: true,
    addEventListener: ((target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) =>
      target.addEventListener(type, handler, options)) as AnnotatorContext['addEventListener'],
    onInvalidated: () => () => undefined,
    setInterval: (handler, timeout) => win.setInterval(handler, timeout),
  };
}

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractReport } from '../lib/extract/extract-report';
import { paintHighlights } from '../lib/highlight/paint';
import { highlightSpans } from '../lib/highlight/spans';
import { failedPageReport, toPageReport } from '../lib/messages/to-page-report';
import type { PageReport } from '../lib/messages/page-report';
import type { BackgroundMessage } from '../lib/messages/protocol';
import { isTabMessage } from '../lib/messages/tab-message';
import { pageTextFromDocument } from '../lib/page-text/from-document';

/**
 * Reads the page once, paints headings and figures with CSS Custom Highlights (no node added to
 * the page), tells the background what it found and answers the background's questions about
 * it. Declared for *.gov.cn, where report pages live; anywhere else the popup injects this same
 * file after the reader clicks 在此页运行 (activeTab grants the tab for that click). Injecting
 * again replaces the previous run: WXT invalidates the older context, which unpaints and stops
 * answering.
 */
export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main(ctx) {
    const report = readAndPaint(ctx);

    const answer = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
      if (!isTabMessage(message)) return undefined;
      sendResponse(report);
      return undefined;
    };
    browser.runtime.onMessage.addListener(answer);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answer));

    const extracted: BackgroundMessage = { type: 'page/extracted', report };
    // The background may be restarting; the popup asks again anyway, so a lost notice is harmless.
    void browser.runtime.sendMessage(extracted).catch(() => undefined);
  },
});

/** Runs the engine on the page and paints a report; an engine failure becomes a 'not a report' answer. */
function readAndPaint(ctx: ContentScriptContext): PageReport {
  try {
    const { page, locate } = pageTextFromDocument(document, location.href);
    const extraction = extractReport(page);
    const painted = extraction.detection.isReport ? paintHighlights(document, highlightSpans(extraction), locate) : null;
    if (painted) ctx.onInvalidated(() => painted.clear());
    return toPageReport(location.href, extraction, painted?.counts);
  } catch (error) {
    console.error('Report Lens could not read this page', error);
    return failedPageReport(location.href, error);
  }
}

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { failedPageReport } from '../../lib/messages/to-page-report';
import { isTabMessage } from '../../lib/messages/tab-message';
import { mayBeReport } from '../../lib/page-ui/pre-gate';
import { isTabCommand } from '../../lib/page-ui/tab-command';
import { ANNOTATOR_GLOBAL, ANNOTATOR_PATH, type Annotator, type StartAnnotator } from '../page-annotator/api';

/**
 * The always-loaded part, kept small because it runs on every *.gov.cn page: a bounded look at
 * the page (title, meta, URL, the first 20k characters of text) decides whether the annotator
 * (engine + UI, entrypoints/page-annotator) is worth loading. On the rest of a gov site it stops
 * there. Questions from the background ('tab/getReport' from the popup, keyboard commands) load
 * the annotator whatever the gate said, so the reader's own request always gets the full engine.
 * Anywhere outside *.gov.cn the popup injects this same file after the reader clicks 在此页运行;
 * injecting again replaces the previous run (WXT invalidates the older context).
 */
export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main(ctx) {
    let annotator: Promise<Annotator> | null = null;
    const annotate = () => (annotator ??= loadAnnotator(ctx));
    const annotateIfLikely = () => {
      if (!annotator && mayBeReport(document, location.href).pass) annotate().catch(() => undefined);
    };
    annotateIfLikely();
    // An SPA may move from a listing to a report without a page load; once loaded, the annotator
    // follows on its own. WXT signals before location.href changes: look after it has.
    ctx.addEventListener(window, 'wxt:locationchange', () => setTimeout(annotateIfLikely, 0));

    const answer = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
      if (isTabMessage(message)) {
        annotate()
          .then((loaded) => loaded.report(), (error: unknown) => failedPageReport(location.href, error))
          .then(sendResponse);
        return true;
      }
      if (isTabCommand(message)) annotate().then((loaded) => loaded.command(message.command), () => undefined);
      return undefined;
    };
    browser.runtime.onMessage.addListener(answer);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answer));
  },
});

async function loadAnnotator(ctx: ContentScriptContext): Promise<Annotator> {
  await import(/* @vite-ignore */ browser.runtime.getURL(ANNOTATOR_PATH));
  // The extension may have been updated or reloaded while the chunk loaded: start nothing then.
  if (ctx.isInvalid) return ctx.block();
  const start = (globalThis as unknown as Record<string, StartAnnotator | undefined>)[ANNOTATOR_GLOBAL];
  if (!start) throw new Error('the annotator did not register');
  return start(ctx);
}

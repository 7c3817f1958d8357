import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageReport } from '../../lib/messages/page-report';
import type { PageCommand } from '../../lib/page-ui/tab-command';

/**
 * The seam between the always-loaded content script (entrypoints/content) and the annotator it
 * loads on likely report pages (this entrypoint: engine + Preact UI). The annotator is a
 * web-accessible script imported by the content script, so it runs in the same isolated world
 * and hands its start function over on that world's global object, which the page cannot see.
 */
export const ANNOTATOR_PATH = '/page-annotator.js';
export const ANNOTATOR_GLOBAL = '__reportLensStartAnnotator';

export interface Annotator {
  /** What the page is, as the popup and the background want it, once the reading under way is done. */
  report(): Promise<PageReport>;
  command(command: PageCommand): void;
  /** Reads the text again now (the reader page after it opened another file; pages are followed on their own). */
  reread(): Promise<void>;
}

/** Reads and annotates the page now, then follows it (mutations, SPA navigation) until `ctx` dies. */
export type StartAnnotator = (ctx: ContentScriptContext) => Annotator;

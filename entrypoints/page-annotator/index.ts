import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ANNOTATOR_GLOBAL, type StartAnnotator } from './api';
import { startAnnotator } from './annotator';

/**
 * The annotator chunk: the engine, the painter and the in-page UI, loaded by the content script
 * only on pages that may be reports (see entrypoints/content/index.ts). Running it only registers
 * the start function; the content script calls it with its own context.
 */
export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, StartAnnotator>)[ANNOTATOR_GLOBAL] = startAnnotator;
});

import type { PdfjsModule } from './read-pdf';

/**
 * pdf.js's legacy build, for Node (tests, eval, CLI): the modern build needs newer JavaScript than
 * Node 20 has. Browsers load the modern build (entrypoints/reader/pdf-view.ts); keeping this
 * import out of readReportFile keeps the legacy build (and its polyfills) out of the extension.
 */
export const loadLegacyPdfjs = (): Promise<PdfjsModule> => import('pdfjs-dist/legacy/build/pdf.mjs');

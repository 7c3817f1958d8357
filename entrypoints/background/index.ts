import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ReportLensDb } from '../../lib/db/report-lens-db';
import { browserDeps } from './browser-deps';
import { createMessageHandler, listenForMessages } from './handle-message';

/**
 * The background owns the database (IndexedDB of the extension origin: a content script's
 * would be the page's) and routes every message. Wiring only: routing is in handle-message.ts,
 * the browser bindings in browser-deps.ts. WXT imports this file in Node at build time, so
 * nothing runs outside main.
 */
export default defineBackground(() => {
  listenForMessages(browser.runtime.onMessage, createMessageHandler(browserDeps(browser, new ReportLensDb())));
});

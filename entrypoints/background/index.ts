import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ReportLensDb } from '../../lib/db/report-lens-db';
import { browserDeps } from './browser-deps';
import { forwardCommand } from './commands';
import { createMessageHandler, listenForMessages } from './handle-message';
import { wireReaderMenu } from './reader-ways';

/**
 * The background owns the database (IndexedDB of the extension origin: a content script's
 * would be the page's) and routes every message. Wiring only: routing is in handle-message.ts,
 * the browser bindings in browser-deps.ts, site grants in site-access.ts, keyboard commands in
 * commands.ts, the collection queue in collect-wiring.ts and collect-handlers.ts, the ways into
 * the reader (context menu, the page's offer) in reader-ways.ts. WXT imports this file in Node at build time, so nothing runs outside main.
 */
export default defineBackground(() => {
  const deps = browserDeps(browser, new ReportLensDb());
  listenForMessages(browser.runtime.onMessage, createMessageHandler(deps));

  // Site grants follow the permissions wherever they change (the popup, the browser's settings).
  const syncSites = () => void deps.sites.sync().catch((error: unknown) => console.warn('report-lens: site grants', error));
  browser.permissions.onAdded.addListener(syncSites);
  browser.permissions.onRemoved.addListener(syncSites);
  syncSites();

  // A queue left mid-run (the browser closed, the worker idled out) picks up where it was.
  void deps.collect.start().catch((error: unknown) => console.warn('report-lens: collection queue', error));

  browser.commands.onCommand.addListener((command, tab) => void forwardCommand(browser, command, tab?.id));
  wireReaderMenu(browser);
});

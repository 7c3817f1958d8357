import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageHandler, type MessageHandler } from '../../../entrypoints/background/handle-message';
import type { ReportLensDb } from '../../../lib/db/report-lens-db';
import { xiamen2021 } from '../messages/page-report-fixtures';

/** The background's message handler over `db`, with every tab answering as the 厦门 2021 report. */
export function testHandler(db: ReportLensDb, now: () => number): MessageHandler {
  return createMessageHandler({
    db,
    self: { id: fakeBrowser.runtime.id, origin: new URL('/', fakeBrowser.runtime.getURL('/popup.html')).href },
    askTab: async () => xiamen2021(),
    injectContentScript: async () => undefined,
    markTab: async () => undefined,
    now,
  });
}

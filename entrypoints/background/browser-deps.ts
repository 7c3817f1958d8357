import type { WxtBrowser } from 'wxt/browser';
import type { ReportLensDb } from '../../lib/db/report-lens-db';
import type { PageReport } from '../../lib/messages/page-report';
import type { BackgroundDeps } from './handle-message';

/** The content script's bundle path, as WXT emits it for entrypoints/content.ts. */
const CONTENT_SCRIPT = '/content-scripts/content.js';

/** The router's dependencies bound to a real (or, in tests, fake) browser. */
export function browserDeps(ext: WxtBrowser, db: ReportLensDb): BackgroundDeps {
  return {
    db,
    // URL.origin is 'null' for chrome-extension: outside browsers; resolving '/' works everywhere.
    self: { id: ext.runtime.id, origin: new URL('/', ext.runtime.getURL('/popup.html')).href },
    askTab: (tabId, message) => ext.tabs.sendMessage(tabId, message),
    injectContentScript: async (tabId) => {
      await ext.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    },
    markTab: (tabId, report) => markTab(ext, tabId, report),
    now: Date.now,
  };
}

/** A badge on the toolbar button of a tab that holds a report; Firefox MV2 calls the API browserAction. */
async function markTab(ext: WxtBrowser, tabId: number, report: PageReport): Promise<void> {
  const action = ext.action ?? ext.browserAction;
  await action.setBadgeText({ tabId, text: report.isReport ? ext.i18n.getMessage('badgeReport' as '@@ui_locale') : '' });
  if (report.isReport) await action.setBadgeBackgroundColor({ tabId, color: '#1d4ed8' });
}

import type { WxtBrowser } from 'wxt/browser';
import type { ReportLensDb } from '../../lib/db/report-lens-db';
import type { PageReport } from '../../lib/messages/page-report';
import type { BackgroundDeps } from './handle-message';
import { createSiteAccess, declaredContentScript, type SiteAccess } from './site-access';
import type { CollectQueue } from './collect-handlers';
import { collectQueueOf } from './collect-wiring';
import { openReaderTab } from './reader-ways';

/** The content script's bundle path, as WXT emits it for entrypoints/content/index.ts. */
const CONTENT_SCRIPT = '/content-scripts/content.js';

/** The router's dependencies bound to a real (or, in tests, fake) browser. */
export function browserDeps(ext: WxtBrowser, db: ReportLensDb): BackgroundDeps & { sites: SiteAccess; collect: CollectQueue & { start(): Promise<void> } } {
  const sites = siteAccessOf(ext);
  return {
    db,
    // URL.origin is 'null' for chrome-extension: outside browsers; resolving '/' works everywhere.
    self: { id: ext.runtime.id, origin: new URL('/', ext.runtime.getURL('/popup.html')).href },
    askTab: (tabId, message) => ext.tabs.sendMessage(tabId, message),
    injectContentScript: async (tabId) => {
      await ext.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    },
    markTab: (tabId, report) => markTab(ext, tabId, report),
    sites,
    collect: collectQueueOf(ext, db, sites),
    // Without the tabs permission the address is there only where activeTab or a grant shows it.
    tabUrl: (tabId) => ext.tabs.get(tabId).then((tab) => tab.url ?? null, () => null),
    openReader: (url) => openReaderTab(ext, url),
    now: Date.now,
  };
}

/**
 * Per-site grants over the browser's permissions and scripting APIs. The manifest is read when a
 * grant is looked at, not here: the router is also built where no manifest is loaded (tests).
 */
export function siteAccessOf(ext: WxtBrowser): SiteAccess {
  return createSiteAccess(ext, () => declaredContentScript(ext.runtime.getManifest()));
}

/** Badge text for a count of figures: four characters fit on the toolbar button. */
export function badgeCount(figures: number): string {
  return figures > 999 ? '999+' : String(figures);
}

/**
 * The toolbar button of a tab that holds a report shows how many figures are marked on it (the
 * highlights actually painted); nothing on other pages. Firefox MV2 calls the API browserAction.
 */
async function markTab(ext: WxtBrowser, tabId: number, report: PageReport): Promise<void> {
  const action = ext.action ?? ext.browserAction;
  await action.setBadgeText({ tabId, text: report.isReport ? badgeCount(report.painted.figures) : '' });
  if (report.isReport) await action.setBadgeBackgroundColor({ tabId, color: '#1d4ed8' });
}

import type { WxtBrowser } from 'wxt/browser';
import { collectPage } from '../../lib/collect/collect-page';
import { createCollector, realClock, type FetchedPage } from '../../lib/collect/collector';
import { dexieQueueStore } from '../../lib/collect/dexie-queue-store';
import { readFetchedPage, type ReadPage } from '../../lib/collect/read-fetched-page';
import { readPageOfReply, readPageRequest } from '../../lib/collect/read-reply';
import type { ReportLensDb } from '../../lib/db/report-lens-db';
import { isReachable } from '../../lib/messages/site-pattern';
import type { CollectQueue } from './collect-handlers';
import { declaredContentScript, type SiteAccess } from './site-access';

/** The offscreen document (entrypoints/offscreen), Chromium only: the page that parses fetched HTML. */
const OFFSCREEN_PAGE = '/offscreen.html';
/**
 * A Chromium service worker idles out 30 s after its last extension API call, and a fetch or a
 * back-off wait is none: while pages are waiting, a cheap call keeps it alive. (If it dies
 * anyway, the queue is in the database and the next start picks it up.)
 */
const KEEP_ALIVE_MS = 20_000;

/**
 * The collection queue bound to the browser: fetch on the sites the extension may reach (the
 * declared *.gov.cn, or a site the reader granted; the browser's permissions decide), the
 * engine off the reader's pages (Chromium: an offscreen document, since a service worker has no
 * DOMParser; Firefox: its background page has one), and the database.
 */
export function collectQueueOf(ext: WxtBrowser, db: ReportLensDb, sites: SiteAccess): CollectQueue & { start(): Promise<void> } {
  const store = dexieQueueStore(db);
  const savedListeners: Array<() => void> = [];
  const processPage = collectPage(db, readPage(ext), Date.now);
  let keepAlive: ReturnType<typeof setInterval> | null = null;
  const collector = createCollector({
    store,
    clock: realClock,
    fetchPage,
    processPage: async (item, page) => {
      const processed = await processPage(item, page);
      for (const listener of savedListeners) listener();
      return processed;
    },
    isAllowed: (url) => isReachable(url, declaredContentScript(ext.runtime.getManifest()).matches, (pattern) => sites.isGranted(pattern)),
    onChange: () => {
      keepAlive ??= setInterval(() => {
        void store.list().then((items) => {
          if (items.some((item) => item.state === 'pending' || item.state === 'fetching')) return void ext.runtime.getPlatformInfo();
          clearInterval(keepAlive!);
          keepAlive = null;
        });
      }, KEEP_ALIVE_MS);
    },
  });
  return { collector, store, onSaved: (listener) => void savedListeners.push(listener), start: () => collector.start() };
}

/** The page as the server sent it; cookies stay home (a report is public). */
async function fetchPage(url: string, signal: AbortSignal): Promise<FetchedPage> {
  const response = await fetch(url, { signal, credentials: 'omit', cache: 'no-store', redirect: 'follow' });
  return {
    status: response.status,
    url: response.url || url,
    contentType: response.headers.get('content-type') ?? '',
    retryAfter: response.headers.get('retry-after'),
    body: new Uint8Array(await response.arrayBuffer()),
  };
}

/** Where a fetched page is parsed and read: here when this context has a DOMParser, else offscreen. */
function readPage(ext: WxtBrowser): (requestedUrl: string, page: FetchedPage) => Promise<ReadPage> {
  if (typeof DOMParser === 'function') {
    const parser = new DOMParser();
    return async (requestedUrl, page) => readFetchedPage(requestedUrl, page, (html) => parser.parseFromString(html, 'text/html'));
  }
  let opening: Promise<void> | null = null;
  const ensureOffscreen = async () => {
    const open = await ext.runtime.getContexts({ contextTypes: [ext.runtime.ContextType.OFFSCREEN_DOCUMENT] });
    if (open.length > 0) return;
    opening ??= ext.offscreen
      .createDocument({ url: OFFSCREEN_PAGE, reasons: [ext.offscreen.Reason.DOM_PARSER], justification: 'Read fetched report pages with DOMParser' })
      .finally(() => (opening = null));
    await opening;
  };
  return async (requestedUrl, page) => {
    await ensureOffscreen();
    return readPageOfReply(await ext.runtime.sendMessage(readPageRequest(requestedUrl, page)));
  };
}

import { render } from 'preact';
import { browser } from 'wxt/browser';
import { READER_PAGE_PATH } from '../../lib/paged-text/reader-path';
import { PopupApp, type PopupAppProps } from '../../components/popup-app';
import { requestBackground } from '../../lib/messages/client';
import type { BackgroundMessage, BackgroundResponses } from '../../lib/messages/protocol';

/** Where the popup and the full view remember the reports picked for comparison (same extension origin). */
const SELECTION_KEY = 'report-lens.selection';
/** The last list of the collection, shown at the next opening until the background answers. */
const LIST_KEY = 'report-lens.list';

type ListReply = BackgroundResponses['popup/listReports'];

const send = (message: BackgroundMessage) => browser.runtime.sendMessage(message);

export function storedSelection(): number[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(SELECTION_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is number => Number.isInteger(id) && id > 0) : [];
  } catch {
    return [];
  }
}

function storeSelection(ids: number[]): void {
  localStorage.setItem(SELECTION_KEY, JSON.stringify(ids));
}

/** The cached list, or null when there is none or it is not a list (a cache is never trusted further). */
function cachedList(): ListReply | null {
  try {
    const parsed = JSON.parse(localStorage.getItem(LIST_KEY) ?? 'null') as Partial<ListReply> | null;
    return parsed && Array.isArray(parsed.reports) && Array.isArray(parsed.tags) ? (parsed as ListReply) : null;
  } catch {
    return null;
  }
}

/** Keeps the list for the next opening; a collection too large for localStorage is simply not cached. */
function rememberList(list: ListReply): void {
  try {
    localStorage.setItem(LIST_KEY, JSON.stringify(list));
  } catch {
    localStorage.removeItem(LIST_KEY);
  }
}

/**
 * Asks for the collection's list at once, before the app renders: the request overlaps with
 * loading and the first render (the list is what the popup's first screen waits for).
 */
export function requestListEarly(): Promise<BackgroundResponses['popup/listReports']> {
  const pending = requestBackground(send, { type: 'popup/listReports' });
  // Unhandled until the app takes it; a failure is reported there.
  pending.catch(() => undefined);
  return pending;
}

/** Opens the full view in a tab with these reports picked. */
export function openFullView(ids: number[]): void {
  const query = ids.length > 0 ? `?ids=${ids.join(',')}` : '';
  void browser.tabs.create({ url: browser.runtime.getURL(`/collection.html${query}` as '/collection.html') });
}

/** Opens the reader page in a tab: the file chooser and drop zone are there (a chooser would close the popup). */
export function openReader(): void {
  void browser.tabs.create({ url: browser.runtime.getURL(READER_PAGE_PATH) });
}

/**
 * Asks the browser to keep the collection out of storage eviction. With unlimitedStorage
 * Chromium already treats the extension's IndexedDB as persistent; Firefox asks the reader once.
 * persist() exists in window contexts only (not in the background's service worker), so the
 * pages that show the collection ask.
 */
async function requestPersistence(): Promise<boolean | null> {
  const storage = navigator.storage;
  if (!storage?.persist) return null;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return null;
  }
}

/**
 * The browser's own prompt for one site ("Read and change your data on www.example.com"). Only
 * the popup's page can ask (the background has no user gesture); Chromium answers at once when the
 * reader had granted the site before and the extension gave it back since.
 */
function requestSiteAccess(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}

/**
 * Renders the app into #app with the browser bindings both pages share. The persistence request
 * does not hold up the first render (Firefox may ask the reader): the app renders at once and
 * again when the answer comes.
 */
export function mountApp(props: Omit<PopupAppProps, 'send' | 'onSelectionChange' | 'cachedList' | 'onList' | 'requestSiteAccess'>): void {
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.title = browser.i18n.getMessage('extName');
  const root = document.getElementById('app')!;
  const cached = cachedList();
  const show = (persisted: boolean | null) =>
    render(
      <PopupApp
        {...props}
        send={send}
        onSelectionChange={storeSelection}
        cachedList={cached}
        onList={rememberList}
        persisted={persisted}
        requestSiteAccess={requestSiteAccess}
      />,
      root,
    );
  show(null);
  void requestPersistence().then(show);
}

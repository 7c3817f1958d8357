import { READER_PAGE_PATH } from '../paged-text/reader-path';
import type { BackgroundMessageType } from './protocol';

/** The fields of runtime.MessageSender this check reads (same in Chromium and Firefox). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface ExtensionIdentity {
  id: string;
  /** runtime.getURL('/'), e.g. 'chrome-extension://abc…/'. */
  origin: string;
}

/**
 * Who may send what. runtime.onMessage only hears this extension's own contexts, but a
 * content script runs inside a page whose renderer could be compromised, so the background
 * trusts no more than the sender's kind needs:
 * - 'page/*' from a content script (a sender with a tab, outside the extension origin), which
 *   may touch only its own page's clips and teachings (the background checks), or from the
 *   reader page, which annotates the report files it shows the way a content script annotates
 *   a page;
 * - 'popup/*' only from an extension page (the popup, or the popup opened in a tab), which
 *   is what may read the whole collection or save any tab;
 * - 'reader/*' only from the reader page (reader.html), which saves the files it shows.
 * A sender whose id is not ours is refused outright.
 */
export function isAllowedSender(type: BackgroundMessageType, sender: SenderInfo, self: ExtensionIdentity): boolean {
  if (!sender || sender.id !== self.id) return false;
  const fromExtensionPage = isExtensionPage(sender, self);
  if (type.startsWith('page/')) return fromExtensionPage || (typeof sender.tab?.id === 'number' && sender.tab.id >= 0);
  if (type.startsWith('popup/')) return fromExtensionPage;
  if (type.startsWith('reader/')) return fromExtensionPage && new URL(sender.url!).pathname === READER_PAGE_PATH;
  return false;
}

/** Whether the sender is one of the extension's own pages (popup, full view, reader): trusted with the whole collection. */
export function isExtensionPage(sender: SenderInfo, self: ExtensionIdentity): boolean {
  return sender.id === self.id && typeof sender.url === 'string' && sender.url.startsWith(self.origin);
}

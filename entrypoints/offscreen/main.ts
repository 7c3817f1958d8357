import { browser } from 'wxt/browser';
import { readFetchedPage } from '../../lib/collect/read-fetched-page';
import { answerReadPage, readPageRequestSchema } from '../../lib/collect/read-reply';

/**
 * The offscreen document (Chromium): the collector's page reader. The background's service
 * worker has no DOMParser, so it sends each fetched page here; the engine runs here, off every
 * page the reader has open. Other messages (the popup's to the background) are not for it.
 */
const parser = new DOMParser();

browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const request = readPageRequestSchema.safeParse(message);
  if (!request.success) return undefined;
  sendResponse(answerReadPage(request.data, (url, page) => readFetchedPage(url, page, (html) => parser.parseFromString(html, 'text/html'))));
  return undefined;
});

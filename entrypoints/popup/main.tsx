import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup-app';
import type { BackgroundMessage } from '../../lib/messages/protocol';
import './style.css';

/**
 * Which tab the popup is about. As a real popup: the active tab. Opened as a page,
 * `?tab=<id>` names the tab (what the e2e tests and the demo drive) and `?view=compare`
 * shows the collection and comparison alone, full width.
 */
async function targetTabId(params: URLSearchParams): Promise<number | null> {
  const named = Number(params.get('tab'));
  if (params.has('tab') && Number.isInteger(named) && named >= 0) return named;
  if (params.get('view') === 'compare') return null;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

const send = (message: BackgroundMessage) => browser.runtime.sendMessage(message);
const openCompare = () => void browser.tabs.create({ url: browser.runtime.getURL('/popup.html?view=compare') });

void targetTabId(new URLSearchParams(location.search)).then((tabId) => {
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.title = browser.i18n.getMessage('extName');
  // The comparison view is already the wide page: no link to itself.
  const compareLink = tabId === null ? undefined : openCompare;
  render(<PopupApp tabId={tabId} send={send} onOpenCompare={compareLink} />, document.getElementById('app')!);
});

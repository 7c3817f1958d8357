import { browser } from 'wxt/browser';
import { mountApp, openFullView, openReader, requestListEarly, storedSelection } from './mount';
import './style.css';

/**
 * Which tab the popup is about: the active tab, or `?tab=<id>` when the popup is opened as a
 * page (what the e2e tests and the demo drive). `?view=compare` is the older address of the full
 * view and forwards there.
 */
async function targetTabId(params: URLSearchParams): Promise<number | null> {
  const named = Number(params.get('tab'));
  if (params.has('tab') && Number.isInteger(named) && named >= 0) return named;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

const params = new URLSearchParams(location.search);
if (params.get('view') === 'compare') {
  location.replace(browser.runtime.getURL('/collection.html'));
} else {
  const initialList = requestListEarly();
  void targetTabId(params).then((tabId) =>
    mountApp({ tabId, initialList, initialSelection: storedSelection(), onOpenFullView: openFullView, onOpenReader: openReader }),
  );
}

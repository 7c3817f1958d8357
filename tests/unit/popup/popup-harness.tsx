import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageHandler } from '../../../entrypoints/background/handle-message';
import type { SiteAccess } from '../../../entrypoints/background/site-access';
import { PopupApp, type PopupAppProps } from '../../../components/popup-app';
import type { ReportLensDb } from '../../../lib/db/report-lens-db';
import type { PageReport } from '../../../lib/messages/page-report';
import type { BackgroundMessage } from '../../../lib/messages/protocol';
import type { SenderInfo } from '../../../lib/messages/sender';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const ZH = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'public', '_locales', 'zh_CN', 'messages.json'), 'utf8'),
) as Messages;

/** chrome.i18n.getMessage over the zh_CN file, placeholders and all (fakeBrowser has no i18n). */
export function useChineseUi(): void {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('zh-CN');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, substitutions?: string | string[]) => {
    const entry = ZH[key];
    if (!entry) return '';
    const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, n: string) => values[Number(n) - 1] ?? '');
    });
  }) as never);
}

const POPUP: SenderInfo = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };

/**
 * The popup wired to the real background router over a fake-indexeddb database, as the
 * extension wires them through runtime messaging; `tabs` answers for the tabs' content scripts.
 * `sites` and `tabUrls` stand in for the browser's site grants and the addresses of tabs it shows.
 */
export function backgroundFor(
  db: ReportLensDb,
  tabs: Map<number, PageReport> = new Map(),
  {
    sites,
    tabUrls = new Map(),
    injected = [],
    openedInReader,
  }: { sites?: SiteAccess; tabUrls?: Map<number, string>; injected?: number[]; openedInReader?: string[] } = {},
) {
  const handle = createMessageHandler({
    db,
    self: { id: fakeBrowser.runtime.id, origin: new URL('/', fakeBrowser.runtime.getURL('/popup.html')).href },
    askTab: async (tabId) => {
      const report = tabs.get(tabId);
      if (!report) throw new Error('Receiving end does not exist.');
      return report;
    },
    injectContentScript: async (tabId) => void injected.push(tabId),
    markTab: async () => undefined,
    sites,
    tabUrl: async (tabId) => tabUrls.get(tabId) ?? null,
    ...(openedInReader ? { openReader: async (url: string) => void openedInReader.push(url) } : {}),
    now: () => 1_700_000_000_000,
  });
  const sent: BackgroundMessage[] = [];
  const send = async (message: BackgroundMessage) => {
    sent.push(message);
    return handle(message, POPUP);
  };
  return { send, sent };
}

export interface Mounted {
  root: HTMLElement;
  $(selector: string): HTMLElement | null;
  $$(selector: string): HTMLElement[];
  texts(selector: string): string[];
  unmount(): void;
}

export async function mountPopup(props: PopupAppProps): Promise<Mounted> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<PopupApp {...props} />, root);
  });
  return {
    root,
    $: (selector) => root.querySelector<HTMLElement>(selector),
    $$: (selector) => [...root.querySelectorAll<HTMLElement>(selector)],
    texts: (selector) => [...root.querySelectorAll<HTMLElement>(selector)].map((el) => (el.textContent ?? '').replace(/\s+/g, '')),
    unmount: () => {
      render(null, root);
      root.remove();
    },
  };
}

/** Clicks and lets Preact and the background settle. */
export async function click(element: HTMLElement | null): Promise<void> {
  if (!element) throw new Error('nothing to click');
  await act(async () => {
    element.click();
  });
}

/** Types into an input or picks a select value, firing what Preact listens to. */
export async function input(element: HTMLElement | null, value: string, event: 'input' | 'change' = 'input'): Promise<void> {
  if (!element) throw new Error('no such input');
  await act(async () => {
    (element as HTMLInputElement).value = value;
    element.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

import { PAGE_COMMANDS, type PageCommand } from '../../lib/page-ui/tab-command';
import type { TabMessage } from '../../lib/messages/tab-message';

/** What forwarding needs of the browser: the tab to send to, and the send. */
export interface CommandTarget {
  tabs: {
    query(query: { active: true; currentWindow: true }): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: TabMessage): Promise<unknown>;
  };
}

/**
 * Sends a keyboard command (manifest `commands`) to the content script of the tab it was pressed
 * in: the tab the browser names, else the active one. Names the page UI does not know are dropped
 * here. A tab without the content script (a page outside gov.cn not yet run) has no receiver;
 * the shortcut then does nothing, quietly, as a toolbar click on such a page would show nothing.
 */
export async function forwardCommand({ tabs }: CommandTarget, command: string, tabId?: number): Promise<boolean> {
  if (!(PAGE_COMMANDS as readonly string[]).includes(command)) return false;
  const target = tabId ?? (await tabs.query({ active: true, currentWindow: true }).catch(() => []))[0]?.id;
  if (target === undefined || target < 0) return false;
  return tabs.sendMessage(target, { type: 'tab/command', command: command as PageCommand }).then(
    () => true,
    () => false,
  );
}

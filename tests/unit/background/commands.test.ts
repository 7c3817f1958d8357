import { describe, expect, it } from 'vitest';
import { forwardCommand, type CommandTarget } from '../../../entrypoints/background/commands';
import type { TabMessage } from '../../../lib/messages/tab-message';

/** Tabs as forwarding sees them: which is active, and which have a content script listening. */
function tabs(active: number | null, listening: number[]) {
  const sent: Array<[number, TabMessage]> = [];
  const target: CommandTarget = {
    tabs: {
      query: async () => (active === null ? [] : [{ id: active }]),
      sendMessage: async (tabId, message) => {
        if (!listening.includes(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
        sent.push([tabId, message]);
        return undefined;
      },
    },
  };
  return { target, sent };
}

describe('keyboard commands', () => {
  it('go to the content script of the tab they were pressed in', async () => {
    const { target, sent } = tabs(2, [2, 4]);
    expect(await forwardCommand(target, 'open-outline', 4)).toBe(true);
    expect(sent).toEqual([[4, { type: 'tab/command', command: 'open-outline' }]]);
  });

  it('go to the active tab when the browser names none', async () => {
    const { target, sent } = tabs(2, [2]);
    for (const command of ['toggle-highlights', 'clip-selection']) expect(await forwardCommand(target, command)).toBe(true);
    expect(sent).toEqual([
      [2, { type: 'tab/command', command: 'toggle-highlights' }],
      [2, { type: 'tab/command', command: 'clip-selection' }],
    ]);
  });

  it('do nothing, quietly, where no content script listens, no tab is active, or the name is unknown', async () => {
    const { target, sent } = tabs(null, [2]);
    expect(await forwardCommand(target, 'open-outline')).toBe(false);
    expect(await forwardCommand(target, 'open-outline', 9)).toBe(false);
    expect(await forwardCommand(target, '_execute_action', 2)).toBe(false);
    expect(await forwardCommand(target, 'delete-collection', 2)).toBe(false);
    expect(sent).toEqual([]);
  });
});

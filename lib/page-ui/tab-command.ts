/**
 * Keyboard commands (manifest `commands`, configurable at chrome://extensions/shortcuts) reach
 * the background, which forwards them to the active tab as { type: 'tab/command', command }.
 */
export const PAGE_COMMANDS = ['toggle-highlights', 'open-outline', 'clip-selection'] as const;

export type PageCommand = (typeof PAGE_COMMANDS)[number];

export interface TabCommand {
  type: 'tab/command';
  command: PageCommand;
}

/** Checked by hand, like isTabMessage: no zod in the content script. */
export function isTabCommand(message: unknown): message is TabCommand {
  if (typeof message !== 'object' || message === null) return false;
  const { type, command } = message as { type?: unknown; command?: unknown };
  return type === 'tab/command' && (PAGE_COMMANDS as readonly unknown[]).includes(command) && Object.keys(message).length === 2;
}

import type { TabCommand } from '../page-ui/tab-command';

/** The popup's question to a tab's content script: its page report. */
export type ReportQuestion = { type: 'tab/getReport' };

/**
 * What the background sends a tab's content script: the report question, or a keyboard command
 * forwarded from the manifest's `commands` (checked on arrival by lib/page-ui/tab-command.ts).
 */
export type TabMessage = ReportQuestion | TabCommand;

/**
 * True for the report question. Checked by hand rather than with zod: the content script is
 * injected into every gov.cn page, and zod would be half of its bundle for this one comparison.
 */
export function isTabMessage(message: unknown): message is ReportQuestion {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'tab/getReport' &&
    Object.keys(message).length === 1
  );
}

/** What the background asks a tab's content script. Only one question so far: its page report. */
export type TabMessage = { type: 'tab/getReport' };

/**
 * Checked by hand rather than with zod: the content script is injected into every gov.cn page,
 * and zod would be half of its bundle for this one comparison.
 */
export function isTabMessage(message: unknown): message is TabMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'tab/getReport' &&
    Object.keys(message).length === 1
  );
}

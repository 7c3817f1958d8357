import { describe, expect, it } from 'vitest';
import { isTabCommand, PAGE_COMMANDS } from '../../../lib/page-ui/tab-command';

describe('isTabCommand', () => {
  it.each(PAGE_COMMANDS)('accepts the forwarded command %s', (command) => {
    expect(isTabCommand({ type: 'tab/command', command })).toBe(true);
  });

  it('rejects anything else: other types, unknown commands, extra fields, non-objects', () => {
    for (const message of [
      { type: 'tab/getReport' },
      { type: 'tab/command', command: '_execute_action' },
      { type: 'tab/command', command: 'toggle-highlights', extra: 1 },
      { type: 'tab/command' },
      null,
      'tab/command',
      42,
    ]) {
      expect(isTabCommand(message)).toBe(false);
    }
  });
});

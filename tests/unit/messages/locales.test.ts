import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

function locale(name: string): Messages {
  return JSON.parse(readFileSync(join(ROOT, 'public', '_locales', name, 'messages.json'), 'utf8')) as Messages;
}

/** Every t('key') and getMessage('key') in the UI code. */
function usedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const dir of ['components', 'entrypoints/popup', 'entrypoints/background', 'entrypoints/collection']) {
    for (const file of readdirSync(join(ROOT, dir), { recursive: true }) as string[]) {
      if (!/\.tsx?$/.test(file)) continue;
      const source = readFileSync(join(ROOT, dir, file), 'utf8');
      for (const match of source.matchAll(/\b(?:t|getMessage)\('([A-Za-z]\w*)'/g)) keys.add(match[1]);
      // Keys kept in lookup tables ('levelCity', 'errorNotAReport') are quoted values too.
      for (const match of source.matchAll(/:\s*'((?:level|error|field)[A-Z]\w*)'/g)) keys.add(match[1]);
    }
  }
  return keys;
}

describe('_locales', () => {
  const zh = locale('zh_CN');
  const en = locale('en');

  it('zh_CN and en define the same keys with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh)) {
      expect(Object.keys(en[key].placeholders ?? {}), key).toEqual(Object.keys(zh[key].placeholders ?? {}));
    }
  });

  it('every placeholder a message uses is defined', () => {
    for (const messages of [zh, en]) {
      for (const [key, { message, placeholders }] of Object.entries(messages)) {
        for (const [, name] of message.matchAll(/\$(\w+)\$/g)) {
          expect(placeholders?.[name.toLowerCase()], `${key}: $${name}$`).toBeDefined();
        }
      }
    }
  });

  it('defines every key the UI asks for, in Chinese by default', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(zh[key], key).toBeDefined();
    expect(zh.undisclosed.message).toBe('未披露');
    expect(zh.actionSave.message).toBe('保存到收藏');
    expect(zh.actionRunHere.message).toBe('在此页运行');
  });
});

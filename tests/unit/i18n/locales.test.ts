import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAN, localeNames, readLocale, ROOT, scanUiStrings, uiSourceFiles, type Located } from './ui-strings';

/**
 * Chinese by default, English complete: the two locale files say the same things, and the UI
 * asks only for messages that exist and shows no text that is not in them.
 */
const zh = readLocale('zh_CN');
const en = readLocale('en');
const scans = uiSourceFiles().map(scanUiStrings);
const all = <K extends keyof ReturnType<typeof scanUiStrings>>(field: K): Located[] => scans.flatMap((scan) => scan[field]);
const where = (located: Located) => `${located.file}:${located.line} ${JSON.stringify(located.text.trim().slice(0, 60))}`;

describe('the locale files', () => {
  it('are exactly zh_CN (the default) and en', () => {
    expect(localeNames()).toEqual(['en', 'zh_CN']);
  });

  it('define the same keys', () => {
    expect(Object.keys(en).filter((key) => !(key in zh)), 'in en, missing from zh_CN').toEqual([]);
    expect(Object.keys(zh).filter((key) => !(key in en)), 'in zh_CN, missing from en').toEqual([]);
  });

  it('give every message the same placeholders, with the same content, in both languages', () => {
    for (const key of Object.keys(zh)) {
      if (!(key in en)) continue;
      const zhPlaceholders = Object.fromEntries(Object.entries(zh[key].placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
      const enPlaceholders = Object.fromEntries(Object.entries(en[key].placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
      expect(enPlaceholders, key).toEqual(zhPlaceholders);
    }
  });

  it('define every placeholder a message uses and use every placeholder they define', () => {
    for (const [locale, messages] of [['zh_CN', zh], ['en', en]] as const) {
      for (const [key, { message, placeholders }] of Object.entries(messages)) {
        const used = new Set([...message.matchAll(/\$(\w+)\$/g)].map((match) => match[1].toLowerCase()));
        const defined = new Set(Object.keys(placeholders ?? {}).map((name) => name.toLowerCase()));
        expect([...used].filter((name) => !defined.has(name)), `${locale} ${key}: undefined placeholders`).toEqual([]);
        expect([...defined].filter((name) => !used.has(name)), `${locale} ${key}: unused placeholders`).toEqual([]);
      }
    }
  });

  it('have no empty message, and English messages are English', () => {
    for (const [locale, messages] of [['zh_CN', zh], ['en', en]] as const) {
      for (const [key, { message }] of Object.entries(messages)) expect(message.trim(), `${locale} ${key}`).not.toBe('');
    }
    const untranslated = Object.entries(en).filter(([, { message }]) => HAN.test(message)).map(([key, { message }]) => `${key}: ${message}`);
    expect(untranslated, 'en messages with Chinese text').toEqual([]);
  });

  it('translate every English phrase into Chinese', () => {
    // A zh_CN message identical to an English phrase (two words or more) was copied, not translated;
    // a single token such as CSV may legitimately be the same in both.
    const copied = Object.keys(zh).filter((key) => zh[key].message === en[key]?.message && /[A-Za-z]+\s+[A-Za-z]+/.test(en[key].message));
    expect(copied).toEqual([]);
  });

  it('name and describe the extension within the stores’ limits', () => {
    for (const messages of [zh, en]) {
      // AMO's linter rejects names over 45 characters; the Chrome Web Store descriptions over 132.
      expect(messages.extName.message.length).toBeLessThanOrEqual(45);
      expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
    }
    expect(HAN.test(zh.extName.message)).toBe(true);
  });
});

describe('the UI code', () => {
  it('asks only for messages both locales define', () => {
    const keys = all('keys');
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.filter((use) => !(use.text in zh) || !(use.text in en)).map(where), 'unknown message keys').toEqual([]);
  });

  it('passes the i18n helper keys that can be traced to literals', () => {
    // t(someVariable) with a value from elsewhere could name any message: keep keys in literals
    // or lookup tables of the same file, where this test (and a reader) can see them.
    expect(all('untracedKeys').map(where)).toEqual([]);
  });

  it('names only defined messages in __MSG_ references (manifest and HTML)', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const refs = [...all('manifestKeys'), ...[...config.matchAll(/__MSG_(\w+)__/g)].map((m) => ({ file: 'wxt.config.ts', line: 0, text: m[1] }))];
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((ref) => !(ref.text in zh)).map(where)).toEqual([]);
  });

  it('uses every message (no dead strings to translate)', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const mentioned = new Set([...all('keys'), ...all('literals'), ...all('manifestKeys')].map((located) => located.text));
    const unused = Object.keys(zh).filter((key) => !mentioned.has(key) && !config.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });

  it('shows no Chinese text of its own: every string the reader sees comes from the locale files', () => {
    // Comments may be Chinese; string literals, template text and JSX text may not.
    const hardCoded = all('literals').filter((literal) => HAN.test(literal.text));
    expect(hardCoded.map(where)).toEqual([]);
  });
});

describe('ui-strings (the scanner these tests rely on)', () => {
  const scan = (text: string) => scanUiStrings({ path: 'components/example.tsx', text });

  it('finds keys through literals, conditionals and same-file lookup tables', () => {
    const found = scan(`
      const KEYS = { a: 'levelCity', b: 'levelCounty' };
      const key = code && KEYS[code];
      export const A = () => <p>{t(ok ? 'statusReport' : 'statusNotRun')}{t(KEYS[level])}{key ? t(key) : null}</p>;
      export function helper(name: string) { return browser.i18n.getMessage(name); }
    `);
    expect(found.keys.map((k) => k.text).sort()).toEqual(['levelCity', 'levelCity', 'levelCounty', 'levelCounty', 'statusNotRun', 'statusReport']);
    expect(found.untracedKeys).toEqual([]);
  });

  it('reports a key it cannot trace and Chinese in JSX text, but not in comments', () => {
    const found = scan(`
      // 注释里可以写中文
      /* 这里也可以 */
      export const B = () => <button title="保存">{t(props.key)}保存到收藏</button>;
    `);
    expect(found.untracedKeys.map((k) => k.text)).toEqual(['props.key']);
    expect(found.literals.filter((l) => HAN.test(l.text)).map((l) => l.text.trim())).toEqual(['保存', '保存到收藏']);
  });
});

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'wxt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAN, ROOT } from '../i18n/ui-strings';
import { manifestGrants, readPermissionTables, TABLE_END, TABLE_START, type Grant } from './manifest-grants';

/**
 * The extension's reach, read from the manifests WXT really builds (Chromium MV3 and Firefox MV2,
 * into a scratch folder: .output is left alone): as small as the features allow, no way in for
 * web pages or remote code, and exactly what the README's permission tables (English and Chinese)
 * explain.
 */
interface BuiltManifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; all_frames?: boolean; js?: string[] }>;
  web_accessible_resources?: Array<string | { resources: string[]; matches?: string[]; use_dynamic_url?: boolean }>;
  externally_connectable?: unknown;
  content_security_policy?: string | { extension_pages?: string };
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required: string[] } } };
}

const quiet = () => undefined;
const logger = { level: 0, debug: quiet, log: quiet, info: quiet, warn: quiet, success: quiet, error: console.error, fatal: console.error };

let scratch: string;
let chrome: BuiltManifest;
let firefox: BuiltManifest;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'report-lens-manifest-'));
  const built = async (browser: 'chrome' | 'firefox') =>
    (await build({ root: ROOT, outDir: scratch, browser, mode: 'production', logger: logger as never })).manifest as BuiltManifest;
  chrome = await built('chrome');
  firefox = await built('firefox');
}, 120_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const ALL_SITES = /^(<all_urls>|\*:\/\/\*\/\*|https?:\/\/\*\/\*|\*:\/\/\*\.[a-z]{2,3}\/\*)$/;

describe('the built manifest', () => {
  it('runs by itself only on gov.cn (big5 gateways included: they are gov.cn paths), in top frames', () => {
    expect(chrome.content_scripts?.flatMap((script) => script.matches)).toEqual(['*://*.gov.cn/*']);
    expect(chrome.content_scripts?.some((script) => script.all_frames)).toBe(false);
  });

  it('holds no standing access to any site: pages outside gov.cn need the reader’s click (activeTab)', () => {
    expect(chrome.host_permissions ?? []).toEqual([]);
    expect(chrome.permissions).toContain('activeTab');
    // Site access comes from host permissions and content script matches (web-accessible files
    // are the reverse: pages reaching in, checked below); optional grants wait for the reader.
    const siteAccess = [...manifestGrants(chrome)].filter((grant) => /^(host_permissions|content_scripts) /.test(grant));
    const everywhere = siteAccess.filter((grant) => ALL_SITES.test(grant.split(' ')[1]));
    expect(everywhere).toEqual([]);
  });

  it('asks for no API it can do without (tabs, storage, webRequest…)', () => {
    // tabs: the popup needs only the active tab's id, which tabs.query gives without it;
    // storage: the collection is IndexedDB, which needs no permission.
    const needless = ['tabs', 'storage', 'webRequest', 'webNavigation', 'cookies', 'history', 'downloads', 'clipboardRead', 'declarativeNetRequest'];
    expect((chrome.permissions ?? []).filter((permission) => needless.includes(permission))).toEqual([]);
  });

  it('lets no web page talk to it, frame its pages or find its files', () => {
    // Without externally_connectable no page can runtime.sendMessage it.
    expect(chrome.externally_connectable).toBeUndefined();
    for (const entry of chrome.web_accessible_resources ?? []) {
      if (typeof entry === 'string') throw new Error(`MV3 manifest with an MV2 web_accessible_resources entry: ${entry}`);
      // Scripts only (an extension page there could be framed by any site), and behind a URL
      // that changes every session, so a page cannot probe a fixed one to detect the extension.
      expect(entry.resources.filter((resource) => !resource.endsWith('.js')), 'web-accessible non-scripts').toEqual([]);
      expect(entry.use_dynamic_url, `${entry.resources.join(', ')}: use_dynamic_url`).toBe(true);
    }
  });

  it('runs no remote code: bundled scripts only, the default content security policy kept', () => {
    const csp = typeof chrome.content_security_policy === 'string' ? chrome.content_security_policy : chrome.content_security_policy?.extension_pages;
    if (csp) expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    const scripts = [chrome.background?.service_worker, ...(chrome.content_scripts ?? []).flatMap((script) => script.js ?? [])];
    for (const script of scripts) expect(script).toMatch(/^[\w/.-]+\.js$/);
  });

  it('grants the same in Firefox as in Chromium', () => {
    // Web-accessible files aside: MV2 has no per-site list for them (Firefox hides them behind
    // the random per-install UUID of moz-extension:// URLs instead).
    // And offscreen: Chromium parses collected pages in an offscreen document because its service
    // worker has no DOMParser; Firefox's background page has one (and Firefox no offscreen API).
    const CHROMIUM_ONLY = 'permissions offscreen';
    const comparable = (manifest: BuiltManifest) =>
      [...manifestGrants(manifest)].filter((grant) => !grant.startsWith('web_accessible_resources') && grant !== CHROMIUM_ONLY).sort();
    expect(comparable(firefox)).toEqual(comparable(chrome));
    expect(manifestGrants(chrome).has(CHROMIUM_ONLY)).toBe(true);
    expect(firefox.browser_specific_settings?.gecko).toMatchObject({
      id: expect.stringMatching(/@/),
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
  });
});

describe("the README's permission tables", () => {
  const readme = existsSync(join(ROOT, 'README.md')) ? readFileSync(join(ROOT, 'README.md'), 'utf8') : '';
  const tables = readPermissionTables(readme);

  it(`sit between ${TABLE_START} and ${TABLE_END}, in English and in Chinese`, () => {
    expect(tables, `README.md has no ${TABLE_START} … ${TABLE_END} block`).not.toBeNull();
    expect(tables!.map((table) => (HAN.test(table.header) ? 'zh' : 'en')).sort()).toEqual(['en', 'zh']);
  });

  it('each list exactly what the built manifest grants, every row explained', () => {
    const granted = [...manifestGrants(chrome)].sort();
    expect(tables?.length, 'one table per language').toBe(2);
    for (const table of tables ?? []) {
      expect(table.malformed, table.header).toEqual([]);
      expect(table.unexplained, table.header).toEqual([]);
      expect([...table.grants].sort() as Grant[], table.header).toEqual(granted);
    }
  });
});

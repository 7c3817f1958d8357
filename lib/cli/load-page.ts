import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { pageTextFromDocument } from '../page-text/from-document';
import { pageTextFromPlainText } from '../page-text/from-plain-text';
import type { PageText } from '../page-text/types';

/** The fixture manifest: the real URL each saved page was served from. */
const MANIFEST_NAME = 'fixtures.json';
/** How far up from a file to look for a manifest (tests/fixtures/reports/x.html → tests/fixtures). */
const MANIFEST_SEARCH_DEPTH = 3;
/** Charset declarations sit in the first bytes of a page (the HTML spec prescans 1024). */
const CHARSET_PRESCAN_BYTES = 4096;
const CHARSET_DECLARATION = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/**
 * Node-only loader for the CLI, eval and benches: reads a saved page and builds its page model.
 *
 * - .html/.htm: parsed with happy-dom (no scripts run, nothing fetched), then `pageTextFromDocument`.
 * - .txt: `pageTextFromPlainText`.
 *
 * Bytes are decoded as UTF-8 when they are valid UTF-8, else with the charset the page declares
 * (<meta charset>, http-equiv Content-Type), else as GB18030, the superset of GBK/GB2312 most
 * non-UTF-8 gov pages use (big5 pages declare themselves).
 *
 * The page URL comes from the nearest fixtures.json manifest listing the file ({file, url} entries,
 * file relative to the manifest), else it is the file:// URL of the absolute path.
 *
 * @throws Error when the file does not exist or its extension is not .html, .htm or .txt
 */
export function loadPage(file: string): PageText {
  const path = resolve(file);
  if (!existsSync(path) || !statSync(path).isFile()) throw new Error(`loadPage: no such file: ${file}`);
  const extension = extname(path).toLowerCase();
  if (extension !== '.html' && extension !== '.htm' && extension !== '.txt') {
    throw new Error(`loadPage: unsupported file type "${extension || '(none)'}" for ${file}: expected .html, .htm or .txt`);
  }
  const url = manifestUrl(path) ?? pathToFileURL(path).href;
  const bytes = readFileSync(path);
  if (extension === '.txt') return pageTextFromPlainText(decode(bytes, null), { url });

  const window = new Window({ url });
  try {
    const html = decode(bytes, declaredCharset(bytes));
    const document = new window.DOMParser().parseFromString(html, 'text/html');
    return pageTextFromDocument(document as unknown as Document, url).page;
  } finally {
    window.close();
  }
}

function decode(bytes: Uint8Array, declared: string | null): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: fall through to the declared or the likely legacy encoding.
  }
  for (const label of [declared, 'gb18030']) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // Unknown label: try the next one.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_PRESCAN_BYTES));
  return CHARSET_DECLARATION.exec(head)?.[1].toLowerCase() ?? null;
}

interface ManifestEntry {
  file: string;
  url?: string;
}

const manifests = new Map<string, Map<string, string>>();

function manifestUrl(path: string): string | null {
  let dir = dirname(path);
  for (let level = 0; level <= MANIFEST_SEARCH_DEPTH; level++) {
    const urls = readManifest(join(dir, MANIFEST_NAME));
    const url = urls.get(path);
    if (url) return url;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}

/** Absolute file path → URL for one manifest; empty when it is missing or unreadable. */
function readManifest(manifestPath: string): Map<string, string> {
  const cached = manifests.get(manifestPath);
  if (cached) return cached;
  const urls = new Map<string, string>();
  if (existsSync(manifestPath)) {
    try {
      const entries: unknown = JSON.parse(readFileSync(manifestPath, 'utf8'));
      for (const entry of Array.isArray(entries) ? (entries as ManifestEntry[]) : []) {
        if (typeof entry?.file === 'string' && typeof entry.url === 'string' && entry.url) {
          urls.set(resolve(dirname(manifestPath), entry.file), entry.url);
        }
      }
    } catch {
      // A manifest being rewritten mid-read is not worth failing a load: fall back to file:// URLs.
    }
  }
  manifests.set(manifestPath, urls);
  return urls;
}

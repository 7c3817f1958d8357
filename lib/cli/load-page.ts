import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { decodeHtml } from '../page-text/decode-html';
import { pageTextFromDocument } from '../page-text/from-document';
import { pageTextFromPlainText } from '../page-text/from-plain-text';
import type { PageText } from '../page-text/types';

/** The fixture manifest: the real URL each saved page was served from. */
const MANIFEST_NAME = 'fixtures.json';
/** How far up from a file to look for a manifest (tests/fixtures/reports/x.html → tests/fixtures). */
const MANIFEST_SEARCH_DEPTH = 3;

/**
 * Node-only loader for the CLI, eval and benches: reads a saved page and builds its page model.
 *
 * - .html/.htm: parsed with happy-dom (no scripts run, nothing fetched), then `pageTextFromDocument`.
 * - .txt: `pageTextFromPlainText`.
 *
 * Bytes are decoded by decodeHtml (UTF-8, else the declared charset, else GB18030).
 *
 * The page URL comes from the nearest fixtures.json manifest listing the file ({file, url} entries,
 * file relative to the manifest), else it is the file:// URL of the absolute path.
 *
 * @throws Error when the file does not exist or its extension is not .html, .htm or .txt
 */
export function loadPage(file: string): PageText {
  const { page, window } = readPage(file);
  void window?.happyDOM.close();
  return page;
}

/**
 * loadPage for runs over thousands of files: waits until the page's happy-dom window has closed.
 * A window and its parsed document stay reachable until the asynchronous close has run (and the
 * document's tree is detached, see readPage), so a loop that never waited grew by about 5 MB per
 * page; tests/bench/cli-bench.ts prints the peak memory over 1,000–10,000 pages.
 */
export async function loadPageReleased(file: string): Promise<PageText> {
  const { page, window } = readPage(file);
  await window?.happyDOM.close();
  return page;
}

function readPage(file: string): { page: PageText; window: Window | null } {
  const path = resolve(file);
  if (!existsSync(path) || !statSync(path).isFile()) throw new Error(`loadPage: no such file: ${file}`);
  const extension = extname(path).toLowerCase();
  if (extension !== '.html' && extension !== '.htm' && extension !== '.txt') {
    throw new Error(`loadPage: unsupported file type "${extension || '(none)'}" for ${file}: expected .html, .htm or .txt`);
  }
  const url = manifestUrl(path) ?? pathToFileURL(path).href;
  const bytes = readFileSync(path);
  if (extension === '.txt') return { page: pageTextFromPlainText(decodeHtml(bytes), { url }), window: null };

  const window = new Window({ url });
  try {
    const document = new window.DOMParser().parseFromString(decodeHtml(bytes), 'text/html');
    const { page } = pageTextFromDocument(document as unknown as Document, url);
    document.documentElement?.remove();
    return { page, window };
  } catch (error) {
    void window.happyDOM.close();
    throw error;
  }
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

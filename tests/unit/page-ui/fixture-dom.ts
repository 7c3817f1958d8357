import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

/** Test helpers: fixture pages (tests/fixtures) parsed into a DOM of the current happy-dom window. */
export const FIXTURES = join(import.meta.dirname, '../../fixtures');

export interface FixtureEntry {
  file: string;
  kind: string;
  url: string;
  seed?: string | null;
  charset?: string;
}

export function fixtureEntries(): FixtureEntry[] {
  return JSON.parse(readFileSync(join(FIXTURES, 'fixtures.json'), 'utf8')) as FixtureEntry[];
}

/** The fixture's HTML as a browser decodes it (big5 pages declare their charset). */
export function fixtureHtml(entry: FixtureEntry): string {
  const bytes = readFileSync(join(FIXTURES, entry.file));
  return new TextDecoder(entry.charset ?? 'utf-8').decode(bytes);
}

/**
 * A window for parsed fixtures whose console is silent: gov templates carry iframes, which
 * happy-dom does not load and reports on the console.
 */
const quiet = new Window({ console: { error() {}, warn() {}, log() {}, info() {}, debug() {} } as unknown as Console });

/** A separate Document parsed from `html`, like a page a content script runs in. */
export function parseDocument(html: string): Document {
  return new quiet.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export function seedText(name: string): string {
  return readFileSync(join(FIXTURES, 'seeds', name), 'utf8');
}

/** Seed text as a bare page: one <p> per line, a portal title, an address that says nothing. */
export function plainPage(text: string, title = '某市人民政府门户网站'): string {
  const paragraphs = text.split('\n').map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
  return `<!doctype html><html><head><title>${title}</title></head><body><div class="nav">首页 政务公开 政务服务</div>${paragraphs.join('')}</body></html>`;
}

/**
 * Loads `html` into the test window's own document (happy-dom's Range only works there).
 * Iframes are dropped first: happy-dom does not load them and complains on the console, and
 * their content is never page text.
 */
export function loadIntoDocument(html: string): Document {
  const inner = /<html[^>]*>([\s\S]*)<\/html>/i.exec(html)?.[1] ?? html;
  document.documentElement.innerHTML = inner.replace(/<iframe[\s\S]*?<\/iframe>/gi, '');
  return document;
}

/**
 * The content script's first look at a page, before anything heavy is loaded: the title, the
 * meta tags, the URL path and a bounded prefix of the page's text, searched for the vocabulary
 * every rule-of-law report uses. It only has to be a superset of what the engine's own gate
 * (lib/detect/detect-report.ts, layer 1) lets through, so a page it lets pass may still turn out
 * not to be a report; a page it stops never loads the engine. It costs the same on a 5 MB page
 * as on a 5 kB one: it never reads more than PREFIX_CHARS of text.
 *
 * Traditional forms are spelled out (復議, 規範, 決策, 執法…) instead of folding, which would
 * need the fold table in the always-loaded script: big5 gateways serve the same reports.
 */

/** Rule-of-law vocabulary of report titles, columns and bodies (simplified and traditional). */
const RULE_OF_LAW = new RegExp(
  [
    '法治政府', '依法行政', '法治建[设設]', '依法治[市区區县縣省州旗盟国國镇鎮乡鄉]', '行政[复復][议議]', '行政[应應][诉訴]',
    '[规規][范範]性文件', '重大行政[决決]策', '行政[执執]法', '[报報]告如下',
  ].join('|'),
);
/** Pinyin abbreviations gov CMSs use for rule-of-law columns in URL paths (fzzfjs 法治政府建设, yfxz 依法行政). */
const URL_TOPIC = /fzzf|fzjs|yfxz/i;
/** Meta tags that carry the document's title or its column. */
const META_NAMES = new Set(['articletitle', 'title', 'columnname', 'keywords', 'description', 'subject']);
/**
 * How much page text to read. Report bodies name their subject in their title and first
 * paragraph (within the first 100 characters of text on every fixture); what comes before them
 * is navigation, a few thousand characters on the biggest gov portals.
 */
export const PREFIX_CHARS = 20_000;
/** Text under these is never page text. */
const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
const SHOW_TEXT = 4;

export interface GateVerdict {
  /** True when the page may be a report: load the engine. */
  pass: boolean;
  /** Where the evidence was ('title', 'meta', 'url', 'text'), or 'none'. */
  reason: 'title' | 'meta' | 'url' | 'text' | 'none';
  /** Characters of page text read. */
  scanned: number;
}

/**
 * Might `doc` be a rule-of-law report? Bounded and allocation-light: reads `<title>`, the meta
 * tags in `<head>`, the URL path, and at most PREFIX_CHARS characters of text from a TreeWalker
 * (terms split by inline tags, 行政<b>复议</b>, still match: the prefix is concatenated).
 */
export function mayBeReport(doc: Document, url: string): GateVerdict {
  if (RULE_OF_LAW.test(doc.title)) return { pass: true, reason: 'title', scanned: 0 };
  const head = doc.head;
  if (head) {
    for (let el = head.firstElementChild; el; el = el.nextElementSibling) {
      if (el.localName !== 'meta') continue;
      const name = (el.getAttribute('name') ?? el.getAttribute('property') ?? '').toLowerCase();
      if (META_NAMES.has(name) && RULE_OF_LAW.test(el.getAttribute('content') ?? '')) return { pass: true, reason: 'meta', scanned: 0 };
    }
  }
  if (URL_TOPIC.test(url.replace(/^[a-z]+:\/\/[^/]*/i, '').slice(0, 300))) return { pass: true, reason: 'url', scanned: 0 };

  const root = doc.body ?? doc.documentElement;
  if (!root) return { pass: false, reason: 'none', scanned: 0 };
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const parts: string[] = [];
  let scanned = 0;
  for (let node = walker.nextNode(); node && scanned < PREFIX_CHARS; node = walker.nextNode()) {
    if (SKIPPED_PARENTS.has(node.parentNode?.nodeName ?? '')) continue;
    const data = (node as Text).data;
    parts.push(data.length > PREFIX_CHARS - scanned ? data.slice(0, PREFIX_CHARS - scanned) : data);
    scanned += data.length;
  }
  // Whitespace between nodes would split a term across a line break in the source: drop it.
  const pass = RULE_OF_LAW.test(parts.join('').replace(/\s+/g, ''));
  return { pass, reason: pass ? 'text' : 'none', scanned: Math.min(scanned, PREFIX_CHARS) };
}

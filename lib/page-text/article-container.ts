import { foldText } from '../text/fold';
import { isChromeBlock } from './chrome';

/**
 * Finding the article inside a gov page: first by the container names gov CMSs use, then by text
 * density. Works on statistics the DOM walk collects, so it needs no querySelector and no layout.
 */

/**
 * Containers named by the CMS templates that host most gov articles. Matched case-insensitively on
 * id and class tokens. Order does not matter: among matches holding article text, the one holding
 * the most wins.
 */
const NAMED_CONTAINERS = [
  '.TRS_Editor', // TRS WCM (most provincial and city portals)
  '.TRS_UEDITOR', // TRS WCM, newer editor
  '#UCAP-CONTENT', // gov.cn and UCAP-built portals
  '.pages_content', // gov.cn policy pages
  '#zoom', // Hanweb JCMS (also written #Zoom)
  '#zoomcon',
  '#fontzoom',
  '.article-content',
  '.article_content',
  '#articleContent',
  '.xxgk_detail_content', // 政府信息公开 detail pages
  '#contentText',
  '#vsb_content', // VSB (博达) CMS
  '.v_news_content',
  '.zw', // 正文
  '#zw',
  '.zwnr', // 正文内容
];

/** Names too common to trust on their own (wrappers, layout boxes): used only to narrow a density pick. */
const GENERIC_CONTAINERS = ['.content', '#content', 'article', 'main', '.article', '.main-txt', '.detail', '#wenzhang-content'];

export type ContainerHint = 'named' | 'generic';

const HINTS = new Map<string, ContainerHint>();
for (const [list, hint] of [
  [NAMED_CONTAINERS, 'named'],
  [GENERIC_CONTAINERS, 'generic'],
] as const) {
  for (const selector of list) HINTS.set(selector.toLowerCase(), hint);
}

/** Whether an element is named like an article container. Cheap: reads tag, id and class once. */
export function containerHint(tag: string, id: string | null, className: string | null): ContainerHint | null {
  let found: ContainerHint | null = HINTS.get(tag) ?? null;
  if (id) found = strongest(found, HINTS.get(`#${id.toLowerCase()}`));
  if (className) {
    for (const token of className.toLowerCase().split(/\s+/)) {
      if (token) found = strongest(found, HINTS.get(`.${token}`));
    }
  }
  return found;
}

function strongest(a: ContainerHint | null, b: ContainerHint | undefined): ContainerHint | null {
  return a === 'named' || b === 'named' ? 'named' : (a ?? b ?? null);
}

/** An element's share of the page, in blocks [firstBlock, endBlock). */
export interface ContainerStats {
  depth: number;
  firstBlock: number;
  endBlock: number;
  /** Characters of the blocks that count as article text (see countsAsArticleText). */
  paragraphChars: number;
  /** Characters inside links. */
  linkChars: number;
  hint: ContainerHint | null;
}

/** A named container must hold this share of the page's paragraph text to be trusted. */
const NAMED_MIN_SHARE = 0.3;
/**
 * The density pick is the deepest element within this share of the best net prose: a wrapper that
 * adds the title and a few toolbar words scores a little higher than the article itself, but is
 * not the article.
 */
const DENSITY_MIN_SHARE_OF_BEST = 0.9;
/** A generically named descendant replaces the density pick when it holds nearly all of its paragraph text. */
const GENERIC_MIN_SHARE_OF_PICK = 0.9;

/** Blocks that decide where the article is: mostly not link text, and not page furniture. */
export function countsAsArticleText(text: string, linkChars: number): boolean {
  return linkChars < text.length * 0.3 && !isChromeBlock(foldText(text));
}

/** Paragraph text net of link text: wrapping more of a page adds menus (links) faster than prose. */
const netProse = (c: ContainerStats) => c.paragraphChars - c.linkChars;

/**
 * Picks the article container among block elements (`candidates`, any order; `pageParagraphChars`
 * is the page total). A named container holding enough of the paragraph text wins (the one holding
 * most; the deepest on a tie, since wrappers repeat the same text). Otherwise the deepest element
 * holding nearly the most paragraph text net of link text (such elements nest: two disjoint ones
 * would make their common ancestor score higher), narrowed to a generically named descendant
 * (.content, article…) holding nearly all of its prose. Null when the page has no prose at all.
 */
export function pickContainer(candidates: readonly ContainerStats[], pageParagraphChars: number): ContainerStats | null {
  if (pageParagraphChars <= 0) return null;
  const holding = (c: ContainerStats, share: number) => c.paragraphChars > 0 && c.paragraphChars >= pageParagraphChars * share;
  const better = (a: ContainerStats | null, b: ContainerStats) =>
    !a || b.paragraphChars > a.paragraphChars || (b.paragraphChars === a.paragraphChars && b.depth > a.depth) ? b : a;

  let named: ContainerStats | null = null;
  let bestNet = 0;
  for (const c of candidates) {
    if (c.hint === 'named' && holding(c, NAMED_MIN_SHARE)) named = better(named, c);
    bestNet = Math.max(bestNet, netProse(c));
  }
  if (named) return named;
  if (bestNet <= 0) return null;
  let dense: ContainerStats | null = null;
  for (const c of candidates) {
    if (c.paragraphChars > 0 && netProse(c) >= bestNet * DENSITY_MIN_SHARE_OF_BEST && (!dense || c.depth > dense.depth)) dense = c;
  }
  if (!dense) return null;
  let narrowed = dense;
  for (const c of candidates) {
    const inside = c.depth > narrowed.depth && c.firstBlock >= dense.firstBlock && c.endBlock <= dense.endBlock;
    if (c.hint === 'generic' && inside && c.paragraphChars >= dense.paragraphChars * GENERIC_MIN_SHARE_OF_PICK) narrowed = c;
  }
  return narrowed;
}

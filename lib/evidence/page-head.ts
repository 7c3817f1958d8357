import type { PageText, TextBlock } from '../page-text/types';
import { isBreadcrumb } from '../page-text/chrome';
import { foldText } from '../text/fold';

/**
 * Reading the head of a page: the strings that name the document (ArticleTitle meta, the first
 * title-like line, `<title>`), the column/breadcrumb it sits in, and bounded slices of body text.
 * Shared by detection (the cheap gate) and metadata (title, jurisdiction), so both agree on what
 * "the title" is. Everything here is bounded by the MAX_* limits, never by the page size.
 */

/** A string found on the page, as displayed (`text`) and as matched (`folded`, same length). */
export interface PageString {
  text: string;
  folded: string;
  source: 'meta' | 'heading' | 'htmlTitle';
}

/** Navigation can run to hundreds of blocks before the h1; scanning them is cheap. */
const MAX_HEAD_SCAN = 400;
/** The first prose paragraph ends the search for the document's heading. */
const MIN_PROSE = 40;
const PROSE = /[，,。]/;
/** Title-ish strings are short; longer ones are cut so every title test is O(1) on any page. */
const MAX_TITLE = 120;
/** A title can wrap over a few short lines (国务院办公厅关于全面推行 / …制度 / …的指导意见). */
const MAX_TITLE_PARTS = 4;
const MAX_TITLE_PART = 48;

/**
 * Head nouns of document titles. A short head line ending in one of them names a document
 * (report, opinion, notice, plan…); "报告" anywhere also counts, for news titles about a report.
 */
const GENRE_END =
  /(?:报告|年报|汇报|总结|情况|打算|意见|通知|通报|方案|要点|安排|计划|规划|解读|体系|决定|规定|办法|条例|细则|批复|函|纪要|公报|决议|范文|全文|摘要|研究|探析|考察)(?:[(（][^()（）]{0,16}[)）])?$/;
const SENTENCE_PUNCTUATION = /[。！？!?；;]/;
const HEADING_MARKER = /^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．](?!\d))/;
/**
 * 关于, also as 關於: 於 is in GB2312 (a surname), so the fold table leaves it alone and every
 * pattern on 关于 in the engine accepts both (关[于於]).
 */
const ABOUT = /关[于於]/;
/** Separators CMSs put between a page title and the site name in `<title>`. */
const TITLE_SEPARATOR = /\s*(?:[_|｜]|\s[-–—]+\s|——|--)\s*/;
/** The site-name half of a `<title>`: a portal, not a document. */
const SITE_NAME = /(?:人民政府|政府|网站|门户|官网|网|平台|在线|之窗|频道|门户网站|信息网|公众网)$/;
/**
 * Breadcrumb-like lines separated by spaces or arrows: 美章网 资料文库 地区依法行政情况报告范文.
 * Spaces next to a digit are typesetting (某县 2025 年度…报告), not a step boundary.
 */
const CRUMB_SEPARATOR = /\s*[>＞»›]\s*|(?<!\d)\s+(?!\d)/;

function blockText(page: PageText, block: TextBlock): string {
  return page.text.slice(block.start, block.end);
}

function blockFolded(page: PageText, block: TextBlock): string {
  return page.folded.slice(block.start, block.end);
}

function pageString(text: string, source: PageString['source']): PageString {
  const cut = text.slice(0, MAX_TITLE * 2);
  return trimmedSlice({ text: cut, folded: foldText(cut), source }, 0, cut.length);
}

/**
 * Cuts `s` at [start, end) in both forms and trims whitespace, measured on the folded form so
 * both forms keep the same length (ideographic spaces fold to ' ').
 */
function trimmedSlice(s: PageString, start: number, end: number): PageString {
  while (start < end && /\s/.test(s.folded[start])) start++;
  while (end > start && /\s/.test(s.folded[end - 1])) end--;
  return { text: s.text.slice(start, end), folded: s.folded.slice(start, end), source: s.source };
}

/** [start, end) of each part of `s` between matches of `separator` (which must not match ''). */
function splitSpans(s: string, separator: RegExp): Array<[number, number]> {
  const global = new RegExp(separator.source, 'g');
  const spans: Array<[number, number]> = [];
  let last = 0;
  for (let match = global.exec(s); match; match = global.exec(s)) {
    spans.push([last, match.index]);
    last = match.index + match[0].length;
  }
  spans.push([last, s.length]);
  return spans.filter(([start, end]) => end > start);
}

/**
 * `<title>` without the site name: "九江市2022年度法治政府建设情况报告_九江市人民政府" → the report
 * title. Picks the first separated part that does not look like a site name, so both
 * "title_site" and "site_title" orders work.
 */
function stripSiteName(s: PageString): PageString {
  const isSite = ([start, end]: [number, number]) => {
    const part = s.folded.slice(start, end);
    return SITE_NAME.test(part) && !/\d/.test(part);
  };
  const spans = splitSpans(s.folded, TITLE_SEPARATOR);
  if (spans.length >= 2) {
    const [start, end] = spans.find((span) => !isSite(span)) ?? spans[0];
    return trimmedSlice(s, start, end);
  }
  // A bare hyphen also separates the site name (…座谈会-中国科普网), but hyphens live inside
  // titles too (2021-2025年): cut only when what follows the last one is a site name.
  const hyphen = s.folded.lastIndexOf('-');
  if (hyphen > 0 && isSite([hyphen + 1, s.folded.length])) return trimmedSlice(s, 0, hyphen);
  return s;
}

/** "美章网 资料文库 X" and "首页 > 栏目 > X" name X; a single space is kept (晋江市 2019年度…). */
function lastCrumb(s: PageString): PageString {
  const spans = splitSpans(s.folded, CRUMB_SEPARATOR);
  if (spans.length === 0 || (spans.length < 3 && !/[>＞»›]/.test(s.folded))) return s;
  const [start, end] = spans[spans.length - 1];
  return trimmedSlice(s, start, end);
}

function isTitleShaped(folded: string): boolean {
  return folded.length >= 4 && folded.length <= MAX_TITLE && !SENTENCE_PUNCTUATION.test(folded) && !HEADING_MARKER.test(folded);
}

function namesDocument(folded: string): boolean {
  return GENRE_END.test(folded) || folded.includes('报告');
}

/**
 * The document's own heading: the first h1 on the page (wherever the article container ends:
 * CMSs print the h1 above it), else the first h2/h3 or short line inside the page that names a
 * document — short, no sentence punctuation, not a numbered heading, ending in a document noun
 * (报告, 意见, 通知…) or containing 报告; a title wrapped over several short lines is joined when
 * its first line contains 关于, and an issuer line printed above a title that names no place
 * (安吉县人民政府 / 2023年度法治政府建设情况报告: the 公文 form 发文机关 + 事由 + 文种) is joined to
 * it. Chrome (breadcrumbs, index lists, publication lines) never holds the title. Only lines
 * above the first prose paragraph count: below it are the body's own unnumbered headings
 * (2020年工作计划), not the document's title.
 */
function firstHeading(page: PageText): PageString | null {
  const head = headBlocks(page);
  let subheading: PageString | null = null;
  let line: PageString | null = null;
  for (let i = 0; i < head.length; i++) {
    const block = head[i];
    if (block.end - block.start > MAX_TITLE * 2) continue;
    if (block.tag === 'h1') {
      const candidate = documentName(page, head, i);
      if (candidate) return candidate;
    } else if (block.role === 'body') {
      const isSubheading = block.tag === 'h2' || block.tag === 'h3';
      if (isSubheading && !subheading) subheading = documentName(page, head, i);
      else if (!isSubheading && !line) line = documentName(page, head, i);
    }
  }
  return subheading ?? line;
}

/** A genre word alone (工作报告, 年度报告): a column's name above the article, never a document's title. */
const BARE_GENRE = /^(?:工作|年度|情况|专题)?(?:报告|总结|汇报|年报)$/;

/** The document name `blocks[index]` holds (maybe joined with the lines around it), or null. */
function documentName(page: PageText, blocks: TextBlock[], index: number): PageString | null {
  const block = blocks[index];
  if (isBreadcrumb(blockFolded(page, block).trim())) return null;
  const candidate = lastCrumb(pageString(blockText(page, block), 'heading'));
  if (!isTitleShaped(candidate.folded) || BARE_GENRE.test(candidate.folded)) return null;
  if (namesDocument(candidate.folded)) return withIssuerAbove(page, blocks, index, candidate);
  return ABOUT.test(candidate.folded) ? joinWrappedTitle(page, blocks, index) : null;
}

/**
 * An issuing body alone on its line: a government (XX县人民政府) or an organ (XX省司法厅,
 * XX管委会). Short, no punctuation, no 关于 (that starts a title).
 */
const ISSUER_LINE = /^[\u4e00-\u9fff]{2,30}(?:人民政府|政府|管理委员会|管委会|委员会|办公厅|办公室|局|厅|部|委|办)$/;
/** A title that starts with its year or 关于 names no issuer of its own. */
const ISSUERLESS_TITLE = /^(?:(?:19|20)\d\d|[一二][〇零○一二三四五六七八九]{3}年|关[于於])/;

/** Whether a folded, trimmed head line is an issuer line (see ISSUER_LINE). */
function isIssuerLine(folded: string): boolean {
  return folded.length <= MAX_TITLE_PART && ISSUER_LINE.test(folded) && !ABOUT.test(folded);
}

/** 安吉县人民政府 + 2023年度法治政府建设情况报告 → one title, when the line above is an issuer line. */
function withIssuerAbove(page: PageText, blocks: TextBlock[], index: number, title: PageString): PageString {
  const above = index > 0 ? blocks[index - 1] : null;
  if (!above || above.role === 'outside' || !ISSUERLESS_TITLE.test(title.folded)) return title;
  return isIssuerLine(blockFolded(page, above).trim()) ? pageString(blockText(page, above).trim() + title.text, 'heading') : title;
}

/** 国务院办公厅关于全面推行 + 行政执法公示制度… + …的指导意见 → one title. */
function joinWrappedTitle(page: PageText, blocks: TextBlock[], first: number): PageString | null {
  let text = '';
  for (let j = first; j < blocks.length && j < first + MAX_TITLE_PARTS; j++) {
    const part = blockText(page, blocks[j]).trim();
    if (part.length > MAX_TITLE_PART || SENTENCE_PUNCTUATION.test(part)) return null;
    text += part;
    const joined = pageString(text, 'heading');
    if (j > first && GENRE_END.test(joined.folded)) return joined;
  }
  return null;
}

/**
 * The page's head: every block (any role) above the article's first prose paragraph, at most
 * MAX_HEAD_SCAN. The title, the publication line and the index table live here, wherever the
 * article container was drawn.
 */
export function headBlocks(page: PageText): TextBlock[] {
  const head: TextBlock[] = [];
  for (const block of page.blocks) {
    if (head.length >= MAX_HEAD_SCAN) break;
    if (block.role === 'body' && block.end - block.start >= MIN_PROSE && PROSE.test(blockFolded(page, block))) break;
    head.push(block);
  }
  return head;
}

/** Lines between a title and the issuer printed under it: an index list, a timestamp, chrome. */
const MAX_ISSUER_GAP = 12;
const HAN = /[\u4e00-\u9fff]/;

/**
 * The issuing body printed on its own line under the document's title, as reports published
 * whole print it (天水市2014年度依法行政工作情况报告 / 天水市人民政府 / (2015年1月12日)). Chrome (an
 * index list, publication lines) and lines without a Han character (an aggregator's timestamp)
 * may sit between them; the first other line decides, so a body paragraph or an addressee
 * (XX市人民政府：) ends the search. An issuer line above the title belongs to the title
 * (see withIssuerAbove). Null when there is none.
 */
export function issuerUnderTitle(page: PageText): PageString | null {
  const head = headBlocks(page);
  const title = head.findIndex(
    (block, i) => (block.role === 'body' || block.tag === 'h1') && block.end - block.start <= MAX_TITLE * 2 && documentName(page, head, i) !== null,
  );
  if (title === -1) return null;
  for (let i = title + 1; i < head.length && i <= title + MAX_ISSUER_GAP; i++) {
    const block = head[i];
    const folded = blockFolded(page, block);
    if (block.role === 'chrome' || !HAN.test(folded)) continue;
    const issuer = trimmedSlice({ text: blockText(page, block), folded, source: 'heading' }, 0, folded.length);
    return isIssuerLine(issuer.folded) ? issuer : null;
  }
  return null;
}

/** The page's last `count` blocks (any role): closing 来源 lines, signatures, footers. */
export function tailBlocks(page: PageText, count: number): TextBlock[] {
  return page.blocks.slice(Math.max(0, page.blocks.length - count));
}

/** Labels under which the 政府信息公开 index table prints the document's title. */
const INDEX_TITLE_LABELS = ['标题', '名称', '信息名称'];

/**
 * Strings that may be the document's title, best first: ArticleTitle meta, the index table's
 * 标题, the first heading-like line, then `<title>` without the site name. Detection tests all of
 * them; metadata picks one.
 */
export function titleCandidates(page: PageText): PageString[] {
  const candidates: PageString[] = [];
  const articleTitle = page.meta.metaTags['articletitle'] ?? page.meta.metaTags['title'];
  if (articleTitle?.trim()) candidates.push(pageString(articleTitle, 'meta'));
  const indexTitle = INDEX_TITLE_LABELS.map((label) => page.meta.indexFields[label]).find((value) => value?.trim());
  if (indexTitle) candidates.push(pageString(indexTitle, 'meta'));
  const heading = firstHeading(page);
  if (heading) candidates.push(heading);
  if (page.meta.htmlTitle?.trim()) candidates.push(stripSiteName(pageString(page.meta.htmlTitle, 'htmlTitle')));
  return candidates.filter((c) => c.folded.length > 0);
}

/** Column name, keywords and breadcrumb: where the site filed the page (法治政府建设年报…). */
export function columnStrings(page: PageText): string[] {
  const out: string[] = [];
  for (const key of ['columnname', 'keywords', 'description']) {
    const value = page.meta.metaTags[key];
    if (value) out.push(foldText(value.slice(0, MAX_TITLE * 2)));
  }
  for (const block of headBlocks(page)) {
    const folded = blockFolded(page, block).trim();
    if (isBreadcrumb(folded)) out.push(folded.slice(0, MAX_TITLE * 2));
  }
  return out;
}

/**
 * Pinyin abbreviations gov CMSs use for rule-of-law columns in URL paths: fzzf(js) 法治政府(建设),
 * fzjs 法治建设, yfxz 依法行政 (…/zwgk/fzzfjs/202303/t20230328_….html).
 */
const URL_TOPIC = /fzzf|fzjs|yfxz/i;

/** The rule-of-law column abbreviation in the page's URL path, or null. */
export function urlTopic(page: PageText): string | null {
  const url = page.meta.url ?? '';
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '').slice(0, 300);
  return URL_TOPIC.exec(path)?.[0].toLowerCase() ?? null;
}

/**
 * Pinyin glosses some reposting sites insert after characters (建設(shè), 領(lǐng)): a bracketed run of
 * Latin letters holding a tone-marked vowel. They split terms (行政執(zhí)法), so detection reads
 * text without them; offsets are never taken from that text.
 */
const PINYIN_GLOSS = /\([a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,6}\)/g;

/** `folded` without pinyin glosses, for pattern tests that need no offsets. */
export function withoutPinyinGlosses(folded: string): string {
  return folded.includes('(') ? folded.replace(PINYIN_GLOSS, '') : folded;
}

/** The opening paragraph is cut here: its first sentence is what detection reads. */
const MAX_OPENING = 600;
const MIN_OPENING = 40;

/**
 * The report's opening as detection reads it: the first prose paragraph of the body (≥ 40
 * characters with a comma or full stop, within the first `maxChars` of body text), then '\n' and
 * the start of the block after it; '' when the head has no prose. Pinyin glosses removed.
 */
export function openingText(page: PageText, maxChars: number): string {
  let seen = 0;
  for (let i = 0; i < page.blocks.length && seen < maxChars; i++) {
    const block = page.blocks[i];
    if (block.role !== 'body') continue;
    seen += block.end - block.start;
    const folded = page.folded.slice(block.start, Math.min(block.end, block.start + MAX_OPENING));
    if (block.end - block.start < MIN_OPENING || !PROSE.test(folded)) continue;
    let next = i + 1;
    while (next < page.blocks.length && page.blocks[next].role !== 'body') next++;
    const after = page.blocks[next];
    const start = after ? page.folded.slice(after.start, Math.min(after.end, after.start + MAX_TITLE_PART)) : '';
    return withoutPinyinGlosses(`${folded}\n${start}`);
  }
  return '';
}

/**
 * Folded text of the first `maxChars` of the page's blocks with the given roles, one block per
 * line, pinyin glosses removed. Stops as soon as it has enough, so it costs O(maxChars) on a page
 * of any size.
 */
export function headText(page: PageText, maxChars: number, roles: ReadonlyArray<TextBlock['role']> = ['body']): string {
  let out = '';
  for (const block of page.blocks) {
    if (out.length >= maxChars) break;
    if (!roles.includes(block.role)) continue;
    out += (out ? '\n' : '') + page.folded.slice(block.start, Math.min(block.end, block.start + maxChars - out.length));
  }
  return withoutPinyinGlosses(out);
}

/** Folded text of the last `maxChars` of body blocks (for closing evidence such as 参考文献). */
export function tailText(page: PageText, maxChars: number): string {
  let out = '';
  for (let i = page.blocks.length - 1; i >= 0 && out.length < maxChars; i--) {
    const block = page.blocks[i];
    if (block.role !== 'body') continue;
    out = page.folded.slice(Math.max(block.start, block.end - (maxChars - out.length)), block.end) + (out ? '\n' + out : '');
  }
  return withoutPinyinGlosses(out);
}

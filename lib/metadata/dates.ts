import { chineseNumeralValue } from '../numbers/chinese-numerals';
import type { PageText, TextBlock } from '../page-text/types';
import { headBlocks, tailBlocks } from '../evidence/page-head';
import { foldText } from '../text/fold';

/**
 * Publication dates: where gov pages print them and how. Sources, most reliable first:
 * the PubDate meta of TRS/Hanweb CMSs, the 政府信息公开 index (发布日期/生成日期/公开日期), a labelled
 * publication line near the top (时间:2020-02-04 15:32, 发布日期：2022年3月10日), an unlabelled date
 * line (2022-03-10 10:58 字号:), a bracketed date under the title ((2015年1月12日)), the signature
 * date closing the text (2020年11月15日, 二〇二三年三月二十日), and last the index's 成文日期 or
 * 发文日期 (written, not published).
 */

/** 2020-02-04, 2020/2/4, 2020.02.04, 2020年11月15日, 2024 年 3 月 1 日. */
const ARABIC_DATE = /((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/;
/** 二〇二〇年十一月十五日: the form 公文 signatures use. */
const HAN_DATE = /([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/;

export interface FoundDate {
  iso: string;
  index: number;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first valid date in folded text, Arabic or Han numerals, with its position. */
export function findDate(folded: string): FoundDate | null {
  const arabic = ARABIC_DATE.exec(folded);
  const han = HAN_DATE.exec(folded);
  const candidates: FoundDate[] = [];
  if (arabic) {
    const iso = isoDate(Number(arabic[1]), Number(arabic[2]), Number(arabic[3]));
    if (iso) candidates.push({ iso, index: arabic.index });
  }
  if (han) {
    const iso = isoDate(chineseNumeralValue(han[1]) ?? 0, chineseNumeralValue(han[2]) ?? 0, chineseNumeralValue(han[3]) ?? 0);
    if (iso) candidates.push({ iso, index: han.index });
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0] ?? null;
}

const META_KEYS = ['pubdate', 'publishdate', 'firstpublishedtime', 'publishtime', 'releasedate', 'dc.date', 'date'];
const INDEX_PUBLISHED = ['发布日期', '公开日期', '生成日期', '发布时间', '公开时间'];
const INDEX_WRITTEN = ['成文日期', '发文日期'];
/** Publication lines are short; a paragraph that mentions a date is not one. */
const MAX_DATE_LINE = 80;
/** 发布时间：, 日期:, and the verb form 发布于: / 更新于 2023-02-10. */
const LABELLED_DATE = /(?:(?:发布|发表|公开|更新|生成)?(?:时间|日期)\s*[:：]|(?:发布|发表|更新)于\s*[:：]?)\s*/;
/** After an unlabelled date, only a time and page furniture may follow (2022-03-10 10:58 字号:). */
const DATE_LINE_REST = /^\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:$|[|｜【\[]|字号|字体|来源|浏览|阅读|点击|作者|发布|编辑)/;
/** The signature sits in the last few blocks of the article. */
const SIGNATURE_BLOCKS = 12;
const MAX_SIGNATURE_LINE = 24;
/** A line holding a date and nothing else. */
const SIGNATURE_LINE = new RegExp(`^(?:${ARABIC_DATE.source}\\s*日?|${HAN_DATE.source})$`);
/** The document date printed in brackets under the title and issuer: (2015年1月12日), （二〇二三年三月二十日）. */
const BRACKETED_DATE_LINE = new RegExp(`^[(（]\\s*(?:${ARABIC_DATE.source}\\s*日?|${HAN_DATE.source})\\s*[)）]$`);

/** The first label (in priority order) whose index field holds a date. */
function indexField(page: PageText, labels: string[]): string | null {
  for (const label of labels) {
    const value = page.meta.indexFields[label];
    const date = value ? findDate(foldText(value.slice(0, MAX_DATE_LINE))) : null;
    if (date) return date.iso;
  }
  return null;
}

/** Short blocks of the page's head (above the first paragraph), where publication lines sit. */
function shortHeadBlocks(page: PageText): TextBlock[] {
  return headBlocks(page).filter((block) => block.end - block.start <= MAX_DATE_LINE);
}

/**
 * 时间:2020-02-04 15:32 / 发布日期：2022年3月10日 in a short line of the head, or of the tail
 * (some CMSs print 发布时间 under the article).
 */
function labelledDateLine(page: PageText): string | null {
  const tail = tailBlocks(page, SIGNATURE_BLOCKS).filter((block) => block.end - block.start <= MAX_DATE_LINE);
  for (const block of [...shortHeadBlocks(page), ...tail]) {
    const folded = page.folded.slice(block.start, block.end);
    const label = LABELLED_DATE.exec(folded);
    if (!label) continue;
    const date = findDate(folded.slice(label.index + label[0].length));
    if (date && date.index === 0) return date.iso;
  }
  return null;
}

/** A short head line that starts with a date and holds nothing else but a time and furniture. */
function unlabelledHeadDate(page: PageText): string | null {
  for (const block of shortHeadBlocks(page)) {
    const folded = page.folded.slice(block.start, block.end).replace(/^[\s•·●▪◆■]+/, '');
    const date = findDate(folded);
    if (!date || date.index !== 0) continue;
    const match = ARABIC_DATE.exec(folded) ?? HAN_DATE.exec(folded);
    if (match && match.index === 0 && DATE_LINE_REST.test(folded.slice(match[0].length).replace(/^日/, ''))) return date.iso;
  }
  return null;
}

/**
 * A head line holding only a bracketed date: the 公文 layout of a report published whole prints its
 * date so under the title and the issuer (天水市人民政府 / (2015年1月12日)).
 */
function bracketedHeadDate(page: PageText): string | null {
  for (const block of shortHeadBlocks(page)) {
    const folded = page.folded.slice(block.start, block.end).trim();
    if (BRACKETED_DATE_LINE.test(folded)) return findDate(folded)?.iso ?? null;
  }
  return null;
}

/**
 * The day-first dotted form some aggregators print as a repost's timestamp (25.02.2016 10:00), read
 * only as a whole head line, where it cannot be a version number or a 1.2.3 list. It dates the
 * repost, so a date the document prints itself (bracketed under the title, signature) goes first.
 */
const DAY_FIRST_DATE = /^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?!\d)/;

function repostTimestamp(page: PageText): string | null {
  for (const block of shortHeadBlocks(page)) {
    const folded = page.folded.slice(block.start, block.end).trim();
    const date = DAY_FIRST_DATE.exec(folded);
    if (date && DATE_LINE_REST.test(folded.slice(date[0].length))) return isoDate(Number(date[3]), Number(date[2]), Number(date[1]));
  }
  return null;
}

/** The date line that closes the text, under the signing body (2020年11月15日). */
function signatureDate(page: PageText): string | null {
  let seen = 0;
  for (let i = page.blocks.length - 1; i >= 0 && seen < SIGNATURE_BLOCKS; i--) {
    const block = page.blocks[i];
    if (block.role === 'outside') continue;
    seen++;
    if (block.end - block.start > MAX_SIGNATURE_LINE) continue;
    const folded = page.folded.slice(block.start, block.end).trim();
    const date = SIGNATURE_LINE.test(folded) ? findDate(folded) : null;
    if (date) return date.iso;
  }
  return null;
}

/** Publication date as ISO yyyy-mm-dd, from the most reliable source the page has; null if none. */
export function readPublishedAt(page: PageText): string | null {
  for (const key of META_KEYS) {
    const value = page.meta.metaTags[key];
    const date = value ? findDate(foldText(value.slice(0, MAX_DATE_LINE))) : null;
    if (date) return date.iso;
  }
  return (
    indexField(page, INDEX_PUBLISHED) ??
    labelledDateLine(page) ??
    unlabelledHeadDate(page) ??
    bracketedHeadDate(page) ??
    signatureDate(page) ??
    repostTimestamp(page) ??
    indexField(page, INDEX_WRITTEN)
  );
}

/**
 * Published before 1 April of the year after the year covered (督察工作规定 Art. 24). Null when
 * either date is unknown. (Several provinces ask departments for 1 March; the contract keeps one rule.)
 */
export function isOnTime(publishedAt: string | null, year: number | null): boolean | null {
  if (!publishedAt || year === null) return null;
  return publishedAt < `${year + 1}-04-01`;
}

import type { Outline } from '../outline/types';
import type { PageText } from '../page-text/types';
import { foldText } from '../text/fold';

/**
 * The parts every annual report must contain under 《法治政府建设与责任落实督察工作规定》
 * (厅字〔2019〕28号): ① 主要举措和成效, ② 存在的不足和原因, ③ 党政主要负责人履行推进法治建设第一责任人
 * 职责, ④ 下一年度主要安排. The fifth item (其他需要报告的情况) is optional and not checked.
 * Keys are a contract with the database and exports (ReportMeta.missingParts): add, never rename.
 */
export const REQUIRED_PARTS = {
  measures: { zh: '主要举措和成效', en: 'Main measures and results' },
  shortcomings: { zh: '存在的不足和原因', en: 'Shortcomings and their causes' },
  firstResponsibility: {
    zh: '党政主要负责人履行推进法治建设第一责任人职责',
    en: 'Party and government leaders’ duties as first persons responsible for rule of law',
  },
  nextYear: { zh: '下一年度工作安排', en: 'Plans for the next year' },
} as const;

export type RequiredPartKey = keyof typeof REQUIRED_PARTS;
export const REQUIRED_PART_KEYS = Object.keys(REQUIRED_PARTS) as RequiredPartKey[];

/** Optional heading numbering in front of a block: 一、 / （一） / 1. */
const MARKER = String.raw`^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．](?!\d))?\s*`;
const LEVEL_ONE = /^\s*[一二三四五六七八九十]{1,3}[、.．]/;
/** Headings are short; evidence that needs a heading only looks at short blocks. */
const MAX_HEADING = 60;

const MEASURES = /主要举措|主要做法|工作情况|开展情况|进展情况|工作成效|主要成效|主要成绩|取得(?:了|的)?[^。\n]{0,6}?(?:成效|成绩|进展)/;
/**
 * A first-level heading that gives the year's account: "一、2021年法治政府建设推进情况",
 * "一、2022年度依法行政工作开展情况". A year and 情况 at the end; plans never end in 情况.
 */
const MEASURES_HEADING = /^\s*[一二三四五六七八九十]{1,3}[、.．]\s*(?:19|20)\d\d\s*年度?[^。\n]{0,24}情况$/;

const SHORTCOMINGS_HEADING = new RegExp(
  `${MARKER}(?:当前|目前|工作中)?(?:存在的?|面临的)(?:主要)?(?:问题|不足|困难|短板)|(?:问题|不足)(?:和|与|及)(?:原因|困难|差距|短板)`,
);
/** A confession followed by its list: 还存在差距，主要表现在： / 仍有不少差距和不足： */
const SHORTCOMINGS_TEXT =
  /(?:存在|仍有|还有|尚有)[^。；\n]{0,16}?(?:问题|不足|差距|短板|弱项|薄弱环节)[^。\n]{0,12}?(?:主要表现|表现在|主要是|[:：])/;

const FIRST_RESPONSIBILITY = /第一责任人|主要负责人[^。\n]{0,12}履行[^。\n]{0,20}法治建设[^。\n]{0,6}职责/;

const NEXT_YEAR_HEADING = new RegExp(
  `${MARKER}(?:下一步|下步|下一年度?|今后|明年|((?:19|20)\\d\\d)年度?)[^。\\n]{0,10}?(?:计划|安排|打算|思路|设想|重点|目标|任务|展望)`,
);
const NEXT_STEPS = /(?:下一步|下步)(?:工作)?(?:打算|计划|安排|思路|举措)|下一年度/;
/** A plans paragraph: 2023年，我市将… / 下一步，… */
const NEXT_YEAR_TEXT = /^\s*(?:(?:下一步|今后|明年|新的一年)[，,]|((?:19|20)\d\d)年度?[，,]?[^。\n]{0,12}将)/;

/** A year printed in a plans heading must be later than the year covered (2019年工作重点 in a 2019 report is not a plan). */
function isLaterYear(printed: string | undefined, yearCovered: number | null): boolean {
  return printed === undefined || yearCovered === null || Number(printed) > yearCovered;
}

/** The parts one block gives evidence of. */
function partsInBlock(folded: string, yearCovered: number | null, found: Set<RequiredPartKey>): void {
  const short = folded.length <= MAX_HEADING;
  if (MEASURES.test(folded) || (short && MEASURES_HEADING.test(folded))) found.add('measures');
  if ((short && SHORTCOMINGS_HEADING.test(folded)) || SHORTCOMINGS_TEXT.test(folded)) found.add('shortcomings');
  if (FIRST_RESPONSIBILITY.test(folded)) found.add('firstResponsibility');
  const heading = short ? NEXT_YEAR_HEADING.exec(folded) : null;
  const text = NEXT_YEAR_TEXT.exec(folded);
  if (
    (heading && isLaterYear(heading[1], yearCovered)) ||
    (text && isLaterYear(text[1], yearCovered)) ||
    (short && NEXT_STEPS.test(folded))
  ) {
    found.add('nextYear');
  }
}

function isProblemsOrPlans(folded: string): boolean {
  return SHORTCOMINGS_HEADING.test(folded) || NEXT_YEAR_HEADING.test(folded) || NEXT_STEPS.test(folded);
}

/**
 * Required parts the article text gives evidence of, from body blocks alone: headings such as
 * 存在的问题 / 2021年工作思路 / 下步工作打算, a paragraph on 第一责任人, a confession followed by its list
 * (还存在差距，主要表现在：), a plans paragraph (2022年，我市将…), and for the measures part either
 * its wording (工作情况, 取得…成效) or two numbered 一、 headings that are not problems or plans.
 * `yearCovered` (when known) keeps "2019年工作重点" in a 2019 report from counting as next year's plan.
 * Linear: a few bounded patterns per block, stopping once every part is found.
 */
export function requiredPartsInText(page: PageText, yearCovered: number | null = null): Set<RequiredPartKey> {
  const found = new Set<RequiredPartKey>();
  let workHeadings = 0;
  for (const block of page.blocks) {
    if (block.role !== 'body') continue;
    const folded = page.folded.slice(block.start, block.end);
    partsInBlock(folded, yearCovered, found);
    if (LEVEL_ONE.test(folded) && !isProblemsOrPlans(folded.slice(0, MAX_HEADING)) && ++workHeadings >= 2) found.add('measures');
    if (found.size === REQUIRED_PART_KEYS.length) break;
  }
  return found;
}

/**
 * Required parts missing from a report, in REQUIRED_PARTS order. A part is present when an outline
 * heading carries it (area 'problems' → shortcomings, 'plans' → nextYear, a substantive area →
 * measures, a heading naming 第一责任人) or when the text gives evidence of it
 * ({@link requiredPartsInText}): reports often fold a part into a paragraph without a heading.
 */
export function missingParts(page: PageText, outline: Outline, yearCovered: number | null): RequiredPartKey[] {
  const found = requiredPartsInText(page, yearCovered);
  for (const section of outline.sections) {
    if (section.area === 'problems') found.add('shortcomings');
    else if (section.area === 'plans') found.add('nextYear');
    else if (section.area !== null) found.add('measures');
    if (FIRST_RESPONSIBILITY.test(foldText(section.title))) found.add('firstResponsibility');
  }
  return REQUIRED_PART_KEYS.filter((key) => !found.has(key));
}

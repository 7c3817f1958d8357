/**
 * Is this page an annual rule-of-law report (法治政府建设年度报告 and its variants)?
 *
 * Layered like Zotero translators, cheapest first, so the content script leaves the other
 * 99% of a gov site within a millisecond or two:
 *
 * 1. Gate (bounded, whatever the page size): the title candidates (ArticleTitle meta, the index
 *    table's 标题, the first heading-like line, `<title>` minus site name), the column/keywords/
 *    breadcrumb and the URL path (…/fzzfjs/…), and the first ~3000 characters of the article
 *    body. When no title names a report or a look-alike, neither column nor URL says anything,
 *    and that head of the body shows no rule-of-law vocabulary and no opening formula,
 *    detection stops there ('gate:none') without reading the rest of the page. The gate's
 *    vocabulary adds 依法治镇/乡/县… and an annual account's opening (see accountOpening), so a
 *    township report that never says 行政复议 gets read.
 * 2. Text evidence (linear): the opening formula (现将…情况报告如下), the opening of an annual
 *    account followed by 一、 (2019年，在省委…领导下，XX县…法治政府建设…), the required parts of the
 *    督察工作规定 (measures, shortcomings, 第一责任人, next year's plans), how many distinct
 *    rule-of-law terms the body uses and how densely, and a numbered 一、二、三、 structure.
 * 3. Rejections (predicates.ts, each with its own examples): look-alike titles (政府工作报告,
 *    政府信息公开工作年度报告, news about a report, 解读, plans, 指标体系, court reports, 绩效自评,
 *    述职, academic titles, directives) and look-alike text (disclosure boilerplate, news datelines,
 *    academic apparatus, a directive's 各…： addressee, 各位代表, a list of report links).
 *
 * The page's text is judged, not its site: a template site's copy of a report (范文) is still a
 * report, detected with a small penalty ('template:范文').
 *
 * Confidence is a logistic of additive log-odds, chosen so that the evidence a clear report
 * shows lands ≥ 0.8 and a clear negative ≤ 0.2:
 * - prior −4 (almost every page on a gov site is not a report: confidence 0.02 with no evidence);
 * - report title +4.5 (on its own a title gives 0.62: a report page whose text is a PDF link is
 *   still a report, but with little to back it), column/keywords/URL naming 法治政府 +1;
 * - opening formula +1.5; a salutation to the rule-of-law committee (…全面依法治区委员会：) +3.5, withheld
 *   like the account's opening; an annual account's opening followed by 一、 +3.5 (it tells what the
 *   page is as a title does, so a report reposted without its title passes on its text; alone,
 *   with no vocabulary, it stays < 0.5; like the title bonus it is withheld when any rejection
 *   fires);
 * - each required part +0.75 (up to +3), each distinct rule-of-law term
 *   +0.35 (up to +2.45), density ≥ 2 terms per 1000 characters +0.5, ≥ 3 numbered 一、 headings +0.5
 *   (a report without its title, e.g. seed 001 as plain text, reaches ≈ 0.97 on text alone);
 * - a title rejection −8 (and the report-title bonus is withheld) and a text rejection −6: a
 *   look-alike scores ≤ 0.05 even when its body is full of 行政复议 and 规范性文件, as 政府信息公开
 *   reports and State Council opinions are;
 * - template copy −1.5.
 * `isReport` is confidence ≥ 0.5.
 */
import type { PageText } from '../page-text/types';
import { requiredPartsInText, REQUIRED_PART_KEYS } from '../evidence/required-parts';
import type { Detection } from './types';
import { columnStrings, headText, openingText, tailText, titleCandidates, urlTopic, withoutPinyinGlosses } from '../evidence/page-head';
import {
  HEAD_REJECTIONS,
  TITLE_REJECTIONS,
  academicBody,
  accountOpening,
  columnTagLength,
  openingFormula,
  reportList,
  reportTitle,
  ruleOfLawAddressee,
  stripTemplateSuffix,
  templateCopy,
} from '../evidence/predicates';

const PRIOR = -4;
const WEIGHT = {
  title: 4.5,
  column: 1,
  opening: 1.5,
  accountOpening: 3.5,
  addressee: 3.5,
  part: 0.75,
  term: 0.35,
  dense: 0.5,
  headings: 0.5,
  template: -1.5,
  titleRejection: -8,
  textRejection: -6,
} as const;

/** How much of the body the gate reads before giving up on a page with no title evidence. */
const GATE_CHARS = 3000;
/** Head of the body where openings, datelines and addressee lines sit. */
const OPENING_CHARS = 5000;
const DATELINE_CHARS = 1500;
const PAGE_HEAD_CHARS = 6000;

/** The rule-of-law vocabulary whose breadth and density mark a report body. */
const RULE_OF_LAW_TERMS = ['法治政府', '依法行政', '行政复议', '行政应诉', '规范性文件', '重大行政决策', '行政执法'] as const;
const TERM_PATTERN = new RegExp(RULE_OF_LAW_TERMS.join('|'), 'g');
/**
 * What lets a page past the gate: the scored vocabulary, plus 依法治省/市/县/区/镇/乡, the way
 * township and county reports name their rule-of-law work when they never say 行政复议.
 */
const GATE_VOCABULARY = new RegExp(`${RULE_OF_LAW_TERMS.join('|')}|依法治[省市县区州旗盟镇乡]`);
const COLUMN_TOPIC = /法治政府|依法行政|法治建设/;
const LEVEL_ONE_HEADING = /^\s*([一二三四五六七八九十]{1,3})[、.．]/;
/** Terms per 1000 characters above which a body is "about" rule of law rather than mentioning it. */
const DENSE_PER_THOUSAND = 2;
const DENSE_MIN_COUNT = 5;
const NUMBERED_STRUCTURE = 3;

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const round3 = (x: number) => Math.round(x * 1000) / 1000;

interface BodyStats {
  termCounts: Map<string, number>;
  totalTerms: number;
  bodyChars: number;
  levelOneHeadings: number;
}

/** One pass over the body blocks: term counts, body length, distinct 一、二、 headings. */
function readBody(page: PageText): BodyStats {
  const termCounts = new Map<string, number>();
  const numerals = new Set<string>();
  let totalTerms = 0;
  let bodyChars = 0;
  for (const block of page.blocks) {
    if (block.role !== 'body') continue;
    const folded = withoutPinyinGlosses(page.folded.slice(block.start, block.end));
    bodyChars += folded.length;
    for (const match of folded.matchAll(TERM_PATTERN)) {
      termCounts.set(match[0], (termCounts.get(match[0]) ?? 0) + 1);
      totalTerms++;
    }
    const heading = LEVEL_ONE_HEADING.exec(folded);
    if (heading) numerals.add(heading[1]);
  }
  return { termCounts, totalTerms, bodyChars, levelOneHeadings: numerals.size };
}

/** 'title:法治政府建设年度报告': the title from its rule-of-law subject to the end. */
function titleReason(folded: string): string {
  const subject = /法治政府|依法行政|法治建设|依法治/.exec(folded);
  return `title:${subject ? folded.slice(subject.index) : folded}`;
}

/**
 * Decides whether `page` is an annual rule-of-law report; see the module comment for the layers
 * and the weighting. Reasons are short machine-readable strings ('title:…', 'column:…',
 * 'opening:报告如下', 'parts:3/4', 'terms:6/7', 'dense', 'headings:7', 'template:范文',
 * 'reject:…', 'gate:none'). Never throws; linear in the page size, and reads no more than the
 * head of the page when the gate fails.
 */
export function detectReport(page: PageText): Detection {
  const reasons: string[] = [];
  let score = PRIOR;

  // Layer 1: titles and column. A look-alike title anywhere (ArticleTitle, heading, <title>)
  // outweighs a report title elsewhere: pages disagree with themselves only when one is wrong.
  let matchedTitle: string | null = null;
  let templated = false;
  const titleRejections = new Set<string>();
  for (const candidate of titleCandidates(page)) {
    if (templateCopy.test(candidate.folded)) templated = true;
    const title = stripTemplateSuffix(candidate.folded);
    const named = title.slice(columnTagLength(title));
    if (matchedTitle === null && reportTitle.test(named)) matchedTitle = named;
    for (const rejection of TITLE_REJECTIONS) if (rejection.test(title)) titleRejections.add(rejection.reason);
  }
  const titleRejected = titleRejections.size > 0;
  const titleMatched = matchedTitle !== null && !titleRejected;
  if (matchedTitle !== null && titleMatched) {
    score += WEIGHT.title;
    reasons.push(titleReason(matchedTitle));
  }
  // Where the site filed the page: column, keywords, breadcrumb, or the URL's column path.
  const column = columnStrings(page).find((s) => COLUMN_TOPIC.test(s));
  const filedUnder = column ? `column:${COLUMN_TOPIC.exec(column)![0]}` : urlTopic(page) && `url:${urlTopic(page)}`;
  if (filedUnder) {
    score += WEIGHT.column;
    reasons.push(filedUnder);
  }

  const gateHead = headText(page, GATE_CHARS);
  const opening = openingText(page, GATE_CHARS);
  const openingAccount = accountOpening.test(opening);
  if (!titleMatched && !titleRejected && !filedUnder && !GATE_VOCABULARY.test(gateHead) && !openingFormula.test(gateHead) && !openingAccount) {
    return { isReport: false, confidence: round3(sigmoid(score)), reasons: ['gate:none'] };
  }

  // Layer 2: text evidence.
  if (openingFormula.test(headText(page, OPENING_CHARS))) {
    score += WEIGHT.opening;
    reasons.push(openingFormula.reason);
  }
  const parts = requiredPartsInText(page).size;
  score += parts * WEIGHT.part;
  reasons.push(`parts:${parts}/${REQUIRED_PART_KEYS.length}`);

  const body = readBody(page);
  score += body.termCounts.size * WEIGHT.term;
  reasons.push(`terms:${body.termCounts.size}/${RULE_OF_LAW_TERMS.length}`);
  if (body.totalTerms >= DENSE_MIN_COUNT && (body.totalTerms * 1000) / Math.max(body.bodyChars, 1) >= DENSE_PER_THOUSAND) {
    score += WEIGHT.dense;
    reasons.push('dense');
  }
  if (body.levelOneHeadings >= NUMBERED_STRUCTURE) {
    score += WEIGHT.headings;
    reasons.push(`headings:${body.levelOneHeadings}`);
  }

  // Layer 3: rejections and penalties.
  if (templated) {
    score += WEIGHT.template;
    reasons.push(templateCopy.reason);
  }
  if (titleRejected) {
    score += WEIGHT.titleRejection;
    reasons.push(...titleRejections);
  }
  const dateline = headText(page, DATELINE_CHARS);
  const textRejections = HEAD_REJECTIONS.filter((p) =>
    p === academicBody ? p.test(`${gateHead}\n${tailText(page, GATE_CHARS)}`) : p.test(dateline),
  );
  const pageHead = `${headText(page, PAGE_HEAD_CHARS, ['body', 'chrome', 'outside'])}\n${gateHead}`;
  if (reportList.test(pageHead)) textRejections.push(reportList);
  if (textRejections.length > 0) score += WEIGHT.textRejection;
  // The annual account's opening says what the page is, as a report title does; like the title
  // bonus it is withheld when the page shows it is a look-alike, so the rejection weights keep
  // their calibration over a body full of report wording.
  const looksAlike = titleRejected || textRejections.length > 0;
  if (openingAccount && !looksAlike) {
    score += WEIGHT.accountOpening;
    reasons.push(accountOpening.reason);
  }
  if (!looksAlike && ruleOfLawAddressee.test(dateline)) {
    score += WEIGHT.addressee;
    reasons.push(ruleOfLawAddressee.reason);
  }
  for (const rejection of textRejections) if (!reasons.includes(rejection.reason)) reasons.push(rejection.reason);

  const confidence = round3(sigmoid(score));
  return { isReport: confidence >= 0.5, confidence, reasons };
}

import { endsHedgeLikeWord } from '../numbers/parse-number';

/**
 * Trimming a clause down to the thing it counts: "2022年全市共办理行政复议案件" → "办理行政复议案件".
 * Works on offsets into folded text so that the caller can show the same span of the original.
 */

/**
 * Words in front of the counted noun phrase that say when or how much, not what: dates (2019年以来,
 * 1-10月, 今年), jurisdiction-wide scope (全市, 各级, 市县两级: the mention keeps it as its scope) and
 * fillers (共, 累计, 先后). 共 is kept in 共同被告/共享…, where it belongs to the noun.
 */
const LEADING_FILLER =
  /^(?:\d{4}年度?(?:以来|至今)?|\d{4}[-~至]\d{4}年|\d{1,2}(?:[-~至]\d{1,2})?月(?:份|底|末)?|今年|去年|全年|年内|年初|年底|当年|[上下]半年|截至目前|截止目前|截至|截止|目前|至今|以来|一年来|近年来|同期|[我本](?:市|区|县|省|州)|共计|总计|累计|合计|共有|现有|先后|已经|此外|同时|另外|其中|共(?![同享建治商识性])|已|均|并|还|又|全市各级|全(?:国|自治区|市|区|县|省|州|盟|旗)|各级|(?:[省市区县乡镇]、?){1,3}[两三四]级|[省市区县州]?本级|[\s,、:;])+/;

/**
 * Words between the noun phrase and the number: verbs of amount (达到, 为, 共计), hedges (约, 近,
 * 超过), prepositions that introduce a number-first object (对46件信访事项) and 等/的. The look-behinds
 * keep 为/达 when they end a word (行为, 作为, 到达, 下达).
 */
const TRAILING_FILLER =
  /(?:共计|总计|累计|合计|共|达到|(?<![到下表传送])达|(?<![行作认成因])为|约|近|超过|逾|等|了|分别|均|已|对|向|给|将|把|于|的|[\s,、:;])+$/;

/**
 * The noun-phrase part of `folded[start, end)` as a span: leading and trailing fillers removed.
 * A trailing 约/近 that ends a word (村规民约, 节约, 最近) is not a hedge and stays, with all before it.
 */
export function trimLabel(folded: string, start: number, end: number): { start: number; end: number } {
  const span = folded.slice(start, end);
  const lead = LEADING_FILLER.exec(span)?.[0].length ?? 0;
  const rest = span.slice(lead);
  let trail = TRAILING_FILLER.exec(rest)?.[0].length ?? 0;
  for (let at = rest.length; at > rest.length - trail; at--) {
    if (!endsHedgeLikeWord(rest, at)) continue;
    trail = rest.length - at;
    break;
  }
  return { start: start + lead, end: Math.max(start + lead, end - trail) };
}

/**
 * Period words: which stretch of time a figure covers. Most figures of an annual report cover the
 * year reported on and say nothing (period null); the ones that say otherwise are the ones a
 * comparison must not take at face value: "2019年以来累计…", "1-10月…", "近三年…", "截至目前…",
 * "“十三五”期间…". Matched on folded text, the way scope words are (see scope.ts).
 */

const YEAR = '(?:19|20)\\d\\d';
const SMALL_COUNT = '[一二两三四五六七八九十\\d]{1,2}';
/**
 * Longest spellings first inside each alternative: 2019年以来 before 2019年, 1-10月 before 10月.
 * A month followed by a day (5月10日) dates an event, not a period, and is left out by the caller.
 */
const PERIOD_WORD = new RegExp(
  [
    `截[至止](?:目前|今年|${YEAR}年(?:\\d{1,2}月)?(?:底|末)?|\\d{1,2}月(?:底|末)?)`,
    `${YEAR}[-~至]${YEAR}年(?:间|度)?`,
    `(?:${YEAR}年|今年|去年)?\\d{1,2}[-~至]\\d{1,2}月(?:份)?`,
    `${YEAR}年度?(?:以来|至今|全年|上半年|下半年|[1-4一二三四]季度|前三季度)?`,
    '(?:今年|去年|当年)(?:以来|上半年|下半年)?',
    '全年|年内|上半年|下半年|一年来|近年来|多年来',
    `近${SMALL_COUNT}年(?:来|以来)?`,
    '“?十[一二三四五]五”?(?:期间|以来|时期)',
  ].join('|'),
  'g',
);

export interface PeriodWord {
  start: number;
  end: number;
  period: string;
}

/** Period words in `folded[start, end)`, in order. A month that a day follows (5月10日) is a date. */
export function findPeriodWords(folded: string, start: number, end: number): PeriodWord[] {
  const found: PeriodWord[] = [];
  const span = folded.slice(start, end);
  // exec on the shared global regex, not matchAll, which clones it per call (see findScopeWords).
  PERIOD_WORD.lastIndex = 0;
  for (let match = PERIOD_WORD.exec(span); match !== null; match = PERIOD_WORD.exec(span)) {
    const after = match.index + match[0].length;
    if (/^\d{1,2}月\d{1,2}日|^\d{1,2}日/.test(span.slice(after, after + 6))) continue;
    if (/\d$/.test(span.slice(0, match.index))) continue; // the tail of a longer number
    found.push({ start: start + match.index, end: start + after, period: match[0].replace(/[“”]/g, '') });
  }
  return found;
}

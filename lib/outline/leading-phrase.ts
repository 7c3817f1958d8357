import { charCodeSet } from '../text/char-codes';

/** Ends a sentence in folded text (。 stays, ！？ fold to ASCII). */
const SENTENCE_END = charCodeSet('。!?');
const SEMICOLON = ';'.charCodeAt(0);
/** Ends a clause: only consulted when the sentence is too long to be a title. */
const CLAUSE_END = charCodeSet(',: \t\u00a0');
/** Stripped from the end of a title: a heading line may close with 。 or ：, the title does not. */
const TRAILING_JUNK = charCodeSet('。.,;:、 \t\u00a0');

export interface PhraseRules {
  /** A first sentence up to this length is the phrase. */
  softMax: number;
  /** Never longer than this; also the longest one-sentence block taken whole. */
  hardMax: number;
  /** ； separates enumeration items ("…花名册；二是…") but only clauses inside a heading's sentence. */
  semicolonEndsSentence: boolean;
  /** A block that is a single sentence is its own heading, however long (up to hardMax). */
  wholeSingleSentenceBlock: boolean;
}

/**
 * Headings. The seeds' longest run-in/own-line titles are 37 characters ("八、以提升依法行政能力为
 * 目标，全面提高政府工作人员法治思维和依法行政的水平"), so 50 leaves room; paragraphs that merely
 * start with a marker and lost their full stops run far longer. A numbered paragraph that is one
 * sentence ("(四)政府机构改革后…化解任务较重;", 100 characters, a problem stated in full) is
 * the heading as a whole: nothing follows it that the title could swallow.
 */
export const HEADING_PHRASE: PhraseRules = { softMax: 50, hardMax: 120, semicolonEndsSentence: false, wholeSingleSentenceBlock: true };

/**
 * 一是 items: named by their first sentence, or by the first clause when that runs long. Items run
 * longer than headings ("三是继续完善依法行政制度体系，坚持严格规范公正文明执法，强化行政执法监督。")
 * and the first clause is what a reader scans for.
 */
export const ITEM_PHRASE: PhraseRules = { softMax: 30, hardMax: 60, semicolonEndsSentence: true, wholeSingleSentenceBlock: false };

export interface LeadingPhrase {
  /** Exclusive end of the phrase, before its closing punctuation and spacing. */
  end: number;
  /** True when the block goes on after the phrase (and its closing punctuation). */
  continues: boolean;
}

/**
 * The phrase a heading or an enumeration item is named by: the first sentence of the text at
 * `start`, up to the block end `limit`.
 *
 * A run-in heading is its paragraph's first sentence ("1.深入学习宣传贯彻习近平法治思想。市政府
 * 带头学法…"). When that sentence is longer than `softMax` (and is not the whole block, see
 * PhraseRules) the phrase stops at its first clause break (，：or a space standing in for lost
 * punctuation: "三是深入开展七五普法 探索…"); failing that at the sentence end if within `hardMax`,
 * else at `hardMax`. A colon is only a clause break: no seed heading ends at one, and
 * "主要表现在：" is prose.
 *
 * Reads at most `hardMax + 1` characters plus trailing punctuation, so callers stay linear.
 */
export function leadingPhrase(folded: string, start: number, limit: number, rules: PhraseRules): LeadingPhrase {
  const windowEnd = Math.min(limit, start + rules.hardMax + 1);
  let firstClauseEnd = -1;
  let sentenceEnd = -1;
  for (let i = start; i < windowEnd; i++) {
    const code = folded.charCodeAt(i);
    if (SENTENCE_END.has(code) || (code === SEMICOLON && rules.semicolonEndsSentence)) {
      sentenceEnd = i;
      break;
    }
    if (firstClauseEnd < 0 && i > start && CLAUSE_END.has(code)) firstClauseEnd = i;
  }
  if (sentenceEnd < 0 && windowEnd === limit) sentenceEnd = limit;
  if (sentenceEnd >= 0) {
    const sentence = finish(folded, start, sentenceEnd, limit);
    const takeWhole = sentenceEnd - start <= rules.softMax || (rules.wholeSingleSentenceBlock && !sentence.continues);
    if (takeWhole || firstClauseEnd < 0) return sentence;
  }
  if (firstClauseEnd >= 0) return finish(folded, start, firstClauseEnd, limit);
  return finish(folded, start, start + rules.hardMax, limit);
}

function finish(folded: string, start: number, stop: number, limit: number): LeadingPhrase {
  let end = stop;
  while (end > start && TRAILING_JUNK.has(folded.charCodeAt(end - 1))) end--;
  let next = stop;
  while (next < limit && TRAILING_JUNK.has(folded.charCodeAt(next))) next++;
  return { end, continues: next < limit };
}

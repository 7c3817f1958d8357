import { classifyMention, findDomainTerms, type DomainTerm } from '../indicators/indicator-patterns';
import type { Quantity } from '../numbers/types';
import type { PageText } from '../page-text/types';
import { charCodeSet } from '../text/char-codes';
import { trimLabel } from './label';
import { findScopeWords } from './scope';
import { findPeriodWords } from './period';
import type { SectionPlace } from './section-locator';
import type { Mention } from './types';

/**
 * Clause boundaries: a label never reaches back across one. 、 is one only between two figures.
 * Character codes, as all per-character loops here use (see char-codes.ts).
 */
const CLAUSE_BREAKS = charCodeSet(',;:。!?，；：！？');
/** Regexes find these faster than a character loop; global or sticky, so each use sets lastIndex. */
const SENTENCE_END = /[。!?！？]/g;
const BOOK_TITLE_MARK = /[《》]/g;
const BLANKS = /\s*/y;
/** Where the noun after a number-first figure ("9个规范性文件并…") stops. */
const FORWARD_STOPS = charCodeSet(',;:。!?，；：！？、(（)）');
/** Hedges and bounds a scanner may leave after the unit: they are not a noun. */
const FORWARD_HEDGE = /^(?:以上|左右|以内|以下|之多|上下)/;

/** Book titles (《…》) name documents; their words are not what a figure counts. */
const MASK = '□';
const MASK_CODE = MASK.charCodeAt(0);
const OPEN_PAREN = charCodeSet('(（');
const CLOSE_PAREN = charCodeSet(')）');
const ENUMERATION_COMMA = '、'.charCodeAt(0);
const CODE_QI = '其'.charCodeAt(0);
const CODE_ZHONG = '中'.charCodeAt(0);
const CODE_OPEN_BOOK = '《'.charCodeAt(0);

/** Bounds that keep the work per figure constant, whatever the paragraph length. */
const MAX_LOOKBACK = 40;
const MAX_FORWARD = 24;
/** A clause label this short (asides aside) without a domain noun ("受理", "参加人数") is a link in a chain. */
const SHORT_LABEL = 6;
/**
 * Words by which a short label names an object of its own, so it does not borrow the chain's noun:
 * in "其中，行政规范性文件审查2件…镇村合同审查1077件，其他事项审查1件" the contracts and the "other
 * matters" are not normative documents. Bounded to objects reports count beside the domain nouns
 * (contracts, agreements, legal documents) and to 其他/其余, which by meaning excludes the noun
 * before. Generic heads (案件, 事项, 决定) are left out: 办结案件, 撤销决定 do continue the chain.
 */
const OWN_OBJECT = /合同|协议|文书|其他|其余/;

/** Longest `text` kept for a mention; longer sentences are cut to a window around the figure. */
const MAX_TEXT = 200;

interface Span {
  start: number;
  end: number;
}

/** The block with the contents of 《…》 masked, same length (an unclosed 《 masks nothing). */
function maskBookTitles(folded: string): string {
  let depth = 0;
  let openedAt = -1;
  const spans: Span[] = [];
  BOOK_TITLE_MARK.lastIndex = 0;
  for (let match = BOOK_TITLE_MARK.exec(folded); match !== null; match = BOOK_TITLE_MARK.exec(folded)) {
    const i = match.index;
    if (folded.charCodeAt(i) === CODE_OPEN_BOOK) {
      if (depth === 0) openedAt = i + 1;
      depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0) spans.push({ start: openedAt, end: i });
    }
  }
  if (spans.length === 0) return folded;
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += folded.slice(at, span.start) + MASK.repeat(span.end - span.start);
    at = span.end;
  }
  return out + folded.slice(at);
}

function splitSentences(text: string): Span[] {
  const sentences: Span[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match !== null; match = SENTENCE_END.exec(text)) {
    sentences.push({ start, end: match.index + 1 });
    start = match.index + 1;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences;
}

/**
 * Start of the clause a figure belongs to: the character after the nearest clause break, after an
 * unclosed parenthesis, after a 其中, or after a 、 that closes the previous figure or its noun ("审查规范性文件29份、合同文本30份",
 * "23名法学专家、463名律师"). A 、 between words ("废止、修改行政规范性文件15件") joins them into one label.
 */
function clauseStart(text: string, at: number, floor: number, previous: { end: number; nounEnd: number } | null): number {
  const limit = Math.max(floor, previous?.end ?? floor, at - MAX_LOOKBACK);
  let closed = 0;
  for (let i = at - 1; i >= limit; i--) {
    const code = text.charCodeAt(i);
    if (CLAUSE_BREAKS.has(code)) return i + 1;
    if (CLOSE_PAREN.has(code)) closed++;
    if (OPEN_PAREN.has(code)) {
      // An unclosed parenthesis opens an aside ("(含上年结转15件)"); a closed one is part of a name ("镇村(社区)调委会").
      if (closed === 0) return i + 1;
      closed--;
    }
    if (code === ENUMERATION_COMMA && (i === previous?.end || i === previous?.nounEnd)) return i + 1;
    if (code === CODE_ZHONG && i - 1 >= limit && text.charCodeAt(i - 1) === CODE_QI) return i + 1;
  }
  return limit;
}

/**
 * End of the subject clause from `from`: the first clause with more than a date or filler in it
 * ("2022年，全市…" → the 全市 clause). A scope word there covers the whole sentence: "全市各级行政复议
 * 机关共收到…1719件，受理1541件". Scope words in later clauses are objects or asides
 * ("列席市政府常务会…60场，提出法律意见35条") and cover only their own clause.
 */
function subjectClauseEnd(text: string, from: number, end: number): number {
  let start = from;
  for (let i = from; i < end; i++) {
    if (!CLAUSE_BREAKS.has(text.charCodeAt(i))) continue;
    // A long clause is content; trimming it would only cost time.
    if (i - start > MAX_LOOKBACK) return i;
    const trimmed = trimLabel(text, start, i);
    if (trimmed.end > trimmed.start) return i;
    start = i + 1;
  }
  return end;
}

function lastWordIn<Word extends Span>(scopes: readonly Word[], from: number, to: number): Word | null {
  let last: Word | null = null;
  for (const scope of scopes) {
    if (scope.start >= to) break;
    if (scope.start >= from && scope.end <= to) last = scope;
  }
  return last;
}

/** The noun after a number-first figure (9个规范性文件, 对178家相关企业), if any. */
function forwardNoun(text: string, quantity: Quantity, end: number, nextStart: number): Span | null {
  if (quantity.unit === '' || quantity.unit === '%' || quantity.unit === '个百分点') return null;
  const from = quantity.end;
  if (from >= end || FORWARD_STOPS.has(text.charCodeAt(from)) || FORWARD_HEDGE.test(text.slice(from, from + 2))) return null;
  const limit = Math.min(end, nextStart, from + MAX_FORWARD);
  let to = from;
  while (to < limit && !FORWARD_STOPS.has(text.charCodeAt(to))) to++;
  const trimmed = trimLabel(text, from, to);
  return trimmed.end > trimmed.start ? trimmed : null;
}

/** A domain noun carried along a chain, at page offsets (a chain can reach into the previous sentence). */
type ChainNoun = DomainTerm;

/** One figure's clause, worked out before its label is assembled (a 、 list needs the next figure's). */
interface Clause {
  quantity: Quantity;
  start: number;
  back: Span;
  forward: Span | null;
  /** The figure before ended its noun with 、 right before this one: 23名法学专家、463名律师… */
  continuesList: boolean;
  /** Predicate words shared from the end of the list, for the figures before its last one. */
  shared: Span | null;
  /**
   * What the verb of the figure before says about this one, when nothing separates them:
   * 取消了县公安局等5个单位6项行政权力 — the 6项 were cancelled too. Read for classification only.
   */
  governedBy: Span | null;
}

/**
 * Mentions for the figures of one body block. `quantities` are scanned from
 * `page.folded.slice(blockStart, blockEnd)` (offsets relative to the block), in order.
 *
 * Per sentence, one pass over its figures with pointers into its domain nouns and scope words:
 * both only move forward, so the work is linear in the block. Sentences whose nouns cannot reach
 * a figure are skipped (see `sentencesNeedingNouns`): most sentences state none, and matching
 * domain nouns in all of them was a large share of the work on long pages.
 */
export function mentionsFromQuantities(
  page: PageText,
  blockStart: number,
  blockEnd: number,
  quantities: readonly Quantity[],
  locate: (offset: number) => SectionPlace,
): Mention[] {
  const text = maskBookTitles(page.folded.slice(blockStart, blockEnd));
  const display = (span: Span) => page.text.slice(blockStart + span.start, blockStart + span.end);
  const onPage = (term: DomainTerm): ChainNoun => ({ ...term, start: blockStart + term.start, end: blockStart + term.end });
  const mentions: Mention[] = [];
  const sentences = splitSentences(text);
  const needsNouns = sentencesNeedingNouns(text, sentences, quantities);
  let next = 0;
  // The last domain noun of the previous sentence: "…办理行政复议案件55件。其中，维持39件" continues it.
  let carried: ChainNoun | null = null;
  /** The first 其中 at or after the current sentence, or -1 when none is left in the block. */
  let nextQizhong = text.indexOf('其中');

  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    if (!needsNouns[index]) {
      carried = null; // nothing it carries reaches a figure
      continue;
    }
    const clauses: Clause[] = [];
    let previous: { end: number; nounEnd: number } | null = null;
    while (next < quantities.length && quantities[next]!.start < sentence.end) {
      const quantity = quantities[next++]!;
      if (quantity.start < sentence.start || quantity.end > sentence.end || text.charCodeAt(quantity.start) === MASK_CODE) continue;
      const start = clauseStart(text, quantity.start, sentence.start, previous);
      const forward = forwardNoun(text, quantity, sentence.end, quantities[next]?.start ?? sentence.end);
      // A list of number-first figures: the previous noun ends in 、 and this figure opens the next item.
      const continuesList = previous !== null && previous.nounEnd > previous.end && start === previous.nounEnd + 1;
      const back = trimLabel(text, start, quantity.start);
      const before = clauses[clauses.length - 1];
      const governedBy = before && previous && start === previous.end ? (before.governedBy ?? before.back) : null;
      clauses.push({ quantity, start, back, forward, continuesList, shared: null, governedBy });
      previous = { end: quantity.end, nounEnd: forward ? forward.end : quantity.end };
    }
    // The predicate after the last figure of a 、 list belongs to every figure in it.
    for (let i = clauses.length - 1; i > 0; i--) {
      const clause = clauses[i]!;
      if (clause.continuesList) clauses[i - 1]!.shared = clause.shared ?? clause.forward;
    }

    const domains = findDomainTerms(text, sentence.start, sentence.end);
    const lead = visibleStart(text, sentence);
    // A sentence that opens with 其中 breaks down the previous one; otherwise 其中 starts a breakdown mid-sentence.
    const continues = text.startsWith('其中', lead);
    const fallback: ChainNoun | null = continues ? carried : null;
    const last = domains[domains.length - 1];
    // What a 其中 sentence after this one continues.
    carried = last ? onPage(last) : fallback;
    if (clauses.length === 0) continue;

    const scopes = findScopeWords(text, sentence.start, sentence.end);
    const periods = findPeriodWords(text, sentence.start, sentence.end);
    const subjectEnd = subjectClauseEnd(text, sentence.start, sentence.end);
    const subjectPeriod = lastWordIn(periods, sentence.start, subjectEnd);
    // One forward search for 其中 per block, not one per sentence: a long block stays linear.
    if (nextQizhong !== -1 && nextQizhong < sentence.start) nextQizhong = text.indexOf('其中', sentence.start);
    const inside = nextQizhong !== -1 && nextQizhong + 2 <= sentence.end ? nextQizhong : -1;
    const breakdownFrom = continues ? lead + 2 : inside === -1 ? Infinity : inside + 2;
    const subjectScope = lastWordIn(scopes, sentence.start, subjectEnd);
    const breakdownScope = Number.isFinite(breakdownFrom)
      ? lastWordIn(scopes, breakdownFrom, subjectClauseEnd(text, breakdownFrom, sentence.end))
      : null;
    let domain = 0;
    let scope = 0;

    for (const { quantity, start, back, forward, continuesList, shared, governedBy } of clauses) {
      const parts = [back, forward, shared].filter((span): span is Span => span !== null && span.end > span.start);
      const clauseEnd = Math.max(quantity.start, ...parts.map((span) => span.end));

      while (domain < domains.length && domains[domain]!.end <= start) domain++;
      const ownDomain = domain < domains.length && domains[domain]!.start < clauseEnd;
      const ownLength = parts.reduce((sum, span) => sum + wordLength(text, span), 0);
      let chain: ChainNoun | null = null;
      if (!ownDomain && ownLength <= SHORT_LABEL && !parts.some((span) => OWN_OBJECT.test(text.slice(span.start, span.end)))) {
        const before = domains[domain - 1];
        chain = before ? onPage(before) : fallback;
      }

      const breakdown = quantity.start >= breakdownFrom;
      // Scope: stated in the figure's own clause, else in the subject clause of its sentence (or breakdown).
      while (scope < scopes.length && scopes[scope]!.end <= quantity.start) scope++;
      const nearest = scopes[scope - 1];
      const sentenceScope = breakdown ? breakdownScope : subjectScope;
      const stated =
        nearest && nearest.start >= start ? nearest.scope : sentenceScope && sentenceScope.end <= quantity.start ? sentenceScope.scope : null;

      // Period: stated in the figure's own clause, else in its sentence's subject clause.
      const ownPeriod = lastWordIn(periods, start, quantity.start);
      const period = ownPeriod ?? (subjectPeriod && subjectPeriod.end <= quantity.start ? subjectPeriod : null);

      const subject = joinWords(chain?.term ?? '', text, 0, governedBy ? [governedBy, ...parts] : parts);
      const label = joinWords(chain ? page.text.slice(chain.start, chain.end) : '', page.text, blockStart, parts);
      const place = locate(blockStart + quantity.start);
      mentions.push({
        key: classifyMention(subject, quantity.unit, quantity.change, place.area),
        label,
        value: quantity.value,
        unit: quantity.unit,
        approximate: quantity.approximate,
        change: quantity.change,
        scope: stated ?? (breakdown ? '其中' : null),
        period: period?.period ?? null,
        breakdown,
        continuesList,
        text: sentenceText(display, sentence, start, quantity.end),
        start: blockStart + quantity.start,
        end: blockStart + quantity.end,
        section: place.section,
        area: place.area,
      });
    }
  }
  return mentions;
}

/** Offset of the sentence's first non-blank character (its end when it is blank). */
function visibleStart(text: string, sentence: Span): number {
  BLANKS.lastIndex = sentence.start;
  BLANKS.exec(text);
  // Blanks never include a sentence end, so the run stops inside the sentence.
  return Math.min(BLANKS.lastIndex, sentence.end);
}

/**
 * Which sentences' domain nouns can end up in a label: those that state a figure, and those whose
 * last noun a following 其中 sentence carries on to its figures (…案件55件。其中，维持39件), however
 * many 其中 sentences the chain runs through. One backward pass; the rest need no noun search.
 */
function sentencesNeedingNouns(text: string, sentences: readonly Span[], quantities: readonly Quantity[]): boolean[] {
  const needed = sentences.map(() => false);
  // Sentences partition the block, so each figure starts in exactly one of them.
  let sentence = 0;
  for (const quantity of quantities) {
    while (sentence < sentences.length && sentences[sentence]!.end <= quantity.start) sentence++;
    if (sentence < sentences.length) needed[sentence] = true;
  }
  for (let i = sentences.length - 2; i >= 0; i--) {
    if (needed[i + 1] && text.startsWith('其中', visibleStart(text, sentences[i + 1]!))) needed[i] = true;
  }
  return needed;
}

/** `head` and the (non-empty) spans of `source`, shifted by `offset`, joined with spaces; an empty head is left out. */
function joinWords(head: string, source: string, offset: number, spans: readonly Span[]): string {
  let words = head;
  for (const span of spans) {
    const word = source.slice(offset + span.start, offset + span.end);
    words = words === '' ? word : `${words} ${word}`;
  }
  return words;
}

/** Characters of a label outside parenthetical asides: "纠错(含撤销、确认违法)" is as short as "纠错". */
function wordLength(text: string, span: Span): number {
  let length = 0;
  let depth = 0;
  for (let i = span.start; i < span.end; i++) {
    const code = text.charCodeAt(i);
    if (OPEN_PAREN.has(code)) depth++;
    else if (CLOSE_PAREN.has(code) && depth > 0) depth--;
    else if (depth === 0) length++;
  }
  return length;
}

/** The sentence that states a figure, trimmed; a window around the clause when the sentence is long. */
function sentenceText(display: (span: Span) => string, sentence: Span, clause: number, end: number): string {
  if (sentence.end - sentence.start <= MAX_TEXT) return display(sentence).trim();
  const from = Math.max(sentence.start, Math.min(clause, end - MAX_TEXT / 2));
  return display({ start: from, end: Math.min(sentence.end, from + MAX_TEXT) }).trim();
}

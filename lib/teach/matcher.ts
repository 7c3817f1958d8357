import type { MentionSummary } from '../messages/page-report';
import { isWideScope, scopeCompatible } from './scope';
import { bestSimilarity } from './similarity';
import { conceptOf, sameConcept } from './concept';
import { sameUnitFamily } from './units';
import { verbGroups, verbsConflict } from './verbs';
import type { UserIndicator } from './user-indicator';

/** Below this label similarity a mention is not taken for the taught figure (tuned on the seeds: tests/eval/teach-eval.ts). */
export const MATCH_THRESHOLD = 0.6;

/** What matching reads of a mention: the saved summary has it, so no page text is needed. */
export type MatchableMention = Pick<MentionSummary, 'label' | 'value' | 'unit' | 'scope' | 'change' | 'text' | 'start' | 'end' | 'approximate'>;

/** What a user indicator is matched by. */
export type Teaching = Pick<UserIndicator, 'phrases' | 'unit' | 'scope'>;

/**
 * How well a mention fits a teaching, or null when it cannot be that figure: a change (同比下降…)
 * is never a level, the unit must count the same kind of thing, the scope must fit, and the label
 * must read alike. For a taught whole, a named part ranks lower (NAMED_SCOPE_PENALTY).
 */
export function matchScore(teaching: Teaching, mention: MatchableMention, threshold = MATCH_THRESHOLD): number | null {
  if (mention.change !== null) return null;
  if (!sameUnitFamily(teaching.unit, mention.unit)) return null;
  if (!scopeCompatible(teaching.scope, mention.scope)) return null;
  const candidateVerbs = verbGroups(mention.label);
  const phrases = teaching.phrases.filter((phrase) => !verbsConflict(verbGroups(phrase), candidateVerbs));
  const label = labelWithoutScope(mention);
  const candidate = conceptOf(label);
  // A label that names the taught count in other words reads as alike as the concept floor.
  const wording = bestSimilarity(label, phrases);
  // Wording still ranks candidates of one concept, so the closest of them leads (no tie at the floor).
  const byConcept = phrases.some((phrase) => sameConcept(conceptOf(phrase), candidate)) ? CONCEPT_SIMILARITY + CONCEPT_WORDING_WEIGHT * wording : 0;
  const similarity = Math.max(wording, byConcept);
  if (similarity < threshold) return null;
  const namedPart = isWideScope(teaching.scope ?? null) && !isWideScope(mention.scope);
  return similarity - (namedPart ? NAMED_SCOPE_PENALTY : 0);
}

/** How alike two labels of one concept (concept.ts) count: above the threshold, below a close wording. */
export const CONCEPT_SIMILARITY = 0.7;
const CONCEPT_WORDING_WEIGHT = 0.2;

/**
 * For a taught jurisdiction-wide figure, a named part (市政府 351) ranks below the whole (全市各级
 * 1719) even when its label reads a little closer.
 */
const NAMED_SCOPE_PENALTY = 0.25;

/** The scope is matched on its own: 市政府收到行政复议申请 reads as 收到行政复议申请. */
function labelWithoutScope(mention: MatchableMention): string {
  const { label, scope } = mention;
  return scope && label.startsWith(scope) ? label.slice(scope.length) : label;
}

export interface RankedMention<M extends MatchableMention> {
  mention: M;
  score: number;
}

/** Every mention that fits, best first (earlier in the text on a tie: reports state totals first). */
export function rankMentions<M extends MatchableMention>(
  teaching: Teaching,
  mentions: readonly M[],
  threshold = MATCH_THRESHOLD,
): RankedMention<M>[] {
  const ranked: RankedMention<M>[] = [];
  for (const mention of mentions) {
    const score = matchScore(teaching, mention, threshold);
    if (score !== null) ranked.push({ mention, score });
  }
  return ranked.sort((a, b) => b.score - a.score || a.mention.start - b.mention.start);
}

/** How far the best candidate must lead a candidate of another value to be taken without the reader. */
export const AMBIGUITY_MARGIN = 0.05;

/**
 * The one figure a report gives for a teaching, or null — also when two different values fit
 * about equally well: precision first, the reader can still pick one (see candidates.ts).
 */
export function bestMention<M extends MatchableMention>(teaching: Teaching, mentions: readonly M[]): RankedMention<M> | null {
  const [best, ...rest] = rankMentions(teaching, mentions);
  if (!best) return null;
  const rival = rest.find((other) => other.mention.value !== best.mention.value);
  return rival && best.score - rival.score < AMBIGUITY_MARGIN ? null : best;
}

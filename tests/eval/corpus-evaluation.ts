/**
 * Scores the engine on the evaluation corpus (tests/corpus): the shared scores of evaluate.ts
 * plus figure recall and label agreement, which only the corpus gold (every figure, with its
 * phrase) can measure.
 */
import { extractReport } from '../../lib/extract/extract-report';
import type { Mention } from '../../lib/mentions/types';
import { pageTextFromPlainText } from '../../lib/page-text/from-plain-text';
import { foldText } from '../../lib/text/fold';
import type { CorpusPage, GoldFigure } from '../corpus/load-corpus';
import { scorePages, type Evaluation, type ScoredPage } from './evaluate';

export interface FigureScore {
  /** Gold figures whose value + unit the engine found inside the figure's phrase. */
  found: number;
  total: number;
  /** Of the found figures, those whose engine label agrees with the gold label (info only). */
  labelsAgreeing: number;
  missed: string[];
  /**
   * Engine mentions on pages whose gold lists figures, and those that match no gold figure (a
   * highlight and a clip on something the gold does not call a figure: a date, an ordinal, a slogan).
   */
  mentions: number;
  extras: string[];
}

export interface CorpusEvaluation {
  evaluation: Evaluation;
  figures: FigureScore;
  reports: number;
  negatives: number;
}

/** Labels agree when one contains the other once folded and stripped of spaces. */
function labelsAgree(gold: string, engine: string): boolean {
  const a = foldText(gold).replace(/\s+/g, '');
  const b = foldText(engine).replace(/\s+/g, '');
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
}

/**
 * Matches gold figures to engine mentions. A figure is found when a mention with its value and
 * unit has [start, end) inside the occurrence of the figure's phrase in `pageText` (the engine's
 * text, where whitespace runs are collapsed to one space, so the phrase is looked up that way).
 */
export function matchFigures(figures: GoldFigure[], pageText: string, mentions: Mention[], name = ''): FigureScore {
  const score: FigureScore = { found: 0, total: figures.length, labelsAgreeing: 0, missed: [], mentions: 0, extras: [] };
  const matched = new Set<Mention>();
  for (const figure of figures) {
    const phrase = figure.phrase.replace(/\s+/g, ' ').trim();
    const at = pageText.indexOf(phrase);
    const hit =
      at < 0
        ? undefined
        : mentions.find((m) => !matched.has(m) && m.start >= at && m.end <= at + phrase.length && m.value === figure.value && m.unit === figure.unit);
    if (!hit) {
      score.missed.push(`${name} figure ${figure.value}${figure.unit} «${figure.phrase}»${at < 0 ? ' (phrase not in page text)' : ''}`);
      continue;
    }
    score.found++;
    matched.add(hit);
    if (labelsAgree(figure.label, hit.label)) score.labelsAgreeing++;
  }
  // Gold without figures is a page nobody transcribed figures for (the previous holdout): no precision there.
  if (figures.length > 0) {
    score.mentions = mentions.length;
    for (const m of mentions) if (!matched.has(m)) score.extras.push(`${name} extra ${m.value}${m.unit} «${m.text.slice(0, 60)}»`);
  }
  return score;
}

export function runCorpusEvaluation(pages: CorpusPage[]): CorpusEvaluation {
  const figures: FigureScore = { found: 0, total: 0, labelsAgreeing: 0, missed: [], mentions: 0, extras: [] };
  const scored: ScoredPage[] = pages.map(({ entry, text, gold }) => {
    const page = pageTextFromPlainText(text, { url: entry.url });
    const result = extractReport(page);
    if (gold) {
      const one = matchFigures(gold.figures, page.text, result.mentions, entry.id);
      figures.found += one.found;
      figures.total += one.total;
      figures.labelsAgreeing += one.labelsAgreeing;
      figures.missed.push(...one.missed);
      figures.mentions += one.mentions;
      figures.extras.push(...one.extras);
    }
    return { name: entry.id, kind: entry.kind, result, gold };
  });
  return {
    evaluation: scorePages(scored),
    figures,
    reports: pages.filter((p) => p.entry.kind === 'report').length,
    negatives: pages.filter((p) => p.entry.kind === 'negative').length,
  };
}

import { z } from 'zod';
import { similarity } from '../anchoring/text-anchor';
import { pageAt } from './paged-page-text';
import { readerTargetProblem, type ReaderTarget } from './reader-path';
import type { PageSpan } from './types';

/** A reader link's target as the reader page reads it from its address: checked by the rules that built it. */
const readerTargetSchema = z
  .object({
    url: z.string().optional(),
    report: z.number().optional(),
    page: z.number().optional(),
    quote: z.string().optional(),
  })
  .refine((target) => readerTargetProblem(target) === null, 'not a reader link');

/** The target a reader page's query string names, or null when it names none (the reader then offers its file picker). */
export function parseReaderQuery(search: string): ReaderTarget | null {
  const query = new URLSearchParams(search);
  const number = (name: string) => (query.has(name) ? Number(query.get(name)) : undefined);
  const parsed = readerTargetSchema.safeParse({
    url: query.get('url') ?? undefined,
    report: number('report'),
    page: number('page'),
    quote: query.get('quote') ?? undefined,
  });
  return parsed.success ? parsed.data : null;
}

/** Where a reader link's quote is in the report's text. */
export interface TargetMatch {
  start: number;
  end: number;
  /** The printed page it is on; null for a text without pages. */
  page: number | null;
}

/** Occurrences looked at per search: a quote printed more often than this is found among the first ones. */
const MAX_OCCURRENCES = 200;
/** How alike a changed sentence must still read (1 − normalised edit distance) to be the one the link meant. */
const MIN_CHANGED_SIMILARITY = 0.8;

/**
 * Finds the sentence a reader link quotes in the report's `text`: verbatim first (the occurrence
 * nearest the link's page when the sentence is printed more than once), else a sentence that
 * still reads almost the same, found by either half of the quote (a report re-read with one
 * figure corrected). Null when neither holds: the reader says the sentence is gone (an orphan)
 * rather than highlight something else.
 */
export function findReaderTarget(text: string, pageMap: readonly PageSpan[], target: Pick<ReaderTarget, 'page' | 'quote'>): TargetMatch | null {
  const quote = target.quote;
  if (!quote) return null;
  const hint = target.page === undefined ? 0 : (pageMap.find((span) => span.page === target.page)?.start ?? 0);
  const nearest = (starts: number[]) => starts.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint))[0];
  const at = (start: number) => ({ start, end: start + quote.length, page: pageAt(pageMap, start) });

  const exact = nearest(occurrences(text, quote));
  if (exact !== undefined) return at(exact);
  const half = Math.floor(quote.length / 2);
  if (half === 0) return null;
  const starts = [...occurrences(text, quote.slice(0, half)), ...occurrences(text, quote.slice(half)).map((start) => start - half)].filter(
    (start) => start >= 0 && start + quote.length <= text.length,
  );
  const alike = starts.filter((start) => similarity(text.slice(start, start + quote.length), quote) >= MIN_CHANGED_SIMILARITY);
  const changed = nearest(alike);
  return changed === undefined ? null : at(changed);
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1 && found.length < MAX_OCCURRENCES; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

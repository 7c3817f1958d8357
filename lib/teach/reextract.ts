import { extractReport } from '../extract/extract-report';
import type { MentionSummary, IndicatorFigures, HeadingSummary } from '../messages/page-report';
import { toPageReport } from '../messages/to-page-report';
import type { KeptPageText } from '../db/saved-text';
import { foldText } from '../text/fold';

export interface Reading {
  mentions: MentionSummary[];
  indicators: IndicatorFigures;
  headings: HeadingSummary[];
}

/**
 * Runs the engine again on a kept page text, as the page's content script would have: the same
 * engine, the same caps. Null when the engine no longer takes the text for a report (the saved
 * reading is then kept as it was: the reader saved it as one).
 */
export function readKeptText(url: string, kept: KeptPageText): Reading | null {
  const extraction = extractReport({ ...kept, folded: foldText(kept.text) });
  if (!extraction.detection.isReport) return null;
  const { mentions, indicators, headings } = toPageReport(url, extraction);
  return { mentions, indicators, headings };
}

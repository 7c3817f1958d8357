import type { Detection } from '../detect/types';
import { detectReport } from '../detect/detect-report';
import type { ReportMeta } from '../metadata/types';
import { extractMetadata } from '../metadata/extract-metadata';
import type { Outline } from '../outline/types';
import { extractOutline } from '../outline/extract-outline';
import type { Mention } from '../mentions/types';
import { extractMentions } from '../mentions/extract-mentions';
import { pickIndicators, type IndicatorValues } from '../indicators/pick-indicators';
import type { PageText } from '../page-text/types';
import { bodyTextHash } from '../text/hash';

export interface ReportExtraction {
  detection: Detection;
  meta: ReportMeta;
  outline: Outline;
  mentions: Mention[];
  indicators: IndicatorValues;
  /** Hash of the folded body text: the same report reposted on another site hashes alike. */
  textHash: string;
}

/**
 * The whole engine on one page. Detection runs first and is cheap; a page that is not a
 * report stops there, so the content script bails out fast on the rest of a gov site.
 */
export function extractReport(page: PageText): ReportExtraction {
  const detection = detectReport(page);
  if (!detection.isReport) {
    return {
      detection,
      meta: extractMetadata(page, { sections: [], items: [] }),
      outline: { sections: [], items: [] },
      mentions: [],
      indicators: {},
      textHash: '',
    };
  }
  const outline = extractOutline(page);
  const mentions = extractMentions(page, outline);
  const meta = extractMetadata(page, outline);
  return {
    detection,
    meta,
    outline,
    mentions,
    indicators: pickIndicators(mentions, meta.year),
    textHash: bodyTextHash(page),
  };
}

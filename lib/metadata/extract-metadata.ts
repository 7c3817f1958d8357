import type { Outline } from '../outline/types';
import type { PageText } from '../page-text/types';
import { isOnTime, readPublishedAt } from './dates';
import { readJurisdiction } from './jurisdiction';
import { readPublisher } from './publisher';
import { missingParts } from '../evidence/required-parts';
import { rankedTitles, readTitle } from './title';
import type { ReportMeta } from './types';
import { readYearCovered } from './year';

/**
 * Report metadata from one page: jurisdiction and level, year covered, title, publisher,
 * publication date, whether it was published on time, and the required parts it lacks.
 * Matching runs on `page.folded`, values are returned as displayed (`page.text`, meta strings).
 * Each field family lives in its own module; this only wires them. Runs on every page the
 * engine sees (reports or not), so every reader is linear and bounded; never throws.
 */
export function extractMetadata(page: PageText, outline: Outline): ReportMeta {
  const titles = rankedTitles(page);
  const { jurisdiction, level } = readJurisdiction(page, titles);
  const year = readYearCovered(page, titles);
  const publishedAt = readPublishedAt(page);
  return {
    jurisdiction,
    level,
    year,
    title: readTitle(titles),
    publisher: readPublisher(page),
    publishedAt,
    onTime: isOnTime(publishedAt, year),
    missingParts: missingParts(page, outline, year),
  };
}

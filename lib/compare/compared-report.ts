import type { SavedReport } from '../db/saved-report';
import type { ComparedReport } from './build-comparison';

/**
 * A saved record as the comparison reads it (ids become strings: columns are keyed by them),
 * with what the reader taught for it (popup/getTeachings).
 */
export function toComparedReport(report: SavedReport, taught?: ComparedReport['taught']): ComparedReport {
  return {
    id: String(report.id),
    url: report.url,
    jurisdiction: report.jurisdiction,
    year: report.year,
    title: report.title,
    indicators: report.indicators,
    ...(taught ? { taught } : {}),
  };
}

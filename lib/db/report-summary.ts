import type { SavedReport } from './saved-report';

/**
 * A saved report as the collection list shows it: everything the list searches, facets and
 * prints, nothing it does not (no figures, outline or mentions), so 1,000 of them cross from the
 * background to the popup in one small message.
 */
export interface ReportSummary {
  id: number;
  url: string;
  title: string | null;
  jurisdiction: string | null;
  level: SavedReport['level'];
  year: number | null;
  province: string | null;
  publishedAt: string | null;
  savedAt: number;
  onTime: boolean | null;
  missingParts: string[];
  mentionCount: number;
  indicatorCount: number;
  tags: string[];
  seenAt: string[];
  /** False for reports saved before texts were kept: they cannot be read again (re-extraction skips them). */
  hasText: boolean;
}

export function toReportSummary(report: SavedReport): ReportSummary {
  return {
    id: report.id!,
    url: report.url,
    title: report.title,
    jurisdiction: report.jurisdiction,
    level: report.level,
    year: report.year,
    province: report.province,
    publishedAt: report.publishedAt,
    savedAt: report.savedAt,
    onTime: report.meta.onTime,
    missingParts: report.meta.missingParts,
    mentionCount: report.mentionCount,
    indicatorCount: Object.keys(report.indicators).length,
    tags: report.tags,
    seenAt: report.seenAt,
    hasText: report.hasText,
  };
}

export type JurisdictionLevel = 'province' | 'city' | 'district' | 'county' | 'department' | 'unknown';

export interface ReportMeta {
  jurisdiction: string | null;
  level: JurisdictionLevel;
  /** Year covered, not year published. */
  year: number | null;
  title: string | null;
  publisher: string | null;
  /** ISO date, yyyy-mm-dd. */
  publishedAt: string | null;
  /** Published before 1 April of the year after `year`; null when either date is unknown. */
  onTime: boolean | null;
  /** Required parts (督察工作规定) not found: keys of REQUIRED_PARTS in lib/metadata/required-parts.ts. */
  missingParts: string[];
}

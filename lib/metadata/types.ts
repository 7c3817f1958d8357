/**
 * Levels from the top down (the order facets list them in). 乡/镇/街道 are township; county-level
 * cities and 旗 are county; development zones and 新区 are district; ministries, 厅, 局 and 委 are
 * department.
 */
export const JURISDICTION_LEVELS = ['province', 'city', 'district', 'county', 'township', 'department', 'unknown'] as const;
export type JurisdictionLevel = (typeof JURISDICTION_LEVELS)[number];

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
  /** Required parts (督察工作规定) not found: keys of REQUIRED_PARTS in lib/evidence/required-parts.ts. */
  missingParts: string[];
}

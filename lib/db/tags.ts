import type { ReportLensDb } from './report-lens-db';
import { putReport } from './reports';
import { tagNameSchema } from './saved-report';

/**
 * Adds or removes one tag on a report, keeping the tag in the tags table (so it stays offered
 * after its last report loses it). Tags are trimmed; adding one twice is a no-op. Returns the
 * report's tags, or null when the report is gone.
 */
export async function tagReport(db: ReportLensDb, id: number, rawTag: string, on: boolean, now: number): Promise<string[] | null> {
  const tag = tagNameSchema.parse(rawTag);
  return db.transaction('rw', db.reports, db.cards, db.tags, async () => {
    const report = await db.reports.get(id);
    if (!report) return null;
    const tags = on ? [...new Set([...report.tags, tag])] : report.tags.filter((t) => t !== tag);
    await putReport(db, { ...report, tags });
    if (on && !(await db.tags.get(tag))) await db.tags.put({ name: tag, createdAt: now });
    return tags;
  });
}

/** Every tag name, in the order Chinese readers expect (pinyin collation). */
export async function listTagNames(db: ReportLensDb): Promise<string[]> {
  const names = (await db.tags.toCollection().primaryKeys()) as string[];
  return names.sort((a, b) => a.localeCompare(b, 'zh'));
}

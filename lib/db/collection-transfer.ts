import {
  COLLECTION_FORMAT,
  COLLECTION_SCHEMA_VERSION,
  type CollectionJson,
  type ExportedReport,
} from '../export/collection-json';
import { findMatches, writeReport } from './reports';
import type { ReportLensDb } from './report-lens-db';
import { savedClipSchema, type SavedClip } from './saved-clip';
import type { SavedReport, StoredMention } from './saved-report';

/**
 * The whole collection as the versioned JSON format (lib/export/collection-json.ts), read in one
 * transaction so the file is a consistent snapshot: reports by id, each with its mentions in
 * reading order, clips by id, tags by name.
 */
export async function exportCollection(db: ReportLensDb, now: number): Promise<CollectionJson> {
  return db.transaction('r', db.reports, db.mentions, db.clips, db.tags, async () => {
    const [reports, mentions, clips, tags] = await Promise.all([
      db.reports.orderBy('id').toArray(),
      db.mentions.toArray(),
      db.clips.orderBy('id').toArray(),
      db.tags.orderBy('name').toArray(),
    ]);
    const byReport = new Map<number, StoredMention[]>();
    for (const mention of mentions) byReport.set(mention.reportId, [...(byReport.get(mention.reportId) ?? []), mention]);
    return {
      format: COLLECTION_FORMAT,
      schemaVersion: COLLECTION_SCHEMA_VERSION,
      exportedAt: new Date(now).toISOString(),
      // Ids first, whatever order the record's keys were written in: the same database always
      // gives the same file.
      reports: reports.map((report) => ({
        id: report.id!,
        ...report,
        mentions: (byReport.get(report.id!) ?? [])
          .sort((a, b) => a.order - b.order)
          .map(({ reportId: _reportId, order: _order, ...mention }) => ({ id: mention.id, ...mention })),
      })),
      clips: clips.map((clip) => ({ id: clip.id!, ...clip })),
      tags,
    };
  });
}

export interface ImportSummary {
  reportsAdded: number;
  /** Reports already in the collection (same address or same text): merged, not duplicated. */
  reportsMerged: number;
  clipsAdded: number;
  /** Clips already in the collection (same page, same text, same place). */
  clipsSkipped: number;
  tagsAdded: number;
}

/**
 * Merges a parsed collection file into the database in one transaction: any failure rolls the
 * whole import back, so a file is imported entirely or not at all. Reports de-duplicate the way
 * saving does (canonical URL, mirror address or text hash): the more recently saved reading
 * wins, tags and mirror addresses are united. Ids from the file are kept where free (importing
 * into an empty database gives back the exported one exactly), otherwise new ones are assigned
 * and the clips' links follow.
 */
export async function importCollection(db: ReportLensDb, data: CollectionJson, now: number): Promise<ImportSummary> {
  return db.transaction('rw', db.reports, db.mentions, db.clips, db.tags, db.cards, async () => {
    const summary: ImportSummary = { reportsAdded: 0, reportsMerged: 0, clipsAdded: 0, clipsSkipped: 0, tagsAdded: 0 };
    const reportIds = new Map<number, number>();
    for (const report of data.reports) {
      const { id, merged } = await importReport(db, report);
      reportIds.set(report.id, id);
      if (merged) summary.reportsMerged++;
      else summary.reportsAdded++;
    }
    for (const clip of data.clips) {
      if (await importClip(db, clip, clip.reportId === null ? null : reportIds.get(clip.reportId) ?? null)) summary.clipsAdded++;
      else summary.clipsSkipped++;
    }
    // Tags named by reports are tags too, even if the file's tag list forgot them.
    const createdAt = new Map(data.tags.map((tag) => [tag.name, tag.createdAt]));
    for (const name of data.reports.flatMap((report) => report.tags)) if (!createdAt.has(name)) createdAt.set(name, now);
    for (const [name, created] of createdAt) {
      if (await db.tags.get(name)) continue;
      await db.tags.add({ name, createdAt: created });
      summary.tagsAdded++;
    }
    return summary;
  });
}

async function importReport(db: ReportLensDb, exported: ExportedReport): Promise<{ id: number; merged: boolean }> {
  const { mentions, id: fileId, ...report } = exported;
  const ordered = mentions.map((mention, order) => ({ ...mention, order }));
  const [existing] = await findMatches(db, report.canonicalUrl, report.textHash);
  if (!existing) {
    const idFree = (await db.reports.get(fileId)) === undefined;
    const mentionIdsFree = await allFree(db, ordered.flatMap((m) => (m.id === undefined ? [] : [m.id])));
    const rows = mentionIdsFree ? ordered : ordered.map(({ id: _id, ...mention }) => mention);
    const id = await writeReport(db, idFree ? { ...report, id: fileId } : report, rows);
    return { id, merged: false };
  }
  const newer = report.savedAt > existing.savedAt;
  const primary: SavedReport = newer ? { ...report, id: existing.id } : existing;
  const seenAt = [...new Set([existing.canonicalUrl, ...existing.seenAt, report.canonicalUrl, ...report.seenAt])];
  const record: SavedReport = {
    ...primary,
    seenAt: seenAt.filter((url) => url !== primary.canonicalUrl).slice(0, 100),
    tags: [...new Set([...existing.tags, ...report.tags])].slice(0, 50),
  };
  const keptMentions = newer
    ? ordered.map(({ id: _id, ...mention }) => mention)
    : (await db.mentions.where('reportId').equals(existing.id!).sortBy('order')).map(({ reportId: _r, ...mention }) => mention);
  await writeReport(db, record, keptMentions);
  return { id: existing.id!, merged: true };
}

/** Adds a clip unless the same clip (page, text, place) is there; links an unlinked one. True when added. */
async function importClip(db: ReportLensDb, clip: SavedClip & { id: number }, reportId: number | null): Promise<boolean> {
  const same = await db.clips
    .where('canonicalUrl')
    .equals(clip.canonicalUrl)
    .filter((c) => c.anchor.exact === clip.anchor.exact && c.anchor.start === clip.anchor.start)
    .first();
  if (same) {
    if (same.reportId === null && reportId !== null) await db.clips.update(same.id!, { reportId });
    return false;
  }
  const idFree = (await db.clips.get(clip.id)) === undefined;
  const { id, ...rest } = clip;
  await db.clips.add(savedClipSchema.parse({ ...rest, reportId, ...(idFree ? { id } : {}) }));
  return true;
}

async function allFree(db: ReportLensDb, ids: number[]): Promise<boolean> {
  if (ids.length === 0) return true;
  return (await db.mentions.where('id').anyOf(ids).count()) === 0;
}

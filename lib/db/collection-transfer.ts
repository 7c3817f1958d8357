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
import type { StoredText } from './saved-text';
import type { Confirmation, UserIndicator } from '../teach/user-indicator';

/**
 * The whole collection as the versioned JSON format (lib/export/collection-json.ts), read in one
 * transaction so the file is a consistent snapshot: reports by id, each with its mentions in
 * reading order, clips by id, tags by name.
 */
export async function exportCollection(db: ReportLensDb, now: number): Promise<CollectionJson> {
  const tables = [db.reports, db.mentions, db.clips, db.tags, db.texts, db.userIndicators, db.confirmations];
  return db.transaction('r', tables, async () => {
    const [reports, mentions, clips, tags, texts, userIndicators, confirmations] = await Promise.all([
      db.reports.orderBy('id').toArray(),
      db.mentions.toArray(),
      db.clips.orderBy('id').toArray(),
      db.tags.orderBy('name').toArray(),
      db.texts.orderBy('reportId').toArray(),
      db.userIndicators.orderBy('id').toArray(),
      db.confirmations.orderBy('id').toArray(),
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
      texts: texts.map(({ reportId, ...text }) => ({ reportId, ...text })),
      userIndicators,
      confirmations: confirmations.map((confirmation) => ({ id: confirmation.id!, ...confirmation })),
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
  /** User indicators new to the collection (one of the same name is merged into, not duplicated). */
  userIndicatorsAdded: number;
  /** Confirmations written (a newer one already in the collection for the same cell is kept). */
  confirmationsAdded: number;
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
  const tables = [db.reports, db.mentions, db.clips, db.tags, db.cards, db.texts, db.userIndicators, db.confirmations];
  return db.transaction('rw', tables, async () => {
    const summary: ImportSummary = {
      reportsAdded: 0,
      reportsMerged: 0,
      clipsAdded: 0,
      clipsSkipped: 0,
      tagsAdded: 0,
      userIndicatorsAdded: 0,
      confirmationsAdded: 0,
    };
    const reportIds = new Map<number, number>();
    const texts = new Map(data.texts.map((text) => [text.reportId, text]));
    for (const report of data.reports) {
      const { id, merged } = await importReport(db, report, texts.get(report.id) ?? null);
      reportIds.set(report.id, id);
      if (merged) summary.reportsMerged++;
      else summary.reportsAdded++;
    }
    const indicatorIds = new Map<string, string>();
    for (const indicator of data.userIndicators) {
      const { id, added } = await importUserIndicator(db, indicator);
      indicatorIds.set(indicator.id, id);
      if (added) summary.userIndicatorsAdded++;
    }
    for (const confirmation of data.confirmations) {
      const reportId = reportIds.get(confirmation.reportId)!;
      const indicatorKey = indicatorIds.get(confirmation.indicatorKey) ?? confirmation.indicatorKey;
      if (await importConfirmation(db, { ...confirmation, reportId, indicatorKey })) summary.confirmationsAdded++;
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

async function importReport(
  db: ReportLensDb,
  exported: ExportedReport,
  text: StoredText | null,
): Promise<{ id: number; merged: boolean }> {
  const { mentions, id: fileId, ...fileReport } = exported;
  // A report's text travels with it; a file whose report claims a text it does not carry has none.
  const report = { ...fileReport, hasText: text !== null };
  const ordered = mentions.map((mention, order) => ({ ...mention, order }));
  const [existing] = await findMatches(db, report.canonicalUrl, report.textHash);
  if (!existing) {
    const idFree = (await db.reports.get(fileId)) === undefined;
    const mentionIdsFree = await allFree(db, ordered.flatMap((m) => (m.id === undefined ? [] : [m.id])));
    const rows = mentionIdsFree ? ordered : ordered.map(({ id: _id, ...mention }) => mention);
    const id = await writeReport(db, idFree ? { ...report, id: fileId } : report, rows);
    if (text) await db.texts.put({ ...text, reportId: id });
    return { id, merged: false };
  }
  if (text && !existing.hasText) await db.texts.put({ ...text, reportId: existing.id! });
  const newer = report.savedAt > existing.savedAt;
  const primary: SavedReport = newer ? { ...report, id: existing.id } : existing;
  const seenAt = [...new Set([existing.canonicalUrl, ...existing.seenAt, report.canonicalUrl, ...report.seenAt])];
  const record: SavedReport = {
    ...primary,
    hasText: existing.hasText || text !== null,
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

/**
 * Adds a user indicator, or merges it into the one already there with the same id or the same
 * name (phrases united): the reader's indicator is one row however often the file is imported.
 */
async function importUserIndicator(db: ReportLensDb, indicator: UserIndicator): Promise<{ id: string; added: boolean }> {
  const sameName = (other: UserIndicator) =>
    (indicator.nameZh !== undefined && other.nameZh === indicator.nameZh) || (indicator.nameEn !== undefined && other.nameEn === indicator.nameEn);
  const existing = (await db.userIndicators.get(indicator.id)) ?? (await db.userIndicators.filter(sameName).first());
  if (!existing) {
    await db.userIndicators.add(indicator);
    return { id: indicator.id, added: true };
  }
  const phrases = [...new Set([...existing.phrases, ...indicator.phrases])].slice(0, 50);
  await db.userIndicators.put({ ...existing, phrases });
  return { id: existing.id, added: false };
}

/** Writes a confirmation unless a newer one for the same cell is there. True when written. */
async function importConfirmation(db: ReportLensDb, confirmation: Confirmation & { id: number }): Promise<boolean> {
  const existing = await db.confirmations.where('[reportId+indicatorKey]').equals([confirmation.reportId, confirmation.indicatorKey]).first();
  if (existing && existing.confirmedAt >= confirmation.confirmedAt) return false;
  if (existing) await db.confirmations.delete(existing.id!);
  const { id, ...rest } = confirmation;
  const idFree = (await db.confirmations.get(id)) === undefined;
  await db.confirmations.add(idFree ? confirmation : rest);
  return true;
}

async function allFree(db: ReportLensDb, ids: number[]): Promise<boolean> {
  if (ids.length === 0) return true;
  return (await db.mentions.where('id').anyOf(ids).count()) === 0;
}

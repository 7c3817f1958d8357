import { canonicalReportUrl } from './canonical-url';
import type { ReportLensDb } from './report-lens-db';
import { savedClipSchema, type SavedClip } from './saved-clip';

/** What a content script sends for a new clip: the background fills in identity and time. */
export type ClipInput = Omit<SavedClip, 'id' | 'canonicalUrl' | 'reportId' | 'createdAt'>;

/**
 * Keeps a clip. A clip of the same text at the same place of the same page (a double click, or
 * the page clipped again after a reload) is the same clip: its label, note and figure are
 * updated and its id returned, so clipping never makes duplicates. The clip is linked to the
 * saved report of its page when there is one (also when the page is a repost of it).
 */
export async function addClip(db: ReportLensDb, input: ClipInput, createdAt: number): Promise<{ id: number; created: boolean }> {
  const canonicalUrl = canonicalReportUrl(input.url);
  return db.transaction('rw', db.clips, db.reports, async () => {
    // The page's report: saved from this address, or seen here as a repost of it.
    const report =
      (await db.reports.where('canonicalUrl').equals(canonicalUrl).first()) ??
      (await db.reports.where('seenAt').equals(canonicalUrl).first());
    const same = await db.clips
      .where('canonicalUrl')
      .equals(canonicalUrl)
      .filter((clip) => clip.anchor.exact === input.anchor.exact && clip.anchor.start === input.anchor.start)
      .first();
    const record = savedClipSchema.parse({
      ...input,
      canonicalUrl,
      reportId: report?.id ?? same?.reportId ?? null,
      createdAt: same?.createdAt ?? createdAt,
      ...(same ? { id: same.id } : {}),
    });
    const id = (await db.clips.put(record)) as number;
    return { id, created: same === undefined };
  });
}

/** The clips of one page (any decoration of its URL), or all clips; oldest first, in reading order of creation. */
export async function listClips(db: ReportLensDb, url?: string): Promise<SavedClip[]> {
  if (url === undefined) return db.clips.orderBy('createdAt').toArray();
  return db.clips.where('canonicalUrl').equals(canonicalReportUrl(url)).sortBy('createdAt');
}

/** The reader's label and note; false when the clip is gone. Other fields are the page's, not editable. */
export async function updateClip(db: ReportLensDb, id: number, patch: { label?: string; note?: string }): Promise<boolean> {
  return db.transaction('rw', db.clips, async () => {
    const clip = await db.clips.get(id);
    if (!clip) return false;
    await db.clips.put(savedClipSchema.parse({ ...clip, ...definedOnly(patch) }));
    return true;
  });
}

export async function deleteClip(db: ReportLensDb, id: number): Promise<boolean> {
  return db.transaction('rw', db.clips, async () => {
    const existed = (await db.clips.get(id)) !== undefined;
    await db.clips.delete(id);
    return existed;
  });
}

/** A clip by id, for checks that need its page before acting on it. */
export async function getClip(db: ReportLensDb, id: number): Promise<SavedClip | undefined> {
  return db.clips.get(id);
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}

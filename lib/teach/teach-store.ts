import type { ReportLensDb } from '../db/report-lens-db';
import { listMentions, writeReport } from '../db/reports';
import type { SavedReport, StoredMention } from '../db/saved-report';
import { INDICATORS, INDICATOR_KEYS, type IndicatorKey } from '../taxonomy/indicators';
import { locateFigure } from './figure-sentence';
import { isUserIndicatorId } from './indicator-names';
import { bestMention, rankMentions, type MatchableMention, type Teaching } from './matcher';
import { readKeptText } from './reextract';
import { TeachError } from './teach-error';
import {
  confirmationSchema,
  indicatorNameSchema,
  userIndicatorSchema,
  type AnyIndicatorKey,
  type Confirmation,
  type UserIndicator,
} from './user-indicator';

/** A figure as a comparison cell shows it, from a user indicator's match or the reader's confirmation. */
export interface TaughtFigure {
  value: number;
  unit: string;
  approximate: boolean;
  sentence: string;
  /** The reader confirmed it (or taught from it): it wins over what the engine finds. */
  confirmed: boolean;
}

export interface Teachings {
  userIndicators: UserIndicator[];
  /** Per report id: user indicators' figures and confirmed cells (canonical or user keys). */
  figures: Record<number, Record<string, TaughtFigure>>;
}

export interface NewIndicator {
  nameZh?: string;
  nameEn?: string;
  phrases: string[];
  unit: string;
  scope?: string;
}

/** The example a reader teaches from: a figure on a page. */
export type TeachExample = MatchableMention;

export const ALL_TEACH_TABLES = (db: ReportLensDb) => [db.reports, db.mentions, db.cards, db.texts, db.userIndicators, db.confirmations];

function cleanName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const trimmed = name.trim();
  return trimmed === '' ? undefined : indicatorNameSchema.parse(trimmed);
}

/** Refuses names no indicator may take: none at all, or one another indicator (canonical too) has. */
async function checkNames(db: ReportLensDb, names: { nameZh?: string; nameEn?: string }, except: string | null): Promise<void> {
  if (names.nameZh === undefined && names.nameEn === undefined) throw new TeachError('empty-name');
  const taken = (name: string | undefined, other: string | undefined) => name !== undefined && other !== undefined && name === other;
  for (const key of INDICATOR_KEYS) {
    if (taken(names.nameZh, INDICATORS[key].zh) || taken(names.nameEn, INDICATORS[key].en)) throw new TeachError('duplicate-name', key);
  }
  const clash = await db.userIndicators
    .filter((other) => other.id !== except && (taken(names.nameZh, other.nameZh) || taken(names.nameEn, other.nameEn)))
    .first();
  if (clash) throw new TeachError('duplicate-name', clash.id);
}

function newIndicatorId(now: number): string {
  return `user:${now.toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36).padStart(4, '0')}`;
}

/**
 * Creates a user indicator from one example figure. Refused (nothing written) without a name, with
 * a name already taken, or when the teaching would fit nothing: not its own example, not a figure
 * of any saved report. Saved reports with a kept text are read again first, so the new row fills
 * from the engine's current reading.
 */
export async function teachNewIndicator(
  db: ReportLensDb,
  input: NewIndicator,
  example: TeachExample | null,
  now: number,
): Promise<{ indicator: UserIndicator; filled: number }> {
  const names = { nameZh: cleanName(input.nameZh), nameEn: cleanName(input.nameEn) };
  const phrases = input.phrases.map((phrase) => phrase.trim()).filter(Boolean);
  return db.transaction('rw', ALL_TEACH_TABLES(db), async () => {
    await checkNames(db, names, null);
    // A figure the engine read no label for gives nothing to recognise it by elsewhere.
    if (phrases.length === 0) throw new TeachError('matches-nothing');
    const indicator = userIndicatorSchema.parse({
      id: newIndicatorId(now),
      ...stripUndefined(names),
      phrases,
      unit: input.unit,
      ...(input.scope ? { scope: input.scope } : {}),
      createdAt: now,
    });
    await reextractAll(db);
    const filled = await countFills(db, indicator);
    if (filled === 0 && !(example && bestMention(indicator, [example]))) throw new TeachError('matches-nothing');
    await db.userIndicators.add(indicator);
    return { indicator, filled };
  });
}

/** Teaches an existing user indicator one more phrasing. */
export async function addPhrase(db: ReportLensDb, id: string, phrase: string): Promise<UserIndicator> {
  return db.transaction('rw', db.userIndicators, async () => {
    const indicator = await db.userIndicators.get(id);
    if (!indicator) throw new TeachError('unknown-indicator', id);
    const phrases = [...new Set([...indicator.phrases, phrase.trim()])].filter(Boolean).slice(0, 50);
    const updated = userIndicatorSchema.parse({ ...indicator, phrases });
    await db.userIndicators.put(updated);
    return updated;
  });
}

export async function renameUserIndicator(db: ReportLensDb, id: string, names: { nameZh?: string; nameEn?: string }): Promise<UserIndicator> {
  const clean = { nameZh: cleanName(names.nameZh), nameEn: cleanName(names.nameEn) };
  return db.transaction('rw', db.userIndicators, async () => {
    const indicator = await db.userIndicators.get(id);
    if (!indicator) throw new TeachError('unknown-indicator', id);
    await checkNames(db, clean, id);
    const { nameZh: _zh, nameEn: _en, ...rest } = indicator;
    const renamed = userIndicatorSchema.parse({ ...rest, ...stripUndefined(clean) });
    await db.userIndicators.put(renamed);
    return renamed;
  });
}

/**
 * Folds `fromId` into `intoId`: phrases united, confirmations moved (where `intoId` has none for
 * that report already), `fromId` gone.
 */
export async function mergeUserIndicators(db: ReportLensDb, intoId: string, fromId: string): Promise<UserIndicator> {
  return db.transaction('rw', db.userIndicators, db.confirmations, async () => {
    const [into, from] = await Promise.all([db.userIndicators.get(intoId), db.userIndicators.get(fromId)]);
    if (!into || !from || intoId === fromId) throw new TeachError('unknown-indicator', !into ? intoId : fromId);
    const merged = userIndicatorSchema.parse({ ...into, phrases: [...new Set([...into.phrases, ...from.phrases])].slice(0, 50) });
    await db.userIndicators.put(merged);
    const taken = new Set((await db.confirmations.where('indicatorKey').equals(intoId).toArray()).map((c) => c.reportId));
    for (const confirmation of await db.confirmations.where('indicatorKey').equals(fromId).toArray()) {
      if (taken.has(confirmation.reportId)) await db.confirmations.delete(confirmation.id!);
      else await db.confirmations.update(confirmation.id!, { indicatorKey: intoId });
    }
    await db.userIndicators.delete(fromId);
    return merged;
  });
}

/** Removes a user indicator and the confirmations of its cells. False when it was not there. */
export async function deleteUserIndicator(db: ReportLensDb, id: string): Promise<boolean> {
  return db.transaction('rw', db.userIndicators, db.confirmations, async () => {
    if (!(await db.userIndicators.get(id))) return false;
    await db.confirmations.where('indicatorKey').equals(id).delete();
    await db.userIndicators.delete(id);
    return true;
  });
}

export async function listUserIndicators(db: ReportLensDb): Promise<UserIndicator[]> {
  return db.userIndicators.orderBy('createdAt').toArray();
}

/** The reader's word on one cell; replaces an earlier confirmation of the same cell. */
export async function confirmFigure(db: ReportLensDb, input: Omit<Confirmation, 'id'>): Promise<number> {
  const confirmation = confirmationSchema.parse(input);
  return db.transaction('rw', db.reports, db.userIndicators, db.confirmations, async () => {
    if (!(await db.reports.get(confirmation.reportId))) throw new TeachError('unknown-report', String(confirmation.reportId));
    if (isUserIndicatorId(confirmation.indicatorKey) && !(await db.userIndicators.get(confirmation.indicatorKey))) {
      throw new TeachError('unknown-indicator', confirmation.indicatorKey);
    }
    await db.confirmations.where('[reportId+indicatorKey]').equals([confirmation.reportId, confirmation.indicatorKey]).delete();
    return (await db.confirmations.add(confirmation)) as number;
  });
}

/**
 * What the comparison adds for these reports: every user indicator's figure found in each report's
 * mentions, then the reader's confirmations over them (and over canonical cells).
 */
export async function teachingsFor(db: ReportLensDb, reportIds: number[]): Promise<Teachings> {
  return db.transaction('r', db.mentions, db.userIndicators, db.confirmations, async () => {
    const userIndicators = await listUserIndicators(db);
    const confirmations = await db.confirmations.where('reportId').anyOf(reportIds).toArray();
    const figures: Teachings['figures'] = {};
    for (const reportId of reportIds) {
      const mentions = await listMentions(db, reportId);
      const cells: Record<string, TaughtFigure> = {};
      for (const indicator of userIndicators) {
        const best = bestMention(indicator, mentions);
        if (best) cells[indicator.id] = figureOf(best.mention, false);
      }
      for (const confirmation of confirmations.filter((c) => c.reportId === reportId)) {
        cells[confirmation.indicatorKey] = {
          value: confirmation.value,
          unit: confirmation.unit,
          approximate: false,
          sentence: confirmation.quote.exact,
          confirmed: true,
        };
      }
      figures[reportId] = cells;
    }
    return { userIndicators, figures };
  });
}

function figureOf(mention: MatchableMention, confirmed: boolean): TaughtFigure {
  return { value: mention.value, unit: mention.unit, approximate: mention.approximate, sentence: mention.text, confirmed };
}

/** One sentence of a saved report that may state the figure asked for. */
export interface Candidate {
  reportId: number;
  value: number;
  unit: string;
  label: string;
  sentence: string;
  /** The number and unit inside `sentence`. */
  highlight: { start: number; end: number } | null;
  /** The quote a confirmation of this candidate stores. */
  quote: Confirmation['quote'];
  score: number;
}

/** Candidates shown per report: enough to find the one, few enough to read. */
const CANDIDATES_PER_REPORT = 5;
/** Candidates shown from the whole collection at once (a figure card's "find in other reports"). */
const CANDIDATES_ELSEWHERE = 20;

/**
 * How an indicator is recognised when looking for it by hand: a user indicator by its teaching, a
 * canonical one by its name and the labels it was found under in the other saved reports.
 */
export async function teachingOf(db: ReportLensDb, key: AnyIndicatorKey): Promise<Teaching> {
  if (isUserIndicatorId(key)) {
    const indicator = await db.userIndicators.get(key);
    if (!indicator) throw new TeachError('unknown-indicator', key);
    return indicator;
  }
  const canonical = INDICATORS[key as IndicatorKey];
  const labels = (await db.mentions.where('key').equals(key).toArray()).map((m) => m.label);
  return { phrases: [...new Set([canonical.zh, ...labels])].slice(0, 50), unit: canonical.unit };
}

/**
 * Sentences of the given reports that may state the figure a teaching describes, best first, each
 * with the number's place so the UI can highlight it. Looser than filling a cell (every
 * compatible figure whose label reads at all alike): the reader decides.
 */
export async function findCandidates(db: ReportLensDb, teaching: Teaching, reportIds: number[]): Promise<Candidate[]> {
  const candidates: Candidate[] = [];
  for (const reportId of reportIds) {
    const report = await db.reports.get(reportId);
    if (!report) continue;
    const mentions = await listMentions(db, reportId);
    const text = report.hasText ? (await db.texts.get(reportId))?.text ?? null : null;
    for (const { mention, score } of rankMentions(teaching, mentions, CANDIDATE_THRESHOLD).slice(0, CANDIDATES_PER_REPORT)) {
      const located = locateFigure(mention, text);
      candidates.push({
        reportId,
        value: mention.value,
        unit: mention.unit,
        label: mention.label,
        sentence: located.sentence,
        highlight: located.highlight,
        quote: { exact: located.sentence, prefix: located.prefix, suffix: located.suffix, start: mention.start, end: mention.end },
        score,
      });
    }
  }
  return candidates.sort((a, b) => b.score - a.score);
}

/** Who a candidate's report is, for a list that shows candidates from many reports. */
export interface CandidateReport {
  id: number;
  jurisdiction: string | null;
  year: number | null;
}

/**
 * Candidates for one figure in every saved report but `except` (the page it is on), with who
 * each report is. The reports without a candidate are not listed.
 */
export async function findCandidatesElsewhere(
  db: ReportLensDb,
  teaching: Teaching,
  except: number | null,
): Promise<{ candidates: Candidate[]; reports: CandidateReport[] }> {
  const ids = (await db.reports.toCollection().primaryKeys()).filter((id) => id !== except) as number[];
  const candidates = (await findCandidates(db, teaching, ids)).slice(0, CANDIDATES_ELSEWHERE);
  const withCandidates = [...new Set(candidates.map((c) => c.reportId))];
  const reports = (await db.reports.bulkGet(withCandidates)).flatMap((report) =>
    report ? [{ id: report.id!, jurisdiction: report.jurisdiction, year: report.year }] : [],
  );
  return { candidates, reports };
}

/**
 * Confirms the figure a saved report states at [start, end) as an indicator, its value and
 * sentence taken from the report itself: the caller names a place, not a figure.
 */
export async function confirmStatedFigure(
  db: ReportLensDb,
  input: { reportId: number; indicatorKey: AnyIndicatorKey; start: number; end: number },
  now: number,
): Promise<number> {
  return db.transaction('rw', db.reports, db.mentions, db.texts, db.userIndicators, db.confirmations, async () => {
    const report = await db.reports.get(input.reportId);
    if (!report) throw new TeachError('unknown-report', String(input.reportId));
    const mention = (await listMentions(db, input.reportId)).find((m) => m.start === input.start && m.end === input.end);
    if (!mention) throw new TeachError('not-stated', `${input.start}-${input.end}`);
    const text = report.hasText ? (await db.texts.get(input.reportId))?.text ?? null : null;
    const located = locateFigure(mention, text);
    return confirmFigure(db, {
      reportId: input.reportId,
      indicatorKey: input.indicatorKey,
      value: mention.value,
      unit: mention.unit,
      quote: { exact: located.sentence, prefix: located.prefix, suffix: located.suffix, start: mention.start, end: mention.end },
      confirmedAt: now,
    });
  });
}

/** Looser than MATCH_THRESHOLD: candidates are offered, not filled. */
export const CANDIDATE_THRESHOLD = 0.2;

export interface ReextractSummary {
  reextracted: number;
  /** Saved before texts were kept: the saved reading stays; saving the page again gives it a text. */
  withoutText: number;
}

/**
 * Reads every saved report with a kept text again (mentions, canonical figures, outline), inside
 * the caller's transaction if there is one. Confirmations are separate rows: they survive.
 */
export async function reextractAll(db: ReportLensDb): Promise<ReextractSummary> {
  return db.transaction('rw', db.reports, db.mentions, db.cards, db.texts, async () => {
    const summary: ReextractSummary = { reextracted: 0, withoutText: 0 };
    for (const report of await db.reports.toArray()) {
      const kept = report.hasText ? await db.texts.get(report.id!) : undefined;
      if (!kept) {
        summary.withoutText++;
        continue;
      }
      const reading = readKeptText(report.url, kept);
      if (!reading) continue;
      await writeReport(db, withReading(report, reading), reading.mentions.map((mention, order) => ({ ...mention, order })));
      summary.reextracted++;
    }
    return summary;
  });
}

function withReading(report: SavedReport, reading: NonNullable<ReturnType<typeof readKeptText>>): SavedReport {
  return {
    ...report,
    indicators: reading.indicators,
    outline: reading.headings.map(({ level, marker, title, area }) => ({ level, marker, title, area })),
  };
}

/** Saved reports in which a teaching finds its figure. */
export async function countFills(db: ReportLensDb, teaching: Teaching): Promise<number> {
  const byReport = new Map<number, StoredMention[]>();
  for (const mention of await db.mentions.toArray()) byReport.set(mention.reportId, [...(byReport.get(mention.reportId) ?? []), mention]);
  let filled = 0;
  for (const mentions of byReport.values()) if (bestMention(teaching, mentions)) filled++;
  return filled;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

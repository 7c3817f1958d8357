import { findSavedReport } from '../../lib/db/reports';
import type { BackgroundMessage, BackgroundResponses } from '../../lib/messages/protocol';
import { TeachError } from '../../lib/teach/teach-error';
import { assertTeachableFigure } from '../../lib/teach/teach-example';
import {
  ALL_TEACH_TABLES,
  addPhrase,
  confirmFigure,
  confirmStatedFigure,
  countFills,
  deleteUserIndicator,
  findCandidates,
  findCandidatesElsewhere,
  listUserIndicators,
  mergeUserIndicators,
  reextractAll,
  renameUserIndicator,
  teachingOf,
  teachingsFor,
  teachNewIndicator,
} from '../../lib/teach/teach-store';
import { isUserIndicatorId } from '../../lib/teach/indicator-names';
import type { BackgroundDeps } from './handle-message';

export const TEACH_MESSAGE_TYPES = [
  'page/teach',
  'page/listUserIndicators',
  'page/findCandidates',
  'page/confirmCandidate',
  'popup/listUserIndicators',
  'popup/renameUserIndicator',
  'popup/mergeUserIndicators',
  'popup/deleteUserIndicator',
  'popup/getTeachings',
  'popup/findCandidates',
  'popup/confirmFigure',
  'popup/reextract',
] as const;

export type TeachMessage = Extract<BackgroundMessage, { type: (typeof TEACH_MESSAGE_TYPES)[number] }>;

/** Teach messages that write the database (their failures are write failures). */
export const TEACH_WRITES = [
  'page/teach',
  'page/confirmCandidate',
  'popup/renameUserIndicator',
  'popup/mergeUserIndicators',
  'popup/deleteUserIndicator',
  'popup/confirmFigure',
  'popup/reextract',
] as const;

export function isTeachMessage(message: BackgroundMessage): message is TeachMessage {
  return (TEACH_MESSAGE_TYPES as readonly string[]).includes(message.type);
}

/**
 * Teaching and confirmations (lib/teach). The caller has checked the message and its sender's
 * kind; a page message is about the sender's own page (checked by the caller too).
 */
export async function routeTeach(deps: BackgroundDeps, message: TeachMessage): Promise<BackgroundResponses[TeachMessage['type']]> {
  const { db } = deps;
  switch (message.type) {
    case 'page/teach':
      return teachFromPage(deps, message);
    case 'page/listUserIndicators':
      return { indicators: (await listUserIndicators(db)).map(({ id, nameZh, nameEn }) => ({ id, nameZh, nameEn })) };
    case 'page/findCandidates': {
      const own = await findSavedReport(db, message.url, message.textHash);
      const { label, unit, scope } = message.figure;
      return findCandidatesElsewhere(db, { phrases: [label], unit, ...(scope ? { scope } : {}) }, own?.id ?? null);
    }
    case 'page/confirmCandidate': {
      const { reportId, indicatorKey, start, end } = message;
      return { id: await confirmStatedFigure(db, { reportId, indicatorKey, start, end }, deps.now()) };
    }
    case 'popup/listUserIndicators':
      return { indicators: await listUserIndicators(db) };
    case 'popup/renameUserIndicator':
      return { indicator: await renameUserIndicator(db, message.id, { nameZh: message.nameZh, nameEn: message.nameEn }) };
    case 'popup/mergeUserIndicators':
      return { indicator: await mergeUserIndicators(db, message.into, message.from) };
    case 'popup/deleteUserIndicator':
      return { deleted: await deleteUserIndicator(db, message.id) };
    case 'popup/getTeachings':
      return teachingsFor(db, message.ids);
    case 'popup/findCandidates': {
      const { by } = message;
      const teaching =
        by.kind === 'key' ? await teachingOf(db, by.key) : { phrases: [by.label], unit: by.unit, ...(by.scope ? { scope: by.scope } : {}) };
      return { candidates: await findCandidates(db, teaching, message.reportIds) };
    }
    case 'popup/confirmFigure': {
      const { reportId, indicatorKey, value, unit, quote } = message;
      return { id: await confirmFigure(db, { reportId, indicatorKey, value, unit, quote, confirmedAt: deps.now() }) };
    }
    case 'popup/reextract':
      return reextractAll(db);
  }
}

/** One transaction: a refusal at any step (the confirmation included) leaves the database as it was. */
function teachFromPage(deps: BackgroundDeps, message: Extract<TeachMessage, { type: 'page/teach' }>): Promise<BackgroundResponses['page/teach']> {
  assertTeachableFigure(message.example);
  // The scope must itself be an async function awaiting the work: Dexie follows its transaction
  // through the awaits of that function only (handing back another function's promise commits early).
  return deps.db.transaction('rw', ALL_TEACH_TABLES(deps.db), async () => await teachInTransaction(deps, message));
}

async function teachInTransaction(deps: BackgroundDeps, message: Extract<TeachMessage, { type: 'page/teach' }>): Promise<BackgroundResponses['page/teach']> {
  const { db } = deps;
  const { example, target } = message;
  const saved = await findSavedReport(db, message.url, message.textHash);
  let indicatorKey: string;
  let filled: number;
  if (target.kind === 'new') {
    const scope = example.scope ?? undefined;
    const taught = await teachNewIndicator(
      db,
      { nameZh: target.nameZh, nameEn: target.nameEn, phrases: [example.label], unit: example.unit, ...(scope ? { scope } : {}) },
      example,
      deps.now(),
    );
    indicatorKey = taught.indicator.id;
    filled = taught.filled;
  } else if (isUserIndicatorId(target.key)) {
    const indicator = await addPhrase(db, target.key, example.label);
    indicatorKey = indicator.id;
    filled = await countFills(db, indicator);
  } else {
    if (!saved) throw new TeachError('not-saved');
    indicatorKey = target.key;
    filled = 0;
  }
  if (!saved) return { indicatorKey, filled, confirmed: false };
  await confirmFigure(db, {
    reportId: saved.id!,
    indicatorKey,
    value: example.value,
    unit: example.unit,
    quote: { exact: example.text, prefix: '', suffix: '', start: example.start, end: example.end },
    confirmedAt: deps.now(),
  });
  return { indicatorKey, filled, confirmed: true };
}

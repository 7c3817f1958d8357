import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { errorText } from '../../../components/error-text';
import type { MessageHandler } from '../../../entrypoints/background/handle-message';
import { ReportLensDb } from '../../../lib/db/report-lens-db';
import { listMentions, saveReport } from '../../../lib/db/reports';
import { ProtocolError } from '../../../lib/messages/client';
import type { AnyReply } from '../../../lib/messages/protocol';
import type { SenderInfo } from '../../../lib/messages/sender';
import type { Candidate } from '../../../lib/teach/teach-store';
import { seedPageReport } from '../teach/engine-reports';
import { testHandler } from './test-handler';

const LOCALES = join(import.meta.dirname, '..', '..', '..', 'public', '_locales');
const MESSAGES = {
  zh: JSON.parse(readFileSync(join(LOCALES, 'zh_CN', 'messages.json'), 'utf8')) as Record<string, { message: string }>,
  en: JSON.parse(readFileSync(join(LOCALES, 'en', 'messages.json'), 'utf8')) as Record<string, { message: string }>,
};

const JINJIANG = seedPageReport('000-jinjiang-2019');
const JIUJIANG = seedPageReport('001-jiujiang-2022');
const POPUP: SenderInfo = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const pageOf = (url: string, tab: number): SenderInfo => ({ id: fakeBrowser.runtime.id, url, tab: { id: tab } });
const ON_JINJIANG = pageOf(JINJIANG.url, 21);
const ON_JIUJIANG = pageOf(JIUJIANG.url, 22);

let db: ReportLensDb;
let handle: MessageHandler;
let count = 0;

beforeEach(() => {
  db = new ReportLensDb(`report-lens-teach-bad-${++count}`);
  handle = testHandler(db, () => 1_700_000_000_000 + count);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** Every table as JSON: a refused request must leave each byte of it as it was. */
async function dump(): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return JSON.stringify(tables);
}

/** Jinjiang saved (with its text); Jiujiang open in a tab but not saved. */
async function saveJinjiang(): Promise<number> {
  return (await saveReport(db, JINJIANG, 1)).id;
}

/** A figure of the saved Jinjiang report as the page's engine read it, in page/teach's shape. */
async function jinjiangFigure(label: string) {
  const mention = (await listMentions(db, await saveJinjiang())).find((m) => m.label === label)!;
  const { value, unit, approximate, change, scope, text, start, end } = mention;
  return { label, value, unit, approximate, change, scope, text, start, end };
}

function teach(sender: SenderInfo, url: string, example: object, target: object) {
  return handle({ type: 'page/teach', url, textHash: '', example, target }, sender);
}

/** The reason of a refusal, after checking the refusal's words exist in both languages. */
function refusalReason(reply: AnyReply): string {
  if (reply.ok) throw new Error('the request was accepted');
  expect(reply.error).toBe('teach-rejected');
  const error = new ProtocolError(reply.error, reply.detail);
  const reason = (reply.detail ?? '').split(': ')[0]!;
  const key = `teachError${reason.replace(/(^|-)(\w)/g, (_, _dash, ch: string) => ch.toUpperCase())}`;
  for (const locale of ['zh', 'en'] as const) {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string) => MESSAGES[locale][name]?.message ?? '') as never);
    expect(MESSAGES[locale][key]?.message, `${locale} ${key}`).toBeTruthy();
    expect(errorText(error)).toBe(MESSAGES[locale][key]!.message);
  }
  return reason;
}

/** Sends each request, expects each refused for `reason`, and the database unchanged after all of them. */
async function expectRefusedUnchanged(reason: string, requests: Array<() => Promise<AnyReply>>): Promise<void> {
  const before = await dump();
  for (const request of requests) expect(refusalReason(await request())).toBe(reason);
  expect(await dump()).toBe(before);
}

describe('page/teach and the teach messages refuse bad input with a reason, changing nothing', () => {
  it('a selection with no number with a unit', async () => {
    const figure = await jinjiangFigure('办理行政复议案件');
    const words = '着力推进严格规范公正文明执法';
    await expectRefusedUnchanged('no-number', [
      // A passage of words the page sent as the selected "figure".
      () => teach(ON_JINJIANG, JINJIANG.url, { ...figure, label: words, text: words, value: 0, unit: '' }, { kind: 'new', nameZh: '执法' }),
      // A unit claimed over a sentence that states no number.
      () => teach(ON_JINJIANG, JINJIANG.url, { ...figure, text: words }, { kind: 'new', nameZh: '执法' }),
      // A bare number (130余万): nothing to count it in.
      () => teach(ON_JINJIANG, JINJIANG.url, { ...figure, unit: '' }, { kind: 'existing', key: 'reconsideration.accepted' }),
    ]);
  });

  it('an empty name', async () => {
    const figure = await jinjiangFigure('办理行政复议案件');
    await expectRefusedUnchanged('empty-name', [
      () => teach(ON_JINJIANG, JINJIANG.url, figure, { kind: 'new', nameZh: '   ', nameEn: '' }),
      () => teach(ON_JINJIANG, JINJIANG.url, figure, { kind: 'new' }),
    ]);
  });

  it('a name another indicator has, a canonical one included, on teaching and on renaming', async () => {
    const figure = await jinjiangFigure('办理行政复议案件');
    const taught = await teach(ON_JINJIANG, JINJIANG.url, figure, { kind: 'new', nameZh: '复议办案量', nameEn: 'Review caseload' });
    expect(taught, JSON.stringify(taught)).toMatchObject({ ok: true, data: { confirmed: true } });
    const other = await teach(ON_JINJIANG, JINJIANG.url, await jinjiangFigure('提出法律意见'), { kind: 'new', nameEn: 'Legal advisers' });
    if (!other.ok) throw new Error(`${other.error} ${other.detail}`);
    const otherId = (other.data as { indicatorKey: string }).indicatorKey;
    await expectRefusedUnchanged('duplicate-name', [
      () => teach(ON_JINJIANG, JINJIANG.url, figure, { kind: 'new', nameZh: '复议办案量' }),
      () => teach(ON_JINJIANG, JINJIANG.url, figure, { kind: 'new', nameZh: ' 复议办案量 ' }),
      () => teach(ON_JINJIANG, JINJIANG.url, figure, { kind: 'new', nameEn: 'Review caseload' }),
      // The taxonomy's own names are taken too.
      () => teach(ON_JINJIANG, JINJIANG.url, figure, { kind: 'new', nameZh: '行政复议受理' }),
      () => handle({ type: 'popup/renameUserIndicator', id: otherId, nameZh: '复议办案量' }, POPUP),
      () => handle({ type: 'popup/renameUserIndicator', id: otherId, nameZh: '行政复议受理' }, POPUP),
    ]);
  });

  it('a teaching that matches nothing: a change, not a level, found in no report', async () => {
    await saveJinjiang();
    const change = JIUJIANG.mentions.find((m) => m.change !== null)!;
    expect(change.text).toContain('较上年提高15%');
    const { key: _key, section: _section, ...example } = change;
    await expectRefusedUnchanged('matches-nothing', [
      () => teach(ON_JIUJIANG, JIUJIANG.url, example, { kind: 'new', nameZh: '应诉率增幅' }),
      // A figure the engine read no label for.
      () => teach(ON_JIUJIANG, JIUJIANG.url, { ...example, label: '', change: null }, { kind: 'new', nameZh: '无名' }),
    ]);
  });

  it('an indicator or a report that is not there', async () => {
    const figure = await jinjiangFigure('办理行政复议案件');
    const quote = { exact: figure.text, prefix: '', suffix: '', start: figure.start, end: figure.end };
    await expectRefusedUnchanged('unknown-indicator', [
      () => teach(ON_JINJIANG, JINJIANG.url, figure, { kind: 'existing', key: 'user:gone' }),
      () => handle({ type: 'popup/renameUserIndicator', id: 'user:gone', nameZh: '新名' }, POPUP),
      () => handle({ type: 'popup/mergeUserIndicators', into: 'user:gone', from: 'user:gone2' }, POPUP),
      () => handle({ type: 'popup/findCandidates', reportIds: [1], by: { kind: 'key', key: 'user:gone' } }, POPUP),
      () => handle({ type: 'popup/confirmFigure', reportId: 1, indicatorKey: 'user:gone', value: 55, unit: '件', quote }, POPUP),
    ]);
    await expectRefusedUnchanged('unknown-report', [
      () => handle({ type: 'popup/confirmFigure', reportId: 999, indicatorKey: 'reconsideration.accepted', value: 55, unit: '件', quote }, POPUP),
    ]);
  });

  it('confirming a figure as a canonical indicator on a page not saved', async () => {
    await saveJinjiang();
    const { key: _key, section: _section, ...example } = JIUJIANG.mentions.find((m) => m.unit === '件' && m.change === null)!;
    await expectRefusedUnchanged('not-saved', [
      () => teach(ON_JIUJIANG, JIUJIANG.url, example, { kind: 'existing', key: 'reconsideration.accepted' }),
    ]);
  });
});

describe('find in other reports from a page, and confirming a candidate', () => {
  it('offers the other saved reports’ sentences, never the sender’s own, and confirms a stated figure by its place', async () => {
    const jinjiang = await saveJinjiang();
    const jiujiang = (await saveReport(db, JIUJIANG, 2)).id;
    const figure = { label: '办理行政复议案件', unit: '件', scope: null };
    const found = await handle({ type: 'page/findCandidates', url: JINJIANG.url, textHash: JINJIANG.textHash, figure }, ON_JINJIANG);
    if (!found.ok) throw new Error(found.error);
    const { candidates, reports } = found.data as { candidates: Candidate[]; reports: { id: number; jurisdiction: string | null; year: number | null }[] };
    expect(new Set(candidates.map((c) => c.reportId))).toEqual(new Set([jiujiang]));
    expect(reports).toEqual([{ id: jiujiang, jurisdiction: '九江市', year: 2022 }]);
    const [best] = candidates;
    expect(best!.sentence.slice(best!.highlight!.start, best!.highlight!.end)).toBe('534件');
    // Another page's address is refused: a page asks about its own figures only.
    expect(await handle({ type: 'page/findCandidates', url: JIUJIANG.url, textHash: '', figure }, ON_JINJIANG)).toMatchObject({ ok: false, error: 'forbidden-sender' });

    const place = { reportId: jiujiang, indicatorKey: 'reconsideration.accepted', start: best!.quote.start, end: best!.quote.end };
    await expectRefusedUnchanged('not-stated', [
      () => handle({ type: 'page/confirmCandidate', ...place, start: place.start + 1 }, ON_JINJIANG),
    ]);
    await expectRefusedUnchanged('unknown-report', [() => handle({ type: 'page/confirmCandidate', ...place, reportId: 999 }, ON_JINJIANG)]);
    expect(await handle({ type: 'page/confirmCandidate', ...place }, ON_JINJIANG)).toMatchObject({ ok: true });
    const teachings = await handle({ type: 'popup/getTeachings', ids: [jiujiang, jinjiang] }, POPUP);
    expect(teachings).toMatchObject({ ok: true, data: { figures: { [jiujiang]: { 'reconsideration.accepted': { value: 534, confirmed: true } } } } });
  });
});

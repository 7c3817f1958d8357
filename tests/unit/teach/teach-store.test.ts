import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReportLensDb } from '../../../lib/db/report-lens-db';
import { listMentions, saveReport } from '../../../lib/db/reports';
import { TeachError } from '../../../lib/teach/teach-error';
import {
  confirmFigure,
  deleteUserIndicator,
  findCandidates,
  listUserIndicators,
  mergeUserIndicators,
  reextractAll,
  renameUserIndicator,
  teachingOf,
  teachingsFor,
  teachNewIndicator,
} from '../../../lib/teach/teach-store';
import { seedPageReport } from './engine-reports';

let db: ReportLensDb;
let count = 0;
beforeEach(() => {
  db = new ReportLensDb(`report-lens-teach-${++count}`);
});
afterEach(async () => {
  await db.delete();
});

/** Every table, to check that a refused request changed nothing. */
async function snapshot() {
  return Promise.all([db.reports, db.mentions, db.cards, db.texts, db.userIndicators, db.confirmations].map((t) => t.toArray()));
}

async function saveSeeds() {
  const jinjiang = await saveReport(db, seedPageReport('000-jinjiang-2019'), 1);
  const jiujiang = await saveReport(db, seedPageReport('001-jiujiang-2022'), 2);
  const xiamen = await saveReport(db, seedPageReport('003-xiamen-2021', { withText: false }), 3);
  return { jinjiang: jinjiang.id, jiujiang: jiujiang.id, xiamen: xiamen.id };
}

async function reconsiderationExample(reportId: number) {
  return (await listMentions(db, reportId)).find((m) => m.label === '办理行政复议案件')!;
}

describe('teaching a new indicator from one figure', () => {
  it('fills the other reports that state it, in the comparison data at once', async () => {
    const ids = await saveSeeds();
    const example = await reconsiderationExample(ids.jinjiang);
    const { indicator, filled } = await teachNewIndicator(
      db,
      { nameZh: '复议办案量', phrases: [example.label], unit: example.unit },
      example,
      10,
    );
    expect(indicator).toMatchObject({ nameZh: '复议办案量', phrases: ['办理行政复议案件'], unit: '件' });
    expect(indicator.id).toMatch(/^user:/);
    expect(filled).toBe(3);
    const { figures, userIndicators } = await teachingsFor(db, [ids.jinjiang, ids.jiujiang, ids.xiamen]);
    expect(userIndicators.map((u) => u.id)).toEqual([indicator.id]);
    expect(figures[ids.jinjiang]![indicator.id]).toMatchObject({ value: 55, confirmed: false });
    expect(figures[ids.jiujiang]![indicator.id]).toMatchObject({ value: 534, sentence: expect.stringContaining('534件') });
    // 厦门 words it as a chain (行政复议…受理1541件): another wording of the same count (concept.ts).
    expect(figures[ids.xiamen]![indicator.id]).toMatchObject({ value: 1541 });
  });

  it('refuses an empty or taken name and a teaching that fits nothing, changing nothing', async () => {
    const ids = await saveSeeds();
    const example = await reconsiderationExample(ids.jinjiang);
    const teach = (names: { nameZh?: string; nameEn?: string }, unit = '件') =>
      teachNewIndicator(db, { ...names, phrases: [example.label], unit }, { ...example, unit }, 10);
    await teach({ nameZh: '复议办案量' });
    const before = await snapshot();
    const reason = (promise: Promise<unknown>) => promise.then(() => 'accepted', (error: TeachError) => error.reason);
    expect(await reason(teach({ nameZh: '  ', nameEn: '' }))).toBe('empty-name');
    expect(await reason(teach({ nameZh: '复议办案量' }))).toBe('duplicate-name');
    expect(await reason(teach({ nameZh: '行政复议受理' }))).toBe('duplicate-name'); // a canonical name
    expect(
      await reason(teachNewIndicator(db, { nameZh: '新指标', phrases: ['植树造林面积'], unit: '亩' }, null, 10)),
    ).toBe('matches-nothing');
    expect(await snapshot()).toEqual(before);
  });
});

describe('re-extraction', () => {
  it('reads again the reports with a kept text, skips those without, keeps confirmations', async () => {
    const ids = await saveSeeds();
    const quote = { exact: '受理1541件', prefix: '', suffix: '', start: 0, end: 7 };
    await confirmFigure(db, { reportId: ids.jiujiang, indicatorKey: 'reconsideration.closed', value: 999, unit: '件', quote, confirmedAt: 5 });
    const mentionsBefore = await listMentions(db, ids.jiujiang);
    // Spoil the stored reading: re-extraction must rebuild it from the text.
    await db.mentions.where('reportId').equals(ids.jiujiang).modify({ label: 'x' });
    expect(await reextractAll(db)).toEqual({ reextracted: 2, withoutText: 1 });
    expect((await listMentions(db, ids.jiujiang)).map((m) => m.label)).toEqual(mentionsBefore.map((m) => m.label));
    const { figures } = await teachingsFor(db, [ids.jiujiang]);
    expect(figures[ids.jiujiang]!['reconsideration.closed']).toMatchObject({ value: 999, confirmed: true });
  });
});

describe('finding a figure in other reports', () => {
  it('ranks candidate sentences with the number’s place, exact when the text is kept', async () => {
    const ids = await saveSeeds();
    const teaching = await teachingOf(db, 'reconsideration.accepted');
    expect(teaching.phrases).toContain('行政复议受理');
    const [best] = await findCandidates(db, teaching, [ids.jiujiang]);
    expect(best).toMatchObject({ reportId: ids.jiujiang, value: 534 });
    expect(best!.sentence.slice(best!.highlight!.start, best!.highlight!.end)).toBe('534件');
    expect(best!.quote.prefix.length).toBeGreaterThan(0);
    // Without a kept text the digits are looked up in the sentence.
    const xiamen = await findCandidates(db, teaching, [ids.xiamen]);
    const accepted = xiamen.find((c) => c.value === 1541)!;
    expect(accepted.sentence.slice(accepted.highlight!.start, accepted.highlight!.end)).toBe('1541件');
  });

  it('a confirmed candidate fills the cell, marked confirmed, over the engine’s figure', async () => {
    const ids = await saveSeeds();
    const [candidate] = await findCandidates(db, await teachingOf(db, 'reconsideration.accepted'), [ids.jiujiang]);
    await confirmFigure(db, { reportId: ids.jiujiang, indicatorKey: 'reconsideration.accepted', value: candidate!.value, unit: candidate!.unit, quote: candidate!.quote, confirmedAt: 7 });
    await confirmFigure(db, { reportId: ids.jiujiang, indicatorKey: 'reconsideration.accepted', value: candidate!.value, unit: candidate!.unit, quote: candidate!.quote, confirmedAt: 8 });
    expect(await db.confirmations.count()).toBe(1);
    const { figures } = await teachingsFor(db, [ids.jiujiang]);
    expect(figures[ids.jiujiang]!['reconsideration.accepted']).toMatchObject({ value: 534, confirmed: true, sentence: candidate!.sentence });
    await expect(confirmFigure(db, { reportId: 999, indicatorKey: 'reconsideration.accepted', value: 1, unit: '件', quote: candidate!.quote, confirmedAt: 9 })).rejects.toThrow(TeachError);
  });
});

describe('managing user indicators', () => {
  it('renames, merges (phrases and confirmations) and deletes', async () => {
    const ids = await saveSeeds();
    const example = await reconsiderationExample(ids.jinjiang);
    const a = (await teachNewIndicator(db, { nameZh: '复议A', phrases: [example.label], unit: '件' }, example, 1)).indicator;
    const b = (await teachNewIndicator(db, { nameEn: 'Review B', phrases: ['立案受理行政复议案件'], unit: '件' }, null, 2)).indicator;
    await expect(renameUserIndicator(db, b.id, { nameZh: '复议A' })).rejects.toThrow(TeachError);
    expect(await renameUserIndicator(db, b.id, { nameZh: '复议B', nameEn: 'Review B' })).toMatchObject({ nameZh: '复议B' });
    const quote = { exact: '受理1541件', prefix: '', suffix: '', start: 0, end: 7 };
    await confirmFigure(db, { reportId: ids.xiamen, indicatorKey: b.id, value: 1541, unit: '件', quote, confirmedAt: 3 });
    const merged = await mergeUserIndicators(db, a.id, b.id);
    expect(merged.phrases).toEqual(['办理行政复议案件', '立案受理行政复议案件']);
    expect((await db.confirmations.toArray()).map((c) => c.indicatorKey)).toEqual([a.id]);
    expect((await listUserIndicators(db)).map((u) => u.id)).toEqual([a.id]);
    expect(await deleteUserIndicator(db, a.id)).toBe(true);
    expect([await db.userIndicators.count(), await db.confirmations.count()]).toEqual([0, 0]);
    expect(await deleteUserIndicator(db, a.id)).toBe(false);
  });
});

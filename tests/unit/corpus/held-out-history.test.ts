import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendHistory, readHistory, type HistoryEntry } from '../../eval/held-out-history';

const score = (tp: number) => ({ tp, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
const entry = (commit: string, reports: number): HistoryEntry => ({
  date: '2026-12-04T18:00:00.000Z',
  commit,
  splitRule: 'rule',
  counts: { reports, negatives: 2, figures: 5 },
  metrics: { detection: score(reports), metadata: { year: score(1) }, headings: score(3), indicators: score(1), figureRecall: 0.8, labelAgreement: 0.5 },
});

describe('held-out history', () => {
  const path = () => join(mkdtempSync(join(tmpdir(), 'report-lens-history-')), 'held-out-history.json');

  it('starts empty and only ever appends: the first entry survives every later record unchanged', () => {
    const file = path();
    expect(readHistory(file)).toEqual([]);
    appendHistory(file, entry('first', 3));
    appendHistory(file, entry('second', 4));
    const history = appendHistory(file, entry('third', 5));
    expect(history.map((e) => e.commit)).toEqual(['first', 'second', 'third']);
    expect(readHistory(file)[0]).toEqual(entry('first', 3));
  });

  it('refuses to record over a malformed history instead of starting a new one', () => {
    const file = path();
    writeFileSync(file, '[{"commit": "first"}]');
    expect(() => appendHistory(file, entry('second', 4))).toThrow();
    expect(readFileSync(file, 'utf8')).toBe('[{"commit": "first"}]');
  });
});

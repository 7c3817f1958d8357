import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../lib/mentions/extract-mentions';
import { findPeriodWords } from '../../../lib/mentions/period';
import { extractOutline } from '../../../lib/outline/extract-outline';
import { pageTextFromPlainText } from '../../../lib/page-text/from-plain-text';
import { foldText } from '../../../lib/text/fold';

const SEEDS = join(import.meta.dirname, '../../fixtures/seeds');

/** Period of the mention whose quantity is `printed` inside `sentence` of a seed. */
function periodIn(seed: string, sentence: string, printed: string): string | null {
  const page = pageTextFromPlainText(readFileSync(join(SEEDS, seed), 'utf8'));
  const mentions = extractMentions(page, extractOutline(page));
  const at = page.folded.indexOf(foldText(sentence));
  expect(at, `sentence not in seed: ${sentence}`).toBeGreaterThanOrEqual(0);
  const start = at + foldText(sentence).indexOf(foldText(printed));
  const found = mentions.filter((m) => m.start <= start && start < m.end);
  expect(found, `no single mention for ${printed}`).toHaveLength(1);
  return found[0]!.period;
}

const periods = (s: string) => findPeriodWords(foldText(s), 0, s.length).map((w) => w.period);

describe('findPeriodWords', () => {
  it('reads spans, running totals and part-years as one word each', () => {
    expect(periods('2019年以来累计办理')).toEqual(['2019年以来']);
    expect(periods('今年1-10月，区群众来信来访')).toEqual(['今年1-10月']);
    expect(periods('2016-2020年间共制定')).toEqual(['2016-2020年间']);
    expect(periods('截至2022年底，全市共有')).toEqual(['截至2022年底']);
    expect(periods('“十三五”期间，累计')).toEqual(['十三五期间']);
    expect(periods('近三年来，共')).toEqual(['近三年来']);
  });

  it('leaves event dates out: a month followed by its day dates an event', () => {
    expect(periods('2022年5月10日，召开专题会议')).toEqual([]);
    expect(periods('于3月15日举办')).toEqual([]);
  });
});

describe('Mention.period on the seeds', () => {
  it('takes the period of the figure’s own clause (seed 004: 今年1-10月 … 1735人次)', () => {
    expect(periodIn('004_6600c89832ccf94f.txt', '今年1-10月,区群众来信来访1735人(次)', '1735人')).toBe('今年1-10月');
  });

  it('carries the subject clause’s period to the figures after it (seed 000: 今年以来，共参与审查…)', () => {
    expect(periodIn('000_0584a391d29fbf7b.txt', '今年以来，共参与审查规范性文件29份、合同文本30份', '30份')).toBe('今年以来');
  });

  it('marks a running total as not the year’s figure (seed 002: 2020年以来共计移送)', () => {
    expect(periodIn('002_a97323032518c27f.txt', '2020年以来共计移送司法机关案件22起', '22起')).toBe('2020年以来');
  });

  it('is null when the sentence states no time (seed 003: 全市各级行政复议机关共收到…1719件)', () => {
    expect(periodIn('003_c41d4294c82615c2.txt', '全市各级行政复议机关共收到行政复议申请1719件', '1719件')).toBeNull();
  });
});

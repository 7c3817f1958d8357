import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pickIndicators, type IndicatorValues } from '../../../lib/indicators/pick-indicators';
import { extractMentions } from '../../../lib/mentions/extract-mentions';
import type { Mention } from '../../../lib/mentions/types';
import { extractOutline } from '../../../lib/outline/extract-outline';
import { pageTextFromPlainText } from '../../../lib/page-text/from-plain-text';
import { goldSchema } from '../../gold/gold-schema';
import { TRADITIONAL_GOLDS, toTraditional } from '../../gold/make-big5-gold';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const GOLD = join(import.meta.dirname, '../../gold');

function extract(text: string): { mentions: Mention[]; indicators: IndicatorValues } {
  const page = pageTextFromPlainText(text);
  const mentions = extractMentions(page, extractOutline(page));
  return { mentions, indicators: pickIndicators(mentions) };
}

const seed = (name: string) => extract(readFileSync(join(FIXTURES, 'seeds', name), 'utf8'));

describe('pickIndicators on the seeds', () => {
  it('prefers the jurisdiction-wide figure over the 市政府 subset (003: 1719/1541, not 351/268)', () => {
    const { mentions, indicators } = seed('003_c41d4294c82615c2.txt');
    expect(indicators['reconsideration.received']).toMatchObject({ value: 1719, unit: '件' });
    expect(indicators['reconsideration.accepted']).toMatchObject({ value: 1541, unit: '件' });
    expect(mentions[indicators['reconsideration.accepted']!.mention]!.label).toBe('行政复议 受理');
  });

  it('adds up a 、 list sharing one predicate (003: 23名法学专家、463名律师担任政府法律顾问 → 486)', () => {
    expect(seed('003_c41d4294c82615c2.txt').indicators['counsel.advisers']).toMatchObject({ value: 486, unit: '名' });
  });

  it('derives corrected from a complete outcome breakdown (000: 撤销2 + 确认违法1 + 责令履行1)', () => {
    const { mentions, indicators } = seed('000_0584a391d29fbf7b.txt');
    const corrected = indicators['reconsideration.corrected']!;
    expect(corrected).toMatchObject({ value: 4, unit: '件', approximate: false });
    expect(mentions[corrected.mention]!.label).toBe('行政复议 撤销');
  });

  it('does not take a lone 作出撤销决定2件 as corrected (002)', () => {
    expect(seed('002_a97323032518c27f.txt').indicators['reconsideration.corrected']).toBeUndefined();
  });

  it('adds repeals and revisions stated apart (004: 废止规范性文件18件，修订18件 → cleaned 36)', () => {
    expect(seed('004_6600c89832ccf94f.txt').indicators['normativeDocs.cleaned']).toMatchObject({ value: 36, unit: '件' });
  });

  it('reports values in the key’s canonical unit and keeps 余/多 as approximate', () => {
    const jinjiang = seed('000_0584a391d29fbf7b.txt').indicators;
    expect(jinjiang['counsel.opinions']).toMatchObject({ value: 35, unit: '件' }); // printed 35条
    const jiujiang = seed('001_2adae50a77c5f6dd.txt').indicators;
    expect(jiujiang['capacity.trainees']).toMatchObject({ value: 60000, unit: '人次', approximate: true });
    expect(jiujiang['litigation.headAppearanceRate']).toMatchObject({ value: 92.12, unit: '%' }); // not 较上年提高15%
  });
});

/** Mentions as extractMentions would give them for one figure, for the ranking rules. */
function mention(overrides: Partial<Mention>): Mention {
  return {
    key: 'reconsideration.accepted',
    label: '行政复议 受理',
    value: 0,
    unit: '件',
    approximate: false,
    change: null,
    scope: null,
    period: null,
    breakdown: false,
    continuesList: false,
    text: '',
    start: 0,
    end: 0,
    section: -1,
    area: null,
    ...overrides,
  };
}

describe('pickIndicators ranking', () => {
  it('takes a wide figure stated after a subset one', () => {
    const picked = pickIndicators([
      mention({ value: 268, scope: '市政府', text: 'a' }),
      mention({ value: 1541, scope: '全市各级', text: 'b' }),
    ]);
    expect(picked['reconsideration.accepted']?.value).toBe(1541);
  });

  it('falls back to a subset when no wide figure is given (以市政府为被告…45件)', () => {
    const picked = pickIndicators([mention({ key: 'litigation.cases', value: 45, scope: '市政府' })]);
    expect(picked['litigation.cases']).toMatchObject({ value: 45, mention: 0 });
  });

  it('prefers the section about the key’s area, and puts the plans part last', () => {
    const picked = pickIndicators([
      mention({ value: 10, area: 'plans', text: 'a' }),
      mention({ value: 20, area: 'oversight', text: 'b' }),
      mention({ value: 30, area: 'disputes', text: 'c' }),
    ]);
    expect(picked['reconsideration.accepted']?.value).toBe(30);
    const withoutOwnArea = pickIndicators([mention({ value: 10, area: 'plans', text: 'a' }), mention({ value: 20, area: 'oversight', text: 'b' })]);
    expect(withoutOwnArea['reconsideration.accepted']?.value).toBe(20);
  });

  it('lets a stated total win over a sum of parts', () => {
    const picked = pickIndicators([
      mention({ key: 'normativeDocs.cleaned', label: '清理规范性文件', value: 120, text: 'a' }),
      mention({ key: null, label: '规范性文件 废止', value: 10, text: 'b' }),
      mention({ key: null, label: '规范性文件 修改', value: 5, text: 'b' }),
    ]);
    expect(picked['normativeDocs.cleaned']?.value).toBe(120);
  });

  it('takes the year’s own figure over a running total or a part of the year stated first', () => {
    const picked = pickIndicators(
      [
        mention({ value: 1200, period: '2019年以来', text: 'a' }),
        mention({ value: 90, period: '1-10月', text: 'b' }),
        mention({ value: 2100, period: '2021年', text: 'c' }),
        mention({ value: 310, period: '2022年', text: 'd' }),
      ],
      2022,
    );
    expect(picked['reconsideration.accepted']?.value).toBe(310);
    // Without the year, an unstated or 全年 period still beats a running total.
    const unstated = pickIndicators([mention({ value: 1200, period: '近三年', text: 'a' }), mention({ value: 310, period: '全年', text: 'b' })]);
    expect(unstated['reconsideration.accepted']?.value).toBe(310);
    // A running total is still a value when it is the only figure the report gives.
    expect(pickIndicators([mention({ value: 1200, period: '2019年以来', text: 'a' })], 2022)['reconsideration.accepted']?.value).toBe(1200);
  });

  it('returns nothing for no mentions', () => {
    expect(pickIndicators([])).toEqual({});
  });
});

describe('pickIndicators against the hand-checked gold (tests/gold)', () => {
  const golds = readdirSync(GOLD)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ stem: name.replace(/\.json$/, ''), gold: goldSchema.parse(JSON.parse(readFileSync(join(GOLD, name), 'utf8'))) }));
  const traditional = new Set(Object.values(TRADITIONAL_GOLDS));

  it('meets precision ≥ 0.95 and recall ≥ 0.90 over the seeds (big5 copy included)', () => {
    expect(golds.length).toBeGreaterThanOrEqual(5);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const errors: string[] = [];
    for (const { stem, gold } of golds) {
      const raw = readFileSync(join(FIXTURES, 'seeds', gold.seed), 'utf8');
      const { indicators } = extract(traditional.has(stem) ? toTraditional(raw) : raw);
      for (const [key, want] of Object.entries(gold.indicators)) {
        const got = indicators[key as keyof IndicatorValues];
        if (got && got.value === want.value && got.unit === want.unit) tp++;
        else (fn++, got && fp++, errors.push(`${stem} ${key}: want ${want.value}${want.unit}, got ${got ? got.value + got.unit : 'none'}`));
      }
      for (const [key, got] of Object.entries(indicators)) {
        if (!(key in gold.indicators)) (fp++, errors.push(`${stem} extra ${key}: ${got!.value}${got!.unit}`));
      }
    }
    const disagreements = errors.join('\n');
    expect(tp / (tp + fp), disagreements).toBeGreaterThanOrEqual(0.95);
    expect(tp / (tp + fn), disagreements).toBeGreaterThanOrEqual(0.9);
  });
});

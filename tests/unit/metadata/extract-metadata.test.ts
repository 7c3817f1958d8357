import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../lib/metadata/extract-metadata';
import { extractOutline } from '../../../lib/outline/extract-outline';
import { pageTextFromPlainText } from '../../../lib/page-text/from-plain-text';
import { JURISDICTION_LEVELS, type ReportMeta } from '../../../lib/metadata/types';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const seedPage = (name: string) => pageTextFromPlainText(readFileSync(join(FIXTURES, 'seeds', name), 'utf8'));
const NO_OUTLINE = { sections: [], items: [] };

/** What a reader can check on each seed page (plain text, as the page shows it). */
const SEEDS: Array<[string, ReportMeta]> = [
  [
    '000_0584a391d29fbf7b.txt',
    {
      jurisdiction: '晋江市',
      level: 'county',
      year: 2019,
      title: '2019年度晋江市法治政府工作报告',
      publisher: null,
      publishedAt: '2020-02-04',
      onTime: true,
      // The report never mentions 第一责任人: only "健全法治建设责任制".
      missingParts: ['firstResponsibility'],
    },
  ],
  [
    '001_2adae50a77c5f6dd.txt',
    {
      jurisdiction: '九江市',
      level: 'city',
      year: 2022,
      // The plain text prints neither a title nor a date; the HTML fixture's meta does.
      title: null,
      publisher: null,
      publishedAt: null,
      onTime: null,
      missingParts: [],
    },
  ],
  [
    '002_a97323032518c27f.txt',
    {
      jurisdiction: '中卫市沙坡头区',
      level: 'district',
      year: 2020,
      title: '中卫市沙坡头区2020年法治政府建设年度报告',
      publisher: '沙坡头区司法局',
      publishedAt: '2020-11-15',
      onTime: true,
      missingParts: [],
    },
  ],
  [
    '003_c41d4294c82615c2.txt',
    {
      jurisdiction: '厦门市',
      level: 'city',
      year: 2021,
      title: '厦门市关于2021年法治政府建设情况的报告',
      publisher: null,
      publishedAt: '2022-03-10',
      onTime: true,
      missingParts: [],
    },
  ],
  [
    '004_6600c89832ccf94f.txt',
    {
      jurisdiction: null,
      level: 'district',
      year: 2014,
      title: '地区依法行政情况报告',
      publisher: null,
      publishedAt: null,
      onTime: null,
      missingParts: [],
    },
  ],
];

describe('extractMetadata on the seeds', () => {
  for (const [name, expected] of SEEDS) {
    it(`reads ${name}`, () => {
      expect(extractMetadata(seedPage(name), NO_OUTLINE)).toEqual(expected);
    });

    it(`agrees with the outline the engine extracts for ${name}`, () => {
      const page = seedPage(name);
      expect(extractMetadata(page, extractOutline(page))).toEqual(expected);
    });
  }
});

describe('extractMetadata on the HTML fixtures (seeds in real gov page templates)', () => {
  const bySeed = new Map(SEEDS);
  const fixtures: Array<[string, ReportMeta]> = [
    ['000-jinjiang-2019.html', bySeed.get('000_0584a391d29fbf7b.txt')!],
    // The page gives what the text lacks: the title (ArticleTitle, h1) and the date (PubDate).
    ['001-jiujiang-2022.html', { ...bySeed.get('001_2adae50a77c5f6dd.txt')!, title: '九江市2022年度法治政府建设情况报告', publishedAt: '2023-03-28', onTime: true }],
    ['002-shapotou-2020.html', bySeed.get('002_a97323032518c27f.txt')!],
    ['003-xiamen-2021.html', bySeed.get('003_c41d4294c82615c2.txt')!],
    ['004-template-district-2014.html', bySeed.get('004_6600c89832ccf94f.txt')!],
    // The big5 gateway copy: values come back as printed, in traditional characters.
    ['005-xiamen-2021-big5.html', { ...bySeed.get('003_c41d4294c82615c2.txt')!, jurisdiction: '廈門市', title: '廈門市關於2021年法治政府建設情況的報告' }],
  ];
  for (const [file, expected] of fixtures) {
    it(`reads ${file}`, async () => {
      const { loadPage } = await import('../../../lib/cli/load-page');
      const page = loadPage(join(FIXTURES, 'reports', file));
      expect(extractMetadata(page, extractOutline(page))).toEqual(expected);
    });
  }
});

describe('extractMetadata robustness', () => {
  it('returns an all-unknown record for an empty page', () => {
    expect(extractMetadata(pageTextFromPlainText(''), NO_OUTLINE)).toEqual({
      jurisdiction: null,
      level: 'unknown',
      year: null,
      title: null,
      publisher: null,
      publishedAt: null,
      onTime: null,
      missingParts: ['measures', 'shortcomings', 'firstResponsibility', 'nextYear'],
    });
  });

  it('never throws on random text mixing the patterns it looks for', () => {
    const tokens = fc.constantFrom('今年', '2020年', '省、', '泉州市', '晋江市', '县级市', '来源：', '时间：', '二〇二〇年十一月十五日', '关于', '人民政府', '局', '\n', '，', '。', '存在', '下一步', '𠀀', '\uDC00', '>', '_', ' - ');
    fc.assert(
      fc.property(fc.array(fc.oneof(tokens, fc.string()), { maxLength: 60 }), (parts) => {
        const meta = extractMetadata(pageTextFromPlainText(parts.join('')), NO_OUTLINE);
        expect(JURISDICTION_LEVELS).toContain(meta.level);
        if (meta.publishedAt !== null) expect(meta.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 300 },
    );
  });

  it('stays linear on adversarial text', () => {
    for (const unit of ['今年', '省、泉州市、', '晋江市', '2020年', '来源：局', '现将2020年', '存在问题：']) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const start = performance.now();
      extractMetadata(pageTextFromPlainText(`晋江市2019年法治政府工作报告\n${text}`), NO_OUTLINE);
      expect(performance.now() - start, unit).toBeLessThan(2000);
    }
  });
});

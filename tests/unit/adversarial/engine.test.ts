import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';
import { extractReport, type ReportExtraction } from '../../../lib/extract/extract-report';
import { extractionOutputSchema } from '../../../lib/extract/schema';
import { toExtractionOutput } from '../../../lib/extract/to-output';
import { pickIndicators } from '../../../lib/indicators/pick-indicators';
import { extractMentions } from '../../../lib/mentions/extract-mentions';
import { extractMetadata } from '../../../lib/metadata/extract-metadata';
import { extractOutline } from '../../../lib/outline/extract-outline';
import { pageTextFromPlainText } from '../../../lib/page-text/from-plain-text';
import type { PageText } from '../../../lib/page-text/types';

/**
 * The engine against input nobody would write on purpose: random Unicode, report text cut up and
 * spliced with hostile fragments (bidi overrides, markup, lone surrogates, 400-digit numbers),
 * through to the CLI's JSON. It must never throw and must only return well-formed results:
 * offsets inside the text, finite values, sections and figures in page order.
 *
 * Random text is rarely a report, so extractReport would stop at detection; `everyStage` runs
 * each stage regardless, as extractReport does for a report, so that outline, mentions, metadata
 * and indicators all see the hostile text too.
 */
const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'seeds');
const seeds = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(SEEDS_DIR, name), 'utf8'));

function everyStage(page: PageText): ReportExtraction {
  const outline = extractOutline(page);
  const mentions = extractMentions(page, outline);
  return {
    detection: detectReport(page),
    meta: extractMetadata(page, outline),
    outline,
    mentions,
    indicators: pickIndicators(mentions),
    textHash: '',
  };
}

/** Fragments that break naive code: direction controls, invisible and combining characters, markup, surrogates, huge numbers. */
const HOSTILE = [
  '\u202E', '\u202D', '\u2066', '\u2067', '\u2069', '\u200F', '\u200B', '\uFEFF', '\u00AD', '\u0301', '\u3000',
  '\uD800', '\uDFFF', '\u0000', '\r', '\u2028', '\u0085',
  '<img src=x onerror=alert(1)>', '</script><script>alert(1)</script>', '{{constructor.constructor}}', '__proto__', '${1}', '$&',
  '9'.repeat(400), '1e309', '0.' + '0'.repeat(50) + '1', '１２３４５６７８９０'.repeat(8), '一万亿亿亿亿', '十十十十十', '百分之百分之', '负',
  '-', '−', '%%%%', '个百分点个百分点', '约近余多', '同比同比下降', '其中，其中，',
  '一、', '（一）', '(一)', '1.', '1、', '（1）', '一是', '二是', '第一', '附件', '\n一、\n', '\n（一）\n',
  '行政复议', '受理', '件', '人次', '年', '月', '日', '2021年', '2021年12月31日', '法治政府建设年度报告', '〔2021〕', '《', '》', '“', '”',
];

const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 120 })
  .map((parts) => parts.join(''));

/** A seed report with random cuts and hostile insertions: still a report, so the whole engine runs on it. */
const mangledReport = fc
  .record({
    seed: fc.constantFrom(...seeds),
    edits: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.nat({ max: 300 }), insert: hostileText }), { minLength: 1, maxLength: 12 }),
  })
  .map(({ seed, edits }) =>
    edits.reduce((text, { at, cut, insert }) => {
      const position = Math.floor(at * text.length);
      return text.slice(0, position) + insert + text.slice(position + cut);
    }, seed),
  );

const inRange = (start: number, end: number, length: number) =>
  Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= length;

/** Everything a well-formed extraction promises about one page. */
function expectWellFormed(page: PageText, result: ReportExtraction): void {
  const length = page.text.length;
  expect(page.folded.length).toBe(length);

  const { detection, meta, outline, mentions, indicators } = result;
  expect(Number.isFinite(detection.confidence) && detection.confidence >= 0 && detection.confidence <= 1).toBe(true);
  expect(detection.reasons.every((reason) => typeof reason === 'string')).toBe(true);

  if (meta.year !== null) expect(Number.isInteger(meta.year)).toBe(true);
  if (meta.publishedAt !== null) {
    expect(meta.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${meta.publishedAt}T00:00:00Z`).toISOString().slice(0, 10)).toBe(meta.publishedAt);
  }

  let previousStart = -1;
  for (const section of outline.sections) {
    expect(inRange(section.start, section.end, length), `section ${section.start}-${section.end} of ${length}`).toBe(true);
    expect(section.start).toBeGreaterThanOrEqual(previousStart);
    expect(Number.isInteger(section.level) && section.level >= 1).toBe(true);
    previousStart = section.start;
  }
  for (const item of outline.items) {
    expect(inRange(item.start, item.end, length)).toBe(true);
    expect(item.section >= -1 && item.section < outline.sections.length).toBe(true);
  }

  previousStart = -1;
  for (const mention of mentions) {
    expect(inRange(mention.start, mention.end, length) && mention.start < mention.end, `mention ${mention.start}-${mention.end} of ${length}`).toBe(true);
    expect(mention.start).toBeGreaterThanOrEqual(previousStart);
    expect(Number.isFinite(mention.value)).toBe(true);
    expect(mention.section >= -1 && mention.section < outline.sections.length).toBe(true);
    previousStart = mention.start;
  }
  for (const picked of Object.values(indicators)) expect(Number.isFinite(picked!.value)).toBe(true);

  // Through the CLI's mapping: the zod schema accepts it and it survives JSON unchanged.
  const output = toExtractionOutput('hostile.txt', result);
  const reparsed = extractionOutputSchema.parse(JSON.parse(JSON.stringify(output)));
  expect(reparsed).toEqual(output);
}

describe('the engine on hostile text', () => {
  it('random text with hostile fragments: every stage well formed', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const page = pageTextFromPlainText(text);
        expectWellFormed(page, everyStage(page));
      }),
      { numRuns: 300 },
    );
  });

  it('a real report cut and spliced with hostile fragments: well formed, and still read as a report', () => {
    let reports = 0;
    fc.assert(
      fc.property(mangledReport, (text) => {
        const page = pageTextFromPlainText(text, { url: 'https://www.example.gov.cn/zwgk/t20220310_1.html' });
        const result = extractReport(page);
        if (result.detection.isReport) reports++;
        expectWellFormed(page, result);
      }),
      { numRuns: 60 },
    );
    // The property is about the full pipeline: most mangled seeds must still get past detection.
    expect(reports).toBeGreaterThan(30);
  });

  it('gives the same answer twice (no state kept between pages)', () => {
    fc.assert(
      fc.property(mangledReport, (text) => {
        const page = pageTextFromPlainText(text);
        expect(toExtractionOutput('a', extractReport(page))).toEqual(toExtractionOutput('a', extractReport(pageTextFromPlainText(text))));
      }),
      { numRuns: 10 },
    );
  });

  it('reads a figure next to a bidi override or zero-width space as the figure it is', () => {
    // The figure from 厦门 2021, with the invisible characters copy-paste and hostile pages add.
    for (const noise of ['\u202E', '\u200B', '\uFEFF']) {
      const page = pageTextFromPlainText(`一、行政复议工作\n全市各级行政复议机关共收到行政复议申请${noise}1719件${noise}。`);
      const figure = everyStage(page).mentions.find((mention) => mention.value === 1719);
      expect(figure, JSON.stringify(noise)).toBeDefined();
      expect(page.text.slice(figure!.start, figure!.end)).toContain('1719件');
    }
  });
});

describe('the engine stays linear on pathological pages', () => {
  /** Best of three wall times of `everyStage` on the page, in ms: the least disturbed by GC and other processes. */
  function timeEveryStage(text: string): number {
    const page = pageTextFromPlainText(text);
    const times = [0, 1, 2].map(() => {
      const start = performance.now();
      everyStage(page);
      return performance.now() - start;
    });
    return Math.min(...times);
  }

  // Each shape targets a look-back or a repeated scan: one endless sentence of figures, heading
  // markers without text, a numeral run, an unclosed 《, breakdowns nested without end.
  const SHAPES: Array<[string, (n: number) => string]> = [
    ['one sentence of figures', (n) => '收到行政复议申请' + '1719件，'.repeat(n / 6)],
    ['heading markers only', (n) => '一、\n（一）\n1.\n'.repeat(n / 9)],
    ['run-in headings on one line', (n) => '（一）加强领导。'.repeat(n / 8)],
    ['a numeral run', (n) => '一二三四五六七八九十百千万'.repeat(n / 13)],
    ['an unclosed 《', (n) => '《' + '规定123件'.repeat(n / 6)],
    ['endless 其中 breakdowns', (n) => '其中，维持39件，'.repeat(n / 9)],
  ];

  it.each(SHAPES)('%s: 4× the text takes well under 16× the time', (_name, shape) => {
    const small = 100_000;
    timeEveryStage(shape(small)); // warm up the JIT
    const smallTime = Math.max(timeEveryStage(shape(small)), 5);
    const bigTime = timeEveryStage(shape(4 * small));
    // Linear work gives about 4×; quadratic 16×. 10× leaves room for a noisy shared machine.
    expect(bigTime / smallTime, `${smallTime.toFixed(1)} ms → ${bigTime.toFixed(1)} ms`).toBeLessThan(10);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../lib/extract/extract-report';
import { pageReportSchema } from '../../../lib/messages/page-report';
import { failedPageReport, toPageReport } from '../../../lib/messages/to-page-report';
import { pageTextFromPlainText } from '../../../lib/page-text/from-plain-text';

const SEEDS = join(import.meta.dirname, '..', '..', 'fixtures', 'seeds');
const seed = (file: string) => pageTextFromPlainText(readFileSync(join(SEEDS, file), 'utf8'));

describe('toPageReport', () => {
  it.each([
    '000_0584a391d29fbf7b.txt',
    '001_2adae50a77c5f6dd.txt',
    '002_a97323032518c27f.txt',
    '003_c41d4294c82615c2.txt',
    '004_6600c89832ccf94f.txt',
  ])('turns the engine result on seed %s into a message the background accepts', (file) => {
    const extraction = extractReport(seed(file));
    const report = toPageReport('https://www.example.gov.cn/a.html', extraction, { 'heading-1': 3, 'figure-disputes': 5, 'figure-other': 2 });
    const parsed = pageReportSchema.safeParse(report);
    expect(parsed.success, parsed.error?.message).toBe(true);
    expect(report.painted).toEqual({ headings: 3, figures: 7 });
    expect(report.headings).toHaveLength(extraction.outline.sections.length);
    expect(report.mentions).toHaveLength(extraction.mentions.length);
  });

  it('carries each canonical figure with the sentence it was picked from (厦门 2021: 1719, not 351)', () => {
    const report = toPageReport('https://www.xm.gov.cn/a.html', extractReport(seed('003_c41d4294c82615c2.txt')));
    const received = report.indicators['reconsideration.received'];
    expect(received).toMatchObject({ value: 1719, unit: '件' });
    expect(received!.sentence).toContain('1719件');
  });

  it('caps what a pathological page could make the engine produce', () => {
    const extraction = extractReport(seed('003_c41d4294c82615c2.txt'));
    const bloated = {
      ...extraction,
      meta: { ...extraction.meta, title: '报告'.repeat(2000) },
      detection: { ...extraction.detection, reasons: Array.from({ length: 500 }, (_, i) => `reason-${i}`) },
      mentions: Array.from({ length: 6000 }, () => ({ ...extraction.mentions[0], label: '件'.repeat(900) })),
    };
    const report = toPageReport('https://www.xm.gov.cn/a.html', bloated);
    expect(pageReportSchema.safeParse(report).success).toBe(true);
    expect(report.mentions).toHaveLength(5000);
  });

  it('reports an engine failure as a page that is not a report, with the error as its reason', () => {
    const report = failedPageReport('https://www.jinjiang.gov.cn/a.htm', new TypeError("Cannot read properties of undefined (reading '0')"));
    expect(pageReportSchema.safeParse(report).success).toBe(true);
    expect(report.isReport).toBe(false);
    expect(report.reasons[0]).toMatch(/^error:TypeError: Cannot read properties/);
  });
});

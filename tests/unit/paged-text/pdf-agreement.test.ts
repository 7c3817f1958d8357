import { describe, expect, it } from 'vitest';
import { agreesFully, comparePdfSeeds } from '../../eval/pdf-agreement';

// `npm run eval:pdf` prints this comparison as a table; here every file must agree.
describe('the engine on the PDF and .docx seeds', () => {
  it('gives the HTML pages\' detection, metadata, headings, indicators and figures', async () => {
    const rows = await comparePdfSeeds();
    expect(rows.map((row) => `${row.seed}.${row.format}`)).toHaveLength(10);
    for (const row of rows) {
      expect({ file: `${row.seed}.${row.format}`, agrees: agreesFully(row), differences: [row.metadata, row.headings, row.indicators, row.figures].flatMap((a) => a.differences) }).toEqual({
        file: `${row.seed}.${row.format}`,
        agrees: true,
        differences: [],
      });
      // The comparison is not empty: every seed is a report with headings and indicators.
      expect(row.headings.total * row.indicators.total * row.figures.total).toBeGreaterThan(0);
    }
    // A local file knows nothing of its article page: the publication date is the one thing it lacks.
    expect(rows.find((row) => row.seed === '000-jinjiang-2019' && row.format === 'pdf')!.standaloneMetadataDifferences.map((d) => d.split(':')[0])).toEqual(['publishedAt', 'onTime']);
  }, 120_000);
});

import { describe, expect, it } from 'vitest';
import { toSavedReport } from '../../../lib/db/reports';
import { COLLECTION_CSV_HEADER, collectionToCsv } from '../../../lib/export/collection-csv';
import { jiujiang2022, xiamen2021 } from '../messages/page-report-fixtures';

describe('collectionToCsv', () => {
  it('writes one line per report and disclosed indicator, with a BOM and a link to the sentence', () => {
    const csv = collectionToCsv([toSavedReport(xiamen2021(), 1), toSavedReport(jiujiang2022(), 2)]);
    expect(csv.startsWith(`\uFEFF${COLLECTION_CSV_HEADER.join(',')}\r\n`)).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 2 + 2);
    const accepted = lines.find((line) => line.startsWith('九江市') && line.includes('reconsideration.accepted'))!;
    // Unknown fields are empty cells; the sentence has a comma, so it is quoted.
    expect(accepted).toContain('九江市,,市级,2022,,,reconsideration.accepted,行政复议受理,534,件,否,"2022年全市立案受理行政复议案件534件,办结514件(含往年结转)。",');
    expect(accepted).toMatch(/https:\/\/www\.jiujiang\.gov\.cn\/.*#:~:text=/);
  });

  it('neutralises a title that would run as a formula', () => {
    const hostile = toSavedReport({ ...xiamen2021(), meta: { ...xiamen2021().meta, title: '=HYPERLINK("http://evil")' } }, 1);
    const csv = collectionToCsv([hostile]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).not.toMatch(/,=HYPERLINK/);
  });
});

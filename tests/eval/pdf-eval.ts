/**
 * `npm run eval:pdf`: the engine on the PDF and .docx versions of the five seeds against its
 * results on the HTML pages (see pdf-agreement.ts). Exits non-zero when any file differs;
 * `--errors` lists the differences.
 */
import { agreesFully, comparePdfSeeds, formatAgreementTable } from './pdf-agreement';

const rows = await comparePdfSeeds();
console.log(formatAgreementTable(rows));
if (process.argv.includes('--errors')) {
  for (const row of rows.filter((r) => !agreesFully(r))) {
    const differences = (['detection', 'metadata', 'headings', 'indicators', 'figures'] as const).flatMap((a) => row[a].differences.map((d) => `${a} ${d}`));
    console.log(`${row.seed} ${row.format}:\n  ${differences.join('\n  ')}`);
  }
}
process.exitCode = rows.every(agreesFully) ? 0 : 1;

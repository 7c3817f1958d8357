/**
 * The engine on the PDF and .docx versions of the five seed reports (tests/fixtures/documents,
 * built by build-documents.ts) against its results on the HTML pages: detection, metadata,
 * headings and canonical indicators must come out the same. Used by `npm run eval:pdf` (prints a
 * table) and by a unit test that requires full agreement.
 *
 * A file is read as the reader opens an attachment from its article page: the page's URL, meta
 * tags and index fields come along (the publication date is printed there, not in the file); the
 * file's own title wins. The same file opened with nothing known about it (a local file) is read
 * too; the metadata fields that then differ are listed for information.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { extractReport, type ReportExtraction } from '../../lib/extract/extract-report';
import { loadPage } from '../../lib/cli/load-page';
import type { DocumentMeta } from '../../lib/page-text/types';
import { loadLegacyPdfjs } from '../../lib/paged-text/legacy-pdfjs';
import { readReportFile } from '../../lib/paged-text/read-report-file';
import { foldText } from '../../lib/text/fold';
import { ensureDocumentFixtures } from '../fixtures/build-documents';

export type DocumentFormat = 'pdf' | 'docx';

export interface Agreement {
  same: number;
  total: number;
  /** What differs, as `field: html ≠ file`. */
  differences: string[];
}

export interface SeedAgreement {
  seed: string;
  format: DocumentFormat;
  pageCount: number | null;
  detection: Agreement;
  metadata: Agreement;
  headings: Agreement;
  indicators: Agreement;
  /** Figures (mentions: value, unit, key) found in both. */
  figures: Agreement;
  /** Metadata fields that differ when the file is read with nothing known about it. */
  standaloneMetadataDifferences: string[];
}

/** Strings compare folded, as the engine matches: pdf.js reads full-width punctuation back as ASCII. */
const comparable = (value: unknown) => (typeof value === 'string' ? foldText(value) : JSON.stringify(value));

/** Compares two keyed lists of facts: a key missing on either side counts as a difference. */
function agree(html: Map<string, string>, file: Map<string, string>): Agreement {
  const differences: string[] = [];
  let same = 0;
  for (const [key, value] of html) {
    if (file.get(key) === value) same++;
    else differences.push(`${key}: ${value} ≠ ${file.get(key) ?? '(none)'}`);
  }
  for (const [key, value] of file) if (!html.has(key)) differences.push(`${key}: (none) ≠ ${value}`);
  return { same, total: Math.max(html.size, file.size, same), differences };
}

const metadataFacts = (r: ReportExtraction) => new Map(Object.entries(r.meta).map(([field, value]) => [field, comparable(value)]));

/** Facts of one extraction, by aspect: each a map from a stable key to a comparable value. */
function facts(r: ReportExtraction) {
  const numbered = <T>(items: T[], describe: (item: T) => string) => new Map(items.map((item, i) => [String(i + 1), describe(item)]));
  return {
    detection: new Map([['isReport', String(r.detection.isReport)]]),
    metadata: metadataFacts(r),
    headings: numbered(r.outline.sections, (s) => `${s.level} ${foldText(s.marker)}${foldText(s.title)} ${s.area ?? '-'}`),
    indicators: new Map(Object.entries(r.indicators).map(([key, v]) => [key, `${v.value}${v.unit}${v.approximate ? '~' : ''}`])),
    figures: numbered(r.mentions, (m) => `${m.value}${m.unit} ${m.key ?? '-'}`),
  };
}

function parseHtml(window: Window) {
  return (html: string) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** Reads every seed's PDF and .docx and compares the engine's results with those on its HTML page. */
export async function comparePdfSeeds(): Promise<SeedAgreement[]> {
  const documents = await ensureDocumentFixtures();
  const window = new Window();
  try {
    const rows: SeedAgreement[] = [];
    for (const doc of documents) {
      const htmlPage = loadPage(doc.html);
      const html = extractReport(htmlPage);
      const htmlFacts = facts(html);
      const articleMeta: Partial<DocumentMeta> = {
        url: htmlPage.meta.url,
        htmlTitle: htmlPage.meta.htmlTitle,
        metaTags: htmlPage.meta.metaTags,
        indexFields: htmlPage.meta.indexFields,
      };
      for (const format of ['pdf', 'docx'] as const) {
        const bytes = new Uint8Array(readFileSync(format === 'pdf' ? doc.pdf : doc.docx));
        const name = `${doc.name}.${format}`;
        const read = await readReportFile(bytes, { loadPdfjs: loadLegacyPdfjs, name, meta: articleMeta, parseHtml: parseHtml(window) });
        const fileFacts = facts(extractReport(read.page));
        const standalone = await readReportFile(bytes, { loadPdfjs: loadLegacyPdfjs, name, parseHtml: parseHtml(window) });
        rows.push({
          seed: doc.name,
          format,
          pageCount: read.pageCount,
          detection: agree(htmlFacts.detection, fileFacts.detection),
          metadata: agree(htmlFacts.metadata, fileFacts.metadata),
          headings: agree(htmlFacts.headings, fileFacts.headings),
          indicators: agree(htmlFacts.indicators, fileFacts.indicators),
          figures: agree(htmlFacts.figures, fileFacts.figures),
          standaloneMetadataDifferences: agree(htmlFacts.metadata, metadataFacts(extractReport(standalone.page))).differences,
        });
      }
    }
    return rows;
  } finally {
    await window.happyDOM.close();
  }
}

const ASPECTS = ['detection', 'metadata', 'headings', 'indicators', 'figures'] as const;

/** Whether a seed's file gave exactly the HTML page's results. */
export const agreesFully = (row: SeedAgreement) => ASPECTS.every((aspect) => row[aspect].differences.length === 0);

export function formatAgreementTable(rows: SeedAgreement[]): string {
  const cell = (a: Agreement) => `${a.same}/${a.total}`.padStart(10);
  const header = `${'seed'.padEnd(28)}${'format'.padEnd(7)}${'pages'.padStart(5)}${ASPECTS.map((a) => a.padStart(11)).join('')}  agreement   local file: metadata that differs`;
  const lines = rows.map(
    (row) =>
      `${row.seed.padEnd(28)}${row.format.padEnd(7)}${String(row.pageCount ?? '-').padStart(5)}${ASPECTS.map((a) => ` ${cell(row[a])}`).join('')}  ${agreesFully(row) ? 'identical' : 'DIFFERS  '}   ${row.standaloneMetadataDifferences.map((d) => d.split(':')[0]).join(', ') || 'none'}`,
  );
  const identical = rows.filter(agreesFully).length;
  return [header, ...lines, `${identical} of ${rows.length} files give the HTML page's results`].join('\n');
}

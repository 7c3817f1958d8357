/**
 * Page reports of the seed reports in their page templates as the content script sends them on
 * save: the engine's reading plus the kept page text (what version-4 saving stores).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPage } from '../../../lib/cli/load-page';
import { extractReport } from '../../../lib/extract/extract-report';
import type { PageReport } from '../../../lib/messages/page-report';
import { toPageReport } from '../../../lib/messages/to-page-report';
import { keptPageText } from '../../../lib/page-text/kept-page-text';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const MANIFEST = JSON.parse(readFileSync(join(FIXTURES, 'fixtures.json'), 'utf8')) as Array<{ file: string; url: string }>;

export function seedPageReport(name: string, options: { withText?: boolean } = {}): PageReport {
  const file = `reports/${name}.html`;
  const entry = MANIFEST.find((e) => e.file === file)!;
  const page = loadPage(join(FIXTURES, file));
  const report = toPageReport(entry.url, extractReport(page));
  return options.withText === false ? report : { ...report, pageText: keptPageText(page) };
}

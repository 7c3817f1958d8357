/**
 * A report as the reader saves it after opening a file: the 九江 page report re-addressed by the
 * file's content, with its text, source and a page map over that text.
 */
import type { PageReport } from '../../../lib/messages/page-report';
import type { ReportFile, ReportSource } from '../../../lib/db/report-source';
import { fileReportUrl } from '../../../lib/paged-text/report-identity';
import { jiujiang2022 } from '../messages/page-report-fixtures';

export const PDF_FINGERPRINT = 'ab'.repeat(32);
export const REMOTE_PDF = 'https://www.jiujiang.gov.cn/zwgk/fzzfjs/202303/P020230328.pdf';

const TEXT = '九江市2022年度法治政府建设情况报告\n一、主要举措\n全市共办理行政复议案件423件。\n二、存在问题';

/** The file report with `source` changes (a local copy: no address; another file: another fingerprint). */
export function fileReport(source: Partial<ReportSource> = {}): { report: PageReport; file: ReportFile } {
  const full: ReportSource = { kind: 'pdf', name: 'P020230328.pdf', url: REMOTE_PDF, fingerprint: PDF_FINGERPRINT, pageCount: 2, size: 48_213, ...source };
  const report: PageReport = {
    ...jiujiang2022(),
    url: fileReportUrl(full.fingerprint),
    pageText: {
      text: TEXT,
      blocks: [{ start: 0, end: TEXT.length, role: 'body', tag: 'p' }],
      meta: { url: full.url, htmlTitle: '九江市2022年度法治政府建设情况报告', metaTags: {}, indexFields: {} },
    },
  };
  const pageBreak = TEXT.indexOf('二、');
  return { report, file: { source: full, pageMap: [{ start: 0, end: pageBreak - 1, page: 1 }, { start: pageBreak, end: TEXT.length, page: 2 }] } };
}

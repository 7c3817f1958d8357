import { MIN_REPORT_LINKS, reportLinksOf } from '../detect/report-links';
import { readJurisdiction } from '../metadata/jurisdiction';
import { rankedTitles } from '../metadata/title';
import { readYearCovered } from '../metadata/year';
import type { ListedLink } from '../messages/page-report';
import { pageLinks } from '../page-text/page-links';
import type { PageText } from '../page-text/types';
import { foldText } from '../text/fold';

export interface ListPage {
  links: ListedLink[];
  /** The page had more links than are read (MAX_PAGE_LINKS): the list shown is its first part. */
  truncated: boolean;
}

/**
 * The report links of a list/column page with the year and jurisdiction each title names, or
 * null when the page lists fewer than MIN_REPORT_LINKS reports (an article citing one or two).
 * The title is read by the metadata readers the engine runs on a report page, as a page whose
 * only text is that title, so 九江市2022年度… and 二〇二二年… read alike in both places.
 */
export function listPageOf(document: Document, url: string): ListPage | null {
  const { reports, truncated } = reportLinksOf(pageLinks(document, url));
  if (reports.length < MIN_REPORT_LINKS) return null;
  return { links: reports.map((link) => ({ url: link.url, title: link.title.slice(0, 500), ...titleFacts(link.title) })), truncated };
}

/** Year covered and jurisdiction a report title names (null where it names none). */
export function titleFacts(title: string): { year: number | null; jurisdiction: string | null } {
  const page: PageText = {
    text: title,
    folded: foldText(title),
    blocks: [{ start: 0, end: title.length, role: 'body', tag: 'h1' }],
    meta: { url: null, htmlTitle: null, metaTags: {}, indexFields: {} },
  };
  const titles = rankedTitles(page);
  return { year: readYearCovered(page, titles), jurisdiction: readJurisdiction(page, titles).jurisdiction };
}

import { foldText } from '../text/fold';
import { MAX_PAGE_LINKS, type PageLink } from '../page-text/page-links';
import { columnTagLength, reportTitle, stripTemplateSuffix, type DetectionPredicate } from '../evidence/predicates';

/**
 * List and column pages (栏目/列表页: 法治政府建设年度报告, 工作报告, 法定主动公开内容) whose links are
 * report titles: the page that lists a city's reports year after year. A link counts when its
 * text (or, when the CMS truncated the text with …, its title attribute) passes the very title
 * gate the detector uses on report pages (reportTitle), so 政府信息公开工作年度报告, news about a
 * report, 解读 and the other look-alikes are left out by the same rules.
 */

/** A link whose title names a rule-of-law report. */
export interface ReportLink {
  url: string;
  /** The title as the page prints it (date and column tag removed). */
  title: string;
}

/** Fewer report links than this and the page is an article that cites a report or two, not a list. */
export const MIN_REPORT_LINKS = 2;

/** 2023-03-28, [2023-03-28], （2023年3月28日） printed after a title in a list row. */
const TRAILING_DATE = /\s*[[【(（]?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\]】)）]?\s*$/;
/** CMSs cut long link texts: 九江市2022年度法治政府建设情… */
const TRUNCATED = /(?:…|\.{3}|。。。)\s*$/;

/** The folded title a link stands for, or null when it names no report. */
function linkTitle(link: Pick<PageLink, 'text' | 'title'>): string | null {
  const text = link.text.replace(/\s+/g, ' ').trim();
  const source = TRUNCATED.test(text) && link.title ? link.title.replace(/\s+/g, ' ').trim() : text;
  const dated = source.replace(TRAILING_DATE, '');
  const untagged = dated.slice(columnTagLength(dated));
  return untagged.length > 0 ? untagged : null;
}

/**
 * A year the title covers (2022年, 2022年度, 二〇二二年). A report linked from a list names its year;
 * a column or menu link (法治政府建设年度报告) names none and is the list itself, not an entry.
 */
const TITLE_YEAR = /(?:19|20)\d\d\s*年|[一二][〇零○][一二三四五六七八九〇零○]{2}年/;

/** Whether a link's title is a report title of some year (the detector's gate, look-alikes excluded). */
export function isReportLink(link: Pick<PageLink, 'text' | 'title'>): boolean {
  const title = linkTitle(link);
  if (title === null) return false;
  const folded = stripTemplateSuffix(foldText(title));
  return TITLE_YEAR.test(folded) && reportTitle.test(folded);
}

/**
 * The report links of a page, in page order, one per address (menus repeat links), only
 * http(s) ones. `truncated` says the page had more than MAX_PAGE_LINKS links.
 */
export function reportLinksOf(links: readonly PageLink[]): { reports: ReportLink[]; truncated: boolean } {
  const seen = new Set<string>();
  const reports: ReportLink[] = [];
  for (const link of links.slice(0, MAX_PAGE_LINKS)) {
    if (!/^https?:\/\//i.test(link.href)) continue;
    const address = link.href.replace(/#.*$/, '');
    if (seen.has(address) || !isReportLink(link)) continue;
    seen.add(address);
    reports.push({ url: address, title: linkTitle(link)! });
  }
  return { reports, truncated: links.length > MAX_PAGE_LINKS };
}

/**
 * The list-page predicate, for the examples test: its input is a page's links, one per line as
 * `text<TAB>address`, the way reportLinksOf reads them; it fires on MIN_REPORT_LINKS or more
 * report links. (The detector's own reportList predicate reads the page's text lines instead.)
 */
export const reportListLinks: DetectionPredicate = {
  id: 'reportListLinks',
  scope: 'page',
  reason: 'list:report-links',
  test: (s) => {
    const links = s.split('\n').flatMap((line): PageLink[] => {
      const tab = line.indexOf('\t');
      return tab > 0 ? [{ text: line.slice(0, tab), title: null, href: line.slice(tab + 1).trim() }] : [];
    });
    return reportLinksOf(links).reports.length >= MIN_REPORT_LINKS;
  },
  examples: [
    [
      '九江市2022年度法治政府建设情况报告\thttp://www.jiujiang.gov.cn/zwgk/fzzfjs/202303/t20230328_1.html',
      '九江市2021年度法治政府建设情况报告\thttp://www.jiujiang.gov.cn/zwgk/fzzfjs/202203/t20220330_2.html',
      '九江市2022年政府信息公开工作年度报告\thttp://www.jiujiang.gov.cn/zwgk/ndbg/202301/t20230120_3.html',
    ].join('\n'),
    [
      '首页\thttp://sft.fujian.gov.cn/',
      '泉州市2021年法治政府建设年度报告 2022-03-31\thttp://sft.fujian.gov.cn/zwgk/202203/t20220331_5893012.htm',
      '【年度报告】福州市2021年法治政府建设年度报告\thttp://sft.fujian.gov.cn/zwgk/202203/t20220330_5891877.htm',
      '2019年度晋江市法治政府工作报告\thttp://www.jinjiang.gov.cn/xxgk/ghjh/jhzj/202002/t20200204_2201931.htm',
    ].join('\n'),
    [
      '厦门市关于2021年法治政府建设情况的报告\thttps://www.xm.gov.cn/zwgk/tzgg/202203/t20220310_2632210.htm',
      '廈門市關於2020年法治政府建設情況的報告\thttps://www.xm.gov.cn/gate/big5/www.xm.gov.cn/zwgk/tzgg/202103/t20210310_1.htm',
    ].join('\n'),
  ],
};

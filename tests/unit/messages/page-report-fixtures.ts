/**
 * Page reports built from the real seed texts (tests/fixtures/seeds): headings and figures are
 * quoted from the seeds and their offsets found in them, so the shapes the database and the
 * background handle are the ones real pages produce. Hand-built rather than engine-built so
 * these suites test storage and protocol, not extraction.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MentionSummary, PageReport } from '../../../lib/messages/page-report';

const SEEDS = join(import.meta.dirname, '..', '..', 'fixtures', 'seeds');

function seedText(file: string): string {
  return readFileSync(join(SEEDS, file), 'utf8');
}

/** Offsets of `quote` in `text`; fails loudly when a seed no longer contains the quote. */
function spanOf(text: string, quote: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`seed does not contain ${quote}`);
  return { start, end: start + quote.length };
}

function mention(
  text: string,
  clause: string,
  quantity: string,
  fields: Pick<MentionSummary, 'key' | 'label' | 'value' | 'unit' | 'scope'>,
): MentionSummary {
  const sentence = spanOf(text, clause);
  return {
    ...fields,
    approximate: false,
    change: null,
    period: null,
    text: clause,
    ...spanOf(text, quantity, sentence.start),
    section: 0,
  };
}

/** 厦门市 2021 (seed 003): the 全市 figure (1719) is the indicator, the 市政府 one (351) is not. */
export function xiamen2021(): PageReport {
  const text = seedText('003_c41d4294c82615c2.txt');
  const received = '全市各级行政复议机关共收到行政复议申请1719件,受理1541件。';
  const mentions = [
    mention(text, received, '1719件', {
      key: 'reconsideration.received',
      label: '收到行政复议申请',
      value: 1719,
      unit: '件',
      scope: '全市',
    }),
    mention(text, received, '1541件', {
      key: 'reconsideration.accepted',
      label: '行政复议 受理',
      value: 1541,
      unit: '件',
      scope: '全市',
    }),
    mention(text, '其中,市政府收到行政复议申请351件,受理268件。', '351件', {
      key: null,
      label: '收到行政复议申请',
      value: 351,
      unit: '件',
      scope: '市政府',
    }),
  ];
  const heading = '一、坚持以习近平法治思想为指引,加强党对法治政府建设的领导';
  return {
    url: 'http://www.xm.gov.cn/zwgk/flfg/202203/t20220310_2637049.htm',
    isReport: true,
    confidence: 0.93,
    reasons: ['title:法治政府建设情况的报告'],
    meta: {
      jurisdiction: '厦门市',
      level: 'city',
      year: 2021,
      title: '厦门市关于2021年法治政府建设情况的报告',
      publisher: null,
      publishedAt: '2022-03-10',
      onTime: true,
      missingParts: [],
    },
    headings: [{ level: 1, marker: '一、', title: heading.slice(2), area: 'leadership', ...spanOf(text, heading) }],
    mentions,
    indicators: {
      'reconsideration.received': { value: 1719, unit: '件', approximate: false, sentence: received },
      'reconsideration.accepted': { value: 1541, unit: '件', approximate: false, sentence: received },
    },
    textHash: 'xm2021-seed003',
    painted: { headings: 1, figures: 3 },
  };
}

/** 九江市 2022 (seed 001): 立案受理行政复议案件534件, 办结514件. */
export function jiujiang2022(): PageReport {
  const text = seedText('001_2adae50a77c5f6dd.txt');
  const clause = '2022年全市立案受理行政复议案件534件,办结514件(含往年结转)。';
  const heading = '一、2022年全市法治政府建设工作情况';
  return {
    url: 'https://www.jiujiang.gov.cn/zwgk/zdgk/fzzfjs/202303/t20230320_6117201.html',
    isReport: true,
    confidence: 0.88,
    reasons: ['text:法治政府建设情况报告如下'],
    meta: {
      jurisdiction: '九江市',
      level: 'city',
      year: 2022,
      title: null,
      publisher: null,
      publishedAt: null,
      onTime: null,
      missingParts: [],
    },
    headings: [{ level: 1, marker: '一、', title: heading.slice(2), area: null, ...spanOf(text, heading) }],
    mentions: [
      mention(text, clause, '534件', {
        key: 'reconsideration.accepted',
        label: '立案受理行政复议案件',
        value: 534,
        unit: '件',
        scope: '全市',
      }),
      mention(text, clause, '514件', {
        key: 'reconsideration.closed',
        label: '行政复议 办结',
        value: 514,
        unit: '件',
        scope: '全市',
      }),
    ],
    indicators: {
      'reconsideration.accepted': { value: 534, unit: '件', approximate: false, sentence: clause },
      'reconsideration.closed': { value: 514, unit: '件', approximate: false, sentence: clause },
    },
    textHash: 'jj2022-seed001',
    painted: { headings: 1, figures: 2 },
  };
}

/** A gov.cn page the detector rejected: what a content script reports on a policy page. */
export function notAReport(): PageReport {
  return {
    url: 'https://www.gov.cn/zhengce/content/2021-08/11/content_5630802.htm',
    isReport: false,
    confidence: 0.12,
    reasons: ['reject:no report title'],
    meta: {
      jurisdiction: null,
      level: 'unknown',
      year: null,
      title: null,
      publisher: null,
      publishedAt: null,
      onTime: null,
      missingParts: [],
    },
    headings: [],
    mentions: [],
    indicators: {},
    textHash: '',
    painted: { headings: 0, figures: 0 },
  };
}

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';
import { pageTextFromPlainText } from '../../../lib/page-text/from-plain-text';
import type { DocumentMeta } from '../../../lib/page-text/types';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const seed = (name: string) => readFileSync(join(FIXTURES, 'seeds', name), 'utf8');
const page = (lines: string[], meta: Partial<DocumentMeta> = {}) => pageTextFromPlainText(lines.join('\n'), meta);

/** A thin body: one sentence of rule-of-law wording, not enough to make a report on its own. */
const THIN_BODY = ['一年来，全县上下认真贯彻落实上级部署，法治政府建设取得新进展。'];

/**
 * A body with all the evidence a report has (opening formula, the four required parts, the
 * vocabulary, a numbered structure): look-alike titles must still be rejected over it.
 */
const RICH_BODY = [
  '2022年，在市委、市政府的坚强领导下，我市深入学习贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：',
  '一、主要举措和成效',
  '（一）健全依法行政制度体系。全年审核规范性文件45件，备案审查规范性文件32件，严格落实重大行政决策程序。',
  '（二）严格规范公正文明执法。深入推进行政执法“三项制度”，全市行政执法案卷评查合格率98%。',
  '（三）依法化解社会矛盾纠纷。全年收到行政复议申请534件，行政应诉案件出庭应诉率100%。',
  '（四）履行推进法治建设第一责任人职责。市政府主要负责人切实履行推进法治建设第一责任人职责。',
  '二、存在的不足和原因',
  '一是依法行政意识有待增强；二是基层法治工作力量薄弱。',
  '三、2023年工作安排',
  '2023年，我市将继续深入推进法治政府建设，持续提升行政执法水平。',
];

describe('detectReport on the seeds', () => {
  const seeds = readdirSync(join(FIXTURES, 'seeds')).filter((name) => name.endsWith('.txt'));

  it('has the five seeds to test', () => expect(seeds).toHaveLength(5));

  for (const name of seeds) {
    it(`accepts ${name}`, () => {
      const detection = detectReport(pageTextFromPlainText(seed(name)));
      expect(detection.isReport).toBe(true);
      // Seed 004 is a template site's anonymised copy: still a report, lower confidence allowed.
      expect(detection.confidence).toBeGreaterThanOrEqual(name.startsWith('004') ? 0.5 : 0.8);
    });
  }

  it('gives reasons a reader can check', () => {
    const detection = detectReport(pageTextFromPlainText(seed('002_a97323032518c27f.txt')));
    expect(detection.reasons).toEqual(
      expect.arrayContaining(['title:法治政府建设年度报告', 'column:法治政府', 'opening:报告如下', 'parts:4/4', 'terms:7/7']),
    );
  });

  it('recognises seed 001 from its text alone (the page prints no title)', () => {
    const detection = detectReport(pageTextFromPlainText(seed('001_2adae50a77c5f6dd.txt')));
    expect(detection.reasons.some((r) => r.startsWith('title:'))).toBe(false);
    expect(detection.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('marks the template copy (seed 004) and lowers its confidence, but judges the text', () => {
    const text = seed('004_6600c89832ccf94f.txt');
    const copy = detectReport(pageTextFromPlainText(text));
    const original = detectReport(pageTextFromPlainText(text.replaceAll('范文', '')));
    expect(copy.reasons).toContain('template:范文');
    expect(copy.isReport).toBe(true);
    expect(copy.confidence).toBeLessThan(original.confidence);
  });

  it('reads a traditional-character copy (big5 gateway) like the original', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const detection = detectReport(pageTextFromPlainText(toTraditional(seed('003_c41d4294c82615c2.txt'))));
    expect(detection.isReport).toBe(true);
    expect(detection.confidence).toBeGreaterThanOrEqual(0.8);
    expect(detection.reasons).toContain('title:法治政府建设情况的报告');
  });
});

describe('title variants pass the gate', () => {
  const variants = [
    ['…法治政府建设年度报告', '中卫市沙坡头区2020年法治政府建设年度报告'],
    ['…情况报告', '九江市2022年度法治政府建设情况报告'],
    ['年度情况报告', '北京市2021年法治政府建设年度情况报告'],
    ['工作报告', '2019年度晋江市法治政府工作报告'],
    ['工作情况报告', 'XX市2021年法治政府建设工作情况报告'],
    ['关于20XX年…情况的报告', '厦门市关于2021年法治政府建设情况的报告'],
    ['法治政府部门建设…', '交通运输部2021年法治政府部门建设情况报告'],
    ['依法行政工作情况报告', 'XX区2014年依法行政工作情况报告'],
    ['依法行政情况报告', '地区依法行政情况报告'],
    ['法治政府工作报告', 'XX县2020年度法治政府工作报告'],
    ['法治建设工作报告', 'XX县人民政府2022年度法治建设工作报告'],
    ['traditional', '廣州市關於2021年法治政府建設情況的報告'],
    ['a year’s account without 报告', 'XX市2022年度法治政府建设情况'],
    ['a year’s 工作总结', 'XX县2022年法治政府建设工作总结'],
  ];
  for (const [variant, title] of variants) {
    it(`accepts ${variant}: ${title}`, () => {
      const withTitle = detectReport(page([title, ...THIN_BODY]));
      expect(withTitle.isReport).toBe(true);
      expect(withTitle.confidence).toBeGreaterThanOrEqual(0.8);
      expect(withTitle.reasons.some((r) => r.startsWith('title:'))).toBe(true);
      // The thin body alone is not a report: the title carried it.
      expect(detectReport(page(THIN_BODY)).isReport).toBe(false);
    });
  }

  it('counts the column path in the URL as where the site filed the page', () => {
    const url = 'https://www.jiujiang.gov.cn/zwgk/fzzfjs/202303/t20230328_6012345.html';
    const detection = detectReport(page(THIN_BODY, { url }));
    expect(detection.reasons).toContain('url:fzzf');
    expect(detection.confidence).toBeGreaterThan(detectReport(page(THIN_BODY)).confidence);
    expect(detectReport(page(['山西品牌丝路行（南美站）正式启动'], { url: 'http://www.shanxi.gov.cn/yw/sxyw/201909/t20190918_fzzf.shtml' })).isReport).toBe(false);
  });

  it('does not take a half-year summary for the annual report', () => {
    expect(detectReport(page(['XX县2022年上半年法治政府建设工作总结', ...THIN_BODY])).isReport).toBe(false);
  });

  it('reads the title from ArticleTitle meta and from <title> minus the site name', () => {
    const fromMeta = detectReport(page(THIN_BODY, { metaTags: { articletitle: '九江市2022年度法治政府建设情况报告' } }));
    const fromHtmlTitle = detectReport(page(THIN_BODY, { htmlTitle: '九江市2022年度法治政府建设情况报告_九江市人民政府' }));
    expect(fromMeta.isReport).toBe(true);
    expect(fromHtmlTitle.isReport).toBe(true);
    expect(fromHtmlTitle.reasons).toContain('title:法治政府建设情况报告');
  });
});

describe('reports without a title line, judged by their opening', () => {
  /** A county report reposted without its title: the annual account's opening, then 一、. */
  const COUNTY_OPENING = [
    '2020年，在市委、市政府的坚强领导下，安吉县深入贯彻落实党的十九届五中全会精神，全面推进依法行政，法治政府建设各项工作取得新进展。',
    '一、2020年法治政府建设主要工作情况',
    '（一）深化“放管服”改革。全面推行行政执法公示制度，全年办理行政复议案件42件，审核规范性文件15件。',
  ];

  it('accepts the opening of an annual account followed by 一、', () => {
    const detection = detectReport(page(COUNTY_OPENING));
    expect(detection.isReport).toBe(true);
    expect(detection.reasons).toContain('opening:年度总述');
    expect(detection.reasons.some((r) => r.startsWith('title:'))).toBe(false);
  });

  it('needs the numbered part after it: the same paragraph as a news lead is not a report', () => {
    const lead = [COUNTY_OPENING[0], '记者从县司法局获悉，全县行政复议案件办理质量持续提升。'];
    const detection = detectReport(page(lead));
    expect(detection.reasons).not.toContain('opening:年度总述');
    expect(detection.isReport).toBe(false);
  });

  it('takes a report addressed to its rule-of-law committee, without title or year-first opening', () => {
    const addressed = [
      '城中区委全面依法治区委员会：',
      '在新征程上，XX街道办事处坚持以习近平法治思想为根本遵循，系统推进法治政府建设。现将2025年工作情况总结如下：',
      '一、全年工作完成情况',
      '（一）组织保障体系更加健全。全年召开法治建设专题会议4次。',
    ];
    const detection = detectReport(page(addressed));
    expect(detection.reasons).toContain('addressee:依法治委');
    expect(detection.isReport).toBe(true);
    // The same body addressed to anyone else is only an opening formula.
    expect(detectReport(page(['各位领导：', ...addressed.slice(1)])).isReport).toBe(false);
  });

  it('does not take a plan’s opening for an account', () => {
    const plan = ['2023年，全县法治政府建设工作的总体要求是：坚持以习近平法治思想为指导，深入推进依法行政。', '一、加强党对法治政府建设的领导', THIN_BODY[0]];
    expect(detectReport(page(plan)).reasons).not.toContain('opening:年度总述');
  });

  it('lets a township report past the gate on its own wording (依法治镇, no 行政复议 anywhere)', () => {
    const township = [
      '2023年，在区委、区政府的领导下，龙泉镇把依法治镇作为推进基层治理的重要抓手，为全镇高质量发展提供坚实法治保障。',
      '一、主要做法',
      '1、健全调解网络。全年排查矛盾纠纷210起，调处成功198起，开展普法宣传活动36场。',
    ];
    const detection = detectReport(page(township));
    expect(detection.reasons).not.toContain('gate:none');
    expect(detection.isReport).toBe(true);
    // The gate still stops the same layout about something else.
    expect(detectReport(page([township[0].replace('依法治镇', '招商引资').replace('法治保障', '要素保障'), '一、主要做法', '1、优化营商环境。'])).reasons).toEqual(['gate:none']);
  });

  it('reads a ministry’s report in traditional characters through inserted pinyin glosses', () => {
    const glossed = [
      '2021年，水利部堅持以習近平法治思想為指導，全面貫徹黨中央、國務(wù)院決策部署，紮實推動法治政府建設(shè)高質(zhì)量發(fā)展。',
      '一、嚴格規(guī)範公正文明執(zhí)法',
      '全面推行行政執(zhí)法公示制度，加強行政復(fù)議和行政應(yīng)訴工作，嚴格規(guī)範性文件審核。',
    ];
    const plain = glossed.map((line) => line.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, ''));
    const detection = detectReport(page(glossed));
    expect(detection.isReport).toBe(true);
    expect(detection).toEqual(detectReport(page(plain)));
    expect(detection.reasons).toContain('terms:5/7');
  });

  it('reads a title behind a CMS column tag, and still rejects a tagged look-alike', () => {
    const tagged = detectReport(page(['【法治建设报告】湖南省司法厅2023年法治政府建设年度报告', ...THIN_BODY]));
    expect(tagged.reasons).toContain('title:法治政府建设年度报告');
    expect(tagged.isReport).toBe(true);
    expect(detectReport(page(['【解读】《XX市2022年法治政府建设年度报告》', ...RICH_BODY])).isReport).toBe(false);
  });
});

describe('look-alikes are rejected even over a report-like body', () => {
  const lookAlikes = [
    ['2023年政府工作报告', 'reject:政府工作报告'],
    ['淮安市人民政府2024年政府信息公开工作年度报告', 'reject:政府信息公开工作年度报告'],
    ['我省发布2022年度法治政府建设情况报告', 'reject:新闻报道'],
    ['关于2022年法治政府建设年度报告的解读', 'reject:解读'],
    ['一图读懂《九江市2022年度法治政府建设情况报告》', 'reject:解读'],
    ['XX市2023年法治政府建设工作要点', 'reject:实施方案/工作要点'],
    ['关于印发《XX县法治政府建设实施方案（2021-2025年）》的通知', 'reject:实施方案/工作要点'],
    ['XX区关于加快推进法治政府建设的实施意见', 'reject:实施方案/工作要点'],
    ['市县法治政府建设示范指标体系（2021年版）', 'reject:指标体系'],
    ['最高人民法院关于行政审判工作情况的报告', 'reject:法院/检察院工作报告'],
    ['2022年度部门整体支出绩效自评报告', 'reject:绩效评价'],
    ['XX县县长2022年度履行推进法治建设第一责任人职责情况述职报告', 'reject:述职述法报告'],
    ['法治政府建设年度报告制度研究', 'reject:学术文章'],
    ['国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见', 'reject:公文(通知/意见/通报)'],
    ['2022年度全市法治政府建设督察情况通报', 'reject:公文(通知/意见/通报)'],
  ];
  for (const [title, reason] of lookAlikes) {
    it(`rejects ${title}`, () => {
      const detection = detectReport(page([title, ...RICH_BODY]));
      expect(detection.isReport).toBe(false);
      expect(detection.confidence).toBeLessThanOrEqual(0.2);
      expect(detection.reasons).toContain(reason);
    });
  }

  it('the rich body with a report title is a report (so the rejections above are what decide)', () => {
    const detection = detectReport(page(['XX市2022年法治政府建设年度报告', ...RICH_BODY]));
    expect(detection.confidence).toBeGreaterThanOrEqual(0.99);
    // The body opens as an annual account: that bonus, too, is withheld under a rejected title.
    expect(detection.reasons).toContain('opening:年度总述');
    expect(detectReport(page(['2023年政府工作报告', ...RICH_BODY])).reasons).not.toContain('opening:年度总述');
  });

  it('rejects a budget performance self-evaluation by its opening, without its title', () => {
    const detection = detectReport(
      page([
        '为加强财政资金管理，根据《XX省财政厅关于开展2023年度部门整体支出绩效自评工作的通知》要求，我局对部门整体支出实施了绩效自评，现将自评情况报告如下：',
        '一、部门基本情况',
        '（一）职能职责。承担统筹推进法治政府建设的责任，负责规范性文件备案审查、行政复议和行政应诉工作，承担重大行政决策合法性审查。',
      ]),
    );
    expect(detection.isReport).toBe(false);
    expect(detection.reasons).toContain('reject:绩效评价');
  });

  it('rejects news about a report by its dateline, without a telling title', () => {
    const detection = detectReport(
      page([
        '法治政府建设扎实推进',
        '本报讯（记者 张明 通讯员 李华）日前，市政府新闻办召开新闻发布会，发布了《九江市2022年度法治政府建设情况报告》。',
        '报告显示，2022年全市审核规范性文件45件，办理行政复议案件534件，行政应诉案件负责人出庭应诉率100%。',
      ]),
    );
    expect(detection.isReport).toBe(false);
    expect(detection.reasons).toContain('reject:新闻报道');
  });

  it('rejects a directive by its addressee line when the title is lost', () => {
    const detection = detectReport(
      page([
        '国办发〔2018〕118号',
        '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
        '行政执法是行政机关履行政府职能、管理经济社会事务的重要方式。全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度，是推进依法行政、建设法治政府的必然要求。',
      ]),
    );
    expect(detection.isReport).toBe(false);
    expect(detection.reasons).toContain('reject:公文(通知/意见/通报)');
  });

  it('rejects an academic article by its apparatus', () => {
    const detection = detectReport(
      page([
        '摘要：法治政府建设年度报告制度是推进依法行政的重要抓手。现将相关研究情况报告如下：',
        '关键词：法治政府；年度报告；行政复议；规范性文件',
        ...RICH_BODY.slice(1),
        '参考文献：[1]明天.法治政府建设报告制度实证研究[J].闽台关系研究,2017(6).',
      ]),
    );
    expect(detection.isReport).toBe(false);
    expect(detection.reasons).toContain('reject:学术文章');
  });

  it('rejects a column page that lists many reports', () => {
    const detection = detectReport(
      page(
        [
          '当前位置：首页 > 政府信息公开 > 法治政府建设年报',
          '法治政府建设年报',
          '九江市2022年度法治政府建设情况报告 2023-03-28',
          '九江市2021年度法治政府建设情况报告 2022-03-30',
          '九江市2020年度法治政府建设情况报告 2021-03-25',
          '九江市2019年度法治政府建设情况报告 2020-03-20',
          '共4条 首页 上一页 1 下一页 尾页',
        ],
        { metaTags: { columnname: '法治政府建设年报' } },
      ),
    );
    expect(detection.isReport).toBe(false);
    expect(detection.reasons).toContain('reject:列表页');
  });

  it('rejects a speech to the people’s congress', () => {
    const detection = detectReport(
      page([
        '各位代表：',
        '现在，我代表市人民政府，向大会报告工作，请予审议。过去一年，我们坚持依法行政，加快建设法治政府，行政复议、行政应诉工作扎实推进，规范性文件备案审查全面加强。',
      ]),
    );
    expect(detection.isReport).toBe(false);
    expect(detection.reasons).toContain('reject:人代会报告');
  });
});

describe('report pages (seeds in real gov page templates)', () => {
  const reports = readdirSync(join(FIXTURES, 'reports')).filter((name) => /^\d{3}-.*\.html$/.test(name));

  it('has the report fixtures to test', () => expect(reports.length).toBeGreaterThanOrEqual(6));

  for (const name of reports) {
    it(`accepts ${name}`, async () => {
      const { loadPage } = await import('../../../lib/cli/load-page');
      const detection = detectReport(loadPage(join(FIXTURES, 'reports', name)));
      expect(detection.isReport).toBe(true);
      expect(detection.confidence).toBeGreaterThanOrEqual(name.includes('template') ? 0.5 : 0.8);
    });
  }
});

describe('real negatives', () => {
  const dir = join(FIXTURES, 'negative');
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => /\.(txt|html?)$/.test(name)) : [];

  it('has the corpus negatives to test (txt and html)', () => {
    expect(files.filter((name) => name.endsWith('.txt')).length).toBeGreaterThanOrEqual(5);
    expect(files.filter((name) => name.endsWith('.html')).length).toBeGreaterThanOrEqual(5);
  });

  for (const name of files) {
    it(`rejects ${name}`, async () => {
      const { loadPage } = await import('../../../lib/cli/load-page');
      const detection = detectReport(loadPage(join(dir, name)));
      expect(detection.isReport).toBe(false);
      expect(detection.confidence).toBeLessThanOrEqual(0.2);
    });
  }

  it('rejects the 政府信息公开工作年度报告 for what it is, despite its 行政复议 figures', async () => {
    const { loadPage } = await import('../../../lib/cli/load-page');
    const disclosure = files.find((name) => name.endsWith('.txt') && readFileSync(join(dir, name), 'utf8').includes('政府信息公开工作年度报告'));
    expect(disclosure).toBeDefined();
    expect(detectReport(loadPage(join(dir, disclosure!))).reasons).toContain('reject:政府信息公开工作年度报告');
  });
});

describe('cost and robustness', () => {
  /** A 5 MB news-like page with no rule-of-law wording anywhere. */
  function hugeNonReport() {
    const paragraph =
      '当地时间9月16日下午，2019年山西品牌丝路行（南美站）活动在巴西圣保罗正式启动，并成功举办中国（山西）－巴西双向经贸投资推介会。';
    const lines = ['山西品牌丝路行（南美站）正式启动'];
    for (let size = 0; size < 5_000_000; size += paragraph.length) lines.push(paragraph);
    return page(lines);
  }

  it('bails out at the gate on a huge non-report page in ≤ 2 ms', () => {
    const huge = hugeNonReport();
    let best = Infinity;
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      const detection = detectReport(huge);
      best = Math.min(best, performance.now() - start);
      expect(detection.reasons).toEqual(['gate:none']);
    }
    expect(best).toBeLessThanOrEqual(2);
  });

  it('stays linear on adversarial text (repeated pattern prefixes, no sentence ends)', () => {
    for (const unit of ['现将', '省、市、', '法治政府', '今年2020年', '关于', '各', '第一责任人', '一、存在']) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const start = performance.now();
      detectReport(page([text]));
      detectReport(page(['XX市2022年法治政府建设年度报告', text]));
      expect(performance.now() - start, unit).toBeLessThan(2000);
    }
  });

  it('never throws, and keeps confidence in [0, 1]', () => {
    const tokens = fc.constantFrom('现将', '报告如下', '法治政府', '年度报告', '关于', '的通知', '各', '：', '\n', '2020年', '一、', '（一）', '记者', '市', '区', '　', '𠀀', '\uD800', '報告', '>', '_', ' - ', '当前位置：');
    fc.assert(
      fc.property(fc.array(fc.oneof(tokens, fc.string()), { maxLength: 60 }), (parts) => {
        const detection = detectReport(pageTextFromPlainText(parts.join('')));
        expect(detection.confidence).toBeGreaterThanOrEqual(0);
        expect(detection.confidence).toBeLessThanOrEqual(1);
        expect(Array.isArray(detection.reasons)).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(detectReport(pageTextFromPlainText('')).isReport).toBe(false);
  });
});

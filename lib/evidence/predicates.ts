/**
 * Detection predicates, one concept each, in the style of refined-github's page detections: every
 * predicate carries the example strings it must match, and a test asserts that each predicate
 * matches all of its own examples and none of the other predicates' examples, so the look-alike
 * rules cannot silently swallow real report titles (or each other).
 *
 * All predicates run on folded text (traditional → simplified, full-width → ASCII), so examples
 * in traditional characters are folded before testing. `scope` says what the input is:
 * - 'title': one title-like string (ArticleTitle, first heading, `<title>` minus site name);
 * - 'head': the first few thousand characters of the article body, blocks joined by '\n';
 * - 'page': the head of the whole page including navigation (for list pages).
 * Every pattern is anchored or uses bounded gaps, so a predicate costs O(input length).
 */

export interface DetectionPredicate {
  id: string;
  scope: 'title' | 'head' | 'page';
  /** The reason detection reports when the predicate fires. */
  reason: string;
  test: (folded: string) => boolean;
  /** Real or realistic strings the predicate must match (traditional ones included). */
  examples: readonly string[];
}

const TITLE_MAX = 120;
const SENTENCE_PUNCTUATION = /[。！？!?；;\n]/;

/** Titles are one short line without sentence punctuation; body text never passes for a title. */
function isTitle(s: string): boolean {
  return s.length >= 4 && s.length <= TITLE_MAX && !SENTENCE_PUNCTUATION.test(s);
}

/** Trailing qualifiers that do not change what the document is: （2022年）, (全文), 》, trailing colon. */
function stripTitleTail(s: string): string {
  let out = s.trim();
  for (let i = 0; i < 3; i++) {
    const next = out.replace(/(?:[(（][^()（）]{0,16}[)）]|全文|摘要|[》」"”:：。\s])$/, '');
    if (next === out) break;
    out = next;
  }
  return out;
}

/**
 * The subject of a rule-of-law report: 法治政府(部门)建设, 依法行政 (the pre-2016 wording),
 * 法治建设, 依法治省/市/县/区.
 */
const RULE_OF_LAW_SUBJECT = '(?:法治政府|依法行政|法治建设|依法治[省市县区州旗盟])';
const REPORT_TITLE = new RegExp(`${RULE_OF_LAW_SUBJECT}[^，,。；;：:!?！？《》]{0,24}?(?:报告|年报|汇报)$`);
/** An account that adds next year's plans to its title: …工作情况及2016年工作打算. */
const NEXT_YEAR_TAIL = '(?:[及和与](?:19|20)\\d\\d\\s*年(?:度)?(?:工作)?(?:打算|计划|思路|安排))?';
/**
 * Titles that drop the word 报告 but still name a year's account: "XX市2022年度法治政府建设情况",
 * "XX县2022年法治政府建设工作总结". They need the year, and a half-year or quarter is not annual.
 */
const YEAR_ACCOUNT_TITLE = new RegExp(
  `(?:19|20)\\d\\d\\s*年(?!上半年|下半年|第?[一二三四1-4]季度)[^，,。；;：:!?！？《》]{0,16}?${RULE_OF_LAW_SUBJECT}[^，,。；;：:!?！？《》]{0,12}?(?:情况|工作总结)${NEXT_YEAR_TAIL}$`,
);

function namesReport(title: string): boolean {
  const stripped = stripTitleTail(title);
  return REPORT_TITLE.test(stripped) || YEAR_ACCOUNT_TITLE.test(stripped);
}

/** Verbs of news about a report (发布, 审议, 召开…). 公开 is news unless it is 信息公开/政务公开. */
const NEWS_VERB = /发布|公布|出炉|召开|举行|审议|听取|亮相|晒出|(?<!信息|政务)公开|新闻|记者/;

/** The annual 政府工作报告 to the people's congress (法治政府工作报告 is a rule-of-law report). */
export const governmentWorkReport: DetectionPredicate = {
  id: 'governmentWorkReport',
  scope: 'title',
  reason: 'reject:政府工作报告',
  test: (s) => isTitle(s) && /(?<!法治)政府工作报告/.test(s),
  examples: [
    '2023年政府工作报告',
    '政府工作报告——2024年1月15日在九江市第十六届人民代表大会第三次会议上',
    '2022年厦门市人民政府工作报告',
    '2021年政府工作報告',
  ],
};

/** 政府信息公开工作年度报告: full of 行政复议/行政诉讼 tables and numbered headings. */
export const disclosureReport: DetectionPredicate = {
  id: 'disclosureReport',
  scope: 'title',
  reason: 'reject:政府信息公开工作年度报告',
  test: (s) => isTitle(s) && /(?:信息公开|政务公开)[^，。]{0,12}(?:报告|年报)/.test(s),
  examples: [
    '2024 年政府信息公开工作年度报告',
    '淮安市人民政府2024年政府信息公开工作年度报告',
    '九江市司法局2022年政府信息公开工作年度报告',
    '2021年度政務公開工作年度報告',
  ],
};

/** The disclosure report's boilerplate opening (本报告…根据《政府信息公开条例》…编制). */
export const disclosureReportBody: DetectionPredicate = {
  id: 'disclosureReportBody',
  scope: 'head',
  reason: 'reject:政府信息公开工作年度报告',
  test: (s) => /本(?:年度)?报告[^。\n]{0,120}政府信息公开|政府信息公开[^。\n]{0,120}本(?:年度)?报告/.test(s),
  examples: [
    '本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》（国令第 711 号）（以下简称《条例》）规定编制。',
    '根据《中华人民共和国政府信息公开条例》规定，编制本报告。报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。',
  ],
};

/** A title about a report rather than the report: 发布, 审议通过, a quoted 《…报告》. */
export const newsAboutReport: DetectionPredicate = {
  id: 'newsAboutReport',
  scope: 'title',
  reason: 'reject:新闻报道',
  test: (s) =>
    isTitle(s) &&
    /报告|年报/.test(s) &&
    (NEWS_VERB.test(s) || /《[^》]*报告》./.test(s)) &&
    !interpretation.test(s) &&
    !disclosureReport.test(s) &&
    !academicTitle.test(s),
  examples: [
    '我省发布2022年度法治政府建设情况报告',
    '《2021年北京市法治政府建设年度情况报告》发布',
    '市政府常务会议审议通过《2022年法治政府建设年度报告》',
    '31个省份法治政府建设年度报告全部按时公开',
    '九江市召开新闻发布会通报法治政府建设情况报告',
  ],
};

/** News text: datelines, reporters, photo captions, press conferences (two distinct signs needed). */
const NEWS_MARKERS = [
  /本报讯|讯\s*[(（]/,
  /记者/,
  /通讯员/,
  /(?:^|\n)(?:日前|近日|昨日|昨天)[，,]/,
  /图为/,
  /新闻发布会|发布会上/,
  /摄\s*[)）]/,
  /责任编辑|编辑\s*[:：]/,
  /发布了?《[^》\n]{0,60}报告》/,
];
export const newsBody: DetectionPredicate = {
  id: 'newsBody',
  scope: 'head',
  reason: 'reject:新闻报道',
  test: (s) => NEWS_MARKERS.filter((marker) => marker.test(s)).length >= 2,
  examples: [
    '本报讯（记者 张明 通讯员 李华）日前，市政府新闻办召开新闻发布会，发布了《九江市2022年度法治政府建设情况报告》。',
    '图为山西品牌丝路行（南美站）启动仪式。（刘通摄）\n跨越千山万水，行程近两万公里，山西品牌丝路行首次登陆巴西。',
    '近日，省司法厅发布了《2021年度全省法治政府建设情况报告》。\n（责任编辑：王芳）',
  ],
};

/** 解读 / 图解 / 一图读懂 pages explain a document; they are not the document. */
export const interpretation: DetectionPredicate = {
  id: 'interpretation',
  scope: 'title',
  reason: 'reject:解读',
  test: (s) => isTitle(s) && /解读|图解|一图读懂|读懂|答记者问/.test(s),
  examples: [
    '关于2022年法治政府建设年度报告的解读',
    '一图读懂《九江市2022年度法治政府建设情况报告》',
    '图解：2021年度法治政府建设情况报告',
    '《XX区2023年法治政府建设工作要点》政策解读',
  ],
};

/**
 * Plans, not reports: the title's head noun is a plan (实施方案, 实施意见, 工作要点, 工作安排,
 * 规划…), including "关于印发《…方案》的通知".
 */
const PLAN_HEAD = /(?:方案|实施意见|要点|工作安排|工作计划|行动计划|规划|任务清单|任务分工|责任清单|考核办法|考核细则|评分细则)$/;
export const planDocument: DetectionPredicate = {
  id: 'planDocument',
  scope: 'title',
  reason: 'reject:实施方案/工作要点',
  test: (s) => isTitle(s) && PLAN_HEAD.test(stripTitleTail(s.replace(/的(?:通知|函)$/, ''))),
  examples: [
    'XX市2023年法治政府建设工作要点',
    '关于印发《XX县法治政府建设实施方案（2021-2025年）》的通知',
    'XX区关于加快推进法治政府建设的实施意见',
    '2014年全区依法行政工作安排',
    'XX市法治政府建设示范创建实施方案',
    '九江市法治政府建设规划（2021—2025年）',
  ],
};

/** 指标体系: indicator systems quote every area of a report without being one. */
export const indicatorSystem: DetectionPredicate = {
  id: 'indicatorSystem',
  scope: 'title',
  reason: 'reject:指标体系',
  test: (s) => isTitle(s) && /指标体系|(?:考核|评价|评估)指标/.test(s),
  examples: ['市县法治政府建设示范指标体系（2021年版）', 'XX省法治政府建设指标体系', '法治政府建设考核评价指标（试行）'],
};

/** Court and procuratorate reports to the people's congress (行政审判工作情况报告). */
export const courtReport: DetectionPredicate = {
  id: 'courtReport',
  scope: 'title',
  reason: 'reject:法院/检察院工作报告',
  test: (s) => isTitle(s) && /(?:法院|检察院)[^，。]{0,30}(?:报告|汇报)|行政审判[^，。]{0,12}(?:报告|汇报)/.test(s),
  examples: [
    '最高人民法院关于行政审判工作情况的报告',
    '九江市中级人民法院工作报告',
    '关于全市法院行政审判工作情况的报告',
    'XX省人民检察院工作报告',
  ],
};

/** Budget performance self-evaluations (绩效自评报告) of a justice bureau's spending. */
export const performanceEvaluation: DetectionPredicate = {
  id: 'performanceEvaluation',
  scope: 'title',
  reason: 'reject:绩效评价',
  test: (s) => isTitle(s) && /绩效|整体支出|项目支出/.test(s),
  examples: [
    '2022年度部门整体支出绩效自评报告',
    'XX市司法局2021年度法治政府建设专项资金绩效评价报告',
    '2023年度项目支出绩效自评报告',
  ],
};

/** A leader's personal 述职/述法 report: about one official, not the government's annual report. */
export const personalReport: DetectionPredicate = {
  id: 'personalReport',
  scope: 'title',
  reason: 'reject:述职述法报告',
  test: (s) => isTitle(s) && /述职|述法|述廉/.test(s),
  examples: ['XX县县长2022年度履行推进法治建设第一责任人职责情况述职报告', 'XX区区长2023年述法报告'],
};

/** Academic titles: 研究, 探析, "——基于324个…的实证考察". */
export const academicTitle: DetectionPredicate = {
  id: 'academicTitle',
  scope: 'title',
  reason: 'reject:学术文章',
  test: (s) => isTitle(s) && (/(?:研究|探析|浅析|初探|浅谈|探讨|述评|综述|考察|展望|对策|路径)$/.test(stripTitleTail(s)) || /——(?:基于|以)/.test(s)),
  examples: [
    '法治政府建设年度报告制度研究',
    '法治政府建设年度报告制度：生成逻辑、实践图景与未来展望——基于324个地方政府年度报告样本的实证考察',
    '地方法治政府建设年度报告公开问题探析',
  ],
};

/** Academic apparatus in the text (two distinct signs): 摘要：, 关键词：, 参考文献, 作者简介. */
const ACADEMIC_MARKERS = [/摘\s?要\s*[:：]/, /关键[词字]\s*[:：]/, /参考文献/, /作者简介/, /基金项目/, /中图分类号|文献标识码/, /\[J\]/, /DOI\s*[:：]/i];
export const academicBody: DetectionPredicate = {
  id: 'academicBody',
  scope: 'head',
  reason: 'reject:学术文章',
  test: (s) => ACADEMIC_MARKERS.filter((marker) => marker.test(s)).length >= 2,
  examples: [
    '摘要：法治政府建设年度报告制度是推进法治政府建设的重要抓手。\n关键词：法治政府；年度报告；实证研究',
    '作者简介：王某，男，XX大学法学院副教授。\n参考文献：\n[1]明天.法治政府建设报告制度实证研究[J].闽台关系研究,2017(6).',
  ],
};

/**
 * Official directives and notices (公文: 通知, 意见, 通报, 决定, 决议…), such as the State Council's
 * 指导意见 or a 督察情况通报 that grades many governments. The head noun decides; 意见 and 函 count
 * only as "关于…的意见/函" (a 实施意见 is a plan). A notice that forwards a report
 * (关于印发《…报告》的通知) is left to the text.
 */
export const directiveTitle: DetectionPredicate = {
  id: 'directiveTitle',
  scope: 'title',
  reason: 'reject:公文(通知/意见/通报)',
  test: (s) =>
    isTitle(s) &&
    /(?:关[于於].{2,100}的(?:意见|函)|指导意见|通知|通报|决定|批复|决议|公告|通告|命令)$/.test(s) &&
    !/《[^》]*报告》/.test(s) &&
    !planDocument.test(s),
  examples: [
    '国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见',
    '国务院办公厅关于对国务院第五次大督查发现的典型经验做法给予表扬的通报',
    'XX市人民政府关于开展2023年度法治政府建设督察工作的通知',
    '國務院辦公廳關於全面推行行政執法公示制度的指導意見',
    '2022年度全市法治政府建设督察情况通报',
    '全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇的决议',
  ],
};

/**
 * A directive's addressee line ("各省、自治区、直辖市人民政府，国务院各部委、各直属机构："): a line
 * that starts with 各 and ends with a colon addresses subordinates. Reports go up (市委、市人大常委会：).
 */
export const directiveAddressee: DetectionPredicate = {
  id: 'directiveAddressee',
  scope: 'head',
  reason: 'reject:公文(通知/意见/通报)',
  test: (s) => /(?:^|\n)各(?!位)[^\n。]{1,80}[：:](?:\n|$)/.test(s),
  examples: [
    '国办发〔2018〕118号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n行政执法是行政机关履行政府职能的重要方式。',
    '各县（市、区）人民政府，市政府各部门：\n现将《2023年全市法治政府建设工作要点》印发给你们，请认真贯彻执行。',
  ],
};

/** A speech to a people's congress plenary (政府工作报告, 法院工作报告): 各位代表：…向大会报告工作. */
export const congressSpeech: DetectionPredicate = {
  id: 'congressSpeech',
  scope: 'head',
  reason: 'reject:人代会报告',
  test: (s) => /(?:^|\n)各位代表\s*[:：，,]|向大会报告/.test(s),
  examples: [
    '各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。',
    '各位代表，过去一年，全市法院紧紧围绕中心、服务大局。',
  ],
};

/** One line of a list page: a short report-like title, maybe followed by its date. */
function isReportListLine(line: string): boolean {
  if (line.length > 70) return false;
  const title = line.replace(/\s*[[【(（]?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\]】)）]?\s*$/, '');
  return namesReport(title);
}

/**
 * A column or search page listing many reports: several short report-title lines and almost no
 * paragraph text. Without it, a column named 法治政府建设年报 would pass the title gate.
 */
export const reportList: DetectionPredicate = {
  id: 'reportList',
  scope: 'page',
  reason: 'reject:列表页',
  test: (s) => {
    let titles = 0;
    let paragraphs = 0;
    for (const line of s.split('\n')) {
      const trimmed = line.trim();
      if (isReportListLine(trimmed)) titles++;
      else if (trimmed.length >= 120 && /[。；]/.test(trimmed)) paragraphs++;
    }
    return titles >= 3 && paragraphs <= 1;
  },
  examples: [
    [
      '法治政府建设年报',
      '九江市2022年度法治政府建设情况报告 2023-03-28',
      '九江市2021年度法治政府建设情况报告 2022-03-30',
      '九江市2020年度法治政府建设情况报告 2021-03-25',
      '九江市2019年度法治政府建设情况报告 2020-03-20',
      '首页 上一页 1 2 下一页 尾页',
    ].join('\n'),
    [
      '浔阳区2022年法治政府建设年度报告',
      '[2023-03-15]',
      '濂溪区2022年法治政府建设年度报告',
      '[2023-03-10]',
      '柴桑区2022年法治政府建设年度报告',
      '[2023-03-08]',
    ].join('\n'),
  ],
};

/** Template/essay sites (美章网 范文): the text may be a real report, but an anonymised copy. */
export const templateCopy: DetectionPredicate = {
  id: 'templateCopy',
  scope: 'title',
  reason: 'template:范文',
  test: (s) => isTitle(s) && /(?:范文|范例|模板|范本)(?:[(（][^()（）]{0,10}[)）])?$|精选\d+篇/.test(s),
  examples: ['地区依法行政情况报告范文', '2020年法治政府建设工作报告范文（精选3篇）', '依法行政工作情况报告模板'],
};

/** Strips a template site's 范文/模板 suffix so the report title underneath can be read. */
export function stripTemplateSuffix(s: string): string {
  return s.replace(/(?:范文|范例|模板|范本)(?:[(（][^()（）]{0,10}[)）])?$|[(（]?精选\d+篇[)）]?$/, '');
}

/**
 * A column tag CMSs print in front of a title ("【法治建设报告】XX省司法厅2023年…", "[通知公告]…"):
 * where the page was filed, not part of the title. Look-alike rules still see it (【解读】 rejects).
 */
const COLUMN_TAG = /^\s*[【[〔]\s*[^【】[\]〔〕\n]{1,12}[】\]〕]\s*/;

/** How many leading characters of a title are a column tag (0 when it has none). */
export function columnTagLength(s: string): number {
  const tag = COLUMN_TAG.exec(s);
  return tag && tag[0].length < s.length ? tag[0].length : 0;
}

/**
 * The positive title gate: a title naming a rule-of-law report (…法治政府建设年度报告, …情况报告,
 * …工作报告, 关于20XX年…情况的报告, 法治政府部门建设…, 依法行政(工作)情况报告, 法治建设工作报告)
 * that is none of the look-alikes above.
 */
export const reportTitle: DetectionPredicate = {
  id: 'reportTitle',
  scope: 'title',
  reason: 'title',
  test: (s) => isTitle(s) && namesReport(s) && !TITLE_REJECTIONS.some((p) => p.test(s)),
  examples: [
    '2019年度晋江市法治政府工作报告',
    '中卫市沙坡头区2020年法治政府建设年度报告',
    '厦门市关于2021年法治政府建设情况的报告',
    '九江市2022年度法治政府建设情况报告',
    '交通运输部2021年法治政府部门建设情况报告',
    '北京市2021年法治政府建设年度情况报告',
    'XX市人民政府关于2020年度法治政府建设工作情况的报告',
    'XX县2022年度法治建设工作报告',
    '关于2013年依法行政工作情况的报告',
    '地区依法行政情况报告',
    'XX区2014年依法行政工作报告',
    '2020年法治政府建设年报',
    '珠海市2022年度法治政府建設年度報告',
    '廣州市關於2021年法治政府建設情況的報告',
    'XX市2022年度法治政府建设情况',
    'XX县2022年法治政府建设工作总结',
    'XX区政府2015年推进依法行政工作情况及2016年工作打算',
  ],
};

/** The report's opening formula: 现将…情况报告如下 / 现就…报告如下 / 现将…汇报如下. */
export const openingFormula: DetectionPredicate = {
  id: 'openingFormula',
  scope: 'head',
  reason: 'opening:报告如下',
  test: (s) => /现[将就][^。\n]{0,60}?(?:报告|汇报|总结)如下/.test(s),
  examples: [
    '现将新华乡2025年度法治政府建设工作总结如下：',
    '现将我市2022年度法治政府建设情况报告如下：',
    '聚焦年度重点任务，不断把法治政府建设向纵深推进，现就工作开展情况报告如下：',
    '较好地完成了省、市政府依法行政工作各项目标任务。现将相关情况汇报如下：',
    '現將2019年度依法行政工作情況報告如下：',
  ],
};

/** The year a report's opening starts from: 2022年，/ 2019年以来，/ 二〇二二年 / 今年以来，/ 一年来，— not a date (2023年5月). */
const ACCOUNT_YEAR = /^\s*(?:(?:19|20)\d\d\s*年度?(?:以来)?(?!\s*\d{1,2}\s*月)|[一二][〇零○一二三四五六七八九]{3}年度?|今年以来|一年来|过去一年)/;
/** Whose lead it followed: 在…的坚强领导下 / 坚持以…为指导 / 深入学习贯彻…. */
const ACCOUNT_GUIDANCE = /在[^。\n]{0,40}?(?:领导|指导)下|以[^。\n]{0,40}?为(?:指导|指引|统领|引领|根本遵循)|(?:深入|认真|全面)(?:学习)?贯彻/;
/**
 * What the year was spent on: rule of law as the topic (法治政府建设, 依法行政工作, a township's 依法治镇),
 * not 依法行政 as one item in a 政府工作报告's list of virtues (坚持依法行政).
 */
const ACCOUNT_SUBJECT = /法治政府|依法行政工作|法治建设|依法治[省市县区州旗盟镇乡村]/;
/**
 * Plans and disclosure reports open alike but announce a plan (…的总体要求是：, 现提出如下工作要点)
 * or an account of disclosure (贯彻《政府信息公开条例》…推进政务公开工作).
 */
const NOT_AN_ACCOUNT = /(?:总体要求|指导思想|主要目标|总体目标)(?:是|[:：])|现(?:提出|制定)|如下(?:工作)?要点|政府信息公开|政务公开工作/;
const MAX_ACCOUNT_SENTENCE = 400;
/** The first numbered part: own-line (一、2021年法治政府建设主要工作) or run-in (一、坚持党的领导，…。一是…). */
const FIRST_PART = /^\s*一\s*[、.．]/;
/**
 * A report that lost its numbering (a WeChat repost runs its first heading, unnumbered, into the
 * opening paragraph: "…各项工作取得重要进展和成效。全面贯彻落实党的二十大精神") still shows the
 * skeleton: the account's verdict ends the sentence and a bare heading phrase ends the line. A news
 * lead may end on the same verdict, but goes on in sentences.
 */
const ACCOUNT_VERDICT = /取得[^。，,\n]{0,12}(?:成效|进展|成绩|成果)$/;
const RUN_IN_HEADING = /^[\u4e00-\u9fff“”"]{4,30}$/;

/**
 * The opening of an annual account, where a report that lost its title (or never printed one)
 * says what it is: its first paragraph opens with the year covered, whose lead the government
 * followed, and the rule of law as what it did ("2021年，在市委、市政府的坚强领导下，XX县深入
 * 学习贯彻…，扎实推进法治政府建设…。"), and the first numbered part follows straight after it.
 * Input: the first prose paragraph, '\n', the block after it. Together the two shapes are the
 * skeleton of a report (总述 then 一、); a news lead or a one-line mention has the first alone.
 */
export const accountOpening: DetectionPredicate = {
  id: 'accountOpening',
  scope: 'head',
  reason: 'opening:年度总述',
  test: (s) => {
    const lineEnd = s.indexOf('\n');
    if (lineEnd === -1) return false;
    const stop = s.indexOf('。');
    const sentence = s.slice(0, Math.min(stop === -1 || stop > lineEnd ? lineEnd : stop, MAX_ACCOUNT_SENTENCE));
    const partFollows = FIRST_PART.test(s.slice(lineEnd + 1, lineEnd + 10));
    const headingRunsIn = stop !== -1 && stop < lineEnd && ACCOUNT_VERDICT.test(sentence) && RUN_IN_HEADING.test(s.slice(stop + 1, lineEnd).trim());
    if (!partFollows && !headingRunsIn) return false;
    return ACCOUNT_YEAR.test(sentence) && ACCOUNT_GUIDANCE.test(sentence) && ACCOUNT_SUBJECT.test(sentence) && !NOT_AN_ACCOUNT.test(sentence);
  },
  examples: [
    '2021年，在市委、市政府的坚强领导下，XX县深入学习贯彻习近平法治思想，扎实推进法治政府建设，取得明显成效。\n一、2021年法治政府建设主要工作',
    '2021年，XX部坚持以习近平新时代中国特色社会主义思想为指导，扎实推动法治政府建设高质量发展。\n一、加强党对法治政府建设的领导',
    '2023年，在区委、区政府的正确领导下，XX镇扎实推进依法治镇，基层治理法治化水平持续提升。\n一、主要举措和成效',
    '今年以来，在县委、县政府的坚强领导下，XX乡认真贯彻落实上级关于法治建设的部署。\n一、强化统筹，坚持依法行政。一是…',
    '2022年，交通運輸部堅持以習近平法治思想為指導，紮實推進法治政府部門建設(shè)。\n一、健全依法行政制度體系',
    '2017年，XX省以习近平新时代中国特色社会主义思想为指导，深入推进依法行政，加快完成法治政府建设各项任务。\n一、依法全面履行政府职能',
    '2022年，XX部坚持以习近平法治思想为指导，扎实推进法治政府建设，各项工作取得重要进展和成效。全面贯彻落实党的二十大精神\n统筹推进法治政府建设高质量发展',
  ],
};

/**
 * A budget performance self-evaluation (绩效自评) opens by saying it carried one out (对部门整体
 * 支出实施了绩效自评) and reports "自评情况": a justice bureau's is full of 规范性文件 and 依法治省
 * without being the rule-of-law report. Its title, when printed, is caught by performanceEvaluation.
 */
export const performanceEvaluationBody: DetectionPredicate = {
  id: 'performanceEvaluationBody',
  scope: 'head',
  reason: 'reject:绩效评价',
  test: (s) => /(?:实施|开展|组织)了?[^。\n]{0,30}绩效(?:自评|评价)|现将[^。\n]{0,20}自评/.test(s),
  examples: [
    '根据《XX省财政厅关于开展2022年度部门整体支出绩效自评工作的通知》要求，我厅自2023年2月起对部门整体支出情况实施了绩效自评。',
    '按照市财政局的统一部署，我局组织开展了2023年度项目支出绩效评价工作，形成本评价报告。',
  ],
};

/**
 * A report addressed to the rule-of-law committee it answers to (城中区委全面依法治区委员会：,
 * 县委全面依法治县委员会办公室：): the annual report is the document a government or a department
 * submits to that committee, so the salutation says what the page is, as a title does.
 */
export const ruleOfLawAddressee: DetectionPredicate = {
  id: 'ruleOfLawAddressee',
  scope: 'head',
  reason: 'addressee:依法治委',
  test: (s) => /(?:^|\n)[\u4e00-\u9fff]{0,16}依法治[省市县区州旗盟镇乡]委员会(?:办公室)?\s*[:：]\s*(?:\n|$)/.test(s),
  examples: [
    '城中区委全面依法治区委员会:\n在全面建设社会主义现代化国家新征程上，人民街街道办事处坚持以习近平法治思想为根本遵循',
    '新华乡2025年法治政府建设工作情况报告\n县委全面依法治县委员会办公室：\n2025年，新华乡在县委、县政府的坚强领导下',
  ],
};

/** Title-scope rejections, checked against every title candidate. */
export const TITLE_REJECTIONS: readonly DetectionPredicate[] = [
  governmentWorkReport,
  disclosureReport,
  newsAboutReport,
  interpretation,
  planDocument,
  indicatorSystem,
  courtReport,
  performanceEvaluation,
  personalReport,
  academicTitle,
  directiveTitle,
];

/** Body-scope rejections, checked against the head of the article text. */
export const HEAD_REJECTIONS: readonly DetectionPredicate[] = [
  disclosureReportBody,
  newsBody,
  academicBody,
  directiveAddressee,
  congressSpeech,
  performanceEvaluationBody,
];

/** Every predicate, for the examples test. */
export const ALL_PREDICATES: readonly DetectionPredicate[] = [
  reportTitle,
  openingFormula,
  accountOpening,
  ruleOfLawAddressee,
  templateCopy,
  reportList,
  ...TITLE_REJECTIONS,
  ...HEAD_REJECTIONS,
];

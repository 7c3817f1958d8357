import type { AreaKey } from './areas';

/**
 * Heading words per canonical area, with weights.
 *
 * Sources: the "typical heading words" column of ../shared/taxonomy.md, the keyword column of
 * ../shared/research/domain.md (b) (chapters of the 2015 and 2021 法治政府建设实施纲要), extended
 * with wording the seed reports actually use in headings (建章立制, 示范引领, 权力制约, 包容审慎…).
 *
 * Words are written in folded (simplified, half-width) form because titles are scored on
 * `page.folded`. The scorer matches longest-first without overlap, so a specific phrase claims
 * its characters before a generic one: 执法监督 (enforcement) wins over 监督 (oversight),
 * 组织结构 (functions) over 组织 (leadership). Weights: 3 = names the area outright, 2 = a strong
 * cue, 1 = a weak cue that only decides when nothing stronger is present. problems/plans words
 * weigh more because a heading that says 存在的不足 is the problems part whatever subject it names.
 *
 * Deliberately absent: 依法行政 and 法治政府 (every heading of every report says them), bare 问题
 * (measures headings say 解决突出问题) and bare 能力 (提升政务服务能力 is about services).
 */
export const AREA_WORDS: Readonly<Record<AreaKey, readonly (readonly [word: string, weight: number])[]>> = {
  leadership: [
    ['党的领导', 3], ['党对', 2], ['第一责任人', 3], ['组织领导', 3], ['习近平法治思想', 2],
    ['推进机制', 2], ['组织保障', 2], ['统筹推进', 1], ['示范创建', 2], ['示范引领', 2], ['示范', 1],
    ['督察', 1], ['考核', 1], ['组织', 1], ['领导', 1],
    // The Party-led 全面依法治市/区/县/省 drive and its committee: "(一)着力推进依法治市工作".
    ['依法治市', 1], ['依法治区', 1], ['依法治县', 1], ['依法治省', 1],
    // Party guidance: studying and carrying out the Party's congresses and plenums (认真学习贯彻党的
    // 十九大精神, 贯彻落实党的二十大精神), its central committee's decisions, and Party building that
    // leads the work (党建引领法治建设). 党的十/党的二十 cover 十八大…二十大 and their 全会.
    ['党的十', 2], ['党的二十', 2], ['全会精神', 2], ['党中央', 2], ['党建', 2],
    ['新时代中国特色社会主义思想', 2], ['学习贯彻', 1],
  ],
  functions: [
    ['政府职能', 3], ['放管服', 3], ['简政放权', 3], ['权责清单', 3], ['营商环境', 3], ['事中事后监管', 3],
    ['政务服务', 2], ['行政审批', 2], ['审批', 1], ['权力清单', 2], ['负面清单', 2], ['证照分离', 2],
    ['市场监管', 2], ['机构职能', 2], ['服务型政府', 2], ['职能', 1], ['机构改革', 1], ['组织结构', 1],
    // 组织机构 (the government's organisation), claimed before leadership's 组织.
    ['组织机构', 2], ['机构设置', 1],
    ['公平竞争', 1], ['便民', 1],
  ],
  rules: [
    ['依法行政制度体系', 3], ['规范性文件', 3], ['立法', 2], ['备案审查', 2], ['法制统一', 2],
    ['建章立制', 2], ['规章', 1], ['制度体系', 1], ['制度建设', 1],
  ],
  decisions: [
    ['重大行政决策', 3], ['重大决策', 2], ['行政决策', 2], ['科学民主', 2], ['民主决策', 2], ['法律顾问', 2],
    ['公职律师', 1], ['决策', 1], ['风险评估', 1], ['专家论证', 1], ['合法性审查', 1],
  ],
  enforcement: [
    ['行政执法', 3], ['执法监督', 2], ['三项制度', 2], ['综合执法', 2], ['文明执法', 2], ['包容审慎', 2],
    ['执法', 1], ['行政处罚', 2], ['自由裁量', 2], ['双随机', 1],
  ],
  emergency: [
    ['突发事件', 3], ['疫情防控', 3], ['应急', 2], ['疫情', 2],
  ],
  disputes: [
    ['行政复议', 3], ['行政应诉', 3], ['行政诉讼', 3], ['矛盾纠纷', 3], ['应诉', 2], ['调解', 2], ['信访', 2],
    ['矛盾', 2], ['纠纷', 2], ['枫桥', 2], ['复议', 2],
    // 府院联动 / 府院联席会议: government–court liaison on administrative litigation.
    ['府院', 2], ['诉讼', 1], ['化解', 1], ['仲裁', 1], ['行政裁决', 1],
    // Keeping society stable is the purpose of dispute work (维护社会稳定, 维稳). Bare 稳定 is left out:
    // 维护社会大局稳定, 夯实稳定根基 head security work in some regions, not disputes.
    ['社会稳定', 2], ['维稳', 2],
  ],
  oversight: [
    ['权力制约', 2], ['制约监督', 2], ['政务公开', 2], ['信息公开', 2], ['行政权力', 1], ['制约', 1],
    ['监督', 1], ['人大', 1], ['政协', 1], ['审计', 1], ['问责', 1],
  ],
  digital: [
    ['数字政府', 3], ['数字法治', 3], ['一网通办', 3], ['信息化', 2], ['互联网+', 2], ['大数据', 2],
    ['科技保障', 2], ['智慧', 1], ['数字', 1],
  ],
  capacity: [
    ['依法行政能力', 3], ['普法', 3], ['法治宣传', 3], ['学法', 2], ['学法用法', 2], ['培训', 2],
    ['法治思维', 2], ['法治素养', 2], ['法治能力', 2], ['法治教育', 2], ['法治文化', 1], ['宪法宣誓', 1],
    // A law-respecting climate (崇德尚法, 营造法治氛围, 营造良好社会氛围) is what 普法 builds.
    ['尚法', 2], ['法治氛围', 2], ['氛围', 1],
  ],
  problems: [
    ['存在的问题', 5], ['存在问题', 5], ['主要问题', 4], ['问题和不足', 5], ['不足', 4], ['短板', 3],
    ['差距', 3], ['困难', 2], ['薄弱环节', 2],
  ],
  plans: [
    ['下一步', 5], ['下步', 4], ['工作计划', 5], ['工作思路', 5], ['工作打算', 5], ['工作安排', 4],
    ['工作设想', 4], ['努力方向', 4], ['今后', 2], ['明年', 2],
  ],
};

/**
 * Words of umbrella headings: a title that only says "what was done" (一、工作开展情况, 主要工作及
 * 成效, 法治政府建设推进情况) heads the whole measures part, whose children cover every area. In a
 * short or partial text two children may happen to agree; the umbrella still names no area, so it
 * never takes its children's (see assignAreas). Only consulted when the title has no area word.
 */
export const UMBRELLA_WORDS: readonly string[] = [
  '开展情况', '工作情况', '进展情况', '推进情况', '落实情况', '基本情况', '总体情况',
  '主要工作', '主要做法', '主要成效', '工作成效', '取得的成效',
];

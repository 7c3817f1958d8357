import { describe, expect, it } from 'vitest';
import { classifyMention, componentOf } from '../../../lib/indicators/indicator-patterns';
import type { IndicatorKey } from '../../../lib/taxonomy/indicators';

/**
 * Subjects as extractMentions builds them (folded, chain noun first), from the seed sentences
 * quoted on the right.
 */
const CASES: [subject: string, unit: string, key: IndicatorKey | null, source: string][] = [
  ['行政复议机关共收到行政复议申请', '件', 'reconsideration.received', '003 全市各级行政复议机关共收到行政复议申请1719件'],
  ['行政复议 受理', '件', 'reconsideration.accepted', '003 受理1541件'],
  ['办理行政复议案件', '件', 'reconsideration.accepted', '000 今年共办理行政复议案件55件'],
  ['立案受理行政复议案件', '件', 'reconsideration.accepted', '001 2022年全市立案受理行政复议案件534件'],
  ['行政复议 结案', '件', 'reconsideration.closed', '000 结案55件'],
  ['行政复议 办结', '件', 'reconsideration.closed', '001 办结514件(含往年结转)'],
  ['行政复议 不予受理', '件', null, '004 不予受理1件'],
  ['行政复议 撤销', '件', null, '000 其中…撤销2件 (a part, see componentOf)'],
  ['以市政府为被告的行政诉讼案件', '件', 'litigation.cases', '000 今年以市政府为被告的行政诉讼案件45件'],
  ['以市政府为被告的一审应诉案件', '件', 'litigation.cases', '003 以市政府为被告的一审应诉案件68件'],
  ['化解行政诉讼案件', '件', null, '004 先后化解行政诉讼案件30多件 (resolved, not filed)'],
  ['追究行政败诉责任案件', '件', null, '002 追究行政败诉责任案件4件 (accountability, not suits lost)'],
  ['行政机关负责人出庭率应诉率', '%', 'litigation.headAppearanceRate', '001 …出庭率应诉率达92.12%'],
  ['行政应诉率', '%', null, '004 行政应诉率100% (no 出庭)'],
  ['参与审查规范性文件', '份', 'normativeDocs.reviewed', '000 共参与审查规范性文件29份'],
  ['备案审查规范性文件', '件', 'normativeDocs.reviewed', '003 备案审查规范性文件140件'],
  ['向泉州市政府和晋江市人大常委会报备规范性文件', '件', 'normativeDocs.filed', '000 …报备规范性文件29件'],
  ['规范性文件 报备', '件', 'normativeDocs.filed', '004 2014年报备15件'],
  ['废止、修改行政规范性文件', '件', 'normativeDocs.cleaned', '003 废止、修改行政规范性文件15件'],
  ['废止规范性文件', '件', null, '004 废止规范性文件18件 (a part)'],
  ['废止、修改物业管理、酒类管理等法规规章', '件', null, '003 …法规规章9件 (regulations, not normative documents)'],
  ['完成法规规章立法项目', '件', 'legislation.projects', '003 完成法规规章立法项目16件'],
  ['□□ 立法已由省人大正式批准通过', '部', 'legislation.projects', '001 《…》两部立法已由省人大正式批准通过'],
  ['新增公开市政府规章', '件', null, '淮安 2024 disclosure report: 新增公开市政府规章1件'],
  ['市雨污管网一体化示范建设 行政决策均经法制机构出具合法性审查意见', '项', 'decisions.legalReview', '001 …42项行政决策…'],
  ['提出法律意见', '条', 'counsel.opinions', '000 提出法律意见35条'],
  ['出具合法性审查意见书', '份', 'counsel.opinions', 'a township: 出具合法性审查意见书124份'],
  ['行政规范性文件初审', '件', 'normativeDocs.reviewed', 'a township: 行政规范性文件初审1件'],
  ['街道诉讼案件', '起', null, 'a township: 街道诉讼案件72起，其中民事诉讼50起 (civil suits included)'],
  ['行政诉讼', '起', 'litigation.cases', 'a township: 其中…行政诉讼14起'],
  ['理论学习中心组集体学习会', '次', null, 'a ministry: 12次理论学习中心组集体学习会 (political study)'],
  ['取消了县公安局 单位 行政权力', '项', null, 'a county: 取消了…6项行政权力 (a change to the list, not its size)'],
  ['公职律师参与所在单位行政决策', '名', 'counsel.advisers', '002 11名公职律师参与所在单位行政决策'],
  ['聘请 律师担任全市', '名', null, '003 聘请270名律师担任全市533个村(社区)法律顾问'],
  ['移送司法机关案件', '起', 'enforcement.transfers', '002 共计移送司法机关案件22起'],
  ['抽取评查执法案卷', '宗', 'enforcement.filesReviewed', '004 共抽取评查执法案卷70多宗'],
  ['组织全区 执法人员参加资格考试', '名', null, '004 组织全区1099名执法人员参加资格考试'],
  ['调解各类矛盾纠纷', '起', 'mediation.disputes', '004 调解各类矛盾纠纷6044起'],
  ['调解成功纠纷', '件', 'mediation.resolved', '004 调解成功纠纷5792件'],
  ['调解成功率', '%', null, '004 调解成功率98%以上'],
  ['登记受理信访件', '件', 'petitions.cases', '002 登记受理信访件395余件'],
  ['今年 信访事项进行复查', '件', null, '000 今年共对46件信访事项进行复查'],
  ['包案督办重点信访案件', '件', null, "004 包案督办重点信访案件55余件 (leaders' own caseload)"],
  ['办理人大代表建议', '件', 'oversight.npcSuggestions', '001 办理人大代表建议381件'],
  ['政协提案', '件', 'oversight.cppccProposals', '001 政协提案304件'],
  ['办理人大议案、政协委员提案满意率', '%', null, '002 …满意率95%以上'],
  ['主动公开政府信息', '条', 'disclosure.proactive', '004 全年主动公开政府信息7328条'],
  ['收到政府信息公开申请', '起', 'disclosure.requests', '004 全年共收到政府信息公开申请3起'],
  ['受理指派各类法律援助案件', '件', 'legalAid.cases', '003 受理指派各类法律援助案件252件'],
  ['受理咨询', '件', 'legalService.consultations', '003 受理咨询6942件'],
  ['组织区政府领导常务会议集体学法活动', '次', 'capacity.studySessions', '004 …集体学法活动6次'],
  ['举办习近平法治思想学习培训', '次', null, '001 …学习培训1261次 (courses, not study sessions)'],
  ['培训 参加人数', '人次', 'capacity.trainees', '001 参加人数60000余人次'],
  ['组织新任职领导干部参加法律知识考试、宪法宣誓', '人', null, '002 …宪法宣誓28人 (an exam, not training)'],
  ['类别行政权责事项清单', '项', 'functions.powerListItems', '001 …权责事项清单15562项'],
  ['编制 部门权责清单', '个', null, '002 编制21个部门权责清单 (departments, not items)'],
  ['网上可办率', '%', 'functions.onlineServiceRate', '003 网上可办率达100%'],
  ['不见面率', '%', null, '002 不见面率达80.13%'],
];

/**
 * Wording from reports outside the seeds (town and county reports, written for these tests after
 * their common phrasing): the rules must hold beyond the five seeds.
 */
const GENERAL_CASES: [subject: string, unit: string, key: IndicatorKey | null, why: string][] = [
  ['对重大行政决策、规范性文件及政府合同开展合法性审查', '件', null, 'a total over several objects is no one object’s count'],
  ['审查政府规章和规范性文件', '件', null, '规章 and 规范性文件 counted together'],
  ['审查市政府规范性文件、部门规范性文件', '件', 'normativeDocs.reviewed', 'every listed item is a 规范性文件'],
  ['参与规范性文件审查', '件', 'normativeDocs.reviewed', '参与 is a verb, not a list'],
  ['开展行政决策合法性审查', '次', 'decisions.legalReview', 'without 重大, and counted per review (次)'],
  ['重大行政决策、规范性文件 合法性审查', '件', null, 'decisions listed with documents'],
  ['各村调解委员会共排查矛盾纠纷', '起', null, 'disputes found in screening, not mediated'],
  ['排查调处矛盾纠纷', '起', 'mediation.disputes', 'screened and mediated'],
  ['矛盾纠纷 受理调处', '件', 'mediation.disputes', '调处 is mediation'],
  ['矛盾纠纷 成功化解', '起', 'mediation.resolved', '成功化解 of disputes'],
  ['成功化解信访积案', '件', null, '成功化解 of petitions is not mediation'],
  ['提供法律咨询、法律援助申请指引、法律服务', '人次', null, 'several service kinds counted together'],
  ['通过12348热线、公共法律服务平台解答法律咨询', '人次', 'legalService.consultations', 'channels listed, consultations counted'],
];

describe('classifyMention maps the seeds’ wording to canonical keys', () => {
  it.each(CASES)('%s (%s) → %s   [%s]', (subject, unit, key) => {
    expect(classifyMention(subject, unit, null, null)).toBe(key);
  });

  it.each(GENERAL_CASES)('%s (%s) → %s   [%s]', (subject, unit, key) => {
    expect(classifyMention(subject, unit, null, null)).toBe(key);
  });

  it('never keys a change or a percentage-point figure', () => {
    expect(classifyMention('行政机关负责人出庭应诉率 较上年提高', '%', 'up', 'disputes')).toBeNull();
    expect(classifyMention('行政机关负责人出庭应诉率', '%', 'up', 'disputes')).toBeNull();
    expect(classifyMention('行政机关负责人出庭应诉率', '个百分点', null, 'disputes')).toBeNull();
  });

  it('rejects units the key does not count in', () => {
    expect(classifyMention('办理行政复议案件', '人次', null, null)).toBeNull();
    expect(classifyMention('网上可办率', '项', null, null)).toBeNull();
  });

  it('lets a short wording stand for the key only in the key’s own area (现已发放资格证864个)', () => {
    expect(classifyMention('现已发放资格证', '个', null, 'enforcement')).toBe('enforcement.officers');
    expect(classifyMention('现已发放资格证', '个', null, 'capacity')).toBeNull();
  });
});

describe('componentOf recognises the parts of a total', () => {
  it('reads reconsideration outcomes as parts of corrected, complete only beside 维持/驳回', () => {
    const part = componentOf('行政复议 确认违法', '件', null);
    expect(part?.key).toBe('reconsideration.corrected');
    expect(part?.completeWith?.test('行政复议 维持')).toBe(true);
    expect(componentOf('行政复议 维持', '件', null)).toBeNull();
  });

  it('reads repeals and revisions of normative documents as parts of cleaned', () => {
    expect(componentOf('规范性文件 修订', '件', null)?.key).toBe('normativeDocs.cleaned');
    expect(componentOf('废止规范性文件', '件', null)?.completeWith).toBeNull();
    expect(componentOf('修改规范性文件草案', '件', null)).toBeNull();
  });
});

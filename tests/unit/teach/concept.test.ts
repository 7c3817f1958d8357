import { describe, expect, it } from 'vitest';
import { conceptOf, sameConcept } from '../../../lib/teach/concept';

/** Labels as the engine reads them on the seeds (000 晋江, 001 九江, 002 沙坡头, 003 厦门, 004 template). */
const same = (a: string, b: string) => sameConcept(conceptOf(a), conceptOf(b));

describe('sameConcept: one count in other words', () => {
  it('joins the wordings of one count across reports', () => {
    expect(same('今年共办理行政复议案件', '立案受理行政复议案件')).toBe(true); // 000 / 001
    expect(same('办理行政复议案件', '行政复议 受理')).toBe(true); // 000 / 003's chain
    expect(same('受理行政诉讼案件', '以市政府为被告的一审应诉案件')).toBe(true); // 002 / 003: 受理 is what a case count implies
    expect(same('提出法律意见', '提供法律意见')).toBe(true); // 000 / 002
  });

  it('keeps apart what shares a noun but counts another thing', () => {
    expect(same('行政复议 受理', '行政复议 不予受理')).toBe(false); // a refusal
    expect(same('行政复议 受理', '行政复议 办结')).toBe(false); // another stage
    expect(same('受理行政诉讼案件', '行政诉讼 胜诉')).toBe(false); // an outcome
    expect(same('受理行政诉讼案件', '街道诉讼案件')).toBe(false); // civil suits included
    expect(same('受理行政诉讼案件', '主动参与行政诉讼调解')).toBe(false); // counts mediations
    expect(same('参与审查规范性文件', '制发 规范性文件并通过政府网站向社会公布')).toBe(false); // an unknown verb is no 审查
    expect(same('参与审查规范性文件', '对重大行政决策、规范性文件、行政执法决定及镇村合同开展全流程审查')).toBe(false); // a list
    expect(same('办理行政复议案件', '行政复议决定书')).toBe(false); // papers received
    expect(same('受理行政复议案件', '行政复议 律师函')).toBe(false); // letters sent
    expect(same('向司法机关移送涉嫌犯罪案件', '向纪检监察机关移送问题线索')).toBe(false); // leads passed on, not cases
    expect(same('向司法机关移送涉嫌犯罪案件', '向侦查机关移送涉嫌犯罪案件线索')).toBe(true); // a case's own lead counts cases
    expect(same('解答法律咨询', '为群众提供法律咨询、政策咨询、法律服务')).toBe(false); // a list ending past the noun
  });
});

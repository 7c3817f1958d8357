import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../lib/extract/extract-report';
import { pageTextFromPlainText } from '../../../lib/page-text/from-plain-text';

/**
 * Wordings of the canonical figures as reports other than the seeds print them, written for this
 * test from the domain (research/domain.md): each sentence, the figure's printed value, and the key
 * it must get (null: a rate, a part, a change or another count, which must not pass for the key).
 */
const PHRASINGS: Array<[sentence: string, value: number, key: string | null]> = [
  ['全年共收到行政复议申请86件，依法受理78件，审结72件。', 86, 'reconsideration.received'],
  ['全年共收到行政复议申请86件，依法受理78件，审结72件。', 78, 'reconsideration.accepted'],
  ['全年共收到行政复议申请86件，依法受理78件，审结72件。', 72, 'reconsideration.closed'],
  ['新收行政复议案件45件。', 45, 'reconsideration.accepted'],
  ['共承办行政复议案件98件。', 98, 'reconsideration.accepted'],
  ['全年共办理行政复议案件63宗。', 63, 'reconsideration.accepted'],
  ['办理行政复议案件120件，直接纠错6件，纠错率5%。', 6, 'reconsideration.corrected'],
  ['办理行政复议案件120件，直接纠错6件，纠错率5%。', 5, null],
  ['全市行政机关作为被告的一审行政诉讼案件312件。', 312, 'litigation.cases'],
  ['行政诉讼一审案件87宗，其中败诉5宗。', 87, 'litigation.cases'],
  ['行政诉讼一审案件87宗，其中败诉5宗。', 5, 'litigation.lost'],
  ['行政应诉案件同比下降12%，共应诉案件44件。', 12, null],
  ['行政机关负责人出庭率100%。', 100, 'litigation.headAppearanceRate'],
  ['行政机关负责人出庭应诉86次，出庭应诉率达96.3%。', 86, null],
  ['对32件规范性文件进行合法性审核。', 32, 'normativeDocs.reviewed'],
  ['审核把关行政规范性文件27件。', 27, 'normativeDocs.reviewed'],
  ['报送备案规范性文件12件。', 12, 'normativeDocs.filed'],
  ['清理规范性文件230件，废止15件，修改8件。', 230, 'normativeDocs.cleaned'],
  ['清理规范性文件230件，废止15件，修改8件。', 15, null],
  ['对15项重大行政决策进行合法性审查。', 15, 'decisions.legalReview'],
  ['出具法律意见书86份。', 86, 'counsel.opinions'],
  ['各级法律顾问参与审查合同260份。', 260, null],
  ['聘请法律顾问25名，配备公职律师12人。', 12, 'counsel.advisers'],
  ['全县持证行政执法人员1250名。', 1250, 'enforcement.officers'],
  ['评查行政执法案卷320卷。', 320, 'enforcement.filesReviewed'],
  ['向司法机关移送涉嫌犯罪案件5件。', 5, 'enforcement.transfers'],
  ['调解矛盾纠纷1560件，调解成功1520件，调解成功率97.4%。', 1520, 'mediation.resolved'],
  ['人民调解组织共调解纠纷4200余件，调解成功率98.6%。', 4200, 'mediation.disputes'],
  ['受理信访事项860件。', 860, 'petitions.cases'],
  ['受理群众来信来访1200件次。', 1200, 'petitions.cases'],
  ['办理人大代表建议120件、政协提案98件。', 98, 'oversight.cppccProposals'],
  ['办理市人大代表建议和政协委员提案156件。', 156, null],
  ['主动公开政府信息15000余条。', 15000, 'disclosure.proactive'],
  ['受理政府信息公开申请85件。', 85, 'disclosure.requests'],
  ['办理法律援助案件560件。', 560, 'legalAid.cases'],
  ['解答法律咨询3200人次。', 3200, 'legalService.consultations'],
  ['政府常务会会前学法12次。', 12, 'capacity.studySessions'],
  ['组织法治培训20期，培训3500人次。', 3500, 'capacity.trainees'],
  ['组织法治培训20期，培训3500人次。', 20, null],
  ['政务服务事项全程网办率95%。', 95, 'functions.onlineServiceRate'],
];

function keyOf(sentence: string, value: number): string | null | undefined {
  const text = ['某某县2023年法治政府建设年度报告', '2023年，某某县坚持以习近平法治思想为指导，扎实推进法治政府建设。', '一、主要举措和成效', sentence].join('\n');
  const { mentions } = extractReport(pageTextFromPlainText(text, { url: 'https://www.example.gov.cn/a.html' }));
  const found = mentions.filter((m) => m.value === value);
  return found.length === 1 ? found[0]!.key : found.length === 0 ? undefined : `${found.length} mentions`;
}

describe('canonical keys from wordings the seeds do not use', () => {
  it.each(PHRASINGS)('%s → %d is %s', (sentence, value, key) => {
    expect(keyOf(sentence, value)).toBe(key);
  });
});

import type { AreaKey } from '../taxonomy/areas';
import { INDICATORS, type IndicatorKey } from '../taxonomy/indicators';

/**
 * How a mention's subject maps to a canonical indicator key.
 *
 * The subject is the mention's label: the words of its own clause before (and, for "9个规范性文件",
 * after) the number, with the chain's domain noun in front when the clause only has a verb
 * ("行政复议 受理"). Nothing from elsewhere in the paragraph is looked at: precision comes first,
 * because one wrong figure in a comparison row misleads more than a missing one.
 *
 * One entry per key. Every regex in `all` must match, `none` must not, and the unit must be one a
 * reader would use for that count. Patterns run on folded text (simplified characters, ASCII
 * punctuation), so they serve big5 gateways too.
 */
interface IndicatorPattern {
  key: IndicatorKey;
  all: readonly RegExp[];
  /**
   * A shorter wording that stands in for `all` only inside a section of the key's own area:
   * "发放资格证864个" is about enforcement officers when the section is about enforcement.
   */
  inOwnArea?: RegExp;
  none?: RegExp;
  units: readonly string[];
}

/** Counting units of cases and documents: reports write 件 and, for cases, 宗/起/个 interchangeably. */
const CASES = ['件', '宗', '起', '个'];
const DOCUMENTS = ['件', '份', '个', '部'];
const PEOPLE = ['名', '人', '位'];

/**
 * The key's object named as one item of a list of other objects (对重大行政决策、规范性文件、行政执法
 * 决定及镇村合同开展审查1090件; 政府规章和规范性文件): the figure counts the whole list, so it is
 * no one item's own count. Lists whose other items are the same object (市政府规范性文件、部门规范性
 * 文件; 科学决策、民主决策) or verbs (废止、修改规范性文件) do not match: the object must be followed by
 * a separator with no later item naming `head`, or directly follow a separator (qualifiers aside).
 * 参与, 涉及 and 普及 end in a separator character but are verbs.
 */
function amongOtherObjects(qualified: string, head: string): string {
  return `${qualified}(?:、|以及|及|和|与)(?![^,;]*${head})|(?:、|(?<![涉普])及|和|(?<!参)与)${qualified}`;
}

const DOCUMENT_AMONG_OTHERS = amongOtherObjects('(?:行政)?规范性文件', '文件');
const DECISION_AMONG_OTHERS = amongOtherObjects('(?:重大)?(?:行政)?决策', '决策');

/** A refusal or a negation (不予受理2件, 尚未办结) counts the opposite of what the key counts. */
const NEGATED = /不予|未予|尚未|未能/;

/**
 * Domain nouns: what the counted thing is about. A clause that has none of them ("受理1541件",
 * "参加人数60000余人次") borrows the last one stated earlier in the sentence (the chain).
 * Longest alternatives first so that the chain carries the most specific noun.
 */
const DOMAIN_TERM =
  /行政复议|复议|行政诉讼|行政应诉|应诉|诉讼|规范性文件|重大行政决策|行政决策|决策|法律意见|法律顾问|公职律师|执法人员|执法证|案卷|移送|矛盾纠纷|纠纷|调解|信访|代表建议|人大议案|政协提案|委员提案|提案|政府信息|信息公开|依申请公开|主动公开|法律援助|法律咨询|咨询|学法|培训|参训|权责清单|权责事项|权力清单|网上可办|网办|出庭|立法|法规|规章/g;

export interface DomainTerm {
  start: number;
  end: number;
  /** As matched in folded text: '行政复议', '规范性文件'… */
  term: string;
}

/** Every domain noun in `text[start, end)`, in order, at offsets of `text` (folded). Linear in the span. */
export function findDomainTerms(text: string, start: number, end: number): DomainTerm[] {
  const found: DomainTerm[] = [];
  const span = text.slice(start, end);
  // exec on the shared global regex, not matchAll, which clones the regex on every call (see findScopeWords).
  DOMAIN_TERM.lastIndex = 0;
  for (let match = DOMAIN_TERM.exec(span); match !== null; match = DOMAIN_TERM.exec(span)) {
    found.push({ start: start + match.index, end: start + match.index + match[0].length, term: match[0] });
  }
  return found;
}

const PATTERNS: readonly IndicatorPattern[] = [
  // 行政复议: 收到 (received) → 受理/立案/办理 (accepted) → 办结/审结 (closed) → 纠错 (corrected).
  {
    key: 'reconsideration.received',
    all: [/复议/, /申请/],
    none: /受理|立案|办理|办结|审结|结案|纠错|撤销|维持|驳回|率|申请人/,
    units: CASES,
  },
  {
    key: 'reconsideration.accepted',
    // "收到…申请" matched received first (table order), so 受理行政复议申请 lands here.
    all: [/复议/, /受理|立案|办理|收案|新收|案件/],
    none: /办结|审结|结案|已结|纠错|纠正|撤销|维持|驳回|变更|终止|中止|确认违法|责令履行|调解|和解|率|申请人/,
    units: CASES,
  },
  {
    key: 'reconsideration.closed',
    // Cases closed by mediation or settlement (通过调解、和解方式结案) are a part, not the total.
    all: [/复议/, /办结|审结|结案|已结/],
    none: /率|结转|调解|和解/,
    units: CASES,
  },
  {
    // Only a stated total: one outcome alone (撤销2件) is a part, and a part is a wrong value.
    key: 'reconsideration.corrected',
    all: [/复议/, /纠错|纠正/],
    none: /率/,
    units: CASES,
  },
  // 行政诉讼/应诉: lawsuits against the government, their outcome, and heads appearing in court.
  {
    key: 'litigation.cases',
    // 诉讼案件 alone may count civil suits too (街道诉讼案件72起，其中民事诉讼50起): 行政 or 应诉 must be said.
    all: [/行政诉讼|行政应诉|应诉|行政案件|被告/, /案件|起诉|诉讼|应诉/],
    none: /化解|调解|胜诉|败诉|结案|审结|办结|撤诉|出庭|率|复议|民事|刑事/,
    units: CASES,
  },
  {
    key: 'litigation.lost',
    all: [/败诉/],
    none: /率|追究|责任|胜诉/,
    units: CASES,
  },
  {
    key: 'litigation.headAppearanceRate',
    all: [/出庭/, /率/],
    none: /不出庭/,
    units: ['%'],
  },
  // 规范性文件: reviewed for legality, filed upwards (报备), repealed or revised (清理).
  {
    key: 'normativeDocs.reviewed',
    all: [/规范性文件/, /审查|审核|初审/],
    none: new RegExp(`报备|报送备案|清理|废止|修改|修订|率|${DOCUMENT_AMONG_OTHERS}`),
    units: DOCUMENTS,
  },
  {
    key: 'normativeDocs.filed',
    all: [/规范性文件/, /报备|备案/],
    none: /备案审查|清理|废止|率/,
    units: DOCUMENTS,
  },
  {
    // The total: 清理, or repeal and revision named together (废止、修改…15件). One of them alone is a part.
    key: 'normativeDocs.cleaned',
    all: [/规范性文件/, /清理|(?:废止|失效)[^,;]{0,4}(?:修改|修订)|(?:修改|修订)[^,;]{0,4}(?:废止|失效)/],
    none: /率|保留/,
    units: DOCUMENTS,
  },
  {
    key: 'legislation.projects',
    // Drafted, passed or revised; repeals and clean-ups (废止、修改…法规规章9件) are not projects.
    all: [/立法|地方性法规|规章/, /立法|制定|出台|起草|审议|通过|修订|修改|完成|提请|报请|批准|颁布|项目/],
    none: /废止|清理|咨询|专家|率|公开|备案|报备/,
    units: ['件', '部', '项', '个'],
  },
  // 重大行政决策 and legal counsel.
  {
    key: 'decisions.legalReview',
    // 重大 is often left out (组织行政决策合法性审查13次); a review is counted per decision, so 次 counts 件.
    all: [/决策/, /合法性|审查|审核/],
    none: new RegExp(`率|${DECISION_AMONG_OTHERS}`),
    units: ['件', '项', '个', '份', '次'],
  },
  {
    // A legal office's written opinion on legality (出具合法性审查意见书124份) is a legal opinion too.
    key: 'counsel.opinions',
    all: [/法律意见|审查意见书|合法性审查意见/],
    none: /率/,
    units: ['件', '条', '份', '件次', '次', '个'],
  },
  {
    key: 'counsel.advisers',
    all: [/法律顾问|公职律师/],
    none: /率|村|社区|居/,
    units: PEOPLE,
  },
  // 行政执法.
  {
    // Officers, or the certificates issued to them (one per officer).
    key: 'enforcement.officers',
    all: [/执法人员|执法证|执法资格/],
    inOwnArea: /资格证/,
    none: /培训|参训|考试|参加|率|主体/,
    units: [...PEOPLE, '个', '张', '本'],
  },
  {
    key: 'enforcement.filesReviewed',
    all: [/案卷/, /评查|检查|抽查|评审/],
    none: /率/,
    units: ['件', '宗', '份', '卷', '本', '个'],
  },
  {
    key: 'enforcement.transfers',
    all: [/移送/, /司法机关|公安|侦查|涉嫌犯罪|刑事/],
    none: /率/,
    units: CASES,
  },
  // 矛盾纠纷化解.
  {
    key: 'mediation.disputes',
    // Counts of mediation bodies (调解组织1200个) are kept out by the unit. Disputes found in screening
    // (调解组织排查矛盾纠纷186起) are not disputes mediated, unless the verb goes on to mediate them
    // (排查调处, 排查化解): 调解 in the subject's name (调解组织) is not the act.
    all: [/调解|调处/, /纠纷|矛盾|调解案件/],
    none: /成功|率|(?:排查|摸排)(?![^,;]{0,2}(?:调|化解))/,
    units: ['件', '起', '宗'],
  },
  {
    key: 'mediation.resolved',
    // 成功化解 counts mediation only about disputes (成功化解156起 after 矛盾纠纷…接案调处), not 信访积案.
    all: [/调解成功|调处成功|成功调解|成功调处|(?:成功化解|化解成功)/, /调解|调处|纠纷|矛盾/],
    none: /率/,
    units: CASES,
  },
  {
    key: 'petitions.cases',
    // Petitions handled; re-examinations (复查) and leaders' own caseloads (包案) are other counts.
    // 来信来访 is the same channel written out (受理群众来信来访1200件次).
    all: [/信访|来信来访/, /件|事项|来信来访/],
    none: /率|积案|人次|批|复查|复核|包案/,
    units: ['件', '起', '宗', '件次'],
  },
  // 监督 and 政务公开.
  {
    key: 'oversight.npcSuggestions',
    all: [/代表建议|人大议案|人大建议/],
    none: /率|提案/,
    units: ['件', '条', '个'],
  },
  {
    key: 'oversight.cppccProposals',
    all: [/提案/],
    none: /率|议案|建议/,
    units: ['件', '条', '个'],
  },
  {
    key: 'disclosure.proactive',
    all: [/主动公开/],
    none: /率|申请/,
    units: ['条', '件'],
  },
  {
    key: 'disclosure.requests',
    all: [/依申请公开|公开申请|信息公开申请/],
    none: /率/,
    units: ['件', '起', '个', '条'],
  },
  // 公共法律服务 and capacity.
  {
    key: 'legalAid.cases',
    all: [/法律援助/],
    none: /率|人次/,
    units: ['件', '宗', '起'],
  },
  {
    key: 'legalService.consultations',
    // Consultations answered; 咨询活动/宣传 count events, 咨询专家 people. A 、 list whose last item is
    // another service (提供法律咨询、政策咨询、法律服务300人次) counts them all together; channels
    // listed before the verb (通过12348热线、服务平台解答法律咨询) still end in 咨询.
    all: [/咨询/],
    none: /率|专家|委员会|援助|活动|宣传|讲座|、(?:(?!咨询)[^、])+$/,
    units: ['件', '次', '人次', '件次', '条'],
  },
  {
    // Government study sessions (常务会议学法); 学习培训 counts courses, not sessions, and a party
    // group's 理论学习中心组集体学习 is political study unless it names 法.
    key: 'capacity.studySessions',
    all: [/学法|(?:法律|法规|法治)[^,;]{0,4}学习|(?<!中心组)集体学习/],
    none: /培训|率/,
    units: ['次', '场', '期'],
  },
  {
    // People trained; those who sat an exam (培训考试, 法律知识考试) are another count.
    key: 'capacity.trainees',
    all: [/培训|参训/],
    none: /率|考试/,
    units: ['人次', '人', '名'],
  },
  {
    // The list's size; powers cancelled, delegated or adjusted (取消…6项行政权力) are a change to it.
    key: 'functions.powerListItems',
    all: [/权责|权力清单|权力事项/],
    none: /率|取消|下放|调整|精简|承接|划转/,
    units: ['项', '条'],
  },
  {
    // 12934个行政权责事项: counted in 个 only when the items are named (43个部门权责清单 counts
    // departments, 11个类别行政权责事项清单 categories).
    key: 'functions.powerListItems',
    all: [/权责|权力清单|权力事项/, /事项/],
    none: /率|取消|下放|调整|精简|承接|划转|类别|(?:部门|单位)的?(?:权责|权力)/,
    units: ['个'],
  },
  {
    key: 'functions.onlineServiceRate',
    all: [/网上可办|网办率|网上办理率|全程网办|网上办率/],
    units: ['%'],
  },
];

/**
 * PATTERNS by unit, in table order: a mention is tested only against the keys its unit can
 * count, which classifying every figure of a long page does many thousand times.
 */
const PATTERNS_BY_UNIT: ReadonlyMap<string, readonly IndicatorPattern[]> = (() => {
  const index = new Map<string, IndicatorPattern[]>();
  for (const pattern of PATTERNS) {
    for (const unit of new Set(pattern.units)) index.set(unit, [...(index.get(unit) ?? []), pattern]);
  }
  return index;
})();

/** A label ending in a verb of change reports a change (提高15%), not a level. */
const ENDS_IN_CHANGE = /(?:增长|下降|上升|提高|降低|提升|减少|增加|压缩|提速)$/;

/**
 * The canonical key a mention counts, or null. `subject` is the label as matched (folded text,
 * chain domain first); `unit` the quantity's unit; `area` that of the section it sits in.
 * Changes and percentage points never qualify.
 * Two patterns could in principle both match; the table is ordered so that the more specific
 * reading wins (received before accepted, a total before its parts).
 */
export function classifyMention(
  subject: string,
  unit: string,
  change: 'up' | 'down' | null,
  area: AreaKey | null,
): IndicatorKey | null {
  if (change !== null || unit === '个百分点' || unit === '') return null;
  if (NEGATED.test(subject) || ENDS_IN_CHANGE.test(subject)) return null;
  for (const pattern of PATTERNS_BY_UNIT.get(unit) ?? []) {
    if (pattern.none?.test(subject)) continue;
    if (matchesAll(pattern.all, subject)) return pattern.key;
    if (pattern.inOwnArea?.test(subject) && area === INDICATORS[pattern.key].area) return pattern.key;
  }
  return null;
}

function matchesAll(patterns: readonly RegExp[], subject: string): boolean {
  for (const pattern of patterns) if (!pattern.test(subject)) return false;
  return true;
}

/**
 * Keys whose value a report often gives only as parts: the outcomes of a reconsideration breakdown
 * (其中，维持39件，撤销2件…确认违法1件，责令履行1件 → corrected 4) or repeals and revisions stated
 * one by one (废止规范性文件18件，修订18件 → cleaned 36). The parts of one sentence add up.
 */
interface ComponentPattern {
  key: IndicatorKey;
  part: readonly RegExp[];
  none: RegExp;
  units: readonly string[];
  /**
   * Parts add up to the whole only in a full list of outcomes: a 其中 breakdown that also lists
   * the outcomes that are not parts (维持, 驳回). A lone "作出撤销决定2件" is not the total.
   */
  completeWith?: RegExp;
}

const COMPONENTS: readonly ComponentPattern[] = [
  {
    key: 'reconsideration.corrected',
    part: [/复议/, /撤销|变更|确认违法|责令履行/],
    none: /率|不予|维持|驳回/,
    units: CASES,
    completeWith: /维持|驳回/,
  },
  {
    key: 'normativeDocs.cleaned',
    part: [/规范性文件/, /废止|修改|修订|失效/],
    // Drafts amended after review (修改规范性文件草案) are not revisions of documents in force.
    none: /率|保留|审查|审核|备案|报备|草案|意见/,
    units: DOCUMENTS,
  },
];

/** A figure that is one part of a key's value, as in COMPONENTS; `subject` is folded. */
export interface ComponentMatch {
  key: IndicatorKey;
  /** The breakdown must also list an outcome matching this for the parts to be complete. */
  completeWith: RegExp | null;
}

export function componentOf(subject: string, unit: string, change: 'up' | 'down' | null): ComponentMatch | null {
  if (change !== null || NEGATED.test(subject)) return null;
  for (const component of COMPONENTS) {
    if (!component.units.includes(unit) || component.none.test(subject)) continue;
    if (matchesAll(component.part, subject)) return { key: component.key, completeWith: component.completeWith ?? null };
  }
  return null;
}

import { findDomainTerms } from '../indicators/indicator-patterns';
import { foldText } from '../text/fold';
import { verbGroups } from './verbs';

/**
 * What a figure label is about, beyond its characters: the engine's domain nouns folded to one
 * family each (行政复议/复议 → 复议, 行政诉讼/应诉/被告 → 诉讼), with the verb groups of verbs.ts.
 * Two labels that share a family and whose verbs agree name the same count however differently
 * they are worded (今年共办理行政复议案件 / 2022年全市立案受理行政复议案件 / 行政复议 受理), which
 * character overlap alone misses. A negation (不予受理) is another count.
 */
const FAMILY: ReadonlyMap<string, string> = new Map([
  ['行政复议', '复议'], ['复议', '复议'],
  // 诉讼 alone may be civil suits too (街道诉讼案件72起，其中民事诉讼50起): a family of its own.
  ['行政诉讼', '行政诉讼'], ['行政应诉', '行政诉讼'], ['应诉', '行政诉讼'], ['诉讼', '诉讼'],
  ['规范性文件', '规范性文件'],
  ['重大行政决策', '决策'], ['行政决策', '决策'], ['决策', '决策'],
  ['法律意见', '法律意见'],
  ['法律顾问', '法律顾问'], ['公职律师', '法律顾问'],
  ['执法人员', '执法人员'], ['执法证', '执法人员'],
  ['案卷', '案卷'], ['移送', '移送'],
  ['矛盾纠纷', '纠纷'], ['纠纷', '纠纷'], ['调解', '纠纷'],
  ['信访', '信访'], ['法律援助', '法律援助'], ['法律咨询', '咨询'], ['咨询', '咨询'],
  ['学法', '学法'], ['培训', '培训'], ['参训', '培训'],
  ['权责清单', '权责清单'], ['权责事项', '权责清单'], ['权力清单', '权责清单'],
  ['代表建议', '建议提案'], ['人大议案', '建议提案'], ['政协提案', '建议提案'], ['委员提案', '建议提案'], ['提案', '建议提案'],
  ['依申请公开', '依申请公开'], ['主动公开', '主动公开'],
  ['出庭', '出庭'], ['立法', '立法'],
]);

const NEGATION = /不予|未予|尚未|未能|不出庭/;

export interface Concept {
  families: Set<string>;
  /** Family of the last domain noun: the thing counted (主动参与行政诉讼调解 counts 调解, not 诉讼). */
  head: string | null;
  verbs: Set<number>;
  negated: boolean;
}

export function conceptOf(label: string): Concept {
  const folded = foldText(label);
  const families = new Set<string>();
  let head: string | null = null;
  let headStart = -1;
  for (const term of findDomainTerms(folded, 0, folded.length)) {
    const family = FAMILY.get(term.term);
    if (family) families.add(family);
    head = family ?? null;
    headStart = term.start;
  }
  // Papers (行政调解书, 判决书, 律师函) and leads passed on (向纪检监察机关移送问题线索, but not a case's
  // own lead: 移送涉嫌犯罪案件线索 counts cases) count documents;
  // a list of objects (重大行政决策、规范性文件、行政执法决定…; 法律咨询、政策咨询、法律服务) counts
  // them together: none of them is any one noun's own count.
  const listed = folded.lastIndexOf('、');
  if (/[书函]$/.test(folded) || (/线索$/.test(folded) && !folded.includes('案件')) || (listed !== -1 && (families.size > 1 || listed > headStart))) head = null;
  return { families, head, verbs: verbGroups(folded), negated: NEGATION.test(folded) };
}

/** The verb group a count of cases implies when none is printed (以市政府为被告的一审应诉案件 68件 were handled). */
const HANDLED = verbGroups('受理');

/**
 * True when two labels name one count: the same thing counted (head family), the same negation,
 * and verbs of one group, or no verb on one side where the other's is the implied 受理/办理.
 * An unknown verb (制发, 参与) never stands in for a known one.
 */
export function sameConcept(a: Concept, b: Concept): boolean {
  if (a.negated !== b.negated || a.head === null || a.head !== b.head) return false;
  if (a.verbs.size === 0 && b.verbs.size === 0) return true;
  if (a.verbs.size === 0 || b.verbs.size === 0) {
    const stated = a.verbs.size === 0 ? b.verbs : a.verbs;
    return [...stated].every((group) => HANDLED.has(group));
  }
  return [...a.verbs].some((group) => b.verbs.has(group));
}

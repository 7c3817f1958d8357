/**
 * What a report did with the things it counts. Labels that share their nouns differ in the verb
 * (行政复议 受理 / 办结 / 收到 are three figures), so a candidate whose verbs are all of another kind
 * than the taught label's is not the taught figure, however alike the rest reads. Verbs of one
 * group are used interchangeably in reports (办理/受理/立案 案件).
 */
const VERB_GROUPS: readonly (readonly string[])[] = [
  ['受理', '办理', '立案', '涉及'],
  ['办结', '结案', '审结', '结转'],
  ['收到', '接到', '申请'],
  ['撤销', '维持', '纠错', '驳回', '终止', '确认违法', '责令履行', '中止'],
  ['胜诉', '败诉', '撤诉', '调撤'],
  ['报备', '备案'],
  ['审查', '审核', '合法性审查'],
  ['废止', '修改', '修订', '清理', '宣布失效'],
  ['调解成功', '化解'],
  ['移送'],
  ['出庭', '出庭应诉'],
  ['培训', '参训', '参加'],
  ['聘请', '担任'],
  ['咨询', '解答'],
  ['提出', '出具', '提供'],
];

/** Indices of the verb groups a label uses. */
export function verbGroups(label: string): Set<number> {
  const groups = new Set<number>();
  VERB_GROUPS.forEach((verbs, group) => {
    if (verbs.some((verb) => label.includes(verb))) groups.add(group);
  });
  return groups;
}

/** True when both labels name verbs and share no group: different acts on the same things. */
export function verbsConflict(taught: Set<number>, candidate: Set<number>): boolean {
  if (taught.size === 0 || candidate.size === 0) return false;
  for (const group of taught) if (candidate.has(group)) return false;
  return true;
}

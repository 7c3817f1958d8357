/**
 * Units grouped by what they count, so a taught 件 also accepts 宗 and 起 (cases), and never a
 * percentage or a headcount. A unit outside every family matches only itself.
 */
const FAMILIES: readonly (readonly string[])[] = [
  ['件', '宗', '起', '项', '条', '份', '件次', '批', '批次', '篇', '部', '例', '个'],
  ['人', '名', '人次', '位', '户', '户次'],
  ['次', '场', '场次', '期', '轮'],
  ['%', '‰'],
  ['个百分点'],
  ['元'],
  ['天', '日', '个工作日', '个月', '小时', '分钟', '年'],
  ['课时', '学时'],
];

const FAMILY_OF = new Map<string, number>(FAMILIES.flatMap((units, family) => units.map((unit) => [unit, family] as const)));

export function sameUnitFamily(a: string, b: string): boolean {
  if (a === b) return true;
  const family = FAMILY_OF.get(a);
  return family !== undefined && family === FAMILY_OF.get(b);
}

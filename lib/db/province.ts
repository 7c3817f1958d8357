/**
 * The province-level unit a report belongs to, for the collection's province facet. Only what
 * the report prints counts (its jurisdiction, title or publisher naming 福建省, 宁夏回族自治区…);
 * a county's province is not looked up in a gazetteer, so 晋江市 alone stays unknown (null)
 * rather than guessed. The 34 province-level units are a closed, stable list, unlike cities.
 */
const PROVINCES: ReadonlyArray<readonly [full: string, short: string]> = [
  ['北京市', '北京'], ['天津市', '天津'], ['上海市', '上海'], ['重庆市', '重庆'],
  ['河北省', '河北'], ['山西省', '山西'], ['辽宁省', '辽宁'], ['吉林省', '吉林'], ['黑龙江省', '黑龙江'],
  ['江苏省', '江苏'], ['浙江省', '浙江'], ['安徽省', '安徽'], ['福建省', '福建'], ['江西省', '江西'],
  ['山东省', '山东'], ['河南省', '河南'], ['湖北省', '湖北'], ['湖南省', '湖南'], ['广东省', '广东'],
  ['海南省', '海南'], ['四川省', '四川'], ['贵州省', '贵州'], ['云南省', '云南'], ['陕西省', '陕西'],
  ['甘肃省', '甘肃'], ['青海省', '青海'], ['台湾省', '台湾'],
  ['内蒙古自治区', '内蒙古'], ['广西壮族自治区', '广西'], ['西藏自治区', '西藏'],
  ['宁夏回族自治区', '宁夏'], ['新疆维吾尔自治区', '新疆'],
  ['香港特别行政区', '香港'], ['澳门特别行政区', '澳门'],
];

/**
 * A short name (宁夏中卫市) counts only at the start of a field and when no level suffix follows:
 * 海南州 is a prefecture of 青海, 吉林市 a city, not the provinces of the same short name.
 */
const LEVEL_SUFFIX = /^[省市州县区盟旗]/;

/** Fields are cut to this length: a province is named at the start of a title or jurisdiction. */
const MAX_FIELD = 200;

function provinceIn(field: string): string | null {
  const text = field.slice(0, MAX_FIELD);
  let best: { short: string; at: number } | null = null;
  for (const [full, short] of PROVINCES) {
    const at = text.indexOf(full);
    if (at >= 0 && (best === null || at < best.at)) best = { short, at };
  }
  if (best) return best.short;
  for (const [, short] of PROVINCES) {
    if (text.startsWith(short) && !LEVEL_SUFFIX.test(text.slice(short.length))) return short;
  }
  return null;
}

/**
 * The province named by the first field that names one (jurisdiction first: it is the most
 * specific), as its short name (福建, 宁夏); null when none does.
 */
export function provinceOf(fields: { jurisdiction: string | null; title: string | null; publisher: string | null }): string | null {
  for (const field of [fields.jurisdiction, fields.title, fields.publisher]) {
    const found = field ? provinceIn(field) : null;
    if (found) return found;
  }
  return null;
}

/**
 * Chinese administrative place names by shape, not by list: a name of 1–10 Han characters and an
 * administrative suffix (省, 自治区, 市, 自治州, 州, 盟, 地区, 县, 自治县, 区, 新区, 旗, 镇, 乡, 街道),
 * read unit by unit so compounds come apart (中卫市 + 沙坡头区, 泉州市 + 晋江市,
 * 新疆维吾尔自治区 + 乌鲁木齐市). A list of cities would go stale and miss every county; the shape
 * works for any jurisdiction, at the cost of accepting odd names (海丝中央法务区) where the caller
 * does not constrain the context — callers only read places at the start of a title or clause.
 */

export interface PlaceUnit {
  name: string;
  suffix: string;
  start: number;
  end: number;
}

/**
 * Suffixes, longest first so 自治区 wins over 区 at the same position. The name part is lazy: the
 * shortest name that reaches a suffix, so 中卫市沙坡头区 reads as two units, not one.
 */
const SUFFIXES = '特别行政区|自治区|自治州|自治县|自治旗|地区|新区|街道|省|市|州|盟|县|区|旗|镇|乡';
/** Characters that never sit inside a place name: particles and date words. */
const NOT_NAME = '的了是年月日在将把被对与及这那其';
const UNIT = new RegExp(`((?:(?![${NOT_NAME}])[\\u4e00-\\u9fff]){1,10}?)(${SUFFIXES})`, 'y');

/**
 * One-character "names" that are really pronouns or level words: 我市, 全区, 本县, 各市, 该区,
 * 省市, 城区…, and the placeholder of anonymised copies (某县). A real one-character name (沛县,
 * 赵县) still reads.
 */
const PRONOUN_NAMES = new Set('我全本该各此每两一外省市区县州分城郊辖地新老原同他贵邻上下乡镇这那其某'.split(''));

/**
 * A lazy name stops at the first suffix character, which cuts 杭州市 into 杭 + 州. When 州, 乡 or 镇
 * is directly followed by a level suffix, the name goes on (杭州市, 贵州省) — unless that 市
 * starts 市场 (黔东南州市场监督管理局 is 黔东南州 + a department).
 */
const NAME_CONTINUES_AFTER = new Set(['州', '乡', '镇']);
const LEVEL_SUFFIX_AFTER = new Set(['省', '市', '县', '区', '旗']);

function nameContinues(input: string, suffix: string, end: number): boolean {
  const next = input[end] ?? '';
  return NAME_CONTINUES_AFTER.has(suffix) && LEVEL_SUFFIX_AFTER.has(next) && !(next === '市' && input[end + 1] === '场');
}

/**
 * A lazy name can swallow a phrase that merely ends in a suffix (市政府正确领导下和市). Names do
 * not start with a level character other than 镇/乡 (镇江市, 乡宁县) and never contain 政府; the
 * cost is the four districts called 市中区.
 */
const LEVEL_START = new Set('省市县区州旗盟'.split(''));
/**
 * Nor does a name start with the verb, preposition or adverb that opens a clause of report prose
 * ("按照彭泽县…", "坚决贯彻落实省委省政府…", "关于印发XX县…"): read lazily, such a clause ends in
 * a suffix character and would pass for a name. Only words that start no county or city name in
 * China are listed (和/同/向/从/会同… do: 和平区, 同江市, 向阳区, 从江县, 会同县).
 */
const CLAUSE_OPENER =
  /^(?:按照|根据|依据|依照|遵照|对照|坚决|认真|贯彻|落实|深入|全面|坚持|围绕|聚焦|紧扣|紧盯|紧紧|扎实|积极|切实|持续|不断|着力|大力|全力|进一步|加强|加快|推进|推动|强化|健全|完善|建立|制定|出台|印发|召开|举办|开展|组织|指导|督促|配合|协调|参与|参加|结合|服务|保障|支持|关于|通过|经过|作为|成为|实现|确保|为了|为)/;
function isPlausibleName(name: string): boolean {
  return !LEVEL_START.has(name[0]) && !name.includes('政府') && !CLAUSE_OPENER.test(name);
}

/** Inputs are cut to this length: place names are short, and the cap keeps matching O(1). */
const MAX_PLACE_INPUT = 60;

/**
 * The place units that start `text` at `from`, in order (泉州市晋江市 → 泉州市, 晋江市), stopping at
 * the first character that does not continue a place name. Empty when `text` does not start
 * with a place name.
 */
export function readPlaceUnits(text: string, from = 0): PlaceUnit[] {
  const input = text.slice(0, from + MAX_PLACE_INPUT);
  const units: PlaceUnit[] = [];
  let pos = from;
  while (pos < input.length) {
    UNIT.lastIndex = pos;
    const match = UNIT.exec(input);
    if (!match) break;
    let name = match[1];
    let suffix = match[2];
    let end = UNIT.lastIndex;
    if (nameContinues(input, suffix, end)) {
      name += suffix;
      suffix = input[end];
      end++;
    }
    if ((name.length === 1 && PRONOUN_NAMES.has(name)) || !isPlausibleName(name)) break;
    units.push({ name, suffix, start: pos, end });
    pos = end;
  }
  return units;
}

/** Governments are named by their place: 九江市人民政府 → 九江市. */
export const GOVERNMENT_SUFFIX = /^(?:人民政府|政府)/;

const DEPARTMENT_SUFFIX = /(?:委员会|办公室|办事处|局|厅|委|部|办|署|院|中心)$/;
const MAX_DEPARTMENT = 20;

/**
 * Where a department name that starts at `from` ends (司法局, 人民政府办公室, 国务院办公厅), given a
 * test for what must follow it: the longest run of Han characters that ends in an organ's suffix
 * (局, 厅, 委, 部, 办, 署, 院, 中心…) and is followed by what `followedBy` accepts. -1 when none.
 */
export function departmentEnd(text: string, from: number, followedBy: (rest: string) => boolean): number {
  let found = -1;
  for (let end = from + 1; end <= text.length && end - from <= MAX_DEPARTMENT; end++) {
    if (!/[\u4e00-\u9fff]/.test(text[end - 1])) break;
    if (DEPARTMENT_SUFFIX.test(text.slice(from, end)) && followedBy(text.slice(end, end + 8))) found = end;
  }
  return found;
}

/** Four direct-controlled municipalities report at provincial level. */
export const MUNICIPALITIES = new Set(['北京市', '上海市', '天津市', '重庆市']);

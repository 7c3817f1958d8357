/**
 * Units (measure words) that follow a figure in Chinese government reports: 件, 人次, 个百分点, %…
 *
 * Multipliers (万/亿) are not units: 3.5万元 is read as 35000 with unit 元 (see parse-number).
 * 月 and 号 are deliberately absent: after a number they name a calendar month or a document /
 * day number far more often than a duration (a duration is written 个月, which is listed).
 */
import { isInlineSpaceAt, isOneOf } from './chars.ts';

/** Printed spellings that mean the same unit, folded to one name so figures compare across reports. */
const UNIT_ALIASES: ReadonlyMap<string, string> = new Map([
  ['百分点', '个百分点'],
  ['工作日', '个工作日'],
  ['％', '%'],
]);

/**
 * Units with the characters that, right after them, show the character belongs to a longer word
 * instead (两部门, 一期间, 收支两条线, 三人民…): such a match is not a unit.
 */
const UNITS: ReadonlyMap<string, string> = new Map([
  ['个百分点', ''], ['百分点', ''], ['个工作日', ''], ['工作日', ''], ['个月', ''],
  ['人次', ''], ['场次', ''], ['户次', ''], ['件次', ''], ['批次', ''],
  ['小时', ''], ['分钟', ''], ['课时', ''], ['学时', ''], ['平方米', ''], ['公里', ''],
  ['%', ''], ['％', ''], ['‰', ''],
  ['件', ''], ['个', '别体性'], ['项', '目'], ['次', ''], ['人', '民大口才士们格身权社事'],
  ['名', '单称义录额'], ['家', '庭长属乡园族政居'], ['条', '例件款线'], ['份', '额'], ['篇', ''],
  ['部', '门分署队委长位件'], ['场', '所景地合馆面域'], ['期', '间限满待望刊货'], ['户', '口籍外型主'],
  ['批', '准复评示转办'], ['宗', '旨教'], ['起', '草诉步点见始源来'], ['类', '型似别'], ['元', '素旦首化'],
  ['天', '然下地津空'], ['日', '常期前益趋报'], ['年', '级龄轻鉴'], ['倍', ''], ['所', '有以在属得谓需述长'],
  ['位', '置于数'], ['张', '贴'], ['册', ''], ['套', ''], ['辆', ''], ['处', '理置罚分于室长'],
  ['支', '持付出部'], ['座', '谈'], ['轮', ''], ['节', '约点日能'], ['例', '如外行'], ['亩', ''], ['吨', ''], ['幅', '度员面'],
  // 普法 and equipment counts (宣传手册5000本, 执法记录仪120台, 公示牌30块, 法治课60堂), rooms and teams
  // (调解室12间, 督查组5组), case files (案卷320卷), and scores (考核得分96.5分: Arabic digits only, see scan-quantities).
  ['本', '级部市区县单次着届领年地土质身科职'], ['台', '账湾风阶'], ['块', '钱'], ['堂', ''], ['间', '隔断'],
  ['组', '织成建长员合'], ['分', '之钟别局析配类享工布批期管会院支队号散担摊解子'], ['卷', '入宗烟轴'],
]);

/**
 * UNITS by the code of their first character, longest first: `matchUnit` runs after every number
 * read, so it tests a few `startsWith` instead of slicing a string per candidate length.
 */
const UNITS_BY_FIRST_CHAR: ReadonlyMap<number, readonly (readonly [printed: string, blockers: string])[]> = (() => {
  const index = new Map<number, [string, string][]>();
  for (const [printed, blockers] of UNITS) {
    const bucket = index.get(printed.charCodeAt(0)) ?? [];
    bucket.push([printed, blockers]);
    index.set(printed.charCodeAt(0), bucket);
  }
  for (const bucket of index.values()) bucket.sort((a, b) => b[0].length - a[0].length);
  return index;
})();

/** A unit found in text: its normalised name and where the printed unit ends. */
export interface UnitMatch {
  unit: string;
  end: number;
}

/**
 * The longest unit printed at `pos` (after at most two inline spaces), or null.
 *
 * Longest match first so 人次 beats 人 and 个百分点 beats 个; a unit followed by a character that
 * makes it part of another word (部门, 场所, 条例) is rejected rather than shortened, because that
 * number is then not a count of the unit at all. Aliases are normalised: 百分点 → 个百分点,
 * 工作日 → 个工作日, ％ → %.
 */
export function matchUnit(text: string, pos: number): UnitMatch | null {
  let at = pos;
  for (let spaces = 0; spaces < 2 && isInlineSpaceAt(text, at); spaces++) at++;
  for (const [printed, blockers] of UNITS_BY_FIRST_CHAR.get(text.charCodeAt(at)) ?? []) {
    if (!text.startsWith(printed, at)) continue;
    if (isOneOf(blockers, text[at + printed.length])) return null;
    return { unit: UNIT_ALIASES.get(printed) ?? printed, end: at + printed.length };
  }
  return null;
}

import { issuerUnderTitle, type PageString } from '../evidence/page-head';
import type { PageText } from '../page-text/types';
import { foldText } from '../text/fold';
import { isListedCountyLevelCity } from './county-level-cities';
import type { JurisdictionLevel } from './types';
import { departmentEnd, GOVERNMENT_SUFFIX, MUNICIPALITIES, readPlaceUnits, type PlaceUnit } from './place-names';

export interface JurisdictionReading {
  /** As printed, most specific (中卫市沙坡头区), 人民政府 dropped; departments keep their name. */
  jurisdiction: string | null;
  level: JurisdictionLevel;
}

interface Named {
  /** Display text. */
  text: string;
  units: PlaceUnit[];
  department: boolean;
}

/** Year, 关于 and 中共 in front of the jurisdiction: 2019年度晋江市…, 关于九江市…, 中共XX县委…. */
const TITLE_LEAD = /^(?:(?:19|20)\d\d\s*年度?|关[于於]|中共|中国共产党|\s)+/;
/**
 * Joint titles name the party committee first: "中共XX县委 XX县人民政府关于…", "中共XX镇委员会 XX镇人民
 * 政府关于…". The committee's 委/委员会 and the separator are skipped; the government after it, if
 * named, is the jurisdiction.
 */
const PARTY_COMMITTEE = /^(?:委员会|委)[\s、和与]*/;
/** What follows a jurisdiction in a title: the topic, a year, or nothing. (關於 folds to 关於: 於 is in GB2312.) */
const TOPIC_START = /^(?:关[于於]|(?:19|20)\d\d|法治|依法|年度|本级|全面|推进|\s|$)/;
/** A department named without a place (交通运输部) must not start with a level word (市司法局). */
const BARE_LEVEL_WORD = /^[市区县省镇乡我本全该]/;
/** A government portal's name is the government's plus these: 山西省人民政府门户网站. */
const SITE_WORDS = /(?:门户网站|政府网站|网站|门户|官网|政务网|政府网|网)$/;
const GOVERNMENT_AT_END = /(?:人民政府|政府)$/;
/** Sentences open with "2022年，在省委…领导下，九江市坚持…": places are read at clause starts. */
const CLAUSE_SEPARATOR = /[，,、；;：:（）()“”"\s]/g;
/**
 * A place is the sentence's subject when what follows is its government or a report opening's
 * usual verb or adverb (九江市坚持…, 沙坡头区法治政府建设工作坚持…); anything else (位列三县第一,
 * 泉州市、晋江市《…》) is a mention, not the subject.
 */
const SUBJECT_CONTINUATION =
  /^(?:人民政府|政府|委|党委|坚持|认真|深入|全面|始终|紧紧|紧扣|紧盯|扎实|积极|以|在|把|按照|围绕|聚焦|贯彻|持续|大力|着力|不断|切实|进一步|全力|高度|牢固|法治|依法|各级|上下|共|累计)/;
const MAX_OPENING_SENTENCE = 300;
const MIN_OPENING_PARAGRAPH = 40;

/**
 * The jurisdiction a title names in front of its topic: "2019年度晋江市法治政府工作报告" → 晋江市,
 * "九江市人民政府关于…" → 九江市, "XX市司法局2022年…" → XX市司法局 (department),
 * "交通运输部2021年…" → 交通运输部. Null when the title does not start with one (地区依法行政情况报告).
 */
function namedInTitle(title: PageString): Named | null {
  const folded = title.folded;
  let lead = TITLE_LEAD.exec(folded)?.[0].length ?? 0;
  let units = readPlaceUnits(folded, lead);
  let placeEnd = units.length > 0 ? units[units.length - 1].end : lead;
  const party = units.length > 0 ? PARTY_COMMITTEE.exec(folded.slice(placeEnd)) : null;
  if (party) {
    const government = readPlaceUnits(folded, placeEnd + party[0].length);
    if (government.length > 0) {
      lead = placeEnd + party[0].length;
      units = government;
      placeEnd = units[units.length - 1].end;
    } else if (TOPIC_START.test(folded.slice(placeEnd + party[0].length))) {
      return { text: title.text.slice(lead, placeEnd), units, department: false };
    }
  }
  const government = governmentAfter(folded, units, placeEnd);
  const afterGovernment = placeEnd + government;
  if (units.length > 0 && TOPIC_START.test(folded.slice(afterGovernment))) {
    return { text: title.text.slice(lead, placeEnd), units, department: false };
  }
  // "鲤城区人民政府金龙街道办事处关于…": the district's government, then the street's office.
  const township = government > 0 ? readPlaceUnits(folded, afterGovernment) : [];
  const townshipEnd = township.length > 0 ? township[township.length - 1].end : afterGovernment;
  if (isTownship(township) && TOPIC_START.test(folded.slice(townshipEnd + governmentAfter(folded, township, townshipEnd)))) {
    return { text: title.text.slice(afterGovernment, townshipEnd), units: township, department: false };
  }
  const end = departmentEnd(folded, afterGovernment, (rest) => TOPIC_START.test(rest));
  if (end === -1) return null;
  if (units.length === 0 && !isNamedDepartment(folded.slice(afterGovernment, end))) return null;
  return { text: title.text.slice(lead, end), units, department: true };
}

const TOWNSHIP_SUFFIXES = new Set(['镇', '乡', '街道']);
/** A 街道 (and some 乡镇) is governed by an office of the government above: 金龙街道办事处. */
const TOWNSHIP_OFFICE = /^办事处/;

function isTownship(units: PlaceUnit[]): boolean {
  return units.length > 0 && TOWNSHIP_SUFFIXES.has(units[units.length - 1].suffix);
}

/** Length of the government's name after a place (人民政府; 办事处 for a township), 0 when none. */
function governmentAfter(folded: string, units: PlaceUnit[], placeEnd: number): number {
  const rest = folded.slice(placeEnd);
  return (GOVERNMENT_SUFFIX.exec(rest) ?? (isTownship(units) ? TOWNSHIP_OFFICE.exec(rest) : null))?.[0].length ?? 0;
}

/** The first paragraph of the body that reads like prose (the report's opening). */
function openingSentence(page: PageText): { text: string; folded: string } | null {
  for (const block of page.blocks) {
    if (block.role !== 'body' || block.end - block.start < MIN_OPENING_PARAGRAPH) continue;
    const folded = page.folded.slice(block.start, block.end);
    if (!/[，,。]/.test(folded)) continue;
    const stop = folded.indexOf('。');
    const end = block.start + Math.min(stop === -1 ? folded.length : stop, MAX_OPENING_SENTENCE);
    return { text: page.text.slice(block.start, end), folded: page.folded.slice(block.start, end) };
  }
  return null;
}

/**
 * A place that opens a clause of the report's first sentence as its subject: "2022年，在省委、
 * 省政府的坚强领导下，九江市坚持…" → 九江市. 我市/全区 are pronouns and do not count, so a report
 * that never prints its own name (seed 004: "区认真贯彻…") gives null.
 */
function namedInOpening(page: PageText): Named | null {
  const sentence = openingSentence(page);
  if (!sentence) return null;
  const starts = [0];
  for (const match of sentence.folded.matchAll(CLAUSE_SEPARATOR)) starts.push(match.index + 1);
  const isSubjectEnd = (rest: string) => SUBJECT_CONTINUATION.test(rest);
  for (let start of starts) {
    if (sentence.folded[start] === '在') start++;
    const units = readPlaceUnits(sentence.folded, start);
    const end = units.length > 0 ? units[units.length - 1].end : start;
    // A 街道 governs through its office: "人民街街道办事处坚持…" is the 街道, not a department.
    const office = end + governmentAfter(sentence.folded, units, end);
    if (units.length > 0 && isSubjectEnd(sentence.folded.slice(office, office + 8))) {
      return { text: sentence.text.slice(start, end), units, department: false };
    }
    // A department's report opens with the department as subject: "2022年，生态环境部坚持…",
    // "2022年，浙江省司法厅坚持…". A bare level word in front (省交通运输厅) names no one.
    const department = departmentEnd(sentence.folded, end, isSubjectEnd);
    if (department !== -1 && (units.length > 0 || isNamedDepartment(sentence.folded.slice(start, department)))) {
      return { text: sentence.text.slice(start, department), units, department: true };
    }
  }
  return null;
}

/** A department named without a place must carry a name of its own (交通运输部, not 市司法局). */
function isNamedDepartment(folded: string): boolean {
  return folded.length >= 3 && !BARE_LEVEL_WORD.test(folded);
}

/** The whole of `folded` as a government's or a department's name, or null (see namedInTitle). */
function wholeName(text: string, folded: string, source: PageString['source']): Named | null {
  const named = namedInTitle({ text, folded, source });
  if (!named) return null;
  const name = foldText(named.text);
  return name === folded || name === folded.replace(GOVERNMENT_AT_END, '') ? named : null;
}

/** The issuing body printed under the title (宁波市奉化区溪口镇人民政府 → 宁波市奉化区溪口镇). */
function namedByIssuer(page: PageText): Named | null {
  const issuer = issuerUnderTitle(page);
  return issuer ? wholeName(issuer.text, issuer.folded, 'heading') : null;
}

/** Index labels naming the organ that issued the document (not the office that posted it). */
const INDEX_ISSUER_LABELS = ['发布机构', '发文机关', '发文机构', '发布单位', '生成机构', '责任部门'];

/**
 * The issuing organ of the 政府信息公开 index (发布机构: 浙江省交通运输厅) when it names a place:
 * a department's report titled only "关于2023年度法治政府建设情况的报告" says who it is here.
 */
function namedByIndex(page: PageText): Named | null {
  for (const label of INDEX_ISSUER_LABELS) {
    const value = page.meta.indexFields[label]?.trim().slice(0, 60);
    const named = value ? wholeName(value, foldText(value), 'meta') : null;
    if (named && named.units.length > 0) return named;
  }
  return null;
}

/**
 * The SiteName meta when the whole name is a government's or a department's (九江市人民政府 →
 * 九江市, 山西省人民政府门户网站 → 山西省); 中国九江网 names no government.
 */
function namedBySite(page: PageText): Named | null {
  const raw = (page.meta.metaTags['sitename'] ?? '').trim().slice(0, 60);
  if (!raw) return null;
  return wholeName(raw, foldText(raw).replace(SITE_WORDS, ''), 'meta');
}

/** 县级市 named within this many characters of the name marks a county-level city. */
const COUNTY_LEVEL_WINDOW = 20;
const MAX_OCCURRENCES = 200;
/** "省、泉州市、晋江市《…》": a bare 省 (the province, unnamed), then the parent city, then the name. */
const PROVINCE_CITY_BEFORE = /(?:^|[^\u4e00-\u9fff]|[和及与、])省、?[\u4e00-\u9fff]{2,8}?市、?$/;
/** "泉州市晋江市": a city name ends right before the name (not 城市, 全市, 县市…). */
const ADJACENT_CITY_BEFORE = /[\u4e00-\u9fff]{2}市$/;
const NOT_A_CITY_NAME_END = new Set('城全我本该各县区省地级这那'.split(''));

/**
 * Is this 市 a county-level city from the page's own context (for names the 民政部 list in
 * county-level-cities.ts lacks, such as a county made a city after it was written): the name
 * printed as a compound after its parent (泉州市晋江市), after a bare 省 and a city in a hierarchy
 * (省、泉州市、晋江市《法治政府建设实施方案》), or near the word 县级市. Looks at no more than
 * MAX_OCCURRENCES mentions of the name.
 */
function isCountyLevelCity(units: PlaceUnit[], page: PageText): boolean {
  const last = units.length - 1;
  if (last >= 1 && units[last - 1].suffix === '市') return true;
  const name = units[last].name + units[last].suffix;
  const body = page.folded;
  let seen = 0;
  for (let i = body.indexOf(name); i !== -1 && seen < MAX_OCCURRENCES; i = body.indexOf(name, i + 1), seen++) {
    const before = body.slice(Math.max(0, i - COUNTY_LEVEL_WINDOW), i);
    const after = body.slice(i + name.length, i + name.length + COUNTY_LEVEL_WINDOW);
    if (before.includes('县级市') || after.includes('县级市') || PROVINCE_CITY_BEFORE.test(before)) return true;
    if (ADJACENT_CITY_BEFORE.test(before) && !NOT_A_CITY_NAME_END.has(before[before.length - 2])) return true;
  }
  return false;
}

/**
 * Administrative level from the most specific unit: 省/自治区 and the four municipalities →
 * province; 市 → city unless it is a county-level city (the 民政部 list, or the page's context);
 * 州/盟/地区 → city; 区 (开发区 too) → district; 县/旗 → county; a department name → department;
 * 镇/乡/街道 → township.
 */
function levelOf(named: Named, page: PageText): JurisdictionLevel {
  if (named.department) return 'department';
  const unit = named.units[named.units.length - 1];
  const whole = named.units.map((u) => u.name + u.suffix).join('');
  switch (unit.suffix) {
    case '省':
    case '自治区':
    case '特别行政区':
      return 'province';
    case '市':
      if (named.units.length === 1 && MUNICIPALITIES.has(whole)) return 'province';
      return isListedCountyLevelCity(unit.name) || isCountyLevelCity(named.units, page) ? 'county' : 'city';
    case '州':
    case '自治州':
    case '盟':
    case '地区':
      return 'city';
    case '区':
    case '新区':
      return 'district';
    case '县':
    case '自治县':
    case '旗':
    case '自治旗':
      return 'county';
    case '镇':
    case '乡':
    case '街道':
      return 'township';
    default:
      return 'unknown';
  }
}

/**
 * A bare name from the title or the opening (新华乡2025年…, 2025年，新驿镇在…) with the parents the issuer line or the index prints for the
 * same unit (发布机构 屏边县新华乡人民政府 → 屏边县新华乡): two towns called 新华乡 are two places, and
 * the fuller name is the one a reader filters by. A different unit there (the office that posted it)
 * changes nothing.
 */
function withParents(named: Named, page: PageText): Named {
  if (named.department) return named;
  const own = named.units[named.units.length - 1]!;
  for (const fuller of [namedByIssuer(page), namedByIndex(page)]) {
    if (!fuller || fuller.department || fuller.units.length <= named.units.length) continue;
    const last = fuller.units[fuller.units.length - 1]!;
    if (last.name === own.name && last.suffix === own.suffix) return fuller;
  }
  return named;
}

/**
 * The jurisdiction the report is about and its level. Read, in order, from the title candidates
 * (title first), the issuing body printed under the title, the place or department that opens the
 * report's first sentence, the index's 发布机构 when it names a place, then the SiteName meta.
 * A template copy with the name removed gives { jurisdiction: null, level from its wording } —
 * "区认真贯彻…/我区…" still says district; see {@link anonymousLevel}.
 */
export function readJurisdiction(page: PageText, titles: PageString[]): JurisdictionReading {
  let named: Named | null = null;
  for (const title of titles) {
    named = namedInTitle(title);
    if (named) break;
  }
  named ??= namedByIssuer(page) ?? namedInOpening(page) ?? namedByIndex(page) ?? namedBySite(page);
  if (!named) {
    const level = anonymousLevel(page, titles);
    const self = namedInOwnDocuments(page, level);
    return self ? { jurisdiction: self, level } : { jurisdiction: null, level };
  }
  named = withParents(named, page);
  return { jurisdiction: named.text, level: levelOf(named, page) };
}

/**
 * "2022年，县司法局紧紧围绕…": a department that names itself only by its level (县司法局, 市交通
 * 运输局) reports as a department, though which county's is not printed there. Returns the
 * department as printed (县司法局), or null.
 */
function bareDepartmentInOpening(page: PageText): string | null {
  const sentence = openingSentence(page);
  if (!sentence) return null;
  const starts = [0];
  for (const match of sentence.folded.matchAll(CLAUSE_SEPARATOR)) starts.push(match.index + 1);
  for (const start of starts) {
    const first = sentence.folded.slice(start, start + 1);
    if (!BARE_LEVEL_WORD.test(first) || /^[我本全该]/.test(first)) continue;
    const end = departmentEnd(sentence.folded, start, (rest) => SUBJECT_CONTINUATION.test(rest));
    if (end !== -1) return sentence.text.slice(start, end);
  }
  return null;
}

/** The place suffixes a report of each level names itself with (a county-level 市 is left out: 我市 reads as a city). */
const OWN_SUFFIXES: Partial<Record<JurisdictionLevel, ReadonlySet<string>>> = {
  province: new Set(['省', '自治区']),
  city: new Set(['市', '州', '自治州', '盟']),
  district: new Set(['区', '新区']),
  county: new Set(['县', '自治县', '旗', '自治旗']),
};
const LEVEL_OF_WORD: Record<string, JurisdictionLevel> = { 省: 'province', 市: 'city', 区: 'district', 县: 'county', 旗: 'county', 州: 'city' };
/** Where a place name can start in running prose: a book title, a quote, a clause, after a year. */
const NAME_START = /[《“"‘，,、；;：:（(。\n]|(?:19|20)\d\d年度?/g;
const OWN_NAME_CHARS = 3000;

/**
 * The name of a report that calls itself only 我县/全县/县司法局 (its title and head were not kept),
 * from the places of its own level its text prints where a name starts: its own documents
 * (《房县法治政府建设实施方案》, 《华宁县2025年法治政府建设工作要点》) and its own projects
 * (“蒙城县‘5+N’矛盾化解会商机制”). The most frequent such name, when it occurs twice or is the only
 * one; a bare department (县司法局) gets its county's name in front (潼关县司法局). Null when the
 * text names no place of that level, or several equally often.
 */
function namedInOwnDocuments(page: PageText, level: JurisdictionLevel): string | null {
  const department = level === 'department' ? bareDepartmentInOpening(page) : null;
  const ownLevel = department ? LEVEL_OF_WORD[foldText(department)[0]!] : level;
  const suffixes = ownLevel ? OWN_SUFFIXES[ownLevel] : undefined;
  if (!suffixes) return null;
  const counts = new Map<string, number>();
  let seen = 0;
  for (const block of page.blocks) {
    if (block.role !== 'body' || seen >= OWN_NAME_CHARS) continue;
    const end = Math.min(block.end, block.start + OWN_NAME_CHARS - seen);
    const folded = page.folded.slice(block.start, end);
    seen += folded.length;
    const starts = [0, ...[...folded.matchAll(NAME_START)].map((match) => match.index + match[0].length)];
    for (const start of starts) {
      const units = readPlaceUnits(folded, start);
      const last = units[units.length - 1];
      if (!last || !suffixes.has(last.suffix)) continue;
      const name = page.text.slice(block.start + last.start, block.start + last.end);
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || (second && second[1] === best[1]) || (best[1] < 2 && ranked.length > 1)) return null;
  return department ? best[0] + department.slice(1) : best[0];
}

/** How an unnamed government refers to itself: 我区/全区 → district, 我县 → county, 我市 → city… */
const SELF_REFERENCE = /(?:我|全|本)(省|市|区|县|旗|州)/g;
const SELF_LEVEL: Record<string, JurisdictionLevel> = { 省: 'province', 市: 'city', 区: 'district', 县: 'county', 旗: 'county', 州: 'city' };
const TITLE_LEVEL_WORD = /^(?:(?:19|20)\d\d\s*年度?)?(省|市|区|县|旗|州)/;
const SELF_REFERENCE_CHARS = 5000;

/**
 * Level of a report whose name was removed (template copies): the bare level word the title
 * starts with (地区… does not count: 地区 is a word), else the most frequent 我X/全X/本X in the
 * body's head. 'unknown' when neither says.
 */
function anonymousLevel(page: PageText, titles: PageString[]): JurisdictionLevel {
  for (const title of titles) {
    const word = TITLE_LEVEL_WORD.exec(title.folded);
    if (word && !title.folded.startsWith('地区')) return SELF_LEVEL[word[1]];
  }
  if (bareDepartmentInOpening(page)) return 'department';
  const counts = new Map<string, number>();
  let seen = 0;
  for (const block of page.blocks) {
    if (block.role !== 'body') continue;
    const folded = page.folded.slice(block.start, Math.min(block.end, block.start + SELF_REFERENCE_CHARS - seen));
    for (const match of folded.matchAll(SELF_REFERENCE)) counts.set(match[1], (counts.get(match[1]) ?? 0) + 1);
    seen += folded.length;
    if (seen >= SELF_REFERENCE_CHARS) break;
  }
  let best: string | null = null;
  for (const [word, count] of counts) if (best === null || count > counts.get(best)!) best = word;
  return best ? SELF_LEVEL[best] : 'unknown';
}

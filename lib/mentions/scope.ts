/**
 * Scope words: which part of the jurisdiction a figure covers. "全市…收到行政复议申请1719件" counts the
 * whole city; "其中，市政府收到…351件" counts the city government's own share. The comparison wants
 * the jurisdiction-wide figure, so mentions carry the scope stated before them.
 */

/**
 * Jurisdiction-wide words (全国, 全市, 各级, 市县两级) first, then subsets (市本级, 市政府, 市直, 区级).
 * Matched on folded text, so 全縣/縣政府 on big5 pages read the same.
 */
const SCOPE_WORD =
  /全市各级|全(?:国|自治区|市|区|县|省|州|盟|旗)|各级|(?:[省市区县乡镇]、?){1,3}[两三四]级|[省市区县州]本级|本级|[省市区县州]政府|[省市区县州]直(?:各?部门|单位)?|[省市区县州]级/g;

const WIDE_SCOPE = /^(?:全|各级|(?:[省市区县乡镇]、?){1,3}[两三四]级)/;

/**
 * A scope word right after these is the object of the clause (向市政府报备, 对全区…), not the
 * part of the jurisdiction the figure covers.
 */
const OBJECT_MARKERS = new Set(['向', '对', '给', '与', '和', '及', '报', '经', '至']);

/**
 * A subset word (市政府, 区本级, 市直…) glued to a preceding Han character is usually part of a
 * longer name or an object (泉州市政府, 召开区政府常务会议, 指导区直…); it is a scope only at the
 * start of a clause or after one of these: 以市政府为被告, 由区政府, 2022年市本级, 其中市政府.
 */
const SUBSET_OPENERS = new Set(['以', '由', '在', '年', '月', '日', '来', '前', '中', '是']);

function isHan(ch: string): boolean {
  return ch >= '\u4e00' && ch <= '\u9fff';
}

export interface ScopeWord {
  start: number;
  end: number;
  scope: string;
}

/** Scope words in `folded[start, end)`, in order, skipping objects (向市政府) and parts of names (泉州市政府). */
export function findScopeWords(folded: string, start: number, end: number): ScopeWord[] {
  const found: ScopeWord[] = [];
  const span = folded.slice(start, end);
  // exec on the shared global regex, not matchAll: matchAll clones the regex on every call, which
  // cost more than the matching itself for the short sentences this runs on.
  SCOPE_WORD.lastIndex = 0;
  for (let match = SCOPE_WORD.exec(span); match !== null; match = SCOPE_WORD.exec(span)) {
    const at = start + match.index;
    const before = folded[at - 1] ?? '';
    if (OBJECT_MARKERS.has(before)) continue;
    if (!WIDE_SCOPE.test(match[0]) && isHan(before) && !SUBSET_OPENERS.has(before)) continue;
    found.push({ start: at, end: at + match[0].length, scope: match[0] });
  }
  return found;
}

/**
 * True when a mention's scope covers the whole jurisdiction: unstated (null), 全市/全区/各级…, or
 * 市县两级. Subsets (市本级, 市政府, 市直, 其中) are false.
 */
export function isJurisdictionWide(scope: string | null): boolean {
  return scope === null || WIDE_SCOPE.test(scope);
}

/**
 * The 政府信息公开 index-number block (索引号, 发布机构, 成文日期…) that gov CMSs print above or
 * beside a disclosed document: as a labelled table (gov.cn: `索 引 号：` cell, value cell), as
 * labelled list items, or as a bare list of values whose labels live in CSS (the page text then shows
 * "• 640502003/2021-00066", "• 沙坡头区司法局", "• 2020年11月15日"). These blocks are page furniture for
 * the outline but metadata for the reader, so they become chrome and their values `indexFields`.
 */

/** Labels seen in index tables across CMSs. Matching tolerates the spaces typesetters pad labels with (索 引 号, 标　　题). */
const INDEX_LABELS = [
  '索引号', '信息索引号', '主题分类', '信息分类', '内容分类', '体裁分类', '组配分类', '机构分类', '服务对象',
  '发文机关', '发文机构', '发布机构', '发布单位', '生成机构', '所属机构', '公开责任部门', '责任部门', '责任科室',
  '发文字号', '文号', '文件编号', '成文日期', '发文日期', '生成日期', '发布日期', '生效日期', '废止日期', '失效日期',
  '有效性', '效力状态', '时效', '公文时效', '标题', '名称', '信息名称', '主题词', '公开方式', '公开范围', '公开形式', '公开时限',
  '文种', '审核程序',
];

const LABEL_PATTERN = INDEX_LABELS.slice()
  .sort((a, b) => b.length - a.length)
  .map((label) => label.split('').join('\\s*'))
  .join('|');
const LIST_MARKER = '[•·●▪◆■○◇\\-*]';
/** A block opening with an index label and a colon. */
const LEADING_LABEL = new RegExp(`^(?:${LIST_MARKER}\\s*)?(${LABEL_PATTERN})\\s*[:：]\\s*`);
/** In a table row the cell gap can stand in for the colon (<th>索引号</th><td>…</td>). */
const LEADING_ROW_LABEL = new RegExp(`^(${LABEL_PATTERN})(?:\\s*[:：]|\\s)`);
/** Known labels anywhere in a block (a table row holds two or more; values may run into them). */
const KNOWN_LABEL = new RegExp(`(${LABEL_PATTERN})\\s*[:：]`, 'g');
/** In a row, a label may also close it with an empty cell (…/2025-20657 文件编号). */
const KNOWN_ROW_LABEL = new RegExp(`(${LABEL_PATTERN})(?:\\s*[:：]|\\s|$)`, 'g');
/**
 * Other labels (浏览次数：, 信息来源：) count only after a separator, a colon or a digit (spans glued
 * after a date or an empty field), so a Chinese value never turns into a label.
 */
const OTHER_LABEL = /(?<=^|[\s|｜丨;；,，:：\d])([\u4e00-\u9fff]{2,6})\s*[:：]/g;
const LEADING_LIST_MARKER = new RegExp(`^${LIST_MARKER}\\s*`);
/** A block that is itself `label:` (known or not, padded or bulleted): never the value of the label above it. */
const ANY_LEADING_LABEL = new RegExp(`^(?:${LIST_MARKER}\\s*)?[\\u4e00-\\u9fff](?:\\s*[\\u4e00-\\u9fff]){1,7}\\s*[:：]`);
/**
 * Table cells flattened to pipes. A label cell may be bracketed ("[ 索引号 ]", 【发布机构】) and may
 * hold its value after a colon ("索引号:000014349/2026-02861"); otherwise it is 2–8 Han
 * characters padded with spaces (分 类) and its value is the next cell.
 */
const CELL_SEPARATOR = /[|｜]/g;
const CELL_BRACKETS = /^[[【［]\s*|\s*[\]】］]$/g;
const unbracketed = (cell: string): string => cell.replace(CELL_BRACKETS, '');
const WHOLE_KNOWN_LABEL = new RegExp(`^(?:${LABEL_PATTERN})$`);
const LABEL_CELL = /^[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,7}$/;
const KNOWN_LABEL_WITH_VALUE = new RegExp(`^(${LABEL_PATTERN})\\s*[:：]`);
const LABEL_WITH_VALUE = /^([\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,7})\s*[:：]/;

/** Index blocks are short; a long block that opens with 标题： is something else. */
const MAX_INDEX_BLOCK = 200;
const MAX_LIST_VALUE = 60;

const INDEX_NUMBER_SHAPE = /^[0-9A-Za-z]+(?:[-/][0-9A-Za-z]+){1,5}$/;
const DATE_VALUE = /^\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?$/;
const VALIDITY_VALUE = /^(?:现行)?有效$|^(?:已|部分)?(?:失效|废止)$|^尚未生效$/;
const ORGANISATION_VALUE = /^[\u4e00-\u9fff（）()]{2,30}(?:局|委|办|办公室|政府|厅|院|部|中心|委员会|司|署|所|站|会|处|科|室|组)$/;
/** Document numbers: issuer abbreviation, year in 〔〕 and serial (义政发〔2023〕12号, 国办发[2018]118号). */
const DOCUMENT_NUMBER_VALUE = /^[\u4e00-\u9fff]{1,12}\s*[〔[［(（【]\s*(?:19|20)\d\d\s*[〕\]］)）】]\s*第?\d{1,6}\s*号$/;
/** Bare index values: others allowed between two shaped values, and shaped values needed in all. */
const MAX_UNKNOWN_GAP = 2;
const MIN_BARE_SHAPES = 3;

/**
 * Index numbers: an organisation code, a year and a serial (640502003/2021-00066,
 * 000014349/2018-00226, XM00101-0202-2021-00017). A long segment tells them from dates (2020-11-15).
 */
function isIndexNumber(value: string): boolean {
  if (value.length > 40 || !INDEX_NUMBER_SHAPE.test(value)) return false;
  const segments = value.split(/[-/]/);
  return segments.some((segment) => segment.length >= 5) && segments.some((segment) => /^(?:19|20)\d{2}$/.test(segment));
}

const stripSpaces = (label: string): string => label.replace(/\s+/g, '');

export interface IndexReading {
  /** Indexes (into the block list) of the blocks that belong to an index table or list. */
  blocks: Set<number>;
  /** Keyed by the label with its padding spaces and trailing colon removed: 索引号, 发布机构, 成文日期… */
  fields: Record<string, string>;
}

/**
 * Finds index blocks among a page's blocks (in reading order) and reads their fields. First value
 * wins for a label: pages repeat the table (top and print view), never with different values.
 *
 * Matching runs on the folded block texts (big5 pages print 索引號, full-width colons); values are
 * sliced at the same offsets from the printed texts, so they read as the page shows them.
 *
 * @param folded folded block texts, whitespace already collapsed
 * @param printed the same blocks as printed (same lengths)
 * @param tags block tags: 'tr' rows may omit colons, 'li' items and bulleted 'line's form lists
 */
export function readIndexBlocks(folded: readonly string[], printed: readonly string[], tags: readonly string[]): IndexReading {
  const blocks = new Set<number>();
  const fields: Record<string, string> = {};
  const set = (label: string, block: number, start: number, end = printed[block].length) => {
    const key = stripSpaces(label);
    const value = printed[block].slice(start, end).trim();
    if (value && !(key in fields)) fields[key] = value;
  };

  for (let i = 0; i < folded.length; i++) {
    const text = folded[i];
    if (text.length > MAX_INDEX_BLOCK) continue;
    const cells = readPipeRow(text);
    if (cells) {
      blocks.add(i);
      for (const { label, valueStart, valueEnd } of cells) set(label, i, valueStart, valueEnd);
      continue;
    }
    // Flattened tables print "label value label value" on a line; one label and a gap is a
    // sentence's business, two or more are a row.
    const inRow = tags[i] === 'tr' || (LEADING_ROW_LABEL.test(text) && (text.match(KNOWN_ROW_LABEL)?.length ?? 0) >= 2);
    if (!(inRow ? LEADING_ROW_LABEL : LEADING_LABEL).test(text)) {
      const glued = gluedField(text);
      if (glued) {
        blocks.add(i);
        set(glued.label, i, glued.valueStart);
      }
      continue;
    }
    blocks.add(i);
    const labels = findLabels(text, inRow);
    for (const { label, valueStart, valueEnd } of labels) set(label, i, valueStart, valueEnd);
    // A label alone in its block (dt then dd, a line then the next): the value is the next short
    // block, unless that is a label itself (an empty field). Not in a table row, where a lone
    // label means an empty cell (主 题 词：).
    const next = folded[i + 1];
    const lone = labels.length === 1 && !text.slice(labels[0].valueStart).trim();
    if (!inRow && lone && next !== undefined && next.length <= MAX_LIST_VALUE && !ANY_LEADING_LABEL.test(next)) {
      set(labels[0].label, ++i, 0);
      blocks.add(i);
    }
  }

  const isListItem = (i: number) => tags[i] === 'li' || (tags[i] === 'line' && LEADING_LIST_MARKER.test(folded[i]) && !/^-\d/.test(folded[i]));
  readUnlabelledLists(folded, isListItem, blocks, set);
  return { blocks, fields };
}

interface LabelMatch {
  label: string;
  valueStart: number;
  valueEnd: number;
}

/** `label：value` positions of one block, in order; a value runs to the next label. */
function findLabels(text: string, inRow: boolean): LabelMatch[] {
  const known = [...text.matchAll(inRow ? KNOWN_ROW_LABEL : KNOWN_LABEL)];
  const other = [...text.matchAll(OTHER_LABEL)].filter(
    (match) => !known.some((k) => match.index < k.index + k[0].length && k.index < match.index + match[0].length),
  );
  const labels = [...known, ...other].sort((a, b) => a.index - b.index);
  return labels.map((match, k) => ({
    label: match[1],
    valueStart: match.index + match[0].length,
    valueEnd: k + 1 < labels.length ? labels[k + 1].index : text.length,
  }));
}

/**
 * A table flattened to pipes ("发布机构 | XX省司法厅 | 发文日期 | 2024-03-20 |",
 * "| [ 索引号 ] | 1150…/2026-00009 | [ 发文字号 ] | 无 |", "| 索引号:0000…/2026-02861 | |"): a row
 * whose first cell is a known label. Cells are read in order: a cell holding "label:value" is a
 * field on its own; a label cell takes the next cell as its value. Null for any other block.
 */
function readPipeRow(text: string): LabelMatch[] | null {
  const cells: Array<{ start: number; end: number }> = [];
  let last = 0;
  for (const separator of text.matchAll(CELL_SEPARATOR)) {
    cells.push({ start: last, end: separator.index });
    last = separator.index + 1;
  }
  if (cells.length < 2) return null;
  cells.push({ start: last, end: text.length });
  // Cells trimmed, offsets kept into `text`; the empty cells a leading or trailing pipe makes are dropped.
  const content = cells
    .map(({ start, end }) => {
      const raw = text.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      return { start: start + lead, text: raw.trim() };
    })
    .filter((cell, k, all) => cell.text !== '' || (k > 0 && k < all.length - 1));
  if (content.length < 2) return null;
  const first = unbracketed(content[0].text);
  if (!WHOLE_KNOWN_LABEL.test(first) && !KNOWN_LABEL_WITH_VALUE.test(first)) return null;
  const labels: LabelMatch[] = [];
  for (let k = 0; k < content.length; k++) {
    const cell = content[k];
    const inline = LABEL_WITH_VALUE.exec(cell.text);
    if (inline) {
      labels.push({ label: inline[1], valueStart: cell.start + inline[0].length, valueEnd: cell.start + cell.text.length });
    } else if (LABEL_CELL.test(unbracketed(cell.text)) && k + 1 < content.length) {
      const value = content[++k];
      labels.push({ label: unbracketed(cell.text), valueStart: value.start, valueEnd: value.start + value.text.length });
    }
  }
  return labels;
}

/** A known label run straight into its value: "发布机构屏边县新华乡人民政府" (dt and dd flattened without a gap). */
const GLUED_LABEL = new RegExp(`^(?:${LIST_MARKER}\\s*)?(${LABEL_PATTERN})(?=[^\\s:：])`);

/**
 * The field of a block that is a known label glued to its value, taken only when the value has the
 * shape the label calls for (an organisation after 发布机构, a date after 发布日期…): a sentence that
 * happens to start with a label word (标题党…, 名称变更…) has no such shape.
 */
function gluedField(text: string): { label: string; valueStart: number } | null {
  if (text.length > MAX_LIST_VALUE + 8) return null;
  const match = GLUED_LABEL.exec(text);
  if (!match) return null;
  const value = text.slice(match[0].length).trim();
  const shape = labelByShape(value);
  if (shape === null) return null;
  const label = stripSpaces(match[1]);
  const expected = INDEX_NUMBER_LABELS.has(label) ? '索引号' : DATE_LABELS.has(label) ? '发布日期' : ORGANISATION_LABELS.has(label) ? '发布机构' : null;
  return expected === shape ? { label: match[1], valueStart: match[0].length } : null;
}

const INDEX_NUMBER_LABELS = new Set(['索引号', '信息索引号']);
const DATE_LABELS = new Set(['成文日期', '发文日期', '生成日期', '发布日期', '生效日期']);
const ORGANISATION_LABELS = new Set(['发文机关', '发文机构', '发布机构', '发布单位', '生成机构', '所属机构', '公开责任部门', '责任部门']);

/** The field an unlabelled index value belongs to, judged by its shape; null when the shape says nothing. */
function labelByShape(value: string): string | null {
  if (isIndexNumber(value)) return '索引号';
  if (DATE_VALUE.test(value)) return '发布日期';
  if (VALIDITY_VALUE.test(value)) return '有效性';
  if (DOCUMENT_NUMBER_VALUE.test(value)) return '文号';
  if (ORGANISATION_VALUE.test(value)) return '发布机构';
  return null;
}

/**
 * Index lists whose labels live in CSS, so the page text shows only the values, labelled here by
 * shape. Two layouts:
 * - a run of short list items (li, bulleted lines) holding an index number: every item is the list;
 * - bare short lines that start with an index number (jyx001/2023-00112, 综合政务, 义乌市人民政府,
 *   2023-03-20, …, 义政发〔2023〕12号, 有效): the list runs while values of a known shape keep
 *   coming (at most MAX_UNKNOWN_GAP others between them: the subject and the title, which have
 *   no telling shape) and needs MIN_BARE_SHAPES of them, so a lone code in the text is left alone.
 * Runs without an index number (site menus, report lists) are left alone.
 */
function readUnlabelledLists(
  folded: readonly string[],
  isListItem: (index: number) => boolean,
  blocks: Set<number>,
  set: (label: string, block: number, start: number) => void,
): void {
  const item = (block: number) => {
    const valueStart = LEADING_LIST_MARKER.exec(folded[block])?.[0].length ?? 0;
    return { block, valueStart, value: folded[block].slice(valueStart).trim() };
  };
  const isShort = (i: number) => folded[i].length <= MAX_LIST_VALUE && !blocks.has(i);
  let i = 0;
  while (i < folded.length) {
    if (isShort(i) && isListItem(i)) {
      let end = i;
      while (end < folded.length && isShort(end) && isListItem(end)) end++;
      const items = Array.from({ length: end - i }, (_, k) => item(i + k));
      if (items.some(({ value }) => isIndexNumber(value))) {
        for (const { block, valueStart, value } of items) {
          blocks.add(block);
          const label = labelByShape(value);
          if (label) set(label, block, valueStart);
        }
      }
      i = end;
    } else if (isShort(i) && isIndexNumber(item(i).value)) {
      const shaped = [item(i)];
      for (let j = i + 1; j < folded.length && isShort(j) && j - shaped[shaped.length - 1].block <= MAX_UNKNOWN_GAP + 1; j++) {
        if (labelByShape(item(j).value)) shaped.push(item(j));
      }
      const end = shaped[shaped.length - 1].block + 1;
      if (shaped.length < MIN_BARE_SHAPES) {
        i++;
        continue;
      }
      for (let block = i; block < end; block++) blocks.add(block);
      for (const { block, valueStart, value } of shaped) set(labelByShape(value)!, block, valueStart);
      i = end;
    } else i++;
  }
}

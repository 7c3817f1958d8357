/**
 * Dev-time generator for lib/text/fold-table.ts (run: `npx tsx tests/tools/build-fold-table.ts`).
 *
 * The fold table maps traditional and variant Han characters to their simplified forms so that one
 * set of simplified patterns also matches pages served by big5 gateways, and a traditional repost
 * of a report hashes like its simplified original (lib/text/hash.ts hashes the folded text). The
 * content script budget rules out shipping OpenCC, so the table covers the traditional forms of:
 * - the common characters: GB2312 level 1 (一级常用汉字, rows 0xB0–0xD7, 3,755 characters), the
 *   platform decoder's stand-in for the ~3,500 一级字 of 通用规范汉字表, which it contains almost
 *   entirely; ordinary report prose is written in them;
 * - every Han character in the seed pages, the test fixtures and the engine's own sources (lib/**),
 *   which is where the patterns live (some are level-2 characters). Re-run it after adding patterns
 *   with new characters (tests/unit/text/fold.test.ts fails until you do).
 *
 * A pair (T → S) is kept only when T is a single BMP character outside GB2312, and OpenCC converts
 * it to exactly one single BMP character S. GB2312 is the simplified repertoire: a character in it
 * (乾, 系…) is legitimate simplified text and is rewritten only where OpenCC's standard table says it
 * is a traditional form (後 → 后, 於 → 于, 徵 → 征), never by a regional table alone: tw→cn turns
 * 著 into 着, which would rewrite 显著/著作 (see lib/text/fold.ts).
 */
import * as OpenCC from 'opencc-js';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const outFile = join(root, 'lib', 'text', 'fold-table.ts');
const SOURCE_DIRS: Array<{ dir: string; ext: RegExp }> = [
  { dir: 'tests/fixtures/seeds', ext: /\.txt$/ },
  { dir: 'tests/fixtures/negative', ext: /\.(txt|html)$/ },
  { dir: 'lib', ext: /\.ts$/ },
];
/** GB2312 level 1 (一级常用汉字): lead bytes 0xB0–0xD7. */
const COMMON_LEAD_BYTES = { first: 0xb0, last: 0xd7 } as const;
/** GB2312 as a whole (levels 1 and 2): lead bytes 0xB0–0xF7. */
const GB2312_LEAD_BYTES = { first: 0xb0, last: 0xf7 } as const;
/** Must match the budget asserted in tests/unit/text/fold.test.ts. */
const BUDGET_BYTES = 16 * 1024;

function listFiles(dir: string, ext: RegExp): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listFiles(path, ext);
    return ext.test(name) && path !== outFile ? [path] : [];
  });
}

function engineCharacters(): Set<string> {
  const han = /\p{Script=Han}/u;
  const chars = new Set<string>();
  for (const { dir, ext } of SOURCE_DIRS) {
    for (const file of listFiles(join(root, dir), ext)) {
      for (const ch of readFileSync(file, 'utf8')) if (han.test(ch)) chars.add(ch);
    }
  }
  return chars;
}

/** GB2312 Hanzi with lead bytes in `rows`, decoded with the platform's GBK decoder. */
function gb2312Hanzi(rows: { first: number; last: number }): Set<string> {
  const decoder = new TextDecoder('gbk');
  const set = new Set<string>();
  for (let hi = rows.first; hi <= rows.last; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== '\ufffd') set.add(ch);
    }
  }
  return set;
}

/** Entries of OpenCC dictionaries, which come as 'a b|c d' strings or as pair lists. */
function dictionaryPairs(groups: readonly OpenCC.DictGroup[]): Array<readonly [string, string]> {
  return groups.flat().flatMap((dict): Array<readonly [string, string]> =>
    typeof dict === 'string'
      ? dict.split('|').map((entry) => {
          const [source, target] = entry.split(' ');
          return [source, target ?? ''] as const;
        })
      : [...dict],
  );
}

/** What `traditional` folds to under the rule in the module comment, or null. */
function foldTarget(
  traditional: string,
  standard: (text: string) => string,
  regional: Array<(text: string) => string>,
  simplifiedRepertoire: Set<string>,
): string | null {
  const single = (converted: string) => (converted !== traditional && converted.length === 1 ? converted : null);
  const byStandard = single(standard(traditional));
  if (byStandard) return byStandard;
  if (simplifiedRepertoire.has(traditional)) return null;
  const targets = new Set(regional.map((convert) => single(convert(traditional))).filter((target) => target !== null));
  return targets.size === 1 ? [...targets][0] : null;
}

function buildPairs(): Array<[string, string]> {
  const toTraditional = [
    OpenCC.Converter({ from: 'cn', to: 't' }),
    OpenCC.Converter({ from: 'cn', to: 'tw' }),
    OpenCC.Converter({ from: 'cn', to: 'hk' }),
  ];
  const standardToSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
  const regionalToSimplified = [OpenCC.Converter({ from: 'tw', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' })];
  // OpenCC's converters give one traditional form per character; inverting the single-character
  // entries of its traditional→simplified dictionaries adds the others (发 → 發 and 髮, 干 → 幹 and 乾).
  const traditionalOf = new Map<string, string[]>();
  for (const [traditional, simplified] of dictionaryPairs(OpenCC.Locale.to.cn)) {
    if (traditional.length === 1 && simplified.length === 1) {
      traditionalOf.set(simplified, [...(traditionalOf.get(simplified) ?? []), traditional]);
    }
  }
  const simplifiedRepertoire = gb2312Hanzi(GB2312_LEAD_BYTES);
  const pairs = new Map<string, string>();
  for (const simplified of new Set([...gb2312Hanzi(COMMON_LEAD_BYTES), ...engineCharacters()])) {
    const candidates = new Set([...toTraditional.map((convert) => convert(simplified)), ...(traditionalOf.get(simplified) ?? [])]);
    for (const traditional of candidates) {
      if (traditional === simplified || traditional.length !== 1) continue;
      const target = foldTarget(traditional, standardToSimplified, regionalToSimplified, simplifiedRepertoire);
      if (target) pairs.set(traditional, target);
    }
  }
  return [...pairs].sort(([a], [b]) => a.charCodeAt(0) - b.charCodeAt(0));
}

const pairs = buildPairs();
const packed = pairs.map(([t, s]) => t + s).join('');
const sources = SOURCE_DIRS.map(({ dir }) => dir).join(', ');
writeFileSync(
  outFile,
  `// GENERATED by tests/tools/build-fold-table.ts — do not edit; re-run the generator instead.
// Traditional/variant → simplified pairs (traditional first) for the common characters (GB2312
// level 1) and the Han characters found in ${sources}; derived with opencc-js (cn→t/tw/hk and the inverted character table), single BMP
// characters only, GB2312 ones only where OpenCC's standard table converts them (the rule is in
// the generator's comment). ${pairs.length} pairs.
export const TRADITIONAL_FOLD_PAIRS =
  '${packed}';
`,
);
const bytes = Buffer.byteLength(packed);
console.log(`${relative(root, outFile)}: ${pairs.length} pairs, ${bytes} bytes${bytes > BUDGET_BYTES ? ` — OVER the ${BUDGET_BYTES}-byte budget` : ''}`);

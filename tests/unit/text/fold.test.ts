import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../lib/text/fold';
import { TRADITIONAL_FOLD_PAIRS } from '../../../lib/text/fold-table';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('foldText', () => {
  it('folds a big5 gateway title to simplified without moving offsets', () => {
    const traditional = '中衛市沙坡頭區2020年法治政府建設年度報告';
    const folded = foldText(traditional);
    expect(folded).toBe('中卫市沙坡头区2020年法治政府建设年度报告');
    expect(folded.length).toBe(traditional.length);
    expect(foldText('法治政府建設年度情況報告')).toBe('法治政府建设年度情况报告');
    expect(foldText('廈門市關於2021年法治政府建設情況的報告')).toBe('厦门市关于2021年法治政府建设情况的报告');
  });

  it('folds full-width ASCII and ideographic/no-break spaces', () => {
    expect(foldText('共收到行政复议申请１７１９件，办结率１００％')).toBe('共收到行政复议申请1719件,办结率100%');
    expect(foldText('ＩＣＰ备０５０１８９１１号')).toBe('ICP备05018911号');
    expect(foldText('标\u3000\u3000题\u00a0：')).toBe('标  题 :');
  });

  it('leaves simplified text untouched and returns the same string', () => {
    const seed = readFileSync(join(ROOT, 'tests/fixtures/seeds/001_2adae50a77c5f6dd.txt'), 'utf8');
    const simplifiedOnly = seed.replace(/[\uff01-\uff5e\u3000\u00a0]/g, '');
    expect(foldText(simplifiedOnly)).toBe(simplifiedOnly);
  });

  it('folds ordinary report words beyond the engine’s patterns (common characters)', () => {
    expect(foldText('扎實推進掃黑除惡專項鬥爭，嚴厲打擊電信網絡詐騙')).toBe('扎实推进扫黑除恶专项斗争,严厉打击电信网络诈骗');
  });

  it('never rewrites simplified text that shares a character with Taiwan usage (显著, 著作, 联系)', () => {
    expect(foldText('效果显著、著作权、联系群众。')).toBe('效果显著、著作权、联系群众。');
  });

  it('folds the traditional characters GB2312 happens to contain (後, 於, 徵)', () => {
    expect(foldText('事中事後監管、關於徵求意見')).toBe('事中事后监管、关于征求意见');
  });

  it('keeps length and astral characters on any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const folded = foldText(text);
        expect(folded.length).toBe(text.length);
        expect(foldText(folded)).toBe(folded);
      }),
    );
    expect(foldText('𠮷報告')).toBe('𠮷报告');
  });

  it('folds a megabyte of traditional text in a few milliseconds', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const seed = toTraditional(readFileSync(join(ROOT, 'tests/fixtures/seeds/003_c41d4294c82615c2.txt'), 'utf8'));
    const big = seed.repeat(Math.ceil(1_000_000 / seed.length));
    foldText(big);
    const started = performance.now();
    foldText(big);
    // Generous for a shared CI core; it measures ~5 ms on a dev machine.
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe('fold table', () => {
  const pairs = [...TRADITIONAL_FOLD_PAIRS.matchAll(/../gsu)].map(([pair]) => pair);

  it('is one compact string of BMP pairs within the content-script budget', () => {
    expect(TRADITIONAL_FOLD_PAIRS.length % 2).toBe(0);
    expect(pairs.every((pair) => pair.length === 2)).toBe(true);
    // ~1,600 pairs × 6 bytes: the common characters' traditional forms (see build-fold-table.ts).
    expect(new TextEncoder().encode(TRADITIONAL_FOLD_PAIRS).length).toBeLessThanOrEqual(16 * 1024);
  });

  it('maps every source to a character that is not itself folded (one pass suffices)', () => {
    const sources = new Set(pairs.map((pair) => pair[0]));
    expect(pairs.filter((pair) => sources.has(pair[1]))).toEqual([]);
  });

  it('covers the traditional forms of the common characters (GB2312 level 1)', () => {
    const gbk = new TextDecoder('gbk');
    const gb2312 = new Set<string>();
    const common: string[] = [];
    for (let hi = 0xb0; hi <= 0xf7; hi++) {
      for (let lo = 0xa1; lo <= 0xfe; lo++) {
        const char = gbk.decode(new Uint8Array([hi, lo]));
        gb2312.add(char);
        if (hi <= 0xd7) common.push(char);
      }
    }
    const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const missing = common.filter((char) => {
      const traditional = toTaiwan(char);
      return traditional.length === 1 && traditional !== char && !gb2312.has(traditional) && foldText(traditional) !== char;
    });
    expect(missing).toEqual([]);
    expect(common.length).toBeGreaterThan(3700);
  });

  it('covers the traditional forms of every character in the seeds and the engine sources', () => {
    // Fails when a pattern gains a character the table lacks: re-run `npx tsx tests/tools/build-fold-table.ts`.
    const gbk = new TextDecoder('gbk');
    const gb2312 = new Set<string>();
    for (let hi = 0xb0; hi <= 0xf7; hi++) {
      for (let lo = 0xa1; lo <= 0xfe; lo++) gb2312.add(gbk.decode(new Uint8Array([hi, lo])));
    }
    const standard = OpenCC.Converter({ from: 't', to: 'cn' });
    const converters = [OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 'hk' })];
    const missing: string[] = [];
    for (const char of engineCharacters()) {
      for (const convert of converters) {
        const traditional = convert(char);
        if (traditional.length !== 1 || traditional === char) continue;
        const folds = !gb2312.has(traditional) || standard(traditional) !== traditional;
        if (folds && foldText(traditional) === traditional) missing.push(`${traditional}→${char}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

function engineCharacters(): Set<string> {
  const han = /\p{Script=Han}/u;
  const chars = new Set<string>();
  const files = [
    ...listFiles(join(ROOT, 'tests/fixtures/seeds'), /\.txt$/),
    ...listFiles(join(ROOT, 'lib'), /\.ts$/).filter((file) => !file.endsWith('fold-table.ts')),
  ];
  for (const file of files) for (const char of readFileSync(file, 'utf8')) if (han.test(char)) chars.add(char);
  return chars;
}

function listFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listFiles(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Arrows point down. The engine reads a page's own words once, in lib/evidence (head blocks, title
 * candidates, title and text predicates, required parts), and the layers that judge them (detect,
 * metadata) sit above it as peers; lib/ stays free of the extension and of the UI above it.
 */
const ROOT = join(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** Every module a file imports (static, dynamic, re-exports), relative ones resolved from the repo root. */
function importsOf(file: string): string[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  return [...source.matchAll(/(?:\bfrom|\bimport\s*\(?)\s*['"]([^'"]+)['"]/g)].map(([, spec]) =>
    spec!.startsWith('.') ? normalize(join(dirname(file), spec!)) : spec!,
  );
}

/** [importer folder, folders or packages it must not import]. */
const RULES: Array<[string, string[]]> = [
  ['lib/evidence', ['lib/detect', 'lib/metadata', 'lib/extract']],
  ['lib/detect', ['lib/metadata', 'lib/extract']],
  ['lib/metadata', ['lib/detect', 'lib/extract']],
  ['lib/page-text', ['lib/evidence', 'lib/detect', 'lib/metadata']],
  ['lib/numbers', ['lib/evidence', 'lib/detect', 'lib/metadata', 'lib/mentions']],
  ['lib', ['components', 'entrypoints', 'wxt', '#imports', 'webextension-polyfill', '@wxt-dev']],
  ['components', ['entrypoints']],
];

const violates = (target: string, forbidden: string) => target === forbidden || target.startsWith(`${forbidden}/`);

describe('import direction', () => {
  it.each(RULES)('%s imports none of %j', (folder, forbidden) => {
    const files = sourceFiles(folder);
    expect(files.length, `${folder} holds no source: the rule would check nothing`).toBeGreaterThan(0);
    const wrong = files.flatMap((file) =>
      importsOf(file)
        .filter((target) => forbidden.some((f) => violates(target, f)))
        .map((target) => `${file} → ${target}`),
    );
    expect(wrong).toEqual([]);
  });

  it('sees a forbidden import when there is one (the checker reads this very file’s imports)', () => {
    expect(importsOf('tests/unit/architecture/import-direction.test.ts')).toContain('vitest');
    expect(importsOf('lib/detect/detect-report.ts')).toContain('lib/evidence/required-parts');
  });
});

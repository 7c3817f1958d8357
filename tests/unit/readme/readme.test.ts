import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

// The README is how a newcomer meets the project: its commands and pictures must stay true.
describe('README', () => {
  it('gives exactly the two set-up commands, and both are npm scripts', () => {
    const setUp = [...readme.matchAll(/^npm ci && npm (?:run )?(\w[\w:]*)$/gm)].map((m) => m[1]);
    expect(new Set(setUp)).toEqual(new Set(['demo', 'test']));
    expect(scripts.demo).toBeDefined();
    expect(scripts.test).toBeDefined();
  });

  it('names only npm scripts that exist', () => {
    const named = [...readme.matchAll(/npm run (?:--silent )?([\w:]+)/g)].map((m) => m[1]!);
    expect(named.filter((name) => !(name in scripts))).toEqual([]);
  });

  it('shows only pictures that are in the repository', () => {
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(images.length).toBeGreaterThan(3);
    expect(images.filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
  });
});

/**
 * The evaluation corpus (tests/corpus/README.md): manifests and gold live in the repo, the page
 * texts in a cache outside it. This loader validates all three and says exactly what is missing,
 * so a run without the cache skips the corpus measurement instead of failing or faking it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { goldIndicatorsSchema, goldMetaSchema, goldSectionSchema } from '../gold/gold-schema';

export const CORPUS_DIR = resolve(import.meta.dirname);
export const SPLITS = ['dev', 'held-out'] as const;
export type Split = (typeof SPLITS)[number];

/** The split rule, written before any engine output was seen: see README.md. */
export const SPLIT_RULE = 'held-out when the first hex digit of sha256(url) is 0-7, else dev; previous-holdout batch all dev';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestEntrySchema = z.strictObject({
  id: z.string().regex(/^[rnp]-[\w-]+$/),
  url: z.string().min(1),
  sha256: sha256Hex,
  chars: z.number().int().positive(),
  kind: z.enum(['report', 'negative']),
  split: z.enum(SPLITS),
  query: z.string(),
  note: z.string(),
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

const figureSchema = z.strictObject({
  phrase: z.string().min(1),
  value: z.number().refine(Number.isFinite, 'value must be finite'),
  unit: z.string().min(1),
  approximate: z.boolean(),
  label: z.string().min(1),
  scope: z.string().nullable(),
  concept: z.string().regex(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/).optional(),
});
export type GoldFigure = z.infer<typeof figureSchema>;

export const corpusGoldSchema = z.strictObject({
  id: z.string(),
  sha256: sha256Hex,
  isReport: z.literal(true),
  meta: goldMetaSchema(['province', 'city', 'district', 'county', 'township', 'department', 'unknown']),
  sections: z.array(goldSectionSchema),
  indicators: goldIndicatorsSchema,
  figures: z.array(figureSchema),
  notes: z.array(z.string()),
});
export type CorpusGold = z.infer<typeof corpusGoldSchema>;

export interface CorpusPage {
  entry: ManifestEntry;
  text: string;
  /** Present for every report entry, absent for negatives. */
  gold?: CorpusGold;
}

export type CorpusLoad =
  | { ok: true; pages: CorpusPage[]; cacheDir: string }
  | { ok: false; reason: string; missing: string[]; cacheDir: string };

export interface CorpusLocation {
  /** tests/corpus, or a temporary copy in tests. */
  corpusDir?: string;
  /** The cache root (holding pages/); defaults to $REPORT_LENS_CACHE or ~/.cache/report-lens. */
  cacheDir?: string;
}

export function defaultCacheDir(): string {
  return process.env.REPORT_LENS_CACHE || join(homedir(), '.cache', 'report-lens');
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Every manifest entry with its gold, validated; throws on a malformed or inconsistent repo side. */
export function loadManifests(corpusDir = CORPUS_DIR): { entries: ManifestEntry[]; gold: Map<string, CorpusGold> } {
  const manifestDir = join(corpusDir, 'manifests');
  const entries = readdirSync(manifestDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => z.array(manifestEntrySchema).parse(readJson(join(manifestDir, name))));
  const ids = new Set<string>();
  const hashes = new Set<string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) throw new Error(`corpus: duplicate id ${entry.id}`);
    if (hashes.has(entry.sha256)) throw new Error(`corpus: duplicate text ${entry.sha256} (${entry.id})`);
    ids.add(entry.id);
    hashes.add(entry.sha256);
  }
  const gold = new Map<string, CorpusGold>();
  const goldDir = join(corpusDir, 'gold');
  for (const name of existsSync(goldDir) ? readdirSync(goldDir).filter((n) => n.endsWith('.json')) : []) {
    const parsed = corpusGoldSchema.parse(readJson(join(goldDir, name)));
    if (`${parsed.id}.json` !== name) throw new Error(`corpus gold ${name} has id ${parsed.id}`);
    gold.set(parsed.id, parsed);
  }
  return { entries, gold };
}

/**
 * Manifests + gold + cached texts for the chosen splits. Report entries without gold are left
 * out of scoring (they are listed in `reason` only when nothing else is missing).
 */
export function loadCorpus(splits: readonly Split[], location: CorpusLocation = {}): CorpusLoad {
  const cacheDir = location.cacheDir ?? defaultCacheDir();
  const { entries, gold } = loadManifests(location.corpusDir);
  const chosen = entries.filter((entry) => splits.includes(entry.split));
  const missing: string[] = [];
  const pages: CorpusPage[] = [];
  for (const entry of chosen) {
    const path = join(cacheDir, 'pages', `${entry.sha256}.txt`);
    if (!existsSync(path)) {
      missing.push(`${entry.id}: ${path}`);
      continue;
    }
    const bytes = readFileSync(path);
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== entry.sha256) {
      missing.push(`${entry.id}: ${path} has sha256 ${actual}`);
      continue;
    }
    const text = bytes.toString('utf8');
    const entryGold = gold.get(entry.id);
    if (entryGold && entryGold.sha256 !== entry.sha256) throw new Error(`corpus gold ${entry.id}: sha256 differs from its manifest entry`);
    if (entry.kind === 'report' && !entryGold) continue;
    pages.push({ entry, text, ...(entryGold ? { gold: entryGold } : {}) });
  }
  if (chosen.length === 0) return { ok: false, reason: `no manifest entry in split ${splits.join(' + ')}`, missing, cacheDir };
  if (missing.length > 0) {
    return { ok: false, reason: `${missing.length} of ${chosen.length} cached texts missing or altered under ${cacheDir}/pages`, missing, cacheDir };
  }
  return { ok: true, pages, cacheDir };
}

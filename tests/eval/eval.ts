/**
 * `npm run eval`: precision, recall and F1 of the engine against gold. The seed development set
 * holds the targets (the exit code says whether they are met); the corpus dev split (cached real
 * pages, tests/corpus) is measured and printed. The corpus held-out split is measured only with
 * `--held-out` (held-out discipline: tests/corpus/README.md); `--record` then appends the result
 * to tests/corpus/held-out-history.json. `--errors` lists every disagreement with gold.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { CORPUS_DIR, SPLIT_RULE, loadCorpus, type Split } from '../corpus/load-corpus';
import { runCorpusEvaluation, type CorpusEvaluation } from './corpus-evaluation';
import { DEVELOPMENT_SET, ROOT, missedTargets, runEvaluation, type Evaluation, type Score } from './evaluate';
import { appendHistory } from './held-out-history';

const pct = (n: number) => (n * 100).toFixed(1).padStart(6);
const row = (name: string, s: Score, target = '') =>
  `  ${name.padEnd(40)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}) ${target}`.trimEnd();

function print(title: string, evaluation: Evaluation, withTargets: boolean) {
  const { detection, metadata, headings, indicators } = evaluation;
  const target = (text: string) => (withTargets ? `target: ${text}` : '');
  console.log(`${title}:`);
  console.log(
    [
      row(`detection (${detection.reports} reports, ${detection.negatives} negatives)`, detection, target('all reports, 0 false positives')),
      ...Object.entries(metadata).map(([field, s]) => row(`meta.${field}`, s, target('all right'))),
      row('headings (level + title)', headings, target('F1 ≥ 97.0')),
      `  ${'heading areas (on matched)'.padEnd(40)} accuracy ${pct(evaluation.headingAreaAccuracy)}`,
      row('canonical indicators', indicators, target('P ≥ 95.0, R ≥ 90.0')),
    ].join('\n'),
  );
  if (detection.falsePositives.length) console.log(`  false positives: ${detection.falsePositives.join(', ')}`);
  if (detection.missed.length) console.log(`  missed reports: ${detection.missed.join(', ')}`);
  if (evaluation.errors.length && process.argv.includes('--errors')) {
    console.log(`  disagreements with gold (${evaluation.errors.length}):\n    ${evaluation.errors.join('\n    ')}`);
  }
}

function printCorpus(split: Split, measured: CorpusEvaluation) {
  const { figures } = measured;
  print(`corpus ${split} split (${measured.reports} reports with gold, ${measured.negatives} look-alikes; cached real page openings)`, measured.evaluation, false);
  const share = (n: number, d: number) => `${pct(d === 0 ? 1 : n / d)}  (${n} of ${d})`;
  console.log(`  ${'figure recall (value+unit inside phrase)'.padEnd(40)} R ${share(figures.found, figures.total)}`);
  const precise = figures.mentions - figures.extras.length;
  console.log(`  ${'figure precision (mentions that are gold)'.padEnd(40)} P ${share(precise, figures.mentions)}`);
  console.log(`  ${'label agreement on found figures (info)'.padEnd(40)}   ${share(figures.labelsAgreeing, figures.found)}`);
  if (figures.missed.length && process.argv.includes('--errors')) console.log(`  figures missed (${figures.missed.length}):\n    ${figures.missed.join('\n    ')}`);
  if (figures.extras.length && process.argv.includes('--errors')) console.log(`  mentions not in gold (${figures.extras.length}):\n    ${figures.extras.join('\n    ')}`);
}

/** Measures one corpus split, or says why it was skipped; never fails the run for a missing cache. */
function measureCorpus(split: Split): CorpusEvaluation | null {
  const load = loadCorpus([split]);
  if (!load.ok) {
    console.log(`corpus ${split} split: measurement SKIPPED: ${load.reason}`);
    for (const line of load.missing) console.log(`  missing: ${line}`);
    console.log('  (rebuild the cache as tests/corpus/README.md describes)');
    return null;
  }
  const measured = runCorpusEvaluation(load.pages);
  printCorpus(split, measured);
  return measured;
}

function record(measured: CorpusEvaluation) {
  const { evaluation, figures } = measured;
  const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  const history = appendHistory(join(CORPUS_DIR, 'held-out-history.json'), {
    date: new Date().toISOString(),
    commit,
    splitRule: SPLIT_RULE,
    counts: { reports: measured.reports, negatives: measured.negatives, figures: figures.total },
    metrics: {
      detection: pick(evaluation.detection),
      metadata: evaluation.metadata,
      headings: evaluation.headings,
      indicators: evaluation.indicators,
      figureRecall: figures.total === 0 ? 1 : figures.found / figures.total,
      labelAgreement: figures.found === 0 ? 1 : figures.labelsAgreeing / figures.found,
      figurePrecision: figures.mentions === 0 ? 1 : (figures.mentions - figures.extras.length) / figures.mentions,
    },
  });
  console.log(`recorded held-out result #${history.length} in tests/corpus/held-out-history.json`);
}

const pick = ({ tp, fp, fn, precision, recall, f1 }: Score): Score => ({ tp, fp, fn, precision, recall, f1 });

const development = runEvaluation(DEVELOPMENT_SET);
print('development set (five seed reports in real page templates, a big5 copy, negatives)', development, true);

console.log();
measureCorpus('dev');
if (process.argv.includes('--held-out')) {
  console.log();
  const heldOut = measureCorpus('held-out');
  if (heldOut && process.argv.includes('--record')) record(heldOut);
} else if (process.argv.includes('--record')) {
  console.log('--record needs --held-out: only held-out measurements are recorded');
}

const missed = missedTargets(development);
console.log(missed.length === 0 ? '\ntargets met' : `\ntargets NOT met:\n  ${missed.join('\n  ')}`);
process.exitCode = missed.length === 0 ? 0 : 1;

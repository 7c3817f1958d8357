/**
 * `npm run eval`: precision, recall and F1 of the engine against gold. The development set holds
 * the targets (the exit code says whether they are met); the held-out set shows how the engine
 * does on real reports it was not tuned on. `--errors` lists every disagreement with gold.
 */
import { DEVELOPMENT_SET, HELD_OUT_SET, missedTargets, runEvaluation, type Evaluation, type Score } from './evaluate';

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

const development = runEvaluation(DEVELOPMENT_SET);
print('development set (five seed reports in real page templates, a big5 copy, negatives)', development, true);
console.log();
print('held-out set (openings of real reports and look-alikes the engine was not tuned on)', runEvaluation(HELD_OUT_SET), false);

const missed = missedTargets(development);
console.log(missed.length === 0 ? '\ntargets met' : `\ntargets NOT met:\n  ${missed.join('\n  ')}`);
process.exitCode = missed.length === 0 ? 0 : 1;

/** `npm run eval`: prints precision, recall and F1 of the engine against gold, with the targets. */
import { missedTargets, runEvaluation, type Score } from './evaluate';

const evaluation = runEvaluation();
const pct = (n: number) => (n * 100).toFixed(1).padStart(6);
const row = (name: string, s: Score, target = '') =>
  `${name.padEnd(40)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}) ${target}`;

const { detection, metadata, headings, indicators } = evaluation;
const lines = [
  row(`detection (${detection.reports} reports, ${detection.negatives} negatives)`, detection, 'target: all reports, 0 false positives'),
  ...Object.entries(metadata).map(([field, s]) => row(`meta.${field}`, s, 'target: all right')),
  row('headings (level + title)', headings, 'target: F1 ≥ 97.0'),
  `${'heading areas (on matched)'.padEnd(40)} accuracy ${pct(evaluation.headingAreaAccuracy)}`,
  row('canonical indicators', indicators, 'target: P ≥ 95.0, R ≥ 90.0'),
];
console.log(lines.join('\n'));
if (detection.falsePositives.length) console.log(`false positives: ${detection.falsePositives.join(', ')}`);
if (detection.missed.length) console.log(`missed reports: ${detection.missed.join(', ')}`);
if (evaluation.errors.length) console.log(`\ndisagreements with gold (${evaluation.errors.length}):\n  ${evaluation.errors.join('\n  ')}`);

const missed = missedTargets(evaluation);
console.log(missed.length === 0 ? '\ntargets met' : `\ntargets NOT met:\n  ${missed.join('\n  ')}`);
process.exitCode = missed.length === 0 ? 0 : 1;

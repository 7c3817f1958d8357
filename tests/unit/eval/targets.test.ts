import { describe, expect, it } from 'vitest';
import { missedTargets, runEvaluation } from '../../eval/evaluate';

// The accuracy targets, held on every run: a regression in any layer fails here.
describe('engine against gold', () => {
  const evaluation = runEvaluation();
  it('meets detection, metadata, heading and indicator targets', () => {
    expect(missedTargets(evaluation), evaluation.errors.join('\n')).toEqual([]);
  });
});

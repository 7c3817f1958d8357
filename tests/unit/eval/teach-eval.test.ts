import { describe, expect, it } from 'vitest';
import { runTeachEvaluation, TEACH_TARGETS } from '../../eval/teach-eval';

describe('teaching by example over the seeds (npm run eval:teach prints the detail)', () => {
  const evaluation = runTeachEvaluation();

  it('teaches every figure stated in two or more seeds, from each seed that states it', () => {
    expect(evaluation.figures.length).toBeGreaterThanOrEqual(30);
    expect(evaluation.stated).toBeGreaterThanOrEqual(60);
  });

  it('holds the precision target: a taught row fills wrongly at most 1 time in 20', () => {
    expect(evaluation.precision).toBeGreaterThanOrEqual(TEACH_TARGETS.precision);
  });

  it('fills at least the share it filled when the matcher was written (38 %; the target, 80 %, is not met yet)', () => {
    expect(evaluation.fillRate).toBeGreaterThanOrEqual(0.38);
  });
});

import { scanQuantities } from '../numbers/scan-quantities';
import { foldText } from '../text/fold';
import type { MatchableMention } from './matcher';
import { TeachError } from './teach-error';

/**
 * Refuses an example that is no figure: the page says what the reader selected, and only a
 * number with a unit can be taught (a passage of words, or a bare 130余万, has nothing to match).
 */
export function assertTeachableFigure(example: Pick<MatchableMention, 'unit' | 'text'>): void {
  if (example.unit.trim() === '' || scanQuantities(foldText(example.text)).length === 0) throw new TeachError('no-number');
}

import type { Mention } from '../mentions/types';
import type { TextSpan } from './text-span-of-range';

/** What page/teach carries of a figure: what the page's engine read of it. */
export interface TeachExample {
  label: string;
  value: number;
  unit: string;
  approximate: boolean;
  change: Mention['change'];
  scope: string | null;
  text: string;
  start: number;
  end: number;
}

/**
 * The figures a selection takes in: every mention whose number (with its unit) overlaps the
 * selected span, in reading order, as indices into `mentions`. Empty when the selection holds
 * no number with a unit: nothing to teach from.
 */
export function figuresInSpan(mentions: readonly Pick<Mention, 'start' | 'end'>[], span: TextSpan): number[] {
  const inside: number[] = [];
  mentions.forEach((mention, index) => {
    if (mention.start < span.end && span.start < mention.end) inside.push(index);
  });
  return inside;
}

/** The example of a figure as the page report carries it (its strings already cut to the protocol's limits). */
export function teachExampleOf(mention: TeachExample): TeachExample {
  const { label, value, unit, approximate, change, scope, text, start, end } = mention;
  return { label, value, unit, approximate, change, scope, text, start, end };
}

import type { Outline } from '../outline/types';
import type { AreaKey } from '../taxonomy/areas';

export interface SectionPlace {
  /** Index in outline.sections of the innermost enclosing section, or -1. */
  section: number;
  /** Area of that section or, when it has none, of its nearest ancestor that has one. */
  area: AreaKey | null;
}

/**
 * Finds the section an offset sits in. The innermost enclosing section is the last heading that
 * starts at or before the offset: a deeper heading always starts inside its parent. Areas are
 * inherited downwards ("（二）借智借力" under "一、…依法行政" may map to no area of its own), computed
 * once with a stack over the headings, so each lookup is a binary search.
 */
export function sectionLocator(outline: Outline): (offset: number) => SectionPlace {
  const order = outline.sections.map((_, index) => index).sort((a, b) => outline.sections[a]!.start - outline.sections[b]!.start);
  const starts = order.map((index) => outline.sections[index]!.start);
  const areas: (AreaKey | null)[] = [];
  const stack: { level: number; area: AreaKey | null }[] = [];
  for (const index of order) {
    const { level, area } = outline.sections[index]!;
    while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
    const effective = area ?? stack[stack.length - 1]?.area ?? null;
    areas.push(effective);
    stack.push({ level, area: effective });
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (starts[middle]! <= offset) (found = middle), (low = middle + 1);
      else high = middle - 1;
    }
    return found === -1 ? { section: -1, area: null } : { section: order[found]!, area: areas[found]! };
  };
}

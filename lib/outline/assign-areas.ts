import type { AreaKey } from '../taxonomy/areas';


/**
 * Final areas for a document-ordered list of headings, from each heading's own words.
 *
 * 1. A heading whose words name no area takes the area that more than half of its direct
 *    children (at least two) agree on: "三、谋创新、保质量，全力把好依法行政源头" becomes rules because
 *    its three sub-headings are all about 规范性文件, while "一、2022年全市法治政府建设工作情况"
 *    (the measures umbrella, children all over the map) stays null. Headings flagged in
 *    `umbrellas` (一、工作开展情况) never take their children's area: in a short or partial text two
 *    children may agree by chance, but the umbrella still covers every area.
 * 2. Under a problems heading every descendant is a problem: "行政执法存在一些不规范的现象" states
 *    a shortcoming, not an enforcement measure. Plans are not treated alike: a planned measure
 *    ("(二)做好重大行政决策合法性审查工作" under "2020年工作计划") is still about its subject, and
 *    comparing what jurisdictions intend per area is the point of tagging it (the gold files
 *    follow the same convention).
 * 3. Otherwise a sub-heading with no words of its own inherits its parent's area; a top-level
 *    heading with none stays null.
 *
 * Linear: one stack pass for parents, one pass each way.
 */
export function assignAreas(
  levels: readonly number[],
  ownAreas: readonly (AreaKey | null)[],
  umbrellas: readonly boolean[] = [],
): (AreaKey | null)[] {
  const parents = parentIndices(levels);
  const areas = [...ownAreas];

  const children: number[][] = levels.map(() => []);
  parents.forEach((parent, child) => {
    if (parent >= 0) children[parent]!.push(child);
  });
  // Children come after their parent, so walking backwards settles a child before its parent.
  for (let i = areas.length - 1; i >= 0; i--) {
    if (areas[i] !== null || umbrellas[i] === true || children[i]!.length < 2) continue;
    areas[i] = majorityArea(children[i]!.map((child) => areas[child]!));
  }

  for (let i = 0; i < areas.length; i++) {
    const parent = parents[i]!;
    if (parent < 0) continue;
    const parentArea = areas[parent]!;
    if (parentArea !== null && (parentArea === 'problems' || areas[i] === null)) areas[i] = parentArea;
  }
  return areas;
}

/** For each heading, the index of the nearest earlier heading with a smaller level, or -1. */
function parentIndices(levels: readonly number[]): number[] {
  const stack: number[] = [];
  return levels.map((level, i) => {
    while (stack.length > 0 && levels[stack[stack.length - 1]!]! >= level) stack.pop();
    const parent = stack.length > 0 ? stack[stack.length - 1]! : -1;
    stack.push(i);
    return parent;
  });
}

function majorityArea(areas: readonly (AreaKey | null)[]): AreaKey | null {
  const counts = new Map<AreaKey, number>();
  for (const area of areas) if (area !== null) counts.set(area, (counts.get(area) ?? 0) + 1);
  for (const [area, count] of counts) if (count * 2 > areas.length) return area;
  return null;
}

/** A heading as the outline panel needs it (a Section or a HeadingSummary). */
export interface OutlineHeading {
  level: number;
}

/** A figure as the outline panel groups it: by the innermost section it sits in (-1 for none). */
export interface OutlineFigure {
  section: number;
}

export interface OutlineNode {
  /** Index of the heading in the outline's section list. */
  index: number;
  children: OutlineNode[];
  /** Indices of the figures stated directly under this heading (not under its sub-headings). */
  figures: number[];
  /** Figures under this heading and all its sub-headings. */
  totalFigures: number;
}

export interface OutlineTree {
  roots: OutlineNode[];
  /** Figures before the first heading or outside any section. */
  unsectioned: number[];
}

/**
 * Nests the flat heading list by level (a heading is the child of the nearest heading above it
 * with a smaller level, so 一、 > （一） > 1. > （1）, and an unnumbered own-line heading sits
 * where its level puts it) and hangs each figure under the section the engine placed it in.
 * Skipped levels (一、 straight to 1.) nest under the nearest shallower heading; a section index
 * out of range counts as unsectioned. Linear in headings plus figures.
 */
export function buildOutlineTree(headings: readonly OutlineHeading[], figures: readonly OutlineFigure[]): OutlineTree {
  const nodes: OutlineNode[] = headings.map((_, index) => ({ index, children: [], figures: [], totalFigures: 0 }));
  const roots: OutlineNode[] = [];
  const open: OutlineNode[] = [];
  for (const node of nodes) {
    const level = headings[node.index].level;
    while (open.length > 0 && headings[open[open.length - 1].index].level >= level) open.pop();
    (open.length > 0 ? open[open.length - 1].children : roots).push(node);
    open.push(node);
  }
  const unsectioned: number[] = [];
  figures.forEach((figure, i) => {
    const node = nodes[figure.section];
    if (Number.isInteger(figure.section) && node) node.figures.push(i);
    else unsectioned.push(i);
  });
  const total = (node: OutlineNode): number =>
    (node.totalFigures = node.figures.length + node.children.reduce((sum, child) => sum + total(child), 0));
  roots.forEach(total);
  return { roots, unsectioned };
}

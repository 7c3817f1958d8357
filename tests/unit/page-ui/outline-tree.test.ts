import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../lib/extract/extract-report';
import { pageTextFromPlainText } from '../../../lib/page-text/from-plain-text';
import { buildOutlineTree, type OutlineNode } from '../../../lib/page-ui/outline-tree';
import { seedText } from './fixture-dom';

function flatten(nodes: OutlineNode[], depth = 0, out: Array<[number, number]> = []): Array<[number, number]> {
  for (const node of nodes) {
    out.push([node.index, depth]);
    flatten(node.children, depth + 1, out);
  }
  return out;
}

describe('buildOutlineTree', () => {
  it('nests a real report’s headings by level and hangs each figure under its own section (晋江 2019)', () => {
    const extraction = extractReport(pageTextFromPlainText(seedText('000_0584a391d29fbf7b.txt')));
    const { sections } = extraction.outline;
    const tree = buildOutlineTree(sections, extraction.mentions);

    // Reading order is kept, and every heading is in the tree once.
    const flat = flatten(tree.roots);
    expect(flat.map(([index]) => index)).toEqual(sections.map((_, i) => i));
    // A heading's children are the deeper headings that follow it.
    for (const [index, depth] of flat) {
      if (depth === 0) continue;
      const parent = [...flat.slice(0, flat.findIndex(([i]) => i === index))].reverse().find(([, d]) => d === depth - 1)!;
      expect(sections[parent[0]].level).toBeLessThan(sections[index].level);
    }
    const first = tree.roots[0];
    expect(sections[first.index].marker + sections[first.index].title).toBe('一、推进依法行政建设法治政府工作情况');
    expect(first.children.length).toBeGreaterThan(3);
    expect(first.children.every((child) => sections[child.index].level === 2)).toBe(true);

    // Figures: each in exactly one place, and totals add up.
    const placed = flat.flatMap(([index]) => findNode(tree.roots, index)!.figures);
    expect([...placed, ...tree.unsectioned].sort((a, b) => a - b)).toEqual(extraction.mentions.map((_, i) => i));
    expect(tree.roots.reduce((sum, root) => sum + root.totalFigures, 0) + tree.unsectioned.length).toBe(extraction.mentions.length);
    const withFigure = extraction.mentions.findIndex((m) => m.section >= 0);
    expect(findNode(tree.roots, extraction.mentions[withFigure].section)!.figures).toContain(withFigure);
  });

  it('nests a skipped level under the nearest shallower heading and keeps out-of-range sections apart', () => {
    const tree = buildOutlineTree([{ level: 1 }, { level: 3 }, { level: 2 }, { level: 1 }], [{ section: 1 }, { section: -1 }, { section: 9 }, { section: 3 }]);
    expect(tree.roots.map((r) => r.index)).toEqual([0, 3]);
    expect(tree.roots[0].children.map((c) => c.index)).toEqual([1, 2]);
    expect(tree.roots[0].totalFigures).toBe(1);
    expect(tree.roots[1].figures).toEqual([3]);
    expect(tree.unsectioned).toEqual([1, 2]);
    expect(buildOutlineTree([], [])).toEqual({ roots: [], unsectioned: [] });
  });
});

function findNode(nodes: OutlineNode[], index: number): OutlineNode | null {
  for (const node of nodes) {
    if (node.index === index) return node;
    const found = findNode(node.children, index);
    if (found) return found;
  }
  return null;
}

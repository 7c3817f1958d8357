import type { ComparisonRow } from './build-comparison';

/** One bar of a row's chart, in the chart's own pixel space (origin top left). */
export interface ChartBar {
  x: number;
  y: number;
  width: number;
  height: number;
  /**
   * 'value': drawn to scale; 'undisclosed': a dashed stub on the baseline, so a silent report is
   * visibly not a zero; 'other-unit': a figure printed in another unit than the row's (万元 in a
   * 件 row), left unscaled rather than drawn as a comparable bar.
   */
  kind: 'value' | 'undisclosed' | 'other-unit';
  approximate: boolean;
}

export interface RowChart {
  width: number;
  height: number;
  bars: ChartBar[];
}

export interface ChartSize {
  barWidth: number;
  gap: number;
  height: number;
}

const DEFAULT_SIZE: ChartSize = { barWidth: 10, gap: 4, height: 22 };
/** Height of the stub that stands for a report without a figure, and the least a real bar gets. */
const STUB = 2;

/**
 * A small bar chart of one comparison row: one bar per column, in column order, scaled to the
 * largest figure in the row's own unit. A non-zero figure is never drawn thinner than the stub,
 * so it cannot be mistaken for an undisclosed one.
 */
export function rowChart(row: ComparisonRow, size: Partial<ChartSize> = {}): RowChart {
  const { barWidth, gap, height } = { ...DEFAULT_SIZE, ...size };
  const comparable = row.cells.flatMap((cell) => (cell.kind === 'value' && cell.unit === row.unit ? [cell.value] : []));
  const max = Math.max(0, ...comparable);
  const bars = row.cells.map((cell, index): ChartBar => {
    const x = index * (barWidth + gap);
    if (cell.kind === 'undisclosed') return { x, y: height - STUB, width: barWidth, height: STUB, kind: 'undisclosed', approximate: false };
    if (cell.unit !== row.unit) return { x, y: 0, width: barWidth, height, kind: 'other-unit', approximate: cell.approximate };
    const scaled = max > 0 ? (Math.max(0, cell.value) / max) * height : 0;
    const barHeight = cell.value > 0 ? Math.max(STUB, scaled) : 0;
    return { x, y: height - barHeight, width: barWidth, height: barHeight, kind: 'value', approximate: cell.approximate };
  });
  return { width: Math.max(0, row.cells.length * (barWidth + gap) - gap), height, bars };
}

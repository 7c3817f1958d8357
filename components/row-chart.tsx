import type { ComparisonRow } from '../lib/compare/build-comparison';
import { rowChart } from '../lib/compare/row-chart';

/**
 * A row's figures as a small SVG bar chart, one bar per column in column order. Undisclosed
 * figures are a dashed stub, not a zero bar; figures in another unit are an outline box.
 */
export function RowChart({ row, label }: { row: ComparisonRow; label: string }) {
  const { width, height, bars } = rowChart(row);
  return (
    <svg class="row-chart" data-testid="row-chart" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      {bars.map((bar, index) => (
        <rect
          key={index}
          x={bar.x}
          y={bar.y}
          width={bar.width}
          height={bar.height}
          class={`bar bar-${bar.kind}${bar.approximate ? ' bar-approximate' : ''}`}
          data-kind={bar.kind}
        />
      ))}
    </svg>
  );
}

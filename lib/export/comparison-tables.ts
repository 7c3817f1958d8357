import type { Comparison, ComparisonCell } from '../compare/build-comparison';
import { toCsv } from './csv';

const UNDISCLOSED = '未披露';

/** "约60000" for approximate figures, so the caveat stays next to the number. */
function cellText(cell: ComparisonCell): string {
  if (cell.kind === 'undisclosed') return UNDISCLOSED;
  return `${cell.approximate ? '约' : ''}${cell.value}`;
}

/** Rows as in the view: area, indicator, unit, then one column per report. */
function comparisonGrid<T>(comparison: Comparison, formatCell: (cell: ComparisonCell) => T): Array<Array<string | T>> {
  const header = ['领域', '指标', '单位', ...comparison.columns.map((c) => c.label)];
  const rows = comparison.groups.flatMap((group) =>
    group.rows.map((row) => [group.name, row.name, row.unit, ...row.cells.map(formatCell)]),
  );
  return [header, ...rows];
}

/** CSV with a UTF-8 BOM; exact figures stay numbers so Excel can chart them. */
export function comparisonToCsv(comparison: Comparison): string {
  return toCsv(comparisonGrid(comparison, (cell) => (cell.kind === 'value' && !cell.approximate ? cell.value : cellText(cell))));
}

/** A Markdown table for notes and papers; pipes and line breaks in labels are escaped. */
export function comparisonToMarkdown(comparison: Comparison): string {
  const [header, ...rows] = comparisonGrid(comparison, cellText);
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`;
  return [line(header!), line(header!.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}

import type { Comparison, ComparisonCell, ComparisonColumn } from '../lib/compare/build-comparison';
import { formatFigure, t } from './i18n';
import { PageText } from './page-text';
import { RowChart } from './row-chart';

export interface ComparisonTableProps {
  comparison: Comparison;
  /** Source address per column id: where a 未披露 cell sends the reader to check. */
  reportUrls: Record<string, string>;
  /** "Find in other reports" from a 未披露 cell: candidates for that row in that column's report. */
  onFind?(columnId: string, rowKey: string, rowName: string): void;
}

/**
 * Canonical indicators as rows grouped by area, reports as columns. A report that does not state
 * a figure reads 未披露: absence is itself a finding when comparing jurisdictions. Every figure
 * opens its source page at the sentence (a text fragment), 未披露 opens the report itself so the
 * absence can be checked too; each row ends in a small bar chart; one jurisdiction over several
 * years shows each year's change.
 */
export function ComparisonTable({ comparison, reportUrls, onFind }: ComparisonTableProps) {
  const { columns, groups } = comparison;
  if (groups.length === 0) return <p class="hint">{t('compareEmpty')}</p>;
  return (
    <div class="table-scroll">
      <table class="comparison" data-testid="comparison-table">
        <thead>
          <tr>
            <th scope="col">{t('compareIndicator')}</th>
            {columns.map((column) => (
              <th scope="col" key={column.id} data-testid="comparison-column">
                <PageText text={columnLabel(column)} lines={2} />
              </th>
            ))}
            <th scope="col" class="chart-col">
              {t('compareChart')}
            </th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.area}>
            <tr class="group">
              <th colSpan={columns.length + 2} scope="rowgroup">
                {group.name}
              </th>
            </tr>
            {group.rows.map((row) => (
              <tr key={row.key} data-testid="comparison-row" data-key={row.key}>
                <th scope="row">
                  {row.name} <small>{row.unit}</small>
                </th>
                {row.cells.map((cell, index) => (
                  <Cell
                    key={columns[index]!.id}
                    cell={cell}
                    reportUrl={reportUrls[columns[index]!.id] ?? ''}
                    onFind={onFind && (() => onFind(columns[index]!.id, row.key, row.name))}
                  />
                ))}
                <td class="chart">
                  <RowChart row={row} label={t('compareChartLabel', row.name)} />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

function columnLabel(column: ComparisonColumn): string {
  return column.jurisdiction ? column.label : `${t('unnamed')} ${column.year ?? ''}`.trim();
}

function Cell({ cell, reportUrl, onFind }: { cell: ComparisonCell; reportUrl: string; onFind?: () => void }) {
  if (cell.kind === 'undisclosed') {
    return (
      <td class="undisclosed" data-testid="cell" data-kind="undisclosed">
        <a href={reportUrl} target="_blank" rel="noreferrer" title={t('undisclosedHint')}>
          {t('undisclosed')}
        </a>
        {onFind && (
          <button type="button" class="link find" data-testid="cell-find" onClick={onFind}>
            {t('teachFindInOthers')}
          </button>
        )}
      </td>
    );
  }
  const classes = ['value', cell.approximate && 'approximate', cell.confirmed && 'confirmed'].filter(Boolean).join(' ');
  return (
    <td class={classes} data-testid="cell" data-kind="value" data-value={cell.value} data-confirmed={cell.confirmed ? 'true' : undefined}>
      <a href={cell.sourceUrl} target="_blank" rel="noreferrer" title={cell.sentence}>
        {formatFigure(cell.value, cell.unit, cell.approximate)}
      </a>
      {cell.confirmed && (
        <small class="confirmed-note" data-testid="cell-confirmed">
          {t('teachConfirmed')}
        </small>
      )}
      {cell.approximate && <small class="approx-note">{t('approximateMark')}</small>}
      {cell.change && (
        <small class={`change ${cell.change.absolute >= 0 ? 'up' : 'down'}`} data-testid="change">
          {cell.change.absolute >= 0 ? '▲' : '▼'}
          {formatFigure(Math.abs(cell.change.absolute), '')}
          {cell.change.percent !== null && ` (${cell.change.percent >= 0 ? '+' : ''}${cell.change.percent}%)`}
        </small>
      )}
    </td>
  );
}

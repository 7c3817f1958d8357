import { buildComparison, MAX_COMPARED_REPORTS, type ComparedReport } from '../lib/compare/build-comparison';
import type { SavedReport } from '../lib/db/saved-report';
import { formatFigure, t, uiLanguage } from './i18n';

/** A saved record as the comparison reads it. */
function toCompared(report: SavedReport): ComparedReport {
  return {
    id: String(report.id),
    url: report.url,
    jurisdiction: report.jurisdiction,
    year: report.year,
    title: report.title,
    indicators: report.indicators,
  };
}

/**
 * Canonical indicators as rows, saved reports as columns. A report that does not state a figure
 * reads 未披露: absence is itself a finding when comparing jurisdictions. Each figure links back
 * to its sentence on the source page (a text fragment), so every number can be checked.
 */
export function ComparisonTable({ reports }: { reports: SavedReport[] }) {
  if (reports.length === 0) return null;
  // `reports` is newest first: compare the most recent ones when there are too many.
  const compared = reports.slice(0, MAX_COMPARED_REPORTS).map(toCompared);
  const { columns, groups } = buildComparison(compared, { locale: uiLanguage() });
  return (
    <section class="card" data-testid="comparison">
      <h2>{t('compareHeading')}</h2>
      {reports.length > MAX_COMPARED_REPORTS && <p class="hint">{t('compareTooMany', String(MAX_COMPARED_REPORTS))}</p>}
      {groups.length === 0 ? (
        <p class="hint">{t('compareEmpty')}</p>
      ) : (
        <div class="table-scroll">
          <table class="comparison">
            <thead>
              <tr>
                <th scope="col">{t('compareIndicator')}</th>
                {columns.map((column) => (
                  <th scope="col" key={column.id} data-testid="comparison-column">
                    {column.jurisdiction ? column.label : `${t('unnamed')} ${column.year ?? ''}`.trim()}
                  </th>
                ))}
              </tr>
            </thead>
            {groups.map((group) => (
              <tbody key={group.area}>
                <tr class="group">
                  <th colSpan={columns.length + 1} scope="rowgroup">
                    {group.name}
                  </th>
                </tr>
                {group.rows.map((row) => (
                  <tr key={row.key} data-testid="comparison-row" data-key={row.key}>
                    <th scope="row">{row.name}</th>
                    {row.cells.map((cell, index) =>
                      cell.kind === 'value' ? (
                        <td key={columns[index].id} class="value">
                          <a href={cell.sourceUrl} target="_blank" rel="noreferrer" title={cell.sentence}>
                            {formatFigure(cell.value, cell.unit, cell.approximate)}
                          </a>
                        </td>
                      ) : (
                        <td key={columns[index].id} class="undisclosed">
                          {t('undisclosed')}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </section>
  );
}

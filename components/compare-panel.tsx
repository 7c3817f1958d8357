import type { ComponentChildren } from 'preact';
import type { Comparison } from '../lib/compare/build-comparison';
import { MAX_COMPARED_REPORTS } from '../lib/compare/build-comparison';
import type { Series } from '../lib/compare/series';
import { ComparisonTable } from './comparison-table';
import { SeriesView } from './series-chart';
import { t } from './i18n';

export interface ComparePanelProps {
  /** Picked report count, and the comparison once their records arrived (null while fewer than 2). */
  picked: number;
  comparison: Comparison | null;
  /** The picked reports' indicators over the years (empty unless one jurisdiction has two years). */
  series: readonly Series[];
  /** The picked reports' records are still on their way. */
  loading: boolean;
  reportUrls: Record<string, string>;
  onClear(): void;
  onExportCsv(): void;
  onExportMarkdown(): void;
  /** Opens the comparison in a full tab (absent in the full tab itself). */
  onOpenFullView?(): void;
  /** "Find in other reports" from a 未披露 cell (see ComparisonTable). */
  onFind?(columnId: string, rowKey: string, rowName: string): void;
  /** The candidates found, shown under the table. */
  finder?: ComponentChildren;
}

/** The comparison of the picked reports, with its downloads and the way to a wider view. */
export function ComparePanel(props: ComparePanelProps) {
  const { picked, comparison, series, loading, reportUrls, onClear, onExportCsv, onExportMarkdown, onOpenFullView, onFind, finder } = props;
  return (
    <section class="card" data-testid="comparison" data-state={picked < 2 ? 'empty' : loading ? 'loading' : 'ready'}>
      <h2>
        {t('compareHeading')} <small data-testid="picked-count">{t('comparePicked', [String(picked), String(MAX_COMPARED_REPORTS)])}</small>
        {picked > 0 && (
          <button type="button" class="link" data-testid="compare-clear" onClick={onClear}>
            {t('compareClear')}
          </button>
        )}
      </h2>
      {picked < 2 && <p class="hint">{t('compareHint', String(MAX_COMPARED_REPORTS))}</p>}
      {comparison && (
        <>
          <ComparisonTable comparison={comparison} reportUrls={reportUrls} onFind={onFind} />
          <SeriesView series={series} />
          {finder}
          <div class="actions">
            <button type="button" data-testid="export-csv" onClick={onExportCsv}>
              {t('exportCsv')}
            </button>
            <button type="button" data-testid="export-markdown" onClick={onExportMarkdown}>
              {t('exportMarkdown')}
            </button>
            {onOpenFullView && (
              <button type="button" data-testid="open-full-view" onClick={onOpenFullView}>
                {t('actionOpenCompare')}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}

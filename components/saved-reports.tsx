import type { SavedReport } from '../lib/db/saved-report';
import { levelName, t } from './i18n';

export interface SavedReportsProps {
  reports: SavedReport[];
  onDelete(id: number): void;
}

/** The collection, newest first: who, which year, what, how many figures. */
export function SavedReports({ reports, onDelete }: SavedReportsProps) {
  return (
    <section class="card" data-testid="saved-reports">
      <h2>
        {t('savedHeading')} <small>{reports.length}</small>
      </h2>
      {reports.length === 0 ? (
        <p class="hint">{t('savedEmpty')}</p>
      ) : (
        <ul class="saved-list">
          {reports.map((report) => (
            <li key={report.id} data-testid="saved-report" data-id={report.id}>
              <span class="where">
                {report.jurisdiction ?? t('unnamed')} <small>{levelName(report.level)}</small>
              </span>
              <span class="year">{report.year ?? t('unknownValue')}</span>
              <a class="title" href={report.url} target="_blank" rel="noreferrer" title={report.url}>
                {report.title ?? report.url}
              </a>
              <span class="count">{t('figuresCount', String(report.mentions.length))}</span>
              <button type="button" class="link" onClick={() => onDelete(report.id!)}>
                {t('actionDelete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

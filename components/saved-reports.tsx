import { useState } from 'preact/hooks';
import type { ReportSummary } from '../lib/db/report-summary';
import { levelName, t } from './i18n';

export interface SavedReportsProps {
  /** Reports that match the search, and how many of them to render. */
  reports: ReportSummary[];
  shown: number;
  /** Size of the whole collection (the heading counts it, not the matches). */
  total: number;
  loaded: boolean;
  selection: number[];
  tags: string[];
  onToggleSelected(id: number): void;
  onDelete(id: number): void;
  onTag(id: number, tag: string, on: boolean): void;
  onShowMore(): void;
}

/**
 * The collection, newest first: who, which year, what, how many figures, tags, and where else
 * the text was seen. Renders `shown` rows and a "more" button, never the whole collection at
 * once (1,000 rows would cost the popup its first 150 ms).
 */
export function SavedReports(props: SavedReportsProps) {
  const { reports, shown, total, loaded } = props;
  return (
    <section class="card" data-testid="saved-reports" data-loaded={String(loaded)}>
      <h2>
        {t('savedHeading')} <small data-testid="saved-count">{reports.length === total ? total : `${reports.length} / ${total}`}</small>
      </h2>
      {loaded && total === 0 && <p class="hint">{t('savedEmpty')}</p>}
      {loaded && total > 0 && reports.length === 0 && <p class="hint">{t('searchNoMatch')}</p>}
      {reports.length > 0 && (
        <ul class="saved-list">
          {reports.slice(0, shown).map((report) => (
            <SavedReportRow key={report.id} report={report} {...props} />
          ))}
        </ul>
      )}
      {shown < reports.length && (
        <button type="button" class="link more" data-testid="show-more" onClick={props.onShowMore}>
          {t('showMore', String(reports.length - shown))}
        </button>
      )}
    </section>
  );
}

function SavedReportRow({ report, selection, tags, onToggleSelected, onDelete, onTag }: SavedReportsProps & { report: ReportSummary }) {
  const [adding, setAdding] = useState(false);
  const selected = selection.includes(report.id);
  const where = report.jurisdiction ?? t('unnamed');
  return (
    <li data-testid="saved-report" data-id={report.id} class={selected ? 'selected' : undefined}>
      <input
        type="checkbox"
        data-testid="compare-pick"
        checked={selected}
        aria-label={t('comparePick', where)}
        onChange={() => onToggleSelected(report.id)}
      />
      <span class="where">
        {where} <small>{levelName(report.level)}</small>
      </span>
      <span class="year">{report.year ?? t('unknownValue')}</span>
      <a class="title" href={report.url} target="_blank" rel="noreferrer" title={report.url}>
        {report.title ?? report.url}
      </a>
      <span class="count">{t('figuresCount', String(report.mentionCount))}</span>
      <button type="button" class="link" data-testid="delete" onClick={() => onDelete(report.id)}>
        {t('actionDelete')}
      </button>
      <div class="row-extra">
        {report.province && <span class="province">{report.province}</span>}
        {report.tags.map((tag) => (
          <span class="tag" key={tag} data-testid="tag">
            {tag}
            <button type="button" class="link" aria-label={t('tagRemove', tag)} onClick={() => onTag(report.id, tag, false)}>
              ×
            </button>
          </span>
        ))}
        {adding ? (
          <TagInput
            known={tags}
            onDone={(tag) => {
              setAdding(false);
              if (tag) onTag(report.id, tag, true);
            }}
          />
        ) : (
          <button type="button" class="link" data-testid="tag-add" onClick={() => setAdding(true)}>
            {t('tagAdd')}
          </button>
        )}
        {report.seenAt.length > 0 && (
          <span class="seen-at" data-testid="seen-at" title={report.seenAt.join('\n')}>
            {t('seenAtCount', String(report.seenAt.length))}
          </span>
        )}
      </div>
    </li>
  );
}

/** A one-line tag editor offering the tags in use; Enter keeps, Escape or leaving cancels. */
function TagInput({ known, onDone }: { known: string[]; onDone(tag: string | null): void }) {
  return (
    <>
      <input
        class="tag-input"
        data-testid="tag-input"
        list="report-lens-tags"
        maxLength={40}
        placeholder={t('tagPlaceholder')}
        ref={(input) => input?.focus()}
        onKeyDown={(event) => {
          const value = (event.currentTarget as HTMLInputElement).value.trim();
          if (event.key === 'Enter') onDone(value || null);
          if (event.key === 'Escape') onDone(null);
        }}
        onBlur={() => onDone(null)}
      />
      <datalist id="report-lens-tags">
        {known.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
    </>
  );
}

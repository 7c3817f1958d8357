import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ReportSummary } from '../lib/db/report-summary';
import { levelName, t } from './i18n';
import { isolateText, PageText } from './page-text';

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
  const addButton = useRef<HTMLButtonElement>(null);
  const wasAdding = useRef(false);
  // Keyboard users land back on 添加标签 when the editor closes (Enter, Escape or leaving it),
  // not at the top of the page; a layout effect, so the focus never rests on <body> in between.
  useLayoutEffect(() => {
    if (wasAdding.current && !adding) addButton.current?.focus();
    wasAdding.current = adding;
  }, [adding]);
  const selected = selection.includes(report.id);
  const where = report.jurisdiction ?? t('unnamed');
  const checkboxId = `compare-pick-${report.id}`;
  return (
    <li data-testid="saved-report" data-id={report.id} class={selected ? 'selected' : undefined}>
      <input
        type="checkbox"
        id={checkboxId}
        data-testid="compare-pick"
        checked={selected}
        aria-label={t('comparePick', isolateText(where))}
        onChange={() => onToggleSelected(report.id)}
      />
      {/* Clicking the place name picks the report too, as a checkbox label should. */}
      <label class="where" for={checkboxId}>
        <PageText text={where} /> <small>{levelName(report.level)}</small>
      </label>
      <span class="year">{report.year ?? t('unknownValue')}</span>
      <a class="title" href={report.url} target="_blank" rel="noreferrer" title={report.url}>
        <PageText text={report.title ?? report.url} />
      </a>
      <span class="count">{t('figuresCount', String(report.mentionCount))}</span>
      {!report.hasText && (
        <span class="no-text" data-testid="no-text" title={t('reportNoText')} aria-label={t('reportNoText')}>
          ⓘ
        </span>
      )}
      <button type="button" class="link" data-testid="delete" aria-label={t('deleteLabel', isolateText(where))} onClick={() => onDelete(report.id)}>
        {t('actionDelete')}
      </button>
      <div class="row-extra">
        {report.province && <PageText class="province" text={report.province} />}
        {report.tags.map((tag) => (
          <span class="tag" key={tag} data-testid="tag">
            <PageText text={tag} />
            <button type="button" class="link" aria-label={t('tagRemove', isolateText(tag))} onClick={() => onTag(report.id, tag, false)}>
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
          <button type="button" class="link" data-testid="tag-add" ref={addButton} aria-label={t('tagAddLabel', isolateText(where))} onClick={() => setAdding(true)}>
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
        aria-label={t('tagPlaceholder')}
        ref={(input) => input?.focus()}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' && event.key !== 'Escape') return;
          // The key is spent here: the focus moves to 添加标签 at once, and an Enter let through
          // would press that button and open the editor again.
          event.preventDefault();
          const value = (event.currentTarget as HTMLInputElement).value.trim();
          onDone(event.key === 'Enter' ? value || null : null);
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

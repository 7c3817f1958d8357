import type { TabStatus } from '../lib/messages/protocol';
import { formatFigure, levelName, t } from './i18n';

export interface CurrentPageProps {
  /** null while the status is being read. */
  status: TabStatus | null;
  busy: boolean;
  onSave(): void;
  onRunHere(): void;
}

/** The active tab: report or not, what was found on it, and the one action that fits. */
export function CurrentPage({ status, busy, onSave, onRunHere }: CurrentPageProps) {
  if (!status) {
    return <section class="card" data-testid="current-page" data-state="loading">{t('statusLoading')}</section>;
  }
  const { state, report, savedId } = status;
  return (
    <section class="card" data-testid="current-page" data-state={state}>
      <h2>
        {t('currentPage')}
        <span class={`badge badge-${state}`}>
          {state === 'report' ? t('statusReport') : state === 'not-report' ? t('statusNotReport') : t('statusNotRun')}
        </span>
      </h2>
      {state === 'not-run' && (
        <>
          <p class="hint">{t('runHereHint')}</p>
          <button type="button" data-testid="run-here" disabled={busy} onClick={onRunHere}>
            {t('actionRunHere')}
          </button>
        </>
      )}
      {report && state === 'report' && (
        <>
          <dl class="facts">
            <dt>{t('fieldJurisdiction')}</dt>
            <dd data-testid="jurisdiction">
              {report.meta.jurisdiction ?? t('unnamed')} <small>{levelName(report.meta.level)}</small>
            </dd>
            <dt>{t('fieldYear')}</dt>
            <dd data-testid="year">{report.meta.year ?? t('unknownValue')}</dd>
            <dt>{t('fieldTitle')}</dt>
            <dd data-testid="title">{report.meta.title ?? t('unknownValue')}</dd>
            <dt>{t('fieldHeadings')}</dt>
            <dd data-testid="headings-count">{report.headings.length}</dd>
            <dt>{t('fieldFigures')}</dt>
            <dd data-testid="figures-count">{report.mentions.length}</dd>
            <dt>{t('fieldIndicators')}</dt>
            <dd data-testid="indicators-count">{Object.keys(report.indicators).length}</dd>
            <dt>{t('fieldConfidence')}</dt>
            <dd data-testid="confidence">{formatFigure(Math.round(report.confidence * 100), '%')}</dd>
          </dl>
          <button type="button" data-testid="save" disabled={busy} onClick={onSave}>
            {savedId === null ? t('actionSave') : t('actionSaveAgain')}
          </button>
          {savedId !== null && <span class="saved-notice" data-testid="saved-notice">{t('savedNotice')}</span>}
        </>
      )}
      {report && state === 'not-report' && (
        <p class="hint" data-testid="confidence">
          {t('fieldConfidence')} {formatFigure(Math.round(report.confidence * 100), '%')}
        </p>
      )}
    </section>
  );
}

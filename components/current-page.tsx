import type { TabStatus } from '../lib/messages/protocol';
import { INDICATORS, type IndicatorKey } from '../lib/taxonomy/indicators';
import { REQUIRED_PARTS, type RequiredPartKey } from '../lib/evidence/required-parts';
import { formatDay, formatFigure, levelName, t, uiLanguage } from './i18n';
import { PageText } from './page-text';
import { SiteGrant } from './site-access';

/** 按时/逾期/未知: on time means published before 1 April of the next year (lib/metadata/dates). */
function onTimeText(onTime: boolean | null): string {
  return onTime === null ? t('unknownValue') : onTime ? t('onTimeYes') : t('onTimeNo');
}

function indicatorName(key: string): string {
  return INDICATORS[key as IndicatorKey]?.[uiLanguage()] ?? key;
}

function partName(key: string): string {
  return REQUIRED_PARTS[key as RequiredPartKey]?.[uiLanguage()] ?? key;
}

export interface CurrentPageProps {
  /** null while the status is being read. */
  status: TabStatus | null;
  busy: boolean;
  onSave(): void;
  onRunHere(): void;
  /** 始终在此网站运行: absent where the page cannot ask the browser for a permission. */
  onAllowSite?(pattern: string): void;
  onRevokeSite(pattern: string): void;
  /** 在报告透镜中打开 for a tab that shows a PDF or Word file (status.file): opens it in the reader. */
  onOpenFile(url: string): void;
}

/**
 * The active tab: report or not, what was found on it, and the one action that fits; on a site
 * outside gov.cn, the per-site grant.
 */
export function CurrentPage({ status, busy, onSave, onRunHere, onAllowSite, onRevokeSite, onOpenFile }: CurrentPageProps) {
  if (!status) {
    return <section class="card" data-testid="current-page" data-state="loading">{t('statusLoading')}</section>;
  }
  const { state, report, savedId } = status;
  // The tab shows a report file, or an article page that is mainly a link to one.
  const file = status.file ?? report?.attachment?.url ?? null;
  return (
    <section class="card" data-testid="current-page" data-state={state}>
      <h2>
        {t('currentPage')}
        <span class={`badge badge-${state}`}>
          {state === 'report' ? t('statusReport') : state === 'not-report' ? t('statusNotReport') : t('statusNotRun')}
        </span>
      </h2>
      {file && (
        <>
          <p class="hint" data-testid="open-file-hint">
            {status.file ? t('openFileHint') : t('attachmentOffer', report!.attachment!.title)}
          </p>
          <button type="button" class="primary" data-testid="open-file" disabled={busy} onClick={() => onOpenFile(file)}>
            {t('actionOpenInReader')}
          </button>
        </>
      )}
      {state === 'not-run' && !status.file && (
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
              <PageText text={report.meta.jurisdiction ?? t('unnamed')} /> <small>{levelName(report.meta.level)}</small>
            </dd>
            <dt>{t('fieldYear')}</dt>
            <dd data-testid="year">{report.meta.year ?? t('unknownValue')}</dd>
            <dt>{t('fieldTitle')}</dt>
            <dd data-testid="title">
              <PageText text={report.meta.title ?? t('unknownValue')} lines={3} />
            </dd>
            <dt>{t('fieldPublishedAt')}</dt>
            <dd data-testid="published-at">
              <PageText text={report.meta.publishedAt ? formatDay(report.meta.publishedAt) : t('unknownValue')} />
            </dd>
            <dt>{t('fieldOnTime')}</dt>
            <dd data-testid="on-time" data-value={String(report.meta.onTime)}>
              {onTimeText(report.meta.onTime)}
            </dd>
            <dt>{t('fieldMissingParts')}</dt>
            <dd data-testid="missing-parts">
              <PageText text={report.meta.missingParts.length === 0 ? t('missingPartsNone') : report.meta.missingParts.map(partName).join('、')} lines={2} />
            </dd>
            <dt>{t('fieldHeadings')}</dt>
            <dd data-testid="headings-count">{report.headings.length}</dd>
            <dt>{t('fieldFigures')}</dt>
            <dd data-testid="figures-count">{report.mentions.length}</dd>
            <dt>{t('fieldIndicators')}</dt>
            <dd data-testid="indicators-count">{Object.keys(report.indicators).length}</dd>
            <dt>{t('fieldConfidence')}</dt>
            <dd data-testid="confidence">{formatFigure(Math.round(report.confidence * 100), '%')}</dd>
          </dl>
          <FigureList report={report} />
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
      {status.site && <SiteGrant site={status.site} busy={busy} onAllow={onAllowSite} onRevoke={onRevokeSite} />}
    </section>
  );
}

/** Figures to show in the popup at most; the rest are on the page and in the saved report. */
const FIGURES_SHOWN = 8;

/** The canonical figures the page gives, so the reader sees what saving will keep. */
function FigureList({ report }: { report: NonNullable<TabStatus['report']> }) {
  const figures = Object.entries(report.indicators);
  if (figures.length === 0) return null;
  return (
    <ul class="figure-list" data-testid="page-figures">
      {figures.slice(0, FIGURES_SHOWN).map(([key, figure]) => (
        <li key={key} title={figure!.sentence}>
          <span>{indicatorName(key)}</span> <b>{formatFigure(figure!.value, figure!.unit, figure!.approximate)}</b>
        </li>
      ))}
      {figures.length > FIGURES_SHOWN && <li class="hint">{t('moreFigures', String(figures.length - FIGURES_SHOWN))}</li>}
    </ul>
  );
}

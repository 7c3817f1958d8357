import type { CollectStatus } from '../lib/collect/collect-status';
import { collectDuration, collectReasonText } from './collect-text';
import { t } from './i18n';

export interface CollectProgressProps {
  status: CollectStatus;
  busy: boolean;
  onPause(): void;
  onResume(): void;
  onCancel(): void;
  /** One page again, or (no id) every failed or cancelled one. */
  onRetry(id?: number): void;
}

/**
 * The collection queue in the popup: a progress bar with counts and the time left, pause/resume
 * and cancel, and every page not collected with its reason and a retry.
 */
export function CollectProgress({ status, busy, onPause, onResume, onCancel, onRetry }: CollectProgressProps) {
  const { items, progress, paused } = status;
  if (items.length === 0) return null;
  const failures = items.filter((item) => item.state === 'failed' || item.state === 'cancelled');
  const duplicates = items.filter((item) => item.state === 'done' && item.duplicate).length;
  const finished = progress.done + progress.failed + progress.cancelled;
  return (
    <section class="card collect-progress" data-testid="collect-progress" data-done={progress.done} data-remaining={progress.remaining} data-paused={String(paused)}>
      <h2>
        {t('collectProgressTitle')}
        {paused && <span class="badge">{t('collectPaused')}</span>}
      </h2>
      <progress max={progress.total} value={finished} aria-label={t('collectProgressTitle')} />
      <p data-testid="collect-counts">
        {t('collectCounts', [String(progress.done), String(progress.failed), String(progress.remaining), String(progress.total)])}
      </p>
      {progress.remaining > 0 && (
        <p class="hint" data-testid="collect-eta">
          {progress.etaMs === null ? t('collectEtaUnknown') : t('collectEta', collectDuration(progress.etaMs))}
        </p>
      )}
      {duplicates > 0 && <p class="hint">{t('collectDuplicates', String(duplicates))}</p>}
      <div class="collect-buttons">
        {progress.remaining > 0 && (
          <button type="button" data-testid={paused ? 'collect-resume' : 'collect-pause'} disabled={busy} onClick={paused ? onResume : onPause}>
            {paused ? t('collectResume') : t('collectPause')}
          </button>
        )}
        {progress.remaining > 0 && (
          <button type="button" data-testid="collect-cancel" disabled={busy} onClick={onCancel}>
            {t('collectCancel')}
          </button>
        )}
      </div>
      {failures.length > 0 && (
        <>
          <h3>{t('collectFailures', String(failures.length))}</h3>
          <ul class="collect-failures">
            {failures.map((item) => (
              <li key={item.id} data-testid="collect-failure" data-reason={item.reason ?? item.state}>
                <a href={item.url} target="_blank" rel="noreferrer" class="clamp-2">
                  {item.title}
                </a>
                <span class="hint">{item.state === 'cancelled' ? t('collectStateCancelled') : collectReasonText(item)}</span>
                <button type="button" class="link" data-testid="collect-retry" disabled={busy} onClick={() => onRetry(item.id)}>
                  {t('collectRetry')}
                </button>
              </li>
            ))}
          </ul>
          {failures.length > 1 && (
            <button type="button" data-testid="collect-retry-all" disabled={busy} onClick={() => onRetry()}>
              {t('collectRetryAll')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

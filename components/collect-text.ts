import type { FailureReason, QueueItem, QueueState } from '../lib/collect/queue-item';
import { t } from './i18n';

const STATE_KEYS: Record<QueueState, string> = {
  pending: 'collectStatePending',
  fetching: 'collectStateFetching',
  done: 'collectStateDone',
  failed: 'collectStateFailed',
  cancelled: 'collectStateCancelled',
};

const REASON_KEYS: Record<FailureReason, string> = {
  'not-found': 'collectReasonNotFound',
  'http-error': 'collectReasonHttpError',
  'rate-limited': 'collectReasonRateLimited',
  timeout: 'collectReasonTimeout',
  network: 'collectReasonNetwork',
  redirected: 'collectReasonRedirected',
  'not-a-report': 'collectReasonNotAReport',
  'not-html': 'collectReasonNotHtml',
  'too-large': 'collectReasonTooLarge',
  'not-allowed': 'collectReasonNotAllowed',
  'extract-failed': 'collectReasonExtractFailed',
  'write-failed': 'collectReasonWriteFailed',
};

export function collectStateName(state: QueueState): string {
  return t(STATE_KEYS[state]);
}

/** Why a page was not collected, in the UI language, with its specifics (HTTP 404, the detector's reason…). */
export function collectReasonText(item: Pick<QueueItem, 'reason' | 'detail'>): string {
  return item.reason ? t(REASON_KEYS[item.reason], item.detail ?? '') : '';
}

/** 2 分 10 秒 / 2 min 10 s. */
export function collectDuration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  return seconds < 60 ? t('collectEtaSeconds', String(seconds)) : t('collectEtaMinutes', [String(Math.floor(seconds / 60)), String(seconds % 60)]);
}

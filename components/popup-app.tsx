import { useCallback, useEffect, useState } from 'preact/hooks';
import type { SavedReport } from '../lib/db/saved-report';
import { ProtocolError, requestBackground } from '../lib/messages/client';
import type { BackgroundMessage, ErrorCode, TabStatus } from '../lib/messages/protocol';
import { ComparisonTable } from './comparison-table';
import { CurrentPage } from './current-page';
import { t } from './i18n';
import { SavedReports } from './saved-reports';

export interface PopupAppProps {
  /** The tab the popup is about; null when there is none (e.g. the popup opened as a page). */
  tabId: number | null;
  send(message: BackgroundMessage): Promise<unknown>;
  /** Opens the popup page in a tab, wide enough for the comparison. */
  onOpenCompare?(): void;
}

const ERROR_KEYS: Partial<Record<ErrorCode, string>> = {
  'no-content-script': 'errorNoContentScript',
  'not-a-report': 'errorNotAReport',
  'cannot-run-here': 'errorCannotRunHere',
};

function errorText(error: unknown): string {
  const code = error instanceof ProtocolError ? error.code : null;
  const key = code && ERROR_KEYS[code];
  return key ? t(key) : t('errorGeneric', error instanceof Error ? error.message : String(error));
}

/**
 * The popup: the current tab's status with its action, the collection, and the comparison.
 * Everything goes through the background (the database's only owner) by message.
 */
export function PopupApp({ tabId, send, onOpenCompare }: PopupAppProps) {
  const [status, setStatus] = useState<TabStatus | null>(null);
  const [reports, setReports] = useState<SavedReport[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const refreshReports = useCallback(async () => {
    setReports((await requestBackground(send, { type: 'popup/listReports' })).reports);
  }, [send]);

  /** Runs one action, keeping the buttons disabled meanwhile and showing any failure. */
  const act = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    void act(async () => {
      const readStatus = tabId === null ? null : requestBackground(send, { type: 'popup/getStatus', tabId }).then(setStatus);
      await Promise.all([readStatus, refreshReports()]);
    });
  }, [tabId, send, act, refreshReports]);

  const save = () =>
    act(async () => {
      if (tabId === null) return;
      const { id } = await requestBackground(send, { type: 'popup/save', tabId });
      setStatus((current) => current && { ...current, savedId: id });
      await refreshReports();
    });

  const runHere = () =>
    act(async () => {
      if (tabId === null) return;
      setStatus(await requestBackground(send, { type: 'popup/runOnTab', tabId }));
    });

  const remove = (id: number) =>
    act(async () => {
      await requestBackground(send, { type: 'popup/deleteReport', id });
      setStatus((current) => (current && current.savedId === id ? { ...current, savedId: null } : current));
      await refreshReports();
    });

  return (
    <main class="popup">
      <header>
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>{t('extName')}</h1>
        {onOpenCompare && reports.length > 0 && (
          <button type="button" class="link" onClick={onOpenCompare}>
            {t('actionOpenCompare')}
          </button>
        )}
      </header>
      {error && (
        <p class="error" role="alert" data-testid="error">
          {error}
        </p>
      )}
      {tabId !== null && <CurrentPage status={status} busy={busy} onSave={save} onRunHere={runHere} />}
      <SavedReports reports={reports} onDelete={remove} />
      <ComparisonTable reports={reports} />
    </main>
  );
}

import { t } from './i18n';

export interface CollectionDataProps {
  busy: boolean;
  /** Text of the last import's outcome, shown until the next action. */
  notice: string | null;
  onExportJson(): void;
  onExportCsv(): void;
  onImportFile(file: File): void;
  /**
   * Set in the toolbar popup: Chromium closes a popup when a file chooser takes the focus, so
   * importing happens in the full view, which this opens.
   */
  onImportElsewhere?(): void;
}

/** Backing up and moving the collection: JSON (lossless, re-importable), CSV (for Excel), and import. */
export function CollectionData({ busy, notice, onExportJson, onExportCsv, onImportFile, onImportElsewhere }: CollectionDataProps) {
  return (
    <section class="card" data-testid="collection-data">
      <h2>{t('dataHeading')}</h2>
      <div class="actions">
        <button type="button" data-testid="export-json" disabled={busy} onClick={onExportJson}>
          {t('exportJson')}
        </button>
        <button type="button" data-testid="export-collection-csv" disabled={busy} onClick={onExportCsv}>
          {t('exportCollectionCsv')}
        </button>
        {onImportElsewhere ? (
          <button type="button" class="secondary" data-testid="import-in-full-view" onClick={onImportElsewhere}>
            {t('importInFullView')}
          </button>
        ) : (
          // The input is hidden visually, not from the keyboard: Tab reaches it, Enter or Space
          // opens the file chooser, and the label shows the focus ring (see style.css).
          <label class={busy ? 'file-button disabled' : 'file-button'}>
            {t('importJson')}
            <input
              type="file"
              accept="application/json,.json"
              data-testid="import-file"
              disabled={busy}
              onChange={(event) => {
                const input = event.currentTarget as HTMLInputElement;
                const file = input.files?.[0];
                input.value = '';
                if (file) onImportFile(file);
              }}
            />
          </label>
        )}
      </div>
      {notice && (
        <p class="notice" role="status" data-testid="data-notice">
          {notice}
        </p>
      )}
    </section>
  );
}

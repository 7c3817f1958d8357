import type { DeletedReport } from '../lib/db/reports';
import { t } from './i18n';

/** After a deletion: what went, and the way back (for UNDO_MS). */
export function UndoBar({ deleted, onUndo }: { deleted: DeletedReport; onUndo(): void }) {
  const { report } = deleted;
  const name = `${report.jurisdiction ?? t('unnamed')} ${report.year ?? ''}`.trim();
  return (
    <p class="undo" role="status" data-testid="undo-bar">
      {t('deletedNotice', name)}
      <button type="button" class="link" data-testid="undo" onClick={onUndo}>
        {t('actionUndo')}
      </button>
    </p>
  );
}

import { useLayoutEffect, useRef } from 'preact/hooks';
import type { DeletedReport } from '../lib/db/reports';
import { t } from './i18n';
import { messageWith } from './page-text';

/**
 * After a deletion: what went, and the way back (for UNDO_MS). The undo button takes the focus:
 * the deleted row's button had it, and a keyboard reader would otherwise be sent to the page's top.
 */
export function UndoBar({ deleted, onUndo }: { deleted: DeletedReport; onUndo(): void }) {
  const { report } = deleted;
  const name = `${report.jurisdiction ?? t('unnamed')} ${report.year ?? ''}`.trim();
  const undoButton = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => undoButton.current?.focus(), [deleted]);
  return (
    <p class="undo" role="status" data-testid="undo-bar">
      <span>{messageWith((slot) => t('deletedNotice', slot), name)}</span>
      <button type="button" class="link" data-testid="undo" ref={undoButton} onClick={onUndo}>
        {t('actionUndo')}
      </button>
    </p>
  );
}

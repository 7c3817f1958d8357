import { CandidateList } from '../candidate-list';
import { t } from '../i18n';
import { useGuarded } from './event-guard';
import type { FinderState, PageActions } from './page-model';

/**
 * A figure card's "find in other reports", over the page: the candidate sentences of the other
 * saved reports (the popup's list), each confirmed with one click as the figure's indicator.
 */
export function PageFinder({ finder, actions }: { finder: FinderState; actions: PageActions }) {
  const guard = useGuarded();
  return (
    <div
      class="finder"
      role="dialog"
      aria-label={t('teachFindInOthers')}
      data-testid="page-finder"
      // Keys typed in our UI stop at the shadow root (mount-page-ui.tsx): the list closes itself on Escape.
      onKeyDown={(event) => event.key === 'Escape' && guard(actions.closeFinder)(event)}
    >
      {finder.candidates === null ? (
        <p class="hint" role="status">
          {t('statusLoading')}
        </p>
      ) : (
        <CandidateList
          name={finder.name}
          candidates={finder.candidates}
          reportLabels={finder.reportLabels}
          busy={finder.busy}
          onConfirm={finder.indicatorKey === null ? undefined : (candidate, event) => guard(() => actions.confirmCandidate(candidate))(event)}
          onClose={actions.closeFinder}
        />
      )}
      {finder.candidates !== null && finder.indicatorKey === null && finder.candidates.length > 0 && (
        <p class="hint" data-testid="finder-needs-indicator">
          {t('teachFindNeedsIndicator')}
        </p>
      )}
      {finder.error && (
        <p class="error" role="alert" data-testid="finder-error">
          {finder.error}
        </p>
      )}
    </div>
  );
}

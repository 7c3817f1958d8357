import type { Candidate } from '../lib/teach/teach-store';
import { formatFigure, t } from './i18n';

export interface CandidateListProps {
  /** The row looked for (its name as the table shows it). */
  name: string;
  candidates: Candidate[];
  /** Column label per report id, to say which report a sentence is from. */
  reportLabels: Record<number, string>;
  busy: boolean;
  /** Absent while there is nothing to confirm a candidate as (a figure with no indicator yet): no Confirm buttons. */
  onConfirm?(candidate: Candidate, event: Event): void;
  onClose(): void;
}

/**
 * Sentences that may state a figure, best first, the number marked in each: one click confirms
 * one, and the cell keeps it as the reader's word (读者确认).
 */
export function CandidateList({ name, candidates, reportLabels, busy, onConfirm, onClose }: CandidateListProps) {
  return (
    <div class="candidates" data-testid="candidates">
      <h3>
        {t('teachCandidatesHeading', name)}
        <button type="button" class="link" onClick={onClose}>
          {t('teachCandidatesClose')}
        </button>
      </h3>
      {candidates.length === 0 && <p class="hint">{t('teachNoCandidates')}</p>}
      <ol>
        {candidates.map((candidate) => (
          <li key={`${candidate.reportId}:${candidate.quote.start}`} data-testid="candidate" data-value={candidate.value}>
            <small>{reportLabels[candidate.reportId] ?? ''}</small> <Sentence candidate={candidate} />{' '}
            {onConfirm && (
              <button type="button" data-testid="candidate-confirm" disabled={busy} onClick={(event) => onConfirm(candidate, event)}>
                {t('teachConfirm')} {formatFigure(candidate.value, candidate.unit)}
              </button>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

function Sentence({ candidate }: { candidate: Candidate }) {
  const { sentence, highlight } = candidate;
  if (!highlight) return <q>{sentence}</q>;
  return (
    <q>
      {sentence.slice(0, highlight.start)}
      <mark data-testid="candidate-number">{sentence.slice(highlight.start, highlight.end)}</mark>
      {sentence.slice(highlight.end)}
    </q>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { isWanted, type LinkState } from '../lib/collect/collect-status';
import type { ListedLink } from '../lib/messages/page-report';
import { MAX_PAGE_LINKS } from '../lib/page-text/page-links';
import { collectStateName } from './collect-text';
import { t } from './i18n';
import { useGuarded } from './page/event-guard';

export interface CollectChecklistProps {
  links: readonly ListedLink[];
  /** Saved/queued state per link; null while the background is asked. */
  states: readonly LinkState[] | null;
  /** The page had more links than were read. */
  truncated: boolean;
  busy: boolean;
  notice: string | null;
  /** 采集所选 with the ticked links. */
  onCollect(links: ListedLink[]): void;
}

/**
 * The reports a list page links to, one row each (year, jurisdiction, title; already saved or
 * queued marked), ticked for collection, and 采集所选. Shown on the list page itself and in the
 * popup about it. What is not saved or queued yet starts ticked, once the states arrive; the
 * ticks are the reader's from then on. Acts on real input only (see event-guard.ts): a page's
 * script cannot start a collection through it.
 */
export function CollectChecklist(props: CollectChecklistProps) {
  const { links, states, truncated, busy, notice, onCollect } = props;
  const guard = useGuarded();
  const [selected, setSelected] = useState<boolean[] | null>(null);
  useEffect(() => setSelected(null), [links]);
  useEffect(() => {
    if (states && states.length === links.length && !selected) setSelected(states.map(isWanted));
  }, [states, selected, links]);
  const ticks = selected ?? [];
  const count = ticks.filter(Boolean).length;
  const onToggle = (index: number) => setSelected(links.map((_, i) => (i === index ? !ticks[i] : (ticks[i] ?? false))));
  const onSelectAll = (on: boolean) => setSelected(links.map(() => on));
  return (
    <section class="collect-list" data-testid="collect-list" data-state={states ? 'ready' : 'loading'}>
      <h2 data-testid="collect-count">{t('collectListCount', String(links.length))}</h2>
      <p class="hint">{t('collectListHint')}</p>
      {truncated && <p class="hint">{t('collectTruncated', String(MAX_PAGE_LINKS))}</p>}
      <div class="collect-buttons">
        <button type="button" disabled={busy} onClick={guard(() => onSelectAll(true))}>
          {t('collectSelectAll')}
        </button>
        <button type="button" disabled={busy} onClick={guard(() => onSelectAll(false))}>
          {t('collectSelectNone')}
        </button>
      </div>
      <ul class="collect-links">
        {links.map((link, i) => {
          const state = states?.[i];
          return (
            <li key={link.url} data-testid="collect-link" data-url={link.url} data-saved={state?.saved ? 'true' : 'false'}>
              <label>
                <input type="checkbox" checked={ticks[i] ?? false} disabled={busy} onChange={guard(() => onToggle(i))} />
                <span class="collect-year">{link.year ?? t('collectYearUnknown')}</span>
                <span class="collect-place">{link.jurisdiction ?? t('collectPlaceUnknown')}</span>
                <span class="collect-title clamp-2">{link.title}</span>
                {state?.saved && <span class="collect-badge saved">{t('collectSaved')}</span>}
                {state?.state && !state.saved && <span class="collect-badge">{collectStateName(state.state)}</span>}
              </label>
            </li>
          );
        })}
      </ul>
      <button type="button" class="primary" data-testid="collect-selected" disabled={busy || count === 0} onClick={guard(() => onCollect(links.filter((_, i) => ticks[i])))}>
        {t('collectSelected', String(count))}
      </button>
      {notice && (
        <p class="hint" role="status" data-testid="collect-notice">
          {notice}
        </p>
      )}
    </section>
  );
}

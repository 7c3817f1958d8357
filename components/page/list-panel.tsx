import type { LinkState } from '../../lib/collect/collect-status';
import type { ListedLink } from '../../lib/messages/page-report';
import { CollectChecklist } from '../collect-checklist';
import { t } from '../i18n';
import { useGuarded } from './event-guard';

/** What the list page's panel shows (entrypoints/page-annotator/list-page.ts keeps it). */
export interface ListPanelModel {
  language: 'zh' | 'en';
  open: boolean;
  links: ListedLink[];
  truncated: boolean;
  states: LinkState[] | null;
  busy: boolean;
  notice: string | null;
}

export interface ListPanelActions {
  toggle(): void;
  collect(links: ListedLink[]): void;
}

/** On a list/column page: a pill "N 份年度报告" that opens the checklist of the reports it links to. */
export function ListPanel({ model, actions }: { model: ListPanelModel; actions: ListPanelActions }) {
  const guard = useGuarded();
  return (
    <div class="root" lang={model.language === 'zh' ? 'zh-CN' : 'en'}>
      {!model.open && (
        <div class="launcher">
          <button type="button" class="launcher-open" data-testid="open-collect" onClick={guard(actions.toggle)}>
            {t('collectListCount', String(model.links.length))}
          </button>
        </div>
      )}
      {model.open && (
        <aside class="panel" data-testid="collect-panel">
          <div class="panel-head">
            <h2>{t('extName')}</h2>
            <button type="button" class="icon" aria-label={t('actionDismiss')} onClick={guard(actions.toggle)}>
              ×
            </button>
          </div>
          <CollectChecklist
            links={model.links}
            states={model.states}
            truncated={model.truncated}
            busy={model.busy}
            notice={model.notice}
            onCollect={actions.collect}
          />
        </aside>
      )}
    </div>
  );
}

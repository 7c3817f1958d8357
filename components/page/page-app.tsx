import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';
import { ClipForm } from './clip-form';
import { useGuarded } from './event-guard';
import { FigureCard } from './figure-card';
import { OutlinePanel } from './outline-panel';
import type { PageActions, PageModel } from './page-model';
import { PageFinder } from './page-finder';
import { placeNear } from './place-near';
import { TeachForm } from './teach-form';

/** Room for the two buttons by a selection (Clip, 这是指标…). */
const SELECTION_ACTIONS_WIDTH = 200;

/**
 * Everything the extension shows on a report page, inside its shadow root: a launcher pill
 * (figure count, open the outline, hide/show highlights), the outline panel, the figure card,
 * the buttons by a selection (clip it, teach from it), the clip form, the teach form and the
 * candidates of "find in other reports".
 */
export function PageApp({ model, actions }: { model: PageModel; actions: PageActions }) {
  const { card, form, teach, finder, selection } = model;
  const guard = useGuarded();
  const selectionAt = selection && placeNear(selection, SELECTION_ACTIONS_WIDTH, 32);
  /** The panel's figure button the current card was opened from: focus goes back there when it closes. */
  const opener = useRef<{ mention: number; button: HTMLElement } | null>(null);
  const openedFrom = card && opener.current?.mention === card.mention ? opener.current.button : null;
  // Once the card is gone or shows another figure (the reader clicked one on the page), the panel no longer owns it.
  useLayoutEffect(() => {
    if (opener.current && opener.current.mention !== card?.mention) opener.current = null;
  });
  const openFigure = (index: number, button: HTMLElement) => {
    opener.current = { mention: index, button };
    actions.jumpToMention(index);
  };
  return (
    <div class="root" lang={model.language === 'zh' ? 'zh-CN' : 'en'}>
      {!model.panelOpen && (
        <div class="launcher" data-testid="launcher">
          <button type="button" class="launcher-open" data-testid="open-outline" onClick={guard(actions.togglePanel)}>
            {t('pageLauncher', String(model.mentions.length))}
          </button>
          <button type="button" class="launcher-toggle" data-testid="toggle-highlights" onClick={guard(actions.toggleHighlights)}>
            {model.highlightsVisible ? t('pageHideHighlights') : t('pageShowHighlights')}
          </button>
        </div>
      )}
      {model.panelOpen && <OutlinePanel {...model} actions={actions} openFigure={openFigure} />}
      {card && model.mentions[card.mention] && (
        <FigureCard card={card} mention={model.mentions[card.mention]} language={model.language} actions={actions} openedFrom={openedFrom} />
      )}
      {selectionAt && !form && !teach && (
        <div
          class="selection-actions"
          style={{ left: `${selectionAt.left}px`, top: `${selectionAt.top}px` }}
          // Keep the page's selection: a mousedown on a button would collapse it before the click.
          onMouseDown={(event) => event.preventDefault()}
        >
          <button type="button" class="primary" data-testid="clip-selection" onClick={guard(actions.clipSelection)}>
            {t('pageActionClipSelection')}
          </button>
          <button type="button" data-testid="teach-selection" onClick={guard(actions.teachSelection)}>
            {t('teachThisIs')}
          </button>
        </div>
      )}
      {form && <ClipForm key={form.quote} form={form} actions={actions} />}
      {teach && <TeachForm key={teach.figures.join()} form={teach} mentions={model.mentions} language={model.language} actions={actions} />}
      {finder && <PageFinder finder={finder} actions={actions} />}
      {model.notice && (
        <div class="notice" role="status" data-testid="page-notice">
          {model.notice}
        </div>
      )}
    </div>
  );
}

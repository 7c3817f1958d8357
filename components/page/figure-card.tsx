import { useLayoutEffect, useRef } from 'preact/hooks';
import { figureFacts } from '../../lib/page-ui/figure-facts';
import type { Mention } from '../../lib/mentions/types';
import { t } from '../i18n';
import { AreaTag } from './area-tag';
import { useGuarded } from './event-guard';
import type { CardState, PageActions } from './page-model';
import { placeNear } from './place-near';

const CARD_WIDTH = 300;
const CARD_HEIGHT = 230;

/**
 * The card over a highlighted figure: what the report counts, the value with its unit, the
 * canonical indicator it maps to (or that it maps to none), the scope (全市 vs 市政府), whether the
 * report gives it as an approximation, and Clip.
 *
 * `openedFrom` is the outline panel's figure button when the reader opened the card from there
 * (keyboard or click): the card then takes the focus on its Clip button, and Escape or × gives it
 * back to that button, so a keyboard reader never has to go through the page's highlights. A card
 * opened by the pointer over the page leaves the focus where it is.
 */
export function FigureCard({
  card,
  mention,
  language,
  actions,
  openedFrom,
}: {
  card: CardState;
  mention: Mention;
  language: 'zh' | 'en';
  actions: PageActions;
  openedFrom: HTMLElement | null;
}) {
  const guard = useGuarded();
  const clipButton = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (openedFrom) clipButton.current?.focus();
  }, [card.mention, openedFrom]);
  const close = guard(() => {
    actions.closeCard();
    if (openedFrom?.isConnected) openedFrom.focus();
  });
  const facts = figureFacts(mention, language);
  const { left, top } = placeNear(card.rect, CARD_WIDTH, CARD_HEIGHT);
  return (
    <div
      class="card"
      role="dialog"
      aria-labelledby="card-label"
      data-testid="figure-card"
      data-pinned={card.pinned ? 'true' : undefined}
      style={{ left: `${left}px`, top: `${top}px`, width: `${CARD_WIDTH}px` }}
      onPointerEnter={() => actions.holdCard(true)}
      onPointerLeave={() => actions.holdCard(false)}
      // Keys typed in our UI are stopped at the shadow root (mount-page-ui.tsx), so the page-level
      // Escape listener never hears this one: the card closes itself.
      onKeyDown={(event) => event.key === 'Escape' && close(event)}
    >
      <div class="card-head">
        <span class="card-label clamp-3" id="card-label" data-testid="card-label">
          {facts.label}
        </span>
        <button type="button" class="icon" onClick={close} title={t('pageClose')} aria-label={t('pageClose')}>
          ×
        </button>
      </div>
      <div class="card-value" data-testid="card-value">
        {facts.value}
        <span class="unit">{facts.unit}</span>
        {facts.change && <span class="change">{t(facts.change === 'up' ? 'pageChangeUp' : 'pageChangeDown')}</span>}
      </div>
      <dl class="card-facts">
        <dt>{t('pageIndicator')}</dt>
        <dd data-testid="card-indicator">{facts.indicator ?? t('pageUnmapped')}</dd>
        {facts.area && (
          <>
            <dt>{t('pageArea')}</dt>
            <dd>
              <AreaTag area={facts.area} language={language} />
            </dd>
          </>
        )}
        <dt>{t('pageScope')}</dt>
        <dd data-testid="card-scope">{facts.scope ?? t('pageScopeUnstated')}</dd>
        {facts.approximate && (
          <>
            <dt>{t('pageApproximate')}</dt>
            <dd>{t('pageApproximateYes')}</dd>
          </>
        )}
      </dl>
      <div class="buttons">
        <button type="button" class="primary" data-testid="card-clip" ref={clipButton} onClick={guard(() => actions.clipFigure(card.mention))}>
          {t('pageActionClip')}
        </button>
        <button type="button" data-testid="card-teach" onClick={guard(() => actions.teachFigure(card.mention))}>
          {t('teachThisIs')}
        </button>
        <button type="button" data-testid="card-find" onClick={guard(() => actions.findFigure(card.mention, null))}>
          {t('teachFindInOthers')}
        </button>
      </div>
    </div>
  );
}

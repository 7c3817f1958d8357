import { figureFacts } from '../../lib/page-ui/figure-facts';
import type { Mention } from '../../lib/mentions/types';
import { t } from '../i18n';
import { AreaTag } from './area-tag';
import { useGuarded } from './event-guard';
import type { CardState, PageActions } from './page-model';
import { placeNear } from './place-near';

const CARD_WIDTH = 300;
const CARD_HEIGHT = 190;

/**
 * The card over a highlighted figure: what the report counts, the value with its unit, the
 * canonical indicator it maps to (or that it maps to none), the scope (全市 vs 市政府), whether the
 * report gives it as an approximation, and Clip.
 */
export function FigureCard({ card, mention, language, actions }: { card: CardState; mention: Mention; language: 'zh' | 'en'; actions: PageActions }) {
  const guard = useGuarded();
  const facts = figureFacts(mention, language);
  const { left, top } = placeNear(card.rect, CARD_WIDTH, CARD_HEIGHT);
  return (
    <div
      class="card"
      role="dialog"
      data-testid="figure-card"
      data-pinned={card.pinned ? 'true' : undefined}
      style={{ left: `${left}px`, top: `${top}px`, width: `${CARD_WIDTH}px` }}
      onPointerEnter={() => actions.holdCard(true)}
      onPointerLeave={() => actions.holdCard(false)}
    >
      <div class="card-head">
        <span class="card-label clamp-3" data-testid="card-label">
          {facts.label}
        </span>
        <button type="button" class="icon" onClick={guard(actions.closeCard)} title={t('pageClose')} aria-label={t('pageClose')}>
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
      <button type="button" class="primary" data-testid="card-clip" onClick={guard(() => actions.clipFigure(card.mention))}>
        {t('pageActionClip')}
      </button>
    </div>
  );
}

import { useState } from 'preact/hooks';
import type { Mention } from '../../lib/mentions/types';
import { userIndicatorName } from '../../lib/teach/indicator-names';
import { INDICATORS, INDICATOR_KEYS } from '../../lib/taxonomy/indicators';
import { formatFigure, t } from '../i18n';
import { useGuarded } from './event-guard';
import type { PageActions, TeachFormState, TeachTarget, UserIndicatorChoice } from './page-model';

interface IndicatorOption {
  key: string;
  name: string;
  /** The other language's name: found by the search too. */
  otherName: string;
  mine: boolean;
}

function indicatorOptions(userIndicators: UserIndicatorChoice[], language: 'zh' | 'en'): IndicatorOption[] {
  const other = language === 'zh' ? 'en' : 'zh';
  return [
    ...userIndicators.map((u) => ({ key: u.id, name: userIndicatorName(u, language), otherName: userIndicatorName(u, other), mine: true })),
    ...INDICATOR_KEYS.map((key) => ({ key, name: INDICATORS[key][language], otherName: INDICATORS[key][other], mine: false })),
  ];
}

const matchesQuery = (option: IndicatorOption, query: string) =>
  !query || `${option.name}\n${option.otherName}`.toLowerCase().includes(query.trim().toLowerCase());

/**
 * "这是指标…": which figure (a selection may hold several), then which indicator it is — one of
 * the taxonomy's or the reader's own, found by typing part of its name — or a new one the reader
 * names in Chinese and/or English. Shows the background's answer: how many saved reports the
 * indicator now fills, or why nothing was saved.
 */
export function TeachForm({
  form,
  mentions,
  language,
  actions,
}: {
  form: TeachFormState;
  mentions: Mention[];
  language: 'zh' | 'en';
  actions: PageActions;
}) {
  const guard = useGuarded();
  const [figure, setFigure] = useState(form.figures[0]!);
  const [query, setQuery] = useState('');
  const ownKey = mentions[figure]?.key ?? null;
  const [target, setTarget] = useState<string>(ownKey ?? 'new');
  const [nameZh, setNameZh] = useState('');
  const [nameEn, setNameEn] = useState('');
  const options = indicatorOptions(form.userIndicators, language).filter((option) => matchesQuery(option, query) || option.key === target);
  // Keys typed in our UI stop at the shadow root (mount-page-ui.tsx): the form closes itself on Escape.
  const closeOnEscape = (event: KeyboardEvent) => event.key === 'Escape' && guard(actions.closeTeach)(event);
  const { result } = form;
  if (result) {
    return (
      <div class="teach-form" role="dialog" aria-labelledby="teach-heading" data-testid="teach-result" onKeyDown={closeOnEscape}>
        <h3 id="teach-heading">{result.name}</h3>
        <p role="status" data-testid="teach-filled">
          {t('teachFilled', String(result.filled))}
        </p>
        <p class="hint">{result.confirmed ? t('teachConfirmedHere') : t('teachNotSavedYet')}</p>
        <div class="buttons">
          <button type="button" onClick={guard(actions.closeTeach)}>
            {t('teachCandidatesClose')}
          </button>
          <button type="button" class="primary" data-testid="teach-find" onClick={guard(() => actions.findFigure(result.figure, result.indicatorKey))}>
            {t('teachFindInOthers')}
          </button>
        </div>
      </div>
    );
  }
  const submit = (event: Event) => {
    event.preventDefault();
    const chosen: TeachTarget = target === 'new' ? { kind: 'new', nameZh, nameEn } : { kind: 'existing', key: target };
    guard(() => actions.submitTeach(figure, chosen))(event);
  };
  return (
    <form class="teach-form" data-testid="teach-form" aria-labelledby="teach-heading" onSubmit={submit} onKeyDown={closeOnEscape}>
      <h3 id="teach-heading">{t('teachFormHeading')}</h3>
      {form.figures.length > 1 ? (
        <fieldset>
          <legend>{t('teachPickFigure')}</legend>
          {form.figures.map((index) => (
            <label key={index} class="choice">
              <input type="radio" name="teach-figure" data-testid="teach-figure" checked={figure === index} onChange={() => setFigure(index)} />
              <span class="figure-value">{formatFigure(mentions[index]!.value, mentions[index]!.unit, mentions[index]!.approximate)}</span>
              <span class="clamp-2">{mentions[index]!.label}</span>
            </label>
          ))}
        </fieldset>
      ) : (
        <p class="teach-figure-shown" data-testid="teach-figure-shown">
          <span class="figure-value">{formatFigure(mentions[figure]!.value, mentions[figure]!.unit, mentions[figure]!.approximate)}</span>{' '}
          <q class="clamp-2">{mentions[figure]!.text}</q>
        </p>
      )}
      <label>
        {t('teachSearchLabel')}
        <input type="search" data-testid="teach-search" value={query} maxLength={60} onInput={(e) => setQuery(e.currentTarget.value)} autoFocus />
      </label>
      <div class="teach-options" role="radiogroup" aria-label={t('teachSearchLabel')}>
        {options.map((option) => (
          <label key={option.key} class="choice">
            <input
              type="radio"
              name="teach-target"
              data-testid="teach-option"
              value={option.key}
              checked={target === option.key}
              onChange={() => setTarget(option.key)}
            />
            {option.name}
            {option.mine && <span class="count">{t('teachMine')}</span>}
          </label>
        ))}
        {options.length === 0 && <p class="hint">{t('teachNoIndicatorMatch')}</p>}
        <label class="choice">
          <input type="radio" name="teach-target" data-testid="teach-option-new" checked={target === 'new'} onChange={() => setTarget('new')} />
          {t('teachNewIndicator')}
        </label>
      </div>
      {target === 'new' && (
        <>
          <label>
            {t('teachNameZh')}
            <input data-testid="teach-name-zh" value={nameZh} maxLength={60} onInput={(e) => setNameZh(e.currentTarget.value)} />
          </label>
          <label>
            {t('teachNameEn')}
            <input data-testid="teach-name-en" value={nameEn} maxLength={60} onInput={(e) => setNameEn(e.currentTarget.value)} />
          </label>
        </>
      )}
      {form.error && (
        <p class="error" role="alert" data-testid="teach-error">
          {form.error}
        </p>
      )}
      <div class="buttons">
        <button type="button" onClick={guard(actions.closeTeach)}>
          {t('teachCancel')}
        </button>
        <button type="submit" class="primary" data-testid="teach-submit" disabled={form.busy}>
          {t('teachSubmit')}
        </button>
      </div>
    </form>
  );
}

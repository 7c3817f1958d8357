import { useState } from 'preact/hooks';
import type { UserIndicator } from '../lib/teach/user-indicator';
import { userIndicatorName } from '../lib/teach/indicator-names';
import { t, uiLanguage } from './i18n';

export interface UserIndicatorsProps {
  indicators: UserIndicator[];
  busy: boolean;
  onRename(id: string, nameZh: string, nameEn: string): void;
  onMerge(into: string, from: string): void;
  onDelete(id: string): void;
}

/** The reader's own indicators: each with what it was taught from, rename, merge into another, delete. */
export function UserIndicators({ indicators, busy, onRename, onMerge, onDelete }: UserIndicatorsProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const language = uiLanguage();
  return (
    <section class="card" data-testid="user-indicators">
      <h2>{t('userIndicatorsHeading')}</h2>
      {indicators.length === 0 && <p class="hint">{t('userIndicatorsEmpty')}</p>}
      <ul class="user-indicators">
        {indicators.map((indicator) => (
          <li key={indicator.id} data-testid="user-indicator" data-id={indicator.id}>
            {editing === indicator.id ? (
              <RenameForm
                indicator={indicator}
                busy={busy}
                onDone={(names) => {
                  setEditing(null);
                  if (names) onRename(indicator.id, names.nameZh, names.nameEn);
                }}
              />
            ) : (
              <>
                <strong data-testid="user-indicator-name">{userIndicatorName(indicator, language)}</strong> <small>{indicator.unit}</small>
                <br />
                <small>{t('userIndicatorPhrases', indicator.phrases.join('；'))}</small>
                <div class="actions">
                  <button type="button" class="link" disabled={busy} data-testid="user-indicator-rename" onClick={() => setEditing(indicator.id)}>
                    {t('userIndicatorRename')}
                  </button>
                  {indicators.length > 1 && (
                    <select
                      aria-label={t('userIndicatorMergeInto')}
                      data-testid="user-indicator-merge"
                      disabled={busy}
                      value=""
                      onChange={(event) => {
                        const into = (event.target as HTMLSelectElement).value;
                        if (into) onMerge(into, indicator.id);
                      }}
                    >
                      <option value="">{t('userIndicatorMergeInto')}</option>
                      {indicators
                        .filter((other) => other.id !== indicator.id)
                        .map((other) => (
                          <option key={other.id} value={other.id}>
                            {userIndicatorName(other, language)}
                          </option>
                        ))}
                    </select>
                  )}
                  <button type="button" class="link" disabled={busy} data-testid="user-indicator-delete" onClick={() => onDelete(indicator.id)}>
                    {t('userIndicatorDelete')}
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function RenameForm({
  indicator,
  busy,
  onDone,
}: {
  indicator: UserIndicator;
  busy: boolean;
  onDone(names: { nameZh: string; nameEn: string } | null): void;
}) {
  const [nameZh, setNameZh] = useState(indicator.nameZh ?? '');
  const [nameEn, setNameEn] = useState(indicator.nameEn ?? '');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onDone({ nameZh, nameEn });
      }}
    >
      <input aria-label={t('teachNameZh')} placeholder={t('teachNameZh')} value={nameZh} onInput={(e) => setNameZh((e.target as HTMLInputElement).value)} />
      <input aria-label={t('teachNameEn')} placeholder={t('teachNameEn')} value={nameEn} onInput={(e) => setNameEn((e.target as HTMLInputElement).value)} />
      <button type="submit" disabled={busy}>
        {t('teachSubmit')}
      </button>
      <button type="button" class="link" onClick={() => onDone(null)}>
        {t('teachCancel')}
      </button>
    </form>
  );
}

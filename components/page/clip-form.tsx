import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { useGuarded } from './event-guard';
import type { ClipFormState, PageActions } from './page-model';

/** The reader's own label and note for a clip, over the quote being kept. */
export function ClipForm({ form, actions }: { form: ClipFormState; actions: PageActions }) {
  const [label, setLabel] = useState(form.label);
  const [note, setNote] = useState('');
  const guard = useGuarded();
  return (
    <form
      class="clip-form"
      data-testid="clip-form"
      onSubmit={(event) => {
        event.preventDefault();
        guard(() => actions.saveClip(label, note))(event);
      }}
    >
      <q class="clip-quote clamp-4">{form.quote}</q>
      <label>
        {t('pageClipLabel')}
        <input data-testid="clip-label" value={label} maxLength={500} onInput={(e) => setLabel(e.currentTarget.value)} autoFocus />
      </label>
      <label>
        {t('pageClipNote')}
        <textarea data-testid="clip-note" value={note} maxLength={5000} rows={3} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <div class="buttons">
        <button type="button" onClick={guard(actions.cancelClip)}>
          {t('pageClipCancel')}
        </button>
        <button type="submit" class="primary" data-testid="clip-save">
          {t('pageClipSave')}
        </button>
      </div>
    </form>
  );
}

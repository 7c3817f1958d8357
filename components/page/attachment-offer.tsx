import { t } from '../i18n';
import { useGuarded } from './event-guard';

/** What the attachment offer shows (entrypoints/page-annotator/attachment-offer.ts keeps it). */
export interface AttachmentOfferModel {
  language: 'zh' | 'en';
  /** The report the attached file holds, as the page or the link names it. */
  title: string;
  /** Why opening failed, in the reader's language; null when nothing went wrong. */
  notice: string | null;
}

export interface AttachmentOfferActions {
  open(): void;
}

/**
 * On an article page that is mainly a link to the report file (附件：…报告.pdf): a pill that opens
 * the file in the reader, where it is marked, clipped and saved like a report page.
 */
export function AttachmentOffer({ model, actions }: { model: AttachmentOfferModel; actions: AttachmentOfferActions }) {
  const guard = useGuarded();
  return (
    <div class="root" lang={model.language === 'zh' ? 'zh-CN' : 'en'}>
      <div class="launcher" data-testid="attachment-offer">
        <button type="button" class="launcher-open" data-testid="open-attachment" title={t('attachmentOffer', model.title)} onClick={guard(actions.open)}>
          {t('actionOpenInReader')}
        </button>
        {model.notice && (
          <span class="notice" role="alert">
            {model.notice}
          </span>
        )}
      </div>
    </div>
  );
}

import { errorText } from '../../components/error-text';
import { uiLanguage } from '../../components/i18n';
import type { AttachmentOfferModel } from '../../components/page/attachment-offer';
import { mountAttachmentUi, type ShadowUi } from '../../components/page/mount-page-ui';
import { requestBackground } from '../../lib/messages/client';
import type { BackgroundMessage } from '../../lib/messages/protocol';
import { pageLinks } from '../../lib/page-text/page-links';
import type { PageText } from '../../lib/page-text/types';
import { reportAttachmentOfPage, type ReportAttachment } from '../../lib/page-ui/report-attachments';

export interface AttachmentUi {
  /** Offers the report file `page` is mainly a link to; the file, or null (nothing shown). */
  show(url: string, page: PageText): ReportAttachment | null;
  hide(): void;
  owns(node: Node | null): boolean;
}

/**
 * The attachment half of the annotator: on an article page that is no report but mainly a link
 * to the report's PDF or Word file, 在报告透镜中打开. A content script cannot open an extension
 * page, so the background opens the reader on the file (page/openReader).
 */
export function createAttachmentUi(doc: Document, send: (message: BackgroundMessage) => Promise<unknown>): AttachmentUi {
  let ui: ShadowUi<AttachmentOfferModel> | null = null;
  let shown: { attachment: ReportAttachment; model: AttachmentOfferModel } | null = null;

  const hide = () => {
    ui?.unmount();
    ui = null;
    shown = null;
  };

  const actions = {
    async open() {
      if (!shown) return;
      const current = shown;
      try {
        await requestBackground(send, { type: 'page/openReader', url: current.attachment.url });
      } catch (error) {
        if (shown !== current) return;
        shown = { ...current, model: { ...current.model, notice: errorText(error) } };
        ui?.render(shown.model);
      }
    },
  };

  return {
    show(url, page) {
      const attachment = reportAttachmentOfPage(page, pageLinks(doc, url));
      if (!attachment) {
        hide();
        return null;
      }
      if (shown?.attachment.url !== attachment.url) {
        shown = { attachment, model: { language: uiLanguage(), title: attachment.title, notice: null } };
        ui ??= mountAttachmentUi(doc, actions);
        ui.render(shown.model);
      }
      return attachment;
    },
    hide,
    owns: (node) => !!ui?.owns(node),
  };
}

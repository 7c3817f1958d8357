import type { AnnotatorContext } from './annotated-text';
import { errorText } from '../../components/error-text';
import { t, uiLanguage } from '../../components/i18n';
import { mountListUi, type ShadowUi } from '../../components/page/mount-page-ui';
import type { ListPanelModel } from '../../components/page/list-panel';
import { listPageOf, type ListPage } from '../../lib/collect/list-links';
import { requestBackground } from '../../lib/messages/client';
import type { ListedLink } from '../../lib/messages/page-report';
import type { BackgroundMessage } from '../../lib/messages/protocol';

/** While the checklist is open, how often the saved/queued marks are read again (a run shows its progress). */
const STATES_REFRESH_MS = 2000;

export interface ListPageUi {
  /** Shows the checklist when `url`'s document is a list of reports; the list, or null (nothing shown). */
  show(url: string): ListPage | null;
  hide(): void;
  owns(node: Node | null): boolean;
}

/**
 * The list-page half of the annotator: on a page that is no report but lists reports (a 栏目
 * page), the "N 份年度报告" pill and its checklist; 采集所选 hands the ticked links to the
 * background's queue as this page's (the background takes the page's address from the browser).
 */
export function createListPageUi(ctx: AnnotatorContext, doc: Document, send: (message: BackgroundMessage) => Promise<unknown>): ListPageUi {
  let ui: ShadowUi<ListPanelModel> | null = null;
  let model: ListPanelModel | null = null;
  let refresh: number | undefined;

  const update = (patch: Partial<ListPanelModel>) => {
    if (!model) return;
    model = { ...model, ...patch };
    ui?.render(model);
  };

  const readStates = async () => {
    const links = model?.links;
    if (!links) return;
    try {
      const { links: states } = await requestBackground(send, { type: 'page/collectLinks', urls: links.map((link) => link.url) });
      if (model?.links === links) update({ states });
    } catch (error) {
      update({ notice: errorText(error) });
    }
  };

  const stopRefreshing = () => {
    if (refresh !== undefined) clearInterval(refresh);
    refresh = undefined;
  };

  const actions = {
    toggle() {
      update({ open: !model?.open });
      stopRefreshing();
      if (model?.open) {
        void readStates();
        refresh = ctx.setInterval(() => void readStates(), STATES_REFRESH_MS);
      }
    },
    async collect(links: ListedLink[]) {
      update({ busy: true, notice: null });
      try {
        const { added, skipped } = await requestBackground(send, { type: 'page/collectStart', links: links.map(({ url, title }) => ({ url, title })) });
        update({ notice: t('collectStarted', [String(added), String(skipped)]) });
        await readStates();
      } catch (error) {
        update({ notice: errorText(error) });
      } finally {
        update({ busy: false });
      }
    },
  };

  const hide = () => {
    stopRefreshing();
    ui?.unmount();
    ui = null;
    model = null;
  };

  return {
    show(url) {
      const list = listPageOf(doc, url);
      if (!list) {
        hide();
        return null;
      }
      const same = model && model.links.length === list.links.length && model.links.every((link, i) => link.url === list.links[i]!.url);
      if (!same) {
        model = { language: uiLanguage(), open: model?.open ?? false, links: list.links, truncated: list.truncated, states: null, busy: false, notice: null };
        ui ??= mountListUi(doc, actions);
        ui.render(model);
        void readStates();
      }
      return list;
    },
    hide,
    owns: (node) => !!ui?.owns(node),
  };
}

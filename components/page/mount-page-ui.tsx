import { render, type ComponentChild } from 'preact';
import { AttachmentOffer, type AttachmentOfferActions, type AttachmentOfferModel } from './attachment-offer';
import { acceptTrusted, EventGuardContext, type EventGuard } from './event-guard';
import { ListPanel, type ListPanelActions, type ListPanelModel } from './list-panel';
import { PageApp } from './page-app';
import type { PageActions, PageModel } from './page-model';
import { LIST_UI_CSS, PAGE_UI_CSS } from './page-styles';

/** The host element's tag: `report-lens-*` elements are skipped by the page-text walk. */
export const PAGE_UI_TAG = 'report-lens-ui';

/** Events that must not reach the page while the reader types in our form (site shortcuts, search-as-you-type). */
const CONTAINED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'paste', 'copy', 'cut'] as const;

export interface ShadowUi<Model> {
  host: HTMLElement;
  /** The closed shadow root: only the code that mounted the UI holds it. */
  root: ShadowRoot;
  render(model: Model): void;
  /** True when the node is the UI's host or inside it. */
  owns(node: Node | null): boolean;
  unmount(): void;
}

export type PageUi = ShadowUi<PageModel>;

/**
 * Mounts the Preact UI in a shadow root on a host element appended to <html>, after <body>: out
 * of the article (the page's own nodes are untouched and its element count is unchanged) and
 * skipped by the page-text walk. The shadow root isolates styles both ways (see page-styles.ts)
 * and is closed: the page's scripts cannot read the reader's clips and notes in the panel or
 * reach its buttons, and the buttons act on trusted events only (`accept`, see event-guard.ts).
 * Keyboard and clipboard events from our inputs are stopped at the shadow root so the page's
 * listeners never see the reader typing a note.
 */
function mountShadowUi<Model>(doc: Document, css: string, view: (model: Model) => ComponentChild, accept: EventGuard): ShadowUi<Model> {
  const host = doc.createElement(PAGE_UI_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  for (const type of CONTAINED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
  doc.documentElement.append(host);
  return {
    host,
    root: shadow,
    render: (model) => render(<EventGuardContext.Provider value={accept}>{view(model)}</EventGuardContext.Provider>, container),
    owns: (node) => !!node && (node === host || host.contains(node) || node.getRootNode() === shadow),
    unmount() {
      render(null, container);
      host.remove();
    },
  };
}

/** The report page's UI: launcher, outline panel, figure card, clipping. */
export function mountPageUi(doc: Document, actions: PageActions, accept: EventGuard = acceptTrusted): PageUi {
  return mountShadowUi<PageModel>(doc, PAGE_UI_CSS, (model) => <PageApp model={model} actions={actions} />, accept);
}

/** A list page's UI: "N 份年度报告" and the checklist to collect them. */
export function mountListUi(doc: Document, actions: ListPanelActions, accept: EventGuard = acceptTrusted): ShadowUi<ListPanelModel> {
  return mountShadowUi<ListPanelModel>(doc, PAGE_UI_CSS + LIST_UI_CSS, (model) => <ListPanel model={model} actions={actions} />, accept);
}

/** An article page that is mainly a link to the report file: 在报告透镜中打开. */
export function mountAttachmentUi(doc: Document, actions: AttachmentOfferActions, accept: EventGuard = acceptTrusted): ShadowUi<AttachmentOfferModel> {
  return mountShadowUi<AttachmentOfferModel>(doc, PAGE_UI_CSS, (model) => <AttachmentOffer model={model} actions={actions} />, accept);
}

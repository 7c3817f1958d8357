import { browser } from 'wxt/browser';
import { t, uiLanguage } from '../../components/i18n';
import { mountPageUi, type PageUi } from '../../components/page/mount-page-ui';
import { errorText, teachErrorText } from '../../components/error-text';
import { initialPageView, type ClipRow, type FinderState, type PageActions, type PageView, type TeachTarget } from '../../components/page/page-model';
import type { SavedClip } from '../../lib/db/saved-clip';
import { extractReport, type ReportExtraction } from '../../lib/extract/extract-report';
import { createPainter, type Painter } from '../../lib/highlight/paint';
import {
  HIGHLIGHT_CATEGORIES,
  highlightSpans,
  isFigureCategory,
  isHeadingCategory,
  pushSpan,
  type HighlightCategory,
  type HighlightSpan,
} from '../../lib/highlight/spans';
import { ProtocolError, requestBackground } from '../../lib/messages/client';
import type { PageReport } from '../../lib/messages/page-report';
import type { BackgroundMessage } from '../../lib/messages/protocol';
import { failedPageReport, toPageReport } from '../../lib/messages/to-page-report';
import type { DomPageText, DomSpan, PageText } from '../../lib/page-text/types';
import { keptPageText } from '../../lib/page-text/kept-page-text';
import { anchorClips, MAX_CLIP_CHARS, newClip } from '../../lib/page-ui/clips';
import { buildOutlineTree, type OutlineTree } from '../../lib/page-ui/outline-tree';
import { watchPageChanges, type PageChangeWatcher } from '../../lib/page-ui/page-changes';
import type { PageCommand } from '../../lib/page-ui/tab-command';
import { figuresInSpan, teachExampleOf } from '../../lib/page-ui/teach-figures';
import { textSpanOfRange, type TextSpan } from '../../lib/page-ui/text-span-of-range';
import { userIndicatorName } from '../../lib/teach/indicator-names';
import type { Candidate } from '../../lib/teach/teach-store';
import { INDICATORS, type IndicatorKey } from '../../lib/taxonomy/indicators';
import { livePageText, type AnnotatedText, type AnnotatorContext } from './annotated-text';
import type { Annotator } from './api';
import { watchFigureHover, type FigureHit } from './figure-hover';
import { createAttachmentUi } from './attachment-offer';
import { createListPageUi } from './list-page';

/** Quiet time after the page's last edit before it is read again, and the longest wait while it keeps editing. */
const REREAD_DELAY_MS = 400;
const REREAD_MAX_WAIT_MS = 3000;
/** How long a hover card stays after the pointer left its figure (time to reach Clip). */
const CARD_LINGER_MS = 450;
const SELECTION_DELAY_MS = 200;
const NOTICE_MS = 2500;
/**
 * Highlights painted at most. A report has a few hundred headings and figures; a page with tens of
 * thousands (reports compiled into one 5 MB page) would cost the browser most of a second in the
 * frame that first draws them (about 35 ms per thousand ranges in Chromium), so the rest are left
 * unpainted and the panel says how many. Clips are always painted.
 */
const MAX_PAINTED = 3000;
const SCROLL_MARGIN = 96;
/** User Timing entry of each completed read of a report page. */
export const READ_MEASURE = 'report-lens:read';

/** One reading of the page: its text model and what the engine found in it. */
interface Reading {
  url: string;
  dom: DomPageText;
  extraction: ReportExtraction;
  /** The outline panel's section tree, built once per extraction. */
  tree: OutlineTree;
}

/**
 * The annotator on one page: reads it with the engine, paints headings, figures and clips,
 * shows the in-page UI on a report, keeps clips anchored, and follows the page as it changes
 * (debounced MutationObserver) or navigates (SPA history changes). Everything it adds is torn
 * down when `ctx` is invalidated (extension updated or reloaded, script injected again).
 * `source` is the page itself by default; the reader page passes the file it shows instead and
 * calls `reread()` when another one is open.
 */
export function startAnnotator(ctx: AnnotatorContext, source: AnnotatedText = livePageText(document)): Annotator {
  const doc = document;
  const win = window;
  const send = (message: BackgroundMessage) => browser.runtime.sendMessage(message);
  let reading: Reading | null = null;
  /** What the page was found to be at the last reading, as the background is told. */
  let report: PageReport | null = null;
  /** The read under way (see `read`), its number, and how long the last one kept the main thread. */
  let inFlight: Promise<void> = Promise.resolve();
  let readGeneration = 0;
  let lastReadMs = 0;
  let painter: Painter | null = null;
  let ui: PageUi | null = null;
  let painted: { spans: HighlightSpan[]; located: (DomSpan | null)[] } = { spans: [], located: [] };
  let savedClips: SavedClip[] = [];
  let clipsOf: string | null = null;
  let cardHeld = false;
  let selectionTimer: number | undefined;
  let cardTimer: number | undefined;
  let noticeTimer: number | undefined;
  const view: PageView = initialPageView();

  /** What a saved form will clip: kept from when the form opened (the selection may be gone by Save). */
  let pendingClip: { span: TextSpan; mention: number | null } | null = null;

  /** On a list page that is no report: the checklist of the reports it links to. */
  const listUi = source.isLivePage ? createListPageUi(ctx, doc, send) : null;
  /** On an article page that is mainly a link to the report file: 在报告透镜中打开. */
  const attachmentUi = source.isLivePage ? createAttachmentUi(doc, send) : null;

  // ctx.isValid also notices an extension that was updated or removed under us, and tears down then.
  // The reader's text changes only when it opens another file, and it says so (reread).
  const watcher: PageChangeWatcher = !source.isLivePage ? { pause: (write) => write(), stop: () => undefined } : watchPageChanges(doc, {
    owns: (node) => !!ui?.owns(node) || !!listUi?.owns(node) || !!attachmentUi?.owns(node),
    onChange: () => void (ctx.isValid && read()),
    // A page that takes long to read is read less often while it keeps changing.
    get delayMs() {
      return Math.max(REREAD_DELAY_MS, 2 * lastReadMs);
    },
    get maxWaitMs() {
      return Math.max(REREAD_MAX_WAIT_MS, 20 * lastReadMs);
    },
  });

  const hover = watchFigureHover(ctx, doc, {
    targets: () =>
      painted.spans.flatMap((span, i) => {
        const at = painted.located[i];
        return isFigureCategory(span.category) && at ? [{ id: span.source, span: at }] : [];
      }),
    isOwn: (target) => !!ui?.owns(target as Node | null),
    enabled: () => view.highlightsVisible && !!ui,
    onHover: showHoverCard,
    onClick(hit) {
      if (hit) update({ card: { mention: hit.id, rect: hit.rect, pinned: true } });
      else if (view.card) update({ card: null });
    },
  });

  // ---- reading and painting ----

  /**
   * Reads the page (again) and brings paint, UI and clips in line with what it now says. The work
   * is cut into stages (read the text, run the engine, paint, show the UI) with a yield to the page
   * between them, so the reader's clicks on a very long page wait for one stage, not for all of
   * them. A newer read supersedes an older one still under way.
   */
  function read(): Promise<void> {
    const run = readInStages(++readGeneration);
    inFlight = run;
    return run;
  }

  async function readInStages(generation: number): Promise<void> {
    const superseded = () => generation !== readGeneration || !ctx.isValid;
    const url = source.url();
    const previous = reading;
    const previousReport = report;
    const startedAt = performance.now();
    let busyMs = 0;
    const timed = <T,>(stage: () => T): T => {
      const t0 = performance.now();
      try {
        return stage();
      } finally {
        busyMs += performance.now() - t0;
      }
    };
    let next: Reading;
    try {
      // The wrapping fallback's marks are skipped by the walk: take them off before reading.
      if (painter?.mode === 'wrap') watcher.pause(() => painter!.clear());
      const dom = timed(() => source.read());
      if (!dom) {
        teardown();
        reading = report = null;
        return;
      }
      if (previous?.url === url && previous.dom.page.text === dom.page.text) next = { ...previous, dom };
      else {
        await yieldToPage();
        if (superseded()) return;
        const extraction = await extractInBackground(dom.page).catch(() => timed(() => extractReport(dom.page)));
        next = { url, dom, extraction, tree: buildOutlineTree(extraction.outline.sections, extraction.mentions) };
      }
    } catch (error) {
      // The engine is meant never to throw; if it does, the page is left as it was and the popup says why.
      teardown();
      reading = null;
      announce((report = failedPageReport(url, error)));
      return;
    }
    await yieldToPage();
    if (superseded()) return;
    reading = next;
    const { extraction } = next;
    // A page that is mainly a link to the report's file (its title may well read as a report's):
    // the report is in the file, so the offer to open it replaces the page's marks.
    const attachment = attachmentUi && watcher.pause(() => attachmentUi.show(url, next.dom.page));
    if (attachment) {
      teardown();
      watcher.pause(() => listUi?.hide());
      report = { ...toPageReport(url, extraction), attachment };
      if (previousReport?.url !== url || previousReport.attachment?.url !== attachment.url) announce(report);
      return;
    }
    if (!extraction.detection.isReport) {
      teardown();
      const listPage = listUi && watcher.pause(() => listUi.show(url));
      report = { ...toPageReport(url, extraction), ...(listPage ? { listPage } : {}) };
      if (previousReport?.isReport !== false || previousReport.url !== url) announce(report);
      return;
    }
    if (previous?.url !== url) {
      Object.assign(view, { card: null, form: null, teach: null, finder: null, selection: null, panelOpen: false });
      savedClips = [];
    }
    watcher.pause(() => listUi?.hide());
    painter ??= createPainter(doc);
    report = toPageReport(url, extraction, figureAndHeadingCounts(timed(paint)));
    if (previousReport?.url !== url || previousReport.textHash !== report.textHash || !previousReport.isReport) announce(report);
    if (clipsOf !== url) void loadClips(url);
    await yieldToPage();
    if (superseded()) return;
    const paintedBusyMs = busyMs;
    timed(() => {
      ui ??= watcher.pause(() => mountPageUi(doc, actions));
      render();
    });
    lastReadMs = busyMs;
    // For the DevTools performance panel and `npm run bench`: wall time from read to UI, and this
    // tab's own busy time up to the painted highlights and with the UI.
    performance.measure(READ_MEASURE, { start: startedAt, detail: { paintedBusyMs, busyMs } });
  }

  /**
   * Paints the engine's headings and figures plus the anchored clips (re-anchored first). Headings
   * come first, so a page over MAX_PAINTED loses figures at its end, never its outline.
   */
  function paint(): Record<HighlightCategory, number> | null {
    if (!reading || !painter) return null;
    const { dom, extraction } = reading;
    const all = highlightSpans(extraction);
    const spans = all.slice(0, MAX_PAINTED);
    view.unpainted = all.length - spans.length;
    view.clips = anchorClips(dom.page.text, savedClips);
    view.clips.forEach((row, i) => row.match && pushSpan(spans, 'clipped', row.match, i));
    const fitted = source.fitSpans?.(spans) ?? spans;
    const result = watcher.pause(() => painter!.paint(fitted, dom.locate));
    painted = { spans: fitted, located: result.located };
    hover.invalidate();
    return source.fitSpans ? paintedCounts(fitted, result.located) : result.counts;
  }

  /**
   * The engine runs in the background, whose compiled code stays warm from one page to the next; run
   * here, each fresh tab compiles it anew, which is most of a first read's cost (issue 10.5). The
   * caller falls back to the local engine when the background cannot answer (restarting, or the
   * page is beyond the message limits), so a page is never left unread.
   */
  function extractInBackground(page: PageText): Promise<ReportExtraction> {
    return requestBackground(send, { type: 'page/extract', page });
  }

  function teardown(): void {
    if (painter) watcher.pause(() => painter!.dispose());
    painter = null;
    if (ui) watcher.pause(() => ui!.unmount());
    ui = null;
    painted = { spans: [], located: [] };
    clipsOf = null;
  }

  function announce(pageReport: PageReport): void {
    // The background may be restarting; the popup asks again anyway, so a lost notice is harmless.
    void send({ type: 'page/extracted', report: pageReport }).catch(() => undefined);
  }

  async function loadClips(url: string): Promise<void> {
    clipsOf = url;
    try {
      const { clips } = await requestBackground(send, { type: 'page/listClips', url });
      if (!ctx.isValid || reading?.url !== url) return;
      savedClips = clips;
      paint();
      render();
    } catch {
      clipsOf = null; // try again on the next read
    }
  }

  // ---- the UI ----

  function render(): void {
    if (!ui || !reading) return;
    const { extraction, tree } = reading;
    ui.render({
      language: uiLanguage(),
      meta: extraction.meta,
      sections: extraction.outline.sections,
      mentions: extraction.mentions,
      tree,
      ...view,
    });
  }

  function update(patch: Partial<typeof view>): void {
    Object.assign(view, patch);
    render();
  }

  function notify(message: string): void {
    win.clearTimeout(noticeTimer);
    update({ notice: message });
    noticeTimer = win.setTimeout(() => update({ notice: null }), NOTICE_MS);
  }

  function showHoverCard(hit: FigureHit | null): void {
    if (view.card?.pinned) return;
    win.clearTimeout(cardTimer);
    if (hit) update({ card: { mention: hit.id, rect: hit.rect, pinned: false } });
    else if (view.card) cardTimer = win.setTimeout(() => !cardHeld && !view.card?.pinned && update({ card: null }), CARD_LINGER_MS);
  }

  /** Scrolls the page text of a painted span (by its index in `painted`) into view. */
  function jumpToPainted(index: number): void {
    const at = painted.located[index];
    if (index < 0 || !at) return;
    const range = doc.createRange();
    range.setStart(at.startContainer, at.startOffset);
    range.setEnd(at.endContainer, at.endOffset);
    // The element first (it may sit in an inner scroll container), then the window to the text itself.
    at.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
    const top = range.getBoundingClientRect().top;
    if (top < SCROLL_MARGIN || top > win.innerHeight - SCROLL_MARGIN) win.scrollBy({ top: top - SCROLL_MARGIN });
  }

  /** Index in `painted` of the span of a heading, a figure or a clip, by its index in its own list. */
  const paintedIndex = (kind: 'heading' | 'figure' | 'clipped', source: number) => {
    const isKind = kind === 'heading' ? isHeadingCategory : kind === 'figure' ? isFigureCategory : (c: HighlightCategory) => c === 'clipped';
    return painted.spans.findIndex((span) => span.source === source && isKind(span.category));
  };

  /** The reader's current selection as a page-text span, or null (nothing selected, or only our UI). */
  function selectedSpan(): TextSpan | null {
    const selection = doc.getSelection();
    if (!reading || !painter || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    if (ui?.owns(range.commonAncestorContainer)) return null;
    if (painter.mode === 'highlight-api') return textSpanOfRange(doc, range, reading.dom.page.text, reading.dom.locate);
    // The fallback's marks split the text nodes the page-text map points at: map the selection back
    // to the original nodes, take the marks off, measure, paint again.
    const start = painter.originalPoint(range.startContainer, range.startOffset);
    const end = painter.originalPoint(range.endContainer, range.endOffset);
    watcher.pause(() => painter!.clear());
    const span = textSpanOfRange(
      doc,
      { startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset },
      reading.dom.page.text,
      reading.dom.locate,
    );
    paint();
    return span;
  }

  function trackSelection(): void {
    win.clearTimeout(selectionTimer);
    selectionTimer = win.setTimeout(() => {
      const selection = doc.getSelection();
      if (!ui || !selection || selection.isCollapsed || selection.rangeCount === 0) {
        if (view.selection) update({ selection: null });
        return;
      }
      const range = selection.getRangeAt(0);
      if (ui.owns(range.commonAncestorContainer)) return;
      const rects = range.getClientRects();
      const last = rects[rects.length - 1];
      update({ selection: last ? { left: last.left, top: last.top, right: last.right, bottom: last.bottom } : null });
    }, SELECTION_DELAY_MS);
  }

  function openSelectionForm(): void {
    if (!reading || !ui) return;
    const span = selectedSpan();
    if (!span) return notify(t('pageClipNoSelection'));
    if (span.end - span.start > MAX_CLIP_CHARS) return notify(t('pageClipTooLong', String(MAX_CLIP_CHARS)));
    const quote = reading.dom.page.text.slice(span.start, span.end);
    pendingClip = { span, mention: null };
    update({ form: { quote, label: quote.replace(/\s+/g, ' ').slice(0, 40), mention: null }, selection: null });
  }

  async function saveClip(label: string, note: string): Promise<void> {
    if (!reading || !pendingClip) return;
    const { span, mention } = pendingClip;
    const figure = mention === null ? null : reading.extraction.mentions[mention];
    const clip = newClip(reading.dom.page.text, reading.url, span, { label, note, figure: figure ?? null }, source);
    pendingClip = null;
    update({ form: null });
    if (!clip) return notify(t('pageClipTooLong', String(MAX_CLIP_CHARS)));
    try {
      await requestBackground(send, { type: 'page/addClip', clip });
      notify(t('pageClipSaved'));
      await loadClips(reading.url);
    } catch (error) {
      notify(t('pageClipFailed', error instanceof ProtocolError ? error.code : String(error)));
    }
  }

  // ---- teaching ----

  function openTeachForm(figures: number[]): void {
    update({ teach: { figures, userIndicators: [], busy: false, result: null, error: null }, card: null, form: null, finder: null, selection: null });
    // The reader's own indicators join the list when the background answers; the taxonomy's are there at once.
    requestBackground(send, { type: 'page/listUserIndicators' }).then(
      ({ indicators }) => view.teach && update({ teach: { ...view.teach, userIndicators: indicators } }),
      () => undefined,
    );
  }

  function teachSelection(): void {
    if (!reading || !ui) return;
    const span = selectedSpan();
    if (!span) return notify(t('pageClipNoSelection'));
    const figures = figuresInSpan(reading.extraction.mentions, span);
    if (figures.length === 0) return notify(teachErrorText('no-number'));
    openTeachForm(figures);
  }

  /** The name a row of the comparison shows for an indicator the reader picked or named. */
  function indicatorLabel(target: TeachTarget): string {
    if (target.kind === 'new') return userIndicatorName({ nameZh: target.nameZh.trim() || undefined, nameEn: target.nameEn.trim() || undefined }, uiLanguage());
    const mine = view.teach?.userIndicators.find((u) => u.id === target.key);
    if (mine) return userIndicatorName(mine, uiLanguage());
    return INDICATORS[target.key as IndicatorKey]?.[uiLanguage()] ?? target.key;
  }

  async function submitTeach(figure: number, target: TeachTarget): Promise<void> {
    const summary = report?.mentions[figure];
    if (!reading || !report || !summary || !view.teach) return;
    update({ teach: { ...view.teach, busy: true, error: null } });
    try {
      const answer = await requestBackground(send, {
        type: 'page/teach',
        url: reading.url,
        textHash: report.textHash,
        example: teachExampleOf(summary),
        target: target.kind === 'new' ? { kind: 'new', nameZh: target.nameZh, nameEn: target.nameEn } : target,
      });
      if (!view.teach) return;
      update({ teach: { ...view.teach, busy: false, result: { figure, name: indicatorLabel(target), ...answer } } });
    } catch (error) {
      if (view.teach) update({ teach: { ...view.teach, busy: false, error: errorText(error) } });
    }
  }

  async function findFigure(figure: number, indicatorKey: string | null): Promise<void> {
    const mention = reading?.extraction.mentions[figure];
    if (!reading || !report || !mention) return;
    const finder: FinderState = {
      figure,
      indicatorKey: indicatorKey ?? mention.key,
      name: mention.label,
      candidates: null,
      reportLabels: {},
      busy: false,
      error: null,
    };
    update({ finder, card: null, teach: null, form: null });
    try {
      const { candidates, reports } = await requestBackground(send, {
        type: 'page/findCandidates',
        url: reading.url,
        textHash: report.textHash,
        figure: { label: mention.label.slice(0, 500), unit: mention.unit, scope: mention.scope?.slice(0, 50) ?? null },
      });
      const reportLabels = Object.fromEntries(reports.map((r) => [r.id, `${r.jurisdiction ?? t('unnamed')} ${r.year ?? ''}`.trim()]));
      if (view.finder?.figure === figure) update({ finder: { ...view.finder, candidates, reportLabels } });
    } catch (error) {
      if (view.finder?.figure === figure) update({ finder: { ...view.finder, candidates: [], error: errorText(error) } });
    }
  }

  async function confirmCandidate(candidate: Candidate): Promise<void> {
    const finder = view.finder;
    if (!finder?.indicatorKey) return;
    update({ finder: { ...finder, busy: true, error: null } });
    try {
      const { reportId, quote } = candidate;
      await requestBackground(send, { type: 'page/confirmCandidate', reportId, indicatorKey: finder.indicatorKey, start: quote.start, end: quote.end });
      update({ finder: null });
      notify(t('teachCandidateConfirmed'));
    } catch (error) {
      if (view.finder) update({ finder: { ...view.finder, busy: false, error: errorText(error) } });
    }
  }

  const actions: PageActions = {
    togglePanel: () => update({ panelOpen: !view.panelOpen }),
    toggleHighlights() {
      const visible = !view.highlightsVisible;
      painter?.setVisible(visible);
      update({ highlightsVisible: visible, card: visible ? view.card : null });
    },
    jumpToSection: (index) => jumpToPainted(paintedIndex('heading', index)),
    jumpToMention(index) {
      jumpToPainted(paintedIndex('figure', index));
      // Its card opens pinned: from the outline panel, the keyboard's way to a figure's card and Clip.
      const rect = hover.rectOf(index);
      if (rect) update({ card: { mention: index, rect, pinned: true } });
    },
    jumpToClip(id) {
      const row = view.clips.findIndex((r: ClipRow) => r.clip.id === id);
      jumpToPainted(paintedIndex('clipped', row));
    },
    clipFigure(index) {
      const mention = reading?.extraction.mentions[index];
      if (!mention) return;
      pendingClip = { span: { start: mention.start, end: mention.end }, mention: index };
      update({ form: { quote: mention.text, label: mention.label, mention: index }, card: null });
    },
    clipSelection: openSelectionForm,
    saveClip: (label, note) => void saveClip(label, note),
    cancelClip() {
      pendingClip = null;
      update({ form: null });
    },
    closeCard: () => update({ card: null }),
    teachFigure: (index) => openTeachForm([index]),
    teachSelection,
    submitTeach: (figure, target) => void submitTeach(figure, target),
    closeTeach: () => update({ teach: null }),
    findFigure: (figure, indicatorKey) => void findFigure(figure, indicatorKey),
    confirmCandidate: (candidate) => void confirmCandidate(candidate),
    closeFinder: () => update({ finder: null }),
    holdCard(hold) {
      cardHeld = hold;
      if (!hold) showHoverCard(null);
    },
  };

  // ---- following the page ----

  ctx.addEventListener(doc, 'selectionchange', trackSelection);
  ctx.addEventListener(doc, 'keydown', (event) => {
    if (event.key === 'Escape' && (view.card || view.form || view.teach || view.finder)) update({ card: null, form: null, teach: null, finder: null });
  });
  // A card follows its figure while the page scrolls (one move per frame).
  let scrollFrame = 0;
  ctx.addEventListener(
    win,
    'scroll',
    () => {
      if (!view.card || scrollFrame) return;
      scrollFrame = win.requestAnimationFrame(() => {
        scrollFrame = 0;
        if (!view.card || !ctx.isValid) return;
        const rect = hover.rectOf(view.card.mention);
        update({ card: rect ? { ...view.card, rect } : null });
      });
    },
    { passive: true },
  );
  // WXT signals from the Navigation API's navigate event, before location.href changes: read after it has.
  if (source.isLivePage) ctx.addEventListener(win, 'wxt:locationchange', () => win.setTimeout(() => void (ctx.isValid && read()), 0));
  ctx.onInvalidated(() => {
    watcher.stop();
    for (const timer of [selectionTimer, cardTimer, noticeTimer]) win.clearTimeout(timer);
    teardown();
    listUi?.hide();
    attachmentUi?.hide();
  });

  void read();

  return {
    async report() {
      // Answer for the latest reading: wait out reads that started while waiting.
      for (let awaited = inFlight; ; awaited = inFlight) {
        await awaited;
        if (awaited === inFlight) break;
      }
      if (!report) return failedPageReport(source.url(), new Error('the page could not be read'));
      // Saving keeps the text the engine read, so the report can be read again without the page.
      const pageText = report.isReport && reading ? keptPageText(reading.dom.page) : undefined;
      return pageText ? { ...report, pageText } : report;
    },
    reread: read,
    command(command: PageCommand) {
      if (!ui) return;
      if (command === 'toggle-highlights') actions.toggleHighlights();
      else if (command === 'open-outline') actions.togglePanel();
      else openSelectionForm();
    },
  };
}

/** Painted headings, figures and clips, each once however many pieces it was painted in. */
function paintedCounts(spans: readonly HighlightSpan[], located: readonly (DomSpan | null)[]): Record<HighlightCategory, number> {
  const seen = new Set<string>();
  const counts = Object.fromEntries(HIGHLIGHT_CATEGORIES.map((category) => [category, 0])) as Record<HighlightCategory, number>;
  spans.forEach((span, i) => {
    const id = `${span.category} ${span.source}`;
    if (!located[i] || seen.has(id)) return;
    seen.add(id);
    counts[span.category]++;
  });
  return counts;
}

/** Counts for the page report: headings and figures, not the reader's clips. */
function figureAndHeadingCounts(counts: Record<HighlightCategory, number> | null): Partial<Record<HighlightCategory, number>> {
  if (!counts) return {};
  const { clipped: _clipped, ...rest } = counts;
  return rest;
}

/**
 * Lets the page render a frame and handle input between two stages of work: resumes in a task
 * after the next animation frame. (A bare task or scheduler.yield() is not enough: Chromium holds
 * a click until a frame has been produced, and a continuation can run before that frame.)
 */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

import type { AnchorMatch } from '../../lib/anchoring/text-anchor';
import type { SavedClip } from '../../lib/db/saved-clip';
import type { ReportMeta } from '../../lib/metadata/types';
import type { Mention } from '../../lib/mentions/types';
import type { Section } from '../../lib/outline/types';
import type { OutlineTree } from '../../lib/page-ui/outline-tree';
import type { Candidate } from '../../lib/teach/teach-store';

/** A rectangle in viewport coordinates, where the fixed-position UI places itself. */
export interface ViewportRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The figure card: which mention, where its text is on screen, and whether a click pinned it. */
export interface CardState {
  mention: number;
  rect: ViewportRect;
  pinned: boolean;
}

/** The small clip form: prefilled from a figure card or from the reader's selection. */
export interface ClipFormState {
  quote: string;
  label: string;
  /** The mention clipped from a card; null for a free selection. */
  mention: number | null;
}

/** One of the reader's own indicators, as the teach form lists it. */
export interface UserIndicatorChoice {
  id: string;
  nameZh?: string;
  nameEn?: string;
}

/** What the reader says a figure is: an existing indicator (canonical or their own), or a new one they name. */
export type TeachTarget = { kind: 'existing'; key: string } | { kind: 'new'; nameZh: string; nameEn: string };

/** The teach form ("这是指标…"), from a figure card or from a selection. */
export interface TeachFormState {
  /** Mention indices it may teach from: the card's figure, or the figures inside the selection. */
  figures: number[];
  userIndicators: UserIndicatorChoice[];
  busy: boolean;
  /** The background's answer: how many saved reports the indicator fills, and whether this page's report got the figure. */
  result: { figure: number; indicatorKey: string; name: string; filled: number; confirmed: boolean } | null;
  /** The refusal, in the reader's language (nothing was saved). */
  error: string | null;
}

/** "Find in other reports" from a figure card: candidate sentences of the other saved reports. */
export interface FinderState {
  figure: number;
  /** What a confirmed candidate is kept as: the figure's indicator; null while the figure has none. */
  indicatorKey: string | null;
  name: string;
  /** null while the background is looking. */
  candidates: Candidate[] | null;
  reportLabels: Record<number, string>;
  busy: boolean;
  error: string | null;
}

export interface ClipRow {
  clip: SavedClip;
  /** Null for an orphan: its text is no longer on the page. */
  match: AnchorMatch | null;
}

/** Everything the in-page UI shows; the annotator owns it and renders it again on each change. */
export interface PageModel {
  language: 'zh' | 'en';
  meta: ReportMeta;
  sections: Section[];
  mentions: Mention[];
  tree: OutlineTree;
  highlightsVisible: boolean;
  panelOpen: boolean;
  card: CardState | null;
  /** A non-empty selection the reader may clip: where to put the button. */
  selection: ViewportRect | null;
  form: ClipFormState | null;
  teach: TeachFormState | null;
  finder: FinderState | null;
  clips: ClipRow[];
  /** Headings and figures left unpainted on a page too long to paint them all. */
  unpainted: number;
  /** A short message (clip saved, clip failed, nothing selected). */
  notice: string | null;
}

/** The part of the model the annotator keeps between readings (the rest comes from each reading). */
export type PageView = Pick<PageModel, 'highlightsVisible' | 'panelOpen' | 'card' | 'selection' | 'form' | 'teach' | 'finder' | 'clips' | 'notice' | 'unpainted'>;

/** A page as the UI first shows it: highlights on, nothing open. */
export function initialPageView(): PageView {
  return {
    unpainted: 0,
    highlightsVisible: true,
    panelOpen: false,
    card: null,
    selection: null,
    form: null,
    teach: null,
    finder: null,
    clips: [],
    notice: null,
  };
}

/** What the UI can ask the annotator to do. */
export interface PageActions {
  togglePanel(): void;
  toggleHighlights(): void;
  jumpToSection(index: number): void;
  /** Scrolls to a figure and opens its card pinned (the keyboard's way to a card and its Clip). */
  jumpToMention(index: number): void;
  jumpToClip(id: number): void;
  clipFigure(mention: number): void;
  clipSelection(): void;
  saveClip(label: string, note: string): void;
  cancelClip(): void;
  closeCard(): void;
  /** "这是指标…" on a figure card. */
  teachFigure(mention: number): void;
  /** "这是指标…" on the reader's selection: the figures it holds, or a message that it holds none. */
  teachSelection(): void;
  submitTeach(figure: number, target: TeachTarget): void;
  closeTeach(): void;
  /** Candidates for a figure in the other saved reports, kept as `indicatorKey` when confirmed (null: the figure's own key). */
  findFigure(mention: number, indicatorKey: string | null): void;
  confirmCandidate(candidate: Candidate): void;
  closeFinder(): void;
  /** The pointer entered or left the card: keep it open while the reader reaches for Clip. */
  holdCard(hold: boolean): void;
}

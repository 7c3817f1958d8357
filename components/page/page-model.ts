import type { AnchorMatch } from '../../lib/anchoring/text-anchor';
import type { SavedClip } from '../../lib/db/saved-clip';
import type { ReportMeta } from '../../lib/metadata/types';
import type { Mention } from '../../lib/mentions/types';
import type { Section } from '../../lib/outline/types';
import type { OutlineTree } from '../../lib/page-ui/outline-tree';

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
  clips: ClipRow[];
  /** Headings and figures left unpainted on a page too long to paint them all. */
  unpainted: number;
  /** A short message (clip saved, clip failed, nothing selected). */
  notice: string | null;
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
  /** The pointer entered or left the card: keep it open while the reader reaches for Clip. */
  holdCard(hold: boolean): void;
}

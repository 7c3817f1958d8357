import { anchorSpan, describeSpan, type AnchorMatch } from '../anchoring/text-anchor';
import { textFragmentUrl } from '../anchoring/text-fragment';
import type { ClipInput } from '../db/clips';
import type { SavedClip } from '../db/saved-clip';
import type { Mention } from '../mentions/types';
import type { TextSpan } from './text-span-of-range';

/** The longest quote a clip keeps (the database's limit): a clip is a figure or a passage, not a page. */
export const MAX_CLIP_CHARS = 2000;
const MAX_LABEL = 500;
const MAX_NOTE = 5000;
const MAX_SCOPE = 40;

/** What the reader typed (or the card prefilled) for a clip. */
export interface ClipDetails {
  label: string;
  note: string;
  /** The figure clipped from a card; null for a free selection. */
  figure: Pick<Mention, 'value' | 'unit' | 'approximate' | 'key' | 'scope'> | null;
}

/**
 * How a clip of a paged text (a PDF in the reader) is kept: the printed page its quote starts
 * on, and the link that reopens the reader there (a `#:~:text=` link cannot reach into a file).
 */
export interface PagedClipping {
  pageOf?(offset: number): number | null;
  clipLink?(quote: string, page: number | null): string;
}

/**
 * A clip of `text[span]` on the page at `url`, anchored as lib/anchoring describes it (exact
 * quote with 32 characters of context each side, the position, and a `#:~:text=` link). Null when
 * the span is empty or longer than MAX_CLIP_CHARS. The label falls back to the quote itself, so a
 * clip is never nameless; both fields are cut to the database's limits rather than refused.
 */
export function newClip(text: string, url: string, span: TextSpan, details: ClipDetails, paged: PagedClipping = {}): ClipInput | null {
  if (!(span.end > span.start) || span.end - span.start > MAX_CLIP_CHARS) return null;
  const anchor = describeSpan(text, span.start, span.end);
  const label = (details.label.trim() || anchor.exact.replace(/\s+/g, ' ')).slice(0, MAX_LABEL);
  const figure = details.figure && {
    value: details.figure.value,
    unit: details.figure.unit,
    approximate: details.figure.approximate,
    key: details.figure.key,
    scope: details.figure.scope?.slice(0, MAX_SCOPE) ?? null,
  };
  const page = paged.pageOf?.(span.start) ?? null;
  const link = paged.clipLink ? paged.clipLink(anchor.exact, page) : textFragmentUrl(url, anchor);
  return { url, anchor, fragmentUrl: link, label, note: details.note.trim().slice(0, MAX_NOTE), figure, ...(page === null ? {} : { page }) };
}

export interface AnchoredClip {
  clip: SavedClip;
  /** Where the clip is on the page now; null for an orphan (its text is gone). */
  match: AnchorMatch | null;
}

/**
 * Re-anchors saved clips in the page's current text: the exact quote first (the occurrence
 * whose context fits best), then a fuzzy match between the surviving prefix and suffix. A clip
 * that anchors nowhere stays in the list with a null match: an orphan the panel shows, never one
 * that is dropped. Order is kept.
 */
export function anchorClips(text: string, clips: readonly SavedClip[]): AnchoredClip[] {
  return clips.map((clip) => ({ clip, match: anchorSpan(text, clip.anchor) }));
}

import type { ComponentChild } from 'preact';

/**
 * Text that came from a web page or from the database (titles, jurisdictions, tags, imported
 * files): anything may be in it, a right-to-left override or 10,000 characters without a break.
 * Shown in a <bdi>, so that bidi controls inside cannot reorder the interface text around it, and
 * clamped to `lines` lines (one line ends in an ellipsis), so that no string can stretch a row,
 * a column or the popup. Preact renders it as a text node: markup in it stays text.
 */
export function PageText({ text, lines = 1, class: extraClass }: { text: string; lines?: 1 | 2 | 3; class?: string }) {
  return <bdi class={`page-text lines-${lines}${extraClass ? ` ${extraClass}` : ''}`}>{text}</bdi>;
}

/**
 * Characters that can reorder the text after them: bidi controls, and right-to-left letters
 * (Hebrew, Arabic and their presentation forms).
 */
const BIDI_SENSITIVE = /[\u0590-\u08ff\u200e\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefe]/;

/**
 * For page text inside a plain string (an <option>, an aria-label, a message with a
 * placeholder): wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE when it holds anything
 * that could reorder what follows it, and left as it is otherwise (so copied text stays clean).
 */
export function isolateText(text: string): string {
  return BIDI_SENSITIVE.test(text) ? `\u2068${text}\u2069` : text;
}

/** Stands in for a node inside a localised message: a private-use character no message holds. */
const SLOT = '\ue000';

/**
 * A localised message with page text in its one placeholder, the page text rendered as a
 * PageText (isolated, clamped) rather than spliced into the string: "已删除 <bdi>厦门市 2021</bdi>".
 * `message` fills the placeholder with what it is given: `(slot) => t('deletedNotice', slot)`
 * (the key stays a literal where it is used).
 */
export function messageWith(message: (slot: string) => string, pageText: string): ComponentChild[] {
  const [before = '', after = ''] = message(SLOT).split(SLOT);
  return [before, <PageText key="page-text" text={pageText} />, after];
}

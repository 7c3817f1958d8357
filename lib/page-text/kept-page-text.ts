import type { PageText } from './types';

/** Largest page text kept with a saved report (characters, blocks): far above any real report. */
export const MAX_KEPT_TEXT = 8 * 1024 * 1024;
export const MAX_KEPT_BLOCKS = 200_000;

/**
 * What of a page text is kept with a saved report: all but `folded`, which foldText rebuilds.
 * Undefined for a page over the limits: it is saved without its text rather than not at all.
 */
export function keptPageText({ text, blocks, meta }: PageText): Omit<PageText, 'folded'> | undefined {
  if (text.length > MAX_KEPT_TEXT || blocks.length > MAX_KEPT_BLOCKS) return undefined;
  return { text, blocks, meta };
}

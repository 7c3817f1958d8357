import { foldText } from '../text/fold';
import { classifyChrome } from './chrome';
import type { BlockRole, DocumentMeta, PageText, TextBlock } from './types';

/**
 * What renders as blank: JS `\s` covers ASCII whitespace, U+00A0 (&nbsp;), U+3000 (the ideographic
 * space Chinese typesetting indents with) and U+FEFF. Both paths collapse runs of it to one space.
 */
export const WHITESPACE_RUN = /\s+/g;

/** A block before classification: its span in `text` and whether it lies in the article container. */
export interface RawBlock {
  start: number;
  end: number;
  tag: string;
  inArticle: boolean;
}

/**
 * Turns blocks into a PageText: folds the text, classifies chrome on the folded blocks (shared
 * rules, see chrome.ts), assigns roles (outside the container → 'outside', furniture → 'chrome',
 * else 'body') and reads the index fields. `meta.indexFields` given by the caller win over the ones read from the blocks.
 */
export function assemblePage(text: string, rawBlocks: readonly RawBlock[], meta: Partial<DocumentMeta>): PageText {
  const folded = foldText(text);
  const { chrome, indexFields } = classifyChrome(
    rawBlocks.map((block) => folded.slice(block.start, block.end)),
    rawBlocks.map((block) => text.slice(block.start, block.end)),
    rawBlocks.map((block) => block.tag),
  );
  const blocks: TextBlock[] = rawBlocks.map((block, i) => {
    const role: BlockRole = !block.inArticle ? 'outside' : chrome[i] ? 'chrome' : 'body';
    return { start: block.start, end: block.end, role, tag: block.tag };
  });
  return {
    text,
    folded,
    blocks,
    meta: {
      url: meta.url ?? null,
      htmlTitle: meta.htmlTitle ?? null,
      metaTags: meta.metaTags ?? {},
      indexFields: { ...indexFields, ...meta.indexFields },
    },
  };
}

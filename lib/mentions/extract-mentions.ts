import { scanQuantities } from '../numbers/scan-quantities';
import type { Outline } from '../outline/types';
import type { PageText } from '../page-text/types';
import { mentionsFromQuantities } from './block-mentions';
import { sectionLocator } from './section-locator';
import type { Mention } from './types';

/**
 * Every figure in the article body as a Mention: what it counts (label, carried along chains such
 * as "收到行政复议申请1719件，受理1541件" → "行政复议 受理"), its scope (全市 / 市政府 / 其中…), whether
 * it is part of a breakdown, the section it sits in, and the canonical indicator key its own clause
 * names, if any.
 *
 * Only blocks with role 'body' are read (chrome and text outside the article never yield figures),
 * and numbers inside 《》 titles are not figures of the report (《…十条措施》). Matching runs on
 * `page.folded`; labels and `text` are cut from `page.text`, scopes are given folded (全市 on a
 * big5 page too). Linear in the page: each block is scanned once, and every look-back is bounded
 * by its clause or sentence.
 *
 * Scope is the scope word of the figure's own clause, else of its sentence's subject clause (the
 * first clause with more than a date in it), else '其中' inside a breakdown, else null. Scope words
 * in other clauses are objects or asides (列席市政府常务会…60场，提出法律意见35条).
 *
 * Trade-off: labels come from the clause alone (plus the chain's domain noun), never from the
 * paragraph at large, so a figure whose subject was stated two clauses earlier with a long label in
 * between gets no key — a missing cell rather than a wrong one in a comparison.
 */
export function extractMentions(page: PageText, outline: Outline): Mention[] {
  const locate = sectionLocator(outline);
  const mentions: Mention[] = [];
  for (const block of page.blocks) {
    if (block.role !== 'body' || block.end <= block.start) continue;
    const quantities = scanQuantities(page.folded.slice(block.start, block.end));
    if (quantities.length === 0) continue;
    for (const mention of mentionsFromQuantities(page, block.start, block.end, quantities, locate)) mentions.push(mention);
  }
  return mentions;
}

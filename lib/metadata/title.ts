import { titleCandidates, type PageString } from '../evidence/page-head';
import { columnTagLength, reportTitle, stripTemplateSuffix } from '../evidence/predicates';
import type { PageText } from '../page-text/types';

/**
 * A title candidate as the document names itself: a CMS column tag in front (【法治建设报告】) and a
 * template site's 范文 suffix cut off (both forms keep the same length).
 */
function cleaned(candidate: PageString): PageString {
  const start = columnTagLength(candidate.folded);
  const end = stripTemplateSuffix(candidate.folded).length;
  if (start >= end) return candidate;
  return { ...candidate, text: candidate.text.slice(start, end), folded: candidate.folded.slice(start, end) };
}

/**
 * The page's title candidates, best first, cleaned for reading: the first that names a
 * rule-of-law report (ArticleTitle, first heading, `<title>` minus site name — in that order)
 * leads, the others follow in page order. Jurisdiction and year read them in this order too.
 */
export function rankedTitles(page: PageText): PageString[] {
  const candidates = titleCandidates(page).map(cleaned);
  const best = candidates.findIndex((c) => reportTitle.test(c.folded));
  if (best <= 0) return candidates;
  return [candidates[best], ...candidates.slice(0, best), ...candidates.slice(best + 1)];
}

/** The report's own title as displayed, or null when the page has nothing title-like. */
export function readTitle(titles: PageString[]): string | null {
  return titles[0]?.text ?? null;
}

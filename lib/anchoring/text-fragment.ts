/**
 * Scroll-to-Text-Fragment links (`#:~:text=`), so every figure in the comparison opens its source
 * page at its sentence (Chrome 80+, Safari 16.1+, Firefox 131+). Chinese has no spaces, and
 * browsers only match a fragment on word boundaries, so the quote is given whole (not as
 * textStart,textEnd) with short prefix/suffix context to pick the right occurrence.
 */
const FRAGMENT_CONTEXT = 8;

/** Percent-encodes per the spec: '-', ',' and '&' are syntax inside the directive. */
function encodePart(part: string): string {
  return encodeURIComponent(part).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

export function textFragmentUrl(url: string, quote: { exact: string; prefix?: string; suffix?: string }): string {
  const base = url.replace(/#.*$/, '');
  const exact = quote.exact.replace(/\s+/g, ' ').trim();
  if (!exact) return base;
  // Browsers match a fragment within one block: context stops at the block break ('\n').
  const prefix = (quote.prefix ?? '').split('\n').pop()!.replace(/\s+/g, ' ').slice(-FRAGMENT_CONTEXT).trim();
  const suffix = (quote.suffix ?? '').split('\n')[0]!.replace(/\s+/g, ' ').slice(0, FRAGMENT_CONTEXT).trim();
  const parts = [prefix && `${encodePart(prefix)}-`, encodePart(exact), suffix && `-${encodePart(suffix)}`].filter(Boolean);
  return `${base}#:~:text=${parts.join(',')}`;
}

/** A link as read from a page: its visible text, its title attribute, its absolute address. */
export interface PageLink {
  text: string;
  title: string | null;
  href: string;
}

/**
 * Links read per page: a 栏目 page prints 15–50 per page, a site map a few thousand. Past this
 * the page is cut (the reader is told), so a huge page cannot stall the content script.
 */
export const MAX_PAGE_LINKS = 3000;

/**
 * The links of a document in page order, with absolute addresses resolved against `baseUrl`
 * (the page's address, or its <base>), at most MAX_PAGE_LINKS + 1 so a caller can tell the
 * page was cut. Reads attributes and text only: works on a live page, a DOMParser document in
 * an offscreen page, or happy-dom in Node.
 */
export function pageLinks(document: Document, baseUrl: string): PageLink[] {
  const base = document.querySelector('base[href]')?.getAttribute('href');
  const resolvedBase = base ? resolveUrl(base, baseUrl) ?? baseUrl : baseUrl;
  const links: PageLink[] = [];
  for (const anchor of document.querySelectorAll('a[href]')) {
    if (links.length > MAX_PAGE_LINKS) break;
    const href = resolveUrl(anchor.getAttribute('href') ?? '', resolvedBase);
    if (!href) continue;
    links.push({ text: (anchor.textContent ?? '').slice(0, 300), title: anchor.getAttribute('title'), href });
  }
  return links;
}

function resolveUrl(href: string, base: string): string | null {
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return null;
  }
}

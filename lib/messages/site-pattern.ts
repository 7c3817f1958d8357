/**
 * Site grants as match patterns. The reader grants one site at a time ("始终在此网站运行"): a
 * pattern of one exact host, any scheme, any path, `*://www.example.com/*`. The scheme is a
 * wildcard because sites move between http and https (and redirect one to the other); the port
 * is left out because match patterns have none in Firefox and ignore it in Chromium. Plain
 * string work, no extension API: the background and the popup share it, tests run it in Node.
 */

/** One exact host (no wildcard, no port, no userinfo), any of the web schemes, every path. */
const SITE_PATTERN = /^(\*|https?):\/\/([a-z0-9_.-]+|\[[0-9a-f:.]+\])\/\*$/;

/** The longest host name DNS allows (253) plus the scheme and the `/*`. */
export const MAX_SITE_PATTERN_LENGTH = 300;

/** The site pattern of a page, or null for what cannot be granted (file:, about:, extension pages). */
export function sitePatternOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const pattern = `*://${parsed.hostname}/*`;
  return isSitePattern(pattern) ? pattern : null;
}

/**
 * True for a pattern naming one site, in any scheme form (a grant made in the browser's own
 * site-access menu may name one scheme). Broader patterns (`*://*.example.com/*`, `<all_urls>`)
 * are not site grants: the extension never runs everywhere on its own.
 */
export function isSitePattern(pattern: string): boolean {
  return pattern.length <= MAX_SITE_PATTERN_LENGTH && SITE_PATTERN.test(pattern) && !pattern.includes('..');
}

/** The host a site pattern names, for display: `*://www.meizhang.com/*` → `www.meizhang.com`. */
export function siteHost(pattern: string): string {
  return SITE_PATTERN.exec(pattern)?.[2] ?? pattern;
}

/**
 * Does `url` fall under a match pattern of the forms a manifest uses here (`*://*.gov.cn/*`,
 * `https://host/path*`)? Scheme `*` means http or https; a host `*.x` matches x and its
 * subdomains; the path is a glob where `*` is any run of characters. Used to tell pages the
 * content script reaches on its own (no grant needed) from those that need one.
 */
export function matchesPattern(pattern: string, url: string): boolean {
  const parts = /^(\*|[a-z][a-z0-9+.-]*):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!parts) return pattern === '<all_urls>' && /^(https?|file):/.test(url);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host, path] = parts;
  const protocol = parsed.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  const hostname = parsed.hostname;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const domain = host.slice(2);
      if (hostname !== domain && !hostname.endsWith(`.${domain}`)) return false;
    } else if (hostname !== host) {
      return false;
    }
  }
  return globMatches(path, `${parsed.pathname}${parsed.search}`);
}

/** `*` matches any run of characters; linear: each `*` segment is found once, left to right. */
function globMatches(glob: string, text: string): boolean {
  const pieces = glob.split('*');
  if (pieces.length === 1) return glob === text;
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (!text.startsWith(first) || text.length < first.length + last.length || !text.endsWith(last)) return false;
  let at = first.length;
  const end = text.length - last.length;
  for (const piece of pieces.slice(1, -1)) {
    const found = text.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

/**
 * Whether the extension may fetch `url`: a site its content script is declared for (`declared`,
 * the manifest's match patterns, which the browser treats as host access) or one the reader
 * granted (`isGranted`, permissions.contains). The collector and the reader ask this before any
 * request, so neither reaches a site the reader did not choose.
 */
export async function isReachable(url: string, declared: readonly string[], isGranted: (pattern: string) => Promise<boolean>): Promise<boolean> {
  if (declared.some((match) => matchesPattern(match, url))) return true;
  const pattern = sitePatternOf(url);
  return pattern !== null && (await isGranted(pattern));
}

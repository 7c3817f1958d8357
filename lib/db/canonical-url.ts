/**
 * Query parameters that say how a reader arrived, never which page it is: analytics tags and
 * the share decorations WeChat and portals append when a report link is forwarded.
 */
const TRACKING_PARAM = /^(utm_\w+|spm|from|isappinstalled|scene|clicktime|enterid|share_?\w*)$/i;

/**
 * Traditional-character gateways (Hanweb, TRS) serve a gov site's page converted to big5 at
 * /gate/big5/<original host>/<original path>: the same report, so the same record.
 */
const BIG5_GATEWAY = /^\/gate\/(?:big5|gb)\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)(\/.*)?$/i;

/**
 * The identity of a report page for deduplication (Memex#955: highlights lost when a URL
 * redirects). http and https, the fragment, tracking parameters and parameter order do not
 * change which report it is; host case never does; a big5 gateway copy is its original page.
 * The path is kept as printed: gov CMSs use case-sensitive paths (t20220318_123.html). Unparseable input is returned trimmed, so
 * the function never throws and two identical odd strings still match each other.
 */
export function canonicalReportUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  const gateway = BIG5_GATEWAY.exec(url.pathname);
  if (gateway) {
    url.host = gateway[1]!;
    url.pathname = gateway[2] ?? '/';
  }
  if (url.protocol === 'http:') url.protocol = 'https:';
  url.hash = '';
  const kept = [...url.searchParams].filter(([name]) => !TRACKING_PARAM.test(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  return url.toString();
}

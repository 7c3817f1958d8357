/**
 * Query parameters that say how a reader arrived, never which page it is: analytics tags and
 * the share decorations WeChat and portals append when a report link is forwarded.
 */
const TRACKING_PARAM = /^(utm_\w+|spm|from|isappinstalled|scene|clicktime|enterid|share_?\w*)$/i;

/**
 * The identity of a report page for deduplication (Memex#955: highlights lost when a URL
 * redirects). http and https, the fragment, tracking parameters and parameter order do not
 * change which report it is; host case never does. The path is kept as printed: gov CMSs
 * use case-sensitive paths (t20220318_123.html). Unparseable input is returned trimmed, so
 * the function never throws and two identical odd strings still match each other.
 */
export function canonicalReportUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  if (url.protocol === 'http:') url.protocol = 'https:';
  url.hash = '';
  const kept = [...url.searchParams].filter(([name]) => !TRACKING_PARAM.test(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  return url.toString();
}

/** Charset declarations sit in the first bytes of a page (the HTML spec prescans 1024). */
const CHARSET_PRESCAN_BYTES = 4096;
const CHARSET_DECLARATION = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;
const HEADER_CHARSET = /charset\s*=\s*["']?([\w-]+)/i;

/**
 * A saved or fetched page's bytes as text: UTF-8 when they are valid UTF-8, else the charset the
 * server's Content-Type names, else the one the page declares (<meta charset>, http-equiv
 * Content-Type), else GB18030, the superset of GBK/GB2312 most non-UTF-8 gov pages use (big5
 * pages declare themselves). Shared by the CLI's loader and the collector.
 */
export function decodeHtml(bytes: Uint8Array, contentType: string | null = null): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: fall through to the declared or the likely legacy encoding.
  }
  const fromHeader = contentType ? HEADER_CHARSET.exec(contentType)?.[1]?.toLowerCase() ?? null : null;
  for (const label of [fromHeader, declaredCharset(bytes), 'gb18030']) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // Unknown label: try the next one.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_PRESCAN_BYTES));
  return CHARSET_DECLARATION.exec(head)?.[1]?.toLowerCase() ?? null;
}

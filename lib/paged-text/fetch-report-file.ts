import { MAX_REPORT_FILE_BYTES, ReportFileError } from './report-file-error';

/** A report file fetched from the web, as readReportFile takes it. */
export interface FetchedReportFile {
  bytes: Uint8Array;
  /** The file's name: the server's Content-Disposition, else the last part of its address. */
  name: string;
  /** The server's MIME type, without parameters ('' when it gave none). */
  type: string;
}

export interface FetchReportFileOptions {
  fetch: typeof globalThis.fetch;
  /** Whether the extension may reach the file's site (a declared host or one the reader granted). */
  isGranted(url: string): Promise<boolean>;
  maxBytes?: number;
  signal?: AbortSignal;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const FILE_EXTENSION = /\.([a-z0-9]{1,5})$/i;

/**
 * Fetches the report file at `url` for the reader: only from a site the extension may reach (the
 * reader's link or menu click names the address, the grant decides), and never more than
 * `maxBytes` (50 MB): refused by its Content-Length before a byte is read, else as soon as the
 * stream passes the cap, so an endless or mislabelled download cannot fill the tab's memory.
 * Cookies stay home: a published report is public. A web page where a file was expected (a login or error page the server redirected to) is
 * refused as unreachable rather than read as a broken PDF.
 * @throws ReportFileError not-granted, unreachable (network, HTTP status, a web page instead of the file) or too-large
 */
export async function fetchReportFile(url: string, options: FetchReportFileOptions): Promise<FetchedReportFile> {
  const maxBytes = options.maxBytes ?? MAX_REPORT_FILE_BYTES;
  if (!/^https?:\/\//i.test(url)) throw new ReportFileError('unreachable', `not a web address: ${url.slice(0, 200)}`);
  if (!(await options.isGranted(url))) throw new ReportFileError('not-granted', new URL(url).host);
  let response: Response;
  try {
    response = await options.fetch(url, { credentials: 'omit', redirect: 'follow', ...(options.signal ? { signal: options.signal } : {}) });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ReportFileError('unreachable', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new ReportFileError('unreachable', `HTTP ${response.status}`);
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const name = fileNameOf(response.headers.get('content-disposition'), response.url || url);
  if (HTML_TYPES.has(type) && !/\.html?$/i.test(name)) {
    throw new ReportFileError('unreachable', `the server answered ${response.url || url} with a web page, not the file`);
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new ReportFileError('too-large', `${declared} bytes`);
  }
  return { bytes: await readCapped(response, maxBytes), name, type };
}

/** The body's bytes, stopping as soon as they pass `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.byteLength;
      if (length > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new ReportFileError('too-large', `more than ${maxBytes} bytes`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof ReportFileError) throw error;
    throw new ReportFileError('truncated', error instanceof Error ? error.message : String(error));
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The name the server gives the file (filename*=UTF-8''… wins over filename=, as RFC 6266 says),
 * else the last part of its address, decoded: 2023年法治政府建设情况报告.pdf rather than %E5….
 */
export function fileNameOf(disposition: string | null, url: string): string {
  const encoded = disposition && /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition)?.[1];
  const plain = disposition && /filename\s*=\s*"?([^";]+)"?/.exec(disposition)?.[1];
  for (const candidate of [encoded, plain]) {
    const name = candidate && decodeSafely(candidate.trim());
    if (name && FILE_EXTENSION.test(name)) return name;
  }
  const path = new URL(url).pathname;
  const last = decodeSafely(path.slice(path.lastIndexOf('/') + 1));
  return last || 'report';
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

import { describe, expect, it } from 'vitest';
import { fetchReportFile, fileNameOf } from '../../../lib/paged-text/fetch-report-file';
import { ReportFileError } from '../../../lib/paged-text/report-file-error';

const PDF = 'https://www.jiujiang.gov.cn/zwgk/fzzfjs/202303/P020230328.pdf';
const PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n…');
const granted = async () => true;

/** A fetch that answers every request with `response` and records what it was asked. */
function serving(response: () => Response) {
  const asked: string[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    asked.push(String(input));
    return response();
  }) as typeof globalThis.fetch;
  return { fetch, asked };
}

async function rejection(promise: Promise<unknown>): Promise<ReportFileError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ReportFileError);
  return error as ReportFileError;
}

describe('fetching a report file for the reader', () => {
  it('reads the bytes, the server type and the file name', async () => {
    const { fetch } = serving(() => new Response(PDF_BYTES, { headers: { 'content-type': 'application/pdf; qs=0.9' } }));
    const file = await fetchReportFile(PDF, { fetch, isGranted: granted });
    expect(file).toEqual({ bytes: PDF_BYTES, name: 'P020230328.pdf', type: 'application/pdf' });
  });

  it('asks nothing of a site the extension may not reach', async () => {
    const { fetch, asked } = serving(() => new Response(PDF_BYTES));
    const error = await rejection(fetchReportFile(PDF, { fetch, isGranted: async () => false }));
    expect(error.reason).toBe('not-granted');
    expect(error.detail).toBe('www.jiujiang.gov.cn');
    expect(asked).toEqual([]);
  });

  it('refuses a file above the cap by its Content-Length, and one whose stream passes the cap', async () => {
    const big = serving(() => new Response(PDF_BYTES, { headers: { 'content-length': String(60 * 1024 * 1024) } }));
    expect((await rejection(fetchReportFile(PDF, { fetch: big.fetch, isGranted: granted }))).reason).toBe('too-large');

    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const streamed = serving(() => new Response(endless));
    const error = await rejection(fetchReportFile(PDF, { fetch: streamed.fetch, isGranted: granted, maxBytes: 10_000 }));
    expect(error.reason).toBe('too-large');
    expect(pulled).toBeLessThan(20);
  });

  it('words a failed download as unreachable: network, HTTP status, a login page instead of the file', async () => {
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof globalThis.fetch;
    expect(await rejection(fetchReportFile(PDF, { fetch: down, isGranted: granted }))).toMatchObject({ reason: 'unreachable', detail: 'Failed to fetch' });
    const missing = serving(() => new Response('not here', { status: 404 }));
    expect(await rejection(fetchReportFile(PDF, { fetch: missing.fetch, isGranted: granted }))).toMatchObject({ reason: 'unreachable', detail: 'HTTP 404' });
    const login = serving(() => new Response('<html><title>统一身份认证</title></html>', { headers: { 'content-type': 'text/html;charset=utf-8' } }));
    expect((await rejection(fetchReportFile(PDF, { fetch: login.fetch, isGranted: granted }))).reason).toBe('unreachable');
    expect((await rejection(fetchReportFile('file:///home/a.pdf', { fetch: login.fetch, isGranted: granted }))).reason).toBe('unreachable');
  });

  it('a truncated download is truncated', async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(PDF_BYTES);
        controller.error(new TypeError('network error'));
      },
    });
    const { fetch } = serving(() => new Response(broken));
    expect((await rejection(fetchReportFile(PDF, { fetch, isGranted: granted }))).reason).toBe('truncated');
  });
});

describe('the name a fetched file goes by', () => {
  it("takes the server's name, the UTF-8 one first, else the address's last part decoded", () => {
    expect(fileNameOf(`attachment; filename="a.pdf"; filename*=UTF-8''${encodeURIComponent('九江市2022年度法治政府建设情况报告.pdf')}`, PDF)).toBe(
      '九江市2022年度法治政府建设情况报告.pdf',
    );
    expect(fileNameOf('attachment; filename="report2023.docx"', PDF)).toBe('report2023.docx');
    expect(fileNameOf('inline', `https://x.gov.cn/files/${encodeURIComponent('法治报告.pdf')}`)).toBe('法治报告.pdf');
    expect(fileNameOf(null, 'https://x.gov.cn/')).toBe('report');
  });
});

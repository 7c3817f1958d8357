// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FetchedPage } from '../../../lib/collect/collector';
import { CollectFailure } from '../../../lib/collect/collector';
import { MAX_PAGE_BYTES, readFetchedPage } from '../../../lib/collect/read-fetched-page';
import { pageReportSchema } from '../../../lib/messages/page-report';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const XIAMEN = 'http://www.xm.gov.cn/zwgk/tzgg/202203/t20220310_2632210.htm';

function fetched(file: string | null, overrides: Partial<FetchedPage> = {}): FetchedPage {
  return {
    status: 200,
    url: XIAMEN,
    contentType: 'text/html; charset=utf-8',
    retryAfter: null,
    body: file ? new Uint8Array(readFileSync(join(FIXTURES, file))) : new Uint8Array(),
    ...overrides,
  };
}

function failure(run: () => unknown): CollectFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof CollectFailure) return error;
    throw error;
  }
  throw new Error('no failure');
}

describe('readFetchedPage', () => {
  it('reads a report page as the content script would, figures and metadata included', () => {
    const { report } = readFetchedPage(XIAMEN, fetched('reports/003-xiamen-2021.html'), parse);
    expect(pageReportSchema.parse(report)).toBeTruthy();
    expect(report).toMatchObject({ isReport: true, meta: { jurisdiction: '厦门市', year: 2021 } });
    expect(report.indicators['reconsideration.accepted']?.value).toBe(1541);
  });

  it('turns a look-alike away with the detector’s reason', () => {
    const error = failure(() => readFetchedPage(XIAMEN, fetched('negative/hard-disclosure-report.html'), parse));
    expect(error.reason).toBe('not-a-report');
    expect(error.detail).toBe('reject:政府信息公开工作年度报告');
  });

  it('names a redirect to a page that is not the report (a login page)', () => {
    const login = 'http://www.xm.gov.cn/login?redirect=%2Fzwgk%2F';
    const body = new TextEncoder().encode('<html><head><title>用户登录</title></head><body><form>用户名 密码 登录</form></body></html>');
    const error = failure(() => readFetchedPage(XIAMEN, { ...fetched(null), url: login, body }, parse));
    expect([error.reason, error.detail]).toEqual(['redirected', login]);
  });

  it('lists a PDF as an attachment instead of reading it, and refuses other files and huge pages', () => {
    const pdf = 'http://www.xm.gov.cn/zwgk/2022/%E6%8A%A5%E5%91%8A.pdf';
    const error = failure(() => readFetchedPage(pdf, { ...fetched(null), url: pdf, contentType: 'application/pdf' }, parse));
    expect(error.reason).toBe('not-html');
    expect((error as CollectFailure & { attachment: unknown }).attachment).toEqual({ url: pdf, label: '报告.pdf' });
    expect(failure(() => readFetchedPage(XIAMEN, fetched(null, { contentType: 'image/png' }), parse)).reason).toBe('not-html');
    const huge = fetched(null, { body: new Uint8Array(MAX_PAGE_BYTES + 1) });
    expect(failure(() => readFetchedPage(XIAMEN, huge, parse)).reason).toBe('too-large');
  });

  it('reads UTF-8 bytes as UTF-8 even when the server header names GBK', () => {
    const html = readFileSync(join(FIXTURES, 'reports/000-jinjiang-2019.html'), 'utf8').replace(/<meta[^>]*charset[^>]*>/gi, '');
    const gbk = new Uint8Array(Buffer.from(new TextEncoder().encode(html)));
    const { report } = readFetchedPage(XIAMEN, fetched(null, { body: gbk, contentType: 'text/html; charset=gbk' }), parse);
    expect(report.meta.jurisdiction).toBe('晋江市');
  });
});

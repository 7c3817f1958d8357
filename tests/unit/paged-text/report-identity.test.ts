import { describe, expect, it } from 'vitest';
import { pageUrlSchema } from '../../../lib/messages/page-report';
import { fileReportUrl, fingerprintOfFileReportUrl } from '../../../lib/paged-text/report-identity';

const FINGERPRINT = 'a'.repeat(40) + '0123456789abcdef0123456f';

describe('file report addresses', () => {
  it('name a local file by its fingerprint, and the message schemas accept that address', () => {
    const url = fileReportUrl(FINGERPRINT.toUpperCase());
    expect(url).toBe(`urn:report-lens:file:${FINGERPRINT}`);
    expect(fingerprintOfFileReportUrl(url)).toBe(FINGERPRINT);
    expect(pageUrlSchema.safeParse(url).success).toBe(true);
  });

  it('reject what is not a SHA-256, and web addresses name no file', () => {
    expect(() => fileReportUrl('abc')).toThrow(/not a SHA-256/);
    expect(fingerprintOfFileReportUrl('https://www.jinjiang.gov.cn/a.pdf')).toBeNull();
    expect(pageUrlSchema.safeParse('urn:report-lens:file:abc').success).toBe(false);
    expect(pageUrlSchema.safeParse('file:///home/x.pdf').success).toBe(false);
    expect(pageUrlSchema.safeParse('https://www.jinjiang.gov.cn/a.pdf').success).toBe(true);
  });
});

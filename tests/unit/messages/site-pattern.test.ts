import { describe, expect, it } from 'vitest';
import { backgroundMessageSchema } from '../../../lib/messages/protocol';
import { isReachable, isSitePattern, matchesPattern, siteHost, sitePatternOf } from '../../../lib/messages/site-pattern';

describe('sitePatternOf', () => {
  it('names one host, any web scheme, any path, no port', () => {
    // The 美章网 copy of the 2014 district report (seed 004), as the fixture serves it.
    expect(sitePatternOf('http://www.meizhang.com/fanwen/yifaxingzheng/20150312.html')).toBe('*://www.meizhang.com/*');
    expect(sitePatternOf('http://www.meizhang.com:41234/fanwen/yifaxingzheng/20150312.html?from=search#p2')).toBe('*://www.meizhang.com/*');
    expect(sitePatternOf('https://WWW.Example.ORG/a')).toBe('*://www.example.org/*');
    expect(sitePatternOf('https://例子.中国/报告.html')).toBe('*://xn--fsqu00a.xn--fiqs8s/*');
    expect(sitePatternOf('http://127.0.0.1:8080/x')).toBe('*://127.0.0.1/*');
    expect(sitePatternOf('http://[::1]:8080/x')).toBe('*://[::1]/*');
  });

  it('has nothing for pages no grant applies to', () => {
    for (const url of ['file:///tmp/report.html', 'chrome-extension://abc/popup.html', 'about:blank', 'data:text/html,x', 'not a url', '']) {
      expect(sitePatternOf(url), url).toBeNull();
    }
  });
});

describe('isSitePattern and siteHost', () => {
  it('accept one exact host only', () => {
    for (const pattern of ['*://www.meizhang.com/*', 'https://www.meizhang.com/*', 'http://127.0.0.1/*']) expect(isSitePattern(pattern), pattern).toBe(true);
    for (const pattern of ['*://*/*', '<all_urls>', '*://*.gov.cn/*', '*://www.meizhang.com/fanwen/*', '*://www.meizhang.com:80/*', 'file:///*', '*://a..b/*', `*://${'a'.repeat(300)}.com/*`]) {
      expect(isSitePattern(pattern), pattern).toBe(false);
    }
    expect(siteHost('*://www.meizhang.com/*')).toBe('www.meizhang.com');
  });

  it('are what the protocol accepts for allowSite and revokeSite', () => {
    expect(backgroundMessageSchema.safeParse({ type: 'popup/allowSite', pattern: '*://www.meizhang.com/*' }).success).toBe(true);
    expect(backgroundMessageSchema.safeParse({ type: 'popup/revokeSite', pattern: 'https://www.meizhang.com/*' }).success).toBe(true);
    expect(backgroundMessageSchema.safeParse({ type: 'popup/allowSite', pattern: '*://*/*' }).success).toBe(false);
    expect(backgroundMessageSchema.safeParse({ type: 'popup/allowSite', pattern: '*://www.meizhang.com/*', tabId: 1 }).success).toBe(false);
  });
});

describe('matchesPattern (the manifest’s own patterns)', () => {
  const GOV = '*://*.gov.cn/*';
  it('matches gov.cn hosts, their big5 gateways, and nothing that only looks like them', () => {
    expect(matchesPattern(GOV, 'https://www.xm.gov.cn/zwgk/tzgg/202203/t20220310_2632210.htm')).toBe(true);
    expect(matchesPattern(GOV, 'https://www.xm.gov.cn/gate/big5/www.xm.gov.cn/zwgk/tzgg/202203/t20220310_2632210.htm')).toBe(true);
    expect(matchesPattern(GOV, 'http://gov.cn/')).toBe(true);
    expect(matchesPattern(GOV, 'http://www.jinjiang.gov.cn:8080/xxgk/')).toBe(true);
    expect(matchesPattern(GOV, 'http://www.gov.cn.example.com/')).toBe(false);
    expect(matchesPattern(GOV, 'http://fakegov.cn/')).toBe(false);
    expect(matchesPattern(GOV, 'ftp://www.xm.gov.cn/')).toBe(false);
    expect(matchesPattern(GOV, 'http://www.meizhang.com/?u=www.xm.gov.cn')).toBe(false);
  });

  it('reads path globs, exact hosts and <all_urls>', () => {
    expect(matchesPattern('https://www.example.org/reports/*.html', 'https://www.example.org/reports/2021/a.html')).toBe(true);
    expect(matchesPattern('https://www.example.org/reports/*.html', 'https://www.example.org/reports/a.htm')).toBe(false);
    expect(matchesPattern('https://www.example.org/reports/*.html', 'http://www.example.org/reports/a.html')).toBe(false);
    expect(matchesPattern('*://www.example.org/*/x*y', 'http://www.example.org/a/xy')).toBe(true);
    expect(matchesPattern('*://www.example.org/*/x*y', 'http://www.example.org/a/yx')).toBe(false);
    expect(matchesPattern('<all_urls>', 'https://anything.example/')).toBe(true);
    expect(matchesPattern('<all_urls>', 'chrome://settings/')).toBe(false);
    expect(matchesPattern('not a pattern', 'https://anything.example/')).toBe(false);
  });

  it('stays linear on a path full of stars', () => {
    const started = performance.now();
    expect(matchesPattern(`*://h.example/${'*a'.repeat(5000)}b`, `http://h.example/${'a'.repeat(200_000)}`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('isReachable (what the collector and the reader may fetch)', () => {
  const declared = ['*://*.gov.cn/*'];
  it('reaches declared sites without asking, granted sites after asking for exactly their pattern, nothing else', async () => {
    const asked: string[] = [];
    const grants = async (pattern: string) => {
      asked.push(pattern);
      return pattern === '*://www.reports.example.org/*';
    };
    expect(await isReachable('http://www.jinjiang.gov.cn:8080/fzzf/2019.pdf', declared, grants)).toBe(true);
    expect(asked).toEqual([]);
    expect(await isReachable('https://www.reports.example.org/a.pdf', declared, grants)).toBe(true);
    expect(await isReachable('https://evil.example.com/a.pdf', declared, grants)).toBe(false);
    expect(await isReachable('https://www.gov.cn.evil.example.com/a.pdf', declared, grants)).toBe(false);
    expect(await isReachable('file:///home/a.pdf', declared, grants)).toBe(false);
    expect(asked).toEqual(['*://www.reports.example.org/*', '*://evil.example.com/*', '*://www.gov.cn.evil.example.com/*']);
  });
});

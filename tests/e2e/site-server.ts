import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the site answers for one request. */
export interface SiteAnswer {
  status: number;
  /** Text (served as UTF-8 HTML unless `headers` say otherwise) or a file's bytes. */
  body: string | Uint8Array;
  headers?: Record<string, string>;
  /** Answer this late (a slow page). */
  delayMs?: number;
}

export interface SiteServer {
  port: number;
  /** Path → statuses answered so far, in order. */
  served: Map<string, number[]>;
  close(): Promise<void>;
}

/**
 * A local web site for the collector's e2e test and bench: `answer` decides per path (and per
 * how many times the path was asked before) what the site says. Chromium maps *.gov.cn here.
 */
export async function serveSite(answer: (path: string, tries: number) => SiteAnswer): Promise<SiteServer> {
  const served = new Map<string, number[]>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const { status, body, headers = {}, delayMs = 0 } = answer(path, served.get(path)?.length ?? 0);
    served.set(path, [...(served.get(path) ?? []), status]);
    const send = () => response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(body);
    if (delayMs > 0) setTimeout(send, delayMs);
    else send();
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    port: (server.address() as AddressInfo).port,
    served,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

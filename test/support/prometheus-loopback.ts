/**
 * Shared by the prometheus-errors-* tests: credentials to look for in error text, a one-hour window ending three
 * hours ago, the source's settings, and tiny loopback HTTP servers (recording every request they are sent) for
 * misbehaviour a healthy Prometheus cannot be made to show. Each test file closes its servers with
 * `closeLoopbacks` in its own afterAll.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../../src/core/settings.js';
import { PrometheusSource } from '../../src/sources/prometheus/source.js';
import { MetricsError } from '../../src/core/types.js';

export const TOKEN = 'tok-3f9a1c7e5b-secret';
export const PASSWORD = 'pw-8d2e4f6a0c-secret';
export const HOUR = 3_600_000;
export const END = Math.floor(Date.now() / HOUR) * HOUR - 3 * HOUR;
export const WINDOW = { from: END - HOUR, to: END, stepMs: 60_000, namespaces: [] };

export const DEFAULTS: Config['prometheus'] = {
  url: null,
  headers: {},
  bearerToken: TOKEN,
  basicAuth: null,
  caFile: null,
  insecureSkipVerify: false,
  timeoutMs: 5_000,
  concurrency: 4,
};
export const FAST_RETRIES = { retryBaseDelayMs: 1 };

/** Every server started by this test file; `closeLoopbacks` closes them. */
export const servers: Server[] = [];

export async function closeLoopbacks(): Promise<void> {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  servers.length = 0;
}

export interface Recorded {
  method?: string;
  url?: string;
  headers: IncomingMessage['headers'];
}

/** A loopback HTTP server answering with `handler`; records every request it was sent. */
export async function loopback(
  handler: (request: IncomingMessage, response: ServerResponse, index: number) => void,
): Promise<{ url: string; requests: Recorded[] }> {
  const requests: Recorded[] = [];
  const server = createServer((request, response) => {
    requests.push({ method: request.method, url: request.url, headers: request.headers });
    request.resume();
    handler(request, response, requests.length - 1);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

export function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
}

export async function failure(promise: Promise<unknown>): Promise<MetricsError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof MetricsError) return error;
    throw error;
  }
  throw new Error('expected a MetricsError, but the call succeeded');
}

export function expectNoSecret(error: MetricsError): void {
  for (const secret of [TOKEN, PASSWORD]) {
    expect(error.message).not.toContain(secret);
    expect(error.fix).not.toContain(secret);
  }
}

export function collect(url: string, overrides: Partial<Config['prometheus']> = {}) {
  return new PrometheusSource({ ...DEFAULTS, ...overrides, url, mesh: 'istio' }, FAST_RETRIES).collect(
    WINDOW,
  );
}

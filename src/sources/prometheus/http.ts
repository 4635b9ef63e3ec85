/**
 * One exchange with the server at the HTTP level: redirects followed within the configured origin only, and an
 * answer read up to a cap, so neither a redirect nor an endless body can take credentials or memory away.
 */
import { readFileSync } from 'node:fs';
import { isIPv4, isIPv6 } from 'node:net';
import { MetricsError } from '../../core/types.js';
import { BodyTooLarge, readCappedStream } from '../../net/body.js';

export { BodyTooLarge };
export { networkErrorCode } from '../../net/errors.js';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

export interface Exchange {
  method: 'GET' | 'POST';
  /** Sent as an urlencoded POST body (or, after a redirect that turns it into a GET, in the URL). */
  form?: Record<string, string>;
  headers: Record<string, string>;
  signal: AbortSignal;
  /** The server as messages name it. */
  server: string;
  /** Called for every request sent, redirect hops included. */
  onRequest?: () => void;
  /** Signs each request as sent (SigV4): the headers to send instead, for this hop's URL, method and body. */
  sign?: (request: {
    method: string;
    url: URL;
    headers: Record<string, string>;
    body?: string;
  }) => Promise<Record<string, string>>;
}

/**
 * Sends one request, following same-origin redirects by hand. A redirect to another origin is refused: the
 * credentials (Authorization, X-Scope-OrgID, X-Api-Key, any --prometheus-header) and the query belong to the
 * configured server alone, and fetch's own redirect handling would carry custom headers (and a 307's body) across.
 */
export async function sendWithinOrigin(
  fetchFn: typeof fetch,
  start: URL,
  exchange: Exchange,
): Promise<{ response: Response; url: URL }> {
  let url = start;
  let method = exchange.method;
  let form = exchange.form;
  for (let hop = 0; ; hop++) {
    let headers: Record<string, string> = { ...exchange.headers };
    let body: string | undefined;
    if (form && method === 'POST') {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(form).toString();
    }
    // Signed per hop and per attempt: the signature covers this URL, method and body, and its time.
    if (exchange.sign) headers = await exchange.sign({ method, url, headers, body });
    exchange.onRequest?.();
    const response = await fetchFn(url, {
      method,
      headers,
      body,
      signal: exchange.signal,
      redirect: 'manual',
    });
    const location = response.headers.get('location');
    if (!REDIRECT_STATUSES.has(response.status) || !location) return { response, url };
    await response.body?.cancel();
    const target = new URL(location, url);
    if (target.origin !== start.origin) {
      throw new MetricsError(
        `Prometheus at ${exchange.server} redirected to another origin (${target.origin}): not followed, so ` +
          'its credentials and headers stay with the configured server',
        `set --prometheus-url to the server that answers the queries itself (if you trust it: ${target.origin})`,
        { environmental: false },
      );
    }
    if (hop + 1 >= MAX_REDIRECTS) {
      throw new MetricsError(
        `Prometheus at ${exchange.server} redirected more than ${MAX_REDIRECTS} times`,
        'set --prometheus-url to the URL the server finally answers on',
        { environmental: false },
      );
    }
    // 307/308 repeat the request as it was; the others turn a POST into a GET, so its form moves to the URL.
    if (response.status !== 307 && response.status !== 308 && method === 'POST') {
      method = 'GET';
      for (const [key, value] of Object.entries(form ?? {})) target.searchParams.set(key, value);
      form = undefined;
    }
    url = target;
  }
}

/** A host on this machine, a private network or a cluster's own DNS, where bandwidth is not the cost. */
export function isNearby(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIPv4(host)) {
    const [a, b] = host.split('.').map(Number);
    return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
  }
  if (isIPv6(host)) return host === '::1' || /^f[cd]/.test(host);
  // A name without a dot resolves inside the cluster's (or the host's) own search domains.
  return !host.includes('.') || host.endsWith('.svc') || host.endsWith('.cluster.local');
}

/**
 * A fetch with a custom CA or without verification: undici's own fetch and Agent (Node's fetch takes no TLS
 * options), and how to release its connection pool.
 */
export async function tlsTransport(options: {
  caFile: string | null;
  insecureSkipVerify: boolean;
}): Promise<{ fetch: typeof fetch; close: () => Promise<void> }> {
  let ca: string | undefined;
  if (options.caFile) {
    try {
      ca = readFileSync(options.caFile, 'utf8');
    } catch (error) {
      throw new MetricsError(
        `cannot read the Prometheus CA file ${options.caFile}: ${(error as Error).message}`,
        'point --prometheus-ca at a readable PEM file',
        { environmental: false },
      );
    }
  }
  const undici = await import('undici');
  const agent = new undici.Agent({ connect: { ca, rejectUnauthorized: !options.insecureSkipVerify } });
  const tlsFetch = (input: string | URL | Request, init?: RequestInit) =>
    undici.fetch(
      input as string,
      { ...(init as object), dispatcher: agent } as Parameters<typeof undici.fetch>[1],
    );
  return { fetch: tlsFetch as unknown as typeof fetch, close: () => agent.close() };
}

/** Reads a body up to `maxBytes`, cancelling the stream at the first byte beyond it (BodyTooLarge). */
export async function readCapped(
  response: Response,
  maxBytes: number,
): Promise<{ text: string; bytes: number }> {
  const body = await readCappedStream(
    response.body,
    maxBytes,
    Number(response.headers.get('content-length')),
  );
  return { text: body.toString('utf8'), bytes: body.byteLength };
}

/** The `data.result` of a successful answer, if it has the expected type. */
export function expectResult<T>(data: unknown, resultType: string, url: string): T[] {
  const payload = data as { resultType?: string; result?: unknown } | undefined;
  if (!payload || payload.resultType !== resultType || !Array.isArray(payload.result)) {
    throw new MetricsError(
      `the server at ${url} did not answer like a Prometheus API (expected a ${resultType} result)`,
      'set --prometheus-url to the Prometheus base URL (the one serving /api/v1/query), not a UI, proxy login or other page',
    );
  }
  return payload.result as T[];
}

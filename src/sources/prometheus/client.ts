/**
 * The HTTP client for a Prometheus-compatible query API (Prometheus, Thanos, Mimir, VictoriaMetrics): auth, TLS,
 * timeouts, retries, redirects that keep credentials with their origin, and a cap on every answer's size. Every
 * failure becomes a MetricsError with a cause and a fix; a query the server found too large becomes a
 * QueryTooLarge (failures.ts), so the caller can ask in smaller pieces instead of retrying the same one.
 */
import { forEachChunk } from '../../net/body.js';
import type { Config } from '../../core/settings.js';
import { MetricsError } from '../../core/types.js';
import { sleep, withRetry, type RetryPolicy } from '../../net/retry.js';
import { BodyTooLarge, expectResult, isNearby, readCapped, sendWithinOrigin, tlsTransport } from './http.js';
import type { AwsCredentials, RequestSigner } from './sigv4.js';

import {
  Failures,
  RequestTimedOut,
  RetryableFailure,
  STREAMED_CAP_FACTOR,
  displayUrl,
  oneLine,
} from './failures.js';
import { MatrixStreamParser, type MatrixEnvelope, type MatrixSink } from './matrix-stream.js';
import { MatrixSyntaxError } from './json-bytes.js';

export { isNearby };
export type PrometheusOptions = Config['prometheus'] & { url: string };

export interface PrometheusDeps {
  fetch?: typeof fetch;
  /** Attempts per request on 5xx / 429 / connection reset (default 4). */
  maxAttempts?: number;
  /** First backoff delay; later ones double, each with full jitter (default 250 ms). */
  retryBaseDelayMs?: number;
  /** Overall deadline for one collect() or listServices() call (default: sized from the work). */
  deadlineMs?: number;
  /** The largest answer read from the server (default 64 MiB): an endless answer must not grow memory. */
  maxResponseBytes?: number;
  /** The sample limit pieces are sized for (default: Prometheus's --query.max-samples default, 50,000,000). */
  maxSamples?: number;
  /** Called after each request with its size, for the benchmark's accounting. */
  onResponse?: (bytes: number) => void;
  /** SigV4 credentials instead of the AWS SDK's default chain (tests). */
  awsCredentials?: () => Promise<AwsCredentials>;
  /** Per-service arrays one collection may hold at once (default MAX_SERIES_ARRAYS in readings.ts). */
  maxSeriesArrays?: number;
  /** Failed requests allowed in one run before the client stops asking (default MAX_FAILED_REQUESTS). */
  maxFailedRequests?: number;
}

/**
 * Failed requests (each failed attempt: an error status, a timeout, a reset) one client allows in a run. A refused
 * piece is asked again in halves and a 5xx is retried, which is right for a server that is busy or small, but a
 * server that refuses everything would be asked thousands of times (2,235 requests for one learn against a server
 * answering 422 to everything): past this many failures the run stops with the last one as its cause.
 */
export const MAX_FAILED_REQUESTS = 100;

export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/**
 * A range answer streamed into fixed arrays (matrix-stream.ts) may be this many times the cap: its size no longer
 * costs memory (the series it may open are bounded apart), and larger pieces cost the server less.
 */
const MAX_BACKOFF_MS = 5_000;

export interface PromSeries {
  metric: Record<string, string>;
  /** [unix seconds, value as text] */
  values: Array<[number, string]>;
}
export interface PromSample {
  metric: Record<string, string>;
  value: [number, string];
}

interface PromEnvelope {
  status?: string;
  data?: unknown;
  errorType?: string;
  error?: string;
}

export interface CallContext {
  deadline: number;
  deadlineMs: number;
  signal?: AbortSignal;
  /** Told when the server pushes back (429, 503) so fewer requests go out at once. */
  onPushback?: () => void;
}

interface Request {
  method: 'GET' | 'POST';
  form?: Record<string, string>;
  query: string;
  /** A successful answer is streamed into this (a matrix), not read whole. */
  sink?: MatrixSink;
}

/** A range query as the API takes it: POSTed as a form (a long query does not fit a URL), times in seconds. */
function rangeRequest(query: string, startMs: number, endMs: number, stepMs: number): Request {
  return {
    method: 'POST',
    form: { query, start: String(startMs / 1000), end: String(endMs / 1000), step: String(stepMs / 1000) },
    query,
  };
}

/** The HTTP client for the Prometheus query API. */
export class PrometheusClient {
  private readonly baseUrl: URL;
  private readonly headers: Record<string, string>;
  private readonly encoding: Record<string, string>;
  private readonly secrets: string[];
  private readonly maxResponseBytes: number;
  private readonly failures: Failures;
  private transport: Promise<typeof fetch> | undefined;
  private signer: Promise<RequestSigner> | undefined;
  private closeTransport: (() => Promise<void>) | undefined;
  /** Requests sent (each attempt and each redirect hop counts), for the benchmark and the progress line. */
  requests = 0;
  /** Attempts that failed in this run (see MAX_FAILED_REQUESTS). */
  failedRequests = 0;

  constructor(
    private readonly options: PrometheusOptions,
    private readonly deps: PrometheusDeps = {},
  ) {
    let url: URL;
    try {
      url = new URL(options.url);
    } catch {
      throw new MetricsError(
        'the Prometheus URL is not a valid URL',
        'set --prometheus-url to the server base URL, e.g. http://prometheus.istio-system:9090',
        { environmental: false },
      );
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new MetricsError(
        `the Prometheus URL must start with http:// or https:// (got ${url.protocol})`,
        'set --prometheus-url to the server base URL, e.g. http://prometheus.istio-system:9090',
        { environmental: false },
      );
    }
    // Credentials in the URL become basic auth: fetch refuses them inline, and messages must never show them.
    let basicAuth = options.basicAuth;
    if (!basicAuth && url.username) {
      basicAuth = { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
    }
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    this.baseUrl = url;

    // Nearby (loopback, a private address, a cluster name) answers come uncompressed: gzip of a gigabyte of
    // answers cost the server 15% more CPU and the bucket query 1.8x the wall time at 1,000 services, for a
    // transfer that costs nothing there. Farther away, compressed. A user's own Accept-Encoding header wins.
    const ownEncoding = Object.keys(options.headers).some((name) => name.toLowerCase() === 'accept-encoding');
    this.encoding = isNearby(url.hostname) && !ownEncoding ? { 'Accept-Encoding': 'identity' } : {};
    this.headers = { ...options.headers };
    if (options.bearerToken) this.headers['Authorization'] = `Bearer ${options.bearerToken}`;
    else if (basicAuth) {
      const encoded = Buffer.from(`${basicAuth.username}:${basicAuth.password}`).toString('base64');
      this.headers['Authorization'] = `Basic ${encoded}`;
    }
    this.secrets = [
      options.bearerToken,
      basicAuth?.password,
      ...Object.values(this.headers).filter((value) => value.length >= 6),
    ].filter((secret): secret is string => Boolean(secret));
    this.maxResponseBytes = deps.maxResponseBytes ?? options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.failures = new Failures(displayUrl(url), (text) => this.redact(text), this.maxResponseBytes);
  }

  /** The server as messages name it (never with credentials). */
  get displayUrl(): string {
    return displayUrl(this.baseUrl);
  }

  /** A range query's matrix. */
  async queryRange(
    query: string,
    startMs: number,
    endMs: number,
    stepMs: number,
    context: CallContext,
  ): Promise<PromSeries[]> {
    const data = await this.call('api/v1/query_range', context, rangeRequest(query, startMs, endMs, stepMs));
    return expectResult<PromSeries>(data, 'matrix', this.displayUrl);
  }

  /**
   * A range query's matrix streamed into `sink` as it arrives (matrix-stream.ts): nothing of the answer is held
   * but the points the sink keeps. A retried attempt sends the same points again. Returns the series answered.
   */
  async queryRangeInto(
    query: string,
    startMs: number,
    endMs: number,
    stepMs: number,
    context: CallContext,
    sink: MatrixSink,
  ): Promise<number> {
    const envelope = (await this.call('api/v1/query_range', context, {
      ...rangeRequest(query, startMs, endMs, stepMs),
      sink,
    })) as MatrixEnvelope;
    return envelope.series;
  }

  /** An instant query's vector. */
  async query(query: string, timeMs: number, context: CallContext): Promise<PromSample[]> {
    const data = await this.call('api/v1/query', context, {
      method: 'POST',
      form: { query, time: String(timeMs / 1000) },
      query,
    });
    return expectResult<PromSample>(data, 'vector', this.displayUrl);
  }

  /** The values a label takes on series matching `selector` within [startMs, endMs]. */
  async labelValues(
    label: string,
    selector: string,
    startMs: number,
    endMs: number,
    context: CallContext,
  ): Promise<string[]> {
    const params = new URLSearchParams({
      'match[]': selector,
      start: String(startMs / 1000),
      end: String(endMs / 1000),
    });
    const data = await this.call(`api/v1/label/${encodeURIComponent(label)}/values?${params}`, context, {
      method: 'GET',
      query: selector,
    });
    if (!Array.isArray(data)) throw this.failures.notPrometheus('the label values were not a list');
    return data.map(String);
  }

  /** Releases the TLS connection pool, if one was made. */
  async close(): Promise<void> {
    await this.closeTransport?.();
  }

  private fetchFunction(): Promise<typeof fetch> {
    if (this.deps.fetch) return Promise.resolve(this.deps.fetch);
    if (!this.options.caFile && !this.options.insecureSkipVerify) return Promise.resolve(globalThis.fetch);
    this.transport ??= tlsTransport(this.options).then(({ fetch, close }) => {
      this.closeTransport = close;
      return fetch;
    });
    return this.transport;
  }

  /** The SigV4 signer when the settings ask for one (loaded on first use: most servers need none). */
  private requestSigner(): Promise<RequestSigner> | undefined {
    const sigv4 = this.options.sigv4;
    if (!sigv4) return undefined;
    this.signer ??= import('./sigv4.js').then(({ sigv4Signer }) =>
      sigv4Signer(sigv4, this.deps.awsCredentials),
    );
    return this.signer;
  }

  private redact(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('[redacted]');
    return out;
  }

  /**
   * One request under net/retry.ts's policy: 5xx, 429 and connection resets are tried again with jittered
   * backoff (or the server's Retry-After) within the collection's deadline; a request that ran past --timeout is
   * not, so the source can ask it again in smaller pieces instead of repeating what the server could not do.
   */
  private async call(path: string, context: CallContext, request: Request): Promise<unknown> {
    const fetchFn = await this.fetchFunction();
    const policy: RetryPolicy = {
      attempts: Math.max(1, this.deps.maxAttempts ?? 4),
      initialDelayMs: this.deps.retryBaseDelayMs ?? 250,
      maxDelayMs: MAX_BACKOFF_MS,
      requestTimeoutMs: this.options.timeoutMs,
      deadlineMs: context.deadline - Date.now(),
    };
    // Out of attempts or of time after a retryable failure: that failure, which says what the server did.
    const lastFailure = (error: unknown) =>
      error instanceof RetryableFailure ? new MetricsError(error.final.message, error.final.fix) : undefined;
    return withRetry(policy, (signal) => this.countedAttempt(fetchFn, path, context, request, signal), {
      retryable: (error) => error instanceof RetryableFailure,
      retryAfterMs: (error) => (error instanceof RetryableFailure ? error.retryAfterMs : undefined),
      retryTimedOut: false,
      deadlineExceeded: (error) =>
        lastFailure(error) ?? this.failures.timeoutError(context.deadlineMs, 'the overall deadline'),
      failed: (error) => lastFailure(error) ?? (error as Error),
      sleep: (ms) => sleep(ms, context.signal),
    });
  }

  /** One attempt, counted against the run's budget of failed requests when it fails. */
  private async countedAttempt(
    fetchFn: typeof fetch,
    path: string,
    context: CallContext,
    request: Request,
    timeout: AbortSignal,
  ): Promise<unknown> {
    const budget = Math.max(1, this.deps.maxFailedRequests ?? MAX_FAILED_REQUESTS);
    if (this.failedRequests >= budget) throw this.failures.budgetSpent(this.failedRequests, null);
    try {
      return await this.attempt(fetchFn, path, context, request, timeout);
    } catch (error) {
      // Our own cancellation (another piece failed, the scan was stopped) is no failure of the server.
      if (context.signal?.aborted) throw error;
      if (++this.failedRequests >= budget) throw this.failures.budgetSpent(this.failedRequests, error);
      throw error;
    }
  }

  /** One attempt; `timeout` aborts at the request timeout or the deadline, whichever comes first. */
  // eslint-disable-next-line max-lines-per-function -- one HTTP exchange and every way it can end, each a typed failure, so no path escapes
  private async attempt(
    fetchFn: typeof fetch,
    path: string,
    context: CallContext,
    request: Request,
    timeout: AbortSignal,
  ): Promise<unknown> {
    context.signal?.throwIfAborted();
    const timeoutMs = Math.min(this.options.timeoutMs, context.deadline - Date.now());
    const signal = context.signal ? AbortSignal.any([context.signal, timeout]) : timeout;

    let response: Response;
    let url: URL;
    let text: string;
    let streamed = false;
    const signer = await this.requestSigner();
    try {
      ({ response, url } = await sendWithinOrigin(fetchFn, new URL(path, this.baseUrl), {
        method: request.method,
        form: request.form,
        headers: { Accept: 'application/json', ...this.encoding, ...this.headers },
        signal,
        server: this.displayUrl,
        onRequest: () => this.requests++,
        sign: signer,
      }));
      streamed = request.sink !== undefined && response.ok;
      if (streamed) return await this.streamMatrix(response, request.sink!, request.query);
      const body = await readCapped(response, this.maxResponseBytes);
      this.deps.onResponse?.(body.bytes);
      text = body.text;
    } catch (error) {
      if (error instanceof MetricsError) throw error;
      if (error instanceof MatrixSyntaxError) throw this.failures.notPrometheus(error.message);
      if (error instanceof BodyTooLarge) throw this.failures.tooLargeAnswer(request.query, streamed);
      if (context.signal?.aborted) throw context.signal.reason;
      if (timeout.aborted) {
        if (timeoutMs < this.options.timeoutMs)
          throw this.failures.timeoutError(timeoutMs, 'the overall deadline');
        const error = this.failures.timeoutError(timeoutMs, 'the request timeout');
        throw new RequestTimedOut(error.message, error.fix);
      }
      throw this.failures.networkError(error);
    }

    let envelope: PromEnvelope | undefined;
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object' && 'status' in parsed) envelope = parsed as PromEnvelope;
    } catch {
      envelope = undefined;
    }
    const promError =
      envelope?.status === 'error' ? `${envelope.errorType ?? 'error'}: ${envelope.error ?? ''}` : '';
    const status = response.status;

    if (response.ok) {
      if (envelope?.status === 'success') return envelope.data;
      if (envelope?.status === 'error') throw this.failures.queryRejected(status, promError, request.query);
      const contentType = response.headers.get('content-type') ?? 'no content type';
      throw this.failures.notPrometheus(`HTTP ${status}, ${contentType}: ${oneLine(this.redact(text), 80)}`);
    }
    const tooLarge = this.failures.tooLarge(status, envelope, promError);
    if (tooLarge) throw tooLarge;
    if (status === 429 || status >= 500) {
      if (status === 429 || status === 503) context.onPushback?.();
      const retryAfterSeconds = Number(response.headers.get('retry-after'));
      const detail = promError || oneLine(text, 120) || response.statusText;
      throw new RetryableFailure(
        new MetricsError(
          `Prometheus at ${this.displayUrl} kept failing: HTTP ${status} (${this.redact(oneLine(detail, 200))})`,
          status === 429
            ? 'the server is rate limiting: lower prometheus.concurrency, raise --step, or retry later'
            : "check the server's health and logs, then retry; a large window may need a larger --step",
        ),
        Number.isFinite(retryAfterSeconds) && retryAfterSeconds > 0 ? retryAfterSeconds * 1000 : undefined,
      );
    }
    if (status === 401 || status === 403) {
      throw new MetricsError(
        `Prometheus at ${this.displayUrl} refused the request: HTTP ${status} ${status === 401 ? 'unauthorized' : 'forbidden'}`,
        'check the bearer token, basic auth and --prometheus-header values (and that they grant read access)',
      );
    }
    if (status === 404 && !envelope) {
      throw new MetricsError(
        `no Prometheus query API at ${displayUrl(url)} (HTTP 404)`,
        'set --prometheus-url to the base URL that serves /api/v1/query (for Mimir or Thanos include their prefix, e.g. /prometheus)',
      );
    }
    if (envelope?.status === 'error') throw this.failures.queryRejected(status, promError, request.query);
    throw this.failures.notPrometheus(`HTTP ${status}: ${oneLine(this.redact(text), 80)}`);
  }

  /**
   * A successful answer streamed through the matrix parser under the same cap as any answer. Its envelope must
   * say success and a matrix, as expectResult checks for answers read whole.
   */
  private async streamMatrix(response: Response, sink: MatrixSink, query: string): Promise<MatrixEnvelope> {
    const parser = new MatrixStreamParser(sink);
    const bytes = await forEachChunk(
      response.body,
      STREAMED_CAP_FACTOR * this.maxResponseBytes,
      Number(response.headers.get('content-length')),
      (chunk) => parser.write(chunk),
    );
    this.deps.onResponse?.(bytes);
    const envelope = parser.end();
    if (envelope.status === 'error')
      throw this.failures.queryRejected(
        response.status,
        `${envelope.errorType ?? 'error'}: ${envelope.error ?? ''}`,
        query,
      );
    if (envelope.status !== 'success' || envelope.resultType !== 'matrix')
      throw this.failures.notPrometheus(
        `expected a matrix result, got ${oneLine(String(envelope.resultType), 40)}`,
      );
    return envelope;
  }
}

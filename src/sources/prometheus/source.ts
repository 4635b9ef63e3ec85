/**
 * The Prometheus metrics source: reads Istio's standard metrics from any Prometheus-compatible HTTP API
 * (Prometheus, Thanos, Mimir, VictoriaMetrics) over a past or present window and turns them into service series.
 * Owns the HTTP client (auth, TLS, timeouts, retries, bounded parallelism) and the translation of every failure
 * into a MetricsError with a cause and a fix. What to ask lives in istio-queries.ts.
 */
import { RETRYABLE_NETWORK_CODES } from '../../net/errors.js';
import { readFileSync } from 'node:fs';
import pLimit from 'p-limit';
import type { Config } from '../../core/settings.js';
import {
  MetricsError,
  serviceId,
  type CollectedMetrics,
  type CollectRequest,
  type MetricName,
  type MetricsSource,
  type ServiceKey,
  type ServiceSeries,
} from '../../core/types.js';
import {
  SERVICE_LABELS,
  latencyBucketSelector,
  latencyQuantileQuery,
  rateWindowMs,
  servicesQuery,
  signalQueries,
  signalQueryKey,
  totalRequestRateQuery,
  type QueryScope,
} from '../../mesh/istio-queries.js';
import {
  ISTIO_SIGNALS,
  ISTIO_SIGNAL_NAMES,
  PROXY_STATS_MATCHER_FIX,
  combineReadings,
  signalReadings,
} from '../../mesh/istio.js';
import { metricArrays } from '../../core/series.js';

export type PrometheusOptions = Config['prometheus'] & { url: string };

export interface PrometheusDeps {
  fetch?: typeof fetch;
  /** Attempts per request on 5xx / 429 / connection reset (default 4). */
  maxAttempts?: number;
  /** First backoff delay; later ones double, each with full jitter (default 250 ms). */
  retryBaseDelayMs?: number;
  /** Overall deadline for one collect() or listServices() call (default max(60 s, 4 x timeoutMs)). */
  deadlineMs?: number;
}

/** Prometheus answers at most 11,000 points per series per range query; stay below it. */
const MAX_POINTS_PER_QUERY = 10_000;
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

/** A URL fit for messages: no credentials, no query string. */
function displayUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`.replace(/\/$/, '');
}

function oneLine(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

function networkErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const candidate = current as { code?: unknown; errors?: unknown[]; cause?: unknown };
    if (typeof candidate.code === 'string') return candidate.code;
    if (Array.isArray(candidate.errors) && candidate.errors.length > 0) {
      current = candidate.errors[0];
      continue;
    }
    current = candidate.cause;
  }
  return undefined;
}

const TLS_CODE = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/;

/** A failure worth another attempt, and the error to report if attempts run out. */
class RetryableFailure extends Error {
  constructor(
    readonly final: MetricsError,
    readonly retryAfterMs?: number,
  ) {
    super(final.message);
  }
}

/** The HTTP client for the Prometheus query API. */
export class PrometheusClient {
  private readonly baseUrl: URL;
  private readonly headers: Record<string, string>;
  private readonly secrets: string[];
  private transport: Promise<typeof fetch> | undefined;
  private closeTransport: (() => Promise<void>) | undefined;

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
    const data = await this.call('api/v1/query_range', context, {
      method: 'POST',
      form: { query, start: String(startMs / 1000), end: String(endMs / 1000), step: String(stepMs / 1000) },
      query,
    });
    return expectResult<PromSeries>(data, 'matrix', this.displayUrl);
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
    if (!Array.isArray(data)) throw this.notPrometheus('the label values were not a list');
    return data.map(String);
  }

  /** Releases the TLS connection pool, if one was made. */
  async close(): Promise<void> {
    await this.closeTransport?.();
  }

  private fetchFunction(): Promise<typeof fetch> {
    if (this.deps.fetch) return Promise.resolve(this.deps.fetch);
    if (!this.options.caFile && !this.options.insecureSkipVerify) return Promise.resolve(globalThis.fetch);
    this.transport ??= this.tlsFetch();
    return this.transport;
  }

  /** A fetch with a custom CA or without verification: undici's own fetch and Agent (Node's fetch takes no TLS options). */
  private async tlsFetch(): Promise<typeof fetch> {
    let ca: string | undefined;
    if (this.options.caFile) {
      try {
        ca = readFileSync(this.options.caFile, 'utf8');
      } catch (error) {
        throw new MetricsError(
          `cannot read the Prometheus CA file ${this.options.caFile}: ${(error as Error).message}`,
          'point --prometheus-ca at a readable PEM file',
          { environmental: false },
        );
      }
    }
    const undici = await import('undici');
    const agent = new undici.Agent({ connect: { ca, rejectUnauthorized: !this.options.insecureSkipVerify } });
    this.closeTransport = () => agent.close();
    const tlsFetch = (input: string | URL | Request, init?: RequestInit) =>
      undici.fetch(
        input as string,
        { ...(init as object), dispatcher: agent } as Parameters<typeof undici.fetch>[1],
      );
    return tlsFetch as unknown as typeof fetch;
  }

  private redact(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('[redacted]');
    return out;
  }

  private notPrometheus(detail: string): MetricsError {
    return new MetricsError(
      `the server at ${this.displayUrl} did not answer like a Prometheus API (${detail})`,
      'set --prometheus-url to the Prometheus base URL (the one serving /api/v1/query), not a UI, proxy login or other page',
    );
  }

  private async call(
    path: string,
    context: CallContext,
    request: { method: 'GET' | 'POST'; form?: Record<string, string>; query: string },
  ): Promise<unknown> {
    const fetchFn = await this.fetchFunction();
    const attempts = Math.max(1, this.deps.maxAttempts ?? 4);
    const baseDelay = this.deps.retryBaseDelayMs ?? 250;
    let lastFailure: RetryableFailure | undefined;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        return await this.attempt(fetchFn, path, context, request);
      } catch (error) {
        if (!(error instanceof RetryableFailure)) throw error;
        lastFailure = error;
        if (attempt === attempts) break;
        const backoff = Math.random() * Math.min(MAX_BACKOFF_MS, baseDelay * 2 ** (attempt - 1));
        const delay = Math.max(backoff, Math.min(error.retryAfterMs ?? 0, MAX_BACKOFF_MS));
        if (Date.now() + delay >= context.deadline) break;
        await sleep(delay, context.signal);
      }
    }
    const final = lastFailure!.final;
    throw new MetricsError(final.message, final.fix);
  }

  private async attempt(
    fetchFn: typeof fetch,
    path: string,
    context: CallContext,
    request: { method: 'GET' | 'POST'; form?: Record<string, string>; query: string },
  ): Promise<unknown> {
    context.signal?.throwIfAborted();
    const remaining = context.deadline - Date.now();
    if (remaining <= 0) throw this.timeoutError(context.deadlineMs, 'the overall deadline');
    const timeoutMs = Math.min(this.options.timeoutMs, remaining);
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = context.signal ? AbortSignal.any([context.signal, timeout]) : timeout;
    const url = new URL(path, this.baseUrl);
    const headers: Record<string, string> = { Accept: 'application/json', ...this.headers };
    let body: string | undefined;
    if (request.form) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(request.form).toString();
    }

    let response: Response;
    let text: string;
    try {
      response = await fetchFn(url, { method: request.method, headers, body, signal });
      text = await response.text();
    } catch (error) {
      if (context.signal?.aborted) throw context.signal.reason;
      if (timeout.aborted) throw this.timeoutError(timeoutMs, 'the request timeout');
      throw this.networkError(error);
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
      if (envelope?.status === 'error') throw this.queryRejected(status, promError, request.query);
      const contentType = response.headers.get('content-type') ?? 'no content type';
      throw this.notPrometheus(`HTTP ${status}, ${contentType}: ${oneLine(this.redact(text), 80)}`);
    }
    if (status === 429 || status >= 500) {
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
    if (envelope?.status === 'error') throw this.queryRejected(status, promError, request.query);
    throw this.notPrometheus(`HTTP ${status}: ${oneLine(this.redact(text), 80)}`);
  }

  private queryRejected(status: number, promError: string, query: string): MetricsError {
    return new MetricsError(
      `Prometheus at ${this.displayUrl} rejected a query (HTTP ${status}, ${this.redact(oneLine(promError, 300))}) ` +
        `for: ${oneLine(query, 200)}`,
      'check the namespaces and reporter settings; if the backend is not Prometheus, check that it supports this PromQL',
      { environmental: false },
    );
  }

  private timeoutError(timeoutMs: number, what: string): MetricsError {
    return new MetricsError(
      `Prometheus at ${this.displayUrl} did not answer within ${Math.round(timeoutMs / 100) / 10} s (${what})`,
      'raise prometheus.timeout in the config file, query a shorter window or a larger --step, or check the server load',
    );
  }

  private networkError(error: unknown): Error {
    const code = networkErrorCode(error);
    const detail = code ?? oneLine(this.redact((error as Error)?.message ?? String(error)), 120);
    const failure = new MetricsError(
      `cannot reach Prometheus at ${this.displayUrl}: ${detail}`,
      code && TLS_CODE.test(code)
        ? "the server's TLS certificate was not trusted: pass its CA with --prometheus-ca (or, for tests only, --insecure-skip-tls-verify)"
        : 'check --prometheus-url, that the server is running, and that this machine can reach it (DNS, firewall, port-forward)',
    );
    if (code && RETRYABLE_NETWORK_CODES.has(code)) return new RetryableFailure(failure);
    return failure;
  }
}

export interface CallContext {
  deadline: number;
  deadlineMs: number;
  signal?: AbortSignal;
}

function expectResult<T>(data: unknown, resultType: string, url: string): T[] {
  const payload = data as { resultType?: string; result?: unknown } | undefined;
  if (!payload || payload.resultType !== resultType || !Array.isArray(payload.result)) {
    throw new MetricsError(
      `the server at ${url} did not answer like a Prometheus API (expected a ${resultType} result)`,
      'set --prometheus-url to the Prometheus base URL (the one serving /api/v1/query), not a UI, proxy login or other page',
    );
  }
  return payload.result as T[];
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

function parseValue(text: string): number | null {
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

function keyOf(metric: Record<string, string>): ServiceKey | undefined {
  const namespace = metric[SERVICE_LABELS[0]];
  const name = metric[SERVICE_LABELS[1]];
  // Istio labels traffic to unknown destinations "unknown": not a service anyone can act on.
  if (!namespace || !name || name === 'unknown' || namespace === 'unknown') return undefined;
  return { namespace, name };
}

function byService(a: ServiceKey, b: ServiceKey): number {
  return a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name);
}

/** The per-step readings one query gives each service: service id → step index → value. */
type Readings = Map<string, Map<number, number | null>>;

const QUANTILES = { latencyP50: 0.5, latencyP90: 0.9, latencyP99: 0.99 } as const;

/**
 * Reads a window of Istio metrics from Prometheus. Every value at step i is evaluated at the step's end,
 * from + (i+1)·step, over the rate window of istio-queries.ts: so step i describes the requests that completed
 * in [from + i·step, from + (i+1)·step) (smoothed over the window when the step is shorter than 2 minutes).
 */
export class PrometheusSource implements MetricsSource {
  readonly name = 'prometheus' as const;
  readonly hasHistory = true;
  private readonly client: PrometheusClient;

  constructor(
    private readonly options: PrometheusOptions,
    private readonly deps: PrometheusDeps = {},
  ) {
    this.client = new PrometheusClient(options, deps);
  }

  /** Releases connection pools (only a custom-TLS source holds one). */
  close(): Promise<void> {
    return this.client.close();
  }

  /** The services that reported requests in [from, to), from the metrics' own labels (no cluster needed). */
  async listServices(window: { from: number; to: number; namespaces: string[]; signal?: AbortSignal }) {
    const context = this.callContext(window.signal);
    const scope = { reporter: this.options.reporter, namespaces: window.namespaces };
    const samples = await this.client.query(
      servicesQuery(scope, window.to - window.from),
      window.to,
      context,
    );
    const keys = samples
      .map((sample) => keyOf(sample.metric))
      .filter((key): key is ServiceKey => Boolean(key));
    return keys.sort(byService);
  }

  async collect(request: CollectRequest): Promise<CollectedMetrics> {
    const { from, to, stepMs } = request;
    const steps = Math.floor((to - from) / stepMs);
    if (!(stepMs > 0) || steps < 1) {
      throw new MetricsError(
        `the window ${new Date(from).toISOString()} to ${new Date(to).toISOString()} is shorter than one step (${stepMs} ms)`,
        'widen --from/--to or lower --step',
        { environmental: false },
      );
    }
    // The first failure cancels the queries still queued or in flight: one error, not thirteen.
    const failed = new AbortController();
    const context = this.callContext(
      request.signal ? AbortSignal.any([request.signal, failed.signal]) : failed.signal,
    );
    const guarded =
      <T>(task: () => Promise<T>) =>
      async (): Promise<T | undefined> => {
        if (failed.signal.aborted) return undefined;
        try {
          return await task();
        } catch (error) {
          failed.abort(error);
          throw error;
        }
      };
    const scope: QueryScope = {
      reporter: this.options.reporter,
      namespaces: request.namespaces,
      rateWindowMs: rateWindowMs(stepMs),
    };
    const queries: Array<[string, string]> = [
      ['total', totalRequestRateQuery(scope)],
      ...signalQueries(scope),
      ...Object.entries(QUANTILES).map(([metric, q]): [string, string] => [
        metric,
        latencyQuantileQuery(scope, q),
      ]),
    ];

    // Long windows are split so no range query exceeds Prometheus's per-series point limit.
    const chunks: Array<{ first: number; last: number }> = [];
    for (let first = 0; first < steps; first += MAX_POINTS_PER_QUERY) {
      chunks.push({ first, last: Math.min(steps, first + MAX_POINTS_PER_QUERY) - 1 });
    }
    const limit = pLimit(Math.max(1, this.options.concurrency));
    const readings = new Map<string, Readings>(queries.map(([key]) => [key, new Map()]));
    const total = queries.length * chunks.length + 1;
    let done = 0;
    const progress = (message: string) => request.onProgress?.(++done / total, message);

    const rangeCalls = queries.flatMap(([key, query]) =>
      chunks.map((chunk) =>
        limit(
          guarded(async () => {
            const series = await this.client.queryRange(
              query,
              from + (chunk.first + 1) * stepMs,
              from + (chunk.last + 1) * stepMs,
              stepMs,
              context,
            );
            const target = readings.get(key)!;
            for (const one of series) {
              const service = keyOf(one.metric);
              if (!service) continue;
              const id = serviceId(service);
              let perStep = target.get(id);
              if (!perStep) target.set(id, (perStep = new Map()));
              for (const [seconds, text] of one.values) {
                const index = Math.round((seconds * 1000 - from) / stepMs) - 1;
                if (index >= 0 && index < steps) perStep.set(index, parseValue(text));
              }
            }
            progress(`read ${key}`);
          }),
        ),
      ),
    );
    const bucketCall = limit(
      guarded(async () => {
        const values = await this.client.labelValues(
          'le',
          latencyBucketSelector(scope),
          from - scope.rateWindowMs,
          to,
          context,
        );
        progress('read histogram buckets');
        return values;
      }),
    );
    const [bucketLabels = []] = await Promise.all([bucketCall, ...rangeCalls]);

    const totals = readings.get('total')!;
    if (totals.size === 0) {
      const where =
        request.namespaces.length > 0 ? `namespaces ${request.namespaces.join(', ')}` : 'any namespace';
      throw new MetricsError(
        `no Istio metrics found at ${this.client.displayUrl}: no istio_requests_total with reporter="${scope.reporter}" in ` +
          `${where} between ${new Date(from).toISOString()} and ${new Date(to).toISOString()}`,
        'check that Prometheus scrapes the Istio sidecars (istio_requests_total), the --namespace filter, ' +
          'the reporter setting and the --from/--to window',
        { environmental: false },
      );
    }

    const inNamespaces = (key: ServiceKey) =>
      request.namespaces.length === 0 || request.namespaces.includes(key.namespace);
    const keys = request.services
      ? [...request.services]
      : [...totals.keys()].map((id) => {
          const [namespace, ...rest] = id.split('/');
          return { namespace, name: rest.join('/') };
        });
    const services = keys
      .filter(inNamespaces)
      .sort(byService)
      .map((key) => this.seriesFor(key, steps, stepMs, readings));

    const missing = new Set(services.flatMap((series) => series.unavailable));
    const notes: string[] = [];
    if (missing.size > 0) {
      const affected = services.filter((series) => series.unavailable.length > 0).length;
      notes.push(
        `${[...missing].join(', ')} unavailable (not zero) for ${affected} of ${services.length} services: ` +
          `the Envoy cluster stats they need are not in Prometheus; ${PROXY_STATS_MATCHER_FIX}`,
      );
    }
    const histogramBuckets = bucketLabels
      .map(Number)
      .filter((bound) => Number.isFinite(bound))
      .sort((a, b) => a - b);
    // `to` is trimmed to whole steps, as every source does.
    const end = from + steps * stepMs;
    return { source: 'prometheus', from, to: end, stepMs, services, histogramBuckets, notes, partial: false };
  }

  private callContext(signal?: AbortSignal): CallContext {
    const deadlineMs = this.deps.deadlineMs ?? Math.max(60_000, 4 * this.options.timeoutMs);
    return { deadline: Date.now() + deadlineMs, deadlineMs, signal };
  }

  private seriesFor(
    key: ServiceKey,
    steps: number,
    stepMs: number,
    readings: Map<string, Readings>,
  ): ServiceSeries {
    const id = serviceId(key);
    const read = (query: string, step: number) => readings.get(query)!.get(id)?.get(step) ?? null;
    const has = (query: string) => (readings.get(query)?.get(id)?.size ?? 0) > 0;
    // Which views of each signal count (mesh/istio.ts); none: unavailable, never zero.
    const views = Object.fromEntries(
      ISTIO_SIGNAL_NAMES.map((name) => [
        name,
        signalReadings(name, this.options.reporter, has(signalQueryKey(name, 'clusterStat'))).map((reading) =>
          signalQueryKey(name, reading),
        ),
      ]),
    ) as Record<(typeof ISTIO_SIGNAL_NAMES)[number], string[]>;
    const unavailable: MetricName[] = ISTIO_SIGNAL_NAMES.filter((name) => views[name].length === 0).map(
      (name) => ISTIO_SIGNALS[name].metric,
    );

    const requests: number[] = [];
    const values = metricArrays();

    for (let step = 0; step < steps; step++) {
      const rate = read('total', step);
      const served = rate !== null && rate > 0;
      requests.push(rate === null ? 0 : round(rate * (stepMs / 1000)));
      values.requestRate.push(rate === null ? null : round(rate));
      // A ratio of a zero rate has no meaning: null, never zero.
      const combined = (name: (typeof ISTIO_SIGNAL_NAMES)[number]) =>
        combineReadings(views[name].map((query) => read(query, step) ?? 0));
      for (const name of ISTIO_SIGNAL_NAMES) {
        const signal = ISTIO_SIGNALS[name];
        if (views[name].length === 0) values[signal.metric].push(null);
        else if (signal.per === 'second') {
          const present = views[name]
            .map((query) => read(query, step))
            .filter((v): v is number => v !== null);
          values[signal.metric].push(present.length > 0 ? combineReadings(present) : null);
        } else if (!served) values[signal.metric].push(null);
        // An error ratio above 1 is impossible; the other views may be counted where requests are not.
        else
          values[signal.metric].push(
            round(name === 'errors' ? Math.min(1, combined(name) / rate) : combined(name) / rate),
          );
      }
      for (const metric of Object.keys(QUANTILES) as Array<keyof typeof QUANTILES>) {
        values[metric].push(served ? read(metric, step) : null);
      }
    }
    return { service: key, requests, values, unavailable };
  }
}

function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/**
 * The services seen in the metrics over [from, to) (labels destination_service_namespace / _name): the service
 * list for `--source prometheus` without a cluster connection.
 */
export async function listServicesFromMetrics(
  options: PrometheusOptions,
  window: { from: number; to: number; namespaces: string[]; signal?: AbortSignal },
  deps: PrometheusDeps = {},
): Promise<ServiceKey[]> {
  const source = new PrometheusSource(options, deps);
  try {
    return await source.listServices(window);
  } finally {
    await source.close();
  }
}

export const id = 743;
export const ids = [743];
export const modules = {

/***/ 3688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ RETRYABLE_NETWORK_CODES)
/* harmony export */ });
/** Socket error codes that mean "the connection dropped mid-request": worth one more try, for any server. */
const RETRYABLE_NETWORK_CODES = new Set([
    'ECONNRESET',
    'EPIPE',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'ECONNABORTED',
]);


/***/ }),

/***/ 98743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PrometheusSource: () => (/* binding */ PrometheusSource)
});

// UNUSED EXPORTS: PrometheusClient, listServicesFromMetrics

// EXTERNAL MODULE: ./src/net/errors.ts
var errors = __webpack_require__(3688);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
;// CONCATENATED MODULE: ./src/mesh/istio-queries.ts
/**
 * Every Istio PromQL query SMAnalyzer asks, in one place: what to ask a Prometheus-compatible backend
 * about an Istio mesh. Pure string building; the Prometheus source runs them.
 *
 * All per-service queries aggregate `by (destination_service_namespace, destination_service_name)` over ONE
 * reporter: a retried request is one sample at the source and several at the destination, so mixing them
 * would double count.
 */
/** The labels every per-service result carries. */
const SERVICE_LABELS = ['destination_service_namespace', 'destination_service_name'];
const BY_SERVICE = `by (${SERVICE_LABELS.join(', ')})`;
/**
 * The rate window for a step: at least the step (so consecutive steps together cover every sample) and at
 * least 2 minutes, which holds 4 scrapes at a 30 s interval and 8 at 15 s — Prometheus's rule of thumb for
 * rate() is a window of 4 or more scrape intervals, and fewer than 2 samples yield nothing.
 */
const MIN_RATE_WINDOW_MS = 120_000;
function rateWindowMs(stepMs) {
    return Math.max(stepMs, MIN_RATE_WINDOW_MS);
}
/** A PromQL duration literal (Prometheus 2.x and every compatible backend accept whole seconds). */
function promDuration(ms) {
    return `${Math.max(1, Math.ceil(ms / 1000))}s`;
}
/** Escapes a literal for a PromQL double-quoted string inside a regex matcher. */
function regexLiteral(value) {
    return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function quoted(value) {
    return JSON.stringify(value);
}
/** The label matchers shared by every istio_* query in a scope. */
function istioMatchers(scope) {
    const matchers = [`reporter="${scope.reporter}"`];
    if (scope.namespaces.length > 0) {
        const alternatives = scope.namespaces.map(regexLiteral).join('|');
        matchers.push(`destination_service_namespace=~${quoted(alternatives)}`);
    }
    return matchers.join(', ');
}
/** A response-flags matcher for one Envoy flag, whether alone or in a comma-separated list ("UT,URX"). */
function flagMatcher(flag) {
    return `response_flags=~"(.*,)?${flag}(,.*)?"`;
}
function requestRate(scope, extraMatchers = []) {
    const matchers = [istioMatchers(scope), ...extraMatchers].join(', ');
    return `rate(istio_requests_total{${matchers}}[${promDuration(scope.rateWindowMs)}])`;
}
/** Requests per second per service. */
function totalRequestRateQuery(scope) {
    return `sum ${BY_SERVICE} (${requestRate(scope)})`;
}
/**
 * Failed requests per second per service: 5xx, no response at all (response_code "0"), and gRPC calls with a
 * non-OK grpc_response_status (which travel as HTTP 200). The two selections are disjoint, so `or` never
 * counts a series twice.
 */
function errorRateQuery(scope) {
    const httpErrors = requestRate(scope, ['response_code=~"0|5.."']);
    const grpcErrors = requestRate(scope, ['response_code!~"0|5.."', 'grpc_response_status!~"|0"']);
    return `sum ${BY_SERVICE} (${httpErrors} or ${grpcErrors})`;
}
/** Timed-out requests per second: a gateway timeout (504) or Envoy's upstream-timeout flag (UT). */
function timeoutFlagRateQuery(scope) {
    const gatewayTimeouts = requestRate(scope, ['response_code="504"']);
    const upstreamTimeouts = requestRate(scope, ['response_code!="504"', flagMatcher('UT')]);
    return `sum ${BY_SERVICE} (${gatewayTimeouts} or ${upstreamTimeouts})`;
}
/** Requests per second that hit the retry limit (URX): what response flags say about retries. */
function retryLimitFlagRateQuery(scope) {
    return `sum ${BY_SERVICE} (${requestRate(scope, [flagMatcher('URX')])})`;
}
/** Requests per second refused by a circuit breaker (UO). */
function overflowFlagRateQuery(scope) {
    return `sum ${BY_SERVICE} (${requestRate(scope, [flagMatcher('UO')])})`;
}
/** The latency quantile (ms) per service: histogram_quantile over the summed bucket rates. */
function latencyQuantileQuery(scope, quantile) {
    const buckets = `rate(istio_request_duration_milliseconds_bucket{${istioMatchers(scope)}}[${promDuration(scope.rateWindowMs)}])`;
    return `histogram_quantile(${quantile}, sum by (${SERVICE_LABELS.join(', ')}, le) (${buckets}))`;
}
/** The selector whose `le` label values are the histogram's bucket bounds. */
function latencyBucketSelector(scope) {
    return `istio_request_duration_milliseconds_bucket{${istioMatchers(scope)}}`;
}
/** The services that reported any request in a window ending at the evaluation time. */
function servicesQuery(scope, windowMs) {
    return `group ${BY_SERVICE} (last_over_time(istio_requests_total{${istioMatchers(scope)}}[${promDuration(windowMs)}]))`;
}
/**
 * Envoy cluster stats: client-side counters per outbound cluster `outbound|<port>|<subset>|<name>.<ns>.svc...`.
 * They exist only when the mesh's proxyStatsMatcher keeps them; the cluster name maps them to the service.
 */
const ENVOY_CLUSTER_STATS = {
    retries: 'envoy_cluster_upstream_rq_retry',
    timeouts: 'envoy_cluster_upstream_rq_timeout',
    pendingOverflow: 'envoy_cluster_upstream_rq_pending_overflow',
    ejections: 'envoy_cluster_outlier_detection_ejections_enforced_total',
};
/**
 * Events per second per destination service from one Envoy cluster counter: a service with the stat is present
 * (0 when nothing happened), a service without it is absent. Namespaces are filtered by the caller.
 */
function envoyClusterRateQuery(stat, scope) {
    const clusterPattern = String.raw `outbound\\|[0-9]*\\|[^|]*\\|([^.]+)\\.([^.]+)\\..*`;
    const rate = `rate(${ENVOY_CLUSTER_STATS[stat]}{cluster_name=~"outbound\\\\|.*"}[${promDuration(scope.rateWindowMs)}])`;
    const withName = `label_replace(${rate}, "destination_service_name", "$1", "cluster_name", "${clusterPattern}")`;
    const withNamespace = `label_replace(${withName}, "destination_service_namespace", "$2", "cluster_name", "${clusterPattern}")`;
    return `sum ${BY_SERVICE} (${withNamespace})`;
}
/** How to turn on the Envoy cluster stats the optional signals need. */
const PROXY_STATS_MATCHER_FIX = "to enable them, add to the mesh config (or a pod's proxy.istio.io/config annotation): " +
    'proxyStatsMatcher: { inclusionRegexps: [".*upstream_rq_retry.*", ".*upstream_rq_timeout.*", ' +
    '".*upstream_rq_pending_overflow.*", ".*outlier_detection.*"] }';

// EXTERNAL MODULE: ./src/core/series.ts
var series = __webpack_require__(34990);
;// CONCATENATED MODULE: ./src/sources/prometheus/source.ts
/**
 * The Prometheus metrics source: reads Istio's standard metrics from any Prometheus-compatible HTTP API
 * (Prometheus, Thanos, Mimir, VictoriaMetrics) over a past or present window and turns them into service series.
 * Owns the HTTP client (auth, TLS, timeouts, retries, bounded parallelism) and the translation of every failure
 * into a MetricsError with a cause and a fix. What to ask lives in istio-queries.ts.
 */






/** Prometheus answers at most 11,000 points per series per range query; stay below it. */
const MAX_POINTS_PER_QUERY = 10_000;
const MAX_BACKOFF_MS = 5_000;
/** A URL fit for messages: no credentials, no query string. */
function displayUrl(url) {
    return `${url.protocol}//${url.host}${url.pathname}`.replace(/\/$/, '');
}
function oneLine(text, max = 300) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
function networkErrorCode(error) {
    let current = error;
    for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
        const candidate = current;
        if (typeof candidate.code === 'string')
            return candidate.code;
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
    final;
    retryAfterMs;
    constructor(final, retryAfterMs) {
        super(final.message);
        this.final = final;
        this.retryAfterMs = retryAfterMs;
    }
}
/** The HTTP client for the Prometheus query API. */
class PrometheusClient {
    options;
    deps;
    baseUrl;
    headers;
    secrets;
    transport;
    closeTransport;
    constructor(options, deps = {}) {
        this.options = options;
        this.deps = deps;
        let url;
        try {
            url = new URL(options.url);
        }
        catch {
            throw new types/* MetricsError */.kj('the Prometheus URL is not a valid URL', 'set --prometheus-url to the server base URL, e.g. http://prometheus.istio-system:9090', { environmental: false });
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
            throw new types/* MetricsError */.kj(`the Prometheus URL must start with http:// or https:// (got ${url.protocol})`, 'set --prometheus-url to the server base URL, e.g. http://prometheus.istio-system:9090', { environmental: false });
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
        if (!url.pathname.endsWith('/'))
            url.pathname += '/';
        this.baseUrl = url;
        this.headers = { ...options.headers };
        if (options.bearerToken)
            this.headers['Authorization'] = `Bearer ${options.bearerToken}`;
        else if (basicAuth) {
            const encoded = Buffer.from(`${basicAuth.username}:${basicAuth.password}`).toString('base64');
            this.headers['Authorization'] = `Basic ${encoded}`;
        }
        this.secrets = [
            options.bearerToken,
            basicAuth?.password,
            ...Object.values(this.headers).filter((value) => value.length >= 6),
        ].filter((secret) => Boolean(secret));
    }
    /** The server as messages name it (never with credentials). */
    get displayUrl() {
        return displayUrl(this.baseUrl);
    }
    /** A range query's matrix. */
    async queryRange(query, startMs, endMs, stepMs, context) {
        const data = await this.call('api/v1/query_range', context, {
            method: 'POST',
            form: { query, start: String(startMs / 1000), end: String(endMs / 1000), step: String(stepMs / 1000) },
            query,
        });
        return expectResult(data, 'matrix', this.displayUrl);
    }
    /** An instant query's vector. */
    async query(query, timeMs, context) {
        const data = await this.call('api/v1/query', context, {
            method: 'POST',
            form: { query, time: String(timeMs / 1000) },
            query,
        });
        return expectResult(data, 'vector', this.displayUrl);
    }
    /** The values a label takes on series matching `selector` within [startMs, endMs]. */
    async labelValues(label, selector, startMs, endMs, context) {
        const params = new URLSearchParams({
            'match[]': selector,
            start: String(startMs / 1000),
            end: String(endMs / 1000),
        });
        const data = await this.call(`api/v1/label/${encodeURIComponent(label)}/values?${params}`, context, {
            method: 'GET',
            query: selector,
        });
        if (!Array.isArray(data))
            throw this.notPrometheus('the label values were not a list');
        return data.map(String);
    }
    /** Releases the TLS connection pool, if one was made. */
    async close() {
        await this.closeTransport?.();
    }
    fetchFunction() {
        if (this.deps.fetch)
            return Promise.resolve(this.deps.fetch);
        if (!this.options.caFile && !this.options.insecureSkipVerify)
            return Promise.resolve(globalThis.fetch);
        this.transport ??= this.tlsFetch();
        return this.transport;
    }
    /** A fetch with a custom CA or without verification: undici's own fetch and Agent (Node's fetch takes no TLS options). */
    async tlsFetch() {
        let ca;
        if (this.options.caFile) {
            try {
                ca = (0,external_node_fs_.readFileSync)(this.options.caFile, 'utf8');
            }
            catch (error) {
                throw new types/* MetricsError */.kj(`cannot read the Prometheus CA file ${this.options.caFile}: ${error.message}`, 'point --prometheus-ca at a readable PEM file', { environmental: false });
            }
        }
        const undici = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 46752, 19));
        const agent = new undici.Agent({ connect: { ca, rejectUnauthorized: !this.options.insecureSkipVerify } });
        this.closeTransport = () => agent.close();
        const tlsFetch = (input, init) => undici.fetch(input, { ...init, dispatcher: agent });
        return tlsFetch;
    }
    redact(text) {
        let out = text;
        for (const secret of this.secrets)
            out = out.split(secret).join('[redacted]');
        return out;
    }
    notPrometheus(detail) {
        return new types/* MetricsError */.kj(`the server at ${this.displayUrl} did not answer like a Prometheus API (${detail})`, 'set --prometheus-url to the Prometheus base URL (the one serving /api/v1/query), not a UI, proxy login or other page');
    }
    async call(path, context, request) {
        const fetchFn = await this.fetchFunction();
        const attempts = Math.max(1, this.deps.maxAttempts ?? 4);
        const baseDelay = this.deps.retryBaseDelayMs ?? 250;
        let lastFailure;
        for (let attempt = 1; attempt <= attempts; attempt++) {
            try {
                return await this.attempt(fetchFn, path, context, request);
            }
            catch (error) {
                if (!(error instanceof RetryableFailure))
                    throw error;
                lastFailure = error;
                if (attempt === attempts)
                    break;
                const backoff = Math.random() * Math.min(MAX_BACKOFF_MS, baseDelay * 2 ** (attempt - 1));
                const delay = Math.max(backoff, Math.min(error.retryAfterMs ?? 0, MAX_BACKOFF_MS));
                if (Date.now() + delay >= context.deadline)
                    break;
                await sleep(delay, context.signal);
            }
        }
        const final = lastFailure.final;
        throw new types/* MetricsError */.kj(final.message, final.fix);
    }
    async attempt(fetchFn, path, context, request) {
        context.signal?.throwIfAborted();
        const remaining = context.deadline - Date.now();
        if (remaining <= 0)
            throw this.timeoutError(context.deadlineMs, 'the overall deadline');
        const timeoutMs = Math.min(this.options.timeoutMs, remaining);
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = context.signal ? AbortSignal.any([context.signal, timeout]) : timeout;
        const url = new URL(path, this.baseUrl);
        const headers = { Accept: 'application/json', ...this.headers };
        let body;
        if (request.form) {
            headers['Content-Type'] = 'application/x-www-form-urlencoded';
            body = new URLSearchParams(request.form).toString();
        }
        let response;
        let text;
        try {
            response = await fetchFn(url, { method: request.method, headers, body, signal });
            text = await response.text();
        }
        catch (error) {
            if (context.signal?.aborted)
                throw context.signal.reason;
            if (timeout.aborted)
                throw this.timeoutError(timeoutMs, 'the request timeout');
            throw this.networkError(error);
        }
        let envelope;
        try {
            const parsed = JSON.parse(text);
            if (parsed && typeof parsed === 'object' && 'status' in parsed)
                envelope = parsed;
        }
        catch {
            envelope = undefined;
        }
        const promError = envelope?.status === 'error' ? `${envelope.errorType ?? 'error'}: ${envelope.error ?? ''}` : '';
        const status = response.status;
        if (response.ok) {
            if (envelope?.status === 'success')
                return envelope.data;
            if (envelope?.status === 'error')
                throw this.queryRejected(status, promError, request.query);
            const contentType = response.headers.get('content-type') ?? 'no content type';
            throw this.notPrometheus(`HTTP ${status}, ${contentType}: ${oneLine(this.redact(text), 80)}`);
        }
        if (status === 429 || status >= 500) {
            const retryAfterSeconds = Number(response.headers.get('retry-after'));
            const detail = promError || oneLine(text, 120) || response.statusText;
            throw new RetryableFailure(new types/* MetricsError */.kj(`Prometheus at ${this.displayUrl} kept failing: HTTP ${status} (${this.redact(oneLine(detail, 200))})`, status === 429
                ? 'the server is rate limiting: lower prometheus.concurrency, raise --step, or retry later'
                : "check the server's health and logs, then retry; a large window may need a larger --step"), Number.isFinite(retryAfterSeconds) && retryAfterSeconds > 0 ? retryAfterSeconds * 1000 : undefined);
        }
        if (status === 401 || status === 403) {
            throw new types/* MetricsError */.kj(`Prometheus at ${this.displayUrl} refused the request: HTTP ${status} ${status === 401 ? 'unauthorized' : 'forbidden'}`, 'check the bearer token, basic auth and --prometheus-header values (and that they grant read access)');
        }
        if (status === 404 && !envelope) {
            throw new types/* MetricsError */.kj(`no Prometheus query API at ${displayUrl(url)} (HTTP 404)`, 'set --prometheus-url to the base URL that serves /api/v1/query (for Mimir or Thanos include their prefix, e.g. /prometheus)');
        }
        if (envelope?.status === 'error')
            throw this.queryRejected(status, promError, request.query);
        throw this.notPrometheus(`HTTP ${status}: ${oneLine(this.redact(text), 80)}`);
    }
    queryRejected(status, promError, query) {
        return new types/* MetricsError */.kj(`Prometheus at ${this.displayUrl} rejected a query (HTTP ${status}, ${this.redact(oneLine(promError, 300))}) ` +
            `for: ${oneLine(query, 200)}`, 'check the namespaces and reporter settings; if the backend is not Prometheus, check that it supports this PromQL', { environmental: false });
    }
    timeoutError(timeoutMs, what) {
        return new types/* MetricsError */.kj(`Prometheus at ${this.displayUrl} did not answer within ${Math.round(timeoutMs / 100) / 10} s (${what})`, 'raise prometheus.timeout in the config file, query a shorter window or a larger --step, or check the server load');
    }
    networkError(error) {
        const code = networkErrorCode(error);
        const detail = code ?? oneLine(this.redact(error?.message ?? String(error)), 120);
        const failure = new types/* MetricsError */.kj(`cannot reach Prometheus at ${this.displayUrl}: ${detail}`, code && TLS_CODE.test(code)
            ? "the server's TLS certificate was not trusted: pass its CA with --prometheus-ca (or, for tests only, --insecure-skip-tls-verify)"
            : 'check --prometheus-url, that the server is running, and that this machine can reach it (DNS, firewall, port-forward)');
        if (code && errors/* RETRYABLE_NETWORK_CODES */.F.has(code))
            return new RetryableFailure(failure);
        return failure;
    }
}
function expectResult(data, resultType, url) {
    const payload = data;
    if (!payload || payload.resultType !== resultType || !Array.isArray(payload.result)) {
        throw new types/* MetricsError */.kj(`the server at ${url} did not answer like a Prometheus API (expected a ${resultType} result)`, 'set --prometheus-url to the Prometheus base URL (the one serving /api/v1/query), not a UI, proxy login or other page');
    }
    return payload.result;
}
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(resolve, ms);
        signal?.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(signal.reason);
        }, { once: true });
    });
}
function parseValue(text) {
    const value = Number(text);
    return Number.isFinite(value) ? value : null;
}
function keyOf(metric) {
    const namespace = metric[SERVICE_LABELS[0]];
    const name = metric[SERVICE_LABELS[1]];
    // Istio labels traffic to unknown destinations "unknown": not a service anyone can act on.
    if (!namespace || !name || name === 'unknown' || namespace === 'unknown')
        return undefined;
    return { namespace, name };
}
function byService(a, b) {
    return a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name);
}
const QUANTILES = { latencyP50: 0.5, latencyP90: 0.9, latencyP99: 0.99 };
const ENVOY_STATS = Object.keys(ENVOY_CLUSTER_STATS);
/**
 * Reads a window of Istio metrics from Prometheus. Every value at step i is evaluated at the step's end,
 * from + (i+1)·step, over the rate window of istio-queries.ts: so step i describes the requests that completed
 * in [from + i·step, from + (i+1)·step) (smoothed over the window when the step is shorter than 2 minutes).
 */
class PrometheusSource {
    options;
    deps;
    name = 'prometheus';
    hasHistory = true;
    client;
    constructor(options, deps = {}) {
        this.options = options;
        this.deps = deps;
        this.client = new PrometheusClient(options, deps);
    }
    /** Releases connection pools (only a custom-TLS source holds one). */
    close() {
        return this.client.close();
    }
    /** The services that reported requests in [from, to), from the metrics' own labels (no cluster needed). */
    async listServices(window) {
        const context = this.callContext(window.signal);
        const scope = { reporter: this.options.reporter, namespaces: window.namespaces };
        const samples = await this.client.query(servicesQuery(scope, window.to - window.from), window.to, context);
        const keys = samples
            .map((sample) => keyOf(sample.metric))
            .filter((key) => Boolean(key));
        return keys.sort(byService);
    }
    async collect(request) {
        const { from, to, stepMs } = request;
        const steps = Math.floor((to - from) / stepMs);
        if (!(stepMs > 0) || steps < 1) {
            throw new types/* MetricsError */.kj(`the window ${new Date(from).toISOString()} to ${new Date(to).toISOString()} is shorter than one step (${stepMs} ms)`, 'widen --from/--to or lower --step', { environmental: false });
        }
        // The first failure cancels the queries still queued or in flight: one error, not thirteen.
        const failed = new AbortController();
        const context = this.callContext(request.signal ? AbortSignal.any([request.signal, failed.signal]) : failed.signal);
        const guarded = (task) => async () => {
            if (failed.signal.aborted)
                return undefined;
            try {
                return await task();
            }
            catch (error) {
                failed.abort(error);
                throw error;
            }
        };
        const scope = {
            reporter: this.options.reporter,
            namespaces: request.namespaces,
            rateWindowMs: rateWindowMs(stepMs),
        };
        const queries = [
            ['total', totalRequestRateQuery(scope)],
            ['errors', errorRateQuery(scope)],
            ['timeoutFlags', timeoutFlagRateQuery(scope)],
            ['retryFlags', retryLimitFlagRateQuery(scope)],
            ['overflowFlags', overflowFlagRateQuery(scope)],
            ...Object.entries(QUANTILES).map(([metric, q]) => [
                metric,
                latencyQuantileQuery(scope, q),
            ]),
            ...ENVOY_STATS.map((stat) => [`envoy:${stat}`, envoyClusterRateQuery(stat, scope)]),
        ];
        // Long windows are split so no range query exceeds Prometheus's per-series point limit.
        const chunks = [];
        for (let first = 0; first < steps; first += MAX_POINTS_PER_QUERY) {
            chunks.push({ first, last: Math.min(steps, first + MAX_POINTS_PER_QUERY) - 1 });
        }
        const limit = (0,p_limit/* default */.A)(Math.max(1, this.options.concurrency));
        const readings = new Map(queries.map(([key]) => [key, new Map()]));
        const total = queries.length * chunks.length + 1;
        let done = 0;
        const progress = (message) => request.onProgress?.(++done / total, message);
        const rangeCalls = queries.flatMap(([key, query]) => chunks.map((chunk) => limit(guarded(async () => {
            const series = await this.client.queryRange(query, from + (chunk.first + 1) * stepMs, from + (chunk.last + 1) * stepMs, stepMs, context);
            const target = readings.get(key);
            for (const one of series) {
                const service = keyOf(one.metric);
                if (!service)
                    continue;
                const id = (0,types/* serviceId */.fH)(service);
                let perStep = target.get(id);
                if (!perStep)
                    target.set(id, (perStep = new Map()));
                for (const [seconds, text] of one.values) {
                    const index = Math.round((seconds * 1000 - from) / stepMs) - 1;
                    if (index >= 0 && index < steps)
                        perStep.set(index, parseValue(text));
                }
            }
            progress(`read ${key}`);
        }))));
        const bucketCall = limit(guarded(async () => {
            const values = await this.client.labelValues('le', latencyBucketSelector(scope), from - scope.rateWindowMs, to, context);
            progress('read histogram buckets');
            return values;
        }));
        const [bucketLabels = []] = await Promise.all([bucketCall, ...rangeCalls]);
        const totals = readings.get('total');
        if (totals.size === 0) {
            const where = request.namespaces.length > 0 ? `namespaces ${request.namespaces.join(', ')}` : 'any namespace';
            throw new types/* MetricsError */.kj(`no Istio metrics found at ${this.client.displayUrl}: no istio_requests_total with reporter="${scope.reporter}" in ` +
                `${where} between ${new Date(from).toISOString()} and ${new Date(to).toISOString()}`, 'check that Prometheus scrapes the Istio sidecars (istio_requests_total), the --namespace filter, ' +
                'the reporter setting and the --from/--to window', { environmental: false });
        }
        const inNamespaces = (key) => request.namespaces.length === 0 || request.namespaces.includes(key.namespace);
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
        const notes = [];
        if (missing.size > 0) {
            const affected = services.filter((series) => series.unavailable.length > 0).length;
            notes.push(`${[...missing].join(', ')} unavailable (not zero) for ${affected} of ${services.length} services: ` +
                `the Envoy cluster stats they need are not in Prometheus; ${PROXY_STATS_MATCHER_FIX}`);
        }
        const histogramBuckets = bucketLabels
            .map(Number)
            .filter((bound) => Number.isFinite(bound))
            .sort((a, b) => a - b);
        // `to` is trimmed to whole steps, as every source does.
        const end = from + steps * stepMs;
        return { source: 'prometheus', from, to: end, stepMs, services, histogramBuckets, notes, partial: false };
    }
    callContext(signal) {
        const deadlineMs = this.deps.deadlineMs ?? Math.max(60_000, 4 * this.options.timeoutMs);
        return { deadline: Date.now() + deadlineMs, deadlineMs, signal };
    }
    seriesFor(key, steps, stepMs, readings) {
        const id = (0,types/* serviceId */.fH)(key);
        const read = (query, step) => readings.get(query).get(id)?.get(step) ?? null;
        const has = (query) => (readings.get(query).get(id)?.size ?? 0) > 0;
        const flagsMeaningful = this.options.reporter === 'source';
        // Optional signals: a reading exists when its Envoy stat is exported, or (retries, overflow) when the
        // source reporter's response flags see them; the destination proxy never sees client-side retries/overflow.
        const sources = {
            retryRatio: [
                ...(has('envoy:retries') ? ['envoy:retries'] : []),
                ...(flagsMeaningful ? ['retryFlags'] : []),
            ],
            overflowRatio: [
                ...(has('envoy:pendingOverflow') ? ['envoy:pendingOverflow'] : []),
                ...(flagsMeaningful ? ['overflowFlags'] : []),
            ],
            timeoutRatio: ['timeoutFlags', ...(has('envoy:timeouts') ? ['envoy:timeouts'] : [])],
        };
        const unavailable = [];
        if (sources.retryRatio.length === 0)
            unavailable.push('retryRatio');
        if (sources.overflowRatio.length === 0)
            unavailable.push('overflowRatio');
        if (!has('envoy:ejections'))
            unavailable.push('ejectionRate');
        const requests = [];
        const values = (0,series/* metricArrays */.FR)();
        for (let step = 0; step < steps; step++) {
            const rate = read('total', step);
            const served = rate !== null && rate > 0;
            requests.push(rate === null ? 0 : round(rate * (stepMs / 1000)));
            values.requestRate.push(rate === null ? null : round(rate));
            // A ratio of a zero rate has no meaning: null, never zero.
            const ratio = (queries) => {
                if (!served || queries.length === 0)
                    return null;
                // Readings from different views of the same events (flags, Envoy stats) are not added: the larger wins.
                return round(Math.max(...queries.map((query) => read(query, step) ?? 0)) / rate);
            };
            values.errorRatio.push(served ? round(Math.min(1, (read('errors', step) ?? 0) / rate)) : null);
            for (const metric of Object.keys(QUANTILES)) {
                values[metric].push(served ? read(metric, step) : null);
            }
            values.retryRatio.push(ratio(sources.retryRatio));
            values.overflowRatio.push(ratio(sources.overflowRatio));
            values.timeoutRatio.push(ratio(sources.timeoutRatio));
            values.ejectionRate.push(unavailable.includes('ejectionRate') ? null : read('envoy:ejections', step));
        }
        return { service: key, requests, values, unavailable };
    }
}
function round(value) {
    return Math.round(value * 1e9) / 1e9;
}
/**
 * The services seen in the metrics over [from, to) (labels destination_service_namespace / _name): the service
 * list for `--source prometheus` without a cluster connection.
 */
async function listServicesFromMetrics(options, window, deps = {}) {
    const source = new PrometheusSource(options, deps);
    try {
        return await source.listServices(window);
    }
    finally {
        await source.close();
    }
}


/***/ }),

/***/ 70370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ pLimit)
});

// UNUSED EXPORTS: limitFunction

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}


/***/ })

};

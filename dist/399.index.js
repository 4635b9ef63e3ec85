export const id = 399;
export const ids = [399];
export const modules = {

/***/ 27739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ BodyTooLarge),
/* harmony export */   r: () => (/* binding */ readCappedStream)
/* harmony export */ });
/** Response bodies read with a size cap, for every server we read from (Prometheus, sidecars). */
/** The body went past its cap; the caller says which cap, and how to raise it. */
class BodyTooLarge extends Error {
}
/**
 * Reads a body stream up to `maxBytes`: refused at once when the declared Content-Length is already past it,
 * else the stream is cancelled at the first byte beyond it. Either way: BodyTooLarge, nothing buffered past
 * the cap.
 */
async function readCappedStream(stream, maxBytes, declaredLength) {
    if (declaredLength !== undefined && Number.isFinite(declaredLength) && declaredLength > maxBytes) {
        await stream?.cancel().catch(() => undefined);
        throw new BodyTooLarge();
    }
    if (!stream)
        return Buffer.alloc(0);
    const reader = stream.getReader();
    const chunks = [];
    let bytes = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        bytes += value.byteLength;
        if (bytes > maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw new BodyTooLarge();
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks, bytes);
}


/***/ }),

/***/ 3688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FS: () => (/* binding */ RETRYABLE_NETWORK_CODES),
/* harmony export */   a0: () => (/* binding */ networkErrorCode),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/**
 * What a failed network call says about itself, read the same way for every server we talk to (the Kubernetes
 * API, sidecars through its pod proxy, Prometheus).
 */
/** Socket error codes that mean "the connection dropped mid-request": worth one more try, for any server. */
const RETRYABLE_NETWORK_CODES = new Set([
    'ECONNRESET',
    'EPIPE',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'ECONNABORTED',
]);
/**
 * The first string `code` along an error's cause chain: undici wraps the socket error in `cause`, and a
 * happy-eyeballs connect keeps the real errors in an AggregateError's `errors`.
 */
function networkErrorCode(err) {
    let current = err;
    for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
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
/** The message of anything thrown, for a one-line note. */
function errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
}


/***/ }),

/***/ 61399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UG: () => (/* binding */ AnswerTooLarge),
  fe: () => (/* binding */ DEFAULT_MAX_RESPONSE_BYTES),
  PrometheusClient: () => (/* binding */ PrometheusClient),
  G3: () => (/* binding */ QueryTooLarge),
  T: () => (/* binding */ RequestTimedOut)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/net/errors.ts
var errors = __webpack_require__(3688);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
// EXTERNAL MODULE: ./src/net/retry.ts
var retry = __webpack_require__(37893);
// EXTERNAL MODULE: ./src/net/body.ts
var net_body = __webpack_require__(27739);
;// CONCATENATED MODULE: ./src/sources/prometheus/http.ts
/**
 * One exchange with the server at the HTTP level: redirects followed within the configured origin only, and an
 * answer read up to a cap, so neither a redirect nor an endless body can take credentials or memory away.
 */




const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
/**
 * Sends one request, following same-origin redirects by hand. A redirect to another origin is refused: the
 * credentials (Authorization, X-Scope-OrgID, X-Api-Key, any --prometheus-header) and the query belong to the
 * configured server alone, and fetch's own redirect handling would carry custom headers (and a 307's body) across.
 */
async function sendWithinOrigin(fetchFn, start, exchange) {
    let url = start;
    let method = exchange.method;
    let form = exchange.form;
    for (let hop = 0;; hop++) {
        const headers = { ...exchange.headers };
        let body;
        if (form && method === 'POST') {
            headers['Content-Type'] = 'application/x-www-form-urlencoded';
            body = new URLSearchParams(form).toString();
        }
        exchange.onRequest?.();
        const response = await fetchFn(url, {
            method,
            headers,
            body,
            signal: exchange.signal,
            redirect: 'manual',
        });
        const location = response.headers.get('location');
        if (!REDIRECT_STATUSES.has(response.status) || !location)
            return { response, url };
        await response.body?.cancel();
        const target = new URL(location, url);
        if (target.origin !== start.origin) {
            throw new types/* MetricsError */.kj(`Prometheus at ${exchange.server} redirected to another origin (${target.origin}): not followed, so ` +
                'its credentials and headers stay with the configured server', `set --prometheus-url to the server that answers the queries itself (if you trust it: ${target.origin})`, { environmental: false });
        }
        if (hop + 1 >= MAX_REDIRECTS) {
            throw new types/* MetricsError */.kj(`Prometheus at ${exchange.server} redirected more than ${MAX_REDIRECTS} times`, 'set --prometheus-url to the URL the server finally answers on', { environmental: false });
        }
        // 307/308 repeat the request as it was; the others turn a POST into a GET, so its form moves to the URL.
        if (response.status !== 307 && response.status !== 308 && method === 'POST') {
            method = 'GET';
            for (const [key, value] of Object.entries(form ?? {}))
                target.searchParams.set(key, value);
            form = undefined;
        }
        url = target;
    }
}
/** Reads a body up to `maxBytes`, cancelling the stream at the first byte beyond it (BodyTooLarge). */
async function readCapped(response, maxBytes) {
    const body = await (0,net_body/* readCappedStream */.r)(response.body, maxBytes, Number(response.headers.get('content-length')));
    return { text: body.toString('utf8'), bytes: body.byteLength };
}
/** The `data.result` of a successful answer, if it has the expected type. */
function expectResult(data, resultType, url) {
    const payload = data;
    if (!payload || payload.resultType !== resultType || !Array.isArray(payload.result)) {
        throw new types/* MetricsError */.kj(`the server at ${url} did not answer like a Prometheus API (expected a ${resultType} result)`, 'set --prometheus-url to the Prometheus base URL (the one serving /api/v1/query), not a UI, proxy login or other page');
    }
    return payload.result;
}

;// CONCATENATED MODULE: ./src/sources/prometheus/client.ts
/**
 * The HTTP client for a Prometheus-compatible query API (Prometheus, Thanos, Mimir, VictoriaMetrics): auth, TLS,
 * timeouts, retries, redirects that keep credentials with their origin, and a cap on every answer's size. Every
 * failure becomes a MetricsError with a cause and a fix; a query the server found too large becomes a
 * QueryTooLarge, so the caller can ask in smaller pieces instead of retrying the same one.
 */





const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
const MAX_BACKOFF_MS = 5_000;
/**
 * The server refused a query as too large: it would load more samples than --query.max-samples (422), or it
 * ran past --query.timeout (503 timeout). Never retried as is: the caller asks again in smaller pieces.
 */
class QueryTooLarge extends types/* MetricsError */.kj {
    reason;
    constructor(reason, message, fix) {
        super(message, fix);
        this.reason = reason;
    }
}
/** One request ran past the per-request timeout (--timeout): a range query may be asked again in smaller pieces. */
class RequestTimedOut extends types/* MetricsError */.kj {
}
/** One answer ran past the response cap: a range query may be asked again in smaller pieces. */
class AnswerTooLarge extends types/* MetricsError */.kj {
}
/** A URL fit for messages: no credentials, no query string. */
function displayUrl(url) {
    return `${url.protocol}//${url.host}${url.pathname}`.replace(/\/$/, '');
}
function oneLine(text, max = 300) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
const TLS_CODE = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/;
/** A failure worth another attempt, and the error to report if attempts (or the deadline) run out. */
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
    maxResponseBytes;
    transport;
    closeTransport;
    /** Requests sent (each attempt and each redirect hop counts), for the benchmark and the progress line. */
    requests = 0;
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
        this.maxResponseBytes = deps.maxResponseBytes ?? options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
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
    /**
     * One request under net/retry.ts's policy: 5xx, 429 and connection resets are tried again with jittered
     * backoff (or the server's Retry-After) within the collection's deadline; a request that ran past --timeout is
     * not, so the source can ask it again in smaller pieces instead of repeating what the server could not do.
     */
    async call(path, context, request) {
        const fetchFn = await this.fetchFunction();
        const policy = {
            attempts: Math.max(1, this.deps.maxAttempts ?? 4),
            initialDelayMs: this.deps.retryBaseDelayMs ?? 250,
            maxDelayMs: MAX_BACKOFF_MS,
            requestTimeoutMs: this.options.timeoutMs,
            deadlineMs: context.deadline - Date.now(),
        };
        // Out of attempts or of time after a retryable failure: that failure, which says what the server did.
        const lastFailure = (error) => error instanceof RetryableFailure ? new types/* MetricsError */.kj(error.final.message, error.final.fix) : undefined;
        return (0,retry/* withRetry */.bD)(policy, (signal) => this.attempt(fetchFn, path, context, request, signal), {
            retryable: (error) => error instanceof RetryableFailure,
            retryAfterMs: (error) => (error instanceof RetryableFailure ? error.retryAfterMs : undefined),
            retryTimedOut: false,
            deadlineExceeded: (error) => lastFailure(error) ?? this.timeoutError(context.deadlineMs, 'the overall deadline'),
            failed: (error) => lastFailure(error) ?? error,
            sleep: (ms) => (0,retry/* sleep */.yy)(ms, context.signal),
        });
    }
    tooLargeAnswer(request) {
        const mib = Math.round((this.maxResponseBytes / 1024 / 1024) * 10) / 10;
        return new AnswerTooLarge(`the answer from Prometheus at ${this.displayUrl} exceeded the ${mib} MiB cap on a response ` +
            `(prometheus.maxResponseSize) for: ${oneLine(request.query, 160)}`, 'query fewer namespaces, a shorter window or a larger --step, or raise prometheus.maxResponseSize in the config file');
    }
    /** One attempt; `timeout` aborts at the request timeout or the deadline, whichever comes first. */
    async attempt(fetchFn, path, context, request, timeout) {
        context.signal?.throwIfAborted();
        const timeoutMs = Math.min(this.options.timeoutMs, context.deadline - Date.now());
        const signal = context.signal ? AbortSignal.any([context.signal, timeout]) : timeout;
        let response;
        let url;
        let text;
        try {
            ({ response, url } = await sendWithinOrigin(fetchFn, new URL(path, this.baseUrl), {
                method: request.method,
                form: request.form,
                headers: { Accept: 'application/json', ...this.headers },
                signal,
                server: this.displayUrl,
                onRequest: () => this.requests++,
            }));
            const body = await readCapped(response, this.maxResponseBytes);
            this.deps.onResponse?.(body.bytes);
            text = body.text;
        }
        catch (error) {
            if (error instanceof types/* MetricsError */.kj)
                throw error;
            if (error instanceof net_body/* BodyTooLarge */.K)
                throw this.tooLargeAnswer(request);
            if (context.signal?.aborted)
                throw context.signal.reason;
            if (timeout.aborted) {
                if (timeoutMs < this.options.timeoutMs)
                    throw this.timeoutError(timeoutMs, 'the overall deadline');
                const error = this.timeoutError(timeoutMs, 'the request timeout');
                throw new RequestTimedOut(error.message, error.fix);
            }
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
        const tooLarge = this.tooLarge(status, envelope, promError);
        if (tooLarge)
            throw tooLarge;
        if (status === 429 || status >= 500) {
            if (status === 429 || status === 503)
                context.onPushback?.();
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
    /** A query the server refused for its size: the sample limit (422) or the query timeout (503 "timeout"). */
    tooLarge(status, envelope, promError) {
        const text = this.redact(oneLine(promError, 200));
        if (status === 422 && /too many samples/i.test(envelope?.error ?? '')) {
            return new QueryTooLarge('samples', `Prometheus at ${this.displayUrl} refused a query as too large (HTTP 422, ${text})`, "raise the server's --query.max-samples");
        }
        if (status === 503 && envelope?.errorType === 'timeout') {
            return new QueryTooLarge('timeout', `Prometheus at ${this.displayUrl} gave up on a query (HTTP 503, ${text})`, "raise the server's --query.timeout");
        }
        return undefined;
    }
    queryRejected(status, promError, query) {
        return new types/* MetricsError */.kj(`Prometheus at ${this.displayUrl} rejected a query (HTTP ${status}, ${this.redact(oneLine(promError, 300))}) ` +
            `for: ${oneLine(query, 200)}`, 'check the namespaces and reporter settings; if the backend is not Prometheus, check that it supports this PromQL', { environmental: false });
    }
    timeoutError(timeoutMs, what) {
        return new types/* MetricsError */.kj(`Prometheus at ${this.displayUrl} did not answer within ${Math.round(timeoutMs / 100) / 10} s (${what})`, 'raise --timeout (per request) or --deadline (overall), query a shorter window or a larger --step, or check the server load');
    }
    networkError(error) {
        const code = (0,errors/* networkErrorCode */.a0)(error);
        const detail = code ?? oneLine(this.redact(error?.message ?? String(error)), 120);
        const failure = new types/* MetricsError */.kj(`cannot reach Prometheus at ${this.displayUrl}: ${detail}`, code && TLS_CODE.test(code)
            ? "the server's TLS certificate was not trusted: pass its CA with --prometheus-ca (or, for tests only, --insecure-skip-tls-verify)"
            : 'check --prometheus-url, that the server is running, and that this machine can reach it (DNS, firewall, port-forward)');
        if (code && errors/* RETRYABLE_NETWORK_CODES */.FS.has(code))
            return new RetryableFailure(failure);
        return failure;
    }
}


/***/ })

};

export const id = 125;
export const ids = [125];
export const modules = {

/***/ 28945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rk: () => (/* binding */ callerFromLabels),
/* harmony export */   Xo: () => (/* binding */ ServiceNamer),
/* harmony export */   p1: () => (/* binding */ callerWorkload)
/* harmony export */ });
/* unused harmony export isOutsideCaller */
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22483);
/* harmony import */ var _dialect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3023);
/**
 * Which service a series is, by a dialect's naming (dialect.ts): the Service its labels name, or — where only a
 * workload is named (a Linkerd request whose authority is an address, a kubelet probe) — the Service the same
 * workload's other requests named, else the workload itself. And which Service a caller is. Pure.
 */


/** Names services from series labels, remembering which Service each workload was called by. */
class ServiceNamer {
    naming;
    workloadLabels;
    refused;
    /** namespace/workload → the one Service its requests named (null: several, so none). */
    aliases = new Map();
    constructor(naming, workloadLabels, refused = new _core_names_js__WEBPACK_IMPORTED_MODULE_1__/* .RefusedNames */ .TH()) {
        this.naming = naming;
        this.workloadLabels = workloadLabels;
        this.refused = refused;
    }
    /** Whether any label set may need an alias: only namings with a fallback part. */
    get usesAliases() {
        return this.naming.name.some((part) => part.fallback);
    }
    workloadOf(labels) {
        for (const label of this.workloadLabels)
            if (labels[label])
                return labels[label];
        return undefined;
    }
    /** Learns from label sets (a services query's answer): which Service each workload's requests named. */
    learn(labelSets) {
        for (const labels of labelSets) {
            const named = (0,_dialect_js__WEBPACK_IMPORTED_MODULE_0__/* .nameFromLabels */ .Lf)(this.naming, labels);
            const workload = this.workloadOf(labels);
            if (!named || named.fallback || !workload)
                continue;
            const id = `${named.namespace}/${workload}`;
            const known = this.aliases.get(id);
            if (known === undefined)
                this.aliases.set(id, named.name);
            else if (known !== named.name)
                this.aliases.set(id, null);
        }
        return this;
    }
    /** The Service a workload's requests named, when exactly one. */
    serviceOfWorkload(namespace, workload) {
        return this.aliases.get(`${namespace}/${workload}`) ?? undefined;
    }
    /**
     * The service a series is, or undefined (no usable labels, or not Kubernetes names: refused, with a note). A
     * workload named alone whose other requests named its Service is a kubelet probe or a call by address: not the
     * Service's traffic, so not read (a steady probe rate would hide a change of the real one); a workload whose
     * requests never name a Service is read under its own name.
     */
    key(labels) {
        const named = (0,_dialect_js__WEBPACK_IMPORTED_MODULE_0__/* .nameFromLabels */ .Lf)(this.naming, labels);
        if (!named)
            return undefined;
        if (named.fallback && this.serviceOfWorkload(named.namespace, named.name))
            return undefined;
        const name = named.name;
        // Labels are whatever the scraped workloads said: only Kubernetes names go on (core/names.ts).
        if (!this.refused.accept(named.namespace, name))
            return undefined;
        return { namespace: named.namespace, name };
    }
}
/** Whether a caller is traffic from outside the mesh (a gateway, an ingress controller, `unknown`). */
function isOutsideCaller(naming, labels) {
    const namespace = labels[naming.namespace];
    const workload = naming.workload.map((label) => labels[label]).find(Boolean);
    if (!workload || !namespace || namespace === 'unknown')
        return true;
    return new RegExp(`^(?:${naming.outside})$`).test(workload);
}
/** The caller's workload as its labels name it, or undefined for traffic from outside. */
function callerWorkload(naming, labels) {
    if (isOutsideCaller(naming, labels))
        return undefined;
    const name = naming.workload.map((label) => labels[label]).find(Boolean);
    return { namespace: labels[naming.namespace], name };
}
/**
 * The Service a caller most likely is, from its labels alone: its canonical service when that is a known
 * service, else the Service its workload serves (`aliasOf`, from the callee-side naming), else its workload less
 * a version suffix (reviews-v2 → reviews) when that is known, else the canonical service (or workload) as it is.
 * Null for traffic from outside the mesh.
 */
function callerFromLabels(naming, labels, known, aliasOf) {
    const workload = callerWorkload(naming, labels);
    if (!workload)
        return null;
    const { namespace } = workload;
    const canonical = naming.canonical ? labels[naming.canonical] : undefined;
    const alias = aliasOf?.(namespace, workload.name);
    const candidates = [canonical, alias, workload.name.replace(/-v\d+$/, ''), workload.name].filter((c) => Boolean(c) && c !== 'unknown');
    const name = candidates.find((c) => known.has(`${namespace}/${c}`)) ?? candidates[0] ?? workload.name;
    return { namespace, name };
}


/***/ }),

/***/ 27739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KQ: () => (/* binding */ BodyTooLarge),
/* harmony export */   Ko: () => (/* binding */ readCappedStream),
/* harmony export */   q$: () => (/* binding */ forEachChunk)
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
    const chunks = [];
    const bytes = await forEachChunk(stream, maxBytes, declaredLength, (chunk) => chunks.push(chunk));
    return Buffer.concat(chunks, bytes);
}
/**
 * Hands a body stream to `use` chunk by chunk, under the same cap as readCappedStream; returns the bytes read.
 * An error thrown by `use` cancels the stream.
 */
async function forEachChunk(stream, maxBytes, declaredLength, use) {
    if (declaredLength !== undefined && Number.isFinite(declaredLength) && declaredLength > maxBytes) {
        await stream?.cancel().catch(() => undefined);
        throw new BodyTooLarge();
    }
    if (!stream)
        return 0;
    const reader = stream.getReader();
    let bytes = 0;
    try {
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            bytes += value.byteLength;
            if (bytes > maxBytes)
                throw new BodyTooLarge();
            use(value);
        }
    }
    catch (error) {
        await reader.cancel().catch(() => undefined);
        throw error;
    }
    return bytes;
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

/***/ 24125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PrometheusSource: () => (/* binding */ PrometheusSource)
});

// UNUSED EXPORTS: DEFAULT_MAX_SAMPLES, PrometheusClient

// EXTERNAL MODULE: ./src/core/names.ts
var names = __webpack_require__(22483);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
// EXTERNAL MODULE: ./src/mesh/queries.ts
var mesh_queries = __webpack_require__(93677);
// EXTERNAL MODULE: ./src/mesh/dialect.ts
var mesh_dialect = __webpack_require__(3023);
// EXTERNAL MODULE: ./src/mesh/dialects/index.ts
var dialects = __webpack_require__(23709);
// EXTERNAL MODULE: ./src/mesh/detect.ts
var detect = __webpack_require__(24938);
// EXTERNAL MODULE: ./src/mesh/naming.ts
var mesh_naming = __webpack_require__(28945);
// EXTERNAL MODULE: ./src/net/body.ts
var net_body = __webpack_require__(27739);
// EXTERNAL MODULE: ./src/net/retry.ts
var retry = __webpack_require__(37893);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./src/net/errors.ts
var errors = __webpack_require__(3688);
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
        let headers = { ...exchange.headers };
        let body;
        if (form && method === 'POST') {
            headers['Content-Type'] = 'application/x-www-form-urlencoded';
            body = new URLSearchParams(form).toString();
        }
        // Signed per hop and per attempt: the signature covers this URL, method and body, and its time.
        if (exchange.sign)
            headers = await exchange.sign({ method, url, headers, body });
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
/** A host on this machine, a private network or a cluster's own DNS, where bandwidth is not the cost. */
function isNearby(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (host === 'localhost' || host.endsWith('.localhost'))
        return true;
    if ((0,external_node_net_.isIPv4)(host)) {
        const [a, b] = host.split('.').map(Number);
        return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
    }
    if ((0,external_node_net_.isIPv6)(host))
        return host === '::1' || /^f[cd]/.test(host);
    // A name without a dot resolves inside the cluster's (or the host's) own search domains.
    return !host.includes('.') || host.endsWith('.svc') || host.endsWith('.cluster.local');
}
/**
 * A fetch with a custom CA or without verification: undici's own fetch and Agent (Node's fetch takes no TLS
 * options), and how to release its connection pool.
 */
async function tlsTransport(options) {
    let ca;
    if (options.caFile) {
        try {
            ca = (0,external_node_fs_.readFileSync)(options.caFile, 'utf8');
        }
        catch (error) {
            throw new types/* MetricsError */.kj(`cannot read the Prometheus CA file ${options.caFile}: ${error.message}`, 'point --prometheus-ca at a readable PEM file', { environmental: false });
        }
    }
    const undici = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 46752, 19));
    const agent = new undici.Agent({ connect: { ca, rejectUnauthorized: !options.insecureSkipVerify } });
    const tlsFetch = (input, init) => undici.fetch(input, { ...init, dispatcher: agent });
    return { fetch: tlsFetch, close: () => agent.close() };
}
/** Reads a body up to `maxBytes`, cancelling the stream at the first byte beyond it (BodyTooLarge). */
async function readCapped(response, maxBytes) {
    const body = await (0,net_body/* readCappedStream */.Ko)(response.body, maxBytes, Number(response.headers.get('content-length')));
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

;// CONCATENATED MODULE: ./src/sources/prometheus/failures.ts
/**
 * How the Prometheus client's failures read: every one a MetricsError with a cause and a fix, naming the server
 * (never its credentials) and never a secret the server echoed back. The kinds the source acts on — a query too
 * large for the server, a request past its timeout, an answer past its cap — have their own classes, so the source
 * can ask again in smaller pieces instead of repeating what the server could not do. Pure.
 */



/** A range answer is streamed into typed arrays, not held as text: it may run to this many times the cap. */
const STREAMED_CAP_FACTOR = 4;
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
/**
 * What OpenSSL says when the bytes that came back are not TLS at all: a plain-HTTP server read as a TLS record
 * ("HTTP/1.1 400" is a record of absurd length, or of an unknown version).
 */
const PLAIN_HTTP_CODE = /^ERR_SSL_(PACKET_LENGTH_TOO_LONG|WRONG_VERSION_NUMBER|HTTP_REQUEST|RECORD_LAYER_FAILURE)$/;
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
/** The failures of one client: its server as messages name it, its secrets to redact, its cap on an answer. */
class Failures {
    server;
    redact;
    maxResponseBytes;
    constructor(server, redact, maxResponseBytes) {
        this.server = server;
        this.redact = redact;
        this.maxResponseBytes = maxResponseBytes;
    }
    /**
     * The run's budget of failed requests is spent: the last failure as the cause (its fix too), and how many
     * requests failed. Not a QueryTooLarge: nothing is asked again in smaller pieces.
     */
    budgetSpent(failed, last) {
        const cause = last instanceof RetryableFailure ? last.final : last;
        const detail = cause instanceof Error ? oneLine(this.redact(cause.message), 300) : null;
        return new types/* MetricsError */.kj(`Prometheus at ${this.server} failed ${failed} requests in this run, the most allowed: stopped asking` +
            (detail ? ` (the last: ${detail})` : ''), cause instanceof types/* MetricsError */.kj
            ? cause.fix
            : "check the server's health and limits (--query.max-samples, --query.timeout), then retry");
    }
    notPrometheus(detail) {
        return new types/* MetricsError */.kj(`the server at ${this.server} did not answer like a Prometheus API (${detail})`, 'set --prometheus-url to the Prometheus base URL (the one serving /api/v1/query), not a UI, proxy login or other page');
    }
    /** An answer past its cap: `streamed` for a range answer read as it arrived, whose cap is larger. */
    tooLargeAnswer(query, streamed) {
        const cap = streamed ? STREAMED_CAP_FACTOR * this.maxResponseBytes : this.maxResponseBytes;
        const mib = Math.round((cap / 1024 / 1024) * 10) / 10;
        return new AnswerTooLarge(`the answer from Prometheus at ${this.server} exceeded the ${mib} MiB cap on a response ` +
            `(prometheus.maxResponseSize${streamed ? ` × ${STREAMED_CAP_FACTOR} for a range answer` : ''}) for: ${oneLine(query, 160)}`, 'query fewer namespaces, a shorter window or a larger --step, or raise prometheus.maxResponseSize in the config file');
    }
    /** A query the server refused for its size: the sample limit (422) or the query timeout (503 "timeout"). */
    tooLarge(status, envelope, promError) {
        const text = this.redact(oneLine(promError, 200));
        if (status === 422 && /too many samples/i.test(envelope?.error ?? '')) {
            return new QueryTooLarge('samples', `Prometheus at ${this.server} refused a query as too large (HTTP 422, ${text})`, "raise the server's --query.max-samples");
        }
        if (status === 503 && envelope?.errorType === 'timeout') {
            return new QueryTooLarge('timeout', `Prometheus at ${this.server} gave up on a query (HTTP 503, ${text})`, "raise the server's --query.timeout");
        }
        return undefined;
    }
    queryRejected(status, promError, query) {
        return new types/* MetricsError */.kj(`Prometheus at ${this.server} rejected a query (HTTP ${status}, ${this.redact(oneLine(promError, 300))}) ` +
            `for: ${oneLine(query, 200)}`, 'check the --namespace and --mesh settings; if the backend is not Prometheus, check that it supports this PromQL', { environmental: false });
    }
    timeoutError(timeoutMs, what) {
        return new types/* MetricsError */.kj(`Prometheus at ${this.server} did not answer within ${Math.round(timeoutMs / 100) / 10} s (${what})`, 'raise --timeout (per request) or --deadline (overall), query a shorter window or a larger --step, or check the server load');
    }
    networkError(error) {
        const code = (0,errors/* networkErrorCode */.a0)(error);
        const detail = code ?? oneLine(this.redact(error?.message ?? String(error)), 120);
        if (code && PLAIN_HTTP_CODE.test(code) && this.server.startsWith('https://')) {
            const plain = `http://${this.server.slice('https://'.length)}`;
            return new types/* MetricsError */.kj(`the server at ${this.server} answered plain HTTP on an https:// URL (${code})`, `use --prometheus-url ${plain}, or the address where the server speaks TLS`, { environmental: false });
        }
        const failure = new types/* MetricsError */.kj(`cannot reach Prometheus at ${this.server}: ${detail}`, code && TLS_CODE.test(code)
            ? "the server's TLS certificate was not trusted: pass its CA with --prometheus-ca (or, for tests only, --insecure-skip-tls-verify)"
            : 'check --prometheus-url, that the server is running, and that this machine can reach it (DNS, firewall, port-forward)');
        if (code && errors/* RETRYABLE_NETWORK_CODES */.FS.has(code))
            return new RetryableFailure(failure);
        return failure;
    }
}

;// CONCATENATED MODULE: ./src/sources/prometheus/matrix-stream.ts
/**
 * A range query's answer read as it arrives: the JSON is scanned byte by byte and each point goes straight to
 * the series it belongs to, so a gigabyte of answers is never held as text nor as millions of small arrays and
 * strings (JSON.parse of the whole body, then reading it again, was most of the tool's time and memory at 1,000
 * services). Written by hand because no JSON library both streams and skips building the values: the generic
 * streaming parsers emit a string per token, slower than JSON.parse. Every other part of the answer is checked
 * as JSON and, except the envelope's status and error, skipped. Pure: bytes in, calls to the sink out.
 */
/** The bytes are not the JSON of a Prometheus answer. */
class MatrixSyntaxError extends Error {
}
var Where;
(function (Where) {
    Where[Where["Root"] = 0] = "Root";
    Where[Where["Data"] = 1] = "Data";
    Where[Where["Result"] = 2] = "Result";
    Where[Where["Series"] = 3] = "Series";
    Where[Where["Metric"] = 4] = "Metric";
    Where[Where["Values"] = 5] = "Values";
    Where[Where["Point"] = 6] = "Point";
    Where[Where["Elsewhere"] = 7] = "Elsewhere";
})(Where || (Where = {}));
var Expect;
(function (Expect) {
    Expect[Expect["KeyOrEnd"] = 0] = "KeyOrEnd";
    Expect[Expect["Key"] = 1] = "Key";
    Expect[Expect["Colon"] = 2] = "Colon";
    Expect[Expect["Value"] = 3] = "Value";
    Expect[Expect["CommaOrEnd"] = 4] = "CommaOrEnd";
    Expect[Expect["ValueOrEnd"] = 5] = "ValueOrEnd";
})(Expect || (Expect = {}));
const MAX_DEPTH = 256;
const MAX_TOKEN_BYTES = 1024 * 1024;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
function isSpace(byte) {
    return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}
/** Bytes that end a number or a literal. */
function isDelimiter(byte) {
    return byte === 0x2c || byte === 0x5d || byte === 0x7d || isSpace(byte);
}
/**
 * A decimal as Number() reads it. Most values ("0.016666", "1795923630.5") take the exact path: at most 15
 * significant digits and 22 decimals are both exact doubles, so one division rounds as Number() does. The rest
 * (exponents, NaN, +Inf, 17 digits) go through Number() itself.
 */
function decimal(bytes, start, end) {
    let i = start;
    let negative = false;
    if (bytes[i] === 0x2d) {
        negative = true;
        i++;
    }
    let mantissa = 0;
    let digits = 0;
    let decimals = 0;
    let point = false;
    if (i === end)
        return Number.NaN;
    for (; i < end; i++) {
        const byte = bytes[i];
        if (byte >= 0x30 && byte <= 0x39) {
            if (mantissa !== 0 || byte !== 0x30)
                digits++;
            mantissa = mantissa * 10 + (byte - 0x30);
            if (point)
                decimals++;
        }
        else if (byte === 0x2e && !point && i > start + (negative ? 1 : 0)) {
            point = true;
        }
        else
            break;
    }
    if (i === end && digits <= 15 && decimals <= 22 && bytes[end - 1] !== 0x2e) {
        const value = decimals === 0 ? mantissa : mantissa / 10 ** decimals;
        return negative ? -value : value;
    }
    return Number(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1'));
}
/** Scans one answer; feed it with write() chunk by chunk, then end(). */
class MatrixStreamParser {
    sink;
    pending = new Uint8Array(0);
    where = new Uint8Array(MAX_DEPTH);
    expect = new Uint8Array(MAX_DEPTH);
    index = new Int32Array(MAX_DEPTH);
    keys = [];
    /** -1 before the root value, 0 once it is complete. */
    depth = -1;
    rootDone = false;
    envelope = { series: 0 };
    // The series being read: its labels, where its points go, and points seen before its labels (any order is JSON).
    labels;
    writer;
    early = [];
    pointSeconds = Number.NaN;
    pointValue = Number.NaN;
    constructor(sink) {
        this.sink = sink;
    }
    write(chunk) {
        let bytes = chunk;
        if (this.pending.length > 0) {
            bytes = new Uint8Array(this.pending.length + chunk.length);
            bytes.set(this.pending);
            bytes.set(chunk, this.pending.length);
        }
        const used = this.scan(bytes, false);
        this.pending = used < bytes.length ? bytes.slice(used) : new Uint8Array(0);
        // Only one unfinished token waits here; one this long is not a label, a number or a status.
        if (this.pending.length > MAX_TOKEN_BYTES)
            throw new MatrixSyntaxError(`a single value in the answer is longer than ${MAX_TOKEN_BYTES / 1024 / 1024} MiB`);
    }
    end() {
        const used = this.scan(this.pending, true);
        this.pending = new Uint8Array(0);
        if (used < 0 || !this.rootDone)
            throw new MatrixSyntaxError('the answer ended before its JSON did');
        return this.envelope;
    }
    /** Reads whole tokens from `bytes`; returns how many bytes it used (the rest waits for more). */
    scan(bytes, last) {
        const length = bytes.length;
        let i = 0;
        while (i < length) {
            const byte = bytes[i];
            if (isSpace(byte)) {
                i++;
                continue;
            }
            if (this.rootDone)
                throw new MatrixSyntaxError('more text after the answer');
            const d = this.depth;
            const expect = d < 0 ? Expect.Value : this.expect[d];
            if (expect === Expect.Colon) {
                if (byte !== 0x3a)
                    throw this.unexpected(byte);
                this.expect[d] = Expect.Value;
                i++;
                continue;
            }
            if (expect === Expect.CommaOrEnd) {
                if (byte === 0x2c) {
                    this.expect[d] = this.isObject(d) ? Expect.Key : Expect.Value;
                    i++;
                    continue;
                }
                if (byte === (this.isObject(d) ? 0x7d : 0x5d)) {
                    this.close();
                    i++;
                    continue;
                }
                throw this.unexpected(byte);
            }
            if (expect === Expect.KeyOrEnd || expect === Expect.Key) {
                if (byte === 0x7d && expect === Expect.KeyOrEnd) {
                    this.close();
                    i++;
                    continue;
                }
                if (byte !== QUOTE)
                    throw this.unexpected(byte);
                const end = stringEnd(bytes, i);
                if (end < 0)
                    return i;
                this.keys[d] = stringAt(bytes, i, end);
                this.expect[d] = Expect.Colon;
                i = end;
                continue;
            }
            // A value (or, after '[', the array's end).
            if (byte === 0x5d && expect === Expect.ValueOrEnd) {
                this.close();
                i++;
                continue;
            }
            if (byte === 0x5b && d >= 0 && this.where[d] === Where.Values) {
                // Nearly every byte of an answer is a point: read the plain ones without the general machinery.
                const end = this.point(bytes, i);
                if (end > 0) {
                    i = end;
                    continue;
                }
                if (end === 0 && !last)
                    return i;
            }
            if (byte === 0x7b || byte === 0x5b) {
                this.open(byte === 0x7b);
                i++;
                continue;
            }
            if (byte === QUOTE) {
                const end = stringEnd(bytes, i);
                if (end < 0)
                    return i;
                this.stringValue(bytes, i, end);
                i = end;
                continue;
            }
            // A number or a literal: it ends at a delimiter, which may be in the next chunk.
            let end = i + 1;
            while (end < length && !isDelimiter(bytes[end]))
                end++;
            if (end === length && !last)
                return i;
            this.scalarValue(bytes, i, end);
            i = end;
        }
        return i;
    }
    /**
     * A point written plainly, `[1700000000.5,"0.25"]` with no space or escape: the index past it once its value
     * is handed on; 0 when the bytes end inside it; -1 for any other form, which the general path then reads.
     */
    point(bytes, start) {
        const length = bytes.length;
        let i = start + 1;
        while (i < length && bytes[i] !== 0x2c && bytes[i] !== 0x5d && !isSpace(bytes[i]))
            i++;
        if (i >= length)
            return 0;
        const timeEnd = i;
        if (bytes[i] !== 0x2c || !isJsonNumber(bytes, start + 1, timeEnd))
            return -1;
        if (i + 1 >= length)
            return 0;
        if (bytes[i + 1] !== QUOTE)
            return -1;
        const valueStart = i + 2;
        i = valueStart;
        while (i < length && bytes[i] !== QUOTE) {
            if (bytes[i] === BACKSLASH || bytes[i] < 0x20)
                return -1;
            i++;
        }
        if (i + 1 >= length)
            return 0;
        if (bytes[i + 1] !== 0x5d)
            return -1;
        const seconds = decimal(bytes, start + 1, timeEnd);
        const value = decimal(bytes, valueStart, i);
        if (this.labels === undefined)
            this.early.push(seconds, value);
        else
            this.writer?.(seconds, value);
        this.valueDone();
        return i + 2;
    }
    isObject(d) {
        const where = this.where[d];
        if (where === Where.Elsewhere)
            return this.index[d] < 0;
        return where === Where.Root || where === Where.Data || where === Where.Series || where === Where.Metric;
    }
    /** Where a new value lands, from its parent and the key or position it takes there. */
    childWhere() {
        const d = this.depth;
        if (d < 0)
            return Where.Root;
        const key = this.keys[d];
        switch (this.where[d]) {
            case Where.Root:
                return key === 'data' ? Where.Data : Where.Elsewhere;
            case Where.Data:
                return key === 'result' ? Where.Result : Where.Elsewhere;
            case Where.Result:
                return Where.Series;
            case Where.Series:
                return key === 'metric' ? Where.Metric : key === 'values' ? Where.Values : Where.Elsewhere;
            case Where.Values:
                return Where.Point;
            default:
                return Where.Elsewhere;
        }
    }
    open(isObject) {
        const where = this.childWhere();
        const d = ++this.depth;
        if (d >= MAX_DEPTH)
            throw new MatrixSyntaxError('the answer is nested too deeply');
        // What each place must be: anything else is not this API's answer.
        const wantsObject = where === Where.Root || where === Where.Data || where === Where.Series || where === Where.Metric;
        const wantsArray = where === Where.Result || where === Where.Values || where === Where.Point;
        if ((wantsObject && !isObject) || (wantsArray && isObject))
            throw new MatrixSyntaxError('the answer does not have the shape of a Prometheus matrix');
        this.where[d] = where;
        // Elsewhere, `index` tells objects (-1) from arrays (0..).
        this.index[d] = isObject && where === Where.Elsewhere ? -1 : 0;
        this.expect[d] = isObject ? Expect.KeyOrEnd : Expect.ValueOrEnd;
        this.keys[d] = '';
        if (where === Where.Series) {
            this.labels = undefined;
            this.writer = undefined;
            this.early = [];
            this.envelope.series++;
        }
        else if (where === Where.Metric) {
            // No prototype: a label named __proto__ is a label like any other.
            this.labels = Object.create(null);
        }
        else if (where === Where.Point) {
            this.pointSeconds = Number.NaN;
            this.pointValue = Number.NaN;
        }
    }
    close() {
        const d = this.depth;
        const where = this.where[d];
        if (where === Where.Metric) {
            this.writer = this.sink.series(this.labels);
        }
        else if (where === Where.Point) {
            if (this.index[d] !== 2)
                throw new MatrixSyntaxError('a point is not a [time, value] pair');
            if (this.labels === undefined)
                this.early.push(this.pointSeconds, this.pointValue);
            else
                this.writer?.(this.pointSeconds, this.pointValue);
        }
        else if (where === Where.Series) {
            if (this.labels === undefined) {
                this.labels = Object.create(null);
                this.writer = this.sink.series(this.labels);
            }
            for (let k = 0; k + 1 < this.early.length; k += 2)
                this.writer?.(this.early[k], this.early[k + 1]);
            this.early = [];
            this.labels = undefined;
            this.writer = undefined;
        }
        this.depth--;
        this.valueDone();
    }
    /** A value of the current container is complete. */
    valueDone() {
        const d = this.depth;
        if (d < 0) {
            this.rootDone = true;
            return;
        }
        this.expect[d] = Expect.CommaOrEnd;
        if (this.where[d] === Where.Point || this.where[d] === Where.Result || this.where[d] === Where.Values)
            this.index[d]++;
        else if (this.where[d] === Where.Elsewhere && this.index[d] >= 0)
            this.index[d]++;
    }
    stringValue(bytes, start, end) {
        const d = this.depth;
        if (d < 0)
            throw new MatrixSyntaxError('the answer is not a JSON object');
        const parent = this.where[d];
        if (parent === Where.Point) {
            if (this.index[d] !== 1)
                throw new MatrixSyntaxError('a point is not a [time, value] pair');
            // The value's text without its quotes (a number never needs an escape).
            this.pointValue = hasByte(bytes, BACKSLASH, start, end)
                ? Number(stringAt(bytes, start, end))
                : decimal(bytes, start + 1, end - 1);
        }
        else if (this.childWhere() !== Where.Elsewhere) {
            throw new MatrixSyntaxError('the answer does not have the shape of a Prometheus matrix');
        }
        else if (parent === Where.Metric) {
            this.labels[this.keys[d]] = stringAt(bytes, start, end);
        }
        else if (parent === Where.Root) {
            const key = this.keys[d];
            if (key === 'status' || key === 'errorType' || key === 'error')
                this.envelope[key] = stringAt(bytes, start, end);
        }
        else if (parent === Where.Data && this.keys[d] === 'resultType') {
            this.envelope.resultType = stringAt(bytes, start, end);
        }
        this.valueDone();
    }
    scalarValue(bytes, start, end) {
        const d = this.depth;
        if (d < 0)
            throw new MatrixSyntaxError('the answer is not a JSON object');
        const first = bytes[start];
        const number = first === 0x2d || (first >= 0x30 && first <= 0x39);
        if (number ? !isJsonNumber(bytes, start, end) : !isLiteral(bytes, start, end))
            throw this.unexpected(first);
        if (this.where[d] === Where.Point) {
            if (this.index[d] !== 0 || !number)
                throw new MatrixSyntaxError('a point is not a [time, value] pair');
            this.pointSeconds = decimal(bytes, start, end);
        }
        else if (this.childWhere() !== Where.Elsewhere) {
            throw new MatrixSyntaxError('the answer does not have the shape of a Prometheus matrix');
        }
        this.valueDone();
    }
    unexpected(byte) {
        return new MatrixSyntaxError(`unexpected ${JSON.stringify(String.fromCharCode(byte))} in the answer's JSON`);
    }
}
function hasByte(bytes, byte, start, end) {
    for (let k = start; k < end; k++)
        if (bytes[k] === byte)
            return true;
    return false;
}
function isDigit(byte) {
    return byte >= 0x30 && byte <= 0x39;
}
/** JSON's number grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
function isJsonNumber(bytes, start, end) {
    let i = start;
    if (bytes[i] === 0x2d)
        i++;
    if (i >= end || !isDigit(bytes[i]))
        return false;
    if (bytes[i] === 0x30)
        i++;
    else
        while (i < end && isDigit(bytes[i]))
            i++;
    if (i < end && bytes[i] === 0x2e) {
        i++;
        if (i >= end || !isDigit(bytes[i]))
            return false;
        while (i < end && isDigit(bytes[i]))
            i++;
    }
    if (i < end && (bytes[i] === 0x65 || bytes[i] === 0x45)) {
        i++;
        if (i < end && (bytes[i] === 0x2b || bytes[i] === 0x2d))
            i++;
        if (i >= end || !isDigit(bytes[i]))
            return false;
        while (i < end && isDigit(bytes[i]))
            i++;
    }
    return i === end;
}
const LITERALS = ['true', 'false', 'null'].map((word) => Buffer.from(word, 'latin1'));
function isLiteral(bytes, start, end) {
    return LITERALS.some((word) => word.length === end - start && word.every((byte, k) => bytes[start + k] === byte));
}
/** The index just past the closing quote of the string opening at `start`, or -1 if it is not complete yet. */
function stringEnd(bytes, start) {
    let i = start + 1;
    for (;;) {
        const quote = bytes.indexOf(QUOTE, i);
        if (quote < 0)
            return -1;
        // A quote preceded by an odd run of backslashes is escaped.
        let slashes = 0;
        while (bytes[quote - 1 - slashes] === BACKSLASH)
            slashes++;
        if (slashes % 2 === 0)
            return quote + 1;
        i = quote + 1;
    }
}
/** The string from its opening to past its closing quote, decoded as JSON does. */
function stringAt(bytes, start, end) {
    const raw = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start);
    if (raw.indexOf(BACKSLASH) < 0) {
        for (let k = 1; k < raw.length - 1; k++)
            if (raw[k] < 0x20)
                throw new MatrixSyntaxError('a control character inside a string');
        return raw.toString('utf8', 1, raw.length - 1);
    }
    try {
        return JSON.parse(raw.toString('utf8'));
    }
    catch {
        throw new MatrixSyntaxError('a string with a broken escape');
    }
}

;// CONCATENATED MODULE: ./src/sources/prometheus/client.ts
/**
 * The HTTP client for a Prometheus-compatible query API (Prometheus, Thanos, Mimir, VictoriaMetrics): auth, TLS,
 * timeouts, retries, redirects that keep credentials with their origin, and a cap on every answer's size. Every
 * failure becomes a MetricsError with a cause and a fix; a query the server found too large becomes a
 * QueryTooLarge (failures.ts), so the caller can ask in smaller pieces instead of retrying the same one.
 */







/**
 * Failed requests (each failed attempt: an error status, a timeout, a reset) one client allows in a run. A refused
 * piece is asked again in halves and a 5xx is retried, which is right for a server that is busy or small, but a
 * server that refuses everything would be asked thousands of times (2,235 requests for one learn against a server
 * answering 422 to everything): past this many failures the run stops with the last one as its cause.
 */
const MAX_FAILED_REQUESTS = 100;
const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/**
 * A range answer streamed into fixed arrays (matrix-stream.ts) may be this many times the cap: its size no longer
 * costs memory (the series it may open are bounded apart), and larger pieces cost the server less.
 */
const MAX_BACKOFF_MS = 5_000;
/** A range query as the API takes it: POSTed as a form (a long query does not fit a URL), times in seconds. */
function rangeRequest(query, startMs, endMs, stepMs) {
    return {
        method: 'POST',
        form: { query, start: String(startMs / 1000), end: String(endMs / 1000), step: String(stepMs / 1000) },
        query,
    };
}
/** The HTTP client for the Prometheus query API. */
class PrometheusClient {
    options;
    deps;
    baseUrl;
    headers;
    encoding;
    secrets;
    maxResponseBytes;
    failures;
    transport;
    signer;
    closeTransport;
    /** Requests sent (each attempt and each redirect hop counts), for the benchmark and the progress line. */
    requests = 0;
    /** Attempts that failed in this run (see MAX_FAILED_REQUESTS). */
    failedRequests = 0;
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
        // Nearby (loopback, a private address, a cluster name) answers come uncompressed: gzip of a gigabyte of
        // answers cost the server 15% more CPU and the bucket query 1.8x the wall time at 1,000 services, for a
        // transfer that costs nothing there. Farther away, compressed. A user's own Accept-Encoding header wins.
        const ownEncoding = Object.keys(options.headers).some((name) => name.toLowerCase() === 'accept-encoding');
        this.encoding = isNearby(url.hostname) && !ownEncoding ? { 'Accept-Encoding': 'identity' } : {};
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
        this.failures = new Failures(displayUrl(url), (text) => this.redact(text), this.maxResponseBytes);
    }
    /** The server as messages name it (never with credentials). */
    get displayUrl() {
        return displayUrl(this.baseUrl);
    }
    /** A range query's matrix. */
    async queryRange(query, startMs, endMs, stepMs, context) {
        const data = await this.call('api/v1/query_range', context, rangeRequest(query, startMs, endMs, stepMs));
        return expectResult(data, 'matrix', this.displayUrl);
    }
    /**
     * A range query's matrix streamed into `sink` as it arrives (matrix-stream.ts): nothing of the answer is held
     * but the points the sink keeps. A retried attempt sends the same points again. Returns the series answered.
     */
    async queryRangeInto(query, startMs, endMs, stepMs, context, sink) {
        const envelope = (await this.call('api/v1/query_range', context, {
            ...rangeRequest(query, startMs, endMs, stepMs),
            sink,
        }));
        return envelope.series;
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
            throw this.failures.notPrometheus('the label values were not a list');
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
        this.transport ??= tlsTransport(this.options).then(({ fetch, close }) => {
            this.closeTransport = close;
            return fetch;
        });
        return this.transport;
    }
    /** The SigV4 signer when the settings ask for one (loaded on first use: most servers need none). */
    requestSigner() {
        const sigv4 = this.options.sigv4;
        if (!sigv4)
            return undefined;
        this.signer ??= __webpack_require__.e(/* import() */ 127).then(__webpack_require__.bind(__webpack_require__, 36156)).then(({ sigv4Signer }) => sigv4Signer(sigv4, this.deps.awsCredentials));
        return this.signer;
    }
    redact(text) {
        let out = text;
        for (const secret of this.secrets)
            out = out.split(secret).join('[redacted]');
        return out;
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
        return (0,retry/* withRetry */.bD)(policy, (signal) => this.countedAttempt(fetchFn, path, context, request, signal), {
            retryable: (error) => error instanceof RetryableFailure,
            retryAfterMs: (error) => (error instanceof RetryableFailure ? error.retryAfterMs : undefined),
            retryTimedOut: false,
            deadlineExceeded: (error) => lastFailure(error) ?? this.failures.timeoutError(context.deadlineMs, 'the overall deadline'),
            failed: (error) => lastFailure(error) ?? error,
            sleep: (ms) => (0,retry/* sleep */.yy)(ms, context.signal),
        });
    }
    /** One attempt, counted against the run's budget of failed requests when it fails. */
    async countedAttempt(fetchFn, path, context, request, timeout) {
        const budget = Math.max(1, this.deps.maxFailedRequests ?? MAX_FAILED_REQUESTS);
        if (this.failedRequests >= budget)
            throw this.failures.budgetSpent(this.failedRequests, null);
        try {
            return await this.attempt(fetchFn, path, context, request, timeout);
        }
        catch (error) {
            // Our own cancellation (another piece failed, the scan was stopped) is no failure of the server.
            if (context.signal?.aborted)
                throw error;
            if (++this.failedRequests >= budget)
                throw this.failures.budgetSpent(this.failedRequests, error);
            throw error;
        }
    }
    /** One attempt; `timeout` aborts at the request timeout or the deadline, whichever comes first. */
    async attempt(fetchFn, path, context, request, timeout) {
        context.signal?.throwIfAborted();
        const timeoutMs = Math.min(this.options.timeoutMs, context.deadline - Date.now());
        const signal = context.signal ? AbortSignal.any([context.signal, timeout]) : timeout;
        let response;
        let url;
        let text;
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
            if (streamed)
                return await this.streamMatrix(response, request.sink, request.query);
            const body = await readCapped(response, this.maxResponseBytes);
            this.deps.onResponse?.(body.bytes);
            text = body.text;
        }
        catch (error) {
            if (error instanceof types/* MetricsError */.kj)
                throw error;
            if (error instanceof MatrixSyntaxError)
                throw this.failures.notPrometheus(error.message);
            if (error instanceof net_body/* BodyTooLarge */.KQ)
                throw this.failures.tooLargeAnswer(request.query, streamed);
            if (context.signal?.aborted)
                throw context.signal.reason;
            if (timeout.aborted) {
                if (timeoutMs < this.options.timeoutMs)
                    throw this.failures.timeoutError(timeoutMs, 'the overall deadline');
                const error = this.failures.timeoutError(timeoutMs, 'the request timeout');
                throw new RequestTimedOut(error.message, error.fix);
            }
            throw this.failures.networkError(error);
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
                throw this.failures.queryRejected(status, promError, request.query);
            const contentType = response.headers.get('content-type') ?? 'no content type';
            throw this.failures.notPrometheus(`HTTP ${status}, ${contentType}: ${oneLine(this.redact(text), 80)}`);
        }
        const tooLarge = this.failures.tooLarge(status, envelope, promError);
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
            throw this.failures.queryRejected(status, promError, request.query);
        throw this.failures.notPrometheus(`HTTP ${status}: ${oneLine(this.redact(text), 80)}`);
    }
    /**
     * A successful answer streamed through the matrix parser under the same cap as any answer. Its envelope must
     * say success and a matrix, as expectResult checks for answers read whole.
     */
    async streamMatrix(response, sink, query) {
        const parser = new MatrixStreamParser(sink);
        const bytes = await (0,net_body/* forEachChunk */.q$)(response.body, STREAMED_CAP_FACTOR * this.maxResponseBytes, Number(response.headers.get('content-length')), (chunk) => parser.write(chunk));
        this.deps.onResponse?.(bytes);
        const envelope = parser.end();
        if (envelope.status === 'error')
            throw this.failures.queryRejected(response.status, `${envelope.errorType ?? 'error'}: ${envelope.error ?? ''}`, query);
        if (envelope.status !== 'success' || envelope.resultType !== 'matrix')
            throw this.failures.notPrometheus(`expected a matrix result, got ${oneLine(String(envelope.resultType), 40)}`);
        return envelope;
    }
}

;// CONCATENATED MODULE: ./src/sources/prometheus/pieces.ts
/**
 * How a range query is cut so each piece fits the server: by time, so no piece loads more samples than the
 * server's --query.max-samples nor answers with more than the response cap, and (where one step is still too
 * large) by namespace. Pure planning, plus the adaptive in-flight limit the pieces run under.
 */
/** Series counts from the count query: per `size` tag, in total and per namespace. */
class SeriesCounts {
    total = new Map();
    namespaces = new Set();
    byNamespace = new Map();
    add(tag, namespace, count) {
        if (namespace) {
            this.namespaces.add(namespace);
            let counts = this.byNamespace.get(tag);
            if (!counts)
                this.byNamespace.set(tag, (counts = new Map()));
            counts.set(namespace, (counts.get(namespace) ?? 0) + count);
        }
        this.total.set(tag, (this.total.get(tag) ?? 0) + count);
    }
    get(tag, namespaces) {
        if (!namespaces)
            return this.total.get(tag) ?? 0;
        const counts = this.byNamespace.get(tag);
        return namespaces.reduce((sum, namespace) => sum + (counts?.get(namespace) ?? 0), 0);
    }
    perNamespace(tag) {
        return this.byNamespace.get(tag) ?? new Map();
    }
}
/** Prometheus answers at most 11,000 points per series per range query; stay below it. */
const MAX_POINTS_PER_QUERY = 10_000;
/** A matrix point as JSON (`[1700000000,"0.016666666666666666"],`) is at most about this many bytes. */
const BYTES_PER_POINT = 40;
/** Labels of one answered series as JSON. */
const BYTES_PER_SERIES = 200;
/** Pieces aim at this share of the sample limit: the count is an estimate and series come and go. */
const HEADROOM = 0.25;
/**
 * And at this share of the response cap: BYTES_PER_POINT is already the longest a point can be written, and an
 * answer over the cap costs one request before the piece is asked in halves.
 */
const BYTES_HEADROOM = 0.75;
/** The steps one piece may span for a query of this size under these limits (at least 1). */
function stepsPerPiece(size, limits) {
    const input = Math.max(1, size.inputSeries);
    const output = Math.max(1, size.outputSeries);
    const sampleBudget = limits.maxSamples * HEADROOM - input * limits.samplesPerWindow;
    const bySamples = Math.floor(sampleBudget / (input * size.copies + output));
    const byBytes = Math.floor((limits.maxResponseBytes * BYTES_HEADROOM - output * BYTES_PER_SERIES) / (output * BYTES_PER_POINT));
    return Math.max(1, Math.min(MAX_POINTS_PER_QUERY, bySamples, byBytes));
}
const HOUR_MS = 3_600_000;
/** Piece lengths under an hour that divide it, longest first. */
const HOUR_DIVISORS_MS = [30, 20, 15, 12, 10, 6, 5, 4, 3, 2, 1].map((minutes) => minutes * 60_000);
/**
 * Cuts steps 0..steps-1 into pieces of at most `span` steps each. Given the grid, the pieces are whole hours (or
 * a divisor of one) on the clock, each starting one rate window after the hour: Prometheus stores a series in
 * chunks that end on the hour or its halves (120 samples; blocks are 2-hour aligned), and decodes a chunk from
 * its start for any sample in it, so a piece that starts mid-chunk, or whose first rate reaches back into the
 * chunk before, makes the server decode that chunk again. Measured: pieces of 15 steps cost the server 1.3x the
 * CPU of pieces of 190.
 */
function planPieces(steps, span, grid) {
    const length = grid ? alignedLength(span, grid.stepMs) : undefined;
    const pieces = [];
    if (grid && length !== undefined) {
        // The first step whose rate window starts on a multiple of the piece length; pieces begin there.
        const phase = (time) => (((time - grid.rateWindowMs) % length) + length) % length;
        const offset = phase(grid.from + grid.stepMs);
        const first = offset === 0 ? 0 : (length - offset) / grid.stepMs;
        if (Number.isInteger(first)) {
            const stepsEach = length / grid.stepMs;
            if (first > 0)
                pieces.push({ first: 0, last: Math.min(steps, first) - 1, namespaces: null });
            for (let start = first; start < steps; start += stepsEach)
                pieces.push({ first: start, last: Math.min(steps, start + stepsEach) - 1, namespaces: null });
            return pieces;
        }
    }
    for (let first = 0; first < steps; first += span) {
        pieces.push({ first, last: Math.min(steps, first + span) - 1, namespaces: null });
    }
    return pieces;
}
/** The longest whole number of hours, or divisor of an hour, that fits in `span` steps and is whole steps. */
function alignedLength(span, stepMs) {
    const most = span * stepMs;
    const candidates = most >= HOUR_MS ? [Math.floor(most / HOUR_MS) * HOUR_MS] : HOUR_DIVISORS_MS;
    return candidates.find((length) => length <= most && length % stepMs === 0);
}
/**
 * Namespaces in up to `count` groups of about equal size (by the series each holds), for learning one group while
 * the server computes the next. No groups for fewer than two namespaces.
 */
function namespaceGroups(sizes, count) {
    const names = [...sizes.keys()].sort();
    if (names.length < 2 || count < 2)
        return [];
    const groups = Array.from({ length: Math.min(count, names.length) }, () => ({
        names: [],
        size: 0,
    }));
    // Largest first, each to the smallest group so far; then each group in name order.
    for (const name of [...names].sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0) || a.localeCompare(b))) {
        const smallest = groups.reduce((min, group) => (group.size < min.size ? group : min));
        smallest.names.push(name);
        smallest.size += Math.max(1, sizes.get(name) ?? 0);
    }
    return groups.map((group) => group.names.sort());
}
/**
 * A piece the server refused as too large, in two: halves of its time span, or, for a single step, halves of
 * its namespaces. Undefined when it cannot be cut further.
 */
function splitPiece(piece, allNamespaces) {
    if (piece.last > piece.first) {
        const middle = piece.first + Math.floor((piece.last - piece.first + 1) / 2);
        return [
            { ...piece, last: middle - 1 },
            { ...piece, first: middle },
        ];
    }
    const namespaces = piece.namespaces ?? allNamespaces;
    if (namespaces.length < 2)
        return undefined;
    const half = Math.ceil(namespaces.length / 2);
    return [
        { ...piece, namespaces: namespaces.slice(0, half) },
        { ...piece, namespaces: namespaces.slice(half) },
    ];
}
/**
 * A bounded number of tasks in flight that adapts to the server: halved when the server says it is overloaded
 * or a query was too large (503, 422), grown back by one after a run of successes, never above the configured
 * maximum.
 */
class AdaptiveLimit {
    max;
    limit;
    active = 0;
    successes = 0;
    waiting = [];
    constructor(max) {
        this.max = max;
        this.limit = Math.max(1, max);
    }
    get current() {
        return this.limit;
    }
    async run(task) {
        while (this.active >= this.limit)
            await new Promise((resolve) => this.waiting.push(resolve));
        this.active++;
        try {
            return await task();
        }
        finally {
            this.active--;
            this.wake();
        }
    }
    /** The server pushed back: fewer in flight from now on. */
    overloaded() {
        this.limit = Math.max(1, Math.floor(this.limit / 2));
        this.successes = 0;
    }
    succeeded() {
        if (this.limit >= this.max)
            return;
        if (++this.successes >= 2 * this.limit) {
            this.limit++;
            this.successes = 0;
            this.wake();
        }
    }
    /** Wakes as many waiters as there are free slots; each re-checks the limit before it runs. */
    wake() {
        let free = this.limit - this.active;
        while (free-- > 0 && this.waiting.length > 0)
            this.waiting.shift()();
    }
}

// EXTERNAL MODULE: ./src/core/series.ts
var core_series = __webpack_require__(34990);
// EXTERNAL MODULE: ./src/core/numbers.ts
var numbers = __webpack_require__(85993);
// EXTERNAL MODULE: ./src/core/histogram.ts
var core_histogram = __webpack_require__(80365);
;// CONCATENATED MODULE: ./src/sources/prometheus/readings.ts
/**
 * What the range queries answered, per query and service, on the window's step grid (typed arrays, NaN where a
 * step has no point), and how a service's series are made from it: rates, ratios, the latency histogram's
 * buckets and the quantiles interpolated from them. Pure.
 */







const QUANTILES = { latencyP50: 0.5, latencyP90: 0.9, latencyP99: 0.99 };
const QUANTILE_ENTRIES = Object.entries(QUANTILES);
/** A bucket bound as Prometheus writes it: a number, or "+Inf" (which Number() does not read). */
function parseBound(text) {
    if (text === '+Inf')
        return Number.POSITIVE_INFINITY;
    return text === undefined || text.trim() === '' ? Number.NaN : Number(text);
}
function round(value) {
    return (0,numbers/* roundTo */.GB)(value, 9);
}
/**
 * The most per-service arrays one collection holds at once, whatever the server answers: far above a 10,000-service
 * mesh (about 24 arrays a service: the request queries and 20 latency buckets), far below what exhausts memory.
 */
const MAX_SERIES_ARRAYS = 1_000_000;
/** And the most numbers they hold together: 2 GiB of float64, about what a 10,000-service learn over 12 h needed. */
const MAX_SERIES_VALUES = 2 ** 28;
/**
 * How many per-service arrays of `steps` numbers a collection may hold at once: the fixed ceiling (arrays, and their
 * numbers), and when the server counted its series first, twice what that count needs plus 10,000 (series come and
 * go between the count's samples). An empty count leaves the fixed ceiling: never unlimited.
 */
function seriesCeiling(steps, counted, maxArrays = MAX_SERIES_ARRAYS) {
    const fixed = Math.max(1, Math.min(maxArrays, Math.floor(MAX_SERIES_VALUES / Math.max(1, steps))));
    return counted > 0 ? Math.min(fixed, 2 * counted + 10_000) : fixed;
}
/**
 * Per query key and view: service id → per-step values; for the histogram, service id → `le` → per-step rates.
 * Several series of one answer may name one service (Linkerd requests by authority and workload): they add up.
 */
class Readings {
    steps;
    maxArrays;
    server;
    counted;
    byQuery = new Map();
    /** Service id → `query@view` → `le` → per-step rates. */
    buckets = new Map();
    keys = new Map();
    bounds = new Set();
    answered = new Map();
    /** `query|id` → the views it was answered in (edges: one per caller). */
    viewIndex = new Map();
    arrays = 0;
    /**
     * `maxArrays`: how many per-step arrays the answers may hold at once (seriesCeiling). Each is `steps` numbers, so
     * an answer that names endless new series (a hostile or broken server) must stop here, not at the machine's
     * memory. `counted`: whether the bound came from the server's own count of its series (for the message).
     */
    constructor(steps, maxArrays = seriesCeiling(steps, 0), server = 'the server', counted = false) {
        this.steps = steps;
        this.maxArrays = maxArrays;
        this.server = server;
        this.counted = counted;
    }
    /**
     * Where one piece's answer goes (matrix-stream.ts): each series to its service's array for this query and view
     * (or its bucket's), each point at the step it closes (evaluated at from + (i+1)·step); NaN where it is not a
     * number.
     */
    sink(query, from, stepMs, targetOf) {
        return {
            series: (metric) => {
                const target = this.target(query, metric, targetOf);
                if (!target)
                    return undefined;
                return (seconds, value) => {
                    const index = Math.round((seconds * 1000 - from) / stepMs) - 1;
                    if (index < 0 || index >= this.steps)
                        return;
                    const point = Number.isFinite(value) ? value : Number.NaN;
                    const held = target[index];
                    target[index] = Number.isNaN(held) ? point : held + point;
                };
            },
        };
    }
    target(query, metric, targetOf) {
        const found = targetOf(metric);
        if (!found)
            return undefined;
        const id = (0,types/* serviceId */.fH)(found.service);
        if (!this.keys.has(id))
            this.keys.set(id, found.service);
        const indexed = `${query}|${id}`;
        let views = this.viewIndex.get(indexed);
        if (!views)
            this.viewIndex.set(indexed, (views = new Set()));
        views.add(found.view);
        if (isBucketQuery(query)) {
            const le = parseBound(metric['le']);
            if (Number.isNaN(le))
                return undefined;
            let histograms = this.buckets.get(id);
            if (!histograms)
                this.buckets.set(id, (histograms = new Map()));
            const histogramId = viewKey(query, found.view);
            let byBound = histograms.get(histogramId);
            if (!byBound)
                histograms.set(histogramId, (byBound = new Map()));
            this.bounds.add(le);
            return byBound.get(le) ?? this.fresh(byBound, le);
        }
        const key = viewKey(query, found.view);
        let perService = this.byQuery.get(key);
        if (!perService)
            this.byQuery.set(key, (perService = new Map()));
        let answered = this.answered.get(query);
        if (!answered)
            this.answered.set(query, (answered = new Set()));
        answered.add(id);
        return perService.get(id) ?? this.fresh(perService, id);
    }
    fresh(map, key) {
        if (++this.arrays > this.maxArrays) {
            if (this.counted)
                throw new types/* MetricsError */.kj(`Prometheus at ${this.server} answered with more series than it counted before (over ${this.maxArrays} ` +
                    'per-service arrays): not read further', 'check that --prometheus-url points at the Prometheus you meant, then retry; a mesh that gained many ' +
                    'services during the window: learn over a window that starts after they appeared');
            throw new types/* MetricsError */.kj(`Prometheus at ${this.server} answered with more series than one collection holds (over ${this.maxArrays} ` +
                `per-service arrays of ${this.steps} steps; the ceiling is ${MAX_SERIES_ARRAYS.toLocaleString('en')} arrays ` +
                `and ${MAX_SERIES_VALUES.toLocaleString('en')} values): not read further`, 'ask for fewer namespaces (--namespace), a shorter window or a larger --step, and check that --prometheus-url ' +
                'points at the Prometheus you meant');
        }
        const values = new Float64Array(this.steps).fill(Number.NaN);
        map.set(key, values);
        return values;
    }
    /** The services a query answered for in any view (also once their arrays were released). */
    servicesOf(query) {
        return [...(this.answered.get(query) ?? [])].map((id) => this.keys.get(id));
    }
    values(query, view, id) {
        return this.byQuery.get(viewKey(query, view))?.get(id);
    }
    /** The views a query answered a service in (an edge query: one per caller). */
    viewsOf(query, id) {
        return [...(this.viewIndex.get(`${query}|${id}`) ?? [])];
    }
    /** A service's bucket rates of one bucket query in one view, by ascending bound. */
    histogram(query, id, view) {
        return [...(this.buckets.get(id)?.get(viewKey(query, view)) ?? [])].sort(([a], [b]) => a - b);
    }
    /** Every bucket bound any service reported, ascending (also after their arrays were released). */
    bucketBounds() {
        return [...this.bounds].sort((a, b) => a - b);
    }
    /** Drops a service's arrays once its series are built, so peak memory holds one copy, not two. */
    release(id) {
        for (const perService of this.byQuery.values())
            if (perService.delete(id))
                this.arrays--;
        for (const histogram of this.buckets.get(id)?.values() ?? [])
            this.arrays -= histogram.size;
        this.buckets.delete(id);
    }
}
/** The histogram queries: a service's (`buckets`) and its edges' (`edge:buckets`). */
function isBucketQuery(query) {
    return query === 'buckets' || query.endsWith(':buckets');
}
/** The query keys of the caller's view of each edge: the service's own, prefixed. */
const EDGE_PREFIX = 'edge:';
function viewKey(query, view) {
    return `${query}@${view}`;
}
/** The view whose series an answer's series belongs to, for queries that keep no view label: the only one. */
const SINGLE_VIEW = '';
/**
 * One service's series, from the first server view (in the dialect's order of preference) that answered its
 * request rate — a mixed mesh reads each service from the proxy that sees it — else from the L4 view, where the
 * dialect has one: connections for requests, every L7 signal unavailable. A step with no request-rate point is
 * absent (null rate, 0 requests, null everything): the series vanished there, which is not the same as a service
 * that served nothing (rate 0). The caller releases the service's arrays once its edges are built too.
 */
function serviceSeries(key, readings, window) {
    const { dialect } = window;
    const id = (0,types/* serviceId */.fH)(key);
    const viewsAsked = dialect.server.values.length > 1 ? dialect.server.values : [SINGLE_VIEW];
    const view = viewsAsked.find((one) => readings.values('total', one, id) !== undefined);
    if (view === undefined && readings.values('l4', SINGLE_VIEW, id) !== undefined) {
        return l4Series(key, readings, window);
    }
    const stored = view ?? viewsAsked[0];
    return buildSeries(key, readings, window, {
        prefix: '',
        stored,
        viewName: stored === SINGLE_VIEW ? dialect.server.values[0] : stored,
    });
}
/**
 * The caller's view of each edge into a service: one series per caller (its labels as the answer named them) and
 * view value, the preferred view value per caller (a caller's own proxy before a waypoint).
 */
function edgeSeriesOf(key, readings, window) {
    const { dialect } = window;
    const id = (0,types/* serviceId */.fH)(key);
    const best = new Map();
    for (const stored of readings.viewsOf(`${EDGE_PREFIX}total`, id)) {
        const { viewName, callerKey } = parseEdgeView(stored);
        const rank = dialect.client.values.indexOf(viewName);
        const held = best.get(callerKey);
        if (!held || (rank >= 0 && rank < held.rank))
            best.set(callerKey, { rank: Math.max(0, rank), stored, viewName });
    }
    return [...best].map(([callerKey, chosen]) => ({
        callerLabels: JSON.parse(callerKey),
        series: buildSeries(key, readings, window, { prefix: EDGE_PREFIX, ...chosen }),
    }));
}
/** An edge's stored view: the view value it was read in, and its caller's labels (JSON). */
function edgeView(viewName, callerLabels) {
    return `${viewName}|${JSON.stringify(callerLabels)}`;
}
function parseEdgeView(stored) {
    const bar = stored.indexOf('|');
    return { viewName: stored.slice(0, bar), callerKey: stored.slice(bar + 1) };
}
function buildSeries(key, readings, window, how) {
    const { steps, stepMs, dialect } = window;
    const { prefix, stored, viewName } = how;
    const id = (0,types/* serviceId */.fH)(key);
    const nan = new Float64Array(steps).fill(Number.NaN);
    const read = (query, queryView = stored) => readings.values(prefix + query, queryView, id) ?? nan;
    // Cluster counters carry no view (and exist for a service, not an edge): their rows are kept under the single view.
    const clusterStat = (query) => prefix === '' ? readings.values(query, SINGLE_VIEW, id) : undefined;
    // Which readings of each signal count (mesh/dialect.ts); none: unavailable, never zero.
    const views = Object.fromEntries(mesh_dialect/* SIGNAL_NAMES */.A.map((name) => {
        const statQuery = (0,mesh_queries/* signalQueryKey */.M6)(name, 'clusterStat');
        return [
            name,
            (0,mesh_dialect/* signalReadings */._)(dialect, name, viewName, clusterStat(statQuery) !== undefined).map((reading) => reading === 'clusterStat' ? clusterStat(statQuery) : read((0,mesh_queries/* signalQueryKey */.M6)(name, reading))),
        ];
    }));
    const unavailable = mesh_dialect/* SIGNAL_NAMES */.A.filter((name) => views[name].length === 0).map((name) => dialect.signals[name].metric);
    const totals = read('total');
    const histogram = readings.histogram(`${prefix}buckets`, id, stored);
    const bounds = histogram.map(([le]) => le * dialect.metrics.latencyUnitMs);
    const stepSeconds = stepMs / 1000;
    const scratchBounds = new Float64Array(histogram.length);
    const scratchCounts = new Float64Array(histogram.length);
    const scratchReadings = new Float64Array(mesh_dialect/* SIGNAL_NAMES */.A.length * 4);
    const requests = [];
    const values = (0,core_series/* metricArrays */.FR)();
    const counts = [];
    for (let step = 0; step < steps; step++) {
        const rate = totals[step];
        const present = !Number.isNaN(rate);
        const served = present && rate > 0;
        requests.push(present ? round(rate * stepSeconds) : 0);
        values.requestRate.push(present ? round(rate) : null);
        for (const name of mesh_dialect/* SIGNAL_NAMES */.A) {
            const signal = dialect.signals[name];
            const inputs = views[name];
            if (inputs.length === 0) {
                values[signal.metric].push(null);
            }
            else if (signal.per === 'second') {
                let seen = 0;
                for (const input of inputs)
                    if (!Number.isNaN(input[step]))
                        scratchReadings[seen++] = input[step];
                values[signal.metric].push(seen > 0 ? (0,mesh_dialect/* combineReadings */.Zd)(scratchReadings.subarray(0, seen)) : null);
            }
            else if (!served) {
                // A ratio of a zero rate has no meaning: null, never zero.
                values[signal.metric].push(null);
            }
            else {
                const events = (0,mesh_dialect/* combineReadings */.Zd)(inputs.map((input) => (Number.isNaN(input[step]) ? 0 : input[step])));
                // A share of the requests: never above 1, whichever view counted the events (a cluster counter counts
                // where the request labels do not, and a counter reset can leave a step's rates out of step).
                values[signal.metric].push(round(Math.min(1, events / rate)));
            }
        }
        // The step's buckets that have a point, in bound order (bounds are sorted and unique).
        let seen = 0;
        for (let b = 0; b < histogram.length; b++) {
            const value = histogram[b][1][step];
            if (Number.isNaN(value))
                continue;
            scratchBounds[seen] = bounds[b];
            scratchCounts[seen++] = value;
        }
        counts.push(present && seen > 0
            ? histogram.map(([, rates]) => (Number.isNaN(rates[step]) ? 0 : round(rates[step] * stepSeconds)))
            : null);
        for (const [metric, q] of QUANTILE_ENTRIES) {
            const quantile = served && seen > 0 ? (0,core_histogram/* sortedHistogramQuantile */.D)(q, scratchBounds, scratchCounts, seen) : null;
            values[metric].push(quantile === null ? null : round(quantile));
        }
    }
    const series = { service: key, requests, values, unavailable };
    if (bounds.length > 0)
        series.latencyBuckets = { bounds, counts };
    return series;
}
/** A service seen at L4 only: connections opened stand for its requests; nothing else is known. */
function l4Series(key, readings, window) {
    const id = (0,types/* serviceId */.fH)(key);
    const connections = readings.values('l4', SINGLE_VIEW, id);
    const stepSeconds = window.stepMs / 1000;
    const values = (0,core_series/* metricArrays */.FR)();
    const requests = [];
    for (let step = 0; step < window.steps; step++) {
        const rate = connections[step];
        const present = !Number.isNaN(rate);
        requests.push(present ? round(rate * stepSeconds) : 0);
        values.requestRate.push(present ? round(rate) : null);
        for (const metric of types/* METRIC_NAMES */.Uw)
            if (metric !== 'requestRate')
                values[metric].push(null);
    }
    return {
        service: key,
        requests,
        values,
        unavailable: types/* METRIC_NAMES */.Uw.filter((metric) => metric !== 'requestRate'),
        layer: 'l4',
    };
}
function summarize(series) {
    const rates = series.values.requestRate;
    return {
        service: series.service,
        l4: series.layer === 'l4',
        unavailable: series.unavailable,
        absent: rates.filter((rate) => rate === null).length,
        steps: rates.length,
        lastPresent: rates.findLastIndex((rate) => rate !== null),
    };
}
/** The optional signals missing for some services (not zero), and why: the dialect's reason, or how to enable them. */
function missingStatsNote(services, dialect) {
    const l7 = services.filter((series) => !series.l4);
    const missing = new Set(l7.flatMap((series) => series.unavailable));
    if (missing.size === 0)
        return undefined;
    const affected = l7.filter((series) => series.unavailable.length > 0).length;
    const why = (0,mesh_dialect/* unavailableReason */.L3)(dialect, missing);
    return `${[...missing].join(', ')} unavailable (not zero) for ${affected} of ${l7.length} services: ${why}`;
}
/** The services seen at L4 only (connections, no requests), and what to do about it. */
function l4OnlyNote(services, dialect) {
    const l4 = services.filter((series) => series.l4).map((series) => (0,types/* serviceId */.fH)(series.service));
    if (l4.length === 0 || !dialect.l4)
        return undefined;
    return `${l4.length} of ${services.length} services are seen at L4 only (connections; no requests, errors or latency): ${(0,names/* nameList */.OD)(l4, 10)}. ${dialect.l4.advice}`;
}
/**
 * The known services whose series are absent for some steps of the window (their proxies stopped reporting,
 * or the service is gone): named, with how much of the window is dark and since when.
 */
function darkServicesNote(services, from, stepMs) {
    const dark = services.filter((one) => one.absent > 0);
    if (dark.length === 0)
        return undefined;
    const shown = dark.slice(0, 10).map(({ service, absent, steps, lastPresent }) => {
        const share = `${Math.round((100 * absent) / steps)}% of the window`;
        const since = lastPresent === -1
            ? 'no series at all'
            : lastPresent < steps - 1
                ? `none since ${new Date(from + (lastPresent + 1) * stepMs).toISOString()}`
                : 'gaps';
        return `${(0,types/* serviceId */.fH)(service)} (${share}, ${since})`;
    });
    const more = dark.length > shown.length ? ` and ${dark.length - shown.length} more` : '';
    return (`${dark.length} of ${services.length} services have no metrics for part of the window (absent, not zero): ` +
        `${shown.join(', ')}${more}`);
}

;// CONCATENATED MODULE: ./src/sources/prometheus/edges.ts
/**
 * The caller's view of each edge, as the Prometheus source hands it on: the series the edge queries answered for
 * one caller of a service, with the caller named from its labels (mesh/naming.ts: its canonical service, the
 * Service its workload serves, or the workload itself; an entry point for traffic from outside the mesh).
 * mesh/call-graph.ts renames callers through discovery when a cluster is connected.
 */

function callerEdge(dialect, callee, series, callerLabels, known, aliasOf) {
    const naming = dialect.client.caller;
    const caller = (0,mesh_naming/* callerFromLabels */.Rk)(naming, callerLabels, known, aliasOf);
    const workload = (0,mesh_naming/* callerWorkload */.p1)(naming, callerLabels);
    return {
        ...series,
        caller,
        callee,
        side: 'client',
        ...(caller && workload ? { callerWorkload: workload } : {}),
    };
}

;// CONCATENATED MODULE: ./src/sources/prometheus/versions.ts
/**
 * A service's versions from Prometheus, for rollouts: first one cheap instant query tells, per service, which
 * versions served requests in the window (by the labels the mesh declaration says tell versions apart, the most
 * specific that splits the service); then, only for the services that ran two or more, the per-service range
 * queries again grouped by version — requests, the signals the server view shows, the latency buckets — built
 * into per-version series exactly as the service's own (readings.ts). What to ask is in mesh/queries.ts.
 */



/** Range queries answer at most 11,000 points per series: longer windows are read in pieces. */
const MAX_STEPS_PER_QUERY = 10_000;
/** A version label value as a report may show it; anything else is not read as a version. */
const VERSION_VALUE = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;
/** Values Istio and Linkerd write where no version is known: not a version of their own. */
const NO_VERSION = new Set(['', 'unknown']);
/** A service is read this long at least, so a short window still tells which versions served. */
const MIN_SERVED_WINDOW_MS = 60_000;
/** The label that tells a service's versions apart: the first of the declaration's that splits it, else one it has. */
function versionLabel(dialect, rows) {
    let single = null;
    for (const label of dialect.versions) {
        const values = [...new Set(rows.map((row) => row[label] ?? ''))].filter((value) => !NO_VERSION.has(value) && VERSION_VALUE.test(value));
        if (values.length >= 2)
            return { label, values: values.sort() };
        if (values.length === 1 && !single)
            single = { label, values };
    }
    return single;
}
/**
 * Reads which versions each service served in [from, from + steps·step) and, for services with two or more,
 * each version's series on the window's step grid.
 */
async function collectVersions(client, request) {
    const { from, steps, stepMs, scope, context, namer } = request;
    const { dialect } = scope;
    const to = from + steps * stepMs;
    const rows = await client.query((0,mesh_queries/* versionsServedQuery */.t3)(scope, Math.max(MIN_SERVED_WINDOW_MS, to - from)), to, context);
    const wanted = request.services ? new Set(request.services.map(types/* serviceId */.fH)) : null;
    const byService = new Map();
    for (const row of rows) {
        const key = namer.key(row.metric);
        if (!key || (wanted && !wanted.has((0,types/* serviceId */.fH)(key))))
            continue;
        const entry = byService.get((0,types/* serviceId */.fH)(key)) ?? { key, rows: [] };
        entry.rows.push(row.metric);
        byService.set((0,types/* serviceId */.fH)(key), entry);
    }
    const versionsSeen = [];
    const rollouts = [];
    for (const { key, rows: labelled } of byService.values()) {
        const found = versionLabel(dialect, labelled);
        if (!found)
            continue;
        versionsSeen.push({ service: key, versions: found.values });
        if (found.values.length >= 2)
            rollouts.push({ service: key, label: found.label });
    }
    if (rollouts.length === 0)
        return { versionsSeen, versions: [], rollouts };
    const labelOf = new Map(rollouts.map((r) => [(0,types/* serviceId */.fH)(r.service), r.label]));
    const targets = {
        namespaces: [...new Set(rollouts.map((r) => r.service.namespace))].sort(),
        names: [...new Set(rollouts.map((r) => r.service.name))].sort(),
    };
    // Each (service, version) is read as a service of its own, under an id no Kubernetes name can take.
    const keyOf = new Map();
    const multiView = dialect.server.values.length > 1;
    const targetOf = (metric) => {
        const service = namer.key(metric);
        const label = service && labelOf.get((0,types/* serviceId */.fH)(service));
        const version = label ? (metric[label] ?? '') : '';
        if (!service || !label || NO_VERSION.has(version) || !VERSION_VALUE.test(version))
            return undefined;
        const id = { namespace: service.namespace, name: `${service.name}@${version}` };
        keyOf.set((0,types/* serviceId */.fH)(id), { service, version });
        return { service: id, view: multiView ? (metric[dialect.server.label] ?? SINGLE_VIEW) : SINGLE_VIEW };
    };
    const queries = [
        ['total', (0,mesh_queries/* versionRequestRateQuery */.Ms)(scope, targets)],
        ...(0,mesh_queries/* serverLabelSignals */.pK)(dialect).map((name) => [
            (0,mesh_queries/* signalQueryKey */.M6)(name, 'labels'),
            (0,mesh_queries/* versionSignalRateQuery */.$U)(name, scope, targets),
        ]),
        ['buckets', (0,mesh_queries/* versionBucketRateQuery */.Vm)(scope, targets)],
    ];
    // Bounded like the service arrays: the versions counted, every query, each bucket bound and some.
    const readings = new Readings(steps, 2 * rows.length * (queries.length + 32) + 1_000, client.displayUrl);
    await Promise.all(queries.map(async ([key, query]) => {
        for (let first = 0; first < steps; first += MAX_STEPS_PER_QUERY) {
            const last = Math.min(steps, first + MAX_STEPS_PER_QUERY) - 1;
            await client.queryRangeInto(query, from + (first + 1) * stepMs, from + (last + 1) * stepMs, stepMs, context, readings.sink(key, from, stepMs, targetOf));
        }
    }));
    const versions = [];
    for (const [id, { service, version }] of [...keyOf].sort(([a], [b]) => a.localeCompare(b))) {
        const [namespace, name] = [id.slice(0, id.indexOf('/')), id.slice(id.indexOf('/') + 1)];
        const series = serviceSeries({ namespace, name }, readings, { steps, stepMs, dialect });
        versions.push({ ...series, service, version });
    }
    return { versionsSeen, versions, rollouts };
}

;// CONCATENATED MODULE: ./src/sources/prometheus/emission.ts
/**
 * When a service's series can be built: once every piece of the queries it needs is in. A learn reads the bucket
 * query (the long one) by groups of namespaces (pieces.ts namespaceGroups), so a group's services are built, handed
 * on and let go while the server still computes the next group's; without groups, all at the end. Pure
 * bookkeeping: what to build is the caller's.
 */

/** The pieces not in yet of every query but the grouped one: each group needs them too. */
const OTHERS = 'others';
class GroupedEmission {
    groups;
    known;
    build;
    outstanding = new Map();
    emitted = new Set();
    /**
     * `groups`: the namespace groups the grouped query is asked in (none: everything at the end);
     * `known`: the services known so far; `build`: builds one service's series and hands it on.
     */
    constructor(groups, known, build) {
        this.groups = groups;
        this.known = known;
        this.build = build;
    }
    /** What a piece counts towards: its group, for the grouped query, else the others. */
    tagOf(grouped, namespaces) {
        return grouped && this.groups.length > 0 ? (namespaces ?? []).join('|') : OTHERS;
    }
    /** Pieces planned (+n), or split in two (+1). */
    expect(tag, pieces = 1) {
        this.outstanding.set(tag, (this.outstanding.get(tag) ?? 0) + pieces);
    }
    /** A piece is in: builds every group that is now complete. */
    arrived(tag) {
        this.outstanding.set(tag, (this.outstanding.get(tag) ?? 0) - 1);
        if ((this.outstanding.get(OTHERS) ?? 0) > 0)
            return;
        for (const group of this.groups) {
            const groupTag = group.join('|');
            if (this.outstanding.get(groupTag) !== 0)
                continue;
            this.outstanding.delete(groupTag);
            this.emit(this.known().filter((key) => group.includes(key.namespace)));
        }
    }
    /** A group added after the plan (namespaces the count did not see). */
    addGroup(group) {
        this.groups.push(group);
    }
    /** Builds every known service not built yet, in order. */
    emit(keys = this.known()) {
        for (const key of [...keys].sort(types/* compareServiceKeys */.dt)) {
            const id = (0,types/* serviceId */.fH)(key);
            if (this.emitted.has(id))
                continue;
            this.emitted.add(id);
            this.build(key);
        }
    }
}

;// CONCATENATED MODULE: ./src/sources/prometheus/source.ts
/**
 * The Prometheus metrics source: reads a mesh's standard metrics from any Prometheus-compatible HTTP API over a
 * past or present window and turns them into series per service. It sizes the window's queries from a cheap
 * count first and cuts them (pieces.ts) so each fits the server's sample limit and the response cap; it asks
 * once for the latency histogram and interpolates the quantiles itself (core/histogram.ts), keeping the
 * buckets for window quantiles. HTTP lives in client.ts, what to ask in mesh/queries.ts (from the mesh's declaration).
 */
















const source_HOUR_MS = 3_600_000;
/** Prometheus's own default for --query.max-samples. */
const DEFAULT_MAX_SAMPLES = 50_000_000;
/** The scrape interval assumed when sizing pieces (a shorter one only makes the estimate safer). */
const ASSUMED_SCRAPE_MS = 15_000;
/** How far back the scrape interval is measured, and the intervals it is rounded down to. */
const INTERVAL_PROBE_MS = 600_000;
const COMMON_INTERVALS_S = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300];
/** Samples a stock server evaluates per second, for the default overall deadline (a low estimate). */
const SAMPLES_PER_SECOND = 2_000_000;
/** Answered points the server encodes and the tool reads per second, for the same deadline (a low estimate). */
const POINTS_PER_SECOND = 200_000;
/** Groups of namespaces a learn reads the bucket query in (pieces.ts namespaceGroups). */
const PIPELINE_GROUPS = 4;
/** How far back the mesh probe looks when a window is shorter (a live scan's first seconds). */
const MESH_PROBE_MIN_MS = source_HOUR_MS;
/**
 * Reads a window of mesh metrics from Prometheus, in the dialect of the mesh (mesh/dialects/). Every value at
 * step i is evaluated at the step's end, from + (i+1)·step, over the rate window of mesh/queries.ts: so step i
 * describes the requests that completed in [from + i·step, from + (i+1)·step) (smoothed over the window when the
 * step is shorter than 2 minutes).
 */
class PrometheusSource {
    options;
    deps;
    name = 'prometheus';
    hasHistory = true;
    client;
    /** The dialect read, once known (given, or found by the first call). */
    resolved;
    constructor(options, deps = {}) {
        this.options = options;
        this.deps = deps;
        this.client = new PrometheusClient(options, deps);
        if (options.mesh && options.mesh !== 'auto')
            this.resolved = (0,dialects.dialectOf)(options.mesh);
    }
    /** The mesh dialect this source reads: as given, else found from the series the server holds around a window. */
    async dialect(window) {
        if (this.resolved)
            return this.resolved;
        const context = this.callContext(this.deadlineMs({ samples: 0, points: 0 }), window.signal);
        const from = Math.min(window.from, window.to - MESH_PROBE_MIN_MS);
        // Instant selectors at nine points of the window: cheap however long the window is.
        const span = Math.max(1000, Math.ceil((window.to - from) / 8 / 1000) * 1000);
        const probe = (0,mesh_queries/* meshProbeQuery */.UC)(Object.values(dialects/* MESH_DIALECTS */.S), span);
        // A server too small even for nine points is asked at the window's end alone.
        const answer = await this.client
            .queryRange(probe, from, window.to, span, context)
            .catch(async (error) => {
            if (!(error instanceof QueryTooLarge))
                throw error;
            const vector = await this.client.query(probe, window.to, context);
            return vector.map((sample) => ({ metric: sample.metric, values: [sample.value] }));
        });
        const present = new Set(answer
            .filter((series) => series.values.some(([, value]) => Number(value) > 0))
            .map((series) => `${series.metric['metric']}|${series.metric['view']}`));
        const found = (0,detect/* detectMesh */.l5)((metric, label, value) => present.has(`${metric}|${label}=${value}`));
        if (!found)
            throw (0,detect/* noMeshMetricsError */.Cx)(this.client.displayUrl, window);
        this.resolved = (0,dialects.dialectOf)(found);
        return this.resolved;
    }
    /** Which dialect was read, once known. */
    get mesh() {
        return this.resolved;
    }
    /** Reads a series to the service it is part of and the view it was read in. */
    targets(dialect, namer) {
        const multiView = dialect.server.values.length > 1;
        return (metric) => {
            const service = namer.key(metric);
            if (!service)
                return undefined;
            return { service, view: multiView ? (metric[dialect.server.label] ?? SINGLE_VIEW) : SINGLE_VIEW };
        };
    }
    /**
     * The namer of the server view's series: where a dialect names some services by their workload only (Linkerd,
     * a request to an address), it learns first which Service each workload's other requests named.
     */
    async serverNamer(dialect, window, context, refused) {
        const namer = new mesh_naming/* ServiceNamer */.Xo(dialect.server.service, dialect.server.workload, refused);
        if (!namer.usesAliases)
            return namer;
        const rows = await this.client.query((0,mesh_queries/* servicesQuery */.TI)({ dialect, namespaces: window.namespaces }, Math.max(60_000, window.to - window.from)), window.to, context);
        return namer.learn(rows.map((row) => row.metric));
    }
    /** Releases connection pools (only a custom-TLS source holds one). */
    close() {
        return this.client.close();
    }
    /** The services that reported requests in [from, to), from the metrics' own labels (no cluster needed). */
    async listServices(window) {
        const context = this.callContext(this.deadlineMs({ samples: 0, points: 0 }), window.signal);
        const dialect = await this.dialect(window);
        const scope = { dialect, namespaces: window.namespaces };
        const samples = await this.client.query((0,mesh_queries/* servicesQuery */.TI)(scope, window.to - window.from), window.to, context);
        const namer = new mesh_naming/* ServiceNamer */.Xo(dialect.server.service, dialect.server.workload).learn(samples.map((sample) => sample.metric));
        const keys = new Map();
        for (const sample of samples) {
            const key = namer.key(sample.metric);
            if (key)
                keys.set(`${key.namespace}/${key.name}`, key);
        }
        if (dialect.l4) {
            const l4 = await this.client.query((0,mesh_queries/* l4ServicesQuery */.lX)(scope, window.to - window.from), window.to, context);
            const l4Namer = new mesh_naming/* ServiceNamer */.Xo(dialect.l4.service, []);
            for (const sample of l4) {
                const key = l4Namer.key(sample.metric);
                if (key)
                    keys.set(`${key.namespace}/${key.name}`, key);
            }
        }
        return [...keys.values()].sort(types/* compareServiceKeys */.dt);
    }
    async collect(request) {
        const { from, to } = request;
        if (!(request.stepMs > 0) || Math.floor((to - from) / request.stepMs) < 1) {
            throw new types/* MetricsError */.kj(`the window ${new Date(from).toISOString()} to ${new Date(to).toISOString()} is shorter than one step (${request.stepMs} ms)`, 'widen --from/--to or lower --step', { environmental: false });
        }
        // The first failure cancels the queries still queued or in flight: one error, not thirteen.
        const failed = new AbortController();
        const limit = new AdaptiveLimit(Math.max(1, this.options.concurrency));
        const context = this.callContext(this.deadlineMs({ samples: 0, points: 0 }), request.signal ? AbortSignal.any([request.signal, failed.signal]) : failed.signal, () => limit.overloaded());
        const dialect = await this.dialect({ from, to, signal: context.signal });
        // A step finer than the scrape interval doubles the work for no information: never finer than the data.
        const interval = await this.scrapeIntervalMs(dialect, request, context);
        const intervalMs = interval.roundedDown;
        const stepMs = intervalMs > request.stepMs && to - from >= intervalMs ? intervalMs : request.stepMs;
        const steps = Math.floor((to - from) / stepMs);
        const scope = {
            dialect,
            namespaces: request.namespaces,
            // Two samples of the data's own resolution in every window, however its interval was rounded for the step.
            rateWindowMs: (0,mesh_queries/* rateWindowMs */.Xw)(stepMs, interval.roundedUp),
        };
        const refused = new names/* RefusedNames */.TH();
        const namer = await this.serverNamer(dialect, { from, to, namespaces: request.namespaces }, context, refused);
        const targetOf = this.targets(dialect, namer);
        const l4Namer = dialect.l4 ? new mesh_naming/* ServiceNamer */.Xo(dialect.l4.service, [], refused) : undefined;
        const edgeTarget = this.edgeTargets(dialect, namer);
        const targetOfQuery = (key) => key.startsWith(EDGE_PREFIX)
            ? edgeTarget
            : key === 'l4'
                ? (metric) => {
                    const service = l4Namer?.key(metric);
                    return service ? { service, view: SINGLE_VIEW } : undefined;
                }
                : key.endsWith(':clusterStat')
                    ? (metric) => {
                        const service = namer.key(metric);
                        return service ? { service, view: SINGLE_VIEW } : undefined;
                    }
                    : targetOf;
        const counts = await this.countSeries(scope, from, from + steps * stepMs, context);
        const queries = this.windowQueries(counts, dialect);
        const limits = {
            maxSamples: this.deps.maxSamples ?? DEFAULT_MAX_SAMPLES,
            maxResponseBytes: STREAMED_CAP_FACTOR *
                (this.deps.maxResponseBytes ?? this.options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES),
            samplesPerWindow: Math.ceil(scope.rateWindowMs / ASSUMED_SCRAPE_MS) + 1,
        };
        // No piece longer than an even share of the window among the requests in flight (but an hour): every core of
        // the server works on a long window, and the answers that come first are read while the rest are computed.
        const share = Math.max(Math.ceil(steps / Math.max(1, this.options.concurrency)), Math.ceil(source_HOUR_MS / stepMs));
        const grid = { from, stepMs, rateWindowMs: scope.rateWindowMs };
        // A learn reduces each service as soon as its data is in: the bucket query (the long one) is asked by groups
        // of namespaces, so one group's services are learned while the server computes the next group's.
        const groups = request.onService ? namespaceGroups(counts.perNamespace('buckets'), PIPELINE_GROUPS) : [];
        const bucketPieces = (query, namespaces) => {
            const [input, output] = query.key === 'buckets' ? ['buckets', 'bucketOutputs'] : ['clientBuckets', 'edgeBucketOutputs'];
            return planPieces(steps, Math.min(share, stepsPerPiece({
                inputSeries: counts.get(input, namespaces),
                outputSeries: counts.get(output, namespaces),
                copies: 1,
            }, limits)), grid).map((piece) => ({ ...piece, namespaces }));
        };
        const plan = queries.map((query) => ({
            query,
            pieces: isBucketQuery(query.key) && groups.length > 0
                ? groups.flatMap((group) => bucketPieces(query, group))
                : planPieces(steps, Math.min(share, stepsPerPiece(query.size, limits)), grid),
        }));
        const work = queries.reduce((sum, query) => ({
            samples: sum.samples + query.size.inputSeries * query.size.copies * steps,
            points: sum.points + query.size.outputSeries * steps,
        }), { samples: 0, points: 0 });
        if (this.deps.deadlineMs === undefined && this.options.deadlineMs === undefined) {
            context.deadlineMs = this.deadlineMs(work);
            context.deadline = Date.now() + context.deadlineMs;
        }
        // The arrays the counted series need (twice, and some), never more than the fixed ceiling (readings.ts).
        const expectedArrays = counts.get('services') * queries.length +
            counts.get('bucketOutputs') +
            counts.get('edges') * queries.length +
            counts.get('edgeBucketOutputs');
        const ceiling = seriesCeiling(steps, expectedArrays, this.deps.maxSeriesArrays);
        const readings = new Readings(steps, ceiling, this.client.displayUrl, expectedArrays > 0 && ceiling === 2 * expectedArrays + 10_000);
        let total = 1 + plan.reduce((sum, one) => sum + one.pieces.length, 0);
        let done = 1;
        request.onProgress?.(done / total, 'counted the series');
        const namespaces = [...counts.namespaces].sort();
        const inNamespaces = (key) => request.namespaces.length === 0 || request.namespaces.includes(key.namespace);
        const knownKeys = () => (request.services
            ? [...request.services]
            : uniqueKeys([...readings.servicesOf('total'), ...readings.servicesOf('l4')])).filter(inNamespaces);
        // Each series goes to request.onService as soon as it is built, where one is given (learn): not kept.
        const services = [];
        const summaries = [];
        const edges = [];
        const aliasOf = (namespace, workload) => namer.serviceOfWorkload(namespace, workload);
        const emission = new GroupedEmission(groups, knownKeys, (key) => {
            const window = { steps, stepMs, dialect };
            const series = serviceSeries(key, readings, window);
            const known = new Set(readings.servicesOf('total').map(types/* serviceId */.fH));
            const callers = edgeSeriesOf(key, readings, window).map(({ callerLabels, series: edge }) => callerEdge(dialect, key, edge, callerLabels, known, aliasOf));
            readings.release((0,types/* serviceId */.fH)(key));
            summaries.push(summarize(series));
            if (request.onService)
                request.onService(series, { from, stepMs }, callers);
            else {
                services.push(series);
                edges.push(...callers);
            }
        });
        const tagOf = (query, piece) => emission.tagOf(isBucketQuery(query.key), piece.namespaces);
        const runPiece = async (query, piece, tag = tagOf(query, piece)) => {
            if (failed.signal.aborted)
                return;
            try {
                await limit.run(() => this.client.queryRangeInto(query.build({ ...scope, namespaces: piece.namespaces ?? scope.namespaces }), from + (piece.first + 1) * stepMs, from + (piece.last + 1) * stepMs, stepMs, context, readings.sink(query.key, from, stepMs, targetOfQuery(query.key))));
                limit.succeeded();
                request.onProgress?.(++done / total, `fetched the ${query.key} series`);
                emission.arrived(tag);
            }
            catch (error) {
                // Too large for the server, the request timeout or the response cap: ask in halves, fewer at once.
                const tooLarge = error instanceof QueryTooLarge ||
                    error instanceof RequestTimedOut ||
                    error instanceof AnswerTooLarge;
                if (tooLarge && !failed.signal.aborted) {
                    limit.overloaded();
                    const halves = splitPiece(piece, query.byNamespace ? namespaces : []);
                    if (halves) {
                        total += 1;
                        emission.expect(tag);
                        await Promise.all(halves.map((half) => runPiece(query, half, tag)));
                        return;
                    }
                    if (error instanceof QueryTooLarge)
                        error = this.tooLargeError(error, request, stepMs);
                }
                if (!failed.signal.aborted)
                    failed.abort(error);
                throw error;
            }
        };
        const runAll = async (work) => {
            for (const { query, pieces } of work)
                for (const piece of pieces)
                    emission.expect(tagOf(query, piece));
            const results = await Promise.allSettled(work.flatMap(({ query, pieces }) => pieces.map((piece) => runPiece(query, piece))));
            const failure = results.find((result) => result.status === 'rejected');
            if (failure)
                throw failed.signal.reason ?? failure.reason;
        };
        await runAll(plan);
        // Services of namespaces no group named (they appeared after the count's samples): their buckets now.
        const grouped = new Set(groups.flat());
        const late = groups.length > 0
            ? [...new Set(knownKeys().map((key) => key.namespace))].filter((namespace) => !grouped.has(namespace))
            : [];
        const bucketQueries = queries.filter((query) => isBucketQuery(query.key));
        if (late.length > 0 && bucketQueries.length > 0) {
            const lateGroup = late.sort();
            emission.addGroup(lateGroup);
            await runAll(bucketQueries.map((query) => ({ query, pieces: bucketPieces(query, lateGroup) })));
        }
        if (readings.servicesOf('total').length === 0 && readings.servicesOf('l4').length === 0) {
            throw (0,detect/* noMeshMetricsError */.Cx)(this.client.displayUrl, { from, to, namespaces: request.namespaces }, dialect);
        }
        emission.emit();
        summaries.sort((a, b) => (0,types/* compareServiceKeys */.dt)(a.service, b.service));
        // Finite bounds, as histogramBuckets always listed them.
        const histogramBuckets = readings.bucketBounds().filter(Number.isFinite);
        const stepNote = stepMs !== request.stepMs
            ? `read at the scrape interval of ${stepMs / 1000} s, not the requested step of ${request.stepMs / 1000} s: a finer step holds no more information`
            : undefined;
        const notes = [
            stepNote,
            missingStatsNote(summaries, dialect),
            l4OnlyNote(summaries, dialect),
            darkServicesNote(summaries, from, stepMs),
            refused.note('Prometheus service label'),
        ].filter((note) => Boolean(note));
        // `to` is trimmed to whole steps, as every source does.
        const end = from + steps * stepMs;
        // Which versions each service ran, and per-version series where it ran two (a rollout).
        const versions = request.withVersions
            ? await collectVersions(this.client, {
                from,
                steps,
                stepMs,
                scope,
                context,
                namer,
                services: request.services,
            })
            : undefined;
        return {
            ...(request.onService ? {} : { edges }),
            ...(versions ? { versionsSeen: versions.versionsSeen, versions: versions.versions } : {}),
            source: 'prometheus',
            mesh: dialect.name,
            from,
            to: end,
            stepMs,
            services,
            histogramBuckets,
            notes,
            partial: false,
        };
    }
    /** The window's range queries, each with the size the count found. */
    windowQueries(counts, dialect) {
        const perService = (input, copies) => ({
            inputSeries: input,
            outputSeries: counts.get('services'),
            copies,
        });
        const requests = counts.get('requests');
        const server = (key, build, copies) => ({
            key,
            build,
            size: perService(requests, copies),
            byNamespace: true,
        });
        // Each request-label signal is an `or` of disjoint selections; each cluster counter goes through two
        // label_replace. Labels no server view can carry (retry flags at a callee's sidecar) are not asked for at all:
        // serviceSeries would not read them (dialect.ts signalReadings).
        const labelled = (0,mesh_queries/* serverLabelSignals */.pK)(dialect).map((name) => server((0,mesh_queries/* signalQueryKey */.M6)(name, 'labels'), (scope) => (0,mesh_queries/* signalRequestRateQuery */.QD)(name, scope), 2));
        const clusterStats = mesh_dialect/* SIGNAL_NAMES */.A.flatMap((name) => {
            const stat = dialect.signals[name].clusterStat;
            if (!stat || !dialect.clusterStats)
                return [];
            return [
                {
                    key: (0,mesh_queries/* signalQueryKey */.M6)(name, 'clusterStat'),
                    build: (scope) => (0,mesh_queries/* clusterStatRateQuery */.$_)(name, scope),
                    size: perService(counts.get(stat), 3),
                    byNamespace: false,
                },
            ];
        });
        const l4 = dialect.l4
            ? [
                {
                    key: 'l4',
                    build: mesh_queries/* l4ConnectionRateQuery */.Z4,
                    size: perService(counts.get('l4'), 1),
                    byNamespace: true,
                },
            ]
            : [];
        // The caller's view of every edge into the services: the same questions, by caller and callee.
        const view = (0,mesh_queries/* clientEdgeView */.Kt)(dialect);
        const perEdge = (copies) => ({
            inputSeries: counts.get('clientRequests'),
            outputSeries: counts.get('edges'),
            copies,
        });
        const edges = [
            {
                key: `${EDGE_PREFIX}total`,
                build: (scope) => (0,mesh_queries/* edgeRequestRateQuery */.H5)(view, scope),
                size: perEdge(1),
                byNamespace: true,
            },
            ...(0,mesh_queries/* clientLabelSignals */.xE)(dialect).map((name) => ({
                key: `${EDGE_PREFIX}${(0,mesh_queries/* signalQueryKey */.M6)(name, 'labels')}`,
                build: (scope) => (0,mesh_queries/* edgeSignalRateQuery */.K1)(name, view, scope),
                size: perEdge(2),
                byNamespace: true,
            })),
            {
                key: `${EDGE_PREFIX}buckets`,
                build: (scope) => (0,mesh_queries/* edgeLatencyBucketQuery */.CW)(view, scope),
                size: {
                    inputSeries: counts.get('clientBuckets'),
                    outputSeries: counts.get('edgeBucketOutputs'),
                    copies: 1,
                },
                byNamespace: true,
            },
        ];
        return [
            server('total', mesh_queries/* totalRequestRateQuery */.oz, 1),
            ...labelled,
            ...clusterStats,
            ...l4,
            ...edges,
            {
                key: 'buckets',
                build: mesh_queries/* latencyBucketRateQuery */.ZN,
                size: { inputSeries: counts.get('buckets'), outputSeries: counts.get('bucketOutputs'), copies: 1 },
                byNamespace: true,
            },
        ];
    }
    /**
     * Reads an edge series to its callee (a workload named alone as the Service it serves) and the view it was read
     * in: the view value and the caller's labels, resolved to a Service when the callee's series are built.
     */
    edgeTargets(dialect, namer) {
        const view = (0,mesh_queries/* clientEdgeView */.Kt)(dialect);
        const callerLabels = [
            view.caller.namespace,
            ...view.caller.workload,
            ...(view.caller.canonical ? [view.caller.canonical] : []),
        ];
        return (metric) => {
            const named = (0,mesh_dialect/* nameFromLabels */.Lf)(view.callee, metric);
            if (!named)
                return undefined;
            const name = named.fallback
                ? (namer.serviceOfWorkload(named.namespace, named.name) ?? named.name)
                : named.name;
            if (!(0,names/* isKubernetesName */.aN)(named.namespace) || !(0,names/* isKubernetesName */.aN)(name))
                return undefined;
            const labels = Object.fromEntries(callerLabels.map((label) => [label, metric[label] ?? '']));
            return {
                service: { namespace: named.namespace, name },
                view: edgeView(metric[view.view.label] ?? '', labels),
            };
        };
    }
    /**
     * Counts the series the window's queries read, at nine points of the window (instant selectors only). A server
     * too small even for that is counted at the window's end alone; too small for that, the sizes stay unknown and
     * the pieces are cut as the server refuses them.
     */
    async countSeries(scope, from, to, context) {
        const counts = new SeriesCounts();
        const query = (0,mesh_queries/* seriesCountQuery */.RM)(scope);
        const span = Math.max(1000, Math.ceil((to - from) / 8 / 1000) * 1000);
        let matrix;
        try {
            matrix = await this.client.queryRange(query, from, to, span, context);
        }
        catch (error) {
            if (!(error instanceof QueryTooLarge))
                throw error;
            try {
                const vector = await this.client.query(query, to, context);
                matrix = vector.map((sample) => ({ metric: sample.metric, values: [sample.value] }));
            }
            catch (again) {
                if (!(again instanceof QueryTooLarge))
                    throw again;
                for (const namespace of scope.namespaces)
                    counts.add('requests', namespace, 0);
                return counts;
            }
        }
        for (const one of matrix) {
            const tag = one.metric['size'];
            if (!tag)
                continue;
            const most = Math.max(0, ...one.values.map(([, text]) => Number(text)).filter(Number.isFinite));
            counts.add(tag, one.metric[scope.dialect.server.service.namespace], most);
        }
        return counts;
    }
    /**
     * The scrape interval of the mesh's request counters near the window's end, from the data itself: the median
     * count of samples per series in 10 minutes, rounded down to a common interval for the step (never finer than the
     * data) and up for the rate window (never fewer than two samples). Both 0 when there is nothing to count.
     */
    async scrapeIntervalMs(dialect, request, context) {
        const scope = { dialect, namespaces: request.namespaces };
        const vector = await this.client.query((0,mesh_queries/* scrapeIntervalQuery */.t_)(scope, INTERVAL_PROBE_MS), request.to, context);
        const perWindow = Number(vector[0]?.value[1]);
        if (!(perWindow >= 2))
            return { roundedDown: 0, roundedUp: 0 };
        const seconds = INTERVAL_PROBE_MS / 1000 / perWindow;
        const down = COMMON_INTERVALS_S.findLast((interval) => interval <= seconds * 1.1) ?? 0;
        const up = COMMON_INTERVALS_S.find((interval) => interval >= seconds / 1.1) ?? Math.ceil(seconds);
        return { roundedDown: 1000 * down, roundedUp: 1000 * up };
    }
    /** A piece that no cut makes small enough: what was asked, and the fixes on both sides. */
    tooLargeError(error, request, stepMs) {
        const hours = Math.round(((request.to - request.from) / 3_600_000) * 10) / 10;
        const where = request.namespaces.length > 0 ? `namespaces ${request.namespaces.join(', ')}` : 'every namespace';
        const flag = error.reason === 'samples' ? '--query.max-samples' : '--query.timeout';
        return new types/* MetricsError */.kj(`${error.message}, even for one ${stepMs / 1000} s step of one namespace (window ${hours} h, ${where})`, `raise the server's ${flag}, or ask for fewer namespaces (--namespace) or a larger --step`);
    }
    /**
     * The overall deadline: as configured, or sized from the work (samples the server reads, points it answers),
     * three times a slow server's time for it, and at least 2 minutes and 4 request timeouts.
     */
    deadlineMs(work) {
        const configured = this.deps.deadlineMs ?? this.options.deadlineMs;
        if (configured !== undefined)
            return configured;
        return Math.max(120_000, 4 * this.options.timeoutMs, Math.ceil(3 * (work.samples / SAMPLES_PER_SECOND + work.points / POINTS_PER_SECOND)) * 1000);
    }
    callContext(deadlineMs, signal, onPushback) {
        return { deadline: Date.now() + deadlineMs, deadlineMs, signal, onPushback };
    }
}
/** Each service once, in the order first seen. */
function uniqueKeys(keys) {
    return [...new Map(keys.map((key) => [`${key.namespace}/${key.name}`, key])).values()];
}


/***/ })

};

export const id = 888;
export const ids = [888,323];
export const modules = {

/***/ 82829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $P: () => (/* binding */ ISTIO_SIGNALS),
/* harmony export */   E1: () => (/* binding */ outboundClusterService),
/* harmony export */   HS: () => (/* binding */ ISTIO_DURATION_BUCKET),
/* harmony export */   N9: () => (/* binding */ ISTIO_REQUESTS_TOTAL),
/* harmony export */   Q6: () => (/* binding */ PROXY_STATS_MATCHER_FIX),
/* harmony export */   Uu: () => (/* binding */ CLUSTER_STAT_SIGNALS),
/* harmony export */   Zd: () => (/* binding */ combineReadings),
/* harmony export */   _: () => (/* binding */ signalReadings),
/* harmony export */   mE: () => (/* binding */ classifyRequest),
/* harmony export */   zk: () => (/* binding */ ISTIO_SIGNAL_NAMES)
/* harmony export */ });
/* unused harmony exports LABEL_SIGNALS, requestCarries */
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22483);
/**
 * What Istio's telemetry means, declared once as data: which requests count as errors, timeouts, overflows and
 * retries, which Envoy cluster counters see the same events, and which reporter can see which response flags.
 * The PromQL (istio-queries.ts) and the sidecar scrape classification (sources/sidecars/) are both generated
 * from this table, so a service gets the same ratios whichever source reads it.
 */

const EVERY_REPORTER = ['destination', 'source'];
const ISTIO_REQUESTS_TOTAL = 'istio_requests_total';
const ISTIO_DURATION_BUCKET = 'istio_request_duration_milliseconds_bucket';
const ISTIO_SIGNALS = {
    errors: {
        metric: 'errorRatio',
        per: 'request',
        requestLabels: { responseCodes: '0|5..', grpcStatusOk: '|0' },
        labelsSeenBy: EVERY_REPORTER,
    },
    timeouts: {
        metric: 'timeoutRatio',
        per: 'request',
        requestLabels: { responseCodes: '504', responseFlags: ['UT'] },
        labelsSeenBy: EVERY_REPORTER,
        clusterStat: 'envoy_cluster_upstream_rq_timeout',
    },
    retries: {
        metric: 'retryRatio',
        per: 'request',
        requestLabels: { responseFlags: ['URX'] },
        labelsSeenBy: ['source'],
        clusterStat: 'envoy_cluster_upstream_rq_retry',
    },
    overflows: {
        metric: 'overflowRatio',
        per: 'request',
        requestLabels: { responseFlags: ['UO'] },
        labelsSeenBy: ['source'],
        clusterStat: 'envoy_cluster_upstream_rq_pending_overflow',
    },
    ejections: {
        metric: 'ejectionRate',
        per: 'second',
        clusterStat: 'envoy_cluster_outlier_detection_ejections_enforced_total',
    },
};
const ISTIO_SIGNAL_NAMES = Object.keys(ISTIO_SIGNALS);
/** The signals a reading of request labels can show (every one but ejections). */
const LABEL_SIGNALS = ISTIO_SIGNAL_NAMES.filter((name) => ISTIO_SIGNALS[name].requestLabels !== undefined);
/** The signals an Envoy cluster counter feeds, and that counter's name. */
const CLUSTER_STAT_SIGNALS = new Map(ISTIO_SIGNAL_NAMES.flatMap((name) => {
    const stat = ISTIO_SIGNALS[name].clusterStat;
    return stat ? [[stat, name]] : [];
}));
/**
 * Which views of a signal count for one service: its request labels when the reporter read can see them, its
 * cluster counter when that is exported for the service. None: the signal is unavailable (never zero).
 */
function signalReadings(name, reporter, clusterStatSeen) {
    const signal = ISTIO_SIGNALS[name];
    const readings = [];
    if (signal.requestLabels && signal.labelsSeenBy?.includes(reporter))
        readings.push('labels');
    if (signal.clusterStat && clusterStatSeen)
        readings.push('clusterStat');
    return readings;
}
/**
 * Combines the views of one signal over one step. Flags and cluster counters are two views of the same events
 * (a request refused by the circuit breaker is flagged UO *and* counted in upstream_rq_pending_overflow), so they
 * are never added: the larger wins.
 */
function combineReadings(values) {
    if (values.length === 0)
        return 0;
    let most = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < values.length; i++)
        most = Math.max(most, values[i]);
    return most;
}
function wholeMatch(regex) {
    return new RegExp(`^(?:${regex})$`);
}
/** Whether a request series with these labels carries the signal in its labels (reporter aside). */
function requestCarries(name, labels) {
    const match = ISTIO_SIGNALS[name].requestLabels;
    if (!match)
        return false;
    if (match.responseCodes !== undefined && wholeMatch(match.responseCodes).test(labels.response_code ?? ''))
        return true;
    if (match.responseFlags) {
        const flags = (labels.response_flags ?? '').split(',').map((flag) => flag.trim());
        if (match.responseFlags.some((flag) => flags.includes(flag)))
            return true;
    }
    return (match.grpcStatusOk !== undefined &&
        !wholeMatch(match.grpcStatusOk).test(labels.grpc_response_status ?? ''));
}
/** The signals a request series shows at its reporter (the caller's flags only at reporter="source"). */
function classifyRequest(labels, reporter) {
    return LABEL_SIGNALS.filter((name) => ISTIO_SIGNALS[name].labelsSeenBy?.includes(reporter) && requestCarries(name, labels));
}
/** `outbound|9080|v1|reviews.bookinfo.svc.cluster.local` → bookinfo/reviews; anything else → undefined. */
function outboundClusterService(clusterName) {
    if (!clusterName)
        return undefined;
    const parts = clusterName.split('|');
    if (parts.length !== 4 || parts[0] !== 'outbound')
        return undefined;
    const host = parts[3].split('.');
    if (host.length < 3 || host[2] !== 'svc')
        return undefined;
    // Only Kubernetes names go on: a cluster name is text the sidecar reported (core/names.ts).
    if (!(0,_core_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isKubernetesName */ .aN)(host[0]) || !(0,_core_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isKubernetesName */ .aN)(host[1]))
        return undefined;
    return { namespace: host[1], name: host[0] };
}
/** How to turn on the Envoy cluster stats the optional signals need. */
const PROXY_STATS_MATCHER_FIX = "to enable them, add to the mesh config (meshConfig.defaultConfig) or a pod's proxy.istio.io/config annotation " +
    `proxyStatsMatcher: { inclusionRegexps: [${[...CLUSTER_STAT_SIGNALS.keys()]
        .map((stat) => `".*${stat.replace(/^envoy_cluster_/, '').replace(/_total$/, '')}.*"`)
        .join(', ')}] } and restart the pods`;


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

/***/ 17323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sy: () => (/* binding */ SIDECAR_METRICS_PATH),
/* harmony export */   me: () => (/* binding */ SIDECAR_METRICS_PORT),
/* harmony export */   podProxyFetcher: () => (/* binding */ podProxyFetcher)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_SCRAPE_BYTES, formatBytes */
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41547);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73054);
/* harmony import */ var _net_body_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27739);
/* harmony import */ var _net_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3688);
/**
 * Fetching one sidecar scrape: GET :15020/stats/prometheus through the API server's pod proxy, aborted when it
 * takes too long and refused past a size cap, with failures translated into a cause and a fix.
 */




const SIDECAR_METRICS_PORT = 15020;
const SIDECAR_METRICS_PATH = 'stats/prometheus';
/** A sidecar's /stats/prometheus is a few MiB even with every cluster stat on; more is a fault or an attack. */
const DEFAULT_MAX_SCRAPE_BYTES = 64 * 1024 * 1024;
/** 67108864 → "64 MiB", for messages. */
function formatBytes(bytes) {
    for (const [unit, size] of [
        ['GiB', 1024 ** 3],
        ['MiB', 1024 ** 2],
        ['KiB', 1024],
    ]) {
        if (bytes >= size && bytes % size === 0)
            return `${bytes / size} ${unit}`;
    }
    return `${bytes} bytes`;
}
/**
 * Fetches a sidecar's metrics through GET /api/v1/namespaces/{ns}/pods/{pod}:{port}/proxy/{path}
 * (needs `get` on `pods/proxy`). No exec into the proxy container: modern proxies are distroless.
 */
function podProxyFetcher(core) {
    return async (namespace, pod, port, path, limits = {}) => {
        let body;
        const maxBytes = limits.maxBytes ?? DEFAULT_MAX_SCRAPE_BYTES;
        const tooLarge = () => new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj(`The sidecar of pod ${namespace}/${pod} sent more than the ${formatBytes(maxBytes)} scrape cap on :${port}/${path}; the scrape was dropped.`, 'If the pod really exports that much, raise sidecars.maxScrapeSize in the config file; otherwise narrow its proxyStatsMatcher.');
        try {
            body = await core.connectGetNamespacedPodProxyWithPath({ name: `${pod}:${port}`, namespace, path }, limitedCall(limits.signal, maxBytes, tooLarge));
        }
        catch (err) {
            throw podProxyError(err, namespace, pod, port);
        }
        if (typeof body !== 'string') {
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj(`The sidecar of pod ${namespace}/${pod} answered on :${port}/${path} with something other than text.`, "Check that port 15020 is the Istio agent (the pod's prometheus.io/port annotation).");
        }
        return body;
    };
}
/**
 * Per-call options for the generated client: the abort signal on the request, and a response body read from
 * its stream that stops (and cancels the stream) past `maxBytes`, before the whole body is buffered.
 */
function limitedCall(signal, maxBytes, tooLarge) {
    const middleware = {
        pre: (context) => {
            if (signal)
                context.setSignal(signal);
            return new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .Observable */ .cPK(Promise.resolve(context));
        },
        post: (response) => {
            const original = response.body;
            const read = () => (0,_net_body_js__WEBPACK_IMPORTED_MODULE_3__/* .readCappedStream */ .Ko)(original.stream(), maxBytes, Number(response.headers['content-length'])).catch((err) => {
                throw err instanceof _net_body_js__WEBPACK_IMPORTED_MODULE_3__/* .BodyTooLarge */ .KQ ? tooLarge() : err;
            });
            response.body = {
                stream: () => original.stream(),
                binary: async () => Buffer.from(await read()),
                text: async () => new TextDecoder().decode(await read()),
            };
            return new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .Observable */ .cPK(Promise.resolve(response));
        },
    };
    // 'append' keeps the client's own middleware (its User-Agent header).
    return { middleware: [middleware], middlewareMergeStrategy: 'append' };
}
function podProxyError(err, namespace, pod, port) {
    if (err instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj)
        return err;
    const where = `pod ${namespace}/${pod} (:${port} via the API server's pod proxy)`;
    if (err instanceof _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .ApiException */ .UJ4) {
        const code = err.code;
        switch (code) {
            case 401:
                return new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj(`The API server refused the credentials while scraping ${where} (HTTP 401).`, 'Refresh the kubeconfig credentials or the service account token.');
            case 403:
                return new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj(`Not allowed to scrape ${where} (HTTP 403).`, `Grant get on pods/proxy in namespace ${namespace} to SMAnalyzer's identity.`);
            case 404:
                return new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj(`The API server could not find ${where} (HTTP 404): the pod is gone or the path is not served.`, 'Nothing to do if the pod was just replaced; otherwise check that it runs an Istio sidecar.');
            default:
                return new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj(`Scraping ${where} failed with HTTP ${code}.`, code >= 500
                    ? 'Check that the sidecar is running and ready; the API server could not reach it.'
                    : 'Check the API server and the pod.');
        }
    }
    const code = (0,_net_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .networkErrorCode */ .a0)(err);
    return new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj(`Scraping ${where} failed: ${(0,_net_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}${code ? ` (${code})` : ''}.`, 'Check the connection to the API server.');
}


/***/ }),

/***/ 48888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SidecarSource: () => (/* binding */ SidecarSource)
});

// UNUSED EXPORTS: scrapeTimes

// EXTERNAL MODULE: ./src/core/names.ts
var names = __webpack_require__(22483);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
;// CONCATENATED MODULE: ./src/sources/sidecars/exposition.ts
/**
 * Parses the Prometheus text exposition format (0.0.4): what a sidecar serves on :15020/stats/prometheus.
 * Owns metric families (# HELP / # TYPE), samples with escaped label values, special floats and optional
 * timestamps. Pure: text in, families out.
 *
 * Why not a library: the one npm parser (parse-prometheus-text-format) merges every labelled histogram
 * series into one bucket map, which loses the labels Istio's histograms are keyed by.
 */

const METRIC_TYPES = ['counter', 'gauge', 'histogram', 'summary', 'untyped'];
const NAME_START = /[a-zA-Z_:]/;
const NAME_CHAR = /[a-zA-Z0-9_:]/;
const LABEL_START = /[a-zA-Z_]/;
const LABEL_CHAR = /[a-zA-Z0-9_]/;
/** Suffixes a histogram / summary family's samples carry. */
const FAMILY_SUFFIXES = {
    histogram: ['_bucket', '_sum', '_count'],
    summary: ['_sum', '_count'],
    counter: [],
    gauge: [],
    untyped: [],
};
/** Parses a whole exposition into its families, in the order they first appear. */
function parseExposition(text) {
    const families = new Map();
    const familyOf = (name) => {
        let family = families.get(name);
        if (!family) {
            family = { name, type: 'untyped', samples: [] };
            families.set(name, family);
        }
        return family;
    };
    // A sample belongs to a declared histogram/summary when its name is the family name plus a suffix.
    const ownerOf = (sampleName) => {
        const exact = families.get(sampleName);
        if (exact)
            return exact;
        for (const suffix of ['_bucket', '_sum', '_count']) {
            if (!sampleName.endsWith(suffix))
                continue;
            const base = families.get(sampleName.slice(0, -suffix.length));
            if (base && FAMILY_SUFFIXES[base.type].includes(suffix))
                return base;
        }
        return familyOf(sampleName);
    };
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
        const lineNumber = i + 1;
        const trimmed = line.trimStart();
        if (trimmed === '')
            continue;
        if (trimmed.startsWith('#')) {
            parseComment(trimmed, lineNumber, familyOf);
            continue;
        }
        const sample = parseSampleLine(trimmed, lineNumber);
        ownerOf(sample.name).samples.push(sample);
    }
    return [...families.values()];
}
/** Every sample of the named family (empty when the family is absent). */
function samplesOf(families, familyName) {
    return families.find((f) => f.name === familyName)?.samples ?? [];
}
function parseComment(line, lineNumber, familyOf) {
    // "# HELP name text" and "# TYPE name type"; any other comment is ignored.
    const match = /^#[ \t]+(HELP|TYPE)[ \t]+(\S+)(?:[ \t]+(.*))?$/.exec(line);
    if (!match)
        return;
    const [, keyword, name, rest = ''] = match;
    if (!isMetricName(name))
        throw syntaxError(lineNumber, `invalid metric name "${name}" in # ${keyword}`);
    const family = familyOf(name);
    if (keyword === 'HELP') {
        family.help = unescapeHelp(rest);
        return;
    }
    const type = rest.trim().toLowerCase();
    if (!METRIC_TYPES.includes(type))
        throw syntaxError(lineNumber, `unknown metric type "${rest.trim()}"`);
    if (family.samples.length > 0 && family.type !== type) {
        throw syntaxError(lineNumber, `# TYPE for "${name}" comes after its samples`);
    }
    family.type = type;
}
function parseSampleLine(line, lineNumber) {
    let pos = 0;
    const fail = (what) => {
        throw syntaxError(lineNumber, `${what} at column ${pos + 1}`);
    };
    const skipBlanks = () => {
        while (pos < line.length && (line[pos] === ' ' || line[pos] === '\t'))
            pos++;
    };
    if (!NAME_START.test(line[pos] ?? ''))
        fail('expected a metric name');
    const nameStart = pos;
    while (pos < line.length && NAME_CHAR.test(line[pos]))
        pos++;
    const name = line.slice(nameStart, pos);
    const labels = {};
    skipBlanks();
    if (line[pos] === '{') {
        pos++;
        for (;;) {
            skipBlanks();
            if (line[pos] === '}')
                break;
            if (!LABEL_START.test(line[pos] ?? ''))
                fail('expected a label name');
            const labelStart = pos;
            while (pos < line.length && LABEL_CHAR.test(line[pos]))
                pos++;
            const labelName = line.slice(labelStart, pos);
            skipBlanks();
            if (line[pos] !== '=')
                fail(`expected "=" after label "${labelName}"`);
            pos++;
            skipBlanks();
            if (line[pos] !== '"')
                fail(`expected a quoted value for label "${labelName}"`);
            pos++;
            let value = '';
            for (;;) {
                const ch = line[pos];
                if (ch === undefined)
                    fail(`unterminated value for label "${labelName}"`);
                pos++;
                if (ch === '"')
                    break;
                if (ch !== '\\') {
                    value += ch;
                    continue;
                }
                const escaped = line[pos];
                pos++;
                if (escaped === '\\')
                    value += '\\';
                else if (escaped === '"')
                    value += '"';
                else if (escaped === 'n')
                    value += '\n';
                else
                    fail(`invalid escape "\\${escaped ?? ''}" in label "${labelName}"`);
            }
            if (Object.hasOwn(labels, labelName))
                fail(`duplicate label "${labelName}"`);
            labels[labelName] = value;
            skipBlanks();
            if (line[pos] === ',') {
                pos++;
                continue;
            }
            if (line[pos] !== '}')
                fail('expected "," or "}"');
            break;
        }
        pos++; // the closing brace
    }
    const rest = line.slice(pos).trim();
    if (rest === '')
        fail('expected a value');
    const fields = rest.split(/[ \t]+/);
    if (fields.length > 2)
        fail('unexpected text after the timestamp');
    const value = parseFloatValue(fields[0]);
    if (value === undefined)
        fail(`invalid value "${fields[0]}"`);
    const sample = { name, labels, value: value };
    if (fields.length === 2) {
        if (!/^-?\d+$/.test(fields[1]))
            fail(`invalid timestamp "${fields[1]}"`);
        sample.timestampMs = Number(fields[1]);
    }
    return sample;
}
/** Go's ParseFloat as Prometheus uses it: decimals, exponents, NaN and ±Inf (case-insensitive). */
function parseFloatValue(text) {
    const lower = text.toLowerCase();
    if (lower === 'nan')
        return Number.NaN;
    if (lower === '+inf' || lower === 'inf' || lower === '+infinity' || lower === 'infinity') {
        return Number.POSITIVE_INFINITY;
    }
    if (lower === '-inf' || lower === '-infinity')
        return Number.NEGATIVE_INFINITY;
    return isDecimalNumber(text) ? Number(text) : undefined;
}
/**
 * `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`, checked in one pass: a regex with two adjacent
 * digit runs backtracks quadratically on a long digit string that fails at its end (a hostile scrape).
 */
function isDecimalNumber(text) {
    let pos = 0;
    const digits = () => {
        const start = pos;
        while (pos < text.length && text.charCodeAt(pos) >= 48 && text.charCodeAt(pos) <= 57)
            pos++;
        return pos - start;
    };
    if (text[pos] === '+' || text[pos] === '-')
        pos++;
    let mantissa = digits();
    if (text[pos] === '.') {
        pos++;
        mantissa += digits();
    }
    if (mantissa === 0)
        return false;
    if (text[pos] === 'e' || text[pos] === 'E') {
        pos++;
        if (text[pos] === '+' || text[pos] === '-')
            pos++;
        if (digits() === 0)
            return false;
    }
    return pos === text.length;
}
function unescapeHelp(text) {
    return text.replace(/\\(\\|n)/g, (_, ch) => (ch === 'n' ? '\n' : '\\'));
}
function isMetricName(name) {
    return /^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(name);
}
function syntaxError(lineNumber, what) {
    return new types/* MetricsError */.kj(`The metrics text is not in the Prometheus exposition format (line ${lineNumber}: ${what}).`, 'Check that the endpoint serves /stats/prometheus from an Istio sidecar (port 15020) in text format 0.0.4.');
}

// EXTERNAL MODULE: ./src/net/errors.ts
var errors = __webpack_require__(3688);
// EXTERNAL MODULE: ./src/net/retry.ts
var retry = __webpack_require__(37893);
// EXTERNAL MODULE: ./src/mesh/istio.ts
var istio = __webpack_require__(82829);
// EXTERNAL MODULE: ./src/sources/sidecars/scrape.ts
var scrape = __webpack_require__(17323);
;// CONCATENATED MODULE: ./src/sources/sidecars/snapshot.ts
/**
 * Reading one sidecar scrape: picks the series SMAnalyzer needs out of the parsed exposition and says what
 * each counts for (the requests, or a view of an Istio signal, as mesh/istio.ts declares). Pure.
 */



/** A sidecar's scrape holds its inbound traffic as the destination reported it (one sample per request). */
const SIDECAR_REPORTER = 'destination';
/**
 * Picks the series SMAnalyzer needs out of one parsed scrape: the sidecar's inbound traffic
 * (`reporter="destination"`) and, when exported, the Envoy cluster stats of its outbound clusters.
 * `podService` is used for series without usable destination_service labels.
 */
function readSidecarSnapshot(families, podService, refused = new names/* RefusedNames */.TH()) {
    const snapshot = { counters: new Map(), histograms: new Map(), clusterStats: new Set() };
    for (const family of families) {
        for (const sample of family.samples) {
            const { name, labels, value } = sample;
            if (name === istio/* ISTIO_REQUESTS_TOTAL */.N9) {
                if (labels.reporter !== SIDECAR_REPORTER)
                    continue;
                snapshot.counters.set(seriesKey(name, labels), {
                    service: destinationService(labels, podService, refused),
                    requests: true,
                    view: 'labels',
                    signals: (0,istio/* classifyRequest */.mE)(labels, SIDECAR_REPORTER),
                    value,
                });
            }
            else if (name === istio/* ISTIO_DURATION_BUCKET */.HS) {
                if (labels.reporter !== 'destination' || labels.le === undefined)
                    continue;
                const le = parseFloatValue(labels.le);
                if (le === undefined || Number.isNaN(le))
                    continue;
                const seriesLabels = { ...labels };
                delete seriesLabels.le;
                const key = seriesKey(name, seriesLabels);
                let series = snapshot.histograms.get(key);
                if (!series) {
                    series = { service: destinationService(labels, podService, refused), buckets: new Map() };
                    snapshot.histograms.set(key, series);
                }
                series.buckets.set(le, value);
            }
            else if (istio/* CLUSTER_STAT_SIGNALS */.Uu.has(name)) {
                snapshot.clusterStats.add(name);
                const service = (0,istio/* outboundClusterService */.E1)(labels.cluster_name);
                if (!service)
                    continue;
                snapshot.counters.set(seriesKey(name, labels), {
                    service,
                    requests: false,
                    view: 'clusterStat',
                    signals: [istio/* CLUSTER_STAT_SIGNALS */.Uu.get(name)],
                    value,
                });
            }
        }
    }
    return snapshot;
}
/** What a destination-reported request series counts for: the requests, and the signals its labels show. */
function classifyRequests(labels) {
    return ['requests', ...classifyRequest(labels, SIDECAR_REPORTER)];
}
function destinationService(labels, fallback, refused) {
    const name = labels.destination_service_name;
    const namespace = labels.destination_service_namespace;
    const usable = (v) => v !== undefined && v !== '' && v !== 'unknown';
    if (!usable(name) || !usable(namespace))
        return fallback;
    // A label is what the workload said: only a Kubernetes name is taken (core/names.ts), else the pod's own.
    return refused.accept(namespace, name) ? { namespace: namespace, name: name } : fallback;
}
function seriesKey(name, labels) {
    const sorted = Object.keys(labels)
        .sort()
        .map((k) => [k, labels[k]]);
    return `${name}${JSON.stringify(sorted)}`;
}

;// CONCATENATED MODULE: ./src/sources/sidecars/increase.ts
/**
 * Counters → increases: what each service gained between two scrapes of one pod, with counter resets (a
 * restarted proxy) handled, and what a scan adds up per step. Pure.
 */


function emptyIncrease() {
    const zeros = () => Object.fromEntries(istio/* ISTIO_SIGNAL_NAMES */.zk.map((name) => [name, 0]));
    return { requests: 0, labels: zeros(), clusterStat: zeros(), latencyBuckets: new Map() };
}
/**
 * A counter's increase between two readings. A decrease means the process restarted and the counter
 * began again from zero, so everything it now shows is new. A series absent before was born in between.
 */
function counterIncrease(previous, current) {
    if (!Number.isFinite(current))
        return 0;
    if (previous === undefined || !Number.isFinite(previous))
        return current;
    return current < previous ? current : current - previous;
}
/**
 * Per-service increases between two snapshots of the same pod. A histogram series is reset as a whole
 * when any of its buckets went down, which keeps its buckets cumulative.
 */
function snapshotIncrease(previous, current) {
    const byService = new Map();
    const increaseOf = (service) => {
        const id = (0,types/* serviceId */.fH)(service);
        let inc = byService.get(id);
        if (!inc) {
            inc = emptyIncrease();
            byService.set(id, inc);
        }
        return inc;
    };
    for (const [key, series] of current.counters) {
        const delta = counterIncrease(previous.counters.get(key)?.value, series.value);
        if (delta === 0)
            continue;
        const inc = increaseOf(series.service);
        if (series.requests)
            inc.requests += delta;
        for (const signal of series.signals)
            inc[series.view][signal] += delta;
    }
    for (const [key, series] of current.histograms) {
        const before = previous.histograms.get(key)?.buckets;
        const reset = before === undefined || [...series.buckets].some(([le, count]) => count < (before.get(le) ?? 0));
        const inc = increaseOf(series.service);
        for (const [le, count] of series.buckets) {
            if (!Number.isFinite(count))
                continue;
            const delta = reset ? count : count - (before?.get(le) ?? 0);
            inc.latencyBuckets.set(le, (inc.latencyBuckets.get(le) ?? 0) + delta);
        }
    }
    return byService;
}
function addScaled(into, from, fraction) {
    into.requests += from.requests * fraction;
    for (const name of istio/* ISTIO_SIGNAL_NAMES */.zk) {
        into.labels[name] += from.labels[name] * fraction;
        into.clusterStat[name] += from.clusterStat[name] * fraction;
    }
    for (const [le, count] of from.latencyBuckets) {
        into.latencyBuckets.set(le, (into.latencyBuckets.get(le) ?? 0) + count * fraction);
    }
}

// EXTERNAL MODULE: ./src/core/histogram.ts
var histogram = __webpack_require__(80365);
// EXTERNAL MODULE: ./src/mesh/call-graph.ts
var call_graph = __webpack_require__(12616);
;// CONCATENATED MODULE: ./src/sources/sidecars/edges.ts
/**
 * The call graph from the sidecars (issue 13). Each pod's scrape holds both ends of its calls: its outbound calls
 * as its own proxy saw them (reporter="source": the caller is the pod's Service, the callee the destination
 * labels) and its inbound calls as it served them (reporter="destination": the caller named by the source labels,
 * an entry point for gateways and unknown callers). Counter increases between a pod's scrapes become per-step
 * requests, errors and latency buckets per edge. Pure apart from the state it keeps between scrapes.
 */






/** Follows the edges of every pod across a collection window. */
class EdgeTracker {
    from;
    stepMs;
    steps;
    last = new Map();
    edges = new Map();
    /** Services known from discovery: what a caller's labels are matched against. */
    known = new Set();
    constructor(from, to, stepMs) {
        this.from = from;
        this.stepMs = stepMs;
        this.steps = Math.max(0, Math.floor((to - from) / stepMs));
    }
    /** One scrape of one pod (the pod's Service from discovery), taken at `atMs`. */
    observe(podId, podService, families, atMs) {
        this.known.add((0,types/* serviceId */.fH)(podService));
        const readings = new Map();
        for (const family of families) {
            for (const { name, labels, value } of family.samples) {
                if (name !== istio/* ISTIO_REQUESTS_TOTAL */.N9 && name !== istio/* ISTIO_DURATION_BUCKET */.HS)
                    continue;
                const edge = this.edgeOf(labels, podService);
                if (!edge)
                    continue;
                const series = JSON.stringify(Object.entries(labels).sort());
                if (name === istio/* ISTIO_REQUESTS_TOTAL */.N9) {
                    readings.set(`r${series}`, { edge, kind: 'requests', value });
                    const reporter = labels.reporter;
                    if ((0,istio/* classifyRequest */.mE)(labels, reporter).includes('errors')) {
                        readings.set(`e${series}`, { edge, kind: 'errors', value });
                    }
                }
                else {
                    const le = parseFloatValue(labels.le ?? '');
                    if (le === undefined || Number.isNaN(le))
                        continue;
                    readings.set(`b${series}`, { edge, kind: 'bucket', le, value });
                }
            }
        }
        const previous = this.last.get(podId);
        this.last.set(podId, { atMs, readings });
        if (!previous)
            return;
        // The interval's increase lands in the step holding its middle: scrapes are one step apart or less.
        const step = Math.floor(((previous.atMs + atMs) / 2 - this.from) / this.stepMs);
        if (step < 0 || step >= this.steps)
            return;
        for (const [key, reading] of readings) {
            const increase = counterIncrease(previous.readings.get(key)?.value, reading.value);
            if (!(increase > 0))
                continue;
            const state = this.edges.get(reading.edge);
            if (reading.kind === 'requests')
                state.requests[step] += increase;
            else if (reading.kind === 'errors')
                state.errors[step] += increase;
            else
                state.buckets[step].set(reading.le, (state.buckets[step].get(reading.le) ?? 0) + increase);
        }
    }
    /** The edges seen over the window, with callers matched against every Service the scrapes came from. */
    result() {
        return [...this.edges.values()].map((state) => {
            const caller = state.callerWorkload
                ? (0,call_graph/* callerFromLabels */.Rk)({
                    source_workload_namespace: state.callerWorkload.namespace,
                    source_workload: state.callerWorkload.name,
                    source_canonical_service: state.caller?.name ?? '',
                }, this.known)
                : state.caller;
            const latencyP99 = state.buckets.map((buckets, i) => {
                if (state.requests[i] <= 0 || buckets.size === 0)
                    return null;
                return (0,histogram/* histogramQuantile */.E)(0.99, [...buckets].map(([le, count]) => ({ le, count })));
            });
            return {
                caller,
                ...(state.callerWorkload && caller ? { callerWorkload: state.callerWorkload } : {}),
                callee: state.callee,
                reporter: state.reporter,
                requests: [...state.requests],
                errorRatio: state.requests.map((r, i) => (r > 0 ? Math.min(1, state.errors[i] / r) : null)),
                latencyP99,
            };
        });
    }
    /** The edge a series belongs to (created on first sight), or undefined for series that name no callee. */
    edgeOf(labels, podService) {
        const reporter = labels.reporter;
        const namespace = labels.destination_service_namespace;
        const name = labels.destination_service_name;
        if ((reporter !== 'source' && reporter !== 'destination') || !namespace || !name || name === 'unknown') {
            return undefined;
        }
        const callee = { namespace, name };
        // Outbound: this pod is the caller. Inbound: the labels name the caller (resolved in result()).
        const outbound = reporter === 'source';
        const workload = outbound
            ? undefined
            : { namespace: labels.source_workload_namespace ?? '', name: labels.source_workload ?? '' };
        const callerName = outbound ? (0,types/* serviceId */.fH)(podService) : `${workload.namespace}/${workload.name}`;
        const id = `${reporter}|${callerName}|${(0,types/* serviceId */.fH)(callee)}`;
        if (!this.edges.has(id)) {
            this.edges.set(id, {
                caller: outbound
                    ? podService
                    : { namespace: workload.namespace, name: labels.source_canonical_service ?? '' },
                ...(workload ? { callerWorkload: workload } : {}),
                callee,
                reporter,
                requests: new Array(this.steps).fill(0),
                errors: new Array(this.steps).fill(0),
                buckets: Array.from({ length: this.steps }, () => new Map()),
            });
        }
        return id;
    }
}

// EXTERNAL MODULE: ./src/core/series.ts
var series = __webpack_require__(34990);
;// CONCATENATED MODULE: ./src/sources/sidecars/grid.ts
/**
 * The step grid: per-service increases spread over the request's steps by overlap, how much of each step was
 * observed, and the per-step increases turned into the shared ServiceSeries shape. Pure.
 */





/** Per-service increases laid on the request's step grid, and how much of each step was observed. */
class StepAccumulator {
    from;
    to;
    stepMs;
    steps;
    perService = new Map();
    intervals = [];
    constructor(from, to, stepMs) {
        this.from = from;
        this.to = to;
        this.stepMs = stepMs;
        this.steps = Math.ceil((to - from) / stepMs);
    }
    /**
     * Spreads what was gained over [start, end) across the steps it overlaps, in proportion to the overlap
     * (when scrapes run on the step grid, each interval lands whole in one step).
     */
    add(start, end, increases, services) {
        if (!(end > start))
            return;
        this.intervals.push([start, end]);
        for (const [id, inc] of increases) {
            const service = services.get(id);
            if (!service)
                continue;
            const target = this.seriesFor(service);
            this.forEachOverlap(start, end, (step, overlap) => addScaled(target[step], inc, overlap / (end - start)));
        }
    }
    seriesFor(service) {
        const id = (0,types/* serviceId */.fH)(service);
        let entry = this.perService.get(id);
        if (!entry) {
            entry = { service, steps: Array.from({ length: this.steps }, emptyIncrease) };
            this.perService.set(id, entry);
        }
        return entry.steps;
    }
    services() {
        return [...this.perService.values()].map((e) => e.service);
    }
    /** Milliseconds of each step covered by at least one observed interval. */
    coverage() {
        const merged = [];
        for (const [s, e] of [...this.intervals].sort((a, b) => a[0] - b[0])) {
            const last = merged.at(-1);
            if (last && s <= last[1])
                last[1] = Math.max(last[1], e);
            else
                merged.push([s, e]);
        }
        const covered = new Array(this.steps).fill(0);
        for (const [s, e] of merged)
            this.forEachOverlap(s, e, (step, overlap) => (covered[step] += overlap));
        return covered;
    }
    forEachOverlap(start, end, visit) {
        const first = Math.max(0, Math.floor((start - this.from) / this.stepMs));
        for (let step = first; step < this.steps; step++) {
            const stepStart = this.from + step * this.stepMs;
            if (stepStart >= end)
                break;
            const stepEnd = Math.min(stepStart + this.stepMs, this.to);
            const overlap = Math.min(end, stepEnd) - Math.max(start, stepStart);
            if (overlap > 0)
                visit(step, overlap);
        }
    }
}
const QUANTILES = [
    ['latencyP50', 0.5],
    ['latencyP90', 0.9],
    ['latencyP99', 0.99],
];
/** One service's per-step increases → the shared ServiceSeries shape. */
function toServiceSeries(service, steps, coveredMs, views) {
    const unavailable = istio/* ISTIO_SIGNAL_NAMES */.zk.filter((name) => views[name].length === 0).map((name) => istio/* ISTIO_SIGNALS */.$P[name].metric);
    const values = (0,series/* metricArrays */.FR)();
    const requests = [];
    steps.forEach((inc, i) => {
        const seconds = coveredMs[i] / 1000;
        const observed = seconds > 0;
        const perRequest = (count) => (inc.requests > 0 ? count / inc.requests : null);
        requests.push(inc.requests);
        values.requestRate.push(observed ? inc.requests / seconds : null);
        for (const name of istio/* ISTIO_SIGNAL_NAMES */.zk) {
            const signal = istio/* ISTIO_SIGNALS */.$P[name];
            const count = (0,istio/* combineReadings */.Zd)(views[name].map((view) => inc[view][name]));
            if (views[name].length === 0)
                values[signal.metric].push(null);
            else if (signal.per === 'request')
                values[signal.metric].push(perRequest(count));
            else
                values[signal.metric].push(observed ? count / seconds : null);
        }
        const buckets = [...inc.latencyBuckets].map(([le, count]) => ({ le, count }));
        for (const [metric, q] of QUANTILES)
            values[metric].push((0,histogram/* histogramQuantile */.E)(q, buckets));
    });
    return { service, requests, values, unavailable };
}

;// CONCATENATED MODULE: ./src/sources/sidecars/source.ts
/**
 * The sidecar metrics source: scrapes every meshed pod's :15020/stats/prometheus through the API server's
 * pod proxy on a fixed interval, turns counters into per-step increases (with reset handling), aggregates
 * pods to Services and histogram buckets to percentiles. For clusters without Prometheus; it watches live,
 * so it has no history.
 *
 * The maths (snapshot → increase → step grid) are pure exported functions; the clock, the sleep, the pod
 * list and the HTTP fetch are injected so the whole scan runs in tests without waiting.
 */












class SidecarSource {
    deps;
    options;
    name = 'sidecars';
    hasHistory = false;
    sleep;
    now;
    port;
    constructor(deps, options) {
        this.deps = deps;
        this.options = options;
        if (!(options.intervalMs > 0)) {
            throw new types/* ConfigError */.xL('The sidecar scrape interval must be positive.', 'Set --interval to e.g. 15s.');
        }
        if (!(options.concurrency >= 1)) {
            throw new types/* ConfigError */.xL('The sidecar scrape concurrency must be at least 1.', 'Set it to e.g. 10.');
        }
        this.sleep = deps.sleep ?? retry/* sleep */.yy;
        this.now = deps.now ?? Date.now;
        this.port = options.port ?? scrape/* SIDECAR_METRICS_PORT */.me;
    }
    async collect(req) {
        if (!(req.to > req.from) || !(req.stepMs > 0)) {
            throw new types/* ConfigError */.xL('The collection window is empty or its step is not positive.', 'Use a duration longer than zero and a positive step.');
        }
        if (req.to <= this.now()) {
            throw new types/* ConfigError */.xL('The sidecar source watches live traffic and cannot read a window that has already ended.', 'Use --source prometheus for a past window, or scan without --from/--to.');
        }
        const targets = scrapeTimes(req.from, req.to, this.options.intervalMs);
        const grid = new StepAccumulator(req.from, req.to, req.stepMs);
        const edgeTracker = req.withEdges ? new EdgeTracker(req.from, req.to, req.stepMs) : undefined;
        const pods = new Map();
        const serviceKeys = new Map();
        const listedServices = new Map();
        /** Per signal, the services some caller's Envoy cluster counter reported. */
        const clusterStatServices = new Map(istio/* ISTIO_SIGNAL_NAMES */.zk.map((name) => [name, new Set()]));
        const clusterStatsSeen = new Set();
        const bucketBounds = new Set();
        const notes = [];
        const refused = new names/* RefusedNames */.TH();
        const lostRounds = [];
        let skippedRounds = 0;
        let stoppedEarly = false;
        let listFailures = 0;
        let lastListError = '';
        const limit = (0,p_limit/* default */.A)(this.options.concurrency);
        const inNamespaces = (ns) => req.namespaces.length === 0 || req.namespaces.includes(ns);
        let round = -1;
        while (round + 1 < targets.length) {
            let next = round + 1;
            // Fallen behind (slow scrapes, a suspended laptop): skip to the latest due round; the next
            // increases are spread over the gap.
            while (next + 1 < targets.length && targets[next + 1] <= this.now())
                next++;
            skippedRounds += next - round - 1;
            const wait = targets[next] - this.now();
            if (wait > 0 && !req.signal?.aborted)
                await this.sleep(wait, req.signal).catch(() => undefined);
            if (req.signal?.aborted) {
                stoppedEarly = true;
                break;
            }
            round = next;
            // Scrapes on time are stamped with their grid time, so each interval lands whole in one step; a late
            // one (a window that began before the scan did) with the real time, so rates divide by what was seen.
            const lateMs = this.now() - targets[round];
            const at = lateMs > Math.min(1000, this.options.intervalMs / 10) ? this.now() : targets[round];
            let listed;
            try {
                listed = dedupePods(await this.deps.pods()).filter((p) => inNamespaces(p.namespace));
            }
            catch (err) {
                if (round === 0 || pods.size === 0)
                    throw err;
                listFailures++;
                lastListError = (0,errors/* errorMessage */.gJ)(err);
                listed = [...pods.values()].filter((s) => s.vanishedAt === undefined).map((s) => s.pod);
            }
            const listedIds = new Set(listed.map(podId));
            for (const state of pods.values()) {
                if (state.vanishedAt === undefined && !listedIds.has(podId(state.pod))) {
                    state.vanishedAt = at;
                    notes.push(`Pod ${podId(state.pod)} vanished at ${iso(at)}; its traffic up to its last scrape is kept.`);
                }
            }
            for (const pod of listed) {
                const existing = pods.get(podId(pod));
                if (existing) {
                    existing.pod = pod;
                    if (existing.vanishedAt !== undefined) {
                        // Most likely recreated under the same name (a StatefulSet): start again from its next scrape.
                        existing.vanishedAt = undefined;
                        existing.last = undefined;
                        notes.push(`Pod ${podId(pod)} came back at ${iso(at)}; it is counted again from its next scrape.`);
                    }
                }
                else {
                    pods.set(podId(pod), { pod, scrapes: 0, failures: 0 });
                    if (round > 0)
                        notes.push(`Pod ${podId(pod)} appeared at ${iso(at)}; it is counted from its first scrape.`);
                }
                const service = { namespace: pod.namespace, name: pod.service };
                listedServices.set((0,types/* serviceId */.fH)(service), service);
            }
            const results = await Promise.all(listed.map((pod) => limit(async () => {
                const state = pods.get(podId(pod));
                state.scrapes++;
                try {
                    const text = await this.fetchWithTimeout(pod, req.signal);
                    const families = parseExposition(text);
                    const snapshot = readSidecarSnapshot(families, { namespace: pod.namespace, name: pod.service }, refused);
                    return { state, snapshot, families };
                }
                catch (err) {
                    state.failures++;
                    state.lastError = (0,errors/* errorMessage */.gJ)(err);
                    return undefined;
                }
            })));
            let succeeded = 0;
            for (const result of results) {
                if (!result)
                    continue;
                succeeded++;
                const { state, snapshot } = result;
                edgeTracker?.observe(podId(state.pod), { namespace: state.pod.namespace, name: state.pod.service }, result.families, at);
                for (const stat of snapshot.clusterStats)
                    clusterStatsSeen.add(stat);
                for (const series of [...snapshot.counters.values(), ...snapshot.histograms.values()]) {
                    serviceKeys.set((0,types/* serviceId */.fH)(series.service), series.service);
                }
                for (const series of snapshot.counters.values()) {
                    if (series.view !== 'clusterStat')
                        continue;
                    for (const name of series.signals)
                        clusterStatServices.get(name).add((0,types/* serviceId */.fH)(series.service));
                }
                for (const series of snapshot.histograms.values())
                    for (const le of series.buckets.keys())
                        bucketBounds.add(le);
                if (state.last) {
                    grid.add(state.last.timeMs, at, snapshotIncrease(state.last.snapshot, snapshot), serviceKeys);
                }
                state.last = { timeMs: at, snapshot };
            }
            if (listed.length > 0 && succeeded === 0)
                lostRounds.push(at);
            req.onProgress?.(targets.length > 1 ? round / (targets.length - 1) : 1, `scrape ${round + 1}/${targets.length}: ${succeeded} of ${listed.length} sidecars answered`);
        }
        // Which services to report: the requested ones, else every one seen or listed in scope.
        const wanted = req.services
            ? req.services
            : [...new Map([...listedServices, ...serviceKeys]).values()].filter((s) => inNamespaces(s.namespace));
        const missingStats = [...istio/* CLUSTER_STAT_SIGNALS */.Uu.keys()].filter((stat) => !clusterStatsSeen.has(stat));
        const coverage = grid.coverage();
        const unavailableMetrics = new Set();
        let servicesMissingOptional = 0;
        const services = [...wanted]
            .sort((a, b) => (0,types/* serviceId */.fH)(a).localeCompare((0,types/* serviceId */.fH)(b)))
            .map((service) => {
            const id = (0,types/* serviceId */.fH)(service);
            const views = Object.fromEntries(istio/* ISTIO_SIGNAL_NAMES */.zk.map((name) => [
                name,
                (0,istio/* signalReadings */._)(name, SIDECAR_REPORTER, clusterStatServices.get(name).has(id)),
            ]));
            const series = toServiceSeries(service, grid.seriesFor(service), coverage, views);
            if (series.unavailable.length > 0)
                servicesMissingOptional++;
            for (const metric of series.unavailable)
                unavailableMetrics.add(metric);
            return series;
        });
        if (servicesMissingOptional > 0) {
            const which = missingStats.length > 0
                ? `The sidecars do not export ${missingStats.join(', ')}`
                : 'No sidecar exports Envoy cluster stats for some services';
            notes.push(`${which}, so ${[...unavailableMetrics].join('/')} are unavailable (not zero) for ${servicesMissingOptional} ` +
                `service(s): ${istio/* PROXY_STATS_MATCHER_FIX */.Q6}.`);
        }
        for (const state of pods.values()) {
            if (state.failures > 0) {
                notes.push(`Pod ${podId(state.pod)}: ${state.failures} of ${state.scrapes} scrapes failed (last: ${state.lastError}).`);
            }
        }
        if (lostRounds.length > 0) {
            notes.push(`No sidecar answered at ${lostRounds.map(iso).join(', ')}; the data around ${lostRounds.length === 1 ? 'that time is' : 'those times is'} incomplete.`);
        }
        if (listFailures > 0) {
            notes.push(`Listing the meshed pods failed ${listFailures} time(s) (last: ${lastListError}); the previous list was used.`);
        }
        if (skippedRounds > 0) {
            notes.push(`Scrapes fell behind the ${this.options.intervalMs} ms interval; ${skippedRounds} round(s) were skipped.`);
        }
        const refusedNote = refused.note('sidecar destination_service label');
        if (refusedNote)
            notes.push(`${refusedNote} Their requests count for the pod's own Service.`);
        if (stoppedEarly)
            notes.push('The scan was stopped before the end of its window.');
        if (pods.size === 0)
            notes.push('No meshed pods were found to scrape.');
        return {
            ...(edgeTracker ? { edges: edgeTracker.result() } : {}),
            source: 'sidecars',
            from: req.from,
            to: req.to,
            stepMs: req.stepMs,
            services,
            histogramBuckets: [...bucketBounds].filter(Number.isFinite).sort((a, b) => a - b),
            notes,
            partial: lostRounds.length > 0 || stoppedEarly,
        };
    }
    /** One scrape, aborted past its timeout (default: the interval) or when the scan stops. */
    fetchWithTimeout(pod, stop) {
        const timeoutMs = this.options.scrapeTimeoutMs ?? this.options.intervalMs;
        return (0,retry/* withTimeout */.wj)(timeoutMs, (signal) => this.deps.fetchMetrics(pod.namespace, pod.pod, this.port, scrape/* SIDECAR_METRICS_PATH */.Sy, {
            signal,
            maxBytes: this.options.maxScrapeBytes,
        }), () => new Error(`no answer within ${timeoutMs} ms`), stop);
    }
}
/** Scrape times: from, every interval after it, and `to` itself so the last partial interval is seen. */
function scrapeTimes(from, to, intervalMs) {
    const times = [];
    for (let t = from; t < to; t += intervalMs)
        times.push(t);
    times.push(to);
    return times;
}
function dedupePods(pods) {
    const seen = new Map();
    for (const pod of pods)
        if (!seen.has(podId(pod)))
            seen.set(podId(pod), pod);
    return [...seen.values()];
}
function podId(pod) {
    return `${pod.namespace}/${pod.pod}`;
}
function iso(ms) {
    return new Date(ms).toISOString();
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

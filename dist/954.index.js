export const id = 954;
export const ids = [954];
export const modules = {

/***/ 50100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ clusterStatRateQuery),
/* harmony export */   Jn: () => (/* binding */ promDuration),
/* harmony export */   M6: () => (/* binding */ signalQueryKey),
/* harmony export */   QD: () => (/* binding */ signalRequestRateQuery),
/* harmony export */   RM: () => (/* binding */ seriesCountQuery),
/* harmony export */   TI: () => (/* binding */ servicesQuery),
/* harmony export */   Xw: () => (/* binding */ rateWindowMs),
/* harmony export */   ZN: () => (/* binding */ latencyBucketRateQuery),
/* harmony export */   mg: () => (/* binding */ istioMatchers),
/* harmony export */   oz: () => (/* binding */ totalRequestRateQuery),
/* harmony export */   t_: () => (/* binding */ scrapeIntervalQuery),
/* harmony export */   wM: () => (/* binding */ SERVICE_LABELS)
/* harmony export */ });
/* unused harmony exports MIN_RATE_WINDOW_MS, latencyQuantileQuery, latencyBucketSelector, signalQueries */
/* harmony import */ var _istio_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82829);
/**
 * Every Istio PromQL query SMAnalyzer asks, in one place: what to ask a Prometheus-compatible backend
 * about an Istio mesh, generated from the signal table in istio.ts. Pure string building; the Prometheus
 * source runs them.
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
function requestRate(scope, extraMatchers = []) {
    const matchers = [istioMatchers(scope), ...extraMatchers].join(', ');
    return `rate(${_istio_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_REQUESTS_TOTAL */ .N9}{${matchers}}[${promDuration(scope.rateWindowMs)}])`;
}
/** Requests per second per service. */
function totalRequestRateQuery(scope) {
    return `sum ${BY_SERVICE} (${requestRate(scope)})`;
}
/** A signal's request conditions as [matcher, its negation] pairs, in istio.ts's order. */
function conditionMatchers(match) {
    const conditions = [];
    if (match.responseCodes !== undefined) {
        const codes = quoted(match.responseCodes);
        conditions.push([`response_code=~${codes}`, `response_code!~${codes}`]);
    }
    if (match.responseFlags) {
        // A flag alone or in a comma-separated list ("UT,URX").
        const flags = match.responseFlags.length === 1 ? match.responseFlags[0] : `(${match.responseFlags.join('|')})`;
        const pattern = quoted(`(.*,)?${flags}(,.*)?`);
        conditions.push([`response_flags=~${pattern}`, `response_flags!~${pattern}`]);
    }
    if (match.grpcStatusOk !== undefined) {
        const ok = quoted(match.grpcStatusOk);
        conditions.push([`grpc_response_status!~${ok}`, `grpc_response_status=~${ok}`]);
    }
    return conditions;
}
/**
 * Requests per second per service whose labels carry a signal (istio.ts): one selection per condition, each
 * excluding the earlier ones, so `or` never counts a series twice.
 */
function signalRequestRateQuery(name, scope) {
    const match = _istio_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_SIGNALS */ .$P[name].requestLabels;
    if (!match)
        throw new Error(`${name} is not read from request labels`);
    const conditions = conditionMatchers(match);
    const selections = conditions.map(([matcher], i) => requestRate(scope, [...conditions.slice(0, i).map(([, negation]) => negation), matcher]));
    return `sum ${BY_SERVICE} (${selections.join(' or ')})`;
}
/** The latency quantile (ms) per service: histogram_quantile over the summed bucket rates. */
function latencyQuantileQuery(scope, quantile) {
    const buckets = `rate(${ISTIO_DURATION_BUCKET}{${istioMatchers(scope)}}[${promDuration(scope.rateWindowMs)}])`;
    return `histogram_quantile(${quantile}, sum by (${SERVICE_LABELS.join(', ')}, le) (${buckets}))`;
}
/** The selector whose `le` label values are the histogram's bucket bounds. */
function latencyBucketSelector(scope) {
    return `${_istio_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_DURATION_BUCKET */ .HS}{${istioMatchers(scope)}}`;
}
/** The services that reported any request in a window ending at the evaluation time. */
function servicesQuery(scope, windowMs) {
    return `group ${BY_SERVICE} (last_over_time(${_istio_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_REQUESTS_TOTAL */ .N9}{${istioMatchers(scope)}}[${promDuration(windowMs)}]))`;
}
/**
 * Events per second per destination service from one Envoy cluster counter: a service with the stat is present
 * (0 when nothing happened), a service without it is absent. Namespaces are filtered by the caller.
 */
function clusterStatRateQuery(name, scope) {
    const stat = _istio_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_SIGNALS */ .$P[name].clusterStat;
    if (!stat)
        throw new Error(`${name} has no Envoy cluster counter`);
    const clusterPattern = String.raw `outbound\\|[0-9]*\\|[^|]*\\|([^.]+)\\.([^.]+)\\..*`;
    const rate = `rate(${stat}{cluster_name=~"outbound\\\\|.*"}[${promDuration(scope.rateWindowMs)}])`;
    const withName = `label_replace(${rate}, "destination_service_name", "$1", "cluster_name", "${clusterPattern}")`;
    const withNamespace = `label_replace(${withName}, "destination_service_namespace", "$2", "cluster_name", "${clusterPattern}")`;
    return `sum ${BY_SERVICE} (${withNamespace})`;
}
/** The key under which a source keeps one view of one signal. */
function signalQueryKey(name, reading) {
    return `${name}:${reading}`;
}
/** Every query of the signal table, each under its signalQueryKey: request labels and Envoy cluster counters. */
function signalQueries(scope) {
    return ISTIO_SIGNAL_NAMES.flatMap((name) => {
        const signal = ISTIO_SIGNALS[name];
        return [
            ...(signal.requestLabels
                ? [[signalQueryKey(name, 'labels'), signalRequestRateQuery(name, scope)]]
                : []),
            ...(signal.clusterStat
                ? [[signalQueryKey(name, 'clusterStat'), clusterStatRateQuery(name, scope)]]
                : []),
        ];
    });
}
/**
 * The latency histogram per service: summed bucket rates by `le` (requests per second with latency <= le).
 * One query instead of a histogram_quantile per quantile: the tool interpolates every quantile from it
 * (core/histogram.ts) and keeps the buckets for window quantiles.
 */
function latencyBucketRateQuery(scope) {
    const buckets = `rate(${_istio_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_DURATION_BUCKET */ .HS}{${istioMatchers(scope)}}[${promDuration(scope.rateWindowMs)}])`;
    return `sum by (${SERVICE_LABELS.join(', ')}, le) (${buckets})`;
}
/**
 * How many series the window's queries will read, tagged by `size`: per namespace the request counters
 * (`requests`), the bucket series (`buckets`), the services (`services`) and the per-service buckets
 * (`bucketOutputs`), and each Envoy cluster counter's series (`<counter name>`). Cheap: instant selectors only,
 * asked at a few points of the window, so the queries that follow can be cut to fit the server.
 */
function seriesCountQuery(scope) {
    const ns = SERVICE_LABELS[0];
    const requests = `${_istio_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_REQUESTS_TOTAL */ .N9}{${istioMatchers(scope)}}`;
    const buckets = latencyBucketSelector(scope);
    const tagged = (expression, tag) => `label_replace(${expression}, "size", "${tag}", "", "")`;
    const clusterStats = _istio_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_SIGNAL_NAMES */ .zk.flatMap((name) => {
        const stat = _istio_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_SIGNALS */ .$P[name].clusterStat;
        return stat ? [tagged(`count(${stat}{cluster_name=~"outbound\\\\|.*"})`, stat)] : [];
    });
    return [
        tagged(`count by (${ns}) (${requests})`, 'requests'),
        tagged(`count by (${ns}) (${buckets})`, 'buckets'),
        tagged(`count by (${ns}) (count ${BY_SERVICE} (${requests}))`, 'services'),
        tagged(`count by (${ns}) (count by (${SERVICE_LABELS.join(', ')}, le) (${buckets}))`, 'bucketOutputs'),
        ...clusterStats,
    ].join(' or ');
}
/** The median number of samples per request counter in a window before the evaluation time: the scrape interval. */
function scrapeIntervalQuery(scope, windowMs) {
    return `quantile(0.5, count_over_time(${_istio_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_REQUESTS_TOTAL */ .N9}{${istioMatchers(scope)}}[${promDuration(windowMs)}]))`;
}


/***/ }),

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

/***/ 73954:
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
// EXTERNAL MODULE: ./src/mesh/istio-queries.ts
var istio_queries = __webpack_require__(50100);
// EXTERNAL MODULE: ./src/mesh/istio.ts
var mesh_istio = __webpack_require__(82829);
// EXTERNAL MODULE: ./src/sources/prometheus/client.ts + 1 modules
var client = __webpack_require__(86078);
// EXTERNAL MODULE: ./src/sources/prometheus/failures.ts
var failures = __webpack_require__(69964);
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
/** Per query key: service id → per-step values; for the histogram, service id → `le` → per-step rates. */
class Readings {
    steps;
    maxArrays;
    server;
    byQuery = new Map();
    buckets = new Map();
    keys = new Map();
    bounds = new Set();
    answered = new Map();
    arrays = 0;
    /**
     * `maxArrays`: how many per-step arrays the answers may open in all. Each is `steps` numbers, so an answer
     * that names endless new series (a hostile or broken server) must stop here, not at the machine's memory.
     */
    constructor(steps, maxArrays = Number.POSITIVE_INFINITY, server = 'the server') {
        this.steps = steps;
        this.maxArrays = maxArrays;
        this.server = server;
    }
    /**
     * Where one piece's answer goes (matrix-stream.ts): each series to its service's array for this query (or its
     * bucket's), each point at the step it closes (evaluated at from + (i+1)·step); NaN where it is not a number.
     */
    sink(query, from, stepMs, keyOf) {
        return {
            series: (metric) => {
                const target = this.target(query, metric, keyOf);
                if (!target)
                    return undefined;
                return (seconds, value) => {
                    const index = Math.round((seconds * 1000 - from) / stepMs) - 1;
                    if (index >= 0 && index < this.steps)
                        target[index] = Number.isFinite(value) ? value : Number.NaN;
                };
            },
        };
    }
    target(query, metric, keyOf) {
        const service = keyOf(metric);
        if (!service)
            return undefined;
        const id = (0,types/* serviceId */.fH)(service);
        if (!this.keys.has(id))
            this.keys.set(id, service);
        if (query === 'buckets') {
            const le = parseBound(metric['le']);
            if (Number.isNaN(le))
                return undefined;
            let byBound = this.buckets.get(id);
            if (!byBound)
                this.buckets.set(id, (byBound = new Map()));
            this.bounds.add(le);
            return byBound.get(le) ?? this.fresh(byBound, le);
        }
        let perService = this.byQuery.get(query);
        if (!perService)
            this.byQuery.set(query, (perService = new Map()));
        let answered = this.answered.get(query);
        if (!answered)
            this.answered.set(query, (answered = new Set()));
        answered.add(id);
        return perService.get(id) ?? this.fresh(perService, id);
    }
    fresh(map, key) {
        if (++this.arrays > this.maxArrays) {
            throw new types/* MetricsError */.kj(`Prometheus at ${this.server} answered with more series than it counted before (over ${this.maxArrays} ` +
                'per-service arrays): not read further', 'check that --prometheus-url points at the Prometheus you meant, then retry; a mesh that gained many ' +
                'services during the window: learn over a window that starts after they appeared');
        }
        const values = new Float64Array(this.steps).fill(Number.NaN);
        map.set(key, values);
        return values;
    }
    /** The services a query answered for (also once their arrays were released). */
    servicesOf(query) {
        return [...(this.answered.get(query) ?? [])].map((id) => this.keys.get(id));
    }
    values(query, id) {
        return this.byQuery.get(query)?.get(id);
    }
    /** A service's bucket rates, by ascending bound. */
    histogram(id) {
        return [...(this.buckets.get(id) ?? [])].sort(([a], [b]) => a - b);
    }
    /** Every bucket bound any service reported, ascending (also after their arrays were released). */
    bucketBounds() {
        return [...this.bounds].sort((a, b) => a - b);
    }
    /** Drops a service's arrays once its series are built, so peak memory holds one copy, not two. */
    release(id) {
        for (const perService of this.byQuery.values())
            perService.delete(id);
        this.buckets.delete(id);
    }
}
/**
 * One service's series. A step with no request-rate point is absent (null rate, 0 requests, null everything):
 * the series vanished there, which is not the same as a service that served nothing (rate 0).
 */
function serviceSeries(key, readings, window) {
    const { steps, stepMs } = window;
    const id = (0,types/* serviceId */.fH)(key);
    const nan = new Float64Array(steps).fill(Number.NaN);
    const read = (query) => readings.values(query, id) ?? nan;
    const has = (query) => readings.values(query, id) !== undefined;
    // Which views of each signal count (mesh/istio.ts); none: unavailable, never zero.
    const views = Object.fromEntries(mesh_istio/* ISTIO_SIGNAL_NAMES */.zk.map((name) => [
        name,
        (0,mesh_istio/* signalReadings */._)(name, window.reporter, has((0,istio_queries/* signalQueryKey */.M6)(name, 'clusterStat'))).map((reading) => read((0,istio_queries/* signalQueryKey */.M6)(name, reading))),
    ]));
    const unavailable = mesh_istio/* ISTIO_SIGNAL_NAMES */.zk.filter((name) => views[name].length === 0).map((name) => mesh_istio/* ISTIO_SIGNALS */.$P[name].metric);
    const totals = read('total');
    const histogram = readings.histogram(id);
    const bounds = histogram.map(([le]) => le);
    const stepSeconds = stepMs / 1000;
    const scratchBounds = new Float64Array(histogram.length);
    const scratchCounts = new Float64Array(histogram.length);
    const scratchReadings = new Float64Array(mesh_istio/* ISTIO_SIGNAL_NAMES */.zk.length * 4);
    const requests = [];
    const values = (0,core_series/* metricArrays */.FR)();
    const counts = [];
    for (let step = 0; step < steps; step++) {
        const rate = totals[step];
        const present = !Number.isNaN(rate);
        const served = present && rate > 0;
        requests.push(present ? round(rate * stepSeconds) : 0);
        values.requestRate.push(present ? round(rate) : null);
        for (const name of mesh_istio/* ISTIO_SIGNAL_NAMES */.zk) {
            const signal = mesh_istio/* ISTIO_SIGNALS */.$P[name];
            const inputs = views[name];
            if (inputs.length === 0) {
                values[signal.metric].push(null);
            }
            else if (signal.per === 'second') {
                let seen = 0;
                for (const input of inputs)
                    if (!Number.isNaN(input[step]))
                        scratchReadings[seen++] = input[step];
                values[signal.metric].push(seen > 0 ? (0,mesh_istio/* combineReadings */.Zd)(scratchReadings.subarray(0, seen)) : null);
            }
            else if (!served) {
                // A ratio of a zero rate has no meaning: null, never zero.
                values[signal.metric].push(null);
            }
            else {
                const events = (0,mesh_istio/* combineReadings */.Zd)(inputs.map((input) => (Number.isNaN(input[step]) ? 0 : input[step])));
                // An error ratio above 1 is impossible; the other views may be counted where requests are not.
                values[signal.metric].push(round(name === 'errors' ? Math.min(1, events / rate) : events / rate));
            }
        }
        // The step's buckets that have a point, in bound order (bounds are sorted and unique).
        let seen = 0;
        for (let b = 0; b < histogram.length; b++) {
            const value = histogram[b][1][step];
            if (Number.isNaN(value))
                continue;
            scratchBounds[seen] = histogram[b][0];
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
    readings.release(id);
    const series = { service: key, requests, values, unavailable };
    if (bounds.length > 0)
        series.latencyBuckets = { bounds, counts };
    return series;
}
function summarize(series) {
    const rates = series.values.requestRate;
    return {
        service: series.service,
        unavailable: series.unavailable,
        absent: rates.filter((rate) => rate === null).length,
        steps: rates.length,
        lastPresent: rates.findLastIndex((rate) => rate !== null),
    };
}
/** The optional Envoy stats missing for some services, and how to enable them. */
function missingStatsNote(services) {
    const missing = new Set(services.flatMap((series) => series.unavailable));
    if (missing.size === 0)
        return undefined;
    const affected = services.filter((series) => series.unavailable.length > 0).length;
    return (`${[...missing].join(', ')} unavailable (not zero) for ${affected} of ${services.length} services: ` +
        `the Envoy cluster stats they need are not in Prometheus; ${mesh_istio/* PROXY_STATS_MATCHER_FIX */.Q6}`);
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

// EXTERNAL MODULE: ./src/mesh/call-graph.ts
var call_graph = __webpack_require__(12616);
;// CONCATENATED MODULE: ./src/sources/prometheus/edges.ts
/**
 * The call graph from Prometheus (issue 13): istio_requests_total and istio_request_duration_milliseconds_bucket
 * by caller (source_workload, source_canonical_service) and callee (destination service), from both reporters —
 * the source reporter is what the caller saw, the destination reporter what the callee served; their difference
 * is the network and the callee's proxy. Callers are named by their labels here (canonical service, else the
 * workload less a version suffix); mesh/call-graph.ts does both, and renames them through discovery when a cluster is connected.
 */



const CALLER_LABELS = ['source_workload_namespace', 'source_workload', 'source_canonical_service'];
const CALLEE_LABELS = ['destination_service_namespace', 'destination_service_name'];
const EDGE_LABELS = [...CALLER_LABELS, ...CALLEE_LABELS].join(', ');
/** Range queries return at most 11,000 points per series: longer windows are read in pieces. */
const MAX_STEPS_PER_QUERY = 10_000;
const REPORTERS = ['source', 'destination'];
function rate(scope, extra = []) {
    return `rate(${mesh_istio/* ISTIO_REQUESTS_TOTAL */.N9}{${[(0,istio_queries/* istioMatchers */.mg)(scope), ...extra].join(', ')}}[${(0,istio_queries/* promDuration */.Jn)(scope.rateWindowMs)}])`;
}
/** Requests per second per edge. */
function edgeRequestRateQuery(scope) {
    return `sum by (${EDGE_LABELS}) (${rate(scope)})`;
}
/** Failed requests per second per edge, by Istio's one definition of an error (mesh/istio.ts). */
function edgeErrorRateQuery(scope) {
    const match = mesh_istio/* ISTIO_SIGNALS */.$P.errors.requestLabels;
    const codes = JSON.stringify(match.responseCodes);
    const grpcOk = JSON.stringify(match.grpcStatusOk);
    // Two disjoint selections, so `or` never counts a series twice.
    const http = rate(scope, [`response_code=~${codes}`]);
    const grpc = rate(scope, [`response_code!~${codes}`, `grpc_response_status!~${grpcOk}`]);
    return `sum by (${EDGE_LABELS}) (${http} or ${grpc})`;
}
/** The p99 (ms) per edge from the merged bucket rates. */
function edgeLatencyP99Query(scope) {
    const buckets = `rate(${mesh_istio/* ISTIO_DURATION_BUCKET */.HS}{${(0,istio_queries/* istioMatchers */.mg)(scope)}}[${(0,istio_queries/* promDuration */.Jn)(scope.rateWindowMs)}])`;
    return `histogram_quantile(0.99, sum by (${EDGE_LABELS}, le) (${buckets}))`;
}
/**
 * Reads every edge into the scanned namespaces over [from, from + steps·step), both reporters. Values at step i
 * are evaluated at the step's end, as the per-service series are.
 */
async function collectEdges(client, request) {
    const { from, steps, stepMs, context } = request;
    const edges = new Map();
    const read = async (query, use, reporter) => {
        for (let first = 0; first < steps; first += MAX_STEPS_PER_QUERY) {
            const last = Math.min(steps, first + MAX_STEPS_PER_QUERY) - 1;
            const series = await client.queryRange(query, from + (first + 1) * stepMs, from + (last + 1) * stepMs, stepMs, context);
            for (const one of series) {
                const acc = accumulator(edges, one.metric, reporter, steps);
                if (!acc)
                    continue;
                for (const [seconds, text] of one.values) {
                    const index = Math.round((seconds * 1000 - from) / stepMs) - 1;
                    const value = Number(text);
                    if (index >= 0 && index < steps)
                        use(acc, index, Number.isFinite(value) ? value : null);
                }
            }
        }
    };
    await Promise.all(REPORTERS.flatMap((reporter) => {
        const scope = { ...request.scope, reporter };
        return [
            read(edgeRequestRateQuery(scope), (acc, i, v) => (acc.rates[i] = v), reporter),
            read(edgeErrorRateQuery(scope), (acc, i, v) => (acc.errors[i] = v), reporter),
            read(edgeLatencyP99Query(scope), (acc, i, v) => (acc.edge.latencyP99[i] = v), reporter),
        ];
    }));
    const known = new Set([...edges.values()].map((acc) => `${acc.edge.callee.namespace}/${acc.edge.callee.name}`));
    return [...edges.values()].map((acc) => {
        const { edge, labels } = acc;
        edge.caller = (0,call_graph/* callerFromLabels */.Rk)(labels, known);
        if (edge.caller)
            edge.callerWorkload = { namespace: labels.source_workload_namespace, name: labels.source_workload };
        for (let i = 0; i < steps; i++) {
            const r = acc.rates[i];
            const served = r !== null && r > 0;
            edge.requests[i] = served ? Math.round(r * (stepMs / 1000) * 1e6) / 1e6 : 0;
            edge.errorRatio[i] = served ? Math.min(1, (acc.errors[i] ?? 0) / r) : null;
            if (!served)
                edge.latencyP99[i] = null;
        }
        return edge;
    });
}
function accumulator(edges, metric, reporter, steps) {
    const namespace = metric.destination_service_namespace;
    const name = metric.destination_service_name;
    if (!namespace || !name || namespace === 'unknown' || name === 'unknown')
        return undefined;
    const labels = Object.fromEntries(CALLER_LABELS.map((l) => [l, metric[l] ?? '']));
    const id = [reporter, ...CALLER_LABELS.map((l) => metric[l] ?? ''), namespace, name].join('|');
    let acc = edges.get(id);
    if (!acc) {
        acc = {
            edge: {
                caller: null,
                callee: { namespace, name },
                reporter,
                requests: new Array(steps).fill(0),
                errorRatio: new Array(steps).fill(null),
                latencyP99: new Array(steps).fill(null),
            },
            labels,
            rates: new Array(steps).fill(null),
            errors: new Array(steps).fill(null),
        };
        edges.set(id, acc);
    }
    return acc;
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
 * The Prometheus metrics source: reads Istio's standard metrics from any Prometheus-compatible HTTP API over a
 * past or present window and turns them into series per service. It sizes the window's queries from a cheap
 * count first and cuts them (pieces.ts) so each fits the server's sample limit and the response cap; it asks
 * once for the latency histogram and interpolates the quantiles itself (core/histogram.ts), keeping the
 * buckets for window quantiles. HTTP lives in client.ts, what to ask in mesh/istio-queries.ts.
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
function keyOf(metric, refused = new names/* RefusedNames */.TH()) {
    const namespace = metric[istio_queries/* SERVICE_LABELS */.wM[0]];
    const name = metric[istio_queries/* SERVICE_LABELS */.wM[1]];
    // Istio labels traffic to unknown destinations "unknown": not a service anyone can act on.
    if (!namespace || !name || name === 'unknown' || namespace === 'unknown')
        return undefined;
    // Labels are whatever the scraped workloads said: only Kubernetes names go on (core/names.ts).
    if (!refused.accept(namespace, name))
        return undefined;
    return { namespace, name };
}
/** Groups of namespaces a learn reads the bucket query in (pieces.ts namespaceGroups). */
const PIPELINE_GROUPS = 4;
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
        this.client = new client.PrometheusClient(options, deps);
    }
    /** Releases connection pools (only a custom-TLS source holds one). */
    close() {
        return this.client.close();
    }
    /** The services that reported requests in [from, to), from the metrics' own labels (no cluster needed). */
    async listServices(window) {
        const context = this.callContext(this.deadlineMs({ samples: 0, points: 0 }), window.signal);
        const scope = { reporter: this.options.reporter, namespaces: window.namespaces };
        const samples = await this.client.query((0,istio_queries/* servicesQuery */.TI)(scope, window.to - window.from), window.to, context);
        const keys = samples
            .map((sample) => keyOf(sample.metric))
            .filter((key) => Boolean(key));
        return keys.sort(types/* compareServiceKeys */.dt);
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
        // A step finer than the scrape interval doubles the work for no information: never finer than the data.
        const intervalMs = await this.scrapeIntervalMs(request, context);
        const stepMs = intervalMs > request.stepMs && to - from >= intervalMs ? intervalMs : request.stepMs;
        const steps = Math.floor((to - from) / stepMs);
        const scope = {
            reporter: this.options.reporter,
            namespaces: request.namespaces,
            rateWindowMs: (0,istio_queries/* rateWindowMs */.Xw)(stepMs),
        };
        const counts = await this.countSeries(scope, from, from + steps * stepMs, context);
        const queries = this.windowQueries(counts);
        const limits = {
            maxSamples: this.deps.maxSamples ?? DEFAULT_MAX_SAMPLES,
            maxResponseBytes: failures/* STREAMED_CAP_FACTOR */.DE *
                (this.deps.maxResponseBytes ?? this.options.maxResponseBytes ?? client/* DEFAULT_MAX_RESPONSE_BYTES */.f),
            samplesPerWindow: Math.ceil(scope.rateWindowMs / ASSUMED_SCRAPE_MS) + 1,
        };
        // No piece longer than an even share of the window among the requests in flight (but an hour): every core of
        // the server works on a long window, and the answers that come first are read while the rest are computed.
        const share = Math.max(Math.ceil(steps / Math.max(1, this.options.concurrency)), Math.ceil(source_HOUR_MS / stepMs));
        const grid = { from, stepMs, rateWindowMs: scope.rateWindowMs };
        // A learn reduces each service as soon as its data is in: the bucket query (the long one) is asked by groups
        // of namespaces, so one group's services are learned while the server computes the next group's.
        const groups = request.onService ? namespaceGroups(counts.perNamespace('buckets'), PIPELINE_GROUPS) : [];
        const bucketPieces = (namespaces) => planPieces(steps, Math.min(share, stepsPerPiece({
            inputSeries: counts.get('buckets', namespaces),
            outputSeries: counts.get('bucketOutputs', namespaces),
            copies: 1,
        }, limits)), grid).map((piece) => ({ ...piece, namespaces }));
        const plan = queries.map((query) => ({
            query,
            pieces: query.key === 'buckets' && groups.length > 0
                ? groups.flatMap(bucketPieces)
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
        // Twice the arrays the counted series need, and some: series come and go between the count's samples.
        const expectedArrays = counts.get('services') * queries.length + counts.get('bucketOutputs');
        const readings = new Readings(steps, expectedArrays > 0 ? 2 * expectedArrays + 10_000 : Number.POSITIVE_INFINITY, this.client.displayUrl);
        const refused = new names/* RefusedNames */.TH();
        let total = 1 + plan.reduce((sum, one) => sum + one.pieces.length, 0);
        let done = 1;
        request.onProgress?.(done / total, 'counted the series');
        const namespaces = [...counts.namespaces].sort();
        const inNamespaces = (key) => request.namespaces.length === 0 || request.namespaces.includes(key.namespace);
        const knownKeys = () => (request.services ? [...request.services] : readings.servicesOf('total')).filter(inNamespaces);
        // Each series goes to request.onService as soon as it is built, where one is given (learn): not kept.
        const services = [];
        const summaries = [];
        const emission = new GroupedEmission(groups, knownKeys, (key) => {
            const series = serviceSeries(key, readings, { steps, stepMs, reporter: this.options.reporter });
            summaries.push(summarize(series));
            if (request.onService)
                request.onService(series, { from, stepMs });
            else
                services.push(series);
        });
        const tagOf = (query, piece) => emission.tagOf(query.key === 'buckets', piece.namespaces);
        const runPiece = async (query, piece, tag = tagOf(query, piece)) => {
            if (failed.signal.aborted)
                return;
            try {
                await limit.run(() => this.client.queryRangeInto(query.build({ ...scope, namespaces: piece.namespaces ?? scope.namespaces }), from + (piece.first + 1) * stepMs, from + (piece.last + 1) * stepMs, stepMs, context, readings.sink(query.key, from, stepMs, (metric) => keyOf(metric, refused))));
                limit.succeeded();
                request.onProgress?.(++done / total, `fetched the ${query.key} series`);
                emission.arrived(tag);
            }
            catch (error) {
                // Too large for the server, the request timeout or the response cap: ask in halves, fewer at once.
                const tooLarge = error instanceof failures/* QueryTooLarge */.G3 ||
                    error instanceof failures/* RequestTimedOut */.T ||
                    error instanceof failures/* AnswerTooLarge */.UG;
                if (tooLarge && !failed.signal.aborted) {
                    limit.overloaded();
                    const halves = splitPiece(piece, query.byNamespace ? namespaces : []);
                    if (halves) {
                        total += 1;
                        emission.expect(tag);
                        await Promise.all(halves.map((half) => runPiece(query, half, tag)));
                        return;
                    }
                    if (error instanceof failures/* QueryTooLarge */.G3)
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
        const bucketQuery = queries.find((query) => query.key === 'buckets');
        if (late.length > 0 && bucketQuery) {
            const lateGroup = late.sort();
            emission.addGroup(lateGroup);
            await runAll([{ query: bucketQuery, pieces: bucketPieces(lateGroup) }]);
        }
        if (readings.servicesOf('total').length === 0) {
            const where = request.namespaces.length > 0 ? `namespaces ${request.namespaces.join(', ')}` : 'any namespace';
            throw new types/* MetricsError */.kj(`no Istio metrics found at ${this.client.displayUrl}: no istio_requests_total with reporter="${scope.reporter}" in ` +
                `${where} between ${new Date(from).toISOString()} and ${new Date(to).toISOString()}`, 'check that Prometheus scrapes the Istio sidecars (istio_requests_total), the --namespace filter, ' +
                'the reporter setting and the --from/--to window', { environmental: false });
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
            missingStatsNote(summaries),
            darkServicesNote(summaries, from, stepMs),
            refused.note('Prometheus service label'),
        ].filter((note) => Boolean(note));
        // `to` is trimmed to whole steps, as every source does.
        const end = from + steps * stepMs;
        const edges = request.withEdges
            ? await collectEdges(this.client, { from, steps, stepMs, scope, context })
            : undefined;
        return {
            ...(edges ? { edges } : {}),
            source: 'prometheus',
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
    windowQueries(counts) {
        const perService = (input, copies) => ({
            inputSeries: input,
            outputSeries: counts.get('services'),
            copies,
        });
        const requests = counts.get('requests');
        const istio = (key, build, copies) => ({
            key,
            build,
            size: perService(requests, copies),
            byNamespace: true,
        });
        // Each request-label signal is an `or` of disjoint selections; each cluster counter goes through two label_replace.
        const signals = mesh_istio/* ISTIO_SIGNAL_NAMES */.zk.flatMap((name) => {
            const signal = mesh_istio/* ISTIO_SIGNALS */.$P[name];
            const queries = [];
            // Labels the reporter read cannot carry (retry and overflow flags at the callee) are not asked for at all:
            // serviceSeries would not read them (istio.ts signalReadings).
            if (signal.requestLabels && signal.labelsSeenBy?.includes(this.options.reporter)) {
                queries.push(istio((0,istio_queries/* signalQueryKey */.M6)(name, 'labels'), (scope) => (0,istio_queries/* signalRequestRateQuery */.QD)(name, scope), 2));
            }
            if (signal.clusterStat) {
                queries.push({
                    key: (0,istio_queries/* signalQueryKey */.M6)(name, 'clusterStat'),
                    build: (scope) => (0,istio_queries/* clusterStatRateQuery */.$_)(name, scope),
                    size: perService(counts.get(signal.clusterStat), 3),
                    byNamespace: false,
                });
            }
            return queries;
        });
        return [
            istio('total', istio_queries/* totalRequestRateQuery */.oz, 1),
            ...signals,
            {
                key: 'buckets',
                build: istio_queries/* latencyBucketRateQuery */.ZN,
                size: { inputSeries: counts.get('buckets'), outputSeries: counts.get('bucketOutputs'), copies: 1 },
                byNamespace: true,
            },
        ];
    }
    /**
     * Counts the series the window's queries read, at nine points of the window (instant selectors only). A server
     * too small even for that is counted at the window's end alone; too small for that, the sizes stay unknown and
     * the pieces are cut as the server refuses them.
     */
    async countSeries(scope, from, to, context) {
        const counts = new SeriesCounts();
        const query = (0,istio_queries/* seriesCountQuery */.RM)(scope);
        const span = Math.max(1000, Math.ceil((to - from) / 8 / 1000) * 1000);
        let matrix;
        try {
            matrix = await this.client.queryRange(query, from, to, span, context);
        }
        catch (error) {
            if (!(error instanceof failures/* QueryTooLarge */.G3))
                throw error;
            try {
                const vector = await this.client.query(query, to, context);
                matrix = vector.map((sample) => ({ metric: sample.metric, values: [sample.value] }));
            }
            catch (again) {
                if (!(again instanceof failures/* QueryTooLarge */.G3))
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
            counts.add(tag, one.metric[istio_queries/* SERVICE_LABELS */.wM[0]], most);
        }
        return counts;
    }
    /**
     * The scrape interval of the Istio counters near the window's end, from the data itself: the median count of
     * samples per series in 10 minutes, rounded to a common interval (never up). 0 when there is nothing to count.
     */
    async scrapeIntervalMs(request, context) {
        const scope = { reporter: this.options.reporter, namespaces: request.namespaces };
        const vector = await this.client.query((0,istio_queries/* scrapeIntervalQuery */.t_)(scope, INTERVAL_PROBE_MS), request.to, context);
        const perWindow = Number(vector[0]?.value[1]);
        if (!(perWindow >= 2))
            return 0;
        const seconds = INTERVAL_PROBE_MS / 1000 / perWindow;
        return 1000 * (COMMON_INTERVALS_S.findLast((interval) => interval <= seconds * 1.1) ?? 0);
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


/***/ })

};

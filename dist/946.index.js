export const id = 946;
export const ids = [946];
export const modules = {

/***/ 90946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   probePrometheus: () => (/* binding */ probePrometheus)
/* harmony export */ });
/* harmony import */ var _mesh_istio_queries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50100);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73054);
/* harmony import */ var _preflight_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1424);
/**
 * Prometheus at a glance for `status`: does it answer, does it hold Istio request metrics for the namespaces
 * asked (how many services in the last hour), and at what interval they are scraped. Each answer within 5 s.
 */



const HOUR_MS = 3_600_000;
const INTERVAL_WINDOW_MS = 10 * 60_000;
async function probePrometheus(config, now) {
    const url = (0,_preflight_js__WEBPACK_IMPORTED_MODULE_2__/* .displayUrl */ .Qy)(config.prometheus.url) ?? config.prometheus.url;
    const { PrometheusClient } = await __webpack_require__.e(/* import() */ 78).then(__webpack_require__.bind(__webpack_require__, 86078));
    const client = new PrometheusClient({ ...config.prometheus, url: config.prometheus.url });
    const context = () => ({
        deadline: Date.now() + _preflight_js__WEBPACK_IMPORTED_MODULE_2__/* .PREFLIGHT_TIMEOUT_MS */ .lA,
        deadlineMs: _preflight_js__WEBPACK_IMPORTED_MODULE_2__/* .PREFLIGHT_TIMEOUT_MS */ .lA,
        signal: AbortSignal.timeout(_preflight_js__WEBPACK_IMPORTED_MODULE_2__/* .PREFLIGHT_TIMEOUT_MS */ .lA),
    });
    const scope = { reporter: config.prometheus.reporter, namespaces: config.namespaces };
    try {
        const services = await client.query((0,_mesh_istio_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .servicesQuery */ .TI)(scope, HOUR_MS), now, context());
        const perWindow = Number((await client.query((0,_mesh_istio_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .scrapeIntervalQuery */ .t_)(scope, INTERVAL_WINDOW_MS), now, context()))[0]?.value[1]);
        return {
            status: {
                url,
                reachable: true,
                istioServices: services.length,
                scrapeIntervalSeconds: perWindow >= 2 ? Math.round(INTERVAL_WINDOW_MS / 1000 / perWindow) : null,
            },
            failure: null,
        };
    }
    catch (error) {
        const failure = error instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .UserFacingError */ .Ui
            ? error
            : new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .UserFacingError */ .Ui('metrics', `Prometheus at ${url} did not answer within ${_preflight_js__WEBPACK_IMPORTED_MODULE_2__/* .PREFLIGHT_TIMEOUT_MS */ .lA / 1000} s`, 'check --prometheus-url, that the server is running and reachable from here, and its load');
        return { status: { url, reachable: false, error: `${failure.message} (${failure.fix})` }, failure };
    }
    finally {
        await client.close();
    }
}


/***/ }),

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


/***/ })

};

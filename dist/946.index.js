export const id = 946;
export const ids = [946,320];
export const modules = {

/***/ 90946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   probePrometheus: () => (/* binding */ probePrometheus)
/* harmony export */ });
/* harmony import */ var _mesh_queries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93677);
/* harmony import */ var _mesh_detect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24938);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73054);
/* harmony import */ var _preflight_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1424);
/**
 * Prometheus at a glance for `status`: does it answer, which mesh's request metrics it holds for the namespaces
 * asked (how many services in the last hour), and at what interval they are scraped. Each answer within 5 s.
 */




const HOUR_MS = 3_600_000;
const INTERVAL_WINDOW_MS = 10 * 60_000;
async function probePrometheus(config, now) {
    const url = (0,_preflight_js__WEBPACK_IMPORTED_MODULE_3__/* .displayUrl */ .Qy)(config.prometheus.url) ?? config.prometheus.url;
    const { PrometheusSource } = await __webpack_require__.e(/* import() */ 125).then(__webpack_require__.bind(__webpack_require__, 24125));
    const source = new PrometheusSource({
        ...config.prometheus,
        url: config.prometheus.url,
        mesh: config.mesh,
    });
    const client = source.client;
    const context = () => ({
        deadline: Date.now() + _preflight_js__WEBPACK_IMPORTED_MODULE_3__/* .PREFLIGHT_TIMEOUT_MS */ .lA,
        deadlineMs: _preflight_js__WEBPACK_IMPORTED_MODULE_3__/* .PREFLIGHT_TIMEOUT_MS */ .lA,
        signal: AbortSignal.timeout(_preflight_js__WEBPACK_IMPORTED_MODULE_3__/* .PREFLIGHT_TIMEOUT_MS */ .lA),
    });
    try {
        const window = { from: now - HOUR_MS, to: now, signal: AbortSignal.timeout(_preflight_js__WEBPACK_IMPORTED_MODULE_3__/* .PREFLIGHT_TIMEOUT_MS */ .lA) };
        const dialect = await source.dialect(window).catch((error) => {
            // It answers, and holds no mesh's series: reachable, with nothing to read.
            if (error instanceof _mesh_detect_js__WEBPACK_IMPORTED_MODULE_1__/* .NoMeshMetrics */ .m)
                return null;
            throw error;
        });
        if (!dialect)
            return { status: { url, reachable: true, services: 0, scrapeIntervalSeconds: null }, failure: null };
        const scope = { dialect, namespaces: config.namespaces };
        const services = await source.listServices({ ...window, namespaces: config.namespaces });
        const perWindow = Number((await client.query((0,_mesh_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .scrapeIntervalQuery */ .t_)(scope, INTERVAL_WINDOW_MS), now, context()))[0]?.value[1]);
        return {
            status: {
                url,
                reachable: true,
                mesh: dialect.name,
                services: services.length,
                scrapeIntervalSeconds: perWindow >= 2 ? Math.round(INTERVAL_WINDOW_MS / 1000 / perWindow) : null,
            },
            failure: null,
        };
    }
    catch (error) {
        const failure = error instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .UserFacingError */ .Ui
            ? error
            : new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .UserFacingError */ .Ui('metrics', `Prometheus at ${url} did not answer within ${_preflight_js__WEBPACK_IMPORTED_MODULE_3__/* .PREFLIGHT_TIMEOUT_MS */ .lA / 1000} s`, 'check --prometheus-url, that the server is running and reachable from here, and its load');
        return { status: { url, reachable: false, error: `${failure.message} (${failure.fix})` }, failure };
    }
    finally {
        await source.close();
    }
}


/***/ }),

/***/ 24938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ noMeshMetricsError),
/* harmony export */   R1: () => (/* binding */ meshOfProxies),
/* harmony export */   l5: () => (/* binding */ detectMesh),
/* harmony export */   m: () => (/* binding */ NoMeshMetrics)
/* harmony export */ });
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73054);
/* harmony import */ var _dialects_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23709);
/**
 * Which mesh a cluster or a Prometheus holds, when `--mesh auto` asks: from the proxies discovery found, or from
 * which dialects' series exist. Pure.
 */


/**
 * The dialect whose series a Prometheus holds: ambient where any waypoint reports L7, sidecar Istio where sidecars
 * do, ambient again where Istio holds only ztunnel's L4 series, Linkerd where its proxies report inbound traffic.
 */
function detectMesh(present) {
    const { istio, 'istio-ambient': ambient, linkerd } = _dialects_index_js__WEBPACK_IMPORTED_MODULE_1__/* .MESH_DIALECTS */ .S;
    const l7 = (dialect, value) => present(dialect.metrics.requests, dialect.server.label, value);
    if (ambient.server.values.some((value) => !istio.server.values.includes(value) && l7(ambient, value)))
        return 'istio-ambient';
    if (istio.server.values.some((value) => l7(istio, value)))
        return 'istio';
    const l4 = ambient.l4;
    if (l4.values.some((value) => present(l4.connections, l4.label, value)))
        return 'istio-ambient';
    if (linkerd.server.values.some((value) => l7(linkerd, value)))
        return 'linkerd';
    return null;
}
/** The series each dialect would need, for the message when none is there. */
function expectedSeries(dialect) {
    const dialects = dialect ? [_dialects_index_js__WEBPACK_IMPORTED_MODULE_1__/* .MESH_DIALECTS */ .S[dialect]] : Object.values(_dialects_index_js__WEBPACK_IMPORTED_MODULE_1__/* .MESH_DIALECTS */ .S);
    const names = new Map();
    for (const one of dialects) {
        names.set(one.metrics.requests, [...(names.get(one.metrics.requests) ?? []), one.title]);
        if (one.l4)
            names.set(one.l4.connections, [...(names.get(one.l4.connections) ?? []), `${one.title} L4`]);
    }
    return [...names].map(([metric, titles]) => `${metric} (${titles.join(', ')})`).join(', ');
}
/** No mesh series where the source looked (a server that answers, holding none). */
class NoMeshMetrics extends _core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .MetricsError */ .kj {
}
/** No mesh series where the source looked: what it looked for, and what to check. */
function noMeshMetricsError(server, window, dialect) {
    const where = window.namespaces && window.namespaces.length > 0 ? ` in namespaces ${window.namespaces.join(', ')}` : '';
    return new NoMeshMetrics(`no mesh metrics found at ${server}${where} between ${new Date(window.from).toISOString()} and ` +
        `${new Date(window.to).toISOString()}: none of ${expectedSeries(dialect?.name)}`, 'check that this Prometheus scrapes the mesh proxies, the --mesh, --namespace and --from/--to settings', { environmental: false });
}
/** The dialect of the proxies discovery found: Linkerd's, ambient Istio's (any ambient pod), else sidecar Istio's. */
function meshOfProxies(counts) {
    if (counts.linkerd > counts.sidecar + counts.ambient)
        return 'linkerd';
    if (counts.ambient > 0)
        return 'istio-ambient';
    if (counts.sidecar > 0)
        return 'istio';
    return counts.linkerd > 0 ? 'linkerd' : null;
}


/***/ }),

/***/ 3023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ SIGNAL_NAMES),
/* harmony export */   L3: () => (/* binding */ unavailableReason),
/* harmony export */   Lf: () => (/* binding */ nameFromLabels),
/* harmony export */   Uj: () => (/* binding */ clusterStatSignals),
/* harmony export */   Zd: () => (/* binding */ combineReadings),
/* harmony export */   _: () => (/* binding */ signalReadings),
/* harmony export */   kW: () => (/* binding */ namingLabels),
/* harmony export */   mE: () => (/* binding */ classifyRequest)
/* harmony export */ });
/* unused harmony exports conditionHolds, requestCarries, labelSignals, serviceOfHost, namePartValue, declaredLabelNames */
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22483);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73054);
/**
 * What a mesh dialect is: the shape every declaration under mesh/dialects/ fills in, as data. A dialect says
 * which series a mesh's proxies export and what their labels mean — the request counter and the latency
 * histogram, the label that tells the callee's proxy from the caller's, the labels that name a service, a caller
 * and a version, how outcomes classify into errors, timeouts, retries and overflows, which signals the mesh
 * cannot show, and where its proxies serve their metrics. The PromQL (queries.ts), the proxy scrape
 * (sources/sidecars/), discovery and the call graph are all derived from it, so a new mesh is one declaration.
 * Pure: the helpers below read labels, nothing else.
 */


const SIGNAL_NAMES = ['errors', 'timeouts', 'retries', 'overflows', 'ejections'];
// ---------------------------------------------------------------------------------------------------------
// Reading labels with a declaration
function wholeMatch(regex) {
    return new RegExp(`^(?:${regex})$`);
}
/** Whether a series' labels meet one condition. */
function conditionHolds(condition, labels) {
    const value = labels[condition.label] ?? '';
    if ('matches' in condition)
        return wholeMatch(condition.matches).test(value);
    if ('notMatches' in condition)
        return !wholeMatch(condition.notMatches).test(value);
    const flags = value.split(',').map((flag) => flag.trim());
    return condition.hasFlag.some((flag) => flags.includes(flag));
}
/** Whether a request series carries a signal in its labels (whichever view it came from). */
function requestCarries(dialect, name, labels) {
    const match = dialect.signals[name].requests;
    return match !== undefined && match.anyOf.some((condition) => conditionHolds(condition, labels));
}
/** The signals a request series of one view shows (a caller's flags only in a view that can see them). */
function classifyRequest(dialect, labels, view) {
    return SIGNAL_NAMES.filter((name) => dialect.signals[name].requests?.seenBy.includes(view) && requestCarries(dialect, name, labels));
}
/**
 * Which readings of a signal count for one service read in `view`: its request labels when that view can see
 * them, its cluster counter when one is exported for the service. None: unavailable (never zero).
 */
function signalReadings(dialect, name, view, clusterStatSeen) {
    const signal = dialect.signals[name];
    const readings = [];
    if (signal.requests?.seenBy.includes(view))
        readings.push('labels');
    if (signal.clusterStat && clusterStatSeen)
        readings.push('clusterStat');
    return readings;
}
/** Why these metrics are unavailable in this dialect: its own words, or how to export the counters. */
function unavailableReason(dialect, missing) {
    const reasons = new Set();
    for (const name of SIGNAL_NAMES) {
        const signal = dialect.signals[name];
        if (!missing.has(signal.metric))
            continue;
        if (signal.clusterStat && dialect.clusterStats)
            reasons.add(`the ${dialect.title} cluster stats they need are not exported; ${dialect.clusterStats.enable}`);
        else if (signal.unavailable)
            reasons.add(signal.unavailable);
    }
    return [...reasons].join('; ');
}
/** The signals read from request labels in some view of this dialect. */
function labelSignals(dialect) {
    return SIGNAL_NAMES.filter((name) => dialect.signals[name].requests !== undefined);
}
/** The signals an upstream-cluster counter feeds, by counter name. */
function clusterStatSignals(dialect) {
    return new Map(SIGNAL_NAMES.flatMap((name) => {
        const stat = dialect.signals[name].clusterStat;
        return stat ? [[stat, name]] : [];
    }));
}
/**
 * Combines the readings of one signal over one step. Flags and cluster counters are two views of the same events
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
/**
 * The Service a host names, as clients write one (`reviews`, `reviews.shop`, `reviews.shop.svc.cluster.local`,
 * each with an optional port), when it is a Service of `namespace`; undefined for addresses and other hosts.
 */
function serviceOfHost(host, namespace) {
    const withoutPort = host.replace(/:\d+$/, '');
    const parts = withoutPort.split('.');
    const [name, second, third] = parts;
    // A Service name starts with a letter (RFC 1035): an IP address is not one.
    if (!/^[a-z]/.test(name ?? '') || !(0,_core_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isKubernetesName */ .aN)(name))
        return undefined;
    if (parts.length === 1)
        return name;
    if (second !== namespace)
        return undefined;
    return parts.length === 2 || third === 'svc' ? name : undefined;
}
/** The value one name part yields from a series' labels, or undefined. */
function namePartValue(part, labels, namespace) {
    const value = labels[part.label];
    if (!value || value === 'unknown')
        return undefined;
    return part.host ? serviceOfHost(value, namespace) : value;
}
/**
 * The service a series names by the declaration alone: its namespace, its name from the first non-fallback part
 * that yields one, and otherwise the fallback's value marked as such (naming.ts aliases it).
 */
function nameFromLabels(naming, labels) {
    const namespace = labels[naming.namespace];
    if (!namespace || namespace === 'unknown')
        return undefined;
    for (const fallback of [false, true]) {
        for (const part of naming.name) {
            if (Boolean(part.fallback) !== fallback)
                continue;
            const name = namePartValue(part, labels, namespace);
            if (name)
                return { namespace, name, fallback };
        }
    }
    return undefined;
}
/** Every label a naming reads: what a query must keep when it aggregates. */
function namingLabels(naming) {
    return [...new Set([naming.namespace, ...naming.name.map((part) => part.label)])];
}
/** Every label name a declaration spells: what no file outside src/mesh/ may spell (test/mesh-labels.test.ts). */
function declaredLabelNames(dialect) {
    const names = new Set([
        dialect.server.label,
        dialect.client.label,
        ...(dialect.server.caller ? [dialect.server.caller.namespace, ...dialect.server.caller.workload] : []),
        ...namingLabels(dialect.server.service),
        ...dialect.server.workload,
        ...namingLabels(dialect.client.callee),
        dialect.client.caller.namespace,
        ...dialect.client.caller.workload,
        ...(dialect.client.caller.canonical ? [dialect.client.caller.canonical] : []),
        ...dialect.versions,
        ...(dialect.clusterStats ? [dialect.clusterStats.label] : []),
        ...(dialect.l4 ? [dialect.l4.label, ...namingLabels(dialect.l4.service)] : []),
    ]);
    for (const signal of Object.values(dialect.signals))
        for (const condition of signal.requests?.anyOf ?? [])
            names.add(condition.label);
    return [...names];
}


/***/ }),

/***/ 93677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ versionSignalRateQuery),
/* harmony export */   $_: () => (/* binding */ clusterStatRateQuery),
/* harmony export */   CW: () => (/* binding */ edgeLatencyBucketQuery),
/* harmony export */   H5: () => (/* binding */ edgeRequestRateQuery),
/* harmony export */   K1: () => (/* binding */ edgeSignalRateQuery),
/* harmony export */   Kt: () => (/* binding */ clientEdgeView),
/* harmony export */   M6: () => (/* binding */ signalQueryKey),
/* harmony export */   Ms: () => (/* binding */ versionRequestRateQuery),
/* harmony export */   QD: () => (/* binding */ signalRequestRateQuery),
/* harmony export */   RM: () => (/* binding */ seriesCountQuery),
/* harmony export */   TI: () => (/* binding */ servicesQuery),
/* harmony export */   UC: () => (/* binding */ meshProbeQuery),
/* harmony export */   Vm: () => (/* binding */ versionBucketRateQuery),
/* harmony export */   Xw: () => (/* binding */ rateWindowMs),
/* harmony export */   Z4: () => (/* binding */ l4ConnectionRateQuery),
/* harmony export */   ZN: () => (/* binding */ latencyBucketRateQuery),
/* harmony export */   lX: () => (/* binding */ l4ServicesQuery),
/* harmony export */   oz: () => (/* binding */ totalRequestRateQuery),
/* harmony export */   pK: () => (/* binding */ serverLabelSignals),
/* harmony export */   t3: () => (/* binding */ versionsServedQuery),
/* harmony export */   t_: () => (/* binding */ scrapeIntervalQuery),
/* harmony export */   xE: () => (/* binding */ clientLabelSignals)
/* harmony export */ });
/* unused harmony exports MIN_RATE_WINDOW_MS, promDuration, serverGrouping, latencyQuantileQuery, edgeViews, edgeGrouping, edgeLatencyP99Query, versionGrouping */
/* harmony import */ var _dialect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3023);
/**
 * Every PromQL query SMAnalyzer asks, in one place, generated from a mesh declaration (dialect.ts): what to ask a
 * Prometheus-compatible backend about a mesh. Pure string building; the Prometheus source runs them.
 *
 * Per-service queries read one view (the callee's proxy) and keep the labels that name a service — and, where a
 * dialect has several server views (ambient: waypoint, else sidecar), the view label, so the source reads each
 * service from one view: a retried request is one sample at the caller and several at the callee, and a request
 * through a waypoint is seen by the waypoint and by a sidecar behind it, so mixing views would double count.
 */

/**
 * The rate window for a step: at least the step (so consecutive steps together cover every sample), at least 2
 * minutes (4 scrapes at 30 s, 8 at 15 s: Prometheus's rule of thumb for rate() is 4 or more scrape intervals), and
 * at least two scrapes of the data's own interval where it is known (metrics scraped every 1–5 minutes exist;
 * fewer than 2 samples in a window yield nothing).
 */
const MIN_RATE_WINDOW_MS = 120_000;
function rateWindowMs(stepMs, scrapeIntervalMs = 0) {
    return Math.max(stepMs, MIN_RATE_WINDOW_MS, 2 * scrapeIntervalMs);
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
function viewMatcher(view) {
    return view.values.length === 1
        ? `${view.label}=${quoted(view.values[0])}`
        : `${view.label}=~${quoted(view.values.map(regexLiteral).join('|'))}`;
}
function namespaceMatcher(namespaceLabel, namespaces) {
    if (namespaces.length === 0)
        return [];
    return [`${namespaceLabel}=~${quoted(namespaces.map(regexLiteral).join('|'))}`];
}
function conditionMatcher(condition, negated) {
    if ('hasFlag' in condition) {
        // A flag alone or in a comma-separated list ("UT,URX").
        const flags = condition.hasFlag.length === 1 ? condition.hasFlag[0] : `(${condition.hasFlag.join('|')})`;
        return `${condition.label}${negated ? '!~' : '=~'}${quoted(`(.*,)?${flags}(,.*)?`)}`;
    }
    const holds = 'matches' in condition;
    const regex = 'matches' in condition ? condition.matches : condition.notMatches;
    return `${condition.label}${holds !== negated ? '=~' : '!~'}${quoted(regex)}`;
}
/** The selector of the server view's series of one metric in the scope's namespaces. */
function serverSelector(scope, metric, extra = []) {
    const { server } = scope.dialect;
    return `${metric}{${[viewMatcher(server), ...namespaceMatcher(server.service.namespace, scope.namespaces), ...extra].join(', ')}}`;
}
/** The labels a per-service answer keeps: the naming labels, and the view label where there are several views. */
function serverGrouping(dialect) {
    const { server } = dialect;
    return [...(0,_dialect_js__WEBPACK_IMPORTED_MODULE_0__/* .namingLabels */ .kW)(server.service), ...(server.values.length > 1 ? [server.label] : [])];
}
function by(labels) {
    return `by (${labels.join(', ')})`;
}
function rate(selector, scope) {
    return `rate(${selector}[${promDuration(scope.rateWindowMs)}])`;
}
/** Requests per second per service. */
function totalRequestRateQuery(scope) {
    const { dialect } = scope;
    return `sum ${by(serverGrouping(dialect))} (${rate(serverSelector(scope, dialect.metrics.requests), scope)})`;
}
/**
 * One selection per condition, each excluding the earlier ones, so `or` never counts a series twice.
 * `base(extra)` builds the selector with extra matchers.
 */
function disjointSelections(anyOf, base) {
    return anyOf.map((condition, i) => base([
        ...anyOf.slice(0, i).map((earlier) => conditionMatcher(earlier, true)),
        conditionMatcher(condition, false),
    ]));
}
/** Requests per second per service whose labels carry a signal. */
function signalRequestRateQuery(name, scope) {
    const { dialect } = scope;
    const match = dialect.signals[name].requests;
    if (!match)
        throw new Error(`${name} is not read from request labels in ${dialect.name}`);
    const selections = disjointSelections(match.anyOf, (extra) => rate(serverSelector(scope, dialect.metrics.requests, extra), scope));
    return `sum ${by(serverGrouping(dialect))} (${selections.join(' or ')})`;
}
/**
 * The latency histogram per service: summed bucket rates by `le` (requests per second with latency <= le).
 * One query instead of a histogram_quantile per quantile: the tool interpolates every quantile from it
 * (core/histogram.ts) and keeps the buckets for window quantiles.
 */
function latencyBucketRateQuery(scope) {
    const { dialect } = scope;
    const buckets = rate(serverSelector(scope, dialect.metrics.latencyBuckets), scope);
    return `sum ${by([...serverGrouping(dialect), 'le'])} (${buckets})`;
}
/** The latency quantile (ms) per service: histogram_quantile over the summed bucket rates (tests compare with it). */
function latencyQuantileQuery(scope, quantile) {
    return `histogram_quantile(${quantile}, ${latencyBucketRateQuery(scope)})`;
}
/** The services that reported any request in a window ending at the evaluation time, with the labels that name them. */
function servicesQuery(scope, windowMs) {
    const { dialect } = scope;
    return `group ${by(serverGrouping(dialect))} (last_over_time(${serverSelector(scope, dialect.metrics.requests)}[${promDuration(windowMs)}]))`;
}
/** Connections opened per second per service, for services no proxy reads at L7 (ambient without a waypoint). */
function l4ConnectionRateQuery(scope) {
    const l4 = scope.dialect.l4;
    if (!l4)
        throw new Error(`${scope.dialect.name} has no L4 view`);
    const selector = `${l4.connections}{${[viewMatcher(l4), ...namespaceMatcher(l4.service.namespace, scope.namespaces)].join(', ')}}`;
    return `sum ${by((0,_dialect_js__WEBPACK_IMPORTED_MODULE_0__/* .namingLabels */ .kW)(l4.service))} (${rate(selector, scope)})`;
}
/** The services seen at L4 in a window ending at the evaluation time, with the labels that name them. */
function l4ServicesQuery(scope, windowMs) {
    const l4 = scope.dialect.l4;
    if (!l4)
        throw new Error(`${scope.dialect.name} has no L4 view`);
    const selector = `${l4.connections}{${[viewMatcher(l4), ...namespaceMatcher(l4.service.namespace, scope.namespaces)].join(', ')}}`;
    return `group ${by((0,_dialect_js__WEBPACK_IMPORTED_MODULE_0__/* .namingLabels */ .kW)(l4.service))} (last_over_time(${selector}[${promDuration(windowMs)}]))`;
}
/**
 * Events per second per service from one upstream-cluster counter: a service with the stat is present (0 when
 * nothing happened), a service without it is absent. The cluster name is rewritten into the server view's naming
 * labels; its namespaces are filtered by the caller (the counter carries no namespace label to select on).
 */
function clusterStatRateQuery(name, scope) {
    const { dialect } = scope;
    const stat = dialect.signals[name].clusterStat;
    const clusters = dialect.clusterStats;
    if (!stat || !clusters)
        throw new Error(`${name} has no cluster counter in ${dialect.name}`);
    const pattern = quoted(clusters.servicePattern);
    const service = dialect.server.service;
    const rated = rate(`${stat}{${clusters.label}=~${pattern}}`, scope);
    const withName = `label_replace(${rated}, ${quoted(service.name[0].label)}, "$1", ${quoted(clusters.label)}, ${pattern})`;
    const withNamespace = `label_replace(${withName}, ${quoted(service.namespace)}, "$2", ${quoted(clusters.label)}, ${pattern})`;
    return `sum ${by((0,_dialect_js__WEBPACK_IMPORTED_MODULE_0__/* .namingLabels */ .kW)(service))} (${withNamespace})`;
}
/** The key under which a source keeps one reading of one signal. */
function signalQueryKey(name, reading) {
    return `${name}:${reading}`;
}
/** The signals a per-service query reads from request labels: those some server view can see. */
function serverLabelSignals(dialect) {
    return _dialect_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNAL_NAMES */ .A.filter((name) => dialect.signals[name].requests?.seenBy.some((view) => dialect.server.values.includes(view)));
}
/**
 * How many series the window's queries will read, tagged by `size`: per namespace the request counters
 * (`requests`), the bucket series (`buckets`), the services (`services`), the per-service buckets
 * (`bucketOutputs`), the L4 counters (`l4`), and each cluster counter's series (`<counter name>`). Cheap: instant
 * selectors only, asked at a few points of the window, so the queries that follow can be cut to fit the server.
 */
function seriesCountQuery(scope) {
    const { dialect } = scope;
    const ns = dialect.server.service.namespace;
    const requests = serverSelector(scope, dialect.metrics.requests);
    const buckets = serverSelector(scope, dialect.metrics.latencyBuckets);
    const grouping = serverGrouping(dialect);
    const tagged = (expression, tag) => `label_replace(${expression}, "size", "${tag}", "", "")`;
    const clusterStats = dialect.clusterStats
        ? _dialect_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNAL_NAMES */ .A.flatMap((name) => {
            const stat = dialect.signals[name].clusterStat;
            const pattern = quoted(dialect.clusterStats.servicePattern);
            return stat ? [tagged(`count(${stat}{${dialect.clusterStats.label}=~${pattern}})`, stat)] : [];
        })
        : [];
    const l4 = dialect.l4
        ? [
            tagged(`count by (${dialect.l4.service.namespace}) (${dialect.l4.connections}{${[viewMatcher(dialect.l4), ...namespaceMatcher(dialect.l4.service.namespace, scope.namespaces)].join(', ')}})`, 'l4'),
        ]
        : [];
    // The caller's view, counted by the callee's namespace under the server view's namespace label.
    const edge = clientEdgeView(dialect);
    const clientNs = edge.callee.namespace;
    const asServerNs = (expression) => clientNs === ns
        ? expression
        : `label_replace(${expression}, ${quoted(ns)}, "$1", ${quoted(clientNs)}, "(.*)")`;
    const clientRequests = edgeSelector(edge, scope, dialect.metrics.requests);
    const clientBuckets = edgeSelector(edge, scope, dialect.metrics.latencyBuckets);
    const grouped = edgeGrouping(edge);
    return [
        tagged(`count by (${ns}) (${requests})`, 'requests'),
        tagged(`count by (${ns}) (${buckets})`, 'buckets'),
        tagged(`count by (${ns}) (count ${by(grouping)} (${requests}))`, 'services'),
        tagged(`count by (${ns}) (count ${by([...grouping, 'le'])} (${buckets}))`, 'bucketOutputs'),
        tagged(asServerNs(`count by (${clientNs}) (${clientRequests})`), 'clientRequests'),
        tagged(asServerNs(`count by (${clientNs}) (${clientBuckets})`), 'clientBuckets'),
        tagged(asServerNs(`count by (${clientNs}) (count ${by(grouped)} (${clientRequests}))`), 'edges'),
        tagged(asServerNs(`count by (${clientNs}) (count ${by([...grouped, 'le'])} (${clientBuckets}))`), 'edgeBucketOutputs'),
        ...l4,
        ...clusterStats,
    ].join(' or ');
}
/** The median number of samples per request counter in a window before the evaluation time: the scrape interval. */
function scrapeIntervalQuery(scope, windowMs) {
    return `quantile(0.5, count_over_time(${serverSelector(scope, scope.dialect.metrics.requests)}[${promDuration(windowMs)}]))`;
}
/** The caller's view of every edge: the view the caller's proxy reports in. */
function clientEdgeView(dialect) {
    return { view: dialect.client, callee: dialect.client.callee, caller: dialect.client.caller };
}
/** The signals the caller's view of an edge reads from request labels: those a client view value can see. */
function clientLabelSignals(dialect) {
    return _dialect_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNAL_NAMES */ .A.filter((name) => dialect.signals[name].requests?.seenBy.some((view) => dialect.client.values.includes(view)));
}
/** The views that name both ends of a call: the caller's (always), the callee's where it names callers too. */
function edgeViews(dialect) {
    const views = [
        {
            side: 'client',
            edge: { view: dialect.client, callee: dialect.client.callee, caller: dialect.client.caller },
        },
    ];
    if (dialect.server.caller)
        views.push({
            side: 'server',
            edge: { view: dialect.server, callee: dialect.server.service, caller: dialect.server.caller },
        });
    return views;
}
/** The labels an edge answer keeps: the caller's, the callee's naming, the view label. */
function edgeGrouping(edge) {
    const { caller } = edge;
    return [
        ...new Set([
            caller.namespace,
            ...caller.workload,
            ...(caller.canonical ? [caller.canonical] : []),
            ...(0,_dialect_js__WEBPACK_IMPORTED_MODULE_0__/* .namingLabels */ .kW)(edge.callee),
            edge.view.label,
        ]),
    ];
}
function edgeSelector(edge, scope, metric, extra = []) {
    return `${metric}{${[viewMatcher(edge.view), ...namespaceMatcher(edge.callee.namespace, scope.namespaces), ...extra].join(', ')}}`;
}
/** Requests per second per edge. */
function edgeRequestRateQuery(edge, scope) {
    return `sum ${by(edgeGrouping(edge))} (${rate(edgeSelector(edge, scope, scope.dialect.metrics.requests), scope)})`;
}
/** Requests per second per edge whose labels carry a signal, as the edge's own view can see it. */
function edgeSignalRateQuery(name, edge, scope) {
    const match = scope.dialect.signals[name].requests;
    if (!match)
        throw new Error(`${name} is not read from request labels in ${scope.dialect.name}`);
    const selections = disjointSelections(match.anyOf, (extra) => rate(edgeSelector(edge, scope, scope.dialect.metrics.requests, extra), scope));
    return `sum ${by(edgeGrouping(edge))} (${selections.join(' or ')})`;
}
/** The latency histogram per edge: summed bucket rates by `le`. */
function edgeLatencyBucketQuery(edge, scope) {
    const buckets = rate(edgeSelector(edge, scope, scope.dialect.metrics.latencyBuckets), scope);
    return `sum ${by([...edgeGrouping(edge), 'le'])} (${buckets})`;
}
/** The p99 (ms) per edge from the merged bucket rates. */
function edgeLatencyP99Query(edge, scope) {
    return `histogram_quantile(0.99, ${edgeLatencyBucketQuery(edge, scope)})`;
}
// ---------------------------------------------------------------------------------------------------------
// Which mesh a Prometheus holds (no cluster to ask)
/**
 * One instant query telling which dialects' series a Prometheus holds in a window ending at the evaluation time:
 * per dialect and view value, whether its request counter exists (tagged `mesh` and `view`).
 */
function meshProbeQuery(dialects, windowMs) {
    const window = promDuration(windowMs);
    const probes = new Map();
    for (const dialect of dialects) {
        const views = [
            [dialect.metrics.requests, dialect.server],
            ...(dialect.l4 ? [[dialect.l4.connections, dialect.l4]] : []),
        ];
        for (const [metric, view] of views)
            for (const value of view.values) {
                const id = `${metric}|${view.label}|${value}`;
                probes.set(id, `label_replace(label_replace(count(last_over_time(${metric}{${view.label}=${quoted(value)}}[${window}])), "metric", ${quoted(metric)}, "", ""), "view", ${quoted(`${view.label}=${value}`)}, "", "")`);
            }
    }
    return [...probes.values()].join(' or ');
}
/** The labels a per-version answer keeps: the per-service grouping and every version label of the declaration. */
function versionGrouping(dialect) {
    return [...new Set([...serverGrouping(dialect), ...dialect.versions])];
}
/** The matchers restricting a version query to its services. */
function versionMatchers(dialect, targets) {
    const service = dialect.server.service;
    const [first] = service.name;
    const byName = targets.names && targets.names.length > 0 && first && !first.host && !first.fallback
        ? [`${first.label}=~${quoted(targets.names.map(regexLiteral).join('|'))}`]
        : [];
    return byName;
}
/**
 * Per service and version, the requests the window held: one instant query at the window's end over its length
 * (increase reads each sample once), positive only. Tells which services ran two versions, and which versions
 * served before a deploy.
 */
function versionsServedQuery(scope, windowMs) {
    const { dialect } = scope;
    const selector = serverSelector(scope, dialect.metrics.requests);
    return `sum ${by(versionGrouping(dialect))} (increase(${selector}[${promDuration(windowMs)}])) > 0`;
}
/** Requests per second per service and version, for the services asked. */
function versionRequestRateQuery(scope, targets) {
    const { dialect } = scope;
    const narrowed = { ...scope, namespaces: targets.namespaces };
    const selector = serverSelector(narrowed, dialect.metrics.requests, versionMatchers(dialect, targets));
    return `sum ${by(versionGrouping(dialect))} (${rate(selector, scope)})`;
}
/** Requests per second per service and version whose labels carry a signal, for the services asked. */
function versionSignalRateQuery(name, scope, targets) {
    const { dialect } = scope;
    const match = dialect.signals[name].requests;
    if (!match)
        throw new Error(`${name} is not read from request labels in ${dialect.name}`);
    const narrowed = { ...scope, namespaces: targets.namespaces };
    const extra = versionMatchers(dialect, targets);
    const selections = disjointSelections(match.anyOf, (more) => rate(serverSelector(narrowed, dialect.metrics.requests, [...extra, ...more]), scope));
    return `sum ${by(versionGrouping(dialect))} (${selections.join(' or ')})`;
}
/** The latency histogram per service and version (summed bucket rates by `le`), for the services asked. */
function versionBucketRateQuery(scope, targets) {
    const { dialect } = scope;
    const narrowed = { ...scope, namespaces: targets.namespaces };
    const selector = serverSelector(narrowed, dialect.metrics.latencyBuckets, versionMatchers(dialect, targets));
    return `sum ${by([...versionGrouping(dialect), 'le'])} (${rate(selector, scope)})`;
}


/***/ })

};

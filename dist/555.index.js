export const id = 555;
export const ids = [555];
export const modules = {

/***/ 24938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ noMeshMetricsError),
/* harmony export */   R1: () => (/* binding */ meshOfProxies),
/* harmony export */   l5: () => (/* binding */ detectMesh),
/* harmony export */   m: () => (/* binding */ NoMeshMetrics)
/* harmony export */ });
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87176);
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
    const { istio, 'istio-ambient': ambient, linkerd } = _dialects_index_js__WEBPACK_IMPORTED_MODULE_1__.MESH_DIALECTS;
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
    const dialects = dialect ? [_dialects_index_js__WEBPACK_IMPORTED_MODULE_1__.MESH_DIALECTS[dialect]] : Object.values(_dialects_index_js__WEBPACK_IMPORTED_MODULE_1__.MESH_DIALECTS);
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
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87176);
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
        ...Object.values(dialect.client.versions ?? {}),
        ...(dialect.clusterStats ? [dialect.clusterStats.label] : []),
        ...(dialect.l4 ? [dialect.l4.label, ...namingLabels(dialect.l4.service)] : []),
    ]);
    for (const signal of Object.values(dialect.signals))
        for (const condition of signal.requests?.anyOf ?? [])
            names.add(condition.label);
    return [...names];
}


/***/ }),

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
    const namespace = labels[naming.namespace];
    // Labels are whatever the calling proxies said: a caller that is not named as Kubernetes names things is not
    // carried into reports under that name, but counted with the traffic from outside.
    if (!(0,_core_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isKubernetesName */ .aN)(namespace) || !(0,_core_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isKubernetesName */ .aN)(name))
        return undefined;
    return { namespace, name };
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
    const candidates = [canonical, alias, workload.name.replace(/-v\d+$/, ''), workload.name].filter((c) => c !== undefined && c !== 'unknown' && (0,_core_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isKubernetesName */ .aN)(c));
    const name = candidates.find((c) => known.has(`${namespace}/${c}`)) ?? candidates[0] ?? workload.name;
    return { namespace, name };
}


/***/ }),

/***/ 93677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ clusterStatRateQuery),
/* harmony export */   CW: () => (/* binding */ edgeLatencyBucketQuery),
/* harmony export */   H5: () => (/* binding */ edgeRequestRateQuery),
/* harmony export */   Jn: () => (/* binding */ promDuration),
/* harmony export */   K1: () => (/* binding */ edgeSignalRateQuery),
/* harmony export */   Kt: () => (/* binding */ clientEdgeView),
/* harmony export */   LN: () => (/* binding */ scrapeIntervalSeconds),
/* harmony export */   M6: () => (/* binding */ signalQueryKey),
/* harmony export */   QD: () => (/* binding */ signalRequestRateQuery),
/* harmony export */   RM: () => (/* binding */ seriesCountQuery),
/* harmony export */   T0: () => (/* binding */ serverSelector),
/* harmony export */   TI: () => (/* binding */ servicesQuery),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   TS: () => (/* binding */ rate),
/* harmony export */   UC: () => (/* binding */ meshProbeQuery),
/* harmony export */   Xw: () => (/* binding */ rateWindowMs),
/* harmony export */   Z4: () => (/* binding */ l4ConnectionRateQuery),
/* harmony export */   ZN: () => (/* binding */ latencyBucketRateQuery),
/* harmony export */   bw: () => (/* binding */ regexLiteral),
/* harmony export */   by: () => (/* binding */ by),
/* harmony export */   h$: () => (/* binding */ serverGrouping),
/* harmony export */   lX: () => (/* binding */ l4ServicesQuery),
/* harmony export */   lq: () => (/* binding */ edgeSelector),
/* harmony export */   oz: () => (/* binding */ totalRequestRateQuery),
/* harmony export */   pK: () => (/* binding */ serverLabelSignals),
/* harmony export */   t_: () => (/* binding */ scrapeIntervalQuery),
/* harmony export */   xE: () => (/* binding */ clientLabelSignals),
/* harmony export */   yV: () => (/* binding */ disjointSelections)
/* harmony export */ });
/* unused harmony exports MIN_RATE_WINDOW_MS, latencyQuantileQuery, edgeGrouping */
/* harmony import */ var _dialect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3023);
/**
 * Every PromQL query SMAnalyzer asks, generated from a mesh declaration (dialect.ts): what to ask a
 * Prometheus-compatible backend about a mesh. Pure string building; the Prometheus source runs them. The per-version
 * queries of a rollout are in version-queries.ts, built from the selectors and helpers exported here.
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
/** The scrape intervals people set (seconds): what a measured interval is rounded to. */
const COMMON_INTERVALS_S = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300];
/**
 * The scrape interval from scrapeIntervalQuery's answer (samples per series in `windowMs`), in whole seconds:
 * rounded down to a common interval (never finer than the data; a range that holds both ends counts one sample
 * more than the intervals it spans, hence the 10% slack) and up (never fewer than two samples per rate window).
 * Null when fewer than two samples were counted.
 */
function scrapeIntervalSeconds(samplesInWindow, windowMs) {
    if (!(samplesInWindow >= 2))
        return null;
    const seconds = windowMs / 1000 / samplesInWindow;
    return {
        roundedDown: COMMON_INTERVALS_S.findLast((interval) => interval <= seconds * 1.1) ?? 0,
        roundedUp: COMMON_INTERVALS_S.find((interval) => interval >= seconds / 1.1) ?? Math.ceil(seconds),
    };
}
/** The caller's view of every edge: the view the caller's proxy reports in. */
function clientEdgeView(dialect) {
    return { view: dialect.client, callee: dialect.client.callee, caller: dialect.client.caller };
}
/** The signals the caller's view of an edge reads from request labels: those a client view value can see. */
function clientLabelSignals(dialect) {
    return _dialect_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNAL_NAMES */ .A.filter((name) => dialect.signals[name].requests?.seenBy.some((view) => dialect.client.values.includes(view)));
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
/** The selector of an edge view's series of one metric whose callee is in the scope's namespaces. */
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


/***/ }),

/***/ 18610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G7: () => (/* binding */ missingStatsNote),
/* harmony export */   TW: () => (/* binding */ l4OnlyNote),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   vB: () => (/* binding */ darkServicesNote)
/* harmony export */ });
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22483);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87176);
/* harmony import */ var _mesh_dialect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3023);
/**
 * The window's notes on what its services' series lack: the optional signals unavailable (not zero), the services
 * seen at L4 only, and the services dark for part of the window — from a small summary of each series, kept once
 * the series itself is handed on. Apart from service-series.ts because it words the outcome, and reads no answer.
 */



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
    const why = (0,_mesh_dialect_js__WEBPACK_IMPORTED_MODULE_1__/* .unavailableReason */ .L3)(dialect, missing);
    return `${[...missing].join(', ')} unavailable (not zero) for ${affected} of ${l7.length} services: ${why}`;
}
/** The services seen at L4 only (connections, no requests), and what to do about it. */
function l4OnlyNote(services, dialect) {
    const l4 = services.filter((series) => series.l4).map((series) => (0,_core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .serviceId */ .fH)(series.service));
    if (l4.length === 0 || !dialect.l4)
        return undefined;
    return `${l4.length} of ${services.length} services are seen at L4 only (connections; no requests, errors or latency): ${(0,_core_names_js__WEBPACK_IMPORTED_MODULE_2__/* .nameList */ .OD)(l4, 10)}. ${dialect.l4.advice}`;
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
        return `${(0,_core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .serviceId */ .fH)(service)} (${share}, ${since})`;
    });
    const more = dark.length > shown.length ? ` and ${dark.length - shown.length} more` : '';
    return (`${dark.length} of ${services.length} services have no metrics for part of the window (absent, not zero): ` +
        `${shown.join(', ')}${more}`);
}


/***/ }),

/***/ 5555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PrometheusSource: () => (/* binding */ PrometheusSource)
});

// UNUSED EXPORTS: DEFAULT_MAX_SAMPLES, PrometheusClient

// EXTERNAL MODULE: ./src/core/names.ts
var names = __webpack_require__(22483);
// EXTERNAL MODULE: ./src/core/types.ts + 1 modules
var types = __webpack_require__(87176);
// EXTERNAL MODULE: ./src/mesh/queries.ts
var mesh_queries = __webpack_require__(93677);
// EXTERNAL MODULE: ./src/mesh/dialects/index.ts
var dialects = __webpack_require__(23709);
// EXTERNAL MODULE: ./src/mesh/detect.ts
var detect = __webpack_require__(24938);
// EXTERNAL MODULE: ./src/mesh/naming.ts
var mesh_naming = __webpack_require__(28945);
// EXTERNAL MODULE: ./src/net/body.ts
var body = __webpack_require__(27739);
// EXTERNAL MODULE: ./src/net/retry.ts
var retry = __webpack_require__(37893);
// EXTERNAL MODULE: ./src/sources/prometheus/http.ts
var http = __webpack_require__(53279);
// EXTERNAL MODULE: ./src/sources/prometheus/failures.ts
var failures = __webpack_require__(69964);
;// CONCATENATED MODULE: ./src/sources/prometheus/json-bytes.ts
/**
 * JSON read straight from bytes, one token at a time, without building a string per token: where a string ends
 * and what it decodes to, whether a token is a JSON number or literal, and a decimal read as Number() reads it;
 * and the error when the bytes are not the JSON of a Prometheus answer. Apart from matrix-stream.ts because none
 * of it knows the answer's shape: the parser there walks the shape and calls these for the tokens. Pure.
 */
/** The bytes are not the JSON of a Prometheus answer. */
class MatrixSyntaxError extends Error {
}
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

;// CONCATENATED MODULE: ./src/sources/prometheus/matrix-stream.ts
/**
 * A range query's answer read as it arrives: the JSON is scanned byte by byte and each point goes straight to
 * the series it belongs to, so a gigabyte of answers is never held as text nor as millions of small arrays and
 * strings (JSON.parse of the whole body, then reading it again, was most of the tool's time and memory at 1,000
 * services). Written by hand because no JSON library both streams and skips building the values: the generic
 * streaming parsers emit a string per token, slower than JSON.parse. Every other part of the answer is checked
 * as JSON and, except the envelope's status and error, skipped. Pure: bytes in, calls to the sink out.
 * The byte-level JSON reading it is built on is in json-bytes.ts.
 */

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
        this.encoding = (0,http/* isNearby */.k_)(url.hostname) && !ownEncoding ? { 'Accept-Encoding': 'identity' } : {};
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
        this.failures = new failures/* Failures */.oo((0,failures/* displayUrl */.Qy)(url), (text) => this.redact(text), this.maxResponseBytes);
    }
    /** The server as messages name it (never with credentials). */
    get displayUrl() {
        return (0,failures/* displayUrl */.Qy)(this.baseUrl);
    }
    /** A range query's matrix. */
    async queryRange(query, startMs, endMs, stepMs, context) {
        const data = await this.call('api/v1/query_range', context, rangeRequest(query, startMs, endMs, stepMs));
        return (0,http/* expectResult */.V_)(data, 'matrix', this.displayUrl);
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
        return (0,http/* expectResult */.V_)(data, 'vector', this.displayUrl);
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
        this.transport ??= (0,http/* tlsTransport */.Vv)(this.options).then(({ fetch, close }) => {
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
        const lastFailure = (error) => error instanceof failures/* RetryableFailure */.jn ? new types/* MetricsError */.kj(error.final.message, error.final.fix) : undefined;
        return (0,retry/* withRetry */.bD)(policy, (signal) => this.countedAttempt(fetchFn, path, context, request, signal), {
            retryable: (error) => error instanceof failures/* RetryableFailure */.jn,
            retryAfterMs: (error) => (error instanceof failures/* RetryableFailure */.jn ? error.retryAfterMs : undefined),
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
    // eslint-disable-next-line max-lines-per-function -- one HTTP exchange and every way it can end, each a typed failure, so no path escapes
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
            ({ response, url } = await (0,http/* sendWithinOrigin */.oo)(fetchFn, new URL(path, this.baseUrl), {
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
            const body = await (0,http/* readCapped */.EF)(response, this.maxResponseBytes);
            this.deps.onResponse?.(body.bytes);
            text = body.text;
        }
        catch (error) {
            if (error instanceof types/* MetricsError */.kj)
                throw error;
            if (error instanceof MatrixSyntaxError)
                throw this.failures.notPrometheus(error.message);
            if (error instanceof http/* BodyTooLarge */.KQ)
                throw this.failures.tooLargeAnswer(request.query, streamed);
            if (context.signal?.aborted)
                throw context.signal.reason;
            if (timeout.aborted) {
                if (timeoutMs < this.options.timeoutMs)
                    throw this.failures.timeoutError(timeoutMs, 'the overall deadline');
                const error = this.failures.timeoutError(timeoutMs, 'the request timeout');
                throw new failures/* RequestTimedOut */.T(error.message, error.fix);
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
            throw this.failures.notPrometheus(`HTTP ${status}, ${contentType}: ${(0,failures/* oneLine */.TN)(this.redact(text), 80)}`);
        }
        const tooLarge = this.failures.tooLarge(status, envelope, promError);
        if (tooLarge)
            throw tooLarge;
        if (status === 429 || status >= 500) {
            if (status === 429 || status === 503)
                context.onPushback?.();
            const retryAfterSeconds = Number(response.headers.get('retry-after'));
            const detail = promError || (0,failures/* oneLine */.TN)(text, 120) || response.statusText;
            throw new failures/* RetryableFailure */.jn(new types/* MetricsError */.kj(`Prometheus at ${this.displayUrl} kept failing: HTTP ${status} (${this.redact((0,failures/* oneLine */.TN)(detail, 200))})`, status === 429
                ? 'the server is rate limiting: lower prometheus.concurrency, raise --step, or retry later'
                : "check the server's health and logs, then retry; a large window may need a larger --step"), Number.isFinite(retryAfterSeconds) && retryAfterSeconds > 0 ? retryAfterSeconds * 1000 : undefined);
        }
        if (status === 401 || status === 403) {
            throw new types/* MetricsError */.kj(`Prometheus at ${this.displayUrl} refused the request: HTTP ${status} ${status === 401 ? 'unauthorized' : 'forbidden'}`, 'check the bearer token, basic auth and --prometheus-header values (and that they grant read access)');
        }
        if (status === 404 && !envelope) {
            throw new types/* MetricsError */.kj(`no Prometheus query API at ${(0,failures/* displayUrl */.Qy)(url)} (HTTP 404)`, 'set --prometheus-url to the base URL that serves /api/v1/query (for Mimir or Thanos include their prefix, e.g. /prometheus)');
        }
        if (envelope?.status === 'error')
            throw this.failures.queryRejected(status, promError, request.query);
        throw this.failures.notPrometheus(`HTTP ${status}: ${(0,failures/* oneLine */.TN)(this.redact(text), 80)}`);
    }
    /**
     * A successful answer streamed through the matrix parser under the same cap as any answer. Its envelope must
     * say success and a matrix, as expectResult checks for answers read whole.
     */
    async streamMatrix(response, sink, query) {
        const parser = new MatrixStreamParser(sink);
        const bytes = await (0,body/* forEachChunk */.q$)(response.body, failures/* STREAMED_CAP_FACTOR */.DE * this.maxResponseBytes, Number(response.headers.get('content-length')), (chunk) => parser.write(chunk));
        this.deps.onResponse?.(bytes);
        const envelope = parser.end();
        if (envelope.status === 'error')
            throw this.failures.queryRejected(response.status, `${envelope.errorType ?? 'error'}: ${envelope.error ?? ''}`, query);
        if (envelope.status !== 'success' || envelope.resultType !== 'matrix')
            throw this.failures.notPrometheus(`expected a matrix result, got ${(0,failures/* oneLine */.TN)(String(envelope.resultType), 40)}`);
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

;// CONCATENATED MODULE: ./src/sources/prometheus/readings.ts
/**
 * What the range queries answered, per query and service, on the window's step grid (typed arrays, NaN where a
 * step has no point), held to a ceiling on the arrays and numbers one collection may hold; and the keys the
 * answers are stored under (query keys, views, an edge's caller). How a service's series are made from them is in
 * service-series.ts; the notes on what the series lack, in series-notes.ts. Pure.
 */

/** A bucket bound as Prometheus writes it: a number, or "+Inf" (which Number() does not read). */
function parseBound(text) {
    if (text === '+Inf')
        return Number.POSITIVE_INFINITY;
    return text === undefined || text.trim() === '' ? Number.NaN : Number(text);
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
const NO_IDS = new Set();
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
    /** The ids of servicesOf(query), as they stand (not a copy: read once per service on the emission path). */
    idsOf(query) {
        return this.answered.get(query) ?? NO_IDS;
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
/** An edge's stored view: the view value it was read in, and its caller's labels (JSON). */
function edgeView(viewName, callerLabels) {
    return `${viewName}|${JSON.stringify(callerLabels)}`;
}
function parseEdgeView(stored) {
    const bar = stored.indexOf('|');
    return { viewName: stored.slice(0, bar), callerKey: stored.slice(bar + 1) };
}

// EXTERNAL MODULE: ./src/sources/prometheus/series-notes.ts
var series_notes = __webpack_require__(18610);
// EXTERNAL MODULE: ./src/core/edges.ts
var edges = __webpack_require__(45869);
// EXTERNAL MODULE: ./src/core/rollout-types.ts
var rollout_types = __webpack_require__(43674);
// EXTERNAL MODULE: ./src/mesh/dialect.ts
var mesh_dialect = __webpack_require__(3023);
;// CONCATENATED MODULE: ./src/mesh/version-queries.ts
/**
 * The PromQL of a rollout: a service's requests split by the labels that tell its versions apart (a rollout, a
 * canary) — which versions served in a window, then requests, signals and latency buckets per version for the
 * services that ran two, in either view: the version's own proxies', or its callers' (their latency, and the
 * signals only a caller's proxy sets: retries, overflows). Apart from queries.ts because only the rollout
 * comparison asks them; built from its selectors. Pure string building.
 */


/** The labels a per-version answer keeps: the per-service grouping and every version label of the declaration. */
function versionGrouping(dialect) {
    return [...new Set([...(0,mesh_queries/* serverGrouping */.h$)(dialect), ...dialect.versions])];
}
/** The matchers restricting a version query to its services, named as `service` names them. */
function versionMatchers(service, targets) {
    const [first] = service.name;
    const byName = targets.names && targets.names.length > 0 && first && !first.host && !first.fallback
        ? [`${first.label}=~${(0,mesh_queries/* quoted */.TL)(targets.names.map(mesh_queries/* regexLiteral */.bw).join('|'))}`]
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
    const selector = (0,mesh_queries/* serverSelector */.T0)(scope, dialect.metrics.requests);
    return `sum ${(0,mesh_queries.by)(versionGrouping(dialect))} (increase(${selector}[${(0,mesh_queries/* promDuration */.Jn)(windowMs)}])) > 0`;
}
/** How a view selects a metric's series of the services asked, and the labels its answer keeps. */
function viewOf(scope, targets, view) {
    const { dialect } = scope;
    const narrowed = { ...scope, namespaces: targets.namespaces };
    if (view === 'own') {
        const extra = versionMatchers(dialect.server.service, targets);
        return {
            select: (metric, more = []) => (0,mesh_queries/* serverSelector */.T0)(narrowed, metric, [...extra, ...more]),
            grouping: versionGrouping(dialect),
        };
    }
    const extra = versionMatchers(dialect.client.callee, targets);
    return {
        select: (metric, more = []) => (0,mesh_queries/* edgeSelector */.lq)((0,mesh_queries/* clientEdgeView */.Kt)(dialect), narrowed, metric, [...extra, ...more]),
        grouping: callerVersionGrouping(dialect),
    };
}
/** Requests per second per service and version, for the services asked. */
function versionRequestRateQuery(scope, targets, view = 'own') {
    const { select, grouping } = viewOf(scope, targets, view);
    return `sum ${(0,mesh_queries.by)(grouping)} (${(0,mesh_queries/* rate */.TS)(select(scope.dialect.metrics.requests), scope)})`;
}
/** Requests per second per service and version whose labels carry a signal, for the services asked. */
function versionSignalRateQuery(name, scope, targets, view = 'own') {
    const { dialect } = scope;
    const match = dialect.signals[name].requests;
    if (!match)
        throw new Error(`${name} is not read from request labels in ${dialect.name}`);
    const { select, grouping } = viewOf(scope, targets, view);
    const selections = (0,mesh_queries/* disjointSelections */.yV)(match.anyOf, (more) => (0,mesh_queries/* rate */.TS)(select(dialect.metrics.requests, more), scope));
    return `sum ${(0,mesh_queries.by)(grouping)} (${selections.join(' or ')})`;
}
/** The latency histogram per service and version (summed bucket rates by `le`), for the services asked. */
function versionBucketRateQuery(scope, targets, view = 'own') {
    const { select, grouping } = viewOf(scope, targets, view);
    return `sum ${(0,mesh_queries.by)([...grouping, 'le'])} (${(0,mesh_queries/* rate */.TS)(select(scope.dialect.metrics.latencyBuckets), scope)})`;
}
// The callers' view of each version: what only a caller's proxy sets, per version of the callee.
/**
 * The signals a caller's proxy sets that the service's own view may lack (Istio's URX and UO flags: the callee's
 * sidecar sees none): read per version from its callers' view, where the dialect labels the callee's version there.
 */
function callerOnlySignals(dialect) {
    if (!dialect.client.versions)
        return [];
    return (0,mesh_queries/* clientLabelSignals */.xE)(dialect).filter((name) => !dialect.server.values.every((view) => dialect.signals[name].requests.seenBy.includes(view)));
}
/** The labels a per-version answer of the callers' view keeps: the callee's naming, the view, its version labels. */
function callerVersionGrouping(dialect) {
    const { client } = dialect;
    return [
        ...new Set([...(0,mesh_dialect/* namingLabels */.kW)(client.callee), client.label, ...Object.values(client.versions ?? {})]),
    ];
}

// EXTERNAL MODULE: ./src/core/series.ts
var core_series = __webpack_require__(34990);
// EXTERNAL MODULE: ./src/core/numbers.ts
var numbers = __webpack_require__(85993);
// EXTERNAL MODULE: ./src/core/histogram.ts
var core_histogram = __webpack_require__(80365);
;// CONCATENATED MODULE: ./src/sources/prometheus/service-series.ts
/**
 * How a service's series are made from what the range queries answered (readings.ts): rates, ratios, the latency
 * histogram's buckets and the quantiles interpolated from them, for the service's own view, each edge's caller
 * view, or L4 only. Apart from readings.ts because it reads the stored answers and never stores one. Pure.
 */







function round(value) {
    return (0,numbers/* roundTo */.GB)(value, 9);
}
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
// eslint-disable-next-line max-lines-per-function -- one pass over the step grid filling every signal's array side by side
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
        for (const [metric, q] of core_series/* LATENCY_QUANTILE_ENTRIES */.Sk) {
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

;// CONCATENATED MODULE: ./src/sources/prometheus/versions.ts
/**
 * A service's versions from Prometheus, for rollouts: first one cheap instant query tells, per service, which
 * versions served requests in the window (by the labels the mesh declaration says tell versions apart, the most
 * specific that splits the service); then, only for the services that ran two or more, the per-service range
 * queries again grouped by version — requests, the signals the server view shows, the latency buckets — built
 * into per-version series exactly as the service's own (readings.ts); and each version as its callers' proxies
 * saw it (requests, latency buckets, the retries and overflows only they set), every caller folded, what only
 * they see taken into the version's series as a service's own takes it from its edges (core/edges.ts). What to
 * ask is in mesh/version-queries.ts.
 */








/** Range queries answer at most 11,000 points per series: longer windows are read in pieces. */
const MAX_STEPS_PER_QUERY = 10_000;
/** A service is read this long at least, so a short window still tells which versions served. */
const MIN_SERVED_WINDOW_MS = 60_000;
/**
 * Reads which versions each service served in [from, from + steps·step) and, for services with two or more,
 * each version's series on the window's step grid.
 */
// eslint-disable-next-line max-lines-per-function -- the versions query and each version's series, one sequence of awaited steps
async function collectVersions(client, request) {
    const { from, steps, stepMs, scope, context, namer } = request;
    const { dialect } = scope;
    const to = from + steps * stepMs;
    const rows = await client.query(versionsServedQuery(scope, Math.max(MIN_SERVED_WINDOW_MS, to - from)), to, context);
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
        const found = (0,rollout_types/* splittingVersionLabel */.J_)(dialect.versions, (label) => labelled.map((row) => row[label]));
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
    /** A row's service, version and id, by the label that split its service (`labelIn`: as this view spells it). */
    const versionOf = (service, metric, labelIn) => {
        const label = service && labelOf.get((0,types/* serviceId */.fH)(service));
        const spelled = label ? labelIn(label) : undefined;
        const version = spelled ? (metric[spelled] ?? '') : '';
        if (!service || !spelled || !(0,rollout_types/* isVersionValue */.mK)(version))
            return undefined;
        return { service, version, id: { namespace: service.namespace, name: `${service.name}@${version}` } };
    };
    const ownView = (metric) => {
        const found = versionOf(namer.key(metric), metric, (label) => label);
        if (!found)
            return undefined;
        keyOf.set((0,types/* serviceId */.fH)(found.id), { service: found.service, version: found.version });
        return {
            service: found.id,
            view: multiView ? (metric[dialect.server.label] ?? SINGLE_VIEW) : SINGLE_VIEW,
        };
    };
    // The callers' view names the callee by its own labels, and each caller's proxy sends on its own: all folded.
    const calleeNamer = new mesh_naming/* ServiceNamer */.Xo(dialect.client.callee, []);
    const callersView = (metric) => {
        const found = versionOf(calleeNamer.key(metric), metric, (label) => dialect.client.versions?.[label]);
        if (!found)
            return undefined;
        return {
            service: found.id,
            view: edgeView(metric[dialect.client.label] ?? dialect.client.values[0], {}),
        };
    };
    const callerOnly = callerOnlySignals(dialect);
    const queries = [
        { key: 'total', query: versionRequestRateQuery(scope, targets), targetOf: ownView },
        ...(0,mesh_queries/* serverLabelSignals */.pK)(dialect).map((name) => ({
            key: (0,mesh_queries/* signalQueryKey */.M6)(name, 'labels'),
            query: versionSignalRateQuery(name, scope, targets),
            targetOf: ownView,
        })),
        { key: 'buckets', query: versionBucketRateQuery(scope, targets), targetOf: ownView },
        // Stored as edges are (service-series.ts reads them so), one edge per version with every caller in it.
        ...(dialect.client.versions
            ? [
                {
                    key: `${EDGE_PREFIX}total`,
                    query: versionRequestRateQuery(scope, targets, 'callers'),
                    targetOf: callersView,
                },
                ...callerOnly.map((name) => ({
                    key: `${EDGE_PREFIX}${(0,mesh_queries/* signalQueryKey */.M6)(name, 'labels')}`,
                    query: versionSignalRateQuery(name, scope, targets, 'callers'),
                    targetOf: callersView,
                })),
                {
                    key: `${EDGE_PREFIX}buckets`,
                    query: versionBucketRateQuery(scope, targets, 'callers'),
                    targetOf: callersView,
                },
            ]
            : []),
    ];
    // Bounded like the service arrays: the versions counted, every query, each bucket bound and some.
    const readings = new Readings(steps, 2 * rows.length * (queries.length + 32) + 1_000, client.displayUrl);
    await Promise.all(queries.map(async ({ key, query, targetOf }) => {
        for (let first = 0; first < steps; first += MAX_STEPS_PER_QUERY) {
            const last = Math.min(steps, first + MAX_STEPS_PER_QUERY) - 1;
            await client.queryRangeInto(query, from + (first + 1) * stepMs, from + (last + 1) * stepMs, stepMs, context, readings.sink(key, from, stepMs, targetOf));
        }
    }));
    const versions = [];
    for (const [id, { service, version }] of [...keyOf].sort(([a], [b]) => a.localeCompare(b))) {
        const [namespace, name] = [id.slice(0, id.indexOf('/')), id.slice(id.indexOf('/') + 1)];
        const window = { steps, stepMs, dialect };
        const own = serviceSeries({ namespace, name }, readings, window);
        const callers = edgeSeriesOf({ namespace, name }, readings, window).map((edge) => edge.series);
        versions.push({
            ...(0,edges/* withCallerSignals */.ZV)(own, callers),
            service,
            version,
            ...(callers.length > 0 ? { callers: (0,edges/* foldSeries */.xJ)(service, callers) } : {}),
        });
    }
    return { versionsSeen, versions, rollouts };
}

;// CONCATENATED MODULE: ./src/sources/prometheus/targets.ts
/**
 * Which service (and view) each answered series belongs to, per window query: the server view's series by the
 * dialect's service labels, the caller's view by its callee, L4 and cluster-stat series by their own names. Pure.
 */





/** The target of each window query's series, by the query's key. */
function queryTargets(dialect, namer, refused) {
    const targetOf = serverTargets(dialect, namer);
    const l4Namer = dialect.l4 ? new mesh_naming/* ServiceNamer */.Xo(dialect.l4.service, [], refused) : undefined;
    const edgeTarget = edgeTargets(dialect, namer);
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
    return targetOfQuery;
}
/** Reads a series to the service it is part of and the view it was read in. */
function serverTargets(dialect, namer) {
    const multiView = dialect.server.values.length > 1;
    return (metric) => {
        const service = namer.key(metric);
        if (!service)
            return undefined;
        return { service, view: multiView ? (metric[dialect.server.label] ?? SINGLE_VIEW) : SINGLE_VIEW };
    };
}
/**
 * Reads an edge series to its callee (a workload named alone as the Service it serves) and the view it was read
 * in: the view value and the caller's labels, resolved to a Service when the callee's series are built.
 */
function edgeTargets(dialect, namer) {
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

;// CONCATENATED MODULE: ./src/sources/prometheus/window-plan.ts
/**
 * The plan of a window's reading: its range queries, each with the size the series count found (the server view's
 * requests and signals, the cluster counters, L4 connections, the caller's view of every edge, the latency
 * buckets), and the pieces each is asked in. Pure.
 */




const window_plan_HOUR_MS = 3_600_000;
/** The scrape interval assumed when sizing pieces (a shorter one only makes the estimate safer). */
const ASSUMED_SCRAPE_MS = 15_000;
/** Groups of namespaces a learn reads the bucket query in (pieces.ts namespaceGroups). */
const PIPELINE_GROUPS = 4;
/** The window's range queries, each with the size the count found. */
function windowQueries(counts, dialect) {
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
    const edges = edgeQueries(counts, dialect);
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
/** The caller's view of every edge into the services: the same questions, by caller and callee. */
function edgeQueries(counts, dialect) {
    const view = (0,mesh_queries/* clientEdgeView */.Kt)(dialect);
    const perEdge = (copies) => ({
        inputSeries: counts.get('clientRequests'),
        outputSeries: counts.get('edges'),
        copies,
    });
    return [
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
}
/**
 * The pieces each query is asked in, cut to the server's limits and an even share of the window; a learn's
 * bucket queries by groups of namespaces; and the work it is (samples the server reads, points it answers).
 */
function planWindow(read, counts, queries, server) {
    const { request, from, stepMs, steps, scope } = read;
    const limits = {
        maxSamples: server.maxSamples,
        maxResponseBytes: server.maxResponseBytes,
        samplesPerWindow: Math.ceil(scope.rateWindowMs / ASSUMED_SCRAPE_MS) + 1,
    };
    // No piece longer than an even share of the window among the requests in flight (but an hour): every core of
    // the server works on a long window, and the answers that come first are read while the rest are computed.
    const share = Math.max(Math.ceil(steps / Math.max(1, server.concurrency)), Math.ceil(window_plan_HOUR_MS / stepMs));
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
    return { plan, groups, bucketPieces, work };
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

;// CONCATENATED MODULE: ./src/sources/prometheus/window-output.ts
/**
 * Where a window's series go as their data completes: each service's series built from the readings (with its
 * callers' edges) and handed on or kept. Pure.
 */





/**
 * Where each service's series goes once its data is in: to request.onService as soon as it is built, where one
 * is given (learn), not kept; else into the collection's services and edges.
 */
function windowOutput(read, readings, groups) {
    const { request, from, stepMs, steps, dialect, namer } = read;
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
        const known = readings.idsOf('total');
        const callers = edgeSeriesOf(key, readings, window).map(({ callerLabels, series: edge }) => callerEdge(dialect, key, edge, callerLabels, known, aliasOf));
        readings.release((0,types/* serviceId */.fH)(key));
        summaries.push((0,series_notes/* summarize */.eh)(series));
        if (request.onService)
            request.onService(series, { from, stepMs }, callers);
        else {
            services.push(series);
            edges.push(...callers);
        }
    });
    return { emission, knownKeys, services, summaries, edges };
}
/** Each service once, in the order first seen. */
function uniqueKeys(keys) {
    return [...new Map(keys.map((key) => [`${key.namespace}/${key.name}`, key])).values()];
}

;// CONCATENATED MODULE: ./src/sources/prometheus/probes.ts



/** How far back the scrape interval is measured. */
const INTERVAL_PROBE_MS = 600_000;
/**
 * Counts the series the window's queries read, at nine points of the window (instant selectors only). A server
 * too small even for that is counted at the window's end alone; too small for that, the sizes stay unknown and
 * the pieces are cut as the server refuses them.
 */
async function countSeries(client, scope, from, to, context) {
    const counts = new SeriesCounts();
    const query = (0,mesh_queries/* seriesCountQuery */.RM)(scope);
    const span = Math.max(1000, Math.ceil((to - from) / 8 / 1000) * 1000);
    let matrix;
    try {
        matrix = await client.queryRange(query, from, to, span, context);
    }
    catch (error) {
        if (!(error instanceof failures/* QueryTooLarge */.G3))
            throw error;
        try {
            const vector = await client.query(query, to, context);
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
        counts.add(tag, one.metric[scope.dialect.server.service.namespace], most);
    }
    return counts;
}
/**
 * The scrape interval of the mesh's request counters near the window's end, from the data itself: the median
 * count of samples per series in 10 minutes, rounded down to a common interval for the step (never finer than the
 * data) and up for the rate window (never fewer than two samples). Both 0 when there is nothing to count.
 */
async function scrapeIntervalMs(client, dialect, request, context) {
    const scope = { dialect, namespaces: request.namespaces };
    const vector = await client.query((0,mesh_queries/* scrapeIntervalQuery */.t_)(scope, INTERVAL_PROBE_MS), request.to, context);
    const interval = (0,mesh_queries/* scrapeIntervalSeconds */.LN)(Number(vector[0]?.value[1]), INTERVAL_PROBE_MS);
    return { roundedDown: 1000 * (interval?.roundedDown ?? 0), roundedUp: 1000 * (interval?.roundedUp ?? 0) };
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
/** Samples a stock server evaluates per second, for the default overall deadline (a low estimate). */
const SAMPLES_PER_SECOND = 2_000_000;
/** Answered points the server encodes and the tool reads per second, for the same deadline (a low estimate). */
const POINTS_PER_SECOND = 200_000;
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
        const probe = (0,mesh_queries/* meshProbeQuery */.UC)(Object.values(dialects.MESH_DIALECTS), span);
        // A server too small even for nine points is asked at the window's end alone.
        const answer = await this.client
            .queryRange(probe, from, window.to, span, context)
            .catch(async (error) => {
            if (!(error instanceof failures/* QueryTooLarge */.G3))
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
        const read = await this.openWindow(request);
        const { dialect, stepMs, steps, scope, context } = read;
        const counts = await countSeries(this.client, scope, from, from + steps * stepMs, context);
        const queries = windowQueries(counts, dialect);
        const { plan, groups, bucketPieces, work } = planWindow(read, counts, queries, {
            maxSamples: this.deps.maxSamples ?? DEFAULT_MAX_SAMPLES,
            maxResponseBytes: failures/* STREAMED_CAP_FACTOR */.DE *
                (this.deps.maxResponseBytes ?? this.options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES),
            concurrency: this.options.concurrency,
        });
        if (this.deps.deadlineMs === undefined && this.options.deadlineMs === undefined) {
            context.deadlineMs = this.deadlineMs(work);
            context.deadline = Date.now() + context.deadlineMs;
        }
        const readings = this.readingsFor(read, counts, queries);
        const progress = { total: 1 + plan.reduce((sum, one) => sum + one.pieces.length, 0), done: 1 };
        request.onProgress?.(progress.done / progress.total, 'counted the series');
        const output = windowOutput(read, readings, groups);
        const runAll = this.pieceRunner(read, readings, output.emission, groups, [...counts.namespaces].sort(), progress);
        await runAll(plan);
        // Services of namespaces no group named (they appeared after the count's samples): their buckets now.
        const grouped = new Set(groups.flat());
        const late = groups.length > 0
            ? [...new Set(output.knownKeys().map((key) => key.namespace))].filter((namespace) => !grouped.has(namespace))
            : [];
        const bucketQueries = queries.filter((query) => isBucketQuery(query.key));
        if (late.length > 0 && bucketQueries.length > 0) {
            const lateGroup = late.sort();
            output.emission.addGroup(lateGroup);
            await runAll(bucketQueries.map((query) => ({ query, pieces: bucketPieces(query, lateGroup) })));
        }
        if (readings.servicesOf('total').length === 0 && readings.servicesOf('l4').length === 0) {
            throw (0,detect/* noMeshMetricsError */.Cx)(this.client.displayUrl, { from, to, namespaces: request.namespaces }, dialect);
        }
        output.emission.emit();
        return this.finish(read, readings, output);
    }
    /**
     * The window's reading opened: the calls' shared context (the first failure cancels the rest), the dialect, the
     * step (never finer than the data), the query scope and the namer of the server view's series.
     */
    async openWindow(request) {
        const { from, to } = request;
        // The first failure cancels the queries still queued or in flight: one error, not thirteen.
        const failed = new AbortController();
        const limit = new AdaptiveLimit(Math.max(1, this.options.concurrency));
        const context = this.callContext(this.deadlineMs({ samples: 0, points: 0 }), request.signal ? AbortSignal.any([request.signal, failed.signal]) : failed.signal, () => limit.overloaded());
        const dialect = await this.dialect({ from, to, signal: context.signal });
        // A step finer than the scrape interval doubles the work for no information: never finer than the data.
        const interval = await scrapeIntervalMs(this.client, dialect, request, context);
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
        return { request, from, to, failed, limit, context, dialect, stepMs, steps, scope, refused, namer };
    }
    /** The arrays the counted series need (twice, and some), never more than the fixed ceiling (readings.ts). */
    readingsFor(read, counts, queries) {
        const expectedArrays = counts.get('services') * queries.length +
            counts.get('bucketOutputs') +
            counts.get('edges') * queries.length +
            counts.get('edgeBucketOutputs');
        const ceiling = seriesCeiling(read.steps, expectedArrays, this.deps.maxSeriesArrays);
        return new Readings(read.steps, ceiling, this.client.displayUrl, expectedArrays > 0 && ceiling === 2 * expectedArrays + 10_000);
    }
    /**
     * Runs a plan's pieces, each into the readings: a piece too large for the server (its sample limit, the request
     * timeout, the response cap) is asked again in halves, fewer at once; the first other failure stops them all.
     */
    pieceRunner(read, readings, emission, groups, namespaces, progress) {
        const { request, from, stepMs, scope, context, failed, limit } = read;
        const targetOfQuery = queryTargets(read.dialect, read.namer, read.refused);
        const tagOf = (query, piece) => emission.tagOf(isBucketQuery(query.key), piece.namespaces);
        const runPiece = async (query, piece, tag = tagOf(query, piece)) => {
            if (failed.signal.aborted)
                return;
            try {
                await limit.run(() => this.client.queryRangeInto(query.build({ ...scope, namespaces: piece.namespaces ?? scope.namespaces }), from + (piece.first + 1) * stepMs, from + (piece.last + 1) * stepMs, stepMs, context, readings.sink(query.key, from, stepMs, targetOfQuery(query.key))));
                limit.succeeded();
                request.onProgress?.(++progress.done / progress.total, `fetched the ${query.key} series`);
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
                        progress.total += 1;
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
        return async (work) => {
            for (const { query, pieces } of work)
                for (const piece of pieces)
                    emission.expect(tagOf(query, piece));
            // Asked in turn (in flight as the limit allows): every query's pieces that no group waits for, then each
            // group's pieces of every bucket query before the next group's, so each group is learned and let go while
            // the server computes the next, not all of them at the end.
            const groupOf = (query, piece) => isBucketQuery(query.key) && piece.namespaces ? groups.indexOf(piece.namespaces) + 1 : 0;
            const order = work
                .flatMap(({ query, pieces }) => pieces.map((piece) => ({ query, piece })))
                .sort((a, b) => groupOf(a.query, a.piece) - groupOf(b.query, b.piece));
            const results = await Promise.allSettled(order.map(({ query, piece }) => runPiece(query, piece)));
            const failure = results.find((result) => result.status === 'rejected');
            if (failure)
                throw failed.signal.reason ?? failure.reason;
        };
    }
    /** The collection: the series, the window's notes, and the versions each service ran where asked. */
    async finish(read, readings, output) {
        const { request, from, stepMs, steps, dialect, refused, scope, context, namer } = read;
        const { summaries, services, edges } = output;
        summaries.sort((a, b) => (0,types/* compareServiceKeys */.dt)(a.service, b.service));
        // Finite bounds, as histogramBuckets always listed them.
        const histogramBuckets = readings.bucketBounds().filter(Number.isFinite);
        const stepNote = stepMs !== request.stepMs
            ? `read at the scrape interval of ${stepMs / 1000} s, not the requested step of ${request.stepMs / 1000} s: a finer step holds no more information`
            : undefined;
        const notes = [
            stepNote,
            (0,series_notes/* missingStatsNote */.G7)(summaries, dialect),
            (0,series_notes/* l4OnlyNote */.TW)(summaries, dialect),
            (0,series_notes/* darkServicesNote */.vB)(summaries, from, stepMs),
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

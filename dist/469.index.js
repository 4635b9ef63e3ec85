export const id = 469;
export const ids = [469];
export const modules = {

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

/***/ 68469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_FAULT_MAGNITUDE: () => (/* binding */ DEFAULT_FAULT_MAGNITUDE),
  SimulatedSource: () => (/* binding */ SimulatedSource)
});

// EXTERNAL MODULE: ./src/core/types.ts + 1 modules
var types = __webpack_require__(87176);
// EXTERNAL MODULE: ./src/core/edges.ts
var edges = __webpack_require__(45869);
// EXTERNAL MODULE: ./src/core/series.ts
var core_series = __webpack_require__(34990);
;// CONCATENATED MODULE: ./src/sources/simulated/noise.ts
/**
 * Seeded noise for the simulated meshes: every draw is a pure function of (seed, service, step, channel), so a
 * learn and a later scan of the same time see the same mesh. Pure.
 */
/** A fast integer hash of four numbers → [0, 1). */
function unit(a, b, c, d) {
    let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
    h = Math.imul(h ^ (b + 0x7f4a7c15) ^ (h >>> 15), 0xc2b2ae35);
    h = Math.imul(h ^ (c * 0x27d4eb2d) ^ (h >>> 13), 0x165667b1);
    h = Math.imul(h ^ (d + 0x61c88647) ^ (h >>> 16), 0x85ebca6b);
    h ^= h >>> 15;
    return ((h >>> 0) + 0.5) / 4294967296;
}
class Noise {
    seed;
    service;
    step;
    channel = 0;
    constructor(seed, service, step) {
        this.seed = seed;
        this.service = service;
        this.step = step;
    }
    uniform() {
        return unit(this.seed, this.service, this.step, this.channel++);
    }
    normal() {
        const u1 = this.uniform();
        const u2 = this.uniform();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
    /** Poisson by inversion for small means, the normal approximation for large ones. */
    poisson(mean) {
        if (mean <= 0)
            return 0;
        if (mean > 30)
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
        const limit = Math.exp(-mean);
        let k = 0;
        let p = this.uniform();
        while (p > limit && k < 1000) {
            k++;
            p *= this.uniform();
        }
        return k;
    }
}

;// CONCATENATED MODULE: ./src/sources/simulated/topologies.ts
/**
 * The simulated meshes: service names and their normal operating points. Bookinfo is the default;
 * Online Boutique has a quiet service; `generated:N` builds N services for scale tests.
 */
/** The simulated day, shared by the plain and the realistic mesh. */
const DAY_MS = 86_400_000;
/** Burst modes switch on and off in blocks of this length. */
const BURST_BLOCK_MS = 600_000;
/** A burst mode carries this much more traffic than the daily curve: a second normal mode, not a spike. */
const BURST_TRAFFIC = 1.4;
function svc(namespace, name, rate, p50, extra = {}) {
    return {
        namespace,
        name,
        rate,
        errorRatio: 0.002,
        p50,
        p90Factor: 2.2,
        p99Factor: 4.5,
        retryRatio: 0.01,
        timeoutRatio: 0.001,
        overflowRatio: 0.0005,
        dailySwing: 0.3,
        burstShare: 0.12,
        ...extra,
    };
}
const BOOKINFO = [
    svc('bookinfo', 'productpage', 40, 35, { errorRatio: 0.003 }),
    svc('bookinfo', 'details', 40, 4),
    svc('bookinfo', 'reviews', 40, 18, { retryRatio: 0.015 }),
    svc('bookinfo', 'ratings', 27, 3, { errorRatio: 0.001 }),
];
const BOUTIQUE = [
    svc('boutique', 'frontend', 60, 45, { errorRatio: 0.004 }),
    svc('boutique', 'productcatalogservice', 120, 6),
    svc('boutique', 'currencyservice', 150, 3),
    svc('boutique', 'cartservice', 35, 8),
    svc('boutique', 'recommendationservice', 30, 25),
    svc('boutique', 'adservice', 25, 12, { errorRatio: 0.005 }),
    svc('boutique', 'checkoutservice', 4, 90),
    svc('boutique', 'paymentservice', 4, 30, { errorRatio: 0.001 }),
    svc('boutique', 'shippingservice', 8, 7),
    svc('boutique', 'emailservice', 0.2, 20),
];
/** A deterministic pseudo-random value in [0, 1) for a string key (FNV-1a then an avalanche). */
function hashUnit(key) {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) {
        h ^= key.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return (h >>> 0) / 4294967296;
}
/** N services over ceil(N/50) namespaces, with operating points spread over realistic ranges. */
function generated(count, seed) {
    return Array.from({ length: count }, (_, i) => {
        const u = (k) => hashUnit(`${seed}:${i}:${k}`);
        return svc(`mesh-${Math.floor(i / 50)}`, `svc-${String(i).padStart(5, '0')}`, 2 + 200 * u('rate') ** 2, 2 + 120 * u('p50') ** 2, {
            errorRatio: 0.0005 + 0.006 * u('err'),
            retryRatio: 0.02 * u('retry'),
            dailySwing: 0.1 + 0.35 * u('swing'),
            burstShare: 0.2 * u('burst'),
        });
    });
}
const BOOKINFO_CALLS = [
    { caller: 'productpage', callee: 'details', perRequest: 1 },
    { caller: 'productpage', callee: 'reviews', perRequest: 1 },
    // reviews v2 and v3 call ratings, v1 does not.
    { caller: 'reviews', callee: 'ratings', perRequest: 0.67 },
];
const BOUTIQUE_CALLS = [
    { caller: 'frontend', callee: 'productcatalogservice', perRequest: 1.5 },
    { caller: 'frontend', callee: 'currencyservice', perRequest: 2 },
    { caller: 'frontend', callee: 'cartservice', perRequest: 0.5 },
    { caller: 'frontend', callee: 'recommendationservice', perRequest: 0.5 },
    { caller: 'frontend', callee: 'adservice', perRequest: 0.4 },
    { caller: 'frontend', callee: 'checkoutservice', perRequest: 0.07 },
    { caller: 'frontend', callee: 'shippingservice', perRequest: 0.07 },
    { caller: 'recommendationservice', callee: 'productcatalogservice', perRequest: 1 },
    { caller: 'checkoutservice', callee: 'paymentservice', perRequest: 1 },
    { caller: 'checkoutservice', callee: 'shippingservice', perRequest: 1 },
    { caller: 'checkoutservice', callee: 'cartservice', perRequest: 1 },
    { caller: 'checkoutservice', callee: 'currencyservice', perRequest: 2 },
    { caller: 'checkoutservice', callee: 'productcatalogservice', perRequest: 2 },
    { caller: 'checkoutservice', callee: 'emailservice', perRequest: 0.05 },
];
/** A layered DAG: each generated service calls one to three services after it, within its namespace's reach. */
function generatedCalls(services, seed) {
    const calls = [];
    services.forEach((caller, i) => {
        const u = (k) => hashUnit(`${seed}:${i}:calls:${k}`);
        // A fifth of the services are leaves; the last ones have nothing after them.
        if (u('leaf') < 0.2)
            return;
        const fanOut = 1 + Math.floor(u('fan') * 3);
        const seen = new Set();
        for (let c = 0; c < fanOut; c++) {
            const j = i + 1 + Math.floor(u(`to${c}`) * Math.min(8, services.length - i - 1));
            if (j >= services.length || seen.has(j))
                continue;
            seen.add(j);
            calls.push({ caller: caller.name, callee: services[j].name, perRequest: 0.3 + 0.7 * u(`k${c}`) });
        }
    });
    return calls;
}
/** The calls between a topology's services. */
function topologyCalls(name, seed) {
    if (name === 'bookinfo')
        return BOOKINFO_CALLS;
    if (name === 'boutique')
        return BOUTIQUE_CALLS;
    const services = topology(name, seed);
    return services.length > 0 ? generatedCalls(services, seed) : [];
}
const TOPOLOGY_NAMES = ['bookinfo', 'boutique', 'generated:N', 'realistic:<any of these>'];
function topology(name, seed) {
    if (name === 'bookinfo')
        return BOOKINFO;
    if (name === 'boutique')
        return BOUTIQUE;
    const match = /^generated:(\d+)$/.exec(name);
    if (match && Number(match[1]) >= 1)
        return generated(Number(match[1]), seed);
    return [];
}

;// CONCATENATED MODULE: ./src/sources/simulated/propagation.ts

/** The share of a callee's failures its caller returns to its own clients (the rest it retries or degrades). */
const RETURNED_ERROR_SHARE = 0.6;
/** Istio's default retry policy: two more attempts on a retriable failure. */
const RETRY_ATTEMPTS = 2;
/** A callee hit by this share of a caller's requests or more sits in the caller's p99 tail. */
const TAIL_SHARE = 0.1;
/** What the client-side proxy adds to a call's latency (ms): the sidecar hop and mTLS. */
const PROXY_HOP_MS = 1;
/** What a lost packet costs the request that waits for its retransmission (ms): TCP's minimum retransmit timeout. */
const RETRANSMIT_MS = 200;
const NEUTRAL = { rateFactor: 1, errorAdd: 0, p50AddMs: 0, p99AddMs: 0, retryAdd: 0 };
/** The error ratio a service's own faults add over its normal one (as source.ts applies them). */
function ownErrorExcess(spec, faults) {
    let errorP = faults.get('error_rate') ?? spec.errorRatio;
    errorP += faults.get('timeout') ?? 0;
    errorP += faults.get('circuit_breaker') ?? 0;
    return Math.max(0, Math.min(1, errorP) - spec.errorRatio);
}
/** Callers before callees (Kahn); a cycle, which no built-in topology has, falls back to index order. */
function topologicalOrder(count, calls) {
    const indegree = new Array(count).fill(0);
    for (const c of calls)
        indegree[c.to]++;
    const out = groupBy(calls, count, (c) => c.from);
    const queue = indegree.flatMap((d, i) => (d === 0 ? [i] : []));
    const order = [];
    const placed = new Set();
    for (let head = 0; head < queue.length; head++) {
        const at = queue[head];
        order.push(at);
        placed.add(at);
        for (const c of out[at])
            if (--indegree[c.to] === 0)
                queue.push(c.to);
    }
    for (let i = 0; i < count; i++)
        if (!placed.has(i))
            order.push(i);
    return order;
}
/** Items by index (a caller's calls, a callee's callers) in one pass: meshes of 10,000 services stay linear. */
function groupBy(items, count, indexOf) {
    const groups = Array.from({ length: count }, () => []);
    for (const item of items)
        groups[indexOf(item)].push(item);
    return groups;
}
/** Calls by service index, with each caller's share of its callee's traffic. Unknown names are skipped. */
function resolveCalls(services, calls) {
    const index = new Map(services.map((s, i) => [s.name, i]));
    const resolved = calls.flatMap((c) => {
        const from = index.get(c.caller);
        const to = index.get(c.callee);
        if (from === undefined || to === undefined || from === to)
            return [];
        const share = Math.min(1, (services[from].rate * c.perRequest) / Math.max(services[to].rate, 1e-9));
        return [{ from, to, perRequest: c.perRequest, share, reaching: c.perRequest }];
    });
    // Shares of one callee add up to at most 1: the rest of its traffic comes from outside the mesh.
    for (const incoming of groupBy(resolved, services.length, (c) => c.to)) {
        const total = incoming.reduce((sum, c) => sum + c.share, 0);
        if (total > 1)
            for (const c of incoming)
                c.share /= total;
    }
    for (const c of resolved) {
        const sent = (c.share * services[c.to].rate) / Math.max(services[c.from].rate, 1e-9);
        c.reaching = Math.min(c.perRequest, sent);
    }
    return resolved;
}
/**
 * The effect of the faults on every service: errors and latency flow from callees to callers (callees first),
 * load flows from callers to callees (callers first), retries of failed calls add load to the failing callee.
 * `ownDelayOf`: the delay on a service's own network, which its calls out wait too (default: its network delay; a
 * delay to one version's pods alone is what its callers see, diluted, but delays only that version's calls out).
 */
function propagateFaults(services, calls, faultsOf, ownDelayOf = (spec) => faultsOf(spec).get('network_delay') ?? 0) {
    const effects = services.map(() => ({ ...NEUTRAL }));
    const faults = services.map(faultsOf);
    if (faults.every((f) => f.size === 0))
        return effects;
    const order = topologicalOrder(services.length, calls);
    const outgoing = groupBy(calls, services.length, (c) => c.from);
    const incomingOf = groupBy(calls, services.length, (c) => c.to);
    const errorExcess = services.map((spec, i) => ownErrorExcess(spec, faults[i]));
    const p50Excess = services.map((spec, i) => spec.p50 * ((faults[i].get('latency') ?? 1) - 1));
    const p99Excess = services.map((spec, i) => p50Excess[i] * spec.p99Factor);
    // What callers wait for beyond the callee's own time: the network to it, a lost packet's retransmission.
    const delay = faults.map((f) => f.get('network_delay') ?? 0);
    const ownDelay = services.map(ownDelayOf);
    const loss = faults.map((f) => f.get('packet_loss') ?? 0);
    const seenP50 = (i) => p50Excess[i] + delay[i] + retransmitMs(loss[i], 'latencyP50');
    const seenP99 = (i) => p99Excess[i] + delay[i] + retransmitMs(loss[i], 'latencyP99');
    for (const at of [...order].reverse()) {
        // A request fails when any of its calls returns a failure; it waits for its slowest callee (calls to
        // several callees run side by side), so a deep, wide graph does not multiply a slowdown.
        let allSucceed = 1;
        for (const call of outgoing[at]) {
            const touched = Math.min(1, call.reaching);
            // Its own network delays what it sends as much as what it answers: every call out waits that much more.
            allSucceed *= 1 - touched * errorExcess[call.to] * RETURNED_ERROR_SHARE;
            effects[at].p50AddMs = Math.max(effects[at].p50AddMs, touched * (seenP50(call.to) + ownDelay[at]));
            effects[at].p99AddMs = Math.max(effects[at].p99AddMs, Math.min(1, call.reaching / TAIL_SHARE) * (seenP99(call.to) + ownDelay[at]));
        }
        effects[at].errorAdd = Math.min(1 - services[at].errorRatio, 1 - allSucceed);
        errorExcess[at] = Math.min(1, errorExcess[at] + effects[at].errorAdd);
        p50Excess[at] += effects[at].p50AddMs;
        p99Excess[at] += effects[at].p99AddMs;
    }
    const ownRate = (i) => (faults[i].get('traffic_spike') ?? 1) * (faults[i].get('traffic_drop') ?? 1);
    const offered = services.map((_, i) => ownRate(i));
    for (const at of order) {
        const incoming = incomingOf[at];
        const fromCallers = incoming.reduce((sum, c) => sum + c.share * offered[c.from], 0);
        const outside = Math.max(0, 1 - incoming.reduce((sum, c) => sum + c.share, 0));
        if (incoming.length > 0)
            offered[at] = (outside + fromCallers) * ownRate(at);
        const retried = incoming.reduce((sum, c) => sum + c.share * errorExcess[at] * RETRY_ATTEMPTS, 0);
        effects[at].retryAdd = retried;
        // The service's own rate fault is applied by the simulator itself; the rest is propagated. Packets lost on the
        // way to it come back as its callers' retries: more attempts reach it.
        effects[at].rateFactor = (offered[at] / ownRate(at)) * (1 + retried) * (1 + loss[at]);
    }
    return effects;
}
/**
 * What a packet loss adds to a latency quantile: a retransmission, once the share of requests that lose a packet
 * reaches the share above that quantile (half of them for the p50, one in a hundred for the p99).
 */
function retransmitMs(loss, quantile) {
    const above = { latencyP50: 0.5, latencyP90: 0.1, latencyP99: 0.01 }[quantile];
    return loss >= above ? RETRANSMIT_MS : 0;
}
/**
 * A callee's traffic as its callers' proxies see it, from its own series: every request, its errors, timeouts and
 * overflows; the retries its callers made (its own retry ratio, plus the lost packets); the latency the proxy hop,
 * the network delay and the retransmissions add. The plain simulator's view; the realistic one draws its own
 * (realism.ts).
 */
function callerView(series, faults) {
    const steps = series.requests.length;
    const values = (0,core_series/* metricArrays */.FR)((metric) => [...series.values[metric]]);
    for (let i = 0; i < steps; i++) {
        const { delayMs, loss } = faults[i] ?? { delayMs: 0, loss: 0 };
        const add = (metric, ms) => {
            const v = values[metric][i];
            if (v !== null)
                values[metric][i] = v + ms;
        };
        for (const quantile of ['latencyP50', 'latencyP90', 'latencyP99'])
            add(quantile, PROXY_HOP_MS + delayMs + retransmitMs(loss, quantile));
        const retries = values.retryRatio[i];
        if (retries !== null)
            values.retryRatio[i] = Math.min(1, retries + loss);
    }
    return {
        service: series.service,
        requests: [...series.requests],
        values,
        unavailable: [...series.unavailable],
    };
}
/**
 * callerView with the series' latency buckets moved by the hop and the delay too: a version's, which a rollout
 * compares in its buckets (a retransmission moves its quantiles only).
 */
function callerViewWithBuckets(series, faults) {
    const view = callerView(series, faults);
    if (!series.latencyBuckets)
        return view;
    const { bounds, counts } = series.latencyBuckets;
    const moved = counts.map((row, i) => row ? shiftedBuckets(bounds, row, PROXY_HOP_MS + (faults[i]?.delayMs ?? 0)) : null);
    return { ...view, latencyBuckets: { bounds, counts: moved } };
}
/** Cumulative bucket counts with every request `addMs` slower: the count at or below le is the old count at le − add. */
function shiftedBuckets(bounds, counts, addMs) {
    const below = (x) => {
        if (x <= 0)
            return 0;
        let lower = 0;
        let lowerCount = 0;
        for (let b = 0; b < bounds.length; b++) {
            if (x <= bounds[b]) {
                if (bounds[b] === Infinity)
                    return lowerCount;
                return lowerCount + ((counts[b] - lowerCount) * (x - lower)) / (bounds[b] - lower);
            }
            lower = bounds[b];
            lowerCount = counts[b];
        }
        return lowerCount;
    };
    return bounds.map((le, b) => (le === Infinity ? counts[b] : below(le - addMs)));
}
/** A series with every request of step i `delays[i]` ms slower: what a delay on the caller's own network adds. */
function delayed(series, delays) {
    if (!delays.some((d) => d > 0))
        return series;
    const values = (0,core_series/* metricArrays */.FR)((metric) => series.values[metric].map((v, i) => v !== null &&
        delays[i] > 0 &&
        (metric === 'latencyP50' || metric === 'latencyP90' || metric === 'latencyP99')
        ? v + delays[i]
        : v));
    const out = { ...series, values };
    if (series.latencyBuckets) {
        const { bounds } = series.latencyBuckets;
        out.latencyBuckets = {
            bounds,
            counts: series.latencyBuckets.counts.map((c, i) => c && delays[i] > 0 ? shiftedBuckets(bounds, c, delays[i]) : c),
        };
    }
    return out;
}
/** One caller's share of a callee's series (as its callers see it): requests and buckets scaled, ratios as they are. */
function shareOf(series, share) {
    const scaled = {
        service: series.service,
        requests: series.requests.map((r) => r * share),
        values: (0,core_series/* metricArrays */.FR)((metric) => metric === 'requestRate'
            ? series.values[metric].map((v) => (v === null ? null : v * share))
            : [...series.values[metric]]),
        unavailable: [...series.unavailable],
    };
    if (series.latencyBuckets)
        scaled.latencyBuckets = {
            bounds: series.latencyBuckets.bounds,
            counts: series.latencyBuckets.counts.map((c) => (c ? c.map((n) => n * share) : null)),
        };
    return scaled;
}
/**
 * The call graph's edges over a collected window, as the callers' proxies saw them: each callee's traffic from its
 * callers (`callerSide`: the callee as all its callers see it) split by each caller's share, the rest from outside
 * the mesh. Each call also gets the callee's own view (`server`), its p99 what the callee answered.
 */
function simulatedEdges(services, calls, series, callerSide, 
/** Per service, what a delay on its own network adds to each step of its calls out (ms). */
ownDelays = new Map()) {
    const edges = [];
    const key = (i) => ({ namespace: services[i].namespace, name: services[i].name });
    const incoming = groupBy(calls, services.length, (c) => c.to);
    for (const [index, seen] of callerSide) {
        const callee = key(index);
        const own = series.get(index);
        let fromCallers = 0;
        for (const call of incoming[index]) {
            if (!series.has(call.from))
                continue;
            fromCallers += call.share;
            const caller = key(call.from);
            const out = ownDelays.get(call.from);
            const share = shareOf(seen, call.share);
            edges.push({ ...(out ? delayed(share, out) : share), caller, callee, side: 'client' });
            edges.push({ ...shareOf(own, call.share), caller, callee, side: 'server' });
        }
        const outside = Math.max(0, 1 - incoming[index].reduce((sum, c) => sum + c.share, 0));
        if (outside > 1e-9)
            edges.push({ ...shareOf(seen, outside), caller: null, callee, side: 'client' });
        if (fromCallers === 0 && outside <= 1e-9)
            edges.push({ ...seen, caller: null, callee, side: 'client' });
    }
    return edges;
}

;// CONCATENATED MODULE: ./src/sources/simulated/buckets.ts
/**
 * Envoy's default latency histogram bounds (ms): the buckets of istio_request_duration_milliseconds, which the
 * simulated mesh fills (the +Inf bucket is implied; the realistic data writes it out).
 */
const ENVOY_DEFAULT_BUCKETS = [
    0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000, 600000, 1800000,
    3600000,
];
/** The same bounds, then +Inf, as a scrape or a Prometheus answer lists them. */
const ENVOY_BUCKETS_WITH_INF = [...ENVOY_DEFAULT_BUCKETS, Infinity];

;// CONCATENATED MODULE: ./src/sources/simulated/realism.ts




const REALISTIC_PREFIX = 'realistic:';
/** Prometheus scrapes the sidecars this often. */
const SCRAPE_MS = 15_000;
/** The rate() window of the queries, as the Prometheus source asks at a 15 s step. */
const RATE_WINDOW_MS = 120_000;
const GAP_BLOCK_SCRAPES = 40;
const RESTART_DOWN_MS = 30_000;
const RESTART_COLD_MS = 120_000;
function realismOf(spec, seed) {
    const u = (k) => hashUnit(`${seed}:${spec.namespace}/${spec.name}:${k}`);
    const heavy = u('heavy') < 0.5;
    return {
        latencyDrift: 0.05 + 0.3 * u('ldrift') ** 2,
        trafficDrift: 0.05 + 0.15 * u('tdrift'),
        pauseShare: heavy ? 0.02 + 0.06 * u('pause') : 0,
        pauseMs: (80 + 500 * u('pauseMs')) * (1 + spec.p50 / 100),
        pausedRequests: 0.03 + 0.2 * u('paused'),
        restartsPerDay: 3 * u('restarts'),
        gapShare: 0.03 + 0.05 * u('gaps'),
    };
}
/**
 * A realistic mesh's services: the topology's, with about a third (never the first, the entry) made quiet,
 * between 0.05 and 0.5 requests per second, as most services of a real mesh are.
 */
function realisticServices(services, seed) {
    return services.map((s, i) => {
        const u = (k) => hashUnit(`${seed}:${s.namespace}/${s.name}:${k}`);
        if (i === 0 || s.rate < 0.5 || u('quiet') >= 0.33)
            return s;
        return { ...s, rate: 0.05 + 0.45 * u('quietRate') };
    });
}
/** Standard normal CDF (Abramowitz-Stegun 7.1.26 through erf; error < 1.5e-7). */
function phi(z) {
    const x = Math.abs(z) / Math.SQRT2;
    const t = 1 / (1 + 0.3275911 * x);
    const y = 1 -
        ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
            t *
            Math.exp(-x * x);
    return z >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}
/** Binomial draw: exact for small n, the normal approximation for large. */
function binomial(noise, n, p) {
    if (n <= 0 || p <= 0)
        return 0;
    if (p >= 1)
        return n;
    if (n <= 40) {
        let k = 0;
        for (let i = 0; i < n; i++)
            if (noise.uniform() < p)
                k++;
        return k;
    }
    const mean = n * p;
    const draw = Math.round(mean + Math.sqrt(mean * (1 - p)) * noise.normal());
    return Math.min(n, Math.max(0, draw));
}
function dayLevel(seed, index, day, channel, sd) {
    // Two uniforms → one normal, fixed per (service, day).
    const u1 = unit(seed, index, day, channel);
    const u2 = unit(seed, index, day, channel + 1);
    const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    return Math.exp(sd * Math.max(-2.5, Math.min(2.5, z)));
}
/** Restart times (ms) of a service on one day. */
function restartsOn(seed, index, day, perDay) {
    const count = Math.floor(perDay + unit(seed, index, day, 31));
    return Array.from({ length: count }, (_, k) => day * DAY_MS + unit(seed, index, day, 40 + k) * DAY_MS);
}
class ScrapeModel {
    r;
    realism;
    sigma;
    phase;
    restartCache = new Map();
    constructor(r) {
        this.r = r;
        this.realism = realismOf(r.spec, r.seed);
        // Log-normal spread so that p90 / p50 is the service's p90 factor.
        this.sigma = Math.log(Math.max(1.2, r.spec.p90Factor)) / 1.2816;
        this.phase = 2 * Math.PI * unit(r.seed, r.index, -1, 0);
    }
    sinceRestart(t) {
        const day = Math.floor(t / DAY_MS);
        let best = null;
        for (const d of [day - 1, day]) {
            let times = this.restartCache.get(d);
            if (!times) {
                times = restartsOn(this.r.seed, this.r.index, d, this.realism.restartsPerDay);
                this.restartCache.set(d, times);
            }
            for (const at of times)
                if (at <= t && (best === null || t - at < best))
                    best = t - at;
        }
        return best;
    }
    missed(k, since) {
        if (since !== null && since < RESTART_DOWN_MS)
            return true; // the pod is gone: nothing to scrape
        const block = Math.floor(k / GAP_BLOCK_SCRAPES);
        if (unit(this.r.seed, this.r.index, block, 23) >= this.realism.gapShare)
            return false;
        const start = Math.floor(unit(this.r.seed, this.r.index, block, 24) * GAP_BLOCK_SCRAPES);
        const length = 1 + Math.floor(unit(this.r.seed, this.r.index, block, 25) * 10);
        const offset = k - block * GAP_BLOCK_SCRAPES;
        return offset >= start && offset < start + length;
    }
    /** The increments of scrape k (absolute index: it ends at k × SCRAPE_MS). */
    // eslint-disable-next-line max-lines-per-function -- one scrape's random draws in a fixed order: the seeded stream, and every benchmark figure, depend on it
    scrape(k) {
        const { spec, seed, index } = this.r;
        const t = k * SCRAPE_MS;
        const noise = new Noise(seed, index + 7919 + (this.r.part?.noiseStream ?? 0), k);
        const active = t >= this.r.faultFrom ? this.r.faults : undefined;
        const day = Math.floor(t / DAY_MS);
        const since = this.sinceRestart(t);
        const cold = since !== null && since < RESTART_COLD_MS;
        const daily = 1 + spec.dailySwing * Math.sin((2 * Math.PI * t) / DAY_MS + this.phase);
        const inBurst = unit(seed, index, Math.floor(t / BURST_BLOCK_MS), 7) < spec.burstShare;
        let rate = spec.rate *
            dayLevel(seed, index, day, 51, this.realism.trafficDrift) *
            daily *
            (inBurst ? BURST_TRAFFIC : 1) *
            (1 + 0.03 * noise.normal());
        if (active?.has('traffic_spike'))
            rate *= active.get('traffic_spike');
        if (active?.has('traffic_drop'))
            rate *= active.get('traffic_drop');
        const effect = active ? this.r.effect : null;
        if (effect)
            rate *= effect.rateFactor;
        if (this.r.part)
            rate *= this.r.part.share(t);
        const requests = noise.poisson(Math.max(0, rate) * (SCRAPE_MS / 1000));
        let errorP = spec.errorRatio + (cold ? 0.02 : 0);
        let retryP = spec.retryRatio;
        let timeoutP = spec.timeoutRatio;
        let overflowP = spec.overflowRatio;
        if (active?.has('error_rate'))
            errorP = active.get('error_rate');
        if (active?.has('retry_storm'))
            retryP = active.get('retry_storm');
        if (active?.has('timeout')) {
            timeoutP = active.get('timeout');
            errorP += timeoutP;
        }
        if (active?.has('circuit_breaker'))
            overflowP = active.get('circuit_breaker');
        if (effect) {
            errorP += effect.errorAdd;
            retryP += effect.retryAdd;
        }
        const delayMs = active?.get('network_delay') ?? 0;
        const loss = active?.get('packet_loss') ?? 0;
        const load = 1 + 0.15 * (daily * (inBurst ? BURST_TRAFFIC : 1) - 1);
        const median = spec.p50 *
            dayLevel(seed, index, day, 61, this.realism.latencyDrift) *
            load *
            (active?.get('latency') ?? 1) *
            (cold ? 2.5 : 1) *
            Math.max(0.5, 1 + 0.04 * noise.normal());
        // Time waiting on slow callees is added to every request, as a network delay is to its callers' view: a wait
        // of 50 ms makes the p99 50 ms longer, not as much longer as the service's own spread would stretch it.
        const waitMs = (effect?.p50AddMs ?? 0) * load;
        const paused = this.realism.pauseShare > 0 && noise.uniform() < this.realism.pauseShare;
        const pauseMs = paused ? this.realism.pauseMs * (0.5 + noise.uniform()) : 0;
        const pausedShare = paused ? this.realism.pausedRequests : 0;
        const own = (x) => (x > 0 ? phi((Math.log(x) - Math.log(median)) / this.sigma) : 0);
        const cdf = (x) => {
            if (x === Infinity)
                return 1;
            const base = own(x - waitMs);
            const late = own(x - waitMs - pauseMs);
            return (1 - pausedShare) * base + pausedShare * late;
        };
        // The callers wait for the hop and the network too, and a lost packet's requests for its retransmission.
        const shift = PROXY_HOP_MS + delayMs;
        const clientCdf = (x) => x === Infinity ? 1 : (1 - loss) * cdf(x - shift) + loss * cdf(x - shift - RETRANSMIT_MS);
        // Requests the callers' circuit breakers refused never reach the service; lost packets are retried to it.
        const refused = binomial(noise, requests, Math.min(1, overflowP));
        const lostRetried = binomial(noise, requests - refused, Math.min(1, loss));
        const served = requests - refused + lostRetried;
        const serverErrors = Math.min(served, binomial(noise, served, Math.min(1, errorP)));
        const timeouts = Math.min(served, binomial(noise, served, Math.min(1, timeoutP)));
        const callerErrors = Math.min(requests, Math.round((serverErrors * (requests - refused)) / Math.max(1, served)) + refused);
        return {
            scraped: !this.missed(k, since),
            server: {
                requests: served,
                errors: serverErrors,
                retries: 0,
                timeouts,
                overflows: 0,
                buckets: drawBuckets(noise, served, cdf),
            },
            client: {
                requests,
                errors: callerErrors,
                retries: Math.min(requests, binomial(noise, requests, Math.min(1, retryP + loss))),
                timeouts: Math.min(requests, Math.round((timeouts * (requests - refused)) / Math.max(1, served))),
                overflows: refused,
                // Refused requests are answered at once by the caller's own proxy.
                buckets: drawBuckets(noise, requests - refused, clientCdf).map((n, b) => (b === 0 ? n + refused : n)),
            },
        };
    }
}
/** Requests drawn into Istio's default buckets by a latency distribution (non-cumulative counts). */
function drawBuckets(noise, requests, cdf) {
    const buckets = [];
    let left = requests;
    let leftP = 1;
    let previous = 0;
    for (const bound of ENVOY_BUCKETS_WITH_INF) {
        const F = cdf(bound);
        const p = Math.max(0, F - previous);
        previous = F;
        const n = bound === Infinity ? left : binomial(noise, left, leftP > 0 ? Math.min(1, p / leftP) : 0);
        buckets.push(n);
        left -= n;
        leftP -= p;
    }
    return buckets;
}
/** Every scrape the window's steps and rate windows need: the first one's index and the increments. */
function scrapes(r) {
    const model = new ScrapeModel(r);
    const firstScrape = Math.floor((r.from - RATE_WINDOW_MS) / SCRAPE_MS) + 1;
    const lastScrape = Math.floor((r.from + r.steps * r.stepMs) / SCRAPE_MS);
    const raw = [];
    for (let k = firstScrape; k <= lastScrape; k++)
        raw.push(model.scrape(k));
    return { firstScrape, raw };
}

// EXTERNAL MODULE: ./src/core/histogram.ts
var core_histogram = __webpack_require__(80365);
;// CONCATENATED MODULE: ./src/sources/simulated/realism-queries.ts




/**
 * A service's series as a Prometheus query_range would return it: at each step's end, rate() over the 2 minutes
 * before from the scrapes that happened (no value when fewer than two did), histogram_quantile over the same
 * window's bucket increments; `latencyBuckets` holds each step's own bucket increments (cumulative, like `le`).
 * Its own proxy's view, and its callers'.
 */
function simulateRealistic(r) {
    const scraped = scrapes(r);
    return {
        server: seriesFromScrapes(r, scraped, 'server'),
        callers: seriesFromScrapes(r, scraped, 'client'),
    };
}
function addCounts(a, b) {
    return {
        requests: a.requests + b.requests,
        errors: a.errors + b.errors,
        retries: a.retries + b.retries,
        timeouts: a.timeouts + b.timeouts,
        overflows: a.overflows + b.overflows,
        buckets: a.buckets.map((n, j) => n + b.buckets[j]),
    };
}
/** Scrapes of two sides added up, as one Prometheus sum over both versions' series: the service. */
function addScrapes(a, b) {
    return a.map((x, i) => ({
        scraped: x.scraped,
        server: addCounts(x.server, b[i].server),
        client: addCounts(x.client, b[i].client),
    }));
}
/**
 * One proxy's view of the scrapes as a Prometheus query_range would return it (see simulateRealistic): the
 * service's own (no retry or overflow flag, which only a caller's proxy sets: unavailable, never zero; nor
 * ejections), or its callers'.
 */
function seriesFromScrapes(r, { firstScrape, raw }, view = 'server') {
    const key = { namespace: r.spec.namespace, name: r.spec.name };
    const series = asQueried(key, raw.map((inc) => ({ scraped: inc.scraped, counts: inc[view] })), firstScrape, r);
    const hidden = view === 'server'
        ? ['retryRatio', 'overflowRatio', 'ejectionRate']
        : ['ejectionRate'];
    for (const metric of hidden)
        series.values[metric] = series.values[metric].map(() => null);
    series.unavailable = [...hidden];
    return series;
}
/** One proxy's scrapes as the queries would read them over the request's steps. */
// eslint-disable-next-line max-lines-per-function -- each query's view of the same raw scrapes, side by side so the counters agree
function asQueried(service, raw, firstScrape, r) {
    // Counters as Prometheus stores them: the running sums, seen only at the scrapes that happened.
    const buckets = ENVOY_BUCKETS_WITH_INF.length;
    const cumulative = [];
    const running = new Array(5 + buckets).fill(0);
    raw.forEach(({ scraped, counts: inc }, i) => {
        running[0] += inc.requests;
        running[1] += inc.errors;
        running[2] += inc.retries;
        running[3] += inc.timeouts;
        running[4] += inc.overflows;
        inc.buckets.forEach((n, b) => (running[5 + b] += n));
        cumulative.push(scraped ? { t: (firstScrape + i) * SCRAPE_MS, counts: [...running] } : null);
    });
    const at = (t) => Math.floor(t / SCRAPE_MS) - firstScrape;
    const series = {
        service: { ...service },
        requests: [],
        values: (0,core_series/* metricArrays */.FR)(),
        unavailable: [],
        latencyBuckets: { bounds: ENVOY_BUCKETS_WITH_INF, counts: [] },
    };
    const v = series.values;
    const stepSeconds = r.stepMs / 1000;
    for (let i = 0; i < r.steps; i++) {
        const end = r.from + (i + 1) * r.stepMs;
        const inWindow = [];
        for (let j = Math.max(0, at(end - RATE_WINDOW_MS) + 1); j <= Math.min(raw.length - 1, at(end)); j++) {
            const c = cumulative[j];
            if (c)
                inWindow.push(c);
        }
        // This step's own increments, from the scrapes inside it (a gap leaves them to the next scrape).
        const own = [];
        for (let j = Math.max(0, at(end - r.stepMs) + 1); j <= Math.min(raw.length - 1, at(end)); j++) {
            if (cumulative[j])
                own.push(j);
        }
        if (own.length > 0) {
            let before = at(end - r.stepMs);
            while (before >= 0 && !cumulative[before])
                before--;
            const last = cumulative[own[own.length - 1]].counts;
            const first = before >= 0 ? cumulative[before].counts : last;
            let sum = 0;
            const counts = [];
            for (let b = 0; b < buckets; b++) {
                sum += last[5 + b] - first[5 + b];
                counts.push(sum);
            }
            series.latencyBuckets.counts.push(counts);
        }
        else {
            series.latencyBuckets.counts.push(null);
        }
        if (inWindow.length < 2) {
            series.requests.push(0);
            for (const key of Object.keys(v))
                v[key].push(null);
            continue;
        }
        const first = inWindow[0];
        const last = inWindow[inWindow.length - 1];
        const span = (last.t - first.t) / 1000;
        const delta = (n) => last.counts[n] - first.counts[n];
        const rate = delta(0) / span;
        series.requests.push(rate * stepSeconds);
        v.requestRate.push(rate);
        v.ejectionRate.push(0);
        if (delta(0) <= 0) {
            for (const key of ['errorRatio', 'retryRatio', 'timeoutRatio', 'overflowRatio'])
                v[key].push(null);
            for (const key of ['latencyP50', 'latencyP90', 'latencyP99'])
                v[key].push(null);
            continue;
        }
        v.errorRatio.push(delta(1) / delta(0));
        v.retryRatio.push(delta(2) / delta(0));
        v.timeoutRatio.push(delta(3) / delta(0));
        v.overflowRatio.push(delta(4) / delta(0));
        let sum = 0;
        const histogram = ENVOY_BUCKETS_WITH_INF.map((le, b) => {
            sum += delta(5 + b);
            return { le, count: sum };
        });
        v.latencyP50.push((0,core_histogram/* histogramQuantile */.E)(0.5, histogram));
        v.latencyP90.push((0,core_histogram/* histogramQuantile */.E)(0.9, histogram));
        v.latencyP99.push((0,core_histogram/* histogramQuantile */.E)(0.99, histogram));
    }
    return series;
}

;// CONCATENATED MODULE: ./src/sources/simulated/rollout.ts






/** The version every service runs before a rollout, and the old side of one. */
const OLD_VERSION = 'v1';
/** The split's noise stream, apart from the service's own draws. */
const SPLIT_STREAM = 104_729;
/** Standard normal CDF (Abramowitz–Stegun 7.1.26 through erf; error < 1.5e-7). */
function rollout_phi(z) {
    const x = Math.abs(z) / Math.SQRT2;
    const t = 1 / (1 + 0.3275911 * x);
    const y = 1 -
        ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
            t *
            Math.exp(-x * x);
    return z >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}
/** Binomial draw: exact for small n, the normal approximation for large. */
function binomialDraw(noise, n, p) {
    if (n <= 0 || p <= 0)
        return 0;
    if (p >= 1)
        return n;
    if (n <= 40) {
        let k = 0;
        for (let i = 0; i < n; i++)
            if (noise.uniform() < p)
                k++;
        return k;
    }
    const mean = n * p;
    return Math.min(n, Math.max(0, Math.round(mean + Math.sqrt(mean * (1 - p)) * noise.normal())));
}
function shapeOf(p50, p99) {
    return { median: Math.max(1e-6, p50), sigma: Math.max(0.05, Math.log(Math.max(p99, p50) / p50) / 2.326) };
}
const cdf = (x, d) => (x === Infinity ? 1 : rollout_phi(Math.log(x / d.median) / d.sigma));
const quantileOf = (q, d) => d.median * Math.exp(d.sigma * zOf(q));
/** The standard normal quantile of the three quantiles the simulator reports. */
function zOf(q) {
    return q === 0.5 ? 0 : q === 0.9 ? 1.2816 : 2.3263;
}
/** The q-quantile of a mixture of log-normals (weights sum to 1), by bisection on the log scale. */
function mixtureQuantile(q, parts) {
    let lo = Math.log(Math.min(...parts.map((p) => quantileOf(q, p.shape))));
    let hi = Math.log(Math.max(...parts.map((p) => quantileOf(q, p.shape))));
    for (let i = 0; i < 50 && hi - lo > 1e-9; i++) {
        const mid = (lo + hi) / 2;
        const F = parts.reduce((sum, p) => sum + p.weight * cdf(Math.exp(mid), p.shape), 0);
        if (F < q)
            lo = mid;
        else
            hi = mid;
    }
    return Math.exp((lo + hi) / 2);
}
/** n requests drawn into the buckets of a log-normal: cumulative counts, like `le` (n may be a rate's fraction). */
function rollout_drawBuckets(noise, requests, shape) {
    const n = Math.round(requests);
    const scale = n > 0 ? requests / n : 0;
    const out = [];
    let left = n;
    let leftP = 1;
    let previous = 0;
    let sum = 0;
    for (const bound of ENVOY_BUCKETS_WITH_INF) {
        const F = cdf(bound, shape);
        const p = Math.max(0, F - previous);
        previous = F;
        const k = bound === Infinity ? left : binomialDraw(noise, left, leftP > 0 ? Math.min(1, p / leftP) : 0);
        left -= k;
        leftP -= p;
        sum += k;
        out.push(sum * scale);
    }
    return out;
}
/** The per-request probabilities of one version's events, as source.ts derives them from faults. */
function eventProbabilities(spec, faults, effect) {
    let error = faults.get('error_rate') ?? spec.errorRatio;
    let retry = faults.get('retry_storm') ?? spec.retryRatio;
    const timeout = faults.get('timeout') ?? spec.timeoutRatio;
    const overflow = faults.get('circuit_breaker') ?? spec.overflowRatio;
    if (faults.has('timeout'))
        error += timeout;
    if (faults.has('circuit_breaker'))
        error += overflow;
    if (effect) {
        error += effect.errorAdd;
        retry += effect.retryAdd;
    }
    return {
        errorRatio: Math.min(1, error),
        retryRatio: Math.min(1, retry),
        timeoutRatio: Math.min(1, timeout),
        overflowRatio: Math.min(1, overflow),
    };
}
/** Which of a version's faults redraw which counted metric. */
const REDRAWN_BY = {
    errorRatio: ['error_rate', 'timeout', 'circuit_breaker'],
    retryRatio: ['retry_storm'],
    timeoutRatio: ['timeout'],
    overflowRatio: ['circuit_breaker'],
};
const COUNTED = Object.keys(REDRAWN_BY);
const LATENCIES = ['latencyP50', 'latencyP90', 'latencyP99'];
const QUANTILE = { latencyP50: 0.5, latencyP90: 0.9, latencyP99: 0.99 };
/**
 * Splits a plain simulated service's series into its old and new version and redraws the new version's faulted
 * signals; returns the service's series with both versions' requests in it, and each version's own series.
 */
// eslint-disable-next-line max-lines-per-function -- both versions redrawn in one pass from one seeded stream: the order of draws is the data
function splitRollout(r) {
    const { series, stepMs } = r;
    const steps = series.requests.length;
    const stepSeconds = stepMs / 1000;
    const newP = eventProbabilities(r.spec, r.newFaults, r.effect);
    const slow = r.newFaults.get('latency') ?? 1;
    const traffic = (r.newFaults.get('traffic_spike') ?? 1) * (r.newFaults.get('traffic_drop') ?? 1);
    const service = { ...series, requests: [], values: (0,core_series/* metricArrays */.FR)() };
    const sides = [OLD_VERSION, r.rollout.version].map((version) => ({
        version,
        requests: [],
        values: (0,core_series/* metricArrays */.FR)(),
        counts: [],
    }));
    for (let i = 0; i < steps; i++) {
        const t = r.from + i * stepMs;
        const noise = new Noise(r.seed, r.index + SPLIT_STREAM, Math.floor(t / stepMs));
        const total = series.requests[i] ?? 0;
        const rolled = t >= r.deployAt;
        const drawnNew = rolled ? binomialDraw(noise, total, r.rollout.share) : 0;
        const n = [total - drawnNew, traffic === 1 ? drawnNew : noise.poisson(drawnNew * traffic)];
        const all = n[0] + n[1];
        service.requests.push(all);
        const rate = series.values.requestRate[i];
        service.values.requestRate.push(rate === null ? null : all / stepSeconds);
        service.values.ejectionRate.push(series.values.ejectionRate[i]);
        sides.forEach((side, v) => {
            side.requests.push(n[v]);
            side.values.requestRate.push(rate === null ? null : n[v] / stepSeconds);
            side.values.ejectionRate.push(series.values.ejectionRate[i]);
        });
        for (const metric of COUNTED) {
            const ratio = series.values[metric][i];
            if (ratio === null || total === 0) {
                service.values[metric].push(null);
                sides.forEach((side, v) => side.values[metric].push(n[v] > 0 && ratio !== null ? ratio : null));
                continue;
            }
            const events = Math.round(ratio * total);
            const oldEvents = binomialDraw(noise, events, (total - drawnNew) / total);
            const redraw = REDRAWN_BY[metric].some((type) => r.newFaults.has(type));
            const newEvents = redraw ? Math.min(n[1], noise.poisson(n[1] * newP[metric])) : events - oldEvents;
            const counted = [oldEvents, Math.min(n[1], newEvents)];
            service.values[metric].push(all > 0 ? (counted[0] + counted[1]) / all : null);
            sides.forEach((side, v) => side.values[metric].push(n[v] > 0 ? counted[v] / n[v] : null));
        }
        // Latency: the old version keeps the step's quantiles, the new one is `slow` times it; the service is their mix.
        const p50 = series.values.latencyP50[i];
        const p99 = series.values.latencyP99[i];
        const shapes = p50 !== null && p99 !== null
            ? [shapeOf(p50, p99), { ...shapeOf(p50, p99), median: Math.max(1e-6, p50) * slow }]
            : null;
        for (const metric of LATENCIES) {
            const value = series.values[metric][i];
            sides[0].values[metric].push(value !== null && n[0] > 0 ? value : null);
            sides[1].values[metric].push(value !== null && n[1] > 0 ? value * slow : null);
            if (value === null || !shapes || slow === 1 || all === 0) {
                service.values[metric].push(value);
                continue;
            }
            const q = QUANTILE[metric];
            const mixed = mixtureQuantile(q, [
                { weight: n[0] / all, shape: shapes[0] },
                { weight: n[1] / all, shape: shapes[1] },
            ]);
            // The step's own noise kept: the mix moves the step's quantile by the ratio it moves the old version's.
            service.values[metric].push(value * (mixed / quantileOf(q, shapes[0])));
        }
        sides.forEach((side, v) => side.counts.push(shapes && n[v] > 0 ? rollout_drawBuckets(noise, n[v], shapes[v]) : null));
    }
    const versions = sides.map((side) => ({
        service: series.service,
        version: side.version,
        requests: side.requests,
        values: side.values,
        unavailable: [...series.unavailable],
        latencyBuckets: { bounds: ENVOY_BUCKETS_WITH_INF, counts: side.counts },
    }));
    return { service, versions };
}
/**
 * What a version's faults do to the whole service, for propagation to its callers: the fault diluted by the
 * version's share (a 20% canary 3x slower makes the service's callers wait as on a 1.4x slower service).
 */
function blendedFaults(spec, newFaults, share) {
    const out = new Map();
    for (const [type, magnitude] of newFaults) {
        if (type === 'latency' || type === 'traffic_spike' || type === 'traffic_drop')
            out.set(type, 1 + share * (magnitude - 1));
        else if (type === 'error_rate')
            out.set(type, share * magnitude + (1 - share) * spec.errorRatio);
        else
            out.set(type, share * magnitude);
    }
    return out;
}
/**
 * A realistic mesh's service in a rollout: each version's pods scraped as a service of their own share (the old
 * version with the service's own noise, so before the deploy nothing changes; the new one with another stream and
 * its faults), the service the sum of both, every series built as a Prometheus query would return it.
 */
function simulateRealisticRollout(r, rollout, newFaults, deployAt) {
    const share = rollout.share;
    const old = scrapes({ ...r, part: { share: (t) => (t >= deployAt ? 1 - share : 1), noiseStream: 0 } });
    const fresh = scrapes({
        ...r,
        faults: new Map([...r.faults, ...newFaults]),
        part: { share: (t) => (t >= deployAt ? share : 0), noiseStream: SPLIT_STREAM },
    });
    const both = { firstScrape: old.firstScrape, raw: addScrapes(old.raw, fresh.raw) };
    const service = seriesFromScrapes(r, both);
    const callers = seriesFromScrapes(r, both, 'client');
    // Each version as its own proxies saw it, with what only its callers' proxies set, and as they saw it.
    const asVersion = (version, scraped) => {
        const callers = seriesFromScrapes(r, scraped, 'client');
        return { version, ...(0,edges/* withCallerSignals */.ZV)(seriesFromScrapes(r, scraped), [callers]), callers };
    };
    const versions = [asVersion(OLD_VERSION, old), asVersion(rollout.version, fresh)];
    return { service, callers, versions };
}

// EXTERNAL MODULE: ./src/mesh/dialect.ts
var mesh_dialect = __webpack_require__(3023);
// EXTERNAL MODULE: ./src/sources/prometheus/series-notes.ts
var series_notes = __webpack_require__(18610);
;// CONCATENATED MODULE: ./src/sources/simulated/dialect-view.ts


function asDialect(collected, dialect) {
    const missing = new Set(mesh_dialect/* SIGNAL_NAMES */.A.filter((name) => dialect.signals[name].unavailable).map((name) => dialect.signals[name].metric));
    const hide = (series) => {
        if (missing.size === 0)
            return series;
        const values = { ...series.values };
        for (const metric of missing)
            values[metric] = values[metric].map(() => null);
        return { ...series, values, unavailable: [...new Set([...series.unavailable, ...missing])] };
    };
    const services = collected.services.map(hide);
    // Worded as the Prometheus source words the same gap.
    const note = (0,series_notes/* missingStatsNote */.G7)(services.map(series_notes/* summarize */.eh), dialect);
    return {
        ...collected,
        mesh: dialect.name,
        services,
        ...(collected.edges ? { edges: collected.edges.map(hide) } : {}),
        ...(collected.versions ? { versions: collected.versions.map(hide) } : {}),
        notes: note ? [...collected.notes, note] : collected.notes,
    };
}

;// CONCATENATED MODULE: ./src/sources/simulated/source.ts











/** The size each fault has when --inject gives none: clearly abnormal, but realistic. */
const DEFAULT_FAULT_MAGNITUDE = {
    latency: 3,
    error_rate: 0.08,
    traffic_spike: 3,
    traffic_drop: 0.2,
    retry_storm: 0.3,
    timeout: 0.04,
    circuit_breaker: 0.05,
    network_delay: 300,
    packet_loss: 0.2,
};
class SimulatedSource {
    options;
    name = 'simulated';
    hasHistory = true;
    services;
    calls;
    effects;
    /** `realistic:<name>`: the realism mode (realism.ts), as a real Prometheus would show the mesh. */
    realistic;
    constructor(options) {
        this.options = options;
        this.realistic = options.topology.startsWith(REALISTIC_PREFIX);
        this.services = this.realistic
            ? realisticServices(topology(options.topology.slice(REALISTIC_PREFIX.length), options.seed), options.seed)
            : topology(options.topology, options.seed);
        if (this.services.length === 0) {
            throw new types/* ConfigError */.xL(`unknown simulated topology "${options.topology}"`, `use one of ${TOPOLOGY_NAMES.join(', ')}`);
        }
        for (const fault of options.faults) {
            if (!this.services.some((s) => s.name === fault.service || `${s.namespace}/${s.name}` === fault.service)) {
                throw new types/* ConfigError */.xL(`cannot inject into "${fault.service}": the ${options.topology} mesh has no such service`, `use one of ${this.services
                    .slice(0, 12)
                    .map((s) => s.name)
                    .join(', ')}${this.services.length > 12 ? ', …' : ''}`);
            }
        }
        this.checkRollouts();
        const base = this.realistic ? options.topology.slice(REALISTIC_PREFIX.length) : options.topology;
        this.calls = resolveCalls(this.services, topologyCalls(base, options.seed));
        this.effects =
            options.propagation === false
                ? null
                : propagateFaults(this.services, this.calls, (s) => this.propagatedFaultsFor(s), (s) => this.faultsFor(s).get('network_delay') ?? 0);
    }
    /** A rollout names a service of the mesh; a fault on one version names a rollout's new version. */
    checkRollouts() {
        for (const rollout of this.options.rollouts ?? []) {
            if (!this.services.some((s) => matches(rollout.service, s)))
                throw new types/* ConfigError */.xL(`cannot roll out "${rollout.service}": the ${this.options.topology} mesh has no such service`, `use one of ${this.services
                    .slice(0, 12)
                    .map((s) => s.name)
                    .join(', ')}`);
            if (rollout.version === OLD_VERSION)
                throw new types/* ConfigError */.xL(`a rollout of ${rollout.service} to ${OLD_VERSION}: every service already runs ${OLD_VERSION}`, 'name the new version otherwise, like --rollout reviews:v2:20%');
        }
        for (const fault of this.options.faults) {
            if (fault.version === undefined)
                continue;
            const spec = this.services.find((s) => matches(fault.service, s));
            if (!spec || this.rolloutOf(spec)?.version !== fault.version)
                throw new types/* ConfigError */.xL(`cannot inject into ${fault.service}@${fault.version}: no rollout of ${fault.service} to ${fault.version}`, `roll it out too (--rollout ${fault.service}:${fault.version}:20%), or inject into both versions (${fault.service}:${fault.type})`);
        }
    }
    rolloutOf(spec) {
        return this.options.rollouts?.find((r) => matches(r.service, spec));
    }
    /** The faults given for the new version of a rollout alone. */
    versionFaultsFor(spec) {
        const out = new Map();
        for (const f of this.options.faults)
            if (f.version !== undefined && matches(f.service, spec))
                out.set(f.type, f.magnitude ?? DEFAULT_FAULT_MAGNITUDE[f.type]);
        return out;
    }
    /** What the service shows its callers: its own faults, and its new version's diluted by its share. */
    propagatedFaultsFor(spec) {
        const own = this.faultsFor(spec);
        const rollout = this.rolloutOf(spec);
        if (!rollout)
            return own;
        for (const [type, size] of blendedFaults(spec, this.versionFaultsFor(spec), rollout.share))
            if (!own.has(type))
                own.set(type, size);
        return own;
    }
    get serviceKeys() {
        return this.services.map((s) => ({ namespace: s.namespace, name: s.name }));
    }
    async collect(request) {
        const collected = this.collectNow(request);
        return this.options.dialect ? asDialect(collected, this.options.dialect) : collected;
    }
    /** Synchronous core, usable by benchmarks without the promise. */
    // eslint-disable-next-line max-lines-per-function -- one seeded pass over the mesh (faults, propagation, edges, versions): the order of draws is the data
    collectNow(request) {
        const steps = Math.floor((request.to - request.from) / request.stepMs);
        const wanted = request.services?.map((s) => `${s.namespace}/${s.name}`);
        const services = [];
        const byIndex = new Map();
        const callerSide = new Map();
        const versions = [];
        const versionsSeen = [];
        this.services.forEach((spec, index) => {
            if (request.namespaces.length > 0 && !request.namespaces.includes(spec.namespace))
                return;
            if (wanted && !wanted.includes(`${spec.namespace}/${spec.name}`))
                return;
            const realistic = {
                spec,
                index,
                seed: this.options.seed,
                faults: this.faultsFor(spec),
                effect: this.effects?.[index] ?? null,
                faultFrom: this.options.faultFrom ?? request.from,
                from: request.from,
                stepMs: request.stepMs,
                steps,
            };
            // What its callers see of it: the realistic mesh draws both proxies' views; the plain one derives it.
            const seenByCallers = (series) => request.withEdges ? callerView(series, this.callerSideFaults(spec, request, steps)) : series;
            const rolled = this.rolloutOf(spec);
            if (!rolled) {
                if (this.realistic) {
                    const views = simulateRealistic(realistic);
                    services.push(views.server);
                    byIndex.set(index, views.server);
                    callerSide.set(index, views.callers);
                }
                else {
                    const series = this.simulate(spec, index, request.from, request.stepMs, steps);
                    services.push(series);
                    byIndex.set(index, series);
                    callerSide.set(index, seenByCallers(series));
                }
                return;
            }
            const deployAt = this.options.faultFrom ?? request.from;
            const newFaults = this.versionFaultsFor(spec);
            const split = this.realistic
                ? simulateRealisticRollout(realistic, rolled, newFaults, deployAt)
                : splitRollout({
                    series: this.simulate(spec, index, request.from, request.stepMs, steps),
                    spec,
                    rollout: rolled,
                    newFaults,
                    effect: this.effects?.[index] ?? null,
                    seed: this.options.seed,
                    index,
                    from: request.from,
                    stepMs: request.stepMs,
                    deployAt,
                });
            const series = split.service;
            services.push(split.service);
            byIndex.set(index, split.service);
            callerSide.set(index, 'callers' in split ? split.callers : seenByCallers(split.service));
            // The plain mesh derives each version's callers' view as it does the service's, its own network faults added.
            if (!this.realistic && request.withEdges) {
                const withVersion = this.versionCallerSide(spec, request, steps, deployAt);
                split.versions = split.versions.map((v) => ({
                    ...v,
                    callers: callerViewWithBuckets(v, v.version === rolled.version ? withVersion.faults : withVersion.service),
                }));
                if (withVersion.own)
                    callerSide.set(index, (0,edges/* foldSeries */.xJ)(series.service, split.versions.map((v) => v.callers)));
            }
            const serving = split.versions.filter((v) => v.requests.some((n) => n > 0));
            versionsSeen.push({ service: series.service, versions: serving.map((v) => v.version) });
            if (serving.length >= 2)
                versions.push(...serving);
        });
        // A delay on a service's own network delays its calls out too.
        const ownDelays = new Map();
        if (request.withEdges)
            for (const index of byIndex.keys()) {
                const delays = this.callerSideFaults(this.services[index], request, steps).map((f) => f.delayMs);
                if (delays.some((d) => d > 0))
                    ownDelays.set(index, delays);
            }
        return {
            ...(request.withEdges
                ? { edges: simulatedEdges(this.services, this.calls, byIndex, callerSide, ownDelays) }
                : {}),
            source: 'simulated',
            from: request.from,
            to: request.from + steps * request.stepMs,
            stepMs: request.stepMs,
            services,
            histogramBuckets: ENVOY_DEFAULT_BUCKETS,
            notes: [],
            partial: false,
            ...(request.withVersions ? { versionsSeen, versions } : {}),
        };
    }
    /**
     * What the callers of a rollout's versions see beyond what they serve: the service's caller-side faults, and the
     * new version's with its own from the deploy on (`own`: whether it has any).
     */
    versionCallerSide(spec, request, steps, deployAt) {
        const service = this.callerSideFaults(spec, request, steps);
        const own = this.versionFaultsFor(spec);
        const delayMs = own.get('network_delay') ?? 0;
        const loss = own.get('packet_loss') ?? 0;
        const faults = service.map((f, i) => request.from + i * request.stepMs >= deployAt
            ? { delayMs: f.delayMs + delayMs, loss: Math.min(1, f.loss + loss) }
            : f);
        return { service, faults, own: delayMs > 0 || loss > 0 };
    }
    /** What the callers of a service see beyond what it serves, step by step: a network delay, lost packets. */
    callerSideFaults(spec, request, steps) {
        const faults = this.faultTimeline(spec, this.options.faultFrom ?? request.from);
        return Array.from({ length: steps }, (_, i) => {
            const active = SimulatedSource.activeAt(faults, request.from + i * request.stepMs);
            return { delayMs: active?.get('network_delay') ?? 0, loss: active?.get('packet_loss') ?? 0 };
        });
    }
    faultsFor(spec) {
        const out = new Map();
        for (const f of this.faultTimeline(spec, 0))
            out.set(f.type, f.magnitude);
        return out;
    }
    /** This service's faults, latest start last (a later fault of a type replaces an earlier one). */
    faultTimeline(spec, faultFrom) {
        return this.options.faults
            .filter((f) => f.version === undefined && matches(f.service, spec))
            .map((f) => ({
            type: f.type,
            magnitude: f.magnitude ?? DEFAULT_FAULT_MAGNITUDE[f.type],
            start: faultFrom - (f.startsBeforeMs ?? 0),
        }))
            .sort((a, b) => a.start - b.start);
    }
    /** The faults acting at time t, by type. */
    static activeAt(faults, t) {
        if (faults.length === 0 || t < faults[0].start)
            return undefined;
        const out = new Map();
        for (const f of faults)
            if (t >= f.start)
                out.set(f.type, f.magnitude);
        return out;
    }
    simulate(spec, index, from, stepMs, steps) {
        const faultFrom = this.options.faultFrom ?? from;
        const faults = this.faultTimeline(spec, faultFrom);
        // Effects of callees' faults reach this service from the earliest fault's start.
        const effectFrom = faultFrom - Math.max(0, ...this.options.faults.map((f) => f.startsBeforeMs ?? 0));
        const stepSeconds = stepMs / 1000;
        const phase = 2 * Math.PI * unit(this.options.seed, index, -1, 0);
        const series = {
            service: { namespace: spec.namespace, name: spec.name },
            requests: new Array(steps),
            values: (0,core_series/* metricArrays */.FR)(),
            unavailable: [],
        };
        const v = series.values;
        for (let i = 0; i < steps; i++) {
            const t = from + i * stepMs;
            const absoluteStep = Math.floor(t / stepMs);
            const noise = new Noise(this.options.seed, index, absoluteStep);
            const active = SimulatedSource.activeAt(faults, t);
            const effect = t >= effectFrom ? this.effects?.[index] : undefined;
            const daily = 1 + spec.dailySwing * Math.sin((2 * Math.PI * t) / DAY_MS + phase);
            const inBurst = unit(this.options.seed, index, Math.floor(t / BURST_BLOCK_MS), 7) < spec.burstShare;
            let rate = spec.rate * daily * (inBurst ? BURST_TRAFFIC : 1) * (1 + 0.03 * noise.normal());
            if (active?.has('traffic_spike'))
                rate *= active.get('traffic_spike');
            if (active?.has('traffic_drop'))
                rate *= active.get('traffic_drop');
            if (effect)
                rate *= effect.rateFactor;
            const requests = noise.poisson(Math.max(0, rate) * stepSeconds);
            series.requests[i] = requests;
            v.requestRate.push(requests / stepSeconds);
            let errorP = spec.errorRatio;
            let retryP = spec.retryRatio;
            let timeoutP = spec.timeoutRatio;
            let overflowP = spec.overflowRatio;
            let ejections = 0;
            if (active?.has('error_rate'))
                errorP = active.get('error_rate');
            if (active?.has('retry_storm'))
                retryP = active.get('retry_storm');
            if (active?.has('timeout')) {
                timeoutP = active.get('timeout');
                errorP += timeoutP; // an upstream timeout is answered with a 504
            }
            if (active?.has('circuit_breaker')) {
                overflowP = active.get('circuit_breaker');
                errorP += overflowP; // overflow is answered with a 503
                ejections = 0.2;
            }
            if (effect) {
                errorP += effect.errorAdd;
                retryP += effect.retryAdd;
            }
            if (requests === 0) {
                for (const key of core_series/* PER_REQUEST */.m5) {
                    v[key].push(null);
                }
                v.ejectionRate.push(ejections);
                continue;
            }
            v.errorRatio.push(Math.min(requests, noise.poisson(requests * Math.min(errorP, 1))) / requests);
            v.retryRatio.push(Math.min(requests, noise.poisson(requests * Math.min(retryP, 1))) / requests);
            v.timeoutRatio.push(Math.min(requests, noise.poisson(requests * timeoutP)) / requests);
            v.overflowRatio.push(Math.min(requests, noise.poisson(requests * overflowP)) / requests);
            v.ejectionRate.push(ejections > 0 ? noise.poisson(ejections * stepSeconds) / stepSeconds : 0);
            // Latency grows a little with load; a tail estimated from few requests is noisier.
            const load = 1 + 0.15 * (daily * (inBurst ? BURST_TRAFFIC : 1) - 1);
            const slow = active?.get('latency') ?? 1;
            const tailNoise = 0.05 + 0.6 / Math.sqrt(requests);
            // Time waiting on slow callees adds to this service's own (unchanged without propagated effects).
            const own = spec.p50 * load * slow * Math.max(0.5, 1 + 0.04 * noise.normal());
            const p50 = own + (effect?.p50AddMs ?? 0) * load;
            const p90 = Math.max(p50, p50 * spec.p90Factor * Math.max(0.5, 1 + 0.05 * noise.normal()));
            const tail = own * spec.p99Factor + (effect?.p99AddMs ?? 0) * load;
            const p99 = Math.max(p90, tail * Math.max(0.4, 1 + tailNoise * noise.normal()));
            v.latencyP50.push(p50);
            v.latencyP90.push(p90);
            v.latencyP99.push(p99);
        }
        return series;
    }
}
/** Whether a fault or rollout's service (a name, or namespace/name) is this service. */
function matches(service, spec) {
    return service === spec.name || service === `${spec.namespace}/${spec.name}`;
}


/***/ })

};

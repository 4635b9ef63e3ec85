export const id = 902;
export const ids = [902];
export const modules = {

/***/ 9902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gatherStatus: () => (/* binding */ gatherStatus),
  runLearn: () => (/* binding */ runLearn),
  runScan: () => (/* binding */ runScan),
  e: () => (/* binding */ runStatus)
});

// UNUSED EXPORTS: analyseScan

// EXTERNAL MODULE: ./src/baseline.ts
var src_baseline = __webpack_require__(89860);
// EXTERNAL MODULE: ./src/anomaly.ts
var anomaly = __webpack_require__(30902);
// EXTERNAL MODULE: ./src/config.ts
var src_config = __webpack_require__(22973);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/error-policy.ts
/**
 * The error policy (gate.onError / --on-error): tells an environment fault — the cluster or Prometheus
 * unreachable or failing while a scan talks to it — from bad input, which always exits 2 whatever the policy.
 */

/**
 * Errors raised by a metrics source that are the user's input or setup, not a failing server: an invalid
 * URL or CA file, a query the backend rejects, a window with no Istio metrics at all.
 */
const METRICS_SETUP_PROBLEMS = [
    /^no Istio metrics found/,
    /rejected a query/,
    /Prometheus URL (is not a valid URL|must start with)/,
    /^cannot read the Prometheus CA file/,
    /^--source prometheus needs/,
    /is shorter than one step/,
];
/**
 * True when the error is an environment fault: the API server or the metrics backend refused the connection,
 * reset it, timed out, answered 401/403/429/5xx, or sent a malformed or truncated answer. Kubeconfig problems
 * (missing, empty, no current context, unknown context) and a namespace that does not exist are bad input.
 */
function isEnvironmentFault(error) {
    if (error instanceof types/* ClusterError */.b$) {
        // Every failed API call is phrased "cannot <action>: <why>" (k8s/connection.ts, k8s/errors.ts);
        // reading the kubeconfig is the one "cannot" that happens before any network call.
        return /^cannot /.test(error.message) && !/^cannot read kubeconfig/.test(error.message);
    }
    if (error instanceof types/* MetricsError */.kj) {
        return !METRICS_SETUP_PROBLEMS.some((pattern) => pattern.test(error.message));
    }
    return false;
}

;// CONCATENATED MODULE: ./src/gate.ts

function decideVerdict(input, policy) {
    const gating = input.findings.filter((f) => (0,types/* severityRank */.qs)(f.severity) >= (0,types/* severityRank */.qs)(policy.failOn));
    const insufficient = input.statuses.filter((s) => s === 'insufficient-data').length;
    const fresh = input.statuses.filter((s) => s === 'new' || s === 'missing').length;
    const scanned = input.statuses.filter((s) => s !== 'missing').length;
    let verdict = 'pass';
    const reasons = [];
    if (gating.length > policy.maxAnomalies) {
        verdict = 'fail';
        reasons.push(`${gating.length} anomal${gating.length === 1 ? 'y' : 'ies'} at or above ${policy.failOn} (allowed: ${policy.maxAnomalies})`);
    }
    else if (input.findings.length > 0) {
        verdict = 'warn';
        reasons.push(`${input.findings.length} anomal${input.findings.length === 1 ? 'y' : 'ies'}, none counted against the gate (fail-on ${policy.failOn}, max ${policy.maxAnomalies})`);
    }
    if (insufficient > 0 && policy.onInsufficientData !== 'pass') {
        if (policy.onInsufficientData === 'fail')
            verdict = 'fail';
        else if (verdict === 'pass')
            verdict = 'warn';
        reasons.push(`${insufficient} service${insufficient === 1 ? '' : 's'} with insufficient data`);
    }
    if (scanned === 0) {
        if (verdict === 'pass')
            verdict = 'warn';
        reasons.push('no service had data to judge');
    }
    if (fresh > 0) {
        if (verdict === 'pass')
            verdict = 'warn';
        reasons.push(`${fresh} service${fresh === 1 ? '' : 's'} new or missing since the baseline`);
    }
    if (input.partial) {
        if (verdict === 'pass')
            verdict = 'warn';
        reasons.push('the metrics were only partly collected');
    }
    if (policy.warnOnly && verdict === 'fail') {
        verdict = 'warn';
        reasons.push('advisory mode: reported, not failed');
    }
    return {
        verdict,
        gatingAnomalies: gating.length,
        reason: reasons.length > 0 ? reasons.join('; ') : 'every service is within its baseline',
    };
}

// EXTERNAL MODULE: ./src/learn.ts
var learn = __webpack_require__(49205);
;// CONCATENATED MODULE: ./src/metrics/topologies.ts
/**
 * The simulated meshes: service names and their normal operating points. Bookinfo is the default;
 * Online Boutique has a quiet service; `generated:N` builds N services for scale tests.
 */
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
const TOPOLOGY_NAMES = ['bookinfo', 'boutique', 'generated:N'];
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

;// CONCATENATED MODULE: ./src/metrics/simulated.ts


/** Envoy's default latency histogram buckets (ms). */
const ENVOY_DEFAULT_BUCKETS = [
    0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000, 600000, 1800000,
    3600000,
];
/** The size each fault has when --inject gives none: clearly abnormal, but realistic. */
const DEFAULT_FAULT_MAGNITUDE = {
    latency: 3,
    error_rate: 0.08,
    traffic_spike: 3,
    traffic_drop: 0.2,
    retry_storm: 0.3,
    timeout: 0.04,
    circuit_breaker: 0.05,
};
const DAY_MS = 86_400_000;
const BURST_BLOCK_MS = 600_000;
/** A burst mode carries this much more traffic than the daily curve: a second normal mode, not a spike. */
const BURST_TRAFFIC = 1.4;
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
class SimulatedSource {
    options;
    name = 'simulated';
    hasHistory = true;
    services;
    constructor(options) {
        this.options = options;
        this.services = topology(options.topology, options.seed);
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
    }
    get serviceKeys() {
        return this.services.map((s) => ({ namespace: s.namespace, name: s.name }));
    }
    async collect(request) {
        return this.collectNow(request);
    }
    /** Synchronous core, usable by benchmarks without the promise. */
    collectNow(request) {
        const steps = Math.floor((request.to - request.from) / request.stepMs);
        const wanted = request.services?.map((s) => `${s.namespace}/${s.name}`);
        const services = [];
        this.services.forEach((spec, index) => {
            if (request.namespaces.length > 0 && !request.namespaces.includes(spec.namespace))
                return;
            if (wanted && !wanted.includes(`${spec.namespace}/${spec.name}`))
                return;
            services.push(this.simulate(spec, index, request.from, request.stepMs, steps));
        });
        return {
            source: 'simulated',
            from: request.from,
            to: request.from + steps * request.stepMs,
            stepMs: request.stepMs,
            services,
            histogramBuckets: ENVOY_DEFAULT_BUCKETS,
            notes: [],
            partial: false,
        };
    }
    faultsFor(spec) {
        const out = new Map();
        for (const f of this.options.faults) {
            if (f.service === spec.name || f.service === `${spec.namespace}/${spec.name}`) {
                out.set(f.type, f.magnitude ?? DEFAULT_FAULT_MAGNITUDE[f.type]);
            }
        }
        return out;
    }
    simulate(spec, index, from, stepMs, steps) {
        const faults = this.faultsFor(spec);
        const faultFrom = this.options.faultFrom ?? from;
        const stepSeconds = stepMs / 1000;
        const phase = 2 * Math.PI * unit(this.options.seed, index, -1, 0);
        const series = {
            service: { namespace: spec.namespace, name: spec.name },
            requests: new Array(steps),
            values: {
                requestRate: [],
                errorRatio: [],
                latencyP50: [],
                latencyP90: [],
                latencyP99: [],
                retryRatio: [],
                timeoutRatio: [],
                overflowRatio: [],
                ejectionRate: [],
            },
            unavailable: [],
        };
        const v = series.values;
        for (let i = 0; i < steps; i++) {
            const t = from + i * stepMs;
            const absoluteStep = Math.floor(t / stepMs);
            const noise = new Noise(this.options.seed, index, absoluteStep);
            const active = t >= faultFrom ? faults : undefined;
            const daily = 1 + spec.dailySwing * Math.sin((2 * Math.PI * t) / DAY_MS + phase);
            const inBurst = unit(this.options.seed, index, Math.floor(t / BURST_BLOCK_MS), 7) < spec.burstShare;
            let rate = spec.rate * daily * (inBurst ? BURST_TRAFFIC : 1) * (1 + 0.03 * noise.normal());
            if (active?.has('traffic_spike'))
                rate *= active.get('traffic_spike');
            if (active?.has('traffic_drop'))
                rate *= active.get('traffic_drop');
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
            if (requests === 0) {
                for (const key of [
                    'errorRatio',
                    'latencyP50',
                    'latencyP90',
                    'latencyP99',
                    'retryRatio',
                    'timeoutRatio',
                    'overflowRatio',
                ]) {
                    v[key].push(null);
                }
                v.ejectionRate.push(ejections);
                continue;
            }
            v.errorRatio.push(Math.min(requests, noise.poisson(requests * Math.min(errorP, 1))) / requests);
            v.retryRatio.push(noise.poisson(requests * retryP) / requests);
            v.timeoutRatio.push(Math.min(requests, noise.poisson(requests * timeoutP)) / requests);
            v.overflowRatio.push(Math.min(requests, noise.poisson(requests * overflowP)) / requests);
            v.ejectionRate.push(ejections > 0 ? noise.poisson(ejections * stepSeconds) / stepSeconds : 0);
            // Latency grows a little with load; a tail estimated from few requests is noisier.
            const load = 1 + 0.15 * (daily * (inBurst ? BURST_TRAFFIC : 1) - 1);
            const slow = active?.get('latency') ?? 1;
            const tailNoise = 0.05 + 0.6 / Math.sqrt(requests);
            const p50 = spec.p50 * load * slow * Math.max(0.5, 1 + 0.04 * noise.normal());
            const p90 = Math.max(p50, p50 * spec.p90Factor * Math.max(0.5, 1 + 0.05 * noise.normal()));
            const p99 = Math.max(p90, p50 * spec.p99Factor * Math.max(0.4, 1 + tailNoise * noise.normal()));
            v.latencyP50.push(p50);
            v.latencyP90.push(p90);
            v.latencyP99.push(p99);
        }
        return series;
    }
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/report/build.ts


function assembleReport(input) {
    const services = [...input.services].sort((a, b) => `${a.key.namespace}/${a.key.name}`.localeCompare(`${b.key.namespace}/${b.key.name}`));
    const anomalies = services.flatMap((s) => s.verdict.findings);
    const bySeverity = Object.fromEntries(types/* SEVERITIES */.oC.map((s) => [s, 0]));
    for (const f of anomalies)
        bySeverity[f.severity]++;
    const count = (status) => services.filter((s) => s.verdict.status === status).length;
    const b = input.baseline;
    return {
        schemaVersion: 1,
        tool: { name: 'smanalyzer', version: version/* TOOL_VERSION */.w },
        verdict: input.decision.verdict,
        window: { from: new Date(input.window.from).toISOString(), to: new Date(input.window.to).toISOString() },
        source: input.source,
        partial: input.partial,
        baseline: b
            ? {
                path: b.path,
                createdAt: b.value.createdAt,
                source: b.value.source,
                window: b.value.window,
                ageSeconds: Math.max(0, Math.round((input.now - Date.parse(b.value.createdAt)) / 1000)),
                services: b.value.services.length,
            }
            : null,
        services: services.map(({ key, verdict }) => ({
            namespace: key.namespace,
            name: key.name,
            status: verdict.status,
            requests: verdict.requests,
            metrics: verdict.metrics,
            ...(verdict.reason ? { reason: verdict.reason } : {}),
        })),
        anomalies,
        summary: {
            servicesScanned: services.filter((s) => s.verdict.status !== 'missing').length,
            anomalous: count('anomalous'),
            insufficientData: count('insufficient-data'),
            new: count('new'),
            missing: count('missing'),
            anomalyCount: anomalies.length,
            gatingAnomalies: input.decision.gatingAnomalies,
            bySeverity,
            failOn: input.policy.failOn,
            maxAnomalies: input.policy.maxAnomalies,
            warnOnly: input.policy.warnOnly,
            reason: input.decision.reason,
        },
        notes: input.notes,
    };
}

;// CONCATENATED MODULE: ./src/pipeline.ts
/**
 * The one data flow, shared by the CLI, the Action, the benchmark and the tests:
 * config → (connect → discover) → collect → learn | analyse → judge → report.
 * Heavy clients (Kubernetes, Prometheus) are imported only on the paths that need them.
 */










const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Connect to the cluster when the source needs it (sidecars) or one is configured (prometheus). */
async function connectIfNeeded(config, required) {
    const configured = Boolean(config.kube.kubeconfig || process.env.KUBECONFIG);
    if (!required && !configured)
        return null;
    const { connectCluster } = await Promise.all(/* import() */[__webpack_require__.e(737), __webpack_require__.e(547), __webpack_require__.e(776)]).then(__webpack_require__.bind(__webpack_require__, 93776));
    return connectCluster({
        kubeconfig: config.kube.kubeconfig,
        context: config.kube.context,
        retry: kubeRetryFromEnv(),
    });
}
/**
 * SMANALYZER_KUBE_TIMEOUT (a duration, e.g. 10s) bounds each Kubernetes API request; the overall deadline per
 * call is three times that. Unset: the connection's defaults (20s per request, 60s per call).
 */
function kubeRetryFromEnv() {
    const text = process.env.SMANALYZER_KUBE_TIMEOUT;
    if (!text)
        return undefined;
    let ms;
    try {
        ms = (0,src_config/* parseDuration */.E9)(text);
    }
    catch {
        throw new types/* ConfigError */.xL(`SMANALYZER_KUBE_TIMEOUT "${text}" is not a duration`, 'set it like SMANALYZER_KUBE_TIMEOUT=10s');
    }
    if (ms < 100)
        throw new types/* ConfigError */.xL(`SMANALYZER_KUBE_TIMEOUT ${text} is below 100ms`, 'set it like SMANALYZER_KUBE_TIMEOUT=10s');
    return { requestTimeoutMs: ms, deadlineMs: 3 * ms };
}
async function prepare(ctx) {
    const { config } = ctx;
    if (config.source === 'simulated') {
        return {
            source: new SimulatedSource({
                topology: config.simulated.topology,
                seed: config.simulated.seed,
                faults: config.simulated.faults,
            }),
            connection: null,
            inventory: null,
        };
    }
    const connection = await connectIfNeeded(config, config.source === 'sidecars');
    let inventory = null;
    if (connection) {
        const { discoverMesh } = await __webpack_require__.e(/* import() */ 722).then(__webpack_require__.bind(__webpack_require__, 8722));
        inventory = await discoverMesh(connection, config.namespaces);
        ctx.log(`Discovered ${inventory.services.length} meshed services in ${inventory.namespaces.length} namespaces on ${connection.identity.server}` +
            (inventory.controlPlane.version ? ` (Istio ${inventory.controlPlane.version})` : ''));
    }
    if (config.source === 'prometheus') {
        if (!config.prometheus.url) {
            throw new types/* ConfigError */.xL('--source prometheus needs a Prometheus URL', 'pass --prometheus-url http://prometheus.istio-system:9090');
        }
        const { PrometheusSource } = await __webpack_require__.e(/* import() */ 141).then(__webpack_require__.bind(__webpack_require__, 88141));
        return {
            source: new PrometheusSource({ ...config.prometheus, url: config.prometheus.url }),
            connection,
            inventory,
        };
    }
    const { SidecarSource, podProxyFetcher } = await Promise.all(/* import() */[__webpack_require__.e(737), __webpack_require__.e(547), __webpack_require__.e(631)]).then(__webpack_require__.bind(__webpack_require__, 1631));
    const { discoverMesh } = await __webpack_require__.e(/* import() */ 722).then(__webpack_require__.bind(__webpack_require__, 8722));
    const conn = connection;
    const source = new SidecarSource({
        pods: async () => {
            const fresh = await discoverMesh(conn, config.namespaces);
            return fresh.services.flatMap((s) => s.pods
                .filter((p) => p.ready)
                .map((p) => ({ namespace: s.namespace, pod: p.name, service: s.name })));
        },
        fetchMetrics: podProxyFetcher(conn.core),
        // The run's clock, the same one that placed the window: a watch on another clock misses it.
        now: ctx.now,
        sleep: ctx.sleep,
    }, { intervalMs: config.sidecars.intervalMs, concurrency: config.sidecars.concurrency });
    return { source, connection, inventory };
}
/**
 * The window to read. A past window (--from/--to) comes from history. A live window on a source with
 * history is waited out, then read; the simulated mesh replays the last `duration` at once; the sidecar
 * source watches the window itself.
 */
async function collectWindow(ctx, env, durationMs, stepMs, services) {
    const now = ctx.now();
    let window = (0,src_config/* resolveWindow */.LI)({ from: ctx.window?.from, to: ctx.window?.to, durationMs }, now);
    if (window.live && env.source.name === 'simulated') {
        window = { from: now - durationMs, to: now, live: false };
    }
    // Align to the step grid so a learn and a scan see the same step boundaries.
    const from = Math.floor(window.from / stepMs) * stepMs;
    const to = Math.max(from + stepMs, Math.floor(window.to / stepMs) * stepMs);
    if (window.live && env.source.hasHistory) {
        const sleep = ctx.sleep ?? realSleep;
        ctx.log(`Watching the mesh for ${Math.round(durationMs / 1000)}s (until ${new Date(to).toISOString()})`);
        for (let t = ctx.now(); t < to; t = ctx.now()) {
            ctx.onProgress?.((t - from) / (to - from), `collecting ${env.source.name} metrics`);
            await sleep(Math.min(5000, to - t));
            if (ctx.signal?.aborted)
                break;
        }
        ctx.onProgress?.(1, 'collected');
    }
    return env.source.collect({
        from,
        to,
        stepMs,
        namespaces: ctx.config.namespaces,
        services,
        onProgress: ctx.onProgress,
        signal: ctx.signal,
    });
}
async function runLearn(ctx) {
    const { config } = ctx;
    const env = await prepare(ctx);
    const collected = await collectWindow(ctx, env, config.learnDurationMs, config.stepMs, env.inventory?.services);
    const withTraffic = collected.services.filter((s) => s.requests.some((r) => r > 0));
    if (withTraffic.length === 0) {
        throw new types/* MetricsError */.kj(`no service had any requests between ${new Date(collected.from).toISOString()} and ${new Date(collected.to).toISOString()}`, 'learn over a window with traffic (check --from/--to and --namespace)');
    }
    if (collected.partial) {
        throw new types/* MetricsError */.kj('the learning window was only partly collected', 'learn again once the metrics source is healthy');
    }
    const baseline = (0,learn/* learnBaseline */.et)(collected, config, {
        now: ctx.now(),
        toolVersion: version/* TOOL_VERSION */.w,
        cluster: env.connection
            ? { server: env.connection.identity.server, context: env.connection.identity.context }
            : null,
        namespaces: config.namespaces,
    });
    (0,src_baseline/* writeBaselineAtomically */.kZ)(config.baselinePath, baseline);
    for (const note of collected.notes)
        ctx.log(`Note: ${note}`);
    const quiet = baseline.services.filter((s) => s.insufficient).map((s) => `${s.namespace}/${s.name}`);
    if (quiet.length > 0)
        ctx.log(`Too little traffic to learn: ${quiet.join(', ')} (scans will report insufficient-data)`);
    ctx.log(`Learned ${baseline.services.length} services from ${baseline.window.from} → ${baseline.window.to}; baseline written to ${config.baselinePath}`);
    return { path: config.baselinePath, services: baseline.services.length, window: baseline.window, baseline };
}
function emptySeries(key, steps) {
    const nulls = () => new Array(steps).fill(null);
    return {
        service: key,
        requests: new Array(steps).fill(0),
        values: {
            requestRate: new Array(steps).fill(0),
            errorRatio: nulls(),
            latencyP50: nulls(),
            latencyP90: nulls(),
            latencyP99: nulls(),
            retryRatio: nulls(),
            timeoutRatio: nulls(),
            overflowRatio: nulls(),
            ejectionRate: nulls(),
        },
        unavailable: [],
    };
}
/** Judge collected metrics against a baseline: pure, and shared with the benchmark. */
function analyseScan(collected, baseline, config, extra) {
    const windowSteps = Math.round(baseline.featureWindowMs / baseline.stepMs);
    const byId = new Map(baseline.services.map((s) => [(0,types/* serviceId */.fH)(s), s]));
    const inScope = (ns) => config.namespaces.length === 0 || config.namespaces.includes(ns);
    const results = [];
    const seen = new Set();
    const steps = Math.floor((collected.to - collected.from) / collected.stepMs);
    const live = extra.inventory ? new Set(extra.inventory.services.map((s) => (0,types/* serviceId */.fH)(s))) : null;
    for (const series of collected.services) {
        const id = (0,types/* serviceId */.fH)(series.service);
        seen.add(id);
        results.push({
            key: series.service,
            verdict: (0,anomaly/* detectServiceAnomalies */.A8)(series, byId.get(id) ?? null, config, collected.stepMs, windowSteps, collected.from),
        });
    }
    for (const known of baseline.services) {
        const id = (0,types/* serviceId */.fH)(known);
        if (seen.has(id) || !inScope(known.namespace))
            continue;
        const key = { namespace: known.namespace, name: known.name };
        if (live && !live.has(id)) {
            results.push({
                key,
                verdict: {
                    status: 'missing',
                    requests: 0,
                    findings: [],
                    metrics: {},
                    reason: 'in the baseline but no longer in the cluster',
                },
            });
        }
        else {
            // In the cluster (or no cluster to ask) but silent in the metrics: judged as zero traffic.
            results.push({
                key,
                verdict: (0,anomaly/* detectServiceAnomalies */.A8)(emptySeries(key, steps), known, config, collected.stepMs, windowSteps, collected.from),
            });
        }
    }
    const findings = results.flatMap((r) => r.verdict.findings);
    const decision = decideVerdict({ findings, statuses: results.map((r) => r.verdict.status), partial: collected.partial }, config.gate);
    return assembleReport({
        window: { from: collected.from, to: collected.to },
        source: collected.source,
        partial: collected.partial,
        baseline: { path: extra.baselinePath, value: baseline },
        services: results,
        decision,
        policy: config.gate,
        notes: [...collected.notes, ...(extra.notes ?? [])],
        now: extra.now,
    });
}
async function runScan(ctx) {
    const { config } = ctx;
    // Read the baseline before any network work: a missing or corrupt one should fail in milliseconds.
    const baseline = (0,src_baseline/* readBaseline */.mF)(config.baselinePath, ctx.now());
    (0,src_baseline/* checkCompatibility */.P9)(baseline, { source: config.source, namespaces: config.namespaces }, config.baselinePath);
    const duration = Math.max(config.scanDurationMs, baseline.featureWindowMs);
    // So is a bad --from/--to: checked here, before the cluster or Prometheus is asked anything.
    const planned = (0,src_config/* resolveWindow */.LI)({ from: ctx.window?.from, to: ctx.window?.to, durationMs: duration }, ctx.now());
    try {
        return await scanAgainst(ctx, baseline, duration);
    }
    catch (error) {
        if (config.gate.onError !== 'warn' || !isEnvironmentFault(error))
            throw error;
        ctx.log(`Warning: ${error.message} (on-error: warn, so the scan reports a partial result instead of failing)`);
        return environmentFaultReport(ctx, baseline, error, planned.live ? { from: ctx.now() - duration, to: ctx.now() } : planned);
    }
}
async function scanAgainst(ctx, baseline, duration) {
    const { config } = ctx;
    const notes = [];
    if (baseline.stepMs !== config.stepMs) {
        notes.push(`scanned at the baseline's step of ${baseline.stepMs / 1000}s (configured ${config.stepMs / 1000}s)`);
    }
    const env = await prepare(ctx);
    if (env.connection) {
        (0,src_baseline/* checkCompatibility */.P9)(baseline, {
            source: config.source,
            namespaces: config.namespaces,
            cluster: { server: env.connection.identity.server },
        }, config.baselinePath);
    }
    const minimum = baseline.featureWindowMs;
    const collected = await collectWindow(ctx, env, duration, baseline.stepMs, env.inventory?.services);
    (0,src_baseline/* checkCompatibility */.P9)(baseline, { source: config.source, namespaces: config.namespaces, histogramBuckets: collected.histogramBuckets }, config.baselinePath);
    if (collected.to - collected.from < minimum) {
        notes.push(`the window is shorter than the model's ${minimum / 1000}s feature window: only the rules judged it`);
    }
    return analyseScan(collected, baseline, config, {
        inventory: env.inventory,
        baselinePath: config.baselinePath,
        now: ctx.now(),
        notes,
    });
}
/**
 * on-error: warn and the environment failed: a report that says so — verdict warn, partial, no services
 * judged, the fault and its fix in the notes. Never a pass: nothing was checked.
 */
function environmentFaultReport(ctx, baseline, fault, window) {
    const reason = `the scan could not complete (environment fault, on-error: warn): ${fault.message}`;
    return assembleReport({
        window,
        source: ctx.config.source,
        partial: true,
        baseline: { path: ctx.config.baselinePath, value: baseline },
        services: [],
        decision: { verdict: 'warn', gatingAnomalies: 0, reason },
        policy: ctx.config.gate,
        notes: [`environment fault: ${fault.message}`, `fix: ${fault.fix}`],
        now: ctx.now(),
    });
}
/** Status: the cluster and mesh (when a cluster is reachable), the baseline's metadata, the thresholds. */
async function runStatus(ctx) {
    return (await gatherStatus(ctx)).view;
}
/** The status view, and the cluster error behind `connectionError` so the CLI can exit 2 on it. */
async function gatherStatus(ctx) {
    const { config } = ctx;
    const now = ctx.now();
    let inventory = null;
    let connectionError;
    let connectionFailure = null;
    if (config.source !== 'simulated' || config.kube.kubeconfig || process.env.KUBECONFIG) {
        try {
            const connection = await connectIfNeeded(config, true);
            const { discoverMesh } = await __webpack_require__.e(/* import() */ 722).then(__webpack_require__.bind(__webpack_require__, 8722));
            inventory = connection ? await discoverMesh(connection, config.namespaces) : null;
        }
        catch (error) {
            if (!(error instanceof types/* UserFacingError */.Ui))
                throw error;
            connectionError = `${error.message} (${error.fix})`;
            connectionFailure = error;
        }
    }
    const baseline = { path: config.baselinePath, present: false };
    try {
        const b = (0,src_baseline/* readBaseline */.mF)(config.baselinePath, now);
        Object.assign(baseline, {
            present: true,
            createdAt: b.createdAt,
            window: b.window,
            services: b.services.length,
            ageSeconds: Math.max(0, Math.round((now - Date.parse(b.createdAt)) / 1000)),
            matchesNamespaces: b.namespaces.length === 0 ||
                (config.namespaces.length > 0 && config.namespaces.every((n) => b.namespaces.includes(n))),
            matchesCluster: inventory && b.cluster ? b.cluster.server === inventory.cluster.server : undefined,
        });
    }
    catch (error) {
        if (!(error instanceof types/* UserFacingError */.Ui))
            throw error;
        baseline.problem = error.message;
    }
    const { rules, gate, model } = config;
    const view = {
        inventory,
        connectionError,
        baseline,
        thresholds: {
            source: config.source,
            errorRatio: `${rules.errorRatio * 100}%`,
            trafficSpike: `${rules.trafficSpikeFactor}x`,
            trafficDrop: `${rules.trafficDropFactor}x`,
            latencyP99: rules.latencyP99Ms === null ? null : `${rules.latencyP99Ms}ms`,
            latencyFactor: `${rules.latencyFactor}x`,
            retryRatio: `${rules.retryRatio * 100}%`,
            timeoutRatio: `${rules.timeoutRatio * 100}%`,
            overflowRatio: `${rules.overflowRatio * 100}%`,
            sensitivity: model.sensitivity,
            failOn: gate.failOn,
            maxAnomalies: gate.maxAnomalies,
            minRequests: gate.minRequests,
        },
    };
    return { view, connectionFailure };
}


/***/ })

};

export const id = 201;
export const ids = [201];
export const modules = {

/***/ 40201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gatherStatus: () => (/* reexport */ gatherStatus),
  runLearn: () => (/* binding */ runLearn),
  runScan: () => (/* binding */ runScan),
  e: () => (/* reexport */ runStatus)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/files/atomic.ts
var atomic = __webpack_require__(46094);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
;// CONCATENATED MODULE: ./src/core/features.ts
/**
 * The feature layout of a signal's vector, in one place: the signal's metrics in order, each contributing
 * [mean, stddev, trend, volatility] (model/kmeans.ts windowFeatures). Index arithmetic goes through here.
 */
const FEATURE_NAMES = ['mean', 'stddev', 'trend', 'volatility'];
/** The position of one metric's feature in the vector. */
function featureIndex(metricIndex, feature = 'mean') {
    return metricIndex * FEATURE_NAMES.length + FEATURE_NAMES.indexOf(feature);
}
/** Which metric (by position) and which feature sit at a position of the vector. */
function featureAt(index) {
    return {
        metricIndex: Math.floor(index / FEATURE_NAMES.length),
        feature: FEATURE_NAMES[index % FEATURE_NAMES.length],
    };
}
/** The length of the vector of a signal over this many metrics. */
function featureDimensions(metrics) {
    return metrics * FEATURE_NAMES.length;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/core/settings.ts
var settings = __webpack_require__(51922);
;// CONCATENATED MODULE: ./src/core/signals.ts
/** `joint`: every signal's window aggregate together (model/joint.ts), not one of SIGNALS. */
const SIGNAL_NAMES = [
    'traffic',
    'errors',
    'latency',
    'retries',
    'timeouts',
    'overflow',
    'joint',
];
const SIGNALS = [
    { name: 'traffic', metrics: ['requestRate'], direction: 'both', type: 'traffic_spike', minScale: [0.05] },
    { name: 'errors', metrics: ['errorRatio'], direction: 'up', type: 'error_rate', minScale: [0.002] },
    {
        name: 'latency',
        metrics: ['latencyP50', 'latencyP90', 'latencyP99'],
        direction: 'up',
        type: 'latency',
        minScale: [0.5, 1, 2],
    },
    { name: 'retries', metrics: ['retryRatio'], direction: 'up', type: 'retry_storm', minScale: [0.003] },
    { name: 'timeouts', metrics: ['timeoutRatio'], direction: 'up', type: 'timeout', minScale: [0.002] },
    {
        name: 'overflow',
        metrics: ['overflowRatio', 'ejectionRate'],
        direction: 'up',
        type: 'circuit_breaker',
        minScale: [0.002, 0.01],
    },
];
/** Feature-scaling floors for a signal's feature vector: [mean, stddev, trend, volatility] per metric. */
function featureFloors(spec, metrics, windowSteps) {
    return metrics.flatMap((metric) => {
        const floor = spec.minScale[spec.metrics.indexOf(metric)];
        return [floor, floor, floor / windowSteps, floor];
    });
}

// EXTERNAL MODULE: ./src/core/names.ts
var names = __webpack_require__(22483);
// EXTERNAL MODULE: ./src/core/edges.ts
var core_edges = __webpack_require__(45869);
;// CONCATENATED MODULE: ./src/core/baseline.ts
/**
 * The baseline's shape: what `learn` produces and `scan` judges against, and its versioned zod schema.
 * The store (baseline/) reads and writes it; the core only needs the types.
 */






const BASELINE_SCHEMA_VERSION = 1;
const finite = schemas/* number */.aig().refine(Number.isFinite, 'must be a finite number');
const metricName = schemas/* enum */.k5n(types/* METRIC_NAMES */.Uw);
/** Requests slower than a learned quantile: the bound, their bunching, and the counts they were learned from. */
const slowCounts = schemas/* object */.Ikc({
    thresholdMs: finite.refine((v) => v > 0, 'must be above 0'),
    dispersion: finite.refine((v) => v >= 1 && v <= 1e6, 'must be 1..1e6'),
    requests: finite.refine((v) => v >= 0, 'must be 0 or more').optional(),
    slower: finite.refine((v) => v >= 0, 'must be 0 or more').optional(),
})
    .refine((t) => (t.slower ?? 0) <= (t.requests ?? Infinity), {
    message: 'slower must not exceed requests',
    path: ['slower'],
});
const stats = schemas/* object */.Ikc({
    /** Mean of the per-step values (request-weighted for ratios and latencies). */
    mean: finite,
    /** The band of normal per-window means: 5th..95th percentile. */
    p5: finite,
    p95: finite,
    /** Standard deviation of per-window means. */
    std: finite,
    max: finite,
});
const model = schemas/* object */.Ikc({
    metrics: schemas/* array */.YOg(metricName).min(1),
    windows: schemas/* number */.aig().int().min(1),
    /** Traffic learned as a share of the hour's expected rate (see traffic-profile.ts). */
    relativeToProfile: schemas/* boolean */.zMY().optional(),
    /** Per metric, the envelope of normal window means (model/kmeans.ts learnEnvelope). */
    envelope: schemas/* array */.YOg(schemas/* object */.Ikc({ median: finite, low: finite, high: finite })).optional(),
    scaler: schemas/* object */.Ikc({
        center: schemas/* array */.YOg(finite),
        scale: schemas/* array */.YOg(finite.refine((v) => v > 0, 'must be above 0')),
    }),
    k: schemas/* number */.aig().int().min(1),
    centroids: schemas/* array */.YOg(schemas/* array */.YOg(finite)).min(1),
    sizes: schemas/* array */.YOg(schemas/* number */.aig().int().min(0)),
    thresholds: schemas/* array */.YOg(finite.refine((v) => v > 0, 'must be above 0')),
    silhouette: finite.nullable(),
});
/** Strict RFC 3339 (what learn writes): Date.parse alone takes "Tue, 1 Jan 2030" and worse. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const isoDate = schemas/* string */.YjP()
    .refine((s) => RFC3339.test(s) && Number.isFinite(Date.parse(s)), 'must be an RFC3339 time');
/** Names reach logs and reports: only what Kubernetes itself would accept (core/names.ts). */
const kubeName = schemas/* string */.YjP().refine(names/* isKubernetesName */.aN, 'must be a Kubernetes name (RFC 1123 label)');
/** One service's learned normal behaviour (and, with a caller, one edge's). */
const serviceSchema = schemas/* object */.Ikc({
    namespace: kubeName,
    name: kubeName,
    /** Requests seen over the whole learning window. */
    requests: finite,
    /** Mean requests per second over the learning window. */
    meanRate: finite,
    /** Learned with too little traffic to judge: scans report insufficient-data. */
    insufficient: schemas/* boolean */.zMY(),
    /** Median req/s per UTC hour of the day, when the learning window covered most of a day. */
    hourlyRate: schemas/* array */.YOg(finite.refine((v) => v >= 0, 'must be 0 or more'))
        .length(24)
        .nullable()
        .optional(),
    metrics: schemas/* partialRecord */.jgl(metricName, stats),
    /** The longest ordinary silence between requests while learning (seconds): a went-dark tail must exceed it. */
    silenceSeconds: finite
        .refine((v) => v >= 0, 'must be 0 or more')
        .nullable()
        .optional(),
    /** Errors and timeouts as counts (their rate and over-dispersion), for judging quiet windows. */
    events: schemas/* partialRecord */.jgl(schemas/* enum */.k5n(['errorRatio', 'timeoutRatio']), schemas/* object */.Ikc({
        ratio: finite.refine((v) => v >= 0 && v <= 1, 'must be 0..1'),
        dispersion: finite.refine((v) => v >= 1 && v <= 1e6, 'must be 1..1e6'),
        requests: finite.refine((v) => v >= 0, 'must be 0 or more'),
    }))
        .optional(),
    /** How much the requests slower than the learned p99 bunch together (model/slow-tail.ts). */
    slowTail: slowCounts.optional(),
    /** The same at the learned p50: a shift of the whole body (model/slow-tail.ts). */
    slowMedian: slowCounts.optional(),
    models: schemas/* partialRecord */.jgl(schemas/* enum */.k5n(SIGNAL_NAMES), model),
    unavailable: schemas/* array */.YOg(metricName),
    /** Learned at L4 only (connections, no L7 proxy): its "requests" were connections. */
    layer: schemas/* literal */.euz('l4').optional(),
});
const baselineSchema = schemas/* object */.Ikc({
    schemaVersion: schemas/* literal */.euz(BASELINE_SCHEMA_VERSION),
    tool: schemas/* object */.Ikc({ name: schemas/* literal */.euz('smanalyzer'), version: schemas/* string */.YjP() }),
    createdAt: isoDate,
    source: schemas/* enum */.k5n(types/* SOURCE_NAMES */.tN),
    /** The mesh dialect it was learned from (absent: the simulated mesh, or an older baseline). */
    mesh: schemas/* enum */.k5n(types/* MESH_NAMES */.rC).optional(),
    cluster: schemas/* object */.Ikc({ server: schemas/* string */.YjP(), context: schemas/* string */.YjP(), version: schemas/* string */.YjP().optional() }).nullable(),
    /** Empty: every namespace. */
    namespaces: schemas/* array */.YOg(kubeName),
    window: schemas/* object */.Ikc({ from: isoDate, to: isoDate }),
    stepMs: schemas/* number */.aig().int().min(settings/* LIMITS */.b.stepMs.min).max(settings/* LIMITS */.b.stepMs.max),
    featureWindowMs: schemas/* number */.aig().int().min(settings/* LIMITS */.b.featureWindowMs.min).max(settings/* LIMITS */.b.featureWindowMs.max),
    histogramBuckets: schemas/* array */.YOg(finite).max(settings/* LIMITS */.b.histogramBuckets),
    settings: schemas/* object */.Ikc({
        kMax: schemas/* number */.aig().int().min(settings/* LIMITS */.b.kMax.min).max(settings/* LIMITS */.b.kMax.max),
        seed: schemas/* number */.aig().int(),
    }),
    services: schemas/* array */.YOg(serviceSchema).max(settings/* LIMITS */.b.services),
    /**
     * Each service's edges as its callers' proxies saw them: its busiest callers one by one, the others folded
     * into one edge (core/edges.ts). Absent: learned without the caller's view.
     */
    edges: schemas/* array */.YOg(serviceSchema.extend({
        caller: schemas/* string */.YjP().refine(core_edges/* isEdgeCallerId */._D, 'must be ns/name or a caller marker'),
    }))
        .max(settings/* LIMITS */.b.services * (core_edges/* CALLERS_LEARNED */.pR + 1))
        .optional(),
})
    // The step follows the scrape interval (a 60 s step, a 2-minute window is 2 steps): at least one step.
    .refine((b) => b.featureWindowMs >= b.stepMs, {
    message: 'must hold at least one step',
    path: ['featureWindowMs'],
});

;// CONCATENATED MODULE: ./src/baseline/store.ts
/**
 * The baseline artifact: its versioned schema, atomic write (temp file + rename, so a crash never leaves
 * half a file), and read + validate + compatibility checks with one clear message per problem.
 */





/** Serialise with sorted services so the same learning produces the same bytes. */
function serializeBaseline(baseline) {
    return JSON.stringify(baseline, null, 2) + '\n';
}
/**
 * Write complete or not at all (files/atomic.ts): readers see the old baseline or the new, never half, also on a
 * full disk. A writer killed mid-write (kill -9, OOM) leaves only a hidden .tmp file, swept by the next write.
 */
function writeBaselineAtomically(path, baseline, options = {}) {
    (0,atomic/* sweepAbandonedTempFiles */.oq)(path);
    try {
        // Serialise before the temp file exists: the window in which a kill leaves a temp file stays short.
        (0,atomic/* writeFileAtomically */.lo)(path, serializeBaseline(baseline), options);
    }
    catch (e) {
        const code = e.code;
        throw new types/* BaselineError */.s$(`cannot write the baseline to ${path}: ${code ?? e.message}; the previous baseline is unchanged`, code === 'ENOSPC'
            ? 'free space on that disk (or choose another --baseline path) and learn again'
            : 'check that the directory exists and is writable');
    }
}
/** Parse and validate a baseline text; every problem is named with its JSON path. */
function parseBaseline(text, path, now, learnCommand) {
    const relearn = `learn a new baseline: ${learnCommand ?? 'smanalyzer learn'}`;
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        throw new types/* BaselineError */.s$(`${path} is not valid JSON${text.length > 0 ? ' (truncated or corrupted?)' : ' (empty file)'}`, relearn);
    }
    const version = raw?.schemaVersion;
    if (typeof raw === 'object' && raw !== null && version !== BASELINE_SCHEMA_VERSION) {
        throw new types/* BaselineError */.s$(`${path} has baseline schema version ${JSON.stringify(version ?? null)}; this smanalyzer reads version ${BASELINE_SCHEMA_VERSION}`, `${relearn} (with this version)`);
    }
    const parsed = baselineSchema.safeParse(raw);
    if (!parsed.success) {
        const problems = parsed.error.issues
            .slice(0, 5)
            .map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
        const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
        throw new types/* BaselineError */.s$(`${path} is not a valid baseline: ${problems.join('; ')}${more}`, relearn);
    }
    const baseline = parsed.data;
    if (Date.parse(baseline.createdAt) > now + 5 * 60_000) {
        throw new types/* BaselineError */.s$(`${path} was created in the future (${baseline.createdAt})`, "check this machine's clock, or learn a new baseline");
    }
    if (Date.parse(baseline.window.from) >= Date.parse(baseline.window.to)) {
        throw new types/* BaselineError */.s$(`${path}: its window ends before it starts (${baseline.window.from} → ${baseline.window.to})`, relearn);
    }
    if (baseline.featureWindowMs < baseline.stepMs) {
        throw new types/* BaselineError */.s$(`${path}: its feature window (${baseline.featureWindowMs}ms) is shorter than its step (${baseline.stepMs}ms)`, relearn);
    }
    for (const service of baseline.services) {
        for (const [signal, m] of Object.entries(service.models)) {
            const dims = m.scaler.center.length;
            if (m.centroids.length !== m.k ||
                m.thresholds.length !== m.k ||
                m.sizes.length !== m.k ||
                m.scaler.scale.length !== dims ||
                // The joint model has one feature per metric, its window aggregate (core/model/joint.ts).
                (signal === 'joint' ? m.metrics.length : featureDimensions(m.metrics.length)) !== dims ||
                (m.envelope !== undefined && m.envelope.length !== m.metrics.length) ||
                m.centroids.some((c) => c.length !== dims)) {
                throw new types/* BaselineError */.s$(`${path}: the ${signal} model of ${service.namespace}/${service.name} is inconsistent (k, centroids and thresholds disagree)`, relearn);
            }
        }
    }
    return baseline;
}
function readBaseline(path, now, learnCommand) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new types/* BaselineError */.s$(code === 'ENOENT' ? `no baseline at ${path}` : `cannot read the baseline ${path}: ${code}`, `learn one first: ${learnCommand ?? `smanalyzer learn --baseline ${path}`}`);
    }
    return parseBaseline(text, path, now, learnCommand);
}
function checkCompatibility(baseline, scan, path, learnCommand) {
    const relearn = `learn a matching baseline: ${learnCommand ?? `smanalyzer learn --source ${scan.source}${scan.namespaces.map((n) => ` --namespace ${n}`).join('')} --baseline ${path}`}`;
    if (baseline.source !== scan.source) {
        throw new types/* BaselineError */.s$(`${path} was learned from ${baseline.source} metrics; this scan reads ${scan.source}`, relearn);
    }
    if (baseline.namespaces.length > 0) {
        const scanned = scan.namespaces.length > 0 ? scan.namespaces : ['(all namespaces)'];
        const outside = scanned.filter((ns) => !baseline.namespaces.includes(ns));
        if (outside.length > 0) {
            throw new types/* BaselineError */.s$(`${path} covers namespaces ${baseline.namespaces.join(', ')}; this scan asks for ${outside.join(', ')}`, relearn);
        }
    }
    if (scan.histogramBuckets &&
        scan.histogramBuckets.length > 0 &&
        baseline.histogramBuckets.length > 0 &&
        scan.histogramBuckets.join(',') !== baseline.histogramBuckets.join(',')) {
        throw new types/* BaselineError */.s$(`${path} was learned with latency buckets [${baseline.histogramBuckets.join(', ')}]; the mesh now reports [${scan.histogramBuckets.join(', ')}]`, relearn);
    }
    if (scan.cluster && baseline.cluster && scan.cluster.server !== baseline.cluster.server) {
        throw new types/* BaselineError */.s$(`${path} was learned on cluster ${baseline.cluster.server}; this scan is on ${scan.cluster.server}`, relearn);
    }
}

// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(56280);
;// CONCATENATED MODULE: ./src/core/error-policy.ts
/**
 * The error policy (gate.onError / --on-error): tells an environment fault — the cluster or Prometheus
 * unreachable or failing while a scan talks to it — from bad input, which always exits 2 whatever the policy.
 * The errors carry the distinction themselves (FaultKind in types.ts), set where they are raised.
 */

/**
 * True when the error is an environment fault: the API server or the metrics backend refused the connection,
 * reset it, timed out, answered 401/403/429/5xx, or sent a malformed or truncated answer. Kubeconfig problems
 * (missing, empty, no current context, unknown context), a namespace that does not exist, an invalid
 * Prometheus URL or CA file, a rejected query and a window without Istio metrics are bad input.
 */
function isEnvironmentFault(error) {
    return (error instanceof types/* ClusterError */.b$ || error instanceof types/* MetricsError */.kj) && error.environmental;
}

// EXTERNAL MODULE: ./node_modules/ml-kmeans/lib/index.js + 154 modules
var lib = __webpack_require__(51225);
// EXTERNAL MODULE: ./src/core/numbers.ts
var numbers = __webpack_require__(85993);
;// CONCATENATED MODULE: ./src/core/model/kmeans.ts
/**
 * The learned model of "normal": window features (mean, std dev, trend, volatility), scaling with the
 * training statistics, K-means (ml-kmeans, k-means++, fixed seed, k chosen per service by silhouette)
 * and each cluster's own distance distribution. Pure: data in, data out.
 */


/**
 * mean; population standard deviation; trend = least-squares slope per step (never a ratio to the first
 * value, which may be 0); volatility = mean absolute step-to-step change. Null with fewer than 2 values.
 */
function windowFeatures(values) {
    const n = values.length;
    if (n < 2)
        return null;
    let sum = 0;
    for (const v of values)
        sum += v;
    const mean = sum / n;
    let sq = 0;
    for (const v of values)
        sq += (v - mean) ** 2;
    const stddev = Math.sqrt(sq / n);
    const xMean = (n - 1) / 2;
    let sxy = 0;
    let sxx = 0;
    for (let i = 0; i < n; i++) {
        sxy += (i - xMean) * (values[i] - mean);
        sxx += (i - xMean) ** 2;
    }
    const trend = sxy / sxx;
    let change = 0;
    for (let i = 1; i < n; i++)
        change += Math.abs(values[i] - values[i - 1]);
    const volatility = change / (n - 1);
    return [mean, stddev, trend, volatility];
}
function fitScaler(vectors, minScale) {
    const dims = vectors[0].length;
    const center = new Array(dims).fill(0);
    const scale = new Array(dims).fill(0);
    for (const v of vectors)
        for (let d = 0; d < dims; d++)
            center[d] += v[d] / vectors.length;
    for (const v of vectors)
        for (let d = 0; d < dims; d++)
            scale[d] += (v[d] - center[d]) ** 2 / vectors.length;
    for (let d = 0; d < dims; d++)
        scale[d] = Math.max(Math.sqrt(scale[d]), minScale[d] ?? 1e-9, 1e-12);
    return { center, scale };
}
function applyScaler(scaler, vector) {
    return vector.map((v, d) => (v - scaler.center[d]) / scaler.scale[d]);
}
function euclidean(a, b) {
    let sum = 0;
    for (let i = 0; i < a.length; i++)
        sum += (a[i] - b[i]) ** 2;
    return Math.sqrt(sum);
}
/** Below this silhouette the clusters are not real modes: one cluster describes the data better. */
const MIN_SILHOUETTE = 0.6;
/** A cluster smaller than this has too few distances to learn its own threshold from. */
const MIN_CLUSTER_FOR_OWN_THRESHOLD = 8;
/** The threshold's floor in scaled units: no cluster is so tight that a tiny wobble is an anomaly. */
const MIN_THRESHOLD = 2;
function squaredDistance(a, b) {
    let sum = 0;
    for (let i = 0; i < a.length; i++)
        sum += (a[i] - b[i]) ** 2;
    return sum;
}
/**
 * Greedy k-means++ seeding (Arthur & Vassilvitskii, with scikit-learn's 2 + ln k local trials), on plain
 * arrays: ml-kmeans's own seeding allocates a matrix row per distance, which was a third of learning.
 */
function kmeansPlusPlusSeeds(points, k, seed) {
    const random = (0,numbers/* seededRandom */.Is)(seed);
    const trials = 2 + Math.floor(Math.log(k));
    const centres = [points[Math.floor(random() * points.length)]];
    let closest = points.map((p) => squaredDistance(p, centres[0]));
    while (centres.length < k) {
        const total = closest.reduce((a, b) => a + b, 0);
        let best = null;
        for (let t = 0; t < trials; t++) {
            let target = random() * total;
            let index = 0;
            while (index < points.length - 1 && target >= closest[index])
                target -= closest[index++];
            const distances = points.map((p, i) => Math.min(closest[i], squaredDistance(p, points[index])));
            const potential = distances.reduce((a, b) => a + b, 0);
            if (!best || potential < best.potential)
                best = { index, potential, distances };
        }
        centres.push(points[best.index]);
        closest = best.distances;
    }
    return centres.map((c) => [...c]);
}
function runKmeans(points, k, seed) {
    // Lloyd's iterations converge in a handful of steps on a few hundred windows; 30 bounds the worst case.
    return (0,lib/* kmeans */.Y)(points, k, { initialization: kmeansPlusPlusSeeds(points, k, seed), maxIterations: 30 });
}
/**
 * Simplified silhouette (distances to centroids instead of to every point): O(n·k) rather than O(n²),
 * and it ranks k the same way on compact clusters. 1 = well separated, 0 = overlapping.
 */
function silhouette(points, labels, centroids) {
    let total = 0;
    for (let i = 0; i < points.length; i++) {
        const a = euclidean(points[i], centroids[labels[i]]);
        let b = Infinity;
        for (let c = 0; c < centroids.length; c++)
            if (c !== labels[i])
                b = Math.min(b, euclidean(points[i], centroids[c]));
        if (Number.isFinite(b))
            total += (b - a) / Math.max(a, b, 1e-12);
    }
    return total / points.length;
}
/** The dynamic threshold from a set of normal distances: well past the 99th percentile. */
function thresholdFrom(distances) {
    const sorted = Float64Array.from(distances).sort(); // typed arrays sort numerically, and fast
    let mean = 0;
    for (const d of sorted)
        mean += d / sorted.length;
    let variance = 0;
    for (const d of sorted)
        variance += (d - mean) ** 2 / sorted.length;
    return Math.max(1.5 * (0,numbers/* quantile */.YV)(sorted, 0.99), mean + 4 * Math.sqrt(variance), MIN_THRESHOLD);
}
/**
 * Fit the model of one signal's normal windows. k is chosen in 1..kMax (never more than the windows)
 * by silhouette; every cluster learns its threshold from its own members' distances to its centroid.
 */
function fitClusterModel(vectors, options) {
    if (vectors.length === 0)
        throw new Error('fitClusterModel needs at least one window');
    const scaler = fitScaler(vectors, options.minScale);
    const points = vectors.map((v) => applyScaler(scaler, v));
    const kLimit = Math.min(options.kMax, Math.floor(points.length / 2));
    let best = { k: 1, labels: points.map(() => 0), centroids: [meanOf(points)], score: null };
    for (let k = 2; k <= kLimit; k++) {
        if (countDistinct(points, k) < k)
            break; // K-means cannot place more centroids than distinct points
        const result = runKmeans(points, k, options.seed);
        const score = silhouette(points, result.clusters, result.centroids);
        // Silhouette rarely recovers once the data stops splitting cleanly: stop at the first weak k.
        if (score < MIN_SILHOUETTE)
            break;
        if (best.score === null || score > best.score) {
            best = { k, labels: result.clusters, centroids: result.centroids, score };
        }
    }
    const members = best.centroids.map(() => []);
    points.forEach((p, i) => members[best.labels[i]].push(euclidean(p, best.centroids[best.labels[i]])));
    const overall = thresholdFrom(members.flat());
    const thresholds = members.map((d) => d.length >= MIN_CLUSTER_FOR_OWN_THRESHOLD ? thresholdFrom(d) : overall);
    return {
        scaler,
        k: best.k,
        centroids: best.centroids.map((c) => c.map((x) => (0,numbers/* significant */.I1)(x))),
        sizes: members.map((d) => d.length),
        thresholds: thresholds.map((x) => (0,numbers/* significant */.I1)(x)),
        silhouette: best.score === null ? null : (0,numbers/* significant */.I1)(best.score),
    };
}
/** Distinct points, counted only up to `enough`. */
function countDistinct(points, enough) {
    const seen = [];
    for (const p of points) {
        if (!seen.some((q) => q.every((v, i) => v === p[i])))
            seen.push(p);
        if (seen.length >= enough)
            break;
    }
    return seen.length;
}
function meanOf(points) {
    const out = new Array(points[0].length).fill(0);
    for (const p of points)
        for (let d = 0; d < p.length; d++)
            out[d] += p[d] / points.length;
    return out;
}
/** How unlike the learned modes one window is: distance to the nearest centroid against that cluster's threshold. */
function scoreWindow(model, vector, sensitivity) {
    const point = applyScaler(model.scaler, vector);
    let cluster = 0;
    let distance = Infinity;
    model.centroids.forEach((c, i) => {
        const d = euclidean(point, c);
        if (d < distance)
            [cluster, distance] = [i, d];
    });
    const threshold = model.thresholds[cluster] / sensitivity;
    return {
        cluster,
        distance,
        threshold,
        score: distance / threshold,
        deviation: point.map((v, d) => v - model.centroids[cluster][d]),
    };
}
function learnEnvelope(values, minSpread) {
    const sorted = Float64Array.from(values).sort();
    const spread = Math.max((0,numbers/* quantile */.YV)(sorted, 0.75) - (0,numbers/* quantile */.YV)(sorted, 0.25), minSpread);
    return {
        median: (0,numbers/* significant */.I1)((0,numbers/* quantile */.YV)(sorted, 0.5)),
        low: (0,numbers/* significant */.I1)((0,numbers/* quantile */.YV)(sorted, 0.005) - 3 * spread),
        high: (0,numbers/* significant */.I1)((0,numbers/* quantile */.YV)(sorted, 0.995) + 3 * spread),
    };
}
/** How far past the envelope a value is: 1 at a bound, 0 at the median; signed by side (+ above, − below). */
function envelopeScore(envelope, value, sensitivity) {
    if (value >= envelope.median) {
        const reach = (envelope.high - envelope.median) / sensitivity;
        return reach > 0 ? (value - envelope.median) / reach : 0;
    }
    const reach = (envelope.median - envelope.low) / sensitivity;
    return reach > 0 ? -(envelope.median - value) / reach : 0;
}

// EXTERNAL MODULE: ./src/core/series.ts
var core_series = __webpack_require__(34990);
;// CONCATENATED MODULE: ./src/core/traffic-profile.ts
/**
 * The daily shape of a service's traffic: the median request rate for each hour of the day (UTC), learned
 * when the learning window covers most of a day. Traffic is judged against the rate expected at that
 * hour, not the day's average, so a spike in a quiet hour and a dip at peak are both visible. Pure.
 */

const HOUR_MS = 3_600_000;
const DAY_HOURS = 24;
/** Hours of coverage needed before the profile is trusted over the plain mean. */
const MIN_PROFILE_HOURS = 20;
function learnHourlyProfile(rates, from, stepMs) {
    const byHour = Array.from({ length: DAY_HOURS }, () => []);
    rates.forEach((rate, i) => {
        if (rate === null || !Number.isFinite(rate))
            return;
        const hour = Math.floor(((from + (i + 0.5) * stepMs) % (DAY_HOURS * HOUR_MS)) / HOUR_MS);
        byHour[hour].push(rate);
    });
    const covered = byHour.filter((r) => r.length >= (0.5 * HOUR_MS) / stepMs).length;
    if (covered < MIN_PROFILE_HOURS)
        return null;
    const medians = byHour.map((r) => (r.length > 0 ? (0,numbers/* median */.JZ)(r) : null));
    // Fill an uncovered hour from its nearest covered neighbours.
    return medians.map((m, h) => {
        if (m !== null)
            return (0,numbers/* significant */.I1)(m);
        for (let d = 1; d < DAY_HOURS; d++) {
            const near = medians[(h + d) % DAY_HOURS] ?? medians[(h - d + DAY_HOURS) % DAY_HOURS];
            if (near !== null)
                return (0,numbers/* significant */.I1)(near);
        }
        return 0;
    });
}
/** The expected rate at time t: linear between hour centres, so the expectation has no steps at the hour. */
function expectedRateAt(profile, t) {
    const position = ((t % (DAY_HOURS * HOUR_MS)) / HOUR_MS - 0.5 + DAY_HOURS) % DAY_HOURS;
    const lower = Math.floor(position);
    const weight = position - lower;
    return profile[lower] * (1 - weight) + profile[(lower + 1) % DAY_HOURS] * weight;
}
/** Each step's rate as a share of what that hour expects (1 = as usual); null where there is no rate or no expectation. */
function relativeToProfile(rates, profile, from, stepMs) {
    return rates.map((rate, i) => {
        const expected = expectedRateAt(profile, from + (i + 0.5) * stepMs);
        return rate === null || expected <= 0 ? null : rate / expected;
    });
}

;// CONCATENATED MODULE: ./src/core/model/counts.ts
/**
 * Events counted per request (errors, timeouts) as counts, for services too quiet for ratios: a quiet
 * service's per-window ratio is mostly noise (one error in ten requests is 10%), but its counts follow a
 * binomial law whose over-dispersion (windows vary more than a binomial would: retries, bursts of one bad
 * client) is learned per window. Pure.
 */

/** Events in [start, end): requests × ratio per step (the ratio is per request, so this is a count). */
function eventCount(series, metric, start = 0, end = series.requests.length) {
    let events = 0;
    let requests = 0;
    for (let i = start; i < end; i++) {
        const n = series.requests[i] ?? 0;
        const ratio = series.values[metric][i];
        if (n <= 0 || ratio === null || ratio === undefined || !Number.isFinite(ratio))
            continue;
        events += n * ratio;
        requests += n;
    }
    return { events, requests };
}
/** The ratio and over-dispersion of an event over windows of `size` steps. Null without requests. */
function learnEventRate(series, metric, size, stride) {
    const total = eventCount(series, metric);
    if (total.requests <= 0)
        return null;
    const ratio = total.events / total.requests;
    const windows = (0,core_series/* windowStarts */.oX)(series.requests.length, size, stride).map((start) => {
        const w = eventCount(series, metric, start, start + size);
        return { events: w.events, trials: w.requests };
    });
    const dispersion = overDispersion(windows, Math.max(ratio, 1e-9), 1 - Math.min(ratio, 0.999));
    return { ratio, dispersion: Number(dispersion.toPrecision(6)), requests: Math.round(total.requests) };
}
/**
 * How much more per-window event counts varied than a binomial at `share` allows: Pearson χ² per degree of
 * freedom, at least 1 (1 with fewer than two windows that had trials). `complement` is the binomial's 1 − share.
 * Overlapping windows (stride < size) count each event about size/stride times: the estimate stays a mean.
 */
function overDispersion(windows, share, complement = 1 - share) {
    let chi2 = 0;
    let counted = 0;
    for (const { events, trials } of windows) {
        if (trials <= 0)
            continue;
        const expected = trials * share;
        chi2 += (events - expected) ** 2 / (expected * complement);
        counted++;
    }
    return counted > 1 ? Math.max(1, chi2 / (counted - 1)) : 1;
}
/** ln Γ(x) (Lanczos, g = 7): enough digits for tail probabilities. */
function logGamma(x) {
    const c = [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    x -= 1;
    let a = c[0];
    const t = x + 7.5;
    for (let i = 1; i < 9; i++)
        a += c[i] / (x + i);
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}
/** P(X ≥ k) for X ~ Poisson(mean): the chance of this many events or more by luck alone. */
function poissonUpperTail(k, mean) {
    if (k <= 0)
        return 1;
    if (mean <= 0)
        return 0;
    // Sum the upper tail directly from k upwards (the terms fall fast once past the mean).
    let term = Math.exp(k * Math.log(mean) - mean - logGamma(k + 1));
    let sum = term;
    for (let i = k + 1; i < k + 1000 && term > sum * 1e-12; i++) {
        term *= mean / i;
        sum += term;
    }
    return Math.min(1, sum);
}
/**
 * P(X ≥ k) for a Poisson count over `exposure` whose rate is Gamma(shape, rate) — a rate learned as `shape − 1`
 * events in `rate` of exposure, under a flat prior: X is negative binomial with r = shape, p = rate/(rate+exposure).
 */
function negativeBinomialUpperTail(k, shape, rate, exposure) {
    if (k <= 0)
        return 1;
    if (exposure <= 0)
        return 0;
    const p = rate / (rate + exposure);
    const logP = Math.log(p);
    const logQ = Math.log1p(-p);
    const logPmf = (x) => logGamma(x + shape) - logGamma(shape) - logGamma(x + 1) + shape * logP + x * logQ;
    const mode = shape > 1 ? Math.floor(((shape - 1) * (1 - p)) / p) : 0;
    if (k <= mode + 1) {
        // At or below the mode: one minus the lower sum, summed downwards from k − 1 (the terms fall away from the
        // mode), so a busy service's count of thousands costs a few standard deviations of terms, not thousands.
        let term = Math.exp(logPmf(k - 1));
        let lower = term;
        for (let x = k - 1; x > 0 && term > lower * 1e-12; x--) {
            term *= x / ((x - 1 + shape) * (1 - p));
            lower += term;
        }
        return Math.min(1, Math.max(0, 1 - lower));
    }
    // Past the mode the terms fall: sum upwards from k until they stop counting.
    let term = Math.exp(logPmf(k));
    let sum = term;
    for (let x = k + 1; x < k + 100_000 && term > sum * 1e-12; x++) {
        term *= ((x - 1 + shape) / x) * (1 - p);
        sum += term;
    }
    return Math.min(1, sum);
}
/** P(X ≤ k) for X ~ Poisson(mean). */
function poissonLowerTail(k, mean) {
    if (k < 0)
        return 0;
    return Math.max(0, 1 - poissonUpperTail(Math.floor(k) + 1, mean));
}
/**
 * How surprising `events` in `requests` are under a learned rate: the Poisson tail with the counts shrunk by
 * the over-dispersion (a quasi-Poisson test: variance = dispersion × mean).
 */
function eventSurprise(events, requests, rate, floor) {
    const dispersion = Math.max(1, rate.dispersion);
    const mean = (requests * Math.max(rate.ratio, floor)) / dispersion;
    return poissonUpperTail(Math.floor(events / dispersion + 1e-9), mean);
}

;// CONCATENATED MODULE: ./src/core/model/slow-tail.ts
/**
 * How much a service's slow requests bunch together. A p99 over the learned one is judged by how many requests were
 * slower than the learned p99, against the 1% a p99 allows (judge/rules.ts); on real meshes slow requests come a
 * minute at a time (a GC pause, a cold cache, one slow node, a batch of heavy calls), not one by one, so one slow
 * minute in a quiet window is far less surprising than a Poisson count of independent requests says. The learning
 * window tells how much more its slow counts varied than that (over-dispersion), as for errors (model/counts.ts).
 * And a p99 learned from a few dozen requests is barely a p80: how many requests it was learned from, and how many of
 * them were slower, set how sure the "1%" is (the chance of the next requests being slower is a posterior, not 1%).
 * The same counts at the learned p50 (half the requests slower by definition) judge a shift of the whole body: every
 * request slower (a delay on each call) moves a quiet service's median clearly where its p99 swings by nature.
 * Pure.
 */


/** A p99's share of slower requests, and a p50's. */
const TAIL_SHARE = 0.01;
const MEDIAN_SHARE = 0.5;
/** The slow tail over windows of `size` steps; null without buckets, requests or a positive bound. */
function learnSlowTail(series, thresholdMs, size, stride) {
    if (!(thresholdMs > 0) || !Number.isFinite(thresholdMs))
        return null;
    const total = (0,core_series/* requestsSlowerThan */.kU)(series, thresholdMs);
    if (!total || total.requests <= 0)
        return null;
    // The share measured on the same interpolated buckets as the bound (about 1% for a p99, by its definition).
    const share = Math.min(Math.max(total.slower / total.requests, 1e-6), 0.5);
    const windows = (0,core_series/* windowStarts */.oX)(series.requests.length, size, stride).map((start) => {
        const w = (0,core_series/* requestsSlowerThan */.kU)(series, thresholdMs, start, start + size);
        return { events: w?.slower ?? 0, trials: w?.requests ?? 0 };
    });
    const dispersion = Math.min(1e6, overDispersion(windows, share));
    return {
        thresholdMs,
        dispersion: Number(dispersion.toPrecision(6)),
        requests: Number(total.requests.toPrecision(6)),
        slower: Number(total.slower.toPrecision(6)),
    };
}
/**
 * The chance of `slower` of `requests` scanned requests (or more) being slower than the learned bound by luck, with
 * the counts shrunk by the learned over-dispersion (a quasi-Poisson test). The rate of slower requests is what
 * learning saw, at least the quantile's own `share` (1% for a p99), and as uncertain as its counts make it: with a
 * flat prior, a Gamma posterior over the rate, so the scanned count is negative binomial — Poisson at the share for
 * a well-learned service, far wider for a p99 learned from 4 requests. A baseline without the counts is judged at
 * the share, as it was learned.
 */
function slowTailSurprise(slower, requests, learned, share = TAIL_SHARE) {
    const dispersion = Math.max(1, learned?.dispersion ?? 1);
    const events = Math.floor(slower / dispersion + 1e-9);
    const exposure = requests / dispersion;
    const learnedRequests = learned?.requests ?? 0;
    if (!(learnedRequests > 0))
        return poissonUpperTail(events, share * exposure);
    const learnedSlower = Math.max(learned?.slower ?? 0, share * learnedRequests);
    return negativeBinomialUpperTail(events, learnedSlower / dispersion + 1, learnedRequests / dispersion, exposure);
}
/**
 * The learned slow tail with the requests of a recent window added (the reference window right before a deploy): a
 * p99 learned from a handful of requests says little, and the half hour before the deploy ran the same code on the
 * same day. Counted at the learned bound, over-dispersion kept. Unchanged without a learned count or recent requests.
 */
function withRecentRequests(learned, recent) {
    if (learned.requests === undefined)
        return learned;
    const counted = (0,core_series/* requestsSlowerThan */.kU)(recent, learned.thresholdMs);
    if (!counted || counted.requests <= 0)
        return learned;
    return {
        ...learned,
        requests: learned.requests + counted.requests,
        slower: (learned.slower ?? 0) + counted.slower,
    };
}

;// CONCATENATED MODULE: ./src/core/model/joint.ts


/** The signals that make a service's operating state, and the smallest change in each worth a distance. */
const JOINT_METRICS = [
    ['requestRate', 0.05],
    ['errorRatio', 0.002],
    ['latencyP50', 0.5],
    ['latencyP99', 2],
];
/** Traffic as a share of the hour's usual rate: a 2% wobble is noise. */
const RELATIVE_RATE_FLOOR = 0.02;
function jointMetrics(unavailable) {
    return JOINT_METRICS.map(([m]) => m).filter((m) => !unavailable.includes(m));
}
/** One vector per window: the window aggregate of each metric; windows missing any are skipped. */
function jointVectors(series, metrics, size, stride) {
    const starts = (0,core_series/* windowStarts */.oX)(series.requests.length, size, stride);
    const columns = metrics.map((m) => (0,core_series/* windowAggregates */.Ng)(series, m, starts, size));
    const out = [];
    starts.forEach((_, w) => {
        const v = columns.map((c) => c[w]);
        if (v.every((x) => x !== null && Number.isFinite(x)))
            out.push(v);
    });
    return out;
}
/** Fit the joint model; null with too few windows or a single signal (nothing joint to learn). */
function learnJoint(series, size, stride, options) {
    const metrics = jointMetrics(series.unavailable);
    if (metrics.length < 2)
        return null;
    const vectors = jointVectors(series, metrics, size, stride);
    if (vectors.length < 8)
        return null;
    const floors = metrics.map((m) => m === 'requestRate' && options.relativeTraffic
        ? RELATIVE_RATE_FLOOR
        : JOINT_METRICS.find(([name]) => name === m)[1]);
    const model = fitClusterModel(vectors, { kMax: options.kMax, seed: options.seed, minScale: floors });
    return {
        metrics,
        windows: vectors.length,
        ...(options.relativeTraffic ? { relativeToProfile: true } : {}),
        ...model,
        envelope: metrics.map((_, i) => learnEnvelope(vectors.map((v) => v[i]), floors[i])),
    };
}

;// CONCATENATED MODULE: ./src/core/model/silence.ts
/**
 * How long a service may go without a request as a matter of course, learned from its own traffic. Pure.
 */
/** With at least this many silences seen while learning, the longest one is set aside as a possible outage. */
const SILENCES_FOR_OUTLIER = 10;
/**
 * The longest silence that is ordinary for this service (seconds): the silent runs between requests seen
 * while learning, the longest set aside when there were many (one outage while learning must not blind the
 * check). Bursty clients leave minutes of silence that a Poisson rate calls impossible. Runs touching the
 * window's edges are cut short and not counted. Null without any silence.
 */
function ordinarySilenceSeconds(requests, stepMs) {
    const runs = [];
    let run = 0;
    let seenTraffic = false;
    for (const n of requests) {
        if (n > 0) {
            if (seenTraffic && run > 0)
                runs.push(run);
            seenTraffic = true;
            run = 0;
        }
        else
            run++;
    }
    if (runs.length === 0)
        return null;
    runs.sort((a, b) => b - a);
    const longest = runs.length >= SILENCES_FOR_OUTLIER ? runs[1] : runs[0];
    return (longest * stepMs) / 1000;
}

;// CONCATENATED MODULE: ./src/core/learn.ts













/** A window needs at least half its steps with values to say anything about its shape. */
function windowVector(series, metrics, start, size) {
    const vector = [];
    for (const metric of metrics) {
        const values = (0,core_series/* presentValues */.w)(series.values[metric], start, start + size);
        if (values.length < Math.max(2, size / 2))
            return null;
        vector.push(...windowFeatures(values));
    }
    return vector;
}
/** Feature vectors of a signal over a series, windows of `size` steps every `stride` steps. */
function signalVectors(series, metrics, size, stride) {
    const out = [];
    for (const start of (0,core_series/* windowStarts */.oX)(series.requests.length, size, stride)) {
        const v = windowVector(series, metrics, start, size);
        if (v)
            out.push(v);
    }
    return out;
}
/** The metrics of a signal this service actually has (optional stats may be missing). */
function availableMetrics(spec, unavailable) {
    return spec.metrics.filter((m) => !unavailable.includes(m));
}
function metricStats(series, metric, size, stride) {
    const mean = (0,core_series/* aggregateMetric */.Uj)(series, metric);
    if (mean === null)
        return null;
    const present = (0,core_series/* windowAggregates */.Ng)(series, metric, (0,core_series/* windowStarts */.oX)(series.requests.length, size, stride), size).filter((v) => v !== null);
    const wm = Float64Array.from(present.length > 0 ? present : [mean]).sort();
    let avg = 0;
    for (const v of wm)
        avg += v / wm.length;
    let variance = 0;
    for (const v of wm)
        variance += (v - avg) ** 2 / wm.length;
    const std = Math.sqrt(variance);
    return {
        mean: (0,numbers/* significant */.I1)(mean),
        p5: (0,numbers/* significant */.I1)((0,numbers/* quantile */.YV)(wm, 0.05)),
        p95: (0,numbers/* significant */.I1)((0,numbers/* quantile */.YV)(wm, 0.95)),
        std: (0,numbers/* significant */.I1)(std),
        max: (0,numbers/* significant */.I1)(wm[wm.length - 1]),
    };
}
/** The series with its request rate replaced by the share of what each hour usually sees. */
function withRelativeTraffic(series, profile, from, stepMs) {
    return {
        ...series,
        values: {
            ...series.values,
            requestRate: relativeToProfile(series.values.requestRate, profile, from, stepMs),
        },
    };
}
/** Traffic judged relative to its hour: a 2% wobble in that share is noise, not a mode. */
const RELATIVE_TRAFFIC_FLOOR = [0.02];
function learnService(series, config, stepMs, from) {
    const size = Math.round(config.featureWindowMs / stepMs);
    const stride = Math.max(1, Math.floor(size / 2));
    const requests = (0,core_series/* totalRequests */.Xi)(series);
    const seconds = (series.requests.length * stepMs) / 1000;
    const perWindowRequests = (requests / Math.max(1, series.requests.length)) * size;
    // Any traffic is worth keeping: a quiet service is judged by counts (judge/counts.ts). Its models need more:
    // per-window ratios of a few requests are mostly noise (a single error = 10%).
    const insufficient = requests <= 0;
    const modelled = perWindowRequests >= Math.max(1, config.gate.minRequests / 10) && requests >= config.gate.minRequests;
    const events = {};
    for (const metric of ['errorRatio', 'timeoutRatio']) {
        if (series.unavailable.includes(metric))
            continue;
        const rate = learnEventRate(series, metric, size, stride);
        if (rate)
            events[metric] = rate;
    }
    const metrics = {};
    for (const metric of types/* METRIC_NAMES */.Uw) {
        if (series.unavailable.includes(metric))
            continue;
        const s = metricStats(series, metric, size, stride);
        if (s)
            metrics[metric] = s;
    }
    const slowTail = metrics.latencyP99 ? learnSlowTail(series, metrics.latencyP99.mean, size, stride) : null;
    const slowMedian = metrics.latencyP50 ? learnSlowTail(series, metrics.latencyP50.mean, size, stride) : null;
    const hourlyRate = from === undefined ? null : learnHourlyProfile(series.values.requestRate, from, stepMs);
    const models = {};
    if (modelled) {
        for (const spec of SIGNALS) {
            const used = availableMetrics(spec, series.unavailable);
            if (used.length === 0)
                continue;
            const relative = spec.name === 'traffic' && hourlyRate !== null;
            const source = relative ? withRelativeTraffic(series, hourlyRate, from, stepMs) : series;
            const vectors = signalVectors(source, used, size, stride);
            if (vectors.length < 4)
                continue;
            const model = fitClusterModel(vectors, {
                kMax: config.model.kMax,
                seed: config.model.seed,
                minScale: relative
                    ? featureFloors({ ...spec, minScale: RELATIVE_TRAFFIC_FLOOR }, used, size)
                    : featureFloors(spec, used, size),
            });
            const floors = relative
                ? RELATIVE_TRAFFIC_FLOOR
                : used.map((m) => spec.minScale[spec.metrics.indexOf(m)]);
            const envelope = used.map((_, i) => learnEnvelope(vectors.map((v) => v[featureIndex(i, 'mean')]), floors[i]));
            const signalModel = {
                metrics: used,
                windows: vectors.length,
                ...(relative ? { relativeToProfile: true } : {}),
                ...model,
                envelope,
            };
            models[spec.name] = signalModel;
        }
        const relative = hourlyRate !== null;
        const joint = learnJoint(relative ? withRelativeTraffic(series, hourlyRate, from, stepMs) : series, size, stride, {
            kMax: config.model.kMax,
            seed: config.model.seed,
            relativeTraffic: relative,
        });
        if (joint)
            models.joint = joint;
    }
    return {
        namespace: series.service.namespace,
        name: series.service.name,
        requests,
        meanRate: (0,numbers/* significant */.I1)(requests / Math.max(1, seconds)),
        insufficient,
        hourlyRate,
        silenceSeconds: ordinarySilenceSeconds(series.requests, stepMs),
        metrics,
        ...(Object.keys(events).length > 0 ? { events } : {}),
        ...(slowTail ? { slowTail } : {}),
        ...(slowMedian ? { slowMedian } : {}),
        models,
        unavailable: [...series.unavailable].sort(),
        ...(series.layer ? { layer: series.layer } : {}),
    };
}
/**
 * A service's baseline and its edges': its own series, with the signals only its callers see (retries, overflows)
 * taken from its callers' view of it; and its busiest callers' view of it one by one, the others' folded.
 */
function learnServiceAndEdges(series, callers, config, stepMs, from) {
    const clientSide = callers.filter((edge) => edge.side === 'client');
    const service = learnService((0,core_edges/* withCallerSignals */.ZV)(series, clientSide), config, stepMs, from);
    const byCaller = (0,core_edges/* callerEdgesByCallee */.Zb)(clientSide).get((0,types/* serviceId */.fH)(series.service));
    const edges = byCaller
        ? (0,core_edges/* edgesToLearn */.uJ)(series.service, byCaller)
            .filter((edge) => (0,core_series/* totalRequests */.Xi)(edge.series) > 0)
            .map((edge) => ({ ...learnService(edge.series, config, stepMs, from), caller: edge.caller }))
        : [];
    return { service, edges };
}
function learnBaseline(collected, config, meta) {
    const byCallee = new Map();
    for (const edge of collected.edges ?? []) {
        const id = serviceId(edge.callee);
        byCallee.set(id, [...(byCallee.get(id) ?? []), edge]);
    }
    const learned = collected.services.map((series) => learnServiceAndEdges(series, byCallee.get(serviceId(series.service)) ?? [], config, collected.stepMs, collected.from));
    return baselineOf(collected, learned.map((one) => one.service), config, meta, learned.flatMap((one) => one.edges));
}
/** The baseline of services already learned one by one (learnService), in a stable order. */
function baselineOf(collected, learned, config, meta, learnedEdges = []) {
    const services = [...learned].sort(types/* compareServiceKeys */.dt);
    const edges = [...learnedEdges].sort((a, b) => (0,types/* compareServiceKeys */.dt)(a, b) || a.caller.localeCompare(b.caller));
    return {
        schemaVersion: BASELINE_SCHEMA_VERSION,
        tool: { name: 'smanalyzer', version: meta.toolVersion },
        createdAt: new Date(meta.now).toISOString(),
        source: collected.source,
        ...(collected.mesh ? { mesh: collected.mesh } : {}),
        cluster: meta.cluster,
        namespaces: [...meta.namespaces].sort(),
        window: { from: new Date(collected.from).toISOString(), to: new Date(collected.to).toISOString() },
        stepMs: collected.stepMs,
        featureWindowMs: config.featureWindowMs,
        histogramBuckets: collected.histogramBuckets,
        settings: { kMax: config.model.kMax, seed: config.model.seed },
        services,
        ...(edges.length > 0 ? { edges } : {}),
    };
}

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

// EXTERNAL MODULE: ./src/core/histogram.ts
var core_histogram = __webpack_require__(80365);
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
const propagation_TAIL_SHARE = 0.1;
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
        return [{ from, to, perRequest: c.perRequest, share }];
    });
    // Shares of one callee add up to at most 1: the rest of its traffic comes from outside the mesh.
    for (const incoming of groupBy(resolved, services.length, (c) => c.to)) {
        const total = incoming.reduce((sum, c) => sum + c.share, 0);
        if (total > 1)
            for (const c of incoming)
                c.share /= total;
    }
    return resolved;
}
/**
 * The effect of the faults on every service: errors and latency flow from callees to callers (callees first),
 * load flows from callers to callees (callers first), retries of failed calls add load to the failing callee.
 */
function propagateFaults(services, calls, faultsOf) {
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
    const loss = faults.map((f) => f.get('packet_loss') ?? 0);
    const seenP50 = (i) => p50Excess[i] + delay[i] + (loss[i] >= 0.5 ? RETRANSMIT_MS : 0);
    const seenP99 = (i) => p99Excess[i] + delay[i] + (loss[i] >= 0.01 ? RETRANSMIT_MS : 0);
    for (const at of [...order].reverse()) {
        // A request fails when any of its calls returns a failure; it waits for its slowest callee (calls to
        // several callees run side by side), so a deep, wide graph does not multiply a slowdown.
        let allSucceed = 1;
        for (const call of outgoing[at]) {
            const touched = Math.min(1, call.perRequest);
            allSucceed *= 1 - touched * errorExcess[call.to] * RETURNED_ERROR_SHARE;
            effects[at].p50AddMs = Math.max(effects[at].p50AddMs, touched * seenP50(call.to));
            effects[at].p99AddMs = Math.max(effects[at].p99AddMs, Math.min(1, call.perRequest / propagation_TAIL_SHARE) * seenP99(call.to));
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
        add('latencyP50', PROXY_HOP_MS + delayMs + (loss >= 0.5 ? RETRANSMIT_MS : 0));
        add('latencyP90', PROXY_HOP_MS + delayMs + (loss >= 0.1 ? RETRANSMIT_MS : 0));
        add('latencyP99', PROXY_HOP_MS + delayMs + (loss >= 0.01 ? RETRANSMIT_MS : 0));
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
function simulatedEdges(services, calls, series, callerSide) {
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
            edges.push({ ...shareOf(seen, call.share), caller, callee, side: 'client' });
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

;// CONCATENATED MODULE: ./src/sources/simulated/realism.ts





const REALISTIC_PREFIX = 'realistic:';
/** Prometheus scrapes the sidecars this often. */
const SCRAPE_MS = 15_000;
/** The rate() window of the queries, as the Prometheus source asks at a 15 s step. */
const RATE_WINDOW_MS = 120_000;
/** Istio's default istio_request_duration_milliseconds buckets (ms), then +Inf. */
const ISTIO_DEFAULT_BUCKETS = [
    0.5,
    1,
    5,
    10,
    25,
    50,
    100,
    250,
    500,
    1000,
    2500,
    5000,
    10000,
    30000,
    60000,
    300000,
    600000,
    1800000,
    3600000,
    Infinity,
];
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
    scrape(k) {
        const { spec, seed, index } = this.r;
        const t = k * SCRAPE_MS;
        const noise = new Noise(seed, index + 7919, k);
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
            Math.max(0.5, 1 + 0.04 * noise.normal()) +
            (effect?.p50AddMs ?? 0) * load; // time waiting on slow callees
        const paused = this.realism.pauseShare > 0 && noise.uniform() < this.realism.pauseShare;
        const pauseMs = paused ? this.realism.pauseMs * (0.5 + noise.uniform()) : 0;
        const pausedShare = paused ? this.realism.pausedRequests : 0;
        const cdf = (x) => {
            if (x === Infinity)
                return 1;
            if (!(x > 0))
                return 0;
            const base = phi((Math.log(x) - Math.log(median)) / this.sigma);
            const late = x > pauseMs ? phi((Math.log(x - pauseMs) - Math.log(median)) / this.sigma) : 0;
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
    for (const bound of ISTIO_DEFAULT_BUCKETS) {
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
/**
 * A service's series as a Prometheus query_range would return it: at each step's end, rate() over the 2 minutes
 * before from the scrapes that happened (no value when fewer than two did), histogram_quantile over the same
 * window's bucket increments; `latencyBuckets` holds each step's own bucket increments (cumulative, like `le`).
 * Its own proxy's view, and its callers'.
 */
function simulateRealistic(r) {
    const model = new ScrapeModel(r);
    const firstScrape = Math.floor((r.from - RATE_WINDOW_MS) / SCRAPE_MS) + 1;
    const lastScrape = Math.floor((r.from + r.steps * r.stepMs) / SCRAPE_MS);
    const raw = [];
    for (let k = firstScrape; k <= lastScrape; k++)
        raw.push(model.scrape(k));
    const key = { namespace: r.spec.namespace, name: r.spec.name };
    const server = asQueried(key, raw.map((inc) => ({ scraped: inc.scraped, counts: inc.server })), firstScrape, r);
    // The callee's own proxy never sees a retry or overflow flag: unavailable, never zero. Nor ejections.
    for (const metric of ['retryRatio', 'overflowRatio', 'ejectionRate']) {
        server.values[metric] = server.values[metric].map(() => null);
    }
    server.unavailable = ['retryRatio', 'overflowRatio', 'ejectionRate'];
    const callers = asQueried(key, raw.map((inc) => ({ scraped: inc.scraped, counts: inc.client })), firstScrape, r);
    callers.values.ejectionRate = callers.values.ejectionRate.map(() => null);
    callers.unavailable = ['ejectionRate'];
    return { server, callers };
}
/** One proxy's scrapes as the queries would read them over the request's steps. */
function asQueried(service, raw, firstScrape, r) {
    // Counters as Prometheus stores them: the running sums, seen only at the scrapes that happened.
    const buckets = ISTIO_DEFAULT_BUCKETS.length;
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
        latencyBuckets: { bounds: ISTIO_DEFAULT_BUCKETS, counts: [] },
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
        const histogram = ISTIO_DEFAULT_BUCKETS.map((le, b) => {
            sum += delta(5 + b);
            return { le, count: sum };
        });
        v.latencyP50.push((0,core_histogram/* histogramQuantile */.E)(0.5, histogram));
        v.latencyP90.push((0,core_histogram/* histogramQuantile */.E)(0.9, histogram));
        v.latencyP99.push((0,core_histogram/* histogramQuantile */.E)(0.99, histogram));
    }
    return series;
}

;// CONCATENATED MODULE: ./src/sources/simulated/source.ts






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
        const base = this.realistic ? options.topology.slice(REALISTIC_PREFIX.length) : options.topology;
        this.calls = resolveCalls(this.services, topologyCalls(base, options.seed));
        this.effects =
            options.propagation === false
                ? null
                : propagateFaults(this.services, this.calls, (s) => this.faultsFor(s));
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
        const byIndex = new Map();
        const callerSide = new Map();
        this.services.forEach((spec, index) => {
            if (request.namespaces.length > 0 && !request.namespaces.includes(spec.namespace))
                return;
            if (wanted && !wanted.includes(`${spec.namespace}/${spec.name}`))
                return;
            if (!this.realistic) {
                const series = this.simulate(spec, index, request.from, request.stepMs, steps);
                services.push(series);
                byIndex.set(index, series);
                if (request.withEdges)
                    callerSide.set(index, callerView(series, this.callerSideFaults(spec, request, steps)));
                return;
            }
            const views = simulateRealistic({
                spec,
                index,
                seed: this.options.seed,
                faults: this.faultsFor(spec),
                effect: this.effects?.[index] ?? null,
                faultFrom: this.options.faultFrom ?? request.from,
                from: request.from,
                stepMs: request.stepMs,
                steps,
            });
            services.push(views.server);
            byIndex.set(index, views.server);
            callerSide.set(index, views.callers);
        });
        return {
            ...(request.withEdges ? { edges: simulatedEdges(this.services, this.calls, byIndex, callerSide) } : {}),
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
            .filter((f) => f.service === spec.name || f.service === `${spec.namespace}/${spec.name}`)
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
            v.retryRatio.push(noise.poisson(requests * retryP) / requests);
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

// EXTERNAL MODULE: ./src/core/charts.ts
var core_charts = __webpack_require__(46250);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(83323);
;// CONCATENATED MODULE: ./src/core/report.ts



function assembleReport(input) {
    const services = [...input.services].sort((a, b) => `${a.key.namespace}/${a.key.name}`.localeCompare(`${b.key.namespace}/${b.key.name}`));
    const anomalies = services.flatMap((s) => s.verdict.findings.map((f) => ({ ...f, description: input.describe(f) })));
    const bySeverity = Object.fromEntries(types/* SEVERITIES */.oC.map((s) => [s, 0]));
    for (const f of anomalies)
        bySeverity[f.severity]++;
    const count = (status) => services.filter((s) => s.verdict.status === status).length;
    const b = input.baseline;
    const charts = input.series ? (0,core_charts/* buildFindingCharts */.pY)(input.series, anomalies, input.policy.failOn) : [];
    return {
        schemaVersion: 1,
        tool: { name: 'smanalyzer', version: version/* TOOL_VERSION */.w },
        verdict: input.decision.verdict,
        window: {
            from: new Date(input.window.from).toISOString(),
            to: new Date(input.window.to).toISOString(),
            ...(input.reference
                ? {
                    reference: {
                        from: new Date(input.reference.from).toISOString(),
                        to: new Date(input.reference.to).toISOString(),
                    },
                }
                : {}),
        },
        source: input.source,
        ...(input.mesh ? { mesh: input.mesh } : {}),
        cluster: input.cluster ?? null,
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
            // A count of requests: rates × seconds summed in floating point come out as 6132.1249999990005.
            requests: Math.round(verdict.requests),
            metrics: verdict.metrics,
            ...(verdict.reason ? { reason: verdict.reason } : {}),
            ...(verdict.layer ? { layer: verdict.layer } : {}),
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
            preExisting: anomalies.filter((f) => f.onset === 'pre-existing').length,
            bySeverity,
            failOn: input.policy.failOn,
            maxAnomalies: input.policy.maxAnomalies,
            warnOnly: input.policy.warnOnly,
            reason: input.decision.reason,
        },
        notes: input.notes,
        ...(charts.length > 0 ? { charts } : {}),
    };
}

// EXTERNAL MODULE: ./src/net/retry.ts
var retry = __webpack_require__(37893);
;// CONCATENATED MODULE: ./src/app/window-notes.ts
/**
 * What a user should know about the window they asked for: learn warns when the source held less history than
 * asked or when the window is too short for the hour-of-day traffic profile; a scan says when its window was
 * raised to the model's. Pure: the pipeline prints them.
 */

const window_notes_HOUR_MS = 3_600_000;
/** A duration as people write it: 90s, 2m, 1h30m, 24h. */
function formatSpan(ms) {
    const totalMinutes = Math.round(ms / 60_000);
    if (ms < 60_000)
        return `${Math.round(ms / 1000)}s`;
    const h = Math.floor(totalMinutes / 60);
    const m = totalMinutes % 60;
    return h === 0 ? `${m}m` : m === 0 ? `${h}h` : `${h}h${m}m`;
}
/** The first step with a request in a service's series, or -1. */
function firstRequestStep(series) {
    return series.requests.findIndex((requests) => requests > 0);
}
/** The last step with a request in a service's series, or -1. */
function lastRequestStep(series) {
    for (let i = series.requests.length - 1; i >= 0; i--)
        if (series.requests[i] > 0)
            return i;
    return -1;
}
/** More than a tenth (and more than 5 minutes) of a window without a single request anywhere: no history there. */
function missing(askedMs, absentMs) {
    return absentMs > Math.max(0.1 * askedMs, 5 * 60_000);
}
/**
 * The window learn actually read: the one asked, or — where the source held data for only part of it — its first
 * to its last sample, so `learn --from -24h` on 6 h of data says 6 h, not a day it never had.
 */
function readWindow(collected, span) {
    const { from, to, stepMs } = collected;
    if (span.first < 0)
        return { from, to, partOfAsked: false };
    const firstAt = from + span.first * stepMs;
    const lastAt = Math.min(to, from + span.last * stepMs);
    const asked = to - from;
    // Once part of the window is missing, both ends are the data's: a window is said as read, or as asked.
    if (!missing(asked, firstAt - from) && !missing(asked, to - lastAt))
        return { from, to, partOfAsked: false };
    return { from: firstAt, to: lastAt, partOfAsked: true };
}
/**
 * The learn window's warnings; `span` is where any service had a request (firstRequestStep / lastRequestStep over
 * every series): the series themselves are not kept while learning.
 */
function learnWarnings(collected, span) {
    const warnings = [];
    const askedMs = collected.to - collected.from;
    const read = readWindow(collected, span);
    const heldMs = span.first < 0 ? 0 : read.to - read.from;
    if (read.partOfAsked) {
        warnings.push(`the source holds only ${formatSpan(heldMs)} of the ${formatSpan(askedMs)} asked (data from ${new Date(read.from).toISOString()} ` +
            `to ${new Date(read.to).toISOString()}): the baseline is learned from that`);
    }
    const learnedMs = Math.min(heldMs || askedMs, askedMs);
    if (learnedMs < MIN_PROFILE_HOURS * window_notes_HOUR_MS) {
        warnings.push(`${formatSpan(learnedMs)} of history is too short for the hour-of-day traffic profile (it needs ${MIN_PROFILE_HOURS}h): ` +
            `traffic is judged against the window's mean, so a normal daily swing may read as a spike or a drop; learn 24h for it`);
    }
    return warnings;
}
/** A scan shorter than the model's window is raised to it, and says so. */
function scanWindowNote(askedMs, featureWindowMs) {
    if (askedMs >= featureWindowMs)
        return null;
    return `scanned ${formatSpan(featureWindowMs)}, not the ${formatSpan(askedMs)} asked: the model judges ${formatSpan(featureWindowMs)} windows, the shortest scan it can judge`;
}

// EXTERNAL MODULE: ./src/k8s/lookup.ts
var lookup = __webpack_require__(58580);
;// CONCATENATED MODULE: ./src/app/connect.ts

/** Connect to the cluster when the source needs it (sidecars) or one is configured (prometheus). */
async function connectIfNeeded(config, required) {
    // The same lookup order as the connection itself: --kubeconfig, KUBECONFIG, ~/.kube/config, in-cluster.
    const configured = (0,lookup/* clusterConfigured */.l_)(config.kube.kubeconfig);
    if (!required && !configured)
        return null;
    const { connectCluster } = await Promise.all(/* import() */[__webpack_require__.e(737), __webpack_require__.e(547), __webpack_require__.e(776)]).then(__webpack_require__.bind(__webpack_require__, 93776));
    return connectCluster({
        kubeconfig: config.kube.kubeconfig,
        context: config.kube.context,
        retry: config.kube.requestTimeoutMs === null
            ? undefined
            : { requestTimeoutMs: config.kube.requestTimeoutMs, deadlineMs: 3 * config.kube.requestTimeoutMs },
    });
}

// EXTERNAL MODULE: ./src/app/preflight.ts
var preflight = __webpack_require__(1424);
;// CONCATENATED MODULE: ./src/app/reference.ts
/**
 * The reference window right before the deploy (issue 12.1): where it lies, and reading it from a source
 * with history. The comparison itself is pure (core/judge/onset.ts).
 */

/**
 * When the deploy happened: --deployed-at, else the start of the scan window as collectWindow will place
 * it (a live scan on the simulated mesh replays the last `duration`). Null when the comparison is off.
 */
function plannedDeployTime(config, window, deployedAt, durationMs, stepMs, now) {
    if (config.gate.before <= 0)
        return null;
    if (deployedAt)
        return (0,load/* parseTime */.pe)(deployedAt, now);
    const planned = (0,load/* resolveWindow */.LI)({ from: window?.from, to: window?.to, durationMs }, now);
    const from = planned.live && config.source === 'simulated' ? now - durationMs : planned.from;
    return Math.floor(from / stepMs) * stepMs;
}
/** Read [deployedAt - before, deployedAt) on the scan's step grid; a note instead when it cannot be. */
async function readReference(source, deployedAt, config, stepMs, services, signal) {
    if (!source.hasHistory) {
        return {
            collected: null,
            note: `the ${source.name} source keeps no history, so the window before the deploy could not be read: findings are judged by the baseline alone`,
        };
    }
    const to = Math.floor(deployedAt / stepMs) * stepMs;
    const from = Math.floor((deployedAt - config.gate.before) / stepMs) * stepMs;
    if (to - from < 2 * stepMs) {
        return {
            collected: null,
            note: 'the window before the deploy is shorter than two steps: comparison skipped',
        };
    }
    const collected = await source.collect({
        from,
        to,
        stepMs,
        namespaces: config.namespaces,
        services,
        signal,
        withEdges: true,
    });
    if (!collected.services.some((s) => s.requests.some((r) => r > 0))) {
        return {
            collected: null,
            note: `no traffic in the ${Math.round(config.gate.before / 60_000)} minutes before the deploy (the cluster may have just started): findings are judged by the baseline alone`,
        };
    }
    return { collected, window: { from, to } };
}

;// CONCATENATED MODULE: ./src/core/gate.ts

function decideVerdict(input, policy) {
    // What was there before the deploy is not the deploy's doing: reported, gating only when asked to.
    const preExisting = input.findings.filter((f) => f.onset === 'pre-existing');
    const counted = policy.preExisting === 'fail' ? input.findings : input.findings.filter((f) => f.onset !== 'pre-existing');
    const gating = counted.filter((f) => (0,types/* severityRank */.qs)(f.severity) >= (0,types/* severityRank */.qs)(policy.failOn));
    const insufficient = input.statuses.filter((s) => s === 'insufficient-data').length;
    const fresh = input.statuses.filter((s) => s === 'new' || s === 'missing').length;
    const scanned = input.statuses.filter((s) => s !== 'missing').length;
    let verdict = 'pass';
    const reasons = [];
    if (gating.length > policy.maxAnomalies) {
        verdict = 'fail';
        reasons.push(`${gating.length} anomal${gating.length === 1 ? 'y' : 'ies'} at or above ${policy.failOn} (allowed: ${policy.maxAnomalies})`);
    }
    else if (counted.length > 0) {
        verdict = 'warn';
        const anomalies = (n) => `${n} anomal${n === 1 ? 'y' : 'ies'}`;
        const below = counted.length - gating.length;
        reasons.push(gating.length === 0
            ? `${anomalies(below)}, all below fail-on ${policy.failOn}: not counted against the gate`
            : `${anomalies(gating.length)} at or above ${policy.failOn}, within the ${policy.maxAnomalies} allowed` +
                (below > 0 ? `; ${below} more below ${policy.failOn}` : ''));
    }
    if (preExisting.length > 0 && policy.preExisting !== 'fail') {
        if (verdict === 'pass')
            verdict = 'warn';
        reasons.push(`${preExisting.length} anomal${preExisting.length === 1 ? 'y' : 'ies'} already present before the deploy (pre-existing: warn)`);
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

;// CONCATENATED MODULE: ./src/core/judge/context.ts


/** The rate the baseline expects over this series' steps. */
function expectedRequestRate(baseline, steps, stepMs, from) {
    if (baseline.hourlyRate && from !== undefined && steps > 0) {
        let sum = 0;
        for (let i = 0; i < steps; i++)
            sum += expectedRateAt(baseline.hourlyRate, from + (i + 0.5) * stepMs);
        return sum / steps;
    }
    return baseline.metrics.requestRate?.mean ?? null;
}
/** Six significant digits: findings stay readable and byte-stable. */
const round = (x) => (0,numbers/* significant */.I1)(x);
/** A finding with the baseline's expectation for its metric filled in, its figures rounded. */
function makeFinding(ctx, fields) {
    const stats = ctx.baseline.metrics[fields.metric];
    const expected = stats?.mean ?? 0;
    return {
        namespace: ctx.series.service.namespace,
        service: ctx.series.service.name,
        ...fields,
        observed: round(fields.observed),
        expected: round(expected),
        expectedRange: [round(stats?.p5 ?? expected), round(stats?.p95 ?? expected)],
        threshold: round(fields.threshold),
        score: round(fields.score),
        reason: roundReason(fields.reason),
    };
}
function roundReason(reason) {
    const out = {};
    for (const [key, value] of Object.entries(reason))
        out[key] = typeof value === 'number' ? round(value) : value;
    return out;
}

;// CONCATENATED MODULE: ./src/core/judge/severity.ts
/**
 * Severity and de-duplication: how far past a threshold maps to a severity band, and one finding per
 * (service, type) is kept. Pure.
 */

/** Windows that must all agree before a model finding's severity is raised one band. */
const CONFIRMING_WINDOWS = 3;
/** Model severity bands over score = distance / threshold. */
function modelSeverity(score) {
    if (score < 1)
        return null;
    if (score < 1.5)
        return 'low';
    if (score < 2)
        return 'medium';
    if (score < 3.5)
        return 'high';
    return 'critical';
}
/** A broken static rule is never minor: high, critical from twice the threshold. */
function ruleSeverity(ratio) {
    if (ratio <= 1)
        return null;
    return ratio < 2 ? 'high' : 'critical';
}
/** Raise a severity one band (critical stays critical). */
function confirmed(severity) {
    return types/* SEVERITIES */.oC[Math.min(types/* SEVERITIES */.oC.length - 1, (0,types/* severityRank */.qs)(severity) + 1)];
}
/** Keep one finding per type: the most severe, rule over model on a tie (its reason is plainer). */
function onePerType(findings) {
    const byType = new Map();
    for (const f of findings) {
        const current = byType.get(f.type);
        const better = !current ||
            (0,types/* severityRank */.qs)(f.severity) > (0,types/* severityRank */.qs)(current.severity) ||
            ((0,types/* severityRank */.qs)(f.severity) === (0,types/* severityRank */.qs)(current.severity) &&
                f.detector === 'rule' &&
                current.detector === 'model');
        if (better)
            byType.set(f.type, f);
    }
    return [...byType.values()];
}
/** Most severe first, then by type: the order findings are reported in. */
function bySeverity(a, b) {
    return (0,types/* severityRank */.qs)(b.severity) - (0,types/* severityRank */.qs)(a.severity) || a.type.localeCompare(b.type);
}

;// CONCATENATED MODULE: ./src/core/judge/dark.ts


/** e^(−7) ≈ 0.1%: a silence this unlikely at the usual rate is not chance. */
const SILENCE_EXPECTED_REQUESTS = 7;
/** A tail shorter than this share of the window is left to the window's own statistics. */
const MIN_TAIL_SHARE = 0.2;
/** Steps at the end of the window with no request (absent or zero). */
function silentTailSteps(requests) {
    let steps = 0;
    for (let i = requests.length - 1; i >= 0 && !(requests[i] > 0); i--)
        steps++;
    return steps;
}
/** A traffic_drop when the service fell silent for the end of the window, and its rate makes that no chance. */
function darkTailFinding(ctx) {
    const { requests } = ctx.series;
    const tail = silentTailSteps(requests);
    if (tail === 0 || tail < MIN_TAIL_SHARE * requests.length)
        return null;
    const rate = ctx.expectedRate ?? ctx.baseline.meanRate;
    const silentSeconds = (tail * ctx.stepMs) / 1000;
    const expectedRequests = rate * silentSeconds;
    if (!(expectedRequests >= SILENCE_EXPECTED_REQUESTS))
        return null;
    // No longer than a silence this service had while learning: its clients come in bursts, not the deploy.
    const ordinary = ctx.baseline.silenceSeconds;
    if (ordinary != null && silentSeconds <= ordinary)
        return null;
    const score = expectedRequests / SILENCE_EXPECTED_REQUESTS;
    return makeFinding(ctx, {
        type: 'traffic_drop',
        // Past the bound the silence is not chance: a broken rule, high, critical from twice the bound.
        severity: ruleSeverity(Math.max(score, 1.5)) ?? 'high',
        detector: 'rule',
        metric: 'requestRate',
        observed: 0,
        threshold: rate,
        score,
        reason: { kind: 'went-dark', silentSeconds, expectedRequests, shareOfWindow: tail / requests.length },
    });
}

;// CONCATENATED MODULE: ./src/core/judge/rules.ts




/** Relative rules: this many times the service's own ratio, at least the floor, and a z above MIN_Z. */
const RELATIVE_FACTOR = 5;
const RELATIVE_ERROR_FLOOR = 0.01;
const RELATIVE_TIMEOUT_FLOOR = 0.005;
const MIN_Z = 5;
/** Ratios counted in events (errors, timeouts, retries, overflows): judged only with MIN_EVENTS of them. */
const MIN_EVENTS = 10;
/** Past the highest normal window, with a margin: the window max, capped by a robust spread over p95. */
function normalReach(stats) {
    if (!stats)
        return 0;
    return REACH_MARGIN * Math.min(stats.max, stats.p95 + 3 * (stats.p95 - stats.p5));
}
const REACH_MARGIN = 1.1;
/**
 * A latency quantile's bound relative to the learned distribution of its window values: a heavy tail that reaches
 * 1 s in normal windows is not a regression at 330 ms, whatever twice its mean says; a stable quantile keeps the
 * factor.
 */
function learnedLatencyBound(usual, stats, factor) {
    const reach = normalReach(stats);
    return reach > usual * factor
        ? { limit: reach, reason: { kind: 'latency-range', high: reach } }
        : { limit: usual * factor, reason: { kind: 'latency-factor', factor, baseline: usual } };
}
/** The highest traffic the windows kept in training, as a factor of the rate expected now. */
function trafficReach(ctx, expected) {
    const model = ctx.baseline.models.traffic;
    const envelope = model?.envelope?.[0];
    if (model?.relativeToProfile && envelope && ctx.baseline.hourlyRate && ctx.from !== undefined)
        return REACH_MARGIN * envelope.high;
    return normalReach(ctx.baseline.metrics.requestRate) / expected;
}
/**
 * The lowest traffic the windows kept in training, as a factor of the rate expected now, when that rate is the
 * learning window's mean (no hour-of-day profile: a short learning window). A mean over bursty traffic says little
 * about one window: half of it is no drop where a twentieth of the learned windows were lower still.
 */
function trafficFloor(ctx, expected) {
    if (ctx.baseline.hourlyRate && ctx.from !== undefined)
        return Infinity;
    const stats = ctx.baseline.metrics.requestRate;
    return stats ? stats.p5 / REACH_MARGIN / expected : Infinity;
}
/** A slow tail counts when requests slower than the usual p99 are this unlikely at the 1% a p99 allows. */
const SLOW_TAIL_CHANCE = 1e-3;
/**
 * A window's p99 over the learned one is a handful of requests when traffic is light (3 slow calls of 230 set it):
 * relative to the baseline it counts only when more requests than the usual 1% were slower than the usual p99,
 * beyond chance — Poisson, shrunk by how much the service's slow requests bunched together while learning (one slow
 * minute of a service that has such minutes is no regression). A real shift slows far more than 1%, and lasts.
 * Without buckets, the p99 stands as it is.
 */
function slowTailIsReal(ctx, usualP99) {
    if (usualP99 === null || !(usualP99 > 0))
        return true;
    const counted = (0,core_series/* requestsSlowerThan */.kU)(ctx.series, usualP99);
    if (!counted || counted.requests <= 0)
        return true;
    // The learned bunching is about the same bound; a baseline from before it was learned counts requests one by one.
    const learned = ctx.baseline.slowTail?.thresholdMs === usualP99 ? ctx.baseline.slowTail : undefined;
    return slowTailSurprise(counted.slower, counted.requests, learned) < SLOW_TAIL_CHANCE;
}
/** The same count at the learned p50, against the half of requests a median allows. */
function slowMedianIsReal(ctx, usualP50) {
    const counted = (0,core_series/* requestsSlowerThan */.kU)(ctx.series, usualP50);
    if (!counted || counted.requests <= 0)
        return false;
    const learned = ctx.baseline.slowMedian?.thresholdMs === usualP50 ? ctx.baseline.slowMedian : undefined;
    return slowTailSurprise(counted.slower, counted.requests, learned, MEDIAN_SHARE) < SLOW_TAIL_CHANCE;
}
function ruleFindings(ctx) {
    const { rules } = ctx.config;
    const out = [];
    const o = ctx.observed;
    const base = (m) => ctx.baseline.metrics[m]?.mean ?? null;
    /** A broken rule; its score is how far past the threshold (for a drop, how far below it). */
    const broken = (type, metric, observed, threshold, reason) => {
        const score = type === 'traffic_drop' ? Math.min(threshold / Math.max(observed, 1e-9), 1e6) : observed / threshold;
        out.push(makeFinding(ctx, {
            type,
            severity: ruleSeverity(score),
            detector: 'rule',
            metric,
            observed,
            threshold,
            score,
            reason,
        }));
    };
    const rate = o.requestRate;
    const baseRate = ctx.expectedRate;
    const basis = ctx.baseline.hourlyRate && ctx.from !== undefined ? 'hour-of-day' : 'baseline-mean';
    if (rate != null && baseRate != null && baseRate > 0) {
        // A spike is judged against the traffic the service's windows reached in training too: an hourly batch
        // at 3x the hour's usual rate is one of its operating states, not an anomaly.
        const spikeFactor = Math.max(rules.trafficSpikeFactor, trafficReach(ctx, baseRate));
        const spike = baseRate * spikeFactor;
        const dropFactor = Math.min(rules.trafficDropFactor, trafficFloor(ctx, baseRate));
        const drop = baseRate * dropFactor;
        const band = { kind: 'traffic-band', expectedRate: baseRate, basis };
        if (rate > spike)
            broken('traffic_spike', 'requestRate', rate, spike, {
                ...band,
                direction: 'above',
                factor: Number(spikeFactor.toPrecision(3)),
            });
        else if (rate < drop)
            broken('traffic_drop', 'requestRate', rate, drop, {
                ...band,
                direction: 'below',
                factor: Number(dropFactor.toPrecision(3)),
            });
    }
    const errors = o.errorRatio;
    if (errors != null && errors > rules.errorRatio) {
        broken('error_rate', 'errorRatio', errors, rules.errorRatio, {
            kind: 'ratio-limit',
            limit: rules.errorRatio,
        });
    }
    // Relative: far above this service's own normal, and too many to be chance (binomial z over the
    // window's requests). Catches "10x the usual errors" long before an absolute 5% limit would.
    const requests = (0,core_series/* totalRequests */.Xi)(ctx.series);
    const relativeRules = [
        ['errorRatio', 'error_rate', RELATIVE_ERROR_FLOOR],
        ['timeoutRatio', 'timeout', RELATIVE_TIMEOUT_FLOOR],
    ];
    for (const [metric, type, floor] of relativeRules) {
        const value = o[metric];
        const usualRatio = base(metric);
        if (value == null || usualRatio == null || out.some((f) => f.type === type))
            continue;
        const threshold = Math.max(floor, RELATIVE_FACTOR * usualRatio);
        const p0 = Math.max(usualRatio, 1e-4);
        const z = (value - p0) / Math.sqrt((p0 * (1 - p0)) / Math.max(requests, 1));
        // A handful of events proves nothing whatever z says: the normal approximation fails for rare counts.
        if (value > threshold && z > MIN_Z && value * requests >= MIN_EVENTS) {
            broken(type, metric, value, threshold, {
                kind: 'ratio-relative',
                factor: RELATIVE_FACTOR,
                usual: usualRatio,
                z,
                requests,
            });
        }
    }
    const p99 = o.latencyP99;
    const baseP99 = base('latencyP99');
    if (p99 != null) {
        const bounds = [];
        if (rules.latencyP99Ms !== null)
            bounds.push({
                limit: rules.latencyP99Ms,
                reason: { kind: 'latency-bound', limitMs: rules.latencyP99Ms },
            });
        if (baseP99 != null && baseP99 > 0)
            bounds.push(learnedLatencyBound(baseP99, ctx.baseline.metrics.latencyP99, rules.latencyFactor));
        const worst = bounds.sort((a, b) => p99 / b.limit - p99 / a.limit)[0];
        const relativeBound = worst?.reason.kind !== 'latency-bound';
        if (worst && p99 > worst.limit && (!relativeBound || slowTailIsReal(ctx, baseP99)))
            broken('latency', 'latencyP99', p99, worst.limit, worst.reason);
    }
    // The median: every request slower (a delay on each call, a slow dependency) moves a quiet service's p50 clearly
    // where its p99 of a few requests swings by nature (its normal reach is wide). Past the same two bounds as the p99
    // (the factor, the reach of its windows' p50), and backed by more requests slower than the learned p50 than the
    // half a median allows, beyond chance under the same counts as the slow tail.
    const p50 = o.latencyP50;
    const baseP50 = base('latencyP50');
    if (p50 != null && baseP50 != null && baseP50 > 0 && !out.some((f) => f.type === 'latency')) {
        const bound = learnedLatencyBound(baseP50, ctx.baseline.metrics.latencyP50, rules.latencyFactor);
        if (p50 > bound.limit && slowMedianIsReal(ctx, baseP50))
            broken('latency', 'latencyP50', p50, bound.limit, bound.reason);
    }
    // Retries, timeouts and overflow: over the absolute limit AND well above this service's own normal,
    // so a service that always retries a little is not flagged forever.
    const relative = [
        ['retryRatio', 'retry_storm', rules.retryRatio],
        ['timeoutRatio', 'timeout', rules.timeoutRatio],
        ['overflowRatio', 'circuit_breaker', rules.overflowRatio],
    ];
    for (const [metric, type, limit] of relative) {
        const value = o[metric];
        if (value == null)
            continue;
        const threshold = Math.max(limit, 2 * (base(metric) ?? 0));
        if (value > threshold)
            broken(type, metric, value, threshold, { kind: 'ratio-limit', limit: threshold });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/judge/model.ts









const SHAPE_ONLY_MAX = 'medium';
/** Ratios counted in events (errors, timeouts, retries, overflows): judged only with MIN_EVENTS of them. */
const EVENT_RATIOS = new Set([
    'errorRatio',
    'timeoutRatio',
    'retryRatio',
    'overflowRatio',
]);
/** The scan's windows as the model sees them (traffic as a share of the hour's usual rate when learned so). */
function scanVectors(ctx, spec, model, windowSteps) {
    const used = availableMetrics(spec, ctx.series.unavailable).filter((m) => model.metrics.includes(m));
    if (used.length !== model.metrics.length)
        return null;
    let series = ctx.series;
    if (model.relativeToProfile) {
        // Learned as a share of the hour's usual traffic: judge the scan the same way, or not at all.
        if (!ctx.baseline.hourlyRate || ctx.from === undefined)
            return null;
        series = withRelativeTraffic(series, ctx.baseline.hourlyRate, ctx.from, ctx.stepMs);
    }
    const size = Math.min(windowSteps, series.requests.length);
    const vectors = signalVectors(series, used, size, Math.max(1, Math.floor(size / 2)));
    return vectors.length > 0 ? { used, vectors, series } : null;
}
/**
 * A regression persists; a restart blip recovers. The deviation of a metric's level from its learned
 * median must still be at least half as large over the scan's last quarter (two steps at least) as over
 * the whole scan — this tells a blip from a regression even inside a single feature window.
 */
function persistsToTheEnd(series, metric, reference) {
    const steps = series.requests.length;
    const tail = Math.max(2, Math.floor(steps / 4));
    const overall = (0,core_series/* aggregateMetric */.Uj)(series, metric);
    const end = (0,core_series/* aggregateMetric */.Uj)(series, metric, steps - tail, steps);
    if (overall === null || end === null)
        return true;
    const deviation = overall - reference;
    const endDeviation = end - reference;
    return (Math.sign(endDeviation) === Math.sign(deviation) && Math.abs(endDeviation) >= 0.5 * Math.abs(deviation));
}
/** A finding of the model's about `metric`, observed at the scan's value of it (fields in the report's order). */
function modelFindingAbout(ctx, fields) {
    const { type, severity, metric, threshold, score, reason, ...rest } = fields;
    return makeFinding(ctx, {
        type,
        severity,
        detector: 'model',
        metric,
        observed: ctx.observed[metric] ?? 0,
        threshold,
        score,
        reason,
        ...rest,
    });
}
/**
 * The clusters' verdict: the median window's distance to the nearest learned mode over that mode's own
 * threshold. Null when the scan looks like a learned mode, when the deviation is an improvement, or
 * when it was transient (the scan's last window is normal again: a restart blip or a burst recovers).
 */
function clusterFinding({ ctx, spec, model, used, vectors }) {
    const scores = vectors.map((v) => scoreWindow(model, v, ctx.config.model.sensitivity));
    const score = (0,numbers/* median */.JZ)(scores.map((s) => s.score));
    let severity = modelSeverity(score);
    if (!severity)
        return null;
    if (scores.length >= 2 && scores[scores.length - 1].score < 1)
        return null;
    // Every window of a long enough scan agreeing is stronger evidence than any one window's distance.
    if (scores.length >= CONFIRMING_WINDOWS && scores.every((s) => s.score >= 1))
        severity = confirmed(severity);
    const typical = scores.reduce((best, s) => Math.abs(s.score - score) < Math.abs(best.score - score) ? s : best);
    // The feature that moved most tells the direction and which metric to show.
    let strongest = 0;
    typical.deviation.forEach((d, i) => {
        if (Math.abs(d) > Math.abs(typical.deviation[strongest]))
            strongest = i;
    });
    const { metricIndex, feature } = featureAt(strongest);
    const metric = used[metricIndex];
    const meanDeviation = typical.deviation[featureIndex(metricIndex, 'mean')];
    const up = typical.deviation[strongest] > 0;
    let type = spec.type;
    if (spec.direction === 'both') {
        type = meanDeviation >= 0 ? 'traffic_spike' : 'traffic_drop';
    }
    else if (!up || (feature === 'mean' && meanDeviation < 0)) {
        return null; // an improvement (lower latency, fewer errors, steadier) is not an anomaly
    }
    else if (feature !== 'mean' && meanDeviation < 0 && Math.abs(meanDeviation) > 1) {
        return null;
    }
    // A change of shape alone (spread, trend, volatility at a normal level) is reported, not gated: on real
    // telemetry a heavy tail's jitter changes shape from one window to the next.
    if (feature !== 'mean' && (0,types/* severityRank */.qs)(severity) > (0,types/* severityRank */.qs)(SHAPE_ONLY_MAX))
        severity = SHAPE_ONLY_MAX;
    const result = modelFindingAbout(ctx, {
        type,
        severity,
        metric,
        threshold: typical.threshold,
        score,
        reason: {
            kind: 'mode-distance',
            feature,
            distance: typical.distance,
            threshold: typical.threshold,
            mode: typical.cluster + 1,
            modes: model.k,
        },
    });
    return { finding: result, aboutLevel: feature === 'mean' };
}
/**
 * The envelope's verdict: the scan's typical window mean against the range of window means seen in
 * training. It sees sustained shifts that rare normal modes hide from the clusters (a burst mode widens
 * a single cluster's threshold as much as a 40% dip would need).
 */
function envelopeFinding({ ctx, spec, model, used, vectors }) {
    if (!model.envelope)
        return null;
    const sensitivity = ctx.config.model.sensitivity;
    let best = null;
    used.forEach((metric, i) => {
        const envelope = model.envelope[i];
        const means = vectors.map((v) => v[featureIndex(i, 'mean')]);
        const score = envelopeScore(envelope, (0,numbers/* median */.JZ)(means), sensitivity);
        if (Math.abs(score) < 1 || (spec.direction === 'up' && score < 0))
            return;
        // Persistence, as for the clusters: the last window must still be outside on the same side.
        const last = envelopeScore(envelope, means[means.length - 1], sensitivity);
        if (means.length >= 2 && (Math.sign(last) !== Math.sign(score) || Math.abs(last) < 1))
            return;
        let severity = modelSeverity(Math.abs(score));
        if (means.length >= CONFIRMING_WINDOWS &&
            means.every((m) => Math.abs(envelopeScore(envelope, m, sensitivity)) >= 1)) {
            severity = confirmed(severity);
        }
        // Relative traffic is a share of the hour's usual rate: report the bound in req/s.
        const unit = model.relativeToProfile ? (ctx.expectedRate ?? 1) : 1;
        const bound = (score > 0 ? envelope.high : envelope.low) * unit;
        const type = spec.direction === 'both' ? (score > 0 ? 'traffic_spike' : 'traffic_drop') : spec.type;
        const candidate = modelFindingAbout(ctx, {
            type,
            severity,
            metric,
            threshold: bound,
            score: Math.abs(score),
            reason: { kind: 'envelope', side: score > 0 ? 'above' : 'below', bound },
        });
        if (!best || candidate.score > best.score)
            best = candidate;
    });
    return best ? { finding: best, aboutLevel: true } : null;
}
/**
 * A verdict must still hold at the end of the scan (see persistsToTheEnd) when it is about the metric's
 * level, or when the level moved by half its normal reach anyway (a restart blip shows as spread too).
 * A change of shape alone — more jitter at the same level — is judged on two windows or more.
 */
function persists(verdict, series, used, model, windows) {
    const metric = verdict.finding.metric;
    const envelope = model.envelope?.[used.indexOf(metric)];
    if (!envelope)
        return true;
    if (!verdict.aboutLevel) {
        const level = (0,core_series/* aggregateMetric */.Uj)(series, metric);
        if (level === null)
            return true;
        const reach = level >= envelope.median ? envelope.high - envelope.median : envelope.median - envelope.low;
        // A change of shape alone needs two windows, so that the last one can show it persists: within
        // a single window it cannot be told from a restart.
        if (Math.abs(level - envelope.median) < 0.5 * reach)
            return windows >= 2;
    }
    return persistsToTheEnd(series, metric, envelope.median);
}
/** The model: the clusters and the envelope each judge the scan; the stronger verdict is kept. */
function modelFinding(ctx, spec, model, windowSteps) {
    const scan = scanVectors(ctx, spec, model, windowSteps);
    if (!scan)
        return null;
    const found = [
        clusterFinding({ ctx, spec, model, used: scan.used, vectors: scan.vectors }),
        envelopeFinding({ ctx, spec, model, used: scan.used, vectors: scan.vectors }),
    ].filter((v) => v !== null && persists(v, scan.series, scan.used, model, scan.vectors.length));
    const best = onePerType(found.map((v) => v.finding))[0] ?? null;
    // The clusters' choice of metric is the scaled feature that moved most; the envelope's is the one outside.
    if (best && spec.type === 'latency' && best.reason.kind === 'mode-distance')
        return namedForTheQuantileThatMovedMost(ctx, best, scan.used);
    // Two errors against a baseline of none is a real difference, but not one to stop a deploy for.
    if (best && EVENT_RATIOS.has(best.metric) && best.observed * (0,core_series/* totalRequests */.Xi)(ctx.series) < MIN_EVENTS)
        return null;
    return best;
}
/**
 * A latency finding names the quantile that moved most against its own usual level (p99 229 ms against
 * 80 ms says more than the p50 that the model's scaled features happened to rank first).
 */
function namedForTheQuantileThatMovedMost(ctx, finding, used) {
    let metric = finding.metric;
    let moved = 0;
    for (const m of used) {
        const observed = ctx.observed[m];
        const usual = ctx.baseline.metrics[m]?.mean;
        if (observed == null || !usual || usual <= 0)
            continue;
        if (observed / usual > moved)
            [metric, moved] = [m, observed / usual];
    }
    if (metric === finding.metric)
        return finding;
    const { type, severity, detector, threshold, score, reason } = finding;
    return makeFinding(ctx, {
        type,
        severity,
        detector,
        metric,
        observed: ctx.observed[metric] ?? 0,
        threshold,
        score,
        reason,
    });
}

;// CONCATENATED MODULE: ./src/core/judge/joint.ts








const JOINT_MAX = 'medium';
const TYPE_OF = {
    errorRatio: 'error_rate',
    latencyP50: 'latency',
    latencyP90: 'latency',
    latencyP99: 'latency',
    timeoutRatio: 'timeout',
};
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/**
 * Which signal is out of place. The combination is unlike every state, so "furthest from the nearest state" can
 * blame a signal that is normal for another state (ordinary traffic is far from the batch). Prefer the state that
 * explains the window by one harmful move — errors or latency up by a scaled unit or more — nearest first; traffic
 * only when no state does.
 */
function nameTheDeviation(model, vector) {
    const point = applyScaler(model.scaler, vector);
    const states = model.centroids
        .map((centroid) => ({ centroid, distance: euclidean(point, centroid) }))
        .sort((a, b) => a.distance - b.distance);
    for (const { centroid } of states) {
        let best = -1;
        point.forEach((v, i) => {
            const type = TYPE_OF[model.metrics[i]];
            if (type && v - centroid[i] >= 1 && (best < 0 || v - centroid[i] > point[best] - centroid[best]))
                best = i;
        });
        if (best >= 0)
            return { metric: model.metrics[best], type: TYPE_OF[model.metrics[best]] };
    }
    const nearest = states[0].centroid;
    const rate = model.metrics.indexOf('requestRate');
    let strongest = 0;
    point.forEach((v, i) => {
        if (Math.abs(v - nearest[i]) > Math.abs(point[strongest] - nearest[strongest]))
            strongest = i;
    });
    if (strongest !== rate)
        return null;
    return { metric: 'requestRate', type: point[rate] > nearest[rate] ? 'traffic_spike' : 'traffic_drop' };
}
function jointFinding(ctx, model, windowSteps) {
    if (model.metrics.some((m) => ctx.series.unavailable.includes(m)))
        return null;
    let series = ctx.series;
    if (model.relativeToProfile) {
        if (!ctx.baseline.hourlyRate || ctx.from === undefined)
            return null;
        series = withRelativeTraffic(series, ctx.baseline.hourlyRate, ctx.from, ctx.stepMs);
    }
    const size = Math.min(windowSteps, series.requests.length);
    const vectors = jointVectors(series, model.metrics, size, Math.max(1, Math.floor(size / 2)));
    if (vectors.length === 0)
        return null;
    const scores = vectors.map((v) => scoreWindow(model, v, ctx.config.model.sensitivity));
    const score = median(scores.map((s) => s.score));
    let severity = modelSeverity(score);
    if (!severity || scores[scores.length - 1].score < 1)
        return null;
    if (scores.length >= CONFIRMING_WINDOWS && scores.every((s) => s.score >= 1))
        severity = confirmed(severity);
    // Every signal is inside its own range, only the combination is new: worth a warning, not a failed deploy on
    // its own (on the realistic tuning suite, day-to-day drift moved whole states as often as a fault did).
    if ((0,types/* severityRank */.qs)(severity) > (0,types/* severityRank */.qs)(JOINT_MAX))
        severity = JOINT_MAX;
    const typicalIndex = scores.reduce((best, s, i) => (Math.abs(s.score - score) < Math.abs(scores[best].score - score) ? i : best), 0);
    const typical = scores[typicalIndex];
    const named = nameTheDeviation(model, vectors[typicalIndex]);
    if (!named)
        return null; // fewer errors or a faster service is not an anomaly
    const { metric, type } = named;
    const observed = ctx.observed[metric] ?? 0;
    const combination = describeCombination(model, vectors[typicalIndex], typical.cluster, metric);
    if ((type === 'error_rate' || type === 'timeout') && observed * (0,core_series/* totalRequests */.Xi)(ctx.series) < MIN_EVENTS)
        return null;
    return makeFinding(ctx, {
        type,
        severity,
        detector: 'model',
        metric,
        observed,
        threshold: typical.threshold,
        score,
        reason: {
            kind: 'mode-distance',
            feature: 'mean',
            distance: typical.distance,
            threshold: typical.threshold,
            mode: typical.cluster + 1,
            modes: model.k,
            joint: true,
            combination,
            ...(model.relativeToProfile ? { relativeTraffic: true } : {}),
        },
    });
}
/**
 * The window and the nearest state in the signals' own units (the centroid unscaled), the named metric first,
 * then the others by their scaled distance from the state: what a person needs to see what is out of place.
 */
function describeCombination(model, vector, cluster, metric) {
    const centroid = model.centroids[cluster];
    const rows = model.metrics.map((m, i) => ({
        metric: m,
        window: vector[i],
        nearest: centroid[i] * model.scaler.scale[i] + model.scaler.center[i],
        apart: Math.abs(applyScaler(model.scaler, vector)[i] - centroid[i]),
    }));
    const first = rows.filter((r) => r.metric === metric);
    const rest = rows.filter((r) => r.metric !== metric).sort((a, b) => b.apart - a.apart);
    return [...first, ...rest].map(({ metric: m, window, nearest }) => ({ metric: m, window, nearest }));
}

;// CONCATENATED MODULE: ./src/core/judge/counts.ts
/**
 * Quiet services (fewer requests in the window than gate.minRequests): judged with statistics meant for
 * counts — errors and timeouts as events against the learned rate and its over-dispersion, latency from the
 * whole window's merged buckets — instead of ratios that one request swings by 10%. Pure.
 */




/** Below this many requests even counts cannot tell a fault from luck: insufficient-data. */
const MIN_QUIET_REQUESTS = 3;
/** A count finding needs at least this many events, and this little chance of them by luck. */
const MIN_QUIET_EVENTS = 3;
const SURPRISE = 1e-4;
/** The smallest event rate the test assumes (a service that never failed in training can still fail by luck). */
const RATE_FLOOR = 1e-3;
/** Latency from merged buckets needs this many requests for its p99 to be more than the window's maximum. */
const MIN_LATENCY_REQUESTS = 20;
const EVENTS = [
    ['errorRatio', 'error_rate'],
    ['timeoutRatio', 'timeout'],
];
function quietFindings(ctx, requests) {
    const out = [];
    for (const [metric, type] of EVENTS) {
        const rate = ctx.baseline.events?.[metric];
        if (!rate || ctx.series.unavailable.includes(metric))
            continue;
        const { events, requests: n } = eventCount(ctx.series, metric);
        const count = Math.round(events);
        if (count < MIN_QUIET_EVENTS)
            continue;
        const surprise = eventSurprise(count, n, rate, RATE_FLOOR);
        if (surprise >= SURPRISE)
            continue;
        // The threshold: the fewest events that would have been this surprising, as a ratio.
        let fewest = MIN_QUIET_EVENTS;
        while (fewest < count && eventSurprise(fewest, n, rate, RATE_FLOOR) >= SURPRISE)
            fewest++;
        const observed = count / n;
        const threshold = fewest / n;
        out.push(makeFinding(ctx, {
            type,
            severity: ruleSeverity(Math.max(observed / threshold, 1.000001)),
            detector: 'rule',
            metric,
            observed,
            threshold,
            score: observed / threshold,
            reason: {
                kind: 'event-count',
                events: count,
                requests: Math.round(n),
                usual: rate.ratio,
                dispersion: rate.dispersion,
                chance: surprise,
            },
        }));
    }
    if (requests >= MIN_LATENCY_REQUESTS)
        out.push(...ruleFindings(ctx).filter((f) => f.type === 'latency'));
    return out;
}

;// CONCATENATED MODULE: ./src/core/judge/sustained.ts
/**
 * Did the deviation last? A regression a deploy brings stays; a client's burst, a GC pause or a pod restart is
 * over within a minute or two. The scan window is cut into a few slices; a finding whose metric sat at least
 * half-way to its observed level in fewer than most of them is transient (Flagger's idea of failed checks in a
 * row, inside one window). Pure.
 */

const SLICES = 3;
/** A slice holds the deviation when its level is at least this share of the way from expected to observed. */
const HOLD_SHARE = 0.5;
/** Slices (of SLICES) that must hold. */
const MUST_HOLD = 2;
/** False when the finding's deviation held in fewer than MUST_HOLD of the window's slices. */
function sustained(finding, series) {
    // A silent tail is judged on its own length; counts on a quiet service have no slices to spare.
    if (finding.reason.kind === 'went-dark' || finding.reason.kind === 'event-count')
        return true;
    const steps = series.requests.length;
    if (steps < SLICES)
        return true;
    const deviation = finding.observed - finding.expected;
    if (deviation === 0)
        return true;
    let held = 0;
    let judged = 0;
    for (let i = 0; i < SLICES; i++) {
        const start = Math.floor((i * steps) / SLICES);
        const end = Math.floor(((i + 1) * steps) / SLICES);
        const level = (0,core_series/* aggregateMetric */.Uj)(series, finding.metric, start, end);
        if (level === null)
            continue;
        judged++;
        if ((level - finding.expected) / deviation >= HOLD_SHARE)
            held++;
    }
    return judged < MUST_HOLD || held >= MUST_HOLD;
}

;// CONCATENATED MODULE: ./src/core/judge/service.ts











function summarizeMetrics(series, baseline) {
    const out = {};
    for (const metric of types/* METRIC_NAMES */.Uw) {
        if (series.unavailable.includes(metric))
            continue;
        const stats = baseline?.metrics[metric];
        const observed = (0,core_series/* aggregateMetric */.Uj)(series, metric);
        out[metric] = {
            observed: observed === null ? null : round(observed),
            expected: stats ? stats.mean : null,
            band: stats ? [stats.p5, stats.p95] : null,
        };
    }
    return out;
}
/**
 * Judge one service's scan window against its baseline. `windowSteps` is the baseline's feature window.
 * Below `minRequests` the service is insufficient-data — unless its baseline says it should be busy,
 * in which case the silence itself is a traffic drop.
 */
function detectServiceAnomalies(series, baseline, config, stepMs, windowSteps, 
/** Start of the window: with it, traffic is judged against the learned hour-of-day profile. */
from) {
    const requests = (0,core_series/* totalRequests */.Xi)(series);
    const metrics = summarizeMetrics(series, baseline);
    if (!baseline) {
        return {
            status: 'new',
            requests,
            findings: [],
            metrics,
            reason: 'not in the baseline: learn again to include it',
        };
    }
    if ((baseline.layer ?? null) !== (series.layer ?? null)) {
        // Connections and requests are not the same count: what was learned at one layer cannot judge the other.
        const now = series.layer === 'l4' ? 'at L4 only (connections)' : 'at L7 (requests)';
        return {
            status: 'new',
            requests,
            findings: [],
            metrics,
            reason: `read ${now} now, unlike when it was learned (a waypoint added or removed): learn again`,
        };
    }
    const observed = {};
    for (const metric of types/* METRIC_NAMES */.Uw)
        observed[metric] = (0,core_series/* aggregateMetric */.Uj)(series, metric);
    const expectedRate = expectedRequestRate(baseline, series.requests.length, stepMs, from);
    const ctx = { series, baseline, config, observed, expectedRate, from, stepMs };
    const seconds = (series.requests.length * stepMs) / 1000;
    const expectedRequests = (expectedRate ?? baseline.meanRate) * seconds;
    if (requests < config.gate.minRequests || baseline.insufficient) {
        const drop = expectedRequests >= config.gate.minRequests && !baseline.insufficient
            ? ruleFindings({ ...ctx, observed: { requestRate: requests / Math.max(seconds, 1) } }).filter((f) => f.type === 'traffic_drop')
            : [];
        // Connections are reused for many requests: a stretch without new ones is not a service gone dark.
        const dark = baseline.insufficient || series.layer === 'l4' ? null : darkTailFinding(ctx);
        if (drop.length === 0 && dark)
            drop.push(dark);
        if (drop.length > 0)
            return { status: 'anomalous', requests, findings: drop, metrics };
        // A quiet window is still judged, by counts, as long as a fault could show in it at all.
        if (!baseline.insufficient && requests >= MIN_QUIET_REQUESTS) {
            const quiet = onePerType(quietFindings(ctx, requests)).sort(bySeverity);
            return { status: quiet.length > 0 ? 'anomalous' : 'ok', requests, findings: quiet, metrics };
        }
        const reason = baseline.insufficient
            ? `the baseline saw too little traffic (${Math.round(baseline.requests)} requests) to judge`
            : `${requests} requests in the window, too few to judge even as counts`;
        return { status: 'insufficient-data', requests, findings: [], metrics, reason };
    }
    const findings = ruleFindings(ctx);
    const dark = series.layer === 'l4' ? null : darkTailFinding(ctx);
    if (dark)
        findings.push(dark);
    for (const spec of SIGNALS) {
        const model = baseline.models[spec.name];
        if (!model)
            continue;
        const f = modelFinding(ctx, spec, model, windowSteps);
        if (f)
            findings.push(f);
    }
    const joint = baseline.models.joint ? jointFinding(ctx, baseline.models.joint, windowSteps) : null;
    if (joint)
        findings.push(joint);
    // A deviation that did not last through the window (a burst, a GC pause, a restart) is reported, never gated.
    const kept = onePerType(findings.map((f) => (sustained(f, series) ? f : { ...f, severity: 'low', sustained: false }))).sort(bySeverity);
    return { status: kept.length > 0 ? 'anomalous' : 'ok', requests, findings: kept, metrics };
}

;// CONCATENATED MODULE: ./src/core/judge/onset.ts




/** "Most of the reference window": this share of its judged slices, the last one included. */
const HELD_SHARE = 2 / 3;
/**
 * A slice holds the deviation when it sat at least this share of the scan's deviation away from normal, the same
 * way: the rest may be the service's normal swing on top (a burst on a drifted day); worseThanBefore decides that.
 */
const HELD_DEVIATION = 0.25;
/** At most this many slices: a few minutes each over the default 30 minutes. */
const MAX_SLICES = 6;
/** Worse than before by this factor (of the deviation from normal, and of the level itself): new. */
const WORSE_DEVIATION = 1.5;
const WORSE_LEVEL = 1.25;
/** The reference window's slices judged against the baseline; null when none had enough data to judge. */
function judgeReference(series, baseline, config, reference, windowSteps) {
    const steps = series.requests.length;
    const count = Math.max(1, Math.min(MAX_SLICES, Math.floor(steps / Math.max(1, windowSteps))));
    const size = Math.floor(steps / count);
    const judge = (start, end) => detectServiceAnomalies((0,core_series/* sliceSeries */.kV)(series, start, end), baseline, config, reference.stepMs, windowSteps, reference.from + start * reference.stepMs);
    let slices = [];
    let bounds = [];
    for (let i = 0; i < count; i++) {
        const range = [i * size, i === count - 1 ? steps : (i + 1) * size];
        const verdict = judge(...range);
        if (verdict.status === 'ok' || verdict.status === 'anomalous') {
            slices.push(new Set(verdict.findings.map((f) => f.type)));
            bounds.push(range);
        }
    }
    // Quiet services: too few requests per slice, so the whole window judged at once is the one slice.
    if (slices.length < Math.min(2, count)) {
        const whole = judge(0, steps);
        const judged = whole.status === 'ok' || whole.status === 'anomalous';
        slices = judged ? [new Set(whole.findings.map((f) => f.type))] : [];
        bounds = judged ? [[0, steps]] : [];
    }
    return slices.length > 0 ? { slices, bounds, series } : null;
}
/**
 * The finding's metric already sat part of the way from normal (HELD_DEVIATION), the same way, in most slices of the
 * reference window and in its last: the level held up to the deploy even where the slices' own verdicts flicker
 * (a heavy tail, a level near a threshold). A 3-minute blip long before the deploy holds in one slice at most.
 */
function levelHeld(finding, view) {
    const deviation = finding.observed - finding.expected;
    if (deviation === 0)
        return false;
    const held = view.bounds.map(([start, end]) => {
        const level = (0,core_series/* aggregateMetric */.Uj)(view.series, finding.metric, start, end);
        if (level === null)
            return false;
        const before = level - finding.expected;
        return (Math.sign(before) === Math.sign(deviation) && Math.abs(before) >= HELD_DEVIATION * Math.abs(deviation));
    });
    return held.filter(Boolean).length >= HELD_SHARE * held.length && held[held.length - 1];
}
/**
 * How much a level may move between two windows without anything happening: the ratio of the top of the
 * metric's learned envelope to its median (an hourly burst, a heavy tail), at least WORSE_LEVEL.
 */
function normalSwing(finding, baseline) {
    for (const model of Object.values(baseline.models)) {
        const i = model?.metrics.indexOf(finding.metric) ?? -1;
        const envelope = i >= 0 ? model.envelope?.[i] : undefined;
        if (envelope && envelope.median > 0 && envelope.high > envelope.median)
            return Math.max(WORSE_LEVEL, Math.min(envelope.high / envelope.median, MAX_SWING));
    }
    return WORSE_LEVEL;
}
const MAX_SWING = 3;
/**
 * A silent tail that the traffic right before the deploy explains: at the reference window's own rate, that
 * long a silence is ordinary (fewer than 7 requests expected — the dark rule's bound), or a silence as long
 * already happened in the reference window. A quiet day or gappy telemetry, not the deploy.
 */
function quietBefore(silentSeconds, view, stepMs) {
    const seconds = (view.series.requests.length * stepMs) / 1000;
    const rate = (0,core_series/* totalRequests */.Xi)(view.series) / Math.max(seconds, 1);
    if (rate * silentSeconds < 7)
        return true;
    // The same silence already happened before the deploy (scrape gaps, a bursty client): not the deploy's doing.
    let run = 0;
    let longest = 0;
    for (const n of view.series.requests) {
        run = n > 0 ? 0 : run + 1;
        longest = Math.max(longest, run);
    }
    return longest * stepMs >= silentSeconds * 1000;
}
/**
 * The level the reference window showed for the finding's metric: its mean — but for the traffic of a service the
 * baseline has no traffic model of (too few requests while learning to tell its normal swing), the busiest (for a
 * drop the quietest) of the reference window's slices. Its traffic swings from one few-minute slice to the next by
 * nature, and the reference window is then the only measure of that swing; a scan only as busy as the reference
 * window already was at times is not the deploy's doing.
 */
function levelBefore(finding, view, baseline) {
    const mean = (0,core_series/* aggregateMetric */.Uj)(view.series, finding.metric);
    if (mean === null || finding.metric !== 'requestRate' || baseline.models.traffic?.envelope)
        return mean;
    let level = mean;
    for (const [start, end] of view.bounds) {
        const slice = (0,core_series/* aggregateMetric */.Uj)(view.series, finding.metric, start, end);
        if (slice === null)
            continue;
        level = finding.type === 'traffic_drop' ? Math.min(level, slice) : Math.max(level, slice);
    }
    return level;
}
/** The scan shows the deviation clearly worse than the reference window did: the deploy's doing. */
function worseThanBefore(finding, view, baseline) {
    const before = levelBefore(finding, view, baseline);
    if (before === null)
        return false;
    const now = finding.observed;
    const normal = finding.expected;
    const swing = normalSwing(finding, baseline);
    if (finding.type === 'traffic_drop')
        return now * swing < before && normal - now > WORSE_DEVIATION * (normal - before);
    return now > swing * before && now - normal > WORSE_DEVIATION * (before - normal);
}
/**
 * Mark each finding new or pre-existing by the reference window. Services with no finding are untouched;
 * a service with no data before the deploy keeps its findings new (and a note says so).
 */
function markOnsets(services, reference, baselines, config, windowSteps) {
    const referenceSeries = new Map(reference.services.map((s) => [(0,types/* serviceId */.fH)(s.service), s]));
    const unjudged = [];
    const out = services.map(({ key, verdict }) => {
        if (verdict.findings.length === 0)
            return { key, verdict };
        const id = (0,types/* serviceId */.fH)(key);
        const series = referenceSeries.get(id);
        const baseline = baselines.get(id);
        const view = series && baseline && (0,core_series/* totalRequests */.Xi)(series) > 0
            ? judgeReference(series, baseline, config, reference, windowSteps)
            : null;
        // Silent all through the reference window (absent, or no request): a drop or a dark service was already so.
        const silentBefore = !series || (0,core_series/* totalRequests */.Xi)(series) === 0;
        if (!view && !silentBefore)
            unjudged.push(id);
        const findings = verdict.findings.map((f) => {
            if (!view)
                return { ...f, onset: silentBefore && f.type === 'traffic_drop' ? 'pre-existing' : 'new' };
            if (f.reason.kind === 'went-dark' && quietBefore(f.reason.silentSeconds, view, reference.stepMs))
                return { ...f, onset: 'pre-existing' };
            const held = view.slices.filter((s) => s.has(f.type)).length;
            const throughout = (held >= HELD_SHARE * view.slices.length && view.slices[view.slices.length - 1].has(f.type)) ||
                levelHeld(f, view);
            return { ...f, onset: throughout && !worseThanBefore(f, view, baseline) ? 'pre-existing' : 'new' };
        });
        return { key, verdict: { ...verdict, findings } };
    });
    const notes = [];
    if (unjudged.length > 0) {
        notes.push(`too little data before the deploy to tell whether ${unjudged.length === 1 ? 'the finding' : 'findings'} of ${(0,names/* nameList */.OD)(unjudged, 5)} were already there: judged by the baseline alone`);
    }
    return { services: out, notes };
}

;// CONCATENATED MODULE: ./src/core/judge/edges.ts





/** An edge is judged under a key of its own (never shown): the callee's namespace, its name and the caller's. */
const SEPARATOR = '\u0000';
function edgeKey(edge) {
    return { namespace: edge.callee.namespace, name: `${edge.callee.name}${SEPARATOR}${edge.caller}` };
}
function fromEdgeKey(key) {
    const at = key.name.indexOf(SEPARATOR);
    return {
        callee: { namespace: key.namespace, name: key.name.slice(0, at) },
        caller: key.name.slice(at + 1),
    };
}
/** The finding types an edge can have: not traffic (its caller's doing), and never a silence. */
function aboutTheCallee(finding) {
    return (finding.type !== 'traffic_spike' && finding.type !== 'traffic_drop' && finding.reason.kind !== 'went-dark');
}
/** The learned edges by callee id, then caller. */
function learnedEdges(baseline) {
    const out = new Map();
    for (const edge of baseline.edges ?? []) {
        const id = (0,types/* serviceId */.fH)(edge);
        let byCaller = out.get(id);
        if (!byCaller)
            out.set(id, (byCaller = new Map()));
        byCaller.set(edge.caller, edge);
    }
    return out;
}
/** A collection's edges as the baseline learned them, each under its own key. */
function edgeSeriesAsLearned(collected, learned) {
    const out = [];
    for (const [calleeId, byCaller] of (0,core_edges/* callerEdgesByCallee */.Zb)(collected.edges ?? [])) {
        const edges = learned.get(calleeId);
        if (!edges)
            continue;
        const callee = byCaller.values().next().value[0].callee;
        out.push(...(0,core_edges/* edgesAsLearned */.yI)(callee, byCaller, new Set(edges.keys())));
    }
    return out;
}
/**
 * What each service's callers see of it that its baseline's edges did not: per callee id, the findings of its
 * edges (the most severe per type and caller first), each naming the caller whose proxy saw it
 * (`Finding.caller`), each new or pre-existing by the reference window's own edges.
 */
function judgeCallerView(collected, baseline, config, windowSteps, reference) {
    const learned = learnedEdges(baseline);
    const out = new Map();
    if (learned.size === 0 || !collected.edges)
        return out;
    const baselines = new Map();
    const asSeries = (edge) => ({ ...edge.series, service: edgeKey(edge) });
    const judged = [];
    for (const edge of edgeSeriesAsLearned(collected, learned)) {
        const key = edgeKey(edge);
        const edgeBaseline = learned.get((0,types/* serviceId */.fH)(edge.callee)).get(edge.caller);
        baselines.set((0,types/* serviceId */.fH)(key), edgeBaseline);
        const verdict = detectServiceAnomalies(asSeries(edge), edgeBaseline, config, collected.stepMs, windowSteps, collected.from);
        const findings = verdict.findings.filter(aboutTheCallee);
        if (findings.length > 0)
            judged.push({ key, verdict: { ...verdict, findings } });
    }
    if (judged.length === 0)
        return out;
    const marked = reference?.edges !== undefined
        ? markOnsets(judged, { ...reference, services: edgeSeriesAsLearned(reference, learned).map(asSeries) }, baselines, config, windowSteps).services
        : judged;
    for (const { key, verdict } of marked) {
        const { callee, caller } = fromEdgeKey(key);
        const id = (0,types/* serviceId */.fH)(callee);
        const findings = verdict.findings.map((f) => ({ ...f, service: callee.name, caller }));
        out.set(id, [...(out.get(id) ?? []), ...findings].sort(bySeverity));
    }
    return out;
}
/**
 * A service's verdict with what its callers see: a finding of a type its own view did not find is added — the
 * most severe of its edges' — naming the caller; a type its own view found already stands for the callers too.
 */
function withCallerFindings(verdict, seen) {
    if (!seen || seen.length === 0)
        return verdict;
    const own = new Set(verdict.findings.map((f) => f.type));
    const added = [];
    for (const finding of seen) {
        if (own.has(finding.type) || added.some((f) => f.type === finding.type))
            continue;
        added.push({ ...finding, ownObserved: verdict.metrics[finding.metric]?.observed ?? null });
    }
    if (added.length === 0)
        return verdict;
    return { ...verdict, status: 'anomalous', findings: [...verdict.findings, ...added].sort(bySeverity) };
}

;// CONCATENATED MODULE: ./src/core/judge/recent.ts





const LATENCY_METRICS = ['latencyP50', 'latencyP90', 'latencyP99'];
/**
 * A baseline of the service's latency alone, learned from the reference window. Half an hour says nothing of its
 * traffic (a quiet service's rate swings from one few-minute slice to the next) nor of its modes: no rate, no
 * silence, no model — the latency rules and the slow-tail count judge it.
 */
function latencyFromReference(series, config, stepMs) {
    const learned = learnService(series, config, stepMs);
    if (!learned.metrics.latencyP99 || !learned.slowTail)
        return null;
    const metrics = {};
    for (const m of LATENCY_METRICS)
        if (learned.metrics[m])
            metrics[m] = learned.metrics[m];
    return {
        ...learned,
        meanRate: 0,
        hourlyRate: null,
        silenceSeconds: null,
        metrics,
        models: {},
    };
}
/**
 * The baselines the scan is judged by: the reference window's requests added to what each service learned of its
 * slow tail and slow median (model/slow-tail.ts); for a service in the baseline without traffic, its latency as
 * the reference window had it, with a note. The reference slices themselves are judged by the baseline as learned
 * (judge/onset.ts).
 */
function withRecentEvidence(byId, reference, config) {
    if (!reference)
        return { baselines: byId, notes: [] };
    const out = new Map(byId);
    const fromReference = [];
    for (const series of reference.services) {
        const id = (0,types/* serviceId */.fH)(series.service);
        const known = byId.get(id);
        if (!known)
            continue;
        if (known.slowTail) {
            out.set(id, {
                ...known,
                slowTail: withRecentRequests(known.slowTail, series),
                ...(known.slowMedian ? { slowMedian: withRecentRequests(known.slowMedian, series) } : {}),
            });
        }
        else if (known.insufficient && (0,core_series/* totalRequests */.Xi)(series) >= config.gate.minRequests) {
            const recent = latencyFromReference(series, config, reference.stepMs);
            if (recent) {
                out.set(id, recent);
                fromReference.push(id);
            }
        }
    }
    const notes = fromReference.length > 0
        ? [
            `the baseline saw no traffic for ${fromReference.length === 1 ? 'service' : 'services'} ${(0,names/* nameList */.OD)(fromReference, 5)}: their latency was judged against the window before the deploy; learn again to judge them fully`,
        ]
        : [];
    return { baselines: out, notes };
}

;// CONCATENATED MODULE: ./src/core/origin-edges.ts
/**
 * The edge side of origin ranking: one view per caller → callee pair from both proxies, and whether an edge
 * carries a caller's deviation (errors returned, latency waited on) or points at the network. Pure.
 */


function signalKind(type) {
    if (type === 'latency')
        return 'latency';
    if (type === 'traffic_spike' || type === 'traffic_drop')
        return 'traffic';
    return 'errors'; // error_rate, timeout, circuit_breaker, retry_storm: failures answered or retried
}
/** A caller's excess must be carried at least this much by the edge to count as explained by it. */
const EDGE_SHARE = 0.3;
/** A callee's trouble may start up to this many steps after its caller's and still explain it (smoothing). */
const ONSET_SLACK_STEPS = 1;
/** A client-side edge latency this far above the callee's own (and at least NETWORK_MIN_MS) is the network. */
const NETWORK_GAP_FACTOR = 0.5;
const NETWORK_MIN_MS = 5;
function weightedMean(requests, values) {
    let sum = 0;
    let weight = 0;
    values.forEach((v, i) => {
        const w = requests[i] ?? 0;
        if (v === null || !Number.isFinite(v) || w <= 0)
            return;
        sum += v * w;
        weight += w;
    });
    return weight > 0 ? sum / weight : null;
}
/** One view per caller → callee pair: both proxies merged, the caller's preferred for what callers see. */
function edgeViews(edges) {
    const views = new Map();
    const pairKey = (caller, callee) => `${caller ? (0,types/* serviceId */.fH)(caller) : '(entry)'}->${(0,types/* serviceId */.fH)(callee)}`;
    const sorted = [...edges].sort((a, b) => (a.side === b.side ? 0 : a.side === 'client' ? -1 : 1));
    for (const edge of sorted) {
        const key = pairKey(edge.caller, edge.callee);
        let view = views.get(key);
        if (!view) {
            view = {
                caller: edge.caller,
                callee: edge.callee,
                requests: 0,
                clientRequests: 0,
                errors: 0,
                clientP99: null,
                serverP99: null,
            };
            views.set(key, view);
        }
        const requests = edge.requests.reduce((sum, r) => sum + (r ?? 0), 0);
        const errors = edge.requests.reduce((sum, r, i) => sum + (r ?? 0) * (edge.values.errorRatio[i] ?? 0), 0);
        const p99 = weightedMean(edge.requests, edge.values.latencyP99);
        // Several workloads of one caller (reviews-v1, -v2) add up; the larger p99 stands for the pair.
        const larger = (a, b) => (a === null ? b : b === null ? a : Math.max(a, b));
        if (edge.side === 'client') {
            view.clientRequests += requests;
            view.requests += requests;
            view.errors += errors;
            view.clientP99 = larger(view.clientP99, p99);
        }
        else {
            // Source edges come first: when present they are what the caller saw; the server side fills in otherwise.
            if (view.clientRequests === 0) {
                view.requests += requests;
                view.errors += errors;
            }
            view.serverP99 = larger(view.serverP99, p99);
        }
    }
    return views;
}
function key(k) {
    return { namespace: k.namespace, name: k.name };
}
const origin_edges_round = (x) => (0,numbers/* roundTo */.GB)(x, 3);
/** How far a finding's metric is past its expected value, in its unit (0 when not past it). */
function excessOf(f, id, summary) {
    const s = summary(id, f.metric);
    const observed = s?.observed ?? f.observed;
    const expected = s?.expected ?? f.expected;
    return Math.max(0, observed - expected);
}
/**
 * Does the edge carry the caller's deviation? Errors: the callee returned at least EDGE_SHARE of the caller's
 * excess failures on it. Latency: the edge's p99 is above the callee's normal p99 by at least EDGE_SHARE of the
 * caller's excess. An edge known only from the topology (no samples) is taken at its word.
 */
function edgeEvidence(kind, f, id, edge, windowSeconds, summary, observedOf) {
    const calleeId = (0,types/* serviceId */.fH)(edge.callee);
    const base = { signal: kind, caller: key(edge.caller), callee: key(edge.callee) };
    if (edge.requests === 0 && edge.clientP99 === null && edge.serverP99 === null)
        return { ...base, carried: 1 };
    if (kind === 'errors') {
        const s = summary(id, 'errorRatio');
        const callerRate = summary(id, 'requestRate')?.observed ?? null;
        const excessRatio = Math.max(0, (s?.observed ?? 0) - (s?.expected ?? 0));
        const excessEvents = callerRate !== null ? excessRatio * callerRate * windowSeconds : 0;
        const carried = excessEvents > 0 ? edge.errors / excessEvents : edge.errors > 0 ? 1 : 0;
        if (carried < EDGE_SHARE && !(excessEvents === 0 && edge.errors > 0))
            return null;
        return { ...base, carried: origin_edges_round(Math.min(carried, 1)), edgeErrors: Math.round(edge.errors) };
    }
    const edgeP99 = edge.clientP99 ?? edge.serverP99 ?? observedOf(calleeId, 'latencyP99');
    const calleeNormal = summary(calleeId, 'latencyP99')?.expected ?? null;
    if (edgeP99 === null)
        return null;
    const excess = excessOf(f, id, summary);
    const edgeExcess = calleeNormal === null ? edgeP99 : edgeP99 - calleeNormal;
    const carried = excess > 0 ? edgeExcess / excess : 1;
    if (carried < EDGE_SHARE)
        return null;
    return {
        ...base,
        carried: origin_edges_round(Math.min(carried, 1)),
        edgeP99Ms: origin_edges_round(edgeP99),
        ...(calleeNormal !== null ? { calleeNormalP99Ms: origin_edges_round(calleeNormal) } : {}),
    };
}
/** The client-side p99 on an edge against the callee's own server-side p99: what the network adds. */
function networkGap(edge, calleeId, observedOf) {
    if (edge.clientP99 === null)
        return null;
    const server = edge.serverP99 ?? observedOf(calleeId, 'latencyP99');
    if (server === null)
        return null;
    const gap = edge.clientP99 - server;
    if (gap < Math.max(NETWORK_MIN_MS, NETWORK_GAP_FACTOR * server))
        return null;
    return { gapMs: gap, clientMs: edge.clientP99, serverMs: server };
}

;// CONCATENATED MODULE: ./src/core/origin.ts
/**
 * Where a regression started: among the anomalous services, tell origins from symptoms on the call graph.
 * A caller whose deviation is carried by the edge to an anomalous callee (same kind of signal, the callee's
 * trouble starting no later) is a symptom; a service anomalous on its own with healthy callees is an origin;
 * a caller slow on an edge whose callee answers normally points at the network between them. Pure: findings,
 * service summaries, series and edges in; ranked origins with structured evidence out (render/ words them).
 */




/**
 * The step the deviation behind a finding started: the start of the last run of steps beyond the midpoint
 * between the normal band's edge and the observed value (one quiet step does not break a run). Null without
 * a series to read it from.
 */
function onsetStep(finding, series) {
    if (!series)
        return null;
    const values = series.values[finding.metric];
    if (!values || values.length === 0)
        return null;
    const [lo, hi] = finding.expectedRange;
    const up = finding.observed >= finding.expected;
    const edge = up ? hi : lo;
    const mid = (edge + finding.observed) / 2;
    const beyond = (v) => v !== null && (up ? v > mid : v < mid);
    let onset = null;
    let gap = 0;
    for (let i = values.length - 1; i >= 0; i--) {
        if (beyond(values[i])) {
            onset = i;
            gap = 0;
        }
        else if (values[i] !== null && ++gap > 1) {
            if (onset !== null)
                break;
        }
    }
    return onset;
}
/** A finding already there before the deploy (onset pre-existing) is weak evidence that this change broke it. */
const PRE_EXISTING_WEIGHT = 0.25;
function severityWeight(f) {
    const weight = ((0,types/* severityRank */.qs)(f.severity) + 1) * (1 + Math.log2(Math.max(1, Math.min(f.score, 64))));
    return f.onset === 'pre-existing' ? weight * PRE_EXISTING_WEIGHT : weight;
}
/** Finds origins and symptoms. Without edges every anomalous service is its own origin, ranked by severity. */
function rankOrigins(input) {
    const services = new Map(input.services.map((s) => [(0,types/* serviceId */.fH)(s.key), s]));
    const byService = new Map();
    input.findings.forEach((f, i) => {
        const id = `${f.namespace}/${f.service}`;
        const list = byService.get(id);
        if (list)
            list.push(i);
        else
            byService.set(id, [i]);
    });
    const views = edgeViews(input.edges);
    const callees = new Map();
    const callers = new Map();
    for (const view of views.values()) {
        if (view.caller) {
            const from = (0,types/* serviceId */.fH)(view.caller);
            if (from === (0,types/* serviceId */.fH)(view.callee))
                continue; // a service calling itself explains nothing
            const list = callees.get(from);
            if (list)
                list.push(view);
            else
                callees.set(from, [view]);
        }
        const to = (0,types/* serviceId */.fH)(view.callee);
        const list = callers.get(to);
        if (list)
            list.push(view);
        else
            callers.set(to, [view]);
    }
    const onsets = input.findings.map((f) => onsetStep(f, services.get(`${f.namespace}/${f.service}`)?.series));
    const windowSeconds = Math.max(1, input.windowMs / 1000);
    const summary = (id, metric) => services.get(id)?.metrics[metric];
    const observedOf = (id, metric) => {
        const s = services.get(id);
        return s?.metrics[metric]?.observed ?? (s?.series ? (0,core_series/* aggregateMetric */.Uj)(s.series, metric) : null);
    };
    /** The earliest onset among a service's findings of one kind, and whether it has any. */
    const kindOnset = (id, kinds, type) => {
        let has = false;
        let onset = null;
        for (const i of byService.get(id) ?? []) {
            if (!kinds.includes(signalKind(input.findings[i].type)))
                continue;
            if (type && input.findings[i].type !== type)
                continue;
            has = true;
            const o = onsets[i];
            if (o !== null && (onset === null || o < onset))
                onset = o;
        }
        return { has, onset };
    };
    const inTime = (explainer, explained) => explainer === null || explained === null || explainer <= explained + ONSET_SLACK_STEPS;
    const explain = (index) => {
        const f = input.findings[index];
        const id = `${f.namespace}/${f.service}`;
        const kind = signalKind(f.type);
        const out = [];
        if (kind === 'traffic') {
            // Traffic flows downstream: a surge or drop at a caller carried on the edge explains the callee's.
            const total = services.get(id)?.requests ?? 0;
            for (const edge of callers.get(id) ?? []) {
                if (!edge.caller)
                    continue;
                const from = (0,types/* serviceId */.fH)(edge.caller);
                if (from === id)
                    continue;
                const upstream = kindOnset(from, ['traffic'], f.type);
                if (!upstream.has || !inTime(upstream.onset, onsets[index]))
                    continue;
                const share = total > 0 ? edge.requests / total : views.size > 0 && edge.requests === 0 ? 0 : 1;
                if (share < EDGE_SHARE && total > 0)
                    continue;
                out.push({
                    by: from,
                    evidence: {
                        signal: 'traffic',
                        caller: key(edge.caller),
                        callee: key(edge.callee),
                        edgeShare: origin_edges_round(share),
                    },
                    strength: share,
                });
            }
            // Callers retry failures: a surge at a service whose callers see its errors is those retries (each retry is
            // a new request at the callee's sidecar), so it follows the service's own errors.
            if (f.type === 'traffic_spike' && out.length === 0) {
                const own = kindOnset(id, ['errors']);
                const failing = (callers.get(id) ?? []).filter((e) => e.caller && e.errors > 0);
                if (own.has && failing.length > 0) {
                    const edge = failing.reduce((a, b) => (b.errors > a.errors ? b : a));
                    out.push({
                        by: id,
                        evidence: {
                            signal: 'traffic',
                            caller: key(edge.caller),
                            callee: key(edge.callee),
                            edgeErrors: Math.round(edge.errors),
                        },
                        strength: 1,
                        follows: 'errors',
                    });
                }
            }
            return out;
        }
        // Errors and latency flow upstream: the callee's trouble, returned or waited on, shows at its callers.
        for (const edge of callees.get(id) ?? []) {
            const to = (0,types/* serviceId */.fH)(edge.callee);
            const downstream = kindOnset(to, ['errors', 'latency']);
            const calleeStarted = downstream.onset;
            const evidence = edgeEvidence(kind, f, id, edge, windowSeconds, summary, observedOf);
            if (downstream.has) {
                if (!inTime(calleeStarted, onsets[index]) || !evidence)
                    continue;
                out.push({ by: to, evidence, strength: evidence.carried ?? 1 });
            }
            else if (kind === 'latency' || f.type === 'timeout') {
                const gap = networkGap(edge, to, observedOf);
                const excess = excessOf(f, id, summary);
                if (gap !== null && gap.gapMs >= Math.max(NETWORK_MIN_MS, EDGE_SHARE * excess)) {
                    out.push({
                        by: `${id}->${to}`,
                        network: { caller: key(edge.caller), callee: key(edge.callee) },
                        evidence: {
                            signal: 'latency',
                            caller: key(edge.caller),
                            callee: key(edge.callee),
                            clientP99Ms: origin_edges_round(gap.clientMs),
                            serverP99Ms: origin_edges_round(gap.serverMs),
                        },
                        strength: excess > 0 ? Math.min(1, gap.gapMs / excess) : 1,
                    });
                }
            }
        }
        return out;
    };
    const explanations = input.findings.map((_, i) => explain(i));
    // Each explained finding follows its strongest explanation to the explaining service's finding of the same
    // kind, and on until a finding nothing explains (its service is the origin) or a network edge.
    const best = explanations.map((list) => [...list].sort((a, b) => b.strength - a.strength || a.by.localeCompare(b.by))[0] ?? null);
    const nextFinding = (i) => {
        const e = best[i];
        if (!e || e.network)
            return null;
        const f = input.findings[i];
        const kind = e.follows ?? signalKind(f.type);
        const there = byService.get(e.by) ?? [];
        const same = there.find((j) => {
            const g = input.findings[j];
            return signalKind(g.type) === kind && (kind !== 'traffic' || g.type === f.type);
        });
        return same ?? there.find((j) => signalKind(input.findings[j].type) !== 'traffic') ?? null;
    };
    /** The finding (or network edge) a finding's chain of explanations ends at; loops are cut at their strongest. */
    const rootOf = (i) => {
        for (let attempt = 0; attempt <= input.findings.length; attempt++) {
            const visited = [];
            let at = i;
            for (;;) {
                const e = best[at];
                if (!e)
                    return { finding: at };
                if (e.network)
                    return { network: e };
                const next = nextFinding(at);
                if (next === null)
                    return { finding: at };
                visited.push(at);
                if (visited.includes(next)) {
                    const loop = visited.slice(visited.indexOf(next));
                    const strongest = loop.sort((a, b) => severityWeight(input.findings[b]) - severityWeight(input.findings[a]) || a - b)[0];
                    best[strongest] = null;
                    break;
                }
                at = next;
            }
        }
        return { finding: i };
    };
    const roots = input.findings.map((_, i) => rootOf(i));
    const idOfFinding = (i) => `${input.findings[i].namespace}/${input.findings[i].service}`;
    const symptomOf = new Map();
    const origins = new Map();
    const originFor = (id, network) => {
        let origin = origins.get(id);
        if (!origin) {
            const [namespace, ...rest] = (network ? (0,types/* serviceId */.fH)(network.callee) : id).split('/');
            origin = {
                namespace,
                service: rest.join('/'),
                ...(network
                    ? {
                        kind: 'network',
                        caller: { namespace: network.caller.namespace, service: network.caller.name },
                    }
                    : { kind: 'service' }),
                score: 0,
                explains: [],
                evidence: [],
                weight: 0,
            };
            origins.set(id, origin);
        }
        return origin;
    };
    // Origins first, with what they show on their own: the findings nothing explains.
    input.findings.forEach((f, i) => {
        if (best[i])
            return;
        const id = idOfFinding(i);
        const origin = originFor(id);
        origin.weight = Math.max(origin.weight, severityWeight(f));
        origin.evidence.push({
            signal: signalKind(f.type),
            service: { namespace: f.namespace, name: f.service },
            type: f.type,
            metric: f.metric,
            observed: f.observed,
            expected: f.expected,
            healthyCallees: (callees.get(id) ?? []).filter((e) => !byService.has((0,types/* serviceId */.fH)(e.callee))).length,
        });
    });
    // Then every explained finding under the origin its chain ends at, with the step that explains it.
    input.findings.forEach((f, i) => {
        const step = best[i];
        if (!step)
            return;
        const root = roots[i];
        const origin = 'network' in root
            ? originFor(root.network.by, root.network.network)
            : originFor(idOfFinding(root.finding));
        const rootId = 'network' in root ? root.network.by : idOfFinding(root.finding);
        if (rootId === idOfFinding(i))
            return; // a loop cut back to its own service: nothing to add
        symptomOf.set(i, rootId);
        if (!origin.explains.some((x) => x.namespace === f.namespace && x.service === f.service && x.type === f.type)) {
            origin.explains.push({
                namespace: f.namespace,
                service: f.service,
                type: f.type,
                ...(step.follows ? { follows: step.follows } : {}),
            });
        }
        const sameStep = (e) => e.caller !== undefined &&
            e.callee !== undefined &&
            step.evidence.caller !== undefined &&
            step.evidence.callee !== undefined &&
            (0,types/* serviceId */.fH)(e.caller) === (0,types/* serviceId */.fH)(step.evidence.caller) &&
            (0,types/* serviceId */.fH)(e.callee) === (0,types/* serviceId */.fH)(step.evidence.callee) &&
            e.signal === step.evidence.signal;
        if (!origin.evidence.some(sameStep))
            origin.evidence.push(step.evidence);
    });
    for (const [id, origin] of origins) {
        if (origin.kind === 'network') {
            // A network origin's own weight: the strongest finding it explains.
            origin.weight = Math.max(...input.findings.filter((_, i) => symptomOf.get(i) === id).map(severityWeight), 1);
        }
        const explainedServices = new Set(origin.explains.map((x) => `${x.namespace}/${x.service}`)).size;
        origin.score = origin_edges_round(origin.weight * (1 + explainedServices));
    }
    // An origin upstream of another with the same kind of trouble, starting no earlier, may be a symptom whose edge
    // evidence fell short (its excess spread over several calls): the one downstream ranks above it.
    const ownKinds = (id) => new Map((byService.get(id) ?? [])
        .filter((i) => !best[i] && signalKind(input.findings[i].type) !== 'traffic')
        .map((i) => [signalKind(input.findings[i].type), onsets[i]]));
    const reached = new Map();
    const reach = (from) => {
        const known = reached.get(from);
        if (known)
            return known;
        const seen = new Set();
        reached.set(from, seen);
        const queue = [from];
        for (let head = 0; head < queue.length; head++) {
            for (const edge of callees.get(queue[head]) ?? []) {
                const to = (0,types/* serviceId */.fH)(edge.callee);
                if (!seen.has(to)) {
                    seen.add(to);
                    queue.push(to);
                }
            }
        }
        return seen;
    };
    const serviceOrigins = [...origins].filter(([, o]) => o.kind === 'service');
    for (const [upId, up] of serviceOrigins) {
        const downstream = reach(upId);
        const upKinds = ownKinds(upId);
        for (const [downId, down] of serviceOrigins) {
            if (downId === upId || !downstream.has(downId) || reach(downId).has(upId))
                continue;
            const shared = [...ownKinds(downId)].some(([kind, onset]) => upKinds.has(kind) && inTime(onset, upKinds.get(kind) ?? null));
            // A much weaker deviation downstream is more likely noise than the cause: it demotes nothing.
            if (shared && up.score >= down.score && down.weight >= up.weight / 2)
                up.score = origin_edges_round(down.score * 0.9);
        }
    }
    const ranked = [...origins.values()]
        .sort((a, b) => b.score - a.score || `${a.namespace}/${a.service}`.localeCompare(`${b.namespace}/${b.service}`))
        .map(({ weight: _weight, ...rest }) => rest);
    return { origins: ranked, symptomOf };
}

;// CONCATENATED MODULE: ./src/core/origin-report.ts
/**
 * Puts origin ranking into the JSON report: `origins` best first, and `origin` on each anomaly that follows
 * another service's trouble. Additive within schemaVersion 1; the verdict and the gate are untouched. Pure.
 */

/** The report with origins, when the source knows the call graph; the report as it was otherwise. */
function withOrigins(report, collected) {
    if (!collected.edges)
        return report;
    const series = new Map(collected.services.map((s) => [`${s.service.namespace}/${s.service.name}`, s]));
    const analysis = rankOrigins({
        findings: report.anomalies,
        services: report.services.map((s) => ({
            key: { namespace: s.namespace, name: s.name },
            requests: s.requests,
            metrics: s.metrics,
            series: series.get(`${s.namespace}/${s.name}`),
        })),
        edges: collected.edges,
        windowMs: collected.to - collected.from,
        stepMs: collected.stepMs,
    });
    return {
        ...report,
        anomalies: report.anomalies.map((f, i) => {
            const origin = analysis.symptomOf.get(i);
            return origin ? { ...f, origin } : f;
        }),
        origins: analysis.origins,
    };
}

;// CONCATENATED MODULE: ./src/mesh/call-graph.ts
/** The Service running a workload's pods, when discovery saw exactly one. */
function serviceOfWorkload(workload, inventory) {
    const owner = new RegExp(`^${workload.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-([a-z0-9]+-[a-z0-9]+|\\d+)$`);
    const matches = inventory.services.filter((s) => s.namespace === workload.namespace && s.pods.some((p) => owner.test(p.name)));
    return matches.length === 1 ? { namespace: matches[0].namespace, name: matches[0].name } : null;
}
/** The edges with callers renamed to the Services discovery found for their workloads (others as they were). */
function callersThroughDiscovery(edges, inventory) {
    const cache = new Map();
    return edges.map((edge) => {
        if (!edge.caller || !edge.callerWorkload)
            return edge;
        const id = `${edge.callerWorkload.namespace}/${edge.callerWorkload.name}`;
        if (!cache.has(id))
            cache.set(id, serviceOfWorkload(edge.callerWorkload, inventory));
        const service = cache.get(id);
        return service ? { ...edge, caller: service } : edge;
    });
}

// EXTERNAL MODULE: ./src/render/finding-words.ts
var finding_words = __webpack_require__(88169);
;// CONCATENATED MODULE: ./src/app/analyse.ts












function emptySeries(key, steps) {
    return {
        service: key,
        requests: new Array(steps).fill(0),
        // Zero traffic, and no value for anything measured per request.
        values: (0,core_series/* metricArrays */.FR)((metric) => new Array(steps).fill(metric === 'requestRate' ? 0 : null)),
        unavailable: [],
    };
}
/**
 * Each service's series with the signals only its callers see (retries, overflows) from its callers' view of it
 * (core/edges.ts): what it was learned with.
 */
function withCallersSeen(collected) {
    if (!collected.edges || collected.edges.length === 0)
        return collected;
    const callers = new Map();
    for (const edge of collected.edges) {
        if (edge.side !== 'client')
            continue;
        const id = (0,types/* serviceId */.fH)(edge.callee);
        callers.set(id, [...(callers.get(id) ?? []), edge]);
    }
    return {
        ...collected,
        services: collected.services.map((series) => (0,core_edges/* withCallerSignals */.ZV)(series, callers.get((0,types/* serviceId */.fH)(series.service)) ?? [])),
    };
}
/** Judge collected metrics against a baseline: pure, and shared with the benchmark. */
function analyseScan(scanned, baseline, config, extra) {
    const collected = withCallersSeen(scanned);
    const referenceCollected = extra.reference ? withCallersSeen(extra.reference.collected) : null;
    const windowSteps = Math.round(baseline.featureWindowMs / baseline.stepMs);
    const byId = new Map(baseline.services.map((s) => [(0,types/* serviceId */.fH)(s), s]));
    const inScope = (ns) => config.namespaces.length === 0 || config.namespaces.includes(ns);
    const results = [];
    const seen = new Set();
    const steps = Math.floor((collected.to - collected.from) / collected.stepMs);
    const live = extra.inventory ? new Set(extra.inventory.services.map((s) => (0,types/* serviceId */.fH)(s))) : null;
    const recent = withRecentEvidence(byId, referenceCollected ?? undefined, config);
    for (const series of collected.services) {
        const id = (0,types/* serviceId */.fH)(series.service);
        seen.add(id);
        const verdict = detectServiceAnomalies(series, recent.baselines.get(id) ?? null, config, collected.stepMs, windowSteps, collected.from);
        results.push({
            key: series.service,
            verdict: series.layer ? { ...verdict, layer: series.layer } : verdict,
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
                verdict: detectServiceAnomalies(emptySeries(key, steps), recent.baselines.get(id) ?? known, config, collected.stepMs, windowSteps, collected.from),
            });
        }
    }
    const onsets = referenceCollected
        ? markOnsets(results, referenceCollected, byId, config, windowSteps)
        : { services: results, notes: [] };
    // What each service's callers see that its own proxy does not: the network, their retries and overflows.
    const seenByCallers = judgeCallerView(collected, baseline, config, windowSteps, referenceCollected);
    const judged = onsets.services.map(({ key, verdict }) => {
        const withCallers = withCallerFindings(verdict, seenByCallers.get((0,types/* serviceId */.fH)(key)));
        return {
            key,
            verdict: {
                ...withCallers,
                findings: withCallers.findings.map((f) => ({ ...f, onset: f.onset ?? 'new' })),
            },
        };
    });
    const findings = judged.flatMap((r) => r.verdict.findings);
    const decision = decideVerdict({ findings, statuses: judged.map((r) => r.verdict.status), partial: collected.partial }, config.gate);
    const report = assembleReport({
        window: { from: collected.from, to: collected.to },
        reference: extra.reference?.window ?? null,
        source: collected.source,
        ...(collected.mesh ? { mesh: collected.mesh } : {}),
        cluster: extra.cluster ?? null,
        partial: collected.partial,
        baseline: { path: extra.baselinePath, value: baseline },
        services: judged,
        decision,
        policy: config.gate,
        notes: [...collected.notes, ...(extra.notes ?? []), ...onsets.notes, ...recent.notes],
        now: extra.now,
        describe: finding_words/* describeFinding */.jb,
        series: {
            scan: collected,
            reference: referenceCollected,
            deployedAt: extra.reference?.window.to ?? null,
        },
    });
    if (!config.report.origins)
        return report;
    const edges = collected.edges && extra.inventory
        ? callersThroughDiscovery(collected.edges, extra.inventory)
        : collected.edges;
    return withOrigins(report, { ...collected, edges });
}

;// CONCATENATED MODULE: ./src/app/status.ts
/** `status`: the cluster and mesh (when a cluster is reachable), the baseline's metadata, the thresholds. */




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
    // A cluster when one is configured (or the sidecars need one); Prometheus alone is a setup of its own.
    if (config.source === 'sidecars' || (0,lookup/* clusterConfigured */.l_)(config.kube.kubeconfig)) {
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
    let prometheus;
    if (config.source === 'prometheus' && config.prometheus.url) {
        const { probePrometheus } = await __webpack_require__.e(/* import() */ 946).then(__webpack_require__.bind(__webpack_require__, 90946));
        const probe = await probePrometheus({ ...config, prometheus: { ...config.prometheus, url: config.prometheus.url } }, now);
        prometheus = probe.status;
        connectionFailure ??= probe.failure;
    }
    const baseline = { path: config.baselinePath, present: false };
    try {
        const b = readBaseline(config.baselinePath, now);
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
        ...(prometheus ? { prometheus } : {}),
        baseline,
        thresholds: {
            source: config.sourceNamed === false
                ? 'none named (no Prometheus URL, cluster or source given)'
                : config.source,
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

;// CONCATENATED MODULE: ./src/app/pipeline.ts
/**
 * The one data flow, shared by the CLI, the Action, the benchmark and the tests:
 * config → (connect → discover) → collect → learn | analyse → judge → report.
 * Heavy clients (Kubernetes, Prometheus) are imported only on the paths that need them.
 */
















/** `faultFrom`: simulated faults are the deploy's doing, acting from it (unless injected as earlier). */
async function prepare(ctx, faultFrom) {
    const { config } = ctx;
    if (config.source === 'simulated') {
        return {
            source: new SimulatedSource({
                topology: config.simulated.topology,
                seed: config.simulated.seed,
                faults: config.simulated.faults,
                ...(faultFrom !== undefined ? { faultFrom } : {}),
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
        const plane = inventory.controlPlane;
        ctx.log(`Discovered ${inventory.services.length} meshed services in ${inventory.namespaces.length} namespaces on ${connection.identity.server}` +
            (plane.version ? ` (${plane.mesh === 'linkerd' ? 'Linkerd' : 'Istio'} ${plane.version})` : ''));
    }
    // The mesh to read: as configured, else as discovery found it, else (Prometheus) from the series it holds.
    const mesh = config.mesh !== 'auto' ? config.mesh : (inventory?.mesh ?? 'auto');
    if (config.source === 'prometheus') {
        if (!config.prometheus.url) {
            throw new types/* ConfigError */.xL('--source prometheus needs a Prometheus URL', 'pass --prometheus-url http://prometheus.istio-system:9090');
        }
        const { PrometheusSource } = await Promise.all(/* import() */[__webpack_require__.e(763), __webpack_require__.e(320)]).then(__webpack_require__.bind(__webpack_require__, 38763));
        return {
            source: new PrometheusSource({ ...config.prometheus, url: config.prometheus.url, mesh }),
            connection,
            inventory,
        };
    }
    const { SidecarSource } = await __webpack_require__.e(/* import() */ 888).then(__webpack_require__.bind(__webpack_require__, 48888));
    const { podProxyFetcher } = await Promise.all(/* import() */[__webpack_require__.e(737), __webpack_require__.e(547), __webpack_require__.e(323)]).then(__webpack_require__.bind(__webpack_require__, 17323));
    const { discoverMesh } = await __webpack_require__.e(/* import() */ 722).then(__webpack_require__.bind(__webpack_require__, 8722));
    const { dialectOf } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 23709));
    const conn = connection;
    const dialect = dialectOf(mesh === 'auto' ? 'istio' : mesh);
    const source = new SidecarSource({
        pods: async () => {
            const fresh = await discoverMesh(conn, config.namespaces);
            // Ambient: the waypoints hold the L7 view of the Services they serve; elsewhere each pod's own proxy.
            if (dialect.proxy.pods === 'waypoints') {
                return fresh.waypoints.flatMap((w) => w.pods
                    .filter((p) => p.ready)
                    .map((p) => ({ namespace: w.namespace, pod: p.name, service: w.name })));
            }
            return fresh.services.flatMap((s) => s.pods
                .filter((p) => p.ready)
                .map((p) => ({ namespace: s.namespace, pod: p.name, service: s.name })));
        },
        fetchMetrics: podProxyFetcher(conn.core),
        // The run's clock, the same one that placed the window: a watch on another clock misses it.
        now: ctx.now,
        sleep: ctx.sleep,
    }, {
        dialect,
        intervalMs: config.sidecars.intervalMs,
        concurrency: config.sidecars.concurrency,
        maxScrapeBytes: config.sidecars.maxScrapeBytes,
    });
    return { source, connection, inventory };
}
/**
 * The window to read. A past window (--from/--to) comes from history. A live window on a source with
 * history is waited out, then read; the simulated mesh replays the last `duration` at once; the sidecar
 * source watches the window itself.
 */
async function collectWindow(ctx, env, durationMs, stepMs, services, purpose, onService) {
    const now = ctx.now();
    let window = (0,load/* resolveWindow */.LI)({ from: ctx.window?.from, to: ctx.window?.to, durationMs }, now);
    // Learning wants normal behaviour, which a source with history already holds: read the last `duration`
    // at once rather than wait for it. The simulated mesh replays its recent past for scans too.
    if (window.live && env.source.hasHistory && (purpose === 'learn' || env.source.name === 'simulated')) {
        window = { from: now - durationMs, to: now, live: false };
    }
    // Align to the step grid so a learn and a scan see the same step boundaries.
    const from = Math.floor(window.from / stepMs) * stepMs;
    const to = Math.max(from + stepMs, Math.floor(window.to / stepMs) * stepMs);
    if (window.live && env.source.hasHistory) {
        const pause = ctx.sleep ?? retry/* sleep */.yy;
        ctx.log(`Watching the mesh for ${Math.round(durationMs / 1000)}s (until ${new Date(to).toISOString()})`);
        for (let t = ctx.now(); t < to; t = ctx.now()) {
            ctx.onProgress?.((t - from) / (to - from), `collecting ${env.source.name} metrics`);
            await pause(Math.min(5000, to - t));
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
        // The caller's view of every edge: learned, and judged beside each service's own.
        withEdges: true,
        onService,
    });
}
async function runLearn(ctx) {
    const { config } = ctx;
    (0,preflight/* checkOutputsWritable */.Pe)([{ path: config.baselinePath, what: 'the baseline', flag: '--baseline' }]);
    const env = await prepare(ctx);
    // Each service is learned as soon as its series is built, and its series let go (issue 16: memory at scale).
    const learned = [];
    const learnedEdges = [];
    const span = { first: -1, last: -1 };
    const learnOne = (series, grid, callers = []) => {
        const first = firstRequestStep(series);
        if (first >= 0 && (span.first < 0 || first < span.first))
            span.first = first;
        span.last = Math.max(span.last, lastRequestStep(series));
        const one = learnServiceAndEdges(series, callers, config, grid.stepMs, grid.from);
        learned.push(one.service);
        learnedEdges.push(...one.edges);
    };
    const collected = await collectWindow(ctx, env, config.learnDurationMs, config.stepMs, env.inventory?.services, 'learn', learnOne);
    const callersOf = new Map();
    for (const edge of collected.edges ?? []) {
        const id = (0,types/* serviceId */.fH)(edge.callee);
        callersOf.set(id, [...(callersOf.get(id) ?? []), edge]);
    }
    for (const series of collected.services)
        learnOne(series, collected, callersOf.get((0,types/* serviceId */.fH)(series.service)) ?? []);
    if (span.first < 0) {
        throw new types/* MetricsError */.kj(`no service had any requests between ${new Date(collected.from).toISOString()} and ${new Date(collected.to).toISOString()}`, 'learn over a window with traffic (check --from/--to and --namespace)');
    }
    if (collected.partial) {
        throw new types/* MetricsError */.kj('the learning window was only partly collected', 'learn again once the metrics source is healthy');
    }
    // The baseline names the window it learned from: the one asked, or the part of it the source held data for.
    const read = readWindow(collected, span);
    const baseline = baselineOf({ ...collected, from: read.from, to: read.to }, learned, config, {
        now: ctx.now(),
        toolVersion: version/* TOOL_VERSION */.w,
        cluster: env.connection?.identity ?? null,
        namespaces: config.namespaces,
    }, learnedEdges);
    writeBaselineAtomically(config.baselinePath, baseline);
    for (const note of collected.notes)
        ctx.log(`Note: ${note}`);
    for (const warning of learnWarnings(collected, span))
        ctx.log(`Warning: ${warning}`);
    const quiet = baseline.services.filter((s) => s.insufficient).map((s) => `${s.namespace}/${s.name}`);
    if (quiet.length > 0)
        ctx.log(`Too little traffic to learn: ${(0,names/* nameList */.OD)(quiet, 10)} (scans judge their latency against the window before the deploy, or report insufficient-data)`);
    const thin = baseline.services
        .filter((s) => !s.insufficient && s.requests < config.gate.minRequests)
        .map((s) => `${s.namespace}/${s.name}`);
    if (thin.length > 0)
        ctx.log(`Learned from fewer than ${config.gate.minRequests} requests: ${(0,names/* nameList */.OD)(thin, 10)} (judged loosely: a p99 of a few requests proves little; learn over a busier window)`);
    const window = `${baseline.window.from} → ${baseline.window.to}`;
    ctx.log(`Learned ${baseline.services.length} services from ${read.partOfAsked ? `the data the source held, ${window} (first to last sample)` : window}; baseline written to ${config.baselinePath}`);
    return { path: config.baselinePath, services: baseline.services.length, window: baseline.window, baseline };
}
async function runScan(ctx) {
    const { config } = ctx;
    // Read the baseline before any network work: a missing or corrupt one should fail in milliseconds.
    const baseline = readBaseline(config.baselinePath, ctx.now(), ctx.learnCommand);
    checkCompatibility(baseline, { source: config.source, namespaces: config.namespaces }, config.baselinePath, ctx.learnCommand);
    const duration = Math.max(config.scanDurationMs, baseline.featureWindowMs);
    // So is a bad --from/--to: checked here, before the cluster or Prometheus is asked anything.
    const planned = (0,load/* resolveWindow */.LI)({ from: ctx.window?.from, to: ctx.window?.to, durationMs: duration }, ctx.now());
    (0,preflight/* checkOutputsWritable */.Pe)(ctx.outputs ?? []);
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
    const raised = scanWindowNote(config.scanDurationMs, baseline.featureWindowMs);
    if (raised && !ctx.window?.from)
        notes.push(raised);
    const stepAsked = config.givenAs?.step;
    if (stepAsked && baseline.stepMs !== config.stepMs) {
        notes.push(`scanned at the baseline's step of ${baseline.stepMs / 1000}s, not the ${config.stepMs / 1000}s asked (${stepAsked})`);
    }
    const deployedAt = plannedDeployTime(config, ctx.window, ctx.deployedAt, duration, baseline.stepMs, ctx.now());
    const env = await prepare(ctx, deployedAt ?? undefined);
    if (env.connection) {
        checkCompatibility(baseline, {
            source: config.source,
            namespaces: config.namespaces,
            cluster: { server: env.connection.identity.server },
        }, config.baselinePath, ctx.learnCommand);
    }
    await (0,preflight/* preflightScan */.hm)({
        source: env.source,
        inventory: env.inventory,
        baseline,
        baselinePath: config.baselinePath,
        namespaces: config.namespaces,
        window: (0,load/* resolveWindow */.LI)({ from: ctx.window?.from, to: ctx.window?.to, durationMs: duration }, ctx.now()),
        sourceUrl: (0,preflight/* displayUrl */.Qy)(config.prometheus.url),
        signal: ctx.signal,
        learnCommand: ctx.learnCommand,
    });
    const minimum = baseline.featureWindowMs;
    const collected = await collectWindow(ctx, env, duration, baseline.stepMs, env.inventory?.services, 'scan');
    checkCompatibility(baseline, { source: config.source, namespaces: config.namespaces, histogramBuckets: collected.histogramBuckets }, config.baselinePath, ctx.learnCommand);
    if (collected.to - collected.from < minimum) {
        notes.push(`the window is shorter than the model's ${minimum / 1000}s feature window: only the rules judged it`);
    }
    let reference = null;
    if (deployedAt !== null) {
        reference = await readReference(env.source, deployedAt, config, baseline.stepMs, env.inventory?.services, ctx.signal);
        if (!reference.collected)
            notes.push(reference.note);
    }
    return analyseScan(collected, baseline, config, {
        inventory: env.inventory,
        cluster: env.connection?.identity ?? null,
        baselinePath: config.baselinePath,
        now: ctx.now(),
        notes,
        reference: reference?.collected ? reference : null,
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
        describe: finding_words/* describeFinding */.jb,
    });
}



/***/ }),

/***/ 1424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pe: () => (/* binding */ checkOutputsWritable),
/* harmony export */   Qy: () => (/* binding */ displayUrl),
/* harmony export */   hm: () => (/* binding */ preflightScan),
/* harmony export */   lA: () => (/* binding */ PREFLIGHT_TIMEOUT_MS)
/* harmony export */ });
/* unused harmony export checkSameMesh */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73054);
/**
 * Preflight: what can be known before a scan waits out its window is checked first, so a wrong URL, a
 * Prometheus without Istio metrics, a baseline from another mesh or an unwritable output path fails in seconds
 * with one line of cause and one of fix, not after the whole window.
 */



/** Every answer the preflight waits for comes within this, or the preflight says so. */
const PREFLIGHT_TIMEOUT_MS = 5000;
/** A URL as messages show it: no credentials, query or fragment. */
function displayUrl(url) {
    if (!url)
        return undefined;
    try {
        const parsed = new URL(url);
        return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/$/, '')}`;
    }
    catch {
        return undefined;
    }
}
/** How far back a live scan looks for the mesh's Istio metrics. */
const LIVE_LOOKBACK_MS = 60 * 60_000;
/** The folder exists and can be written, and the path is not a folder: no write fails after the window. */
function checkOutputsWritable(outputs) {
    for (const { path, what, flag } of outputs) {
        const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path));
        const fix = `create the folder (mkdir -p ${folder}) or choose another ${flag}`;
        let isFolder = false;
        try {
            isFolder = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory();
        }
        catch {
            // Not there yet: the folder decides.
        }
        if (isFolder)
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`cannot write ${what} to ${path}: it is a folder`, `choose a file path for ${flag}`);
        try {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(folder).isDirectory())
                throw Object.assign(new Error(), { code: 'ENOTDIR' });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(folder, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
        }
        catch (error) {
            const code = error.code;
            const why = code === 'ENOENT'
                ? `the folder ${folder} does not exist`
                : code === 'ENOTDIR'
                    ? `${folder} is not a folder`
                    : `the folder ${folder} is not writable (${code})`;
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`cannot write ${what} to ${path}: ${why}`, fix);
        }
    }
}
const canList = (source) => typeof source.listServices === 'function';
const knownServices = (source) => {
    const keys = source.serviceKeys;
    return Array.isArray(keys) ? keys : null;
};
const hours = (ms) => (ms % 3_600_000 === 0 ? `${ms / 3_600_000}h` : `${Math.round(ms / 60_000)}m`);
/**
 * The source answers and holds Istio metrics for the scope, and the mesh is the one the baseline was learned
 * on. `window` is the scan's: a past one is checked itself, a live one by the last hour before it.
 */
async function preflightScan(input) {
    const { source, inventory, namespaces } = input;
    let current = inventory ? inventory.services : knownServices(source);
    if (canList(source)) {
        const from = input.window.live
            ? input.window.to - Math.max(LIVE_LOOKBACK_MS, input.window.to - input.window.from)
            : input.window.from;
        const timeout = AbortSignal.timeout(PREFLIGHT_TIMEOUT_MS);
        const signal = input.signal ? AbortSignal.any([input.signal, timeout]) : timeout;
        let seen;
        try {
            seen = await source.listServices({ from, to: input.window.to, namespaces, signal });
        }
        catch (error) {
            if (error instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .UserFacingError */ .Ui || !timeout.aborted)
                throw error;
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MetricsError */ .kj(`${input.sourceUrl ?? 'the metrics source'} did not answer within ${PREFLIGHT_TIMEOUT_MS / 1000} s`, 'check --prometheus-url, that the server is running and reachable from here, and its load');
        }
        if (seen.length === 0) {
            const scope = namespaces.length > 0 ? ` in namespace ${namespaces.join(', ')}` : '';
            const when = input.window.live ? `in the last ${hours(input.window.to - from)}` : 'in the window';
            const mesh = source.mesh;
            const looked = mesh
                ? `no ${mesh.title} request metrics (${mesh.metrics.requests})`
                : 'no mesh request metrics';
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MetricsError */ .kj(`no mesh metrics found at ${input.sourceUrl ?? 'the metrics source'}: ${looked}${scope} ${when}`, 'check that this Prometheus scrapes the mesh proxies, and the --prometheus-url, --mesh and --namespace', { environmental: false });
        }
        current ??= seen;
    }
    if (current)
        checkSameMesh(input.baseline, current, namespaces, input.baselinePath, source.name, input.learnCommand);
}
/**
 * A baseline learned on another mesh judges nothing: every known service would read as a traffic drop and
 * every current one as new. Refused when fewer than half of the smaller side's services match.
 */
function checkSameMesh(baseline, current, namespaces, path, sourceName, learnCommand) {
    const inScope = (key) => namespaces.length === 0 || namespaces.includes(key.namespace);
    const learned = baseline.services.filter(inScope);
    const now = new Set(current.filter(inScope).map(_core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .serviceId */ .fH));
    if (learned.length === 0 || now.size === 0)
        return;
    const matching = learned.filter((s) => now.has((0,_core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .serviceId */ .fH)(s))).length;
    if (matching * 2 >= Math.min(learned.length, now.size))
        return;
    const example = learned
        .slice(0, 3)
        .map((s) => (0,_core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .serviceId */ .fH)(s))
        .join(', ');
    throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .BaselineError */ .s$(`${path} is for another mesh (${matching} of ${learned.length} services match: it knows ${example}${learned.length > 3 ? ', …' : ''})`, `learn one on this mesh: ${learnCommand ?? `smanalyzer learn --source ${sourceName}${namespaces.map((n) => ` --namespace ${n}`).join('')} --baseline ${path}`}`);
}


/***/ }),

/***/ 46250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tx: () => (/* binding */ chartOrder),
/* harmony export */   pY: () => (/* binding */ buildFindingCharts)
/* harmony export */ });
/* unused harmony exports MAX_CHARTS, MAX_CHART_POINTS */
/* harmony import */ var _series_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34990);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73054);
/* harmony import */ var _edges_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45869);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85993);
/**
 * The series behind each finding's picture (issue 15): the flagged metric of the flagged service, downsampled to
 * at most 60 points over the scan window (and the reference window before the deploy, when there is one), with
 * the learned band. Pure: collected metrics and findings in, a few hundred numbers out, whatever the mesh size.
 */




const MAX_CHARTS = 5;
const MAX_CHART_POINTS = 60;
/**
 * Gating findings first (fail-on or worse and new since the deploy), then by severity and score: the order people
 * should read them in.
 */
function chartOrder(findings, failOn) {
    const gating = (f) => (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .qs)(f.severity) >= (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .qs)(failOn) && f.onset !== 'pre-existing' ? 1 : 0;
    return [...findings].sort((a, b) => gating(b) - gating(a) || (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .qs)(b.severity) - (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .qs)(a.severity) || b.score - a.score);
}
/** Three significant digits are plenty for a picture and keep the JSON small. */
function round(value) {
    return value === null || !Number.isFinite(value) ? null : (0,_numbers_js__WEBPACK_IMPORTED_MODULE_3__/* .significant */ .I1)(value, 3);
}
/**
 * The series a finding was judged on: the service's own, or — for what its callers see — its edges from that caller
 * (from every caller, for the folded "other callers").
 */
function seriesOf(collected, finding) {
    const key = { namespace: finding.namespace, name: finding.service };
    if (finding.caller === undefined)
        return collected.services.find((s) => (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .serviceId */ .fH)(s.service) === (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .serviceId */ .fH)(key));
    const callers = (0,_edges_js__WEBPACK_IMPORTED_MODULE_2__/* .callerEdgesByCallee */ .Zb)(collected.edges ?? []).get((0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .serviceId */ .fH)(key));
    if (!callers)
        return undefined;
    const own = callers.get(finding.caller);
    return (0,_edges_js__WEBPACK_IMPORTED_MODULE_2__/* .foldSeries */ .xJ)(key, own ?? [...callers.values()].flat());
}
/**
 * One metric of one service over the last `shownMs` of a collection, one point per `pointMs` (aggregated like the
 * judge does: request-weighted for ratios and latencies).
 */
function downsample(collected, finding, pointMs, shownMs = Infinity) {
    const series = seriesOf(collected, finding);
    const steps = series?.requests.length ?? 0;
    if (!series || steps === 0)
        return null;
    const perPoint = Math.max(1, Math.round(pointMs / collected.stepMs));
    const shownSteps = Math.min(steps, Math.ceil(shownMs / collected.stepMs / perPoint) * perPoint);
    const first = steps - shownSteps;
    const values = [];
    for (let start = first; start < steps; start += perPoint) {
        values.push(round((0,_series_js__WEBPACK_IMPORTED_MODULE_0__/* .aggregateMetric */ .Uj)(series, finding.metric, start, Math.min(steps, start + perPoint))));
    }
    if (values.every((v) => v === null))
        return null;
    return {
        from: new Date(collected.from + first * collected.stepMs).toISOString(),
        stepSeconds: (perPoint * collected.stepMs) / 1000,
        values,
    };
}
/**
 * Charts for the first `MAX_CHARTS` findings in reading order (gating first). Every point covers the same time,
 * so the picture's x-axis is honest: the reference window shows at most twice the scan's length before the
 * deploy. A finding whose service has no series (missing, silent) gets no chart.
 */
function buildFindingCharts(sources, findings, failOn) {
    const reference = sources.reference ?? null;
    const deployedAt = sources.deployedAt ?? (reference ? reference.to : null);
    const scanMs = sources.scan.to - sources.scan.from;
    const referenceMs = reference ? Math.min(reference.to - reference.from, 2 * scanMs) : 0;
    const stepMs = sources.scan.stepMs;
    const pointMs = Math.max(1, Math.ceil((scanMs + referenceMs) / (MAX_CHART_POINTS - 2) / stepMs)) * stepMs;
    const charts = [];
    const seen = new Set();
    for (const f of chartOrder(findings, failOn)) {
        if (charts.length >= MAX_CHARTS)
            break;
        // One picture per service and metric: a rule and the model flagging the same thing draw the same line.
        const key = `${(0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .serviceId */ .fH)({ namespace: f.namespace, name: f.service })}\u0000${f.metric}\u0000${f.caller ?? ''}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const scan = downsample(sources.scan, f, pointMs);
        if (!scan)
            continue;
        const before = reference && referenceMs > 0 ? downsample(reference, f, pointMs, referenceMs) : null;
        const lo = f.expectedRange?.[0];
        const hi = f.expectedRange?.[1];
        charts.push({
            namespace: f.namespace,
            service: f.service,
            ...(f.caller !== undefined ? { caller: f.caller } : {}),
            metric: f.metric,
            type: f.type,
            severity: f.severity,
            scan,
            ...(before ? { reference: before } : {}),
            expected: round(f.expected),
            band: Number.isFinite(lo) && Number.isFinite(hi) ? [round(lo), round(hi)] : null,
            deployedAt: deployedAt === null ? null : new Date(deployedAt).toISOString(),
        });
    }
    return charts;
}


/***/ }),

/***/ 85993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GB: () => (/* binding */ roundTo),
/* harmony export */   I1: () => (/* binding */ significant),
/* harmony export */   Is: () => (/* binding */ seededRandom),
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   YV: () => (/* binding */ quantile)
/* harmony export */ });
/** Small numeric helpers the pure core and the benchmark share: rounding, order statistics, a seeded PRNG. */
/** Six significant digits by default: keeps artifacts readable and byte-stable across runs. */
function significant(x, digits = 6) {
    return Number(x.toPrecision(digits));
}
/** Rounded to a number of decimals (for values on a fixed scale: shares, scores, milliseconds). */
function roundTo(x, decimals) {
    const scale = 10 ** decimals;
    return Math.round(x * scale) / scale;
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** The q-quantile of already sorted values, interpolating linearly between ranks; 0 for none. */
function quantile(sorted, q) {
    if (sorted.length === 0)
        return 0;
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
/** mulberry32: a small, well-known seeded generator; the same seed gives the same numbers on every machine. */
function seededRandom(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}


/***/ }),

/***/ 58580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Id: () => (/* binding */ SERVICE_ACCOUNT_DIR),
/* harmony export */   kc: () => (/* binding */ expandHome),
/* harmony export */   l_: () => (/* binding */ clusterConfigured)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Whether a cluster is configured, in the one order every command uses (connection.ts loads it the same way):
 * --kubeconfig (or the config file's kube.kubeconfig), KUBECONFIG, ~/.kube/config, the in-cluster service
 * account. Light on purpose: it decides whether to load the Kubernetes client at all.
 */



const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';
/** `~` and `~/…` as a shell would expand them: config files and Action inputs never pass through one. */
function expandHome(path, home = process.env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)()) {
    if (path === '~')
        return home;
    return path.startsWith('~/') && home ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(home, path.slice(2)) : path;
}
function clusterConfigured(kubeconfig, env = process.env, home = env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)()) {
    if (kubeconfig?.trim())
        return true;
    if (env.KUBECONFIG)
        return true;
    if (home && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(home, '.kube', 'config')))
        return true;
    return Boolean(env.KUBERNETES_SERVICE_HOST &&
        env.KUBERNETES_SERVICE_PORT &&
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(SERVICE_ACCOUNT_DIR, 'token')));
}


/***/ })

};

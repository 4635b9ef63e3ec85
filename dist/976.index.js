export const id = 976;
export const ids = [976];
export const modules = {

/***/ 55976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gatherStatus: () => (/* binding */ gatherStatus),
  runLearn: () => (/* binding */ runLearn),
  runScan: () => (/* binding */ runScan),
  e: () => (/* binding */ runStatus)
});

// UNUSED EXPORTS: analyseScan

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/core/baseline.ts
/**
 * The baseline's shape: what `learn` produces and `scan` judges against, and its versioned zod schema.
 * The store (baseline/) reads and writes it; the core only needs the types.
 */


const BASELINE_SCHEMA_VERSION = 1;
const finite = schemas/* number */.aig().refine(Number.isFinite, 'must be a finite number');
const metricName = schemas/* enum */.k5n(types/* METRIC_NAMES */.Uw);
const stats = schemas/* object */.Ikc({ mean: finite, p5: finite, p95: finite, std: finite, max: finite });
const model = schemas/* object */.Ikc({
    metrics: schemas/* array */.YOg(metricName).min(1),
    windows: schemas/* number */.aig().int().min(1),
    relativeToProfile: schemas/* boolean */.zMY().optional(),
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
const isoDate = schemas/* string */.YjP().refine((s) => Number.isFinite(Date.parse(s)), 'must be an RFC3339 time');
const baselineSchema = schemas/* object */.Ikc({
    schemaVersion: schemas/* literal */.euz(BASELINE_SCHEMA_VERSION),
    tool: schemas/* object */.Ikc({ name: schemas/* literal */.euz('smanalyzer'), version: schemas/* string */.YjP() }),
    createdAt: isoDate,
    source: schemas/* enum */.k5n(['simulated', 'prometheus', 'sidecars']),
    cluster: schemas/* object */.Ikc({ server: schemas/* string */.YjP(), context: schemas/* string */.YjP(), version: schemas/* string */.YjP().optional() }).nullable(),
    namespaces: schemas/* array */.YOg(schemas/* string */.YjP()),
    window: schemas/* object */.Ikc({ from: isoDate, to: isoDate }),
    stepMs: schemas/* number */.aig().int().positive(),
    featureWindowMs: schemas/* number */.aig().int().positive(),
    histogramBuckets: schemas/* array */.YOg(finite),
    settings: schemas/* object */.Ikc({ kMax: schemas/* number */.aig().int().min(1), seed: schemas/* number */.aig().int() }),
    services: schemas/* array */.YOg(schemas/* object */.Ikc({
        namespace: schemas/* string */.YjP().min(1),
        name: schemas/* string */.YjP().min(1),
        requests: finite,
        meanRate: finite,
        insufficient: schemas/* boolean */.zMY(),
        hourlyRate: schemas/* array */.YOg(finite.refine((v) => v >= 0, 'must be 0 or more'))
            .length(24)
            .nullable()
            .optional(),
        metrics: schemas/* partialRecord */.jgl(metricName, stats),
        models: schemas/* partialRecord */.jgl(schemas/* enum */.k5n(['traffic', 'errors', 'latency', 'retries', 'timeouts', 'overflow']), model),
        unavailable: schemas/* array */.YOg(metricName),
    })),
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
 * Write via a temp file in the same directory + fsync + rename: readers see the old file or the new, never half.
 * The temp name is hidden, ends in .tmp and carries the writer's pid, so a writer killed mid-write (kill -9, OOM)
 * leaves nothing that looks like a baseline, and the next write sweeps what it left.
 */
function writeBaselineAtomically(path, baseline) {
    const dir = (0,external_node_path_.dirname)(path);
    sweepAbandonedTempFiles(dir, (0,external_node_path_.basename)(path));
    const temp = (0,external_node_path_.join)(dir, `.${(0,external_node_path_.basename)(path)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        // Serialise before the temp file exists: the window in which a kill leaves a temp file stays short.
        const text = serializeBaseline(baseline);
        const fd = (0,external_node_fs_.openSync)(temp, 'wx', 0o644);
        try {
            (0,external_node_fs_.writeSync)(fd, text);
            (0,external_node_fs_.fsyncSync)(fd);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        (0,external_node_fs_.renameSync)(temp, path);
        fsyncDirectory(dir);
    }
    catch (e) {
        (0,external_node_fs_.rmSync)(temp, { force: true });
        throw new types/* BaselineError */.s$(`cannot write the baseline to ${path}: ${e.code ?? e.message}`, 'check that the directory exists and is writable');
    }
}
/** Temp files of this baseline whose writer process is gone. A live writer's temp file is left alone. */
function sweepAbandonedTempFiles(dir, name) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return; // the write reports an unusable directory itself
    }
    const prefix = `.${name}.`;
    for (const entry of entries) {
        if (!entry.startsWith(prefix) || !entry.endsWith('.tmp'))
            continue;
        const pid = Number(entry.slice(prefix.length).split('.')[0]);
        if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid))
            continue;
        (0,external_node_fs_.rmSync)((0,external_node_path_.join)(dir, entry), { force: true });
    }
}
function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
/** Makes the rename itself durable (a power cut right after it keeps the new name); best effort. */
function fsyncDirectory(dir) {
    try {
        const fd = (0,external_node_fs_.openSync)(dir, 'r');
        try {
            (0,external_node_fs_.fsyncSync)(fd);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch {
        // some filesystems refuse fsync on a directory: the rename is still atomic
    }
}
/** Parse and validate a baseline text; every problem is named with its JSON path. */
function parseBaseline(text, path, now) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        throw new types/* BaselineError */.s$(`${path} is not valid JSON${text.length > 0 ? ' (truncated or corrupted?)' : ' (empty file)'}`, 'learn a new baseline with `smanalyzer learn`');
    }
    const version = raw?.schemaVersion;
    if (typeof raw === 'object' && raw !== null && version !== BASELINE_SCHEMA_VERSION) {
        throw new types/* BaselineError */.s$(`${path} has baseline schema version ${JSON.stringify(version ?? null)}; this smanalyzer reads version ${BASELINE_SCHEMA_VERSION}`, 'learn a new baseline with this version (`smanalyzer learn`)');
    }
    const parsed = baselineSchema.safeParse(raw);
    if (!parsed.success) {
        const problems = parsed.error.issues
            .slice(0, 5)
            .map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
        const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
        throw new types/* BaselineError */.s$(`${path} is not a valid baseline: ${problems.join('; ')}${more}`, 'learn a new baseline with `smanalyzer learn`');
    }
    const baseline = parsed.data;
    if (Date.parse(baseline.createdAt) > now + 5 * 60_000) {
        throw new types/* BaselineError */.s$(`${path} was created in the future (${baseline.createdAt})`, "check this machine's clock, or learn a new baseline");
    }
    if (Date.parse(baseline.window.from) >= Date.parse(baseline.window.to)) {
        throw new types/* BaselineError */.s$(`${path}: its window ends before it starts (${baseline.window.from} → ${baseline.window.to})`, 'learn a new baseline with `smanalyzer learn`');
    }
    if (baseline.featureWindowMs < baseline.stepMs) {
        throw new types/* BaselineError */.s$(`${path}: its feature window (${baseline.featureWindowMs}ms) is shorter than its step (${baseline.stepMs}ms)`, 'learn a new baseline with `smanalyzer learn`');
    }
    for (const service of baseline.services) {
        for (const [signal, m] of Object.entries(service.models)) {
            const dims = m.scaler.center.length;
            if (m.centroids.length !== m.k ||
                m.thresholds.length !== m.k ||
                m.sizes.length !== m.k ||
                m.scaler.scale.length !== dims ||
                // Each metric contributes four features: mean, stddev, trend, volatility (ml.ts windowFeatures).
                m.metrics.length * 4 !== dims ||
                (m.envelope !== undefined && m.envelope.length !== m.metrics.length) ||
                m.centroids.some((c) => c.length !== dims)) {
                throw new types/* BaselineError */.s$(`${path}: the ${signal} model of ${service.namespace}/${service.name} is inconsistent (k, centroids and thresholds disagree)`, 'learn a new baseline with `smanalyzer learn`');
            }
        }
    }
    return baseline;
}
function readBaseline(path, now) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new types/* BaselineError */.s$(code === 'ENOENT' ? `no baseline at ${path}` : `cannot read the baseline ${path}: ${code}`, `learn one first: smanalyzer learn --baseline ${path}`);
    }
    return parseBaseline(text, path, now);
}
function checkCompatibility(baseline, scan, path) {
    const relearn = `learn a matching baseline: smanalyzer learn --source ${scan.source}${scan.namespaces.map((n) => ` --namespace ${n}`).join('')} --baseline ${path}`;
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

// EXTERNAL MODULE: ./src/render/units.ts
var units = __webpack_require__(33647);
// EXTERNAL MODULE: ./node_modules/ml-kmeans/lib/index.js + 154 modules
var lib = __webpack_require__(51225);
;// CONCATENATED MODULE: ./src/core/model/kmeans.ts
/**
 * The learned model of "normal": window features (mean, std dev, trend, volatility), scaling with the
 * training statistics, K-means (ml-kmeans, k-means++, fixed seed, k chosen per service by silhouette)
 * and each cluster's own distance distribution. Pure: data in, data out.
 */

/** Features of one metric over one window: [mean, standard deviation, trend, volatility]. */
const FEATURE_NAMES = ['mean', 'stddev', 'trend', 'volatility'];
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
/** A small seeded PRNG (mulberry32): the same seed gives the same centres on every machine. */
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
    const random = seededRandom(seed);
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
function quantile(sorted, q) {
    if (sorted.length === 0)
        return 0;
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
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
    return Math.max(1.5 * quantile(sorted, 0.99), mean + 4 * Math.sqrt(variance), MIN_THRESHOLD);
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
        centroids: best.centroids.map((c) => c.map(round6)),
        sizes: members.map((d) => d.length),
        thresholds: thresholds.map(round6),
        silhouette: best.score === null ? null : round6(best.score),
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
/** Six significant decimals keep the artifact readable and byte-stable across runs. */
function round6(x) {
    return Number(x.toPrecision(6));
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
    const spread = Math.max(quantile(sorted, 0.75) - quantile(sorted, 0.25), minSpread);
    return {
        median: round6(quantile(sorted, 0.5)),
        low: round6(quantile(sorted, 0.005) - 3 * spread),
        high: round6(quantile(sorted, 0.995) + 3 * spread),
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

;// CONCATENATED MODULE: ./src/core/signals.ts
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
    const medians = byHour.map((r) => (r.length > 0 ? median(r) : null));
    // Fill an uncovered hour from its nearest covered neighbours.
    return medians.map((m, h) => {
        if (m !== null)
            return round(m);
        for (let d = 1; d < DAY_HOURS; d++) {
            const near = medians[(h + d) % DAY_HOURS] ?? medians[(h - d + DAY_HOURS) % DAY_HOURS];
            if (near !== null)
                return round(near);
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
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function round(x) {
    return Number(x.toPrecision(6));
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
        mean: learn_round(mean),
        p5: learn_round(quantile(wm, 0.05)),
        p95: learn_round(quantile(wm, 0.95)),
        std: learn_round(std),
        max: learn_round(wm[wm.length - 1]),
    };
}
function learn_round(x) {
    return Number(x.toPrecision(6));
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
/** Each metric contributes [mean, stddev, trend, volatility] to a signal's feature vector. */
const FEATURES_PER_METRIC = 4;
/** Traffic judged relative to its hour: a 2% wobble in that share is noise, not a mode. */
const RELATIVE_TRAFFIC_FLOOR = [0.02];
function learnService(series, config, stepMs, from) {
    const size = Math.round(config.featureWindowMs / stepMs);
    const stride = Math.max(1, Math.floor(size / 2));
    const requests = (0,core_series/* totalRequests */.Xi)(series);
    const seconds = (series.requests.length * stepMs) / 1000;
    const perWindowRequests = (requests / Math.max(1, series.requests.length)) * size;
    // Too quiet to learn from: per-window ratios would be mostly noise (a single error = 10%).
    const insufficient = perWindowRequests < Math.max(1, config.gate.minRequests / 10) || requests < config.gate.minRequests;
    const metrics = {};
    for (const metric of types/* METRIC_NAMES */.Uw) {
        if (series.unavailable.includes(metric))
            continue;
        const s = metricStats(series, metric, size, stride);
        if (s)
            metrics[metric] = s;
    }
    const hourlyRate = from === undefined ? null : learnHourlyProfile(series.values.requestRate, from, stepMs);
    const models = {};
    if (!insufficient) {
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
            const envelope = used.map((_, i) => learnEnvelope(vectors.map((v) => v[i * FEATURES_PER_METRIC]), floors[i]));
            const signalModel = {
                metrics: used,
                windows: vectors.length,
                ...(relative ? { relativeToProfile: true } : {}),
                ...model,
                envelope,
            };
            models[spec.name] = signalModel;
        }
    }
    return {
        namespace: series.service.namespace,
        name: series.service.name,
        requests,
        meanRate: learn_round(requests / Math.max(1, seconds)),
        insufficient,
        hourlyRate,
        metrics,
        models,
        unavailable: [...series.unavailable].sort(),
    };
}
function learnBaseline(collected, config, meta) {
    const services = [...collected.services]
        .sort((a, b) => `${a.service.namespace}/${a.service.name}`.localeCompare(`${b.service.namespace}/${b.service.name}`))
        .map((series) => learnService(series, config, collected.stepMs, collected.from));
    return {
        schemaVersion: BASELINE_SCHEMA_VERSION,
        tool: { name: 'smanalyzer', version: meta.toolVersion },
        createdAt: new Date(meta.now).toISOString(),
        source: collected.source,
        cluster: meta.cluster,
        namespaces: [...meta.namespaces].sort(),
        window: { from: new Date(collected.from).toISOString(), to: new Date(collected.to).toISOString() },
        stepMs: collected.stepMs,
        featureWindowMs: config.featureWindowMs,
        histogramBuckets: collected.histogramBuckets,
        settings: { kMax: config.model.kMax, seed: config.model.seed },
        services,
    };
}

;// CONCATENATED MODULE: ./src/core/judge/anomaly.ts
/**
 * Detection: static rules for the obvious, the learned model for the rest (distance to the nearest normal
 * mode against that mode's own threshold), severity from how far past the threshold, and one finding per
 * (service, type) with its evidence. Pure.
 */







/** Relative rules: this many times the service's own ratio, at least the floor, and a z above MIN_Z. */
const RELATIVE_FACTOR = 5;
const RELATIVE_ERROR_FLOOR = 0.01;
const RELATIVE_TIMEOUT_FLOOR = 0.005;
const MIN_Z = 5;
const MIN_EVENTS = 10;
/** Ratios counted in events (errors, timeouts, retries, overflows): judged only with MIN_EVENTS of them. */
const EVENT_RATIOS = new Set([
    'errorRatio',
    'timeoutRatio',
    'retryRatio',
    'overflowRatio',
]);
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
function pct(v) {
    return (0,units/* formatMetric */.gI)('errorRatio', v);
}
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
function finding(ctx, fields) {
    const stats = ctx.baseline.metrics[fields.metric];
    const expected = stats?.mean ?? 0;
    const { reason, ...rest } = fields;
    return {
        namespace: ctx.series.service.namespace,
        service: ctx.series.service.name,
        ...rest,
        observed: anomaly_round(fields.observed),
        expected: anomaly_round(expected),
        expectedRange: [anomaly_round(stats?.p5 ?? expected), anomaly_round(stats?.p95 ?? expected)],
        threshold: anomaly_round(fields.threshold),
        score: anomaly_round(fields.score),
        description: `${units/* METRIC_LABEL */.SM[fields.metric]} ${(0,units/* formatMetric */.gI)(fields.metric, fields.observed)} ${reason}`,
    };
}
function anomaly_round(x) {
    return Number.isFinite(x) ? Number(x.toPrecision(6)) : x;
}
/** The static rules: absolute bounds and ratios to the baseline that nobody needs a model for. */
function ruleFindings(ctx) {
    const { rules } = ctx.config;
    const out = [];
    const o = ctx.observed;
    const base = (m) => ctx.baseline.metrics[m]?.mean ?? null;
    /** A broken rule; its score is how far past the threshold (for a drop, how far below it). */
    const broken = (type, metric, observed, threshold, reason) => {
        const score = type === 'traffic_drop' ? Math.min(threshold / Math.max(observed, 1e-9), 1e6) : observed / threshold;
        out.push(finding(ctx, {
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
    const usual = ctx.baseline.hourlyRate && ctx.from !== undefined ? 'expected at this hour' : 'baseline mean';
    if (rate != null && baseRate != null && baseRate > 0) {
        const spike = baseRate * rules.trafficSpikeFactor;
        const drop = baseRate * rules.trafficDropFactor;
        const expected = `the ${(0,units/* formatMetric */.gI)('requestRate', baseRate)} ${usual}`;
        if (rate > spike)
            broken('traffic_spike', 'requestRate', rate, spike, `is above ${rules.trafficSpikeFactor}x ${expected}`);
        else if (rate < drop)
            broken('traffic_drop', 'requestRate', rate, drop, `is below ${rules.trafficDropFactor}x ${expected}`);
    }
    const errors = o.errorRatio;
    if (errors != null && errors > rules.errorRatio) {
        broken('error_rate', 'errorRatio', errors, rules.errorRatio, `is above the ${pct(rules.errorRatio)} limit`);
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
            const evidence = `(z = ${z.toFixed(0)} over ${Math.round(requests)} requests)`;
            broken(type, metric, value, threshold, `is over ${RELATIVE_FACTOR}x its usual ${pct(usualRatio)} ${evidence}`);
        }
    }
    const p99 = o.latencyP99;
    const baseP99 = base('latencyP99');
    if (p99 != null) {
        const bounds = [];
        if (rules.latencyP99Ms !== null)
            bounds.push({ limit: rules.latencyP99Ms, reason: `is above the ${rules.latencyP99Ms} ms bound` });
        if (baseP99 != null && baseP99 > 0)
            bounds.push({
                limit: baseP99 * rules.latencyFactor,
                reason: `is above ${rules.latencyFactor}x its baseline ${(0,units/* formatMetric */.gI)('latencyP99', baseP99)}`,
            });
        const worst = bounds.sort((a, b) => p99 / b.limit - p99 / a.limit)[0];
        if (worst && p99 > worst.limit)
            broken('latency', 'latencyP99', p99, worst.limit, worst.reason);
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
            broken(type, metric, value, threshold, `is above the ${pct(threshold)} limit`);
    }
    return out;
}
function anomaly_median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** Raise a severity one band (critical stays critical). */
function confirmed(severity) {
    return types/* SEVERITIES */.oC[Math.min(types/* SEVERITIES */.oC.length - 1, (0,types/* severityRank */.qs)(severity) + 1)];
}
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
/**
 * The clusters' verdict: the median window's distance to the nearest learned mode over that mode's own
 * threshold. Null when the scan looks like a learned mode, when the deviation is an improvement, or
 * when it was transient (the scan's last window is normal again: a restart blip or a burst recovers).
 */
function clusterFinding(ctx, spec, model, used, vectors) {
    const scores = vectors.map((v) => scoreWindow(model, v, ctx.config.model.sensitivity));
    const score = anomaly_median(scores.map((s) => s.score));
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
    const metric = used[Math.floor(strongest / FEATURE_NAMES.length)];
    const feature = FEATURE_NAMES[strongest % FEATURE_NAMES.length];
    const meanDeviation = typical.deviation[Math.floor(strongest / FEATURE_NAMES.length) * FEATURE_NAMES.length];
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
    const change = feature === 'mean'
        ? 'is unlike every normal mode learned'
        : `has an unusual ${feature === 'stddev' ? 'spread' : feature}`;
    const result = finding(ctx, {
        type,
        severity,
        detector: 'model',
        metric,
        observed: ctx.observed[metric] ?? 0,
        threshold: typical.threshold,
        score,
        reason: `${change} (distance ${typical.distance.toFixed(1)} vs threshold ${typical.threshold.toFixed(1)} for mode ${typical.cluster + 1} of ${model.k})`,
    });
    return { finding: result, aboutLevel: feature === 'mean' };
}
/**
 * The envelope's verdict: the scan's typical window mean against the range of window means seen in
 * training. It sees sustained shifts that rare normal modes hide from the clusters (a burst mode widens
 * a single cluster's threshold as much as a 40% dip would need).
 */
function envelopeFinding(ctx, spec, model, used, vectors) {
    if (!model.envelope)
        return null;
    const sensitivity = ctx.config.model.sensitivity;
    let best = null;
    used.forEach((metric, i) => {
        const envelope = model.envelope[i];
        const means = vectors.map((v) => v[i * FEATURE_NAMES.length]);
        const score = envelopeScore(envelope, anomaly_median(means), sensitivity);
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
        const candidate = finding(ctx, {
            type,
            severity,
            detector: 'model',
            metric,
            observed: ctx.observed[metric] ?? 0,
            threshold: bound,
            score: Math.abs(score),
            reason: `is ${score > 0 ? 'above' : 'below'} the range its window means kept in training (bound ${(0,units/* formatMetric */.gI)(metric, bound)})`,
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
        clusterFinding(ctx, spec, model, scan.used, scan.vectors),
        envelopeFinding(ctx, spec, model, scan.used, scan.vectors),
    ].filter((v) => v !== null && persists(v, scan.series, scan.used, model, scan.vectors.length));
    const best = onePerType(found.map((v) => v.finding))[0] ?? null;
    // Two errors against a baseline of none is a real difference, but not one to stop a deploy for.
    if (best && EVENT_RATIOS.has(best.metric) && best.observed * (0,core_series/* totalRequests */.Xi)(ctx.series) < MIN_EVENTS)
        return null;
    return best;
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
function summarizeMetrics(series, baseline) {
    const out = {};
    for (const metric of types/* METRIC_NAMES */.Uw) {
        if (series.unavailable.includes(metric))
            continue;
        const stats = baseline?.metrics[metric];
        const observed = (0,core_series/* aggregateMetric */.Uj)(series, metric);
        out[metric] = {
            observed: observed === null ? null : anomaly_round(observed),
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
        if (drop.length > 0)
            return { status: 'anomalous', requests, findings: drop, metrics };
        const reason = baseline.insufficient
            ? `the baseline saw too little traffic (${Math.round(baseline.requests)} requests) to judge`
            : `${requests} requests in the window, below the minimum of ${config.gate.minRequests}`;
        return { status: 'insufficient-data', requests, findings: [], metrics, reason };
    }
    const findings = ruleFindings(ctx);
    for (const spec of SIGNALS) {
        const model = baseline.models[spec.name];
        if (!model)
            continue;
        const f = modelFinding(ctx, spec, model, windowSteps);
        if (f)
            findings.push(f);
    }
    const kept = onePerType(findings).sort((a, b) => (0,types/* severityRank */.qs)(b.severity) - (0,types/* severityRank */.qs)(a.severity) || a.type.localeCompare(b.type));
    return { status: kept.length > 0 ? 'anomalous' : 'ok', requests, findings: kept, metrics };
}

// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(61036);
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

;// CONCATENATED MODULE: ./src/core/gate.ts

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

;// CONCATENATED MODULE: ./src/sources/simulated/topologies.ts
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
            values: (0,core_series/* metricArrays */.FR)(),
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

// EXTERNAL MODULE: ./src/app/version.ts
var version = __webpack_require__(89103);
;// CONCATENATED MODULE: ./src/core/report.ts


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

;// CONCATENATED MODULE: ./src/app/pipeline.ts
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
        ms = (0,load/* parseDuration */.E9)(text);
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
        const { PrometheusSource } = await __webpack_require__.e(/* import() */ 743).then(__webpack_require__.bind(__webpack_require__, 98743));
        return {
            source: new PrometheusSource({ ...config.prometheus, url: config.prometheus.url }),
            connection,
            inventory,
        };
    }
    const { SidecarSource, podProxyFetcher } = await Promise.all(/* import() */[__webpack_require__.e(737), __webpack_require__.e(547), __webpack_require__.e(595)]).then(__webpack_require__.bind(__webpack_require__, 25595));
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
async function collectWindow(ctx, env, durationMs, stepMs, services, purpose) {
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
    const collected = await collectWindow(ctx, env, config.learnDurationMs, config.stepMs, env.inventory?.services, 'learn');
    const withTraffic = collected.services.filter((s) => s.requests.some((r) => r > 0));
    if (withTraffic.length === 0) {
        throw new types/* MetricsError */.kj(`no service had any requests between ${new Date(collected.from).toISOString()} and ${new Date(collected.to).toISOString()}`, 'learn over a window with traffic (check --from/--to and --namespace)');
    }
    if (collected.partial) {
        throw new types/* MetricsError */.kj('the learning window was only partly collected', 'learn again once the metrics source is healthy');
    }
    const baseline = learnBaseline(collected, config, {
        now: ctx.now(),
        toolVersion: version/* TOOL_VERSION */.w,
        cluster: env.connection?.identity ?? null,
        namespaces: config.namespaces,
    });
    writeBaselineAtomically(config.baselinePath, baseline);
    for (const note of collected.notes)
        ctx.log(`Note: ${note}`);
    const quiet = baseline.services.filter((s) => s.insufficient).map((s) => `${s.namespace}/${s.name}`);
    if (quiet.length > 0)
        ctx.log(`Too little traffic to learn: ${quiet.join(', ')} (scans will report insufficient-data)`);
    ctx.log(`Learned ${baseline.services.length} services from ${baseline.window.from} → ${baseline.window.to}; baseline written to ${config.baselinePath}`);
    return { path: config.baselinePath, services: baseline.services.length, window: baseline.window, baseline };
}
function emptySeries(key, steps) {
    return {
        service: key,
        requests: new Array(steps).fill(0),
        // Zero traffic, and no value for anything measured per request.
        values: (0,core_series/* metricArrays */.FR)((metric) => new Array(steps).fill(metric === 'requestRate' ? 0 : null)),
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
            verdict: detectServiceAnomalies(series, byId.get(id) ?? null, config, collected.stepMs, windowSteps, collected.from),
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
                verdict: detectServiceAnomalies(emptySeries(key, steps), known, config, collected.stepMs, windowSteps, collected.from),
            });
        }
    }
    const findings = results.flatMap((r) => r.verdict.findings);
    const decision = decideVerdict({ findings, statuses: results.map((r) => r.verdict.status), partial: collected.partial }, config.gate);
    return assembleReport({
        window: { from: collected.from, to: collected.to },
        source: collected.source,
        cluster: extra.cluster ?? null,
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
    const baseline = readBaseline(config.baselinePath, ctx.now());
    checkCompatibility(baseline, { source: config.source, namespaces: config.namespaces }, config.baselinePath);
    const duration = Math.max(config.scanDurationMs, baseline.featureWindowMs);
    // So is a bad --from/--to: checked here, before the cluster or Prometheus is asked anything.
    const planned = (0,load/* resolveWindow */.LI)({ from: ctx.window?.from, to: ctx.window?.to, durationMs: duration }, ctx.now());
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
        checkCompatibility(baseline, {
            source: config.source,
            namespaces: config.namespaces,
            cluster: { server: env.connection.identity.server },
        }, config.baselinePath);
    }
    const minimum = baseline.featureWindowMs;
    const collected = await collectWindow(ctx, env, duration, baseline.stepMs, env.inventory?.services, 'scan');
    checkCompatibility(baseline, { source: config.source, namespaces: config.namespaces, histogramBuckets: collected.histogramBuckets }, config.baselinePath);
    if (collected.to - collected.from < minimum) {
        notes.push(`the window is shorter than the model's ${minimum / 1000}s feature window: only the rules judged it`);
    }
    return analyseScan(collected, baseline, config, {
        inventory: env.inventory,
        cluster: env.connection?.identity ?? null,
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


/***/ }),

/***/ 34990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ metricArrays),
/* harmony export */   Ng: () => (/* binding */ windowAggregates),
/* harmony export */   Uj: () => (/* binding */ aggregateMetric),
/* harmony export */   Xi: () => (/* binding */ totalRequests),
/* harmony export */   m5: () => (/* binding */ PER_REQUEST),
/* harmony export */   oX: () => (/* binding */ windowStarts),
/* harmony export */   w: () => (/* binding */ presentValues)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73054);
/**
 * Typed access to per-service samples: windows over the step grid and request-weighted aggregates.
 * Pure functions; statistics beyond weighted means live in ml.ts.
 */

/** Start indexes of windows of `size` steps, `stride` apart, that fit in `length` steps. */
function windowStarts(length, size, stride) {
    const starts = [];
    for (let start = 0; start + size <= length; start += stride)
        starts.push(start);
    return starts;
}
/** The non-null values of a metric in [start, end). */
function presentValues(values, start = 0, end = values.length) {
    const out = [];
    for (let i = start; i < end; i++) {
        const v = values[i];
        if (v !== null && Number.isFinite(v))
            out.push(v);
    }
    return out;
}
function totalRequests(series, start = 0, end = series.requests.length) {
    let sum = 0;
    for (let i = start; i < end; i++)
        sum += series.requests[i] ?? 0;
    return sum;
}
/** Metrics that are per request (ratios, latencies): their aggregate is weighted by the requests behind each step. */
const PER_REQUEST = new Set([
    'errorRatio',
    'latencyP50',
    'latencyP90',
    'latencyP99',
    'retryRatio',
    'timeoutRatio',
    'overflowRatio',
]);
/**
 * One number for a metric over [start, end): the mean rate for rates, the request-weighted mean for ratios
 * and latencies (so a quiet step does not count as much as a busy one). Null when there is no value.
 */
function aggregateMetric(series, metric, start = 0, end = series.requests.length) {
    const values = series.values[metric];
    let weighted = 0;
    let weight = 0;
    for (let i = start; i < end; i++) {
        const v = values[i];
        if (v === null || v === undefined || !Number.isFinite(v))
            continue;
        const w = PER_REQUEST.has(metric) ? (series.requests[i] ?? 0) : 1;
        weighted += v * w;
        weight += w;
    }
    return weight > 0 ? weighted / weight : null;
}
/**
 * The same aggregate as aggregateMetric for many windows at once, from prefix sums: O(steps + windows)
 * instead of O(steps × window size). Null for a window with no value.
 */
function windowAggregates(series, metric, starts, size) {
    const values = series.values[metric];
    const n = series.requests.length;
    const weighted = new Float64Array(n + 1);
    const weights = new Float64Array(n + 1);
    const perRequest = PER_REQUEST.has(metric);
    for (let i = 0; i < n; i++) {
        const v = values[i];
        const ok = v !== null && v !== undefined && Number.isFinite(v);
        const w = ok ? (perRequest ? (series.requests[i] ?? 0) : 1) : 0;
        weighted[i + 1] = weighted[i] + (ok ? v * w : 0);
        weights[i + 1] = weights[i] + w;
    }
    return starts.map((start) => {
        const end = Math.min(n, start + size);
        const w = weights[end] - weights[start];
        return w > 0 ? (weighted[end] - weighted[start]) / w : null;
    });
}
/** One array per metric, made by `make`: every source builds its series' values this way. */
function metricArrays(make = () => []) {
    return Object.fromEntries(_types_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_NAMES */ .Uw.map((metric) => [metric, make(metric)]));
}


/***/ })

};

export const id = 595;
export const ids = [595];
export const modules = {

/***/ 25595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SidecarSource: () => (/* binding */ SidecarSource),
  podProxyFetcher: () => (/* binding */ podProxyFetcher)
});

// UNUSED EXPORTS: SIDECAR_METRICS_PATH, SIDECAR_METRICS_PORT, StepAccumulator, classifyRequests, counterIncrease, emptyIncrease, outboundClusterService, readSidecarSnapshot, scrapeTimes, snapshotIncrease, toServiceSeries

// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 874 modules
var dist = __webpack_require__(41547);
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
    if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text))
        return undefined;
    return Number(text);
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

;// CONCATENATED MODULE: ./src/core/histogram.ts
/**
 * Quantiles from cumulative histogram buckets, with the semantics of PromQL's histogram_quantile:
 * linear interpolation inside the bucket the rank falls in, the lowest bucket starting at 0, and a rank
 * in the +Inf bucket answered with the highest finite bound. Pure.
 */
/**
 * The q-quantile (0..1) of a histogram given as cumulative buckets (any order).
 * Returns null where histogram_quantile returns NaN: no observations, no +Inf bucket, fewer than two
 * buckets, or q is NaN. q < 0 gives -Infinity and q > 1 gives +Infinity, as in PromQL.
 */
function histogramQuantile(q, buckets) {
    if (Number.isNaN(q))
        return null;
    if (q < 0)
        return Number.NEGATIVE_INFINITY;
    if (q > 1)
        return Number.POSITIVE_INFINITY;
    const sorted = coalesce(buckets);
    if (sorted.length < 2)
        return null;
    if (sorted[sorted.length - 1].le !== Number.POSITIVE_INFINITY)
        return null;
    ensureMonotonic(sorted);
    const observations = sorted[sorted.length - 1].count;
    if (!(observations > 0))
        return null;
    let rank = q * observations;
    const b = sorted.findIndex((bucket) => bucket.count >= rank);
    if (b === sorted.length - 1)
        return sorted[sorted.length - 2].le;
    if (b === 0 && sorted[0].le <= 0)
        return sorted[0].le;
    let bucketStart = 0;
    const bucketEnd = sorted[b].le;
    let count = sorted[b].count;
    if (b > 0) {
        bucketStart = sorted[b - 1].le;
        count -= sorted[b - 1].count;
        rank -= sorted[b - 1].count;
    }
    // A zero-width share (q = 0 on an empty leading bucket) sits at the bucket's start.
    if (count === 0)
        return bucketStart;
    return bucketStart + (bucketEnd - bucketStart) * (rank / count);
}
/** Sorts by bound and sums buckets that share one (two series merged with the same layout). */
function coalesce(buckets) {
    const byBound = new Map();
    for (const { le, count } of buckets) {
        if (Number.isNaN(le) || Number.isNaN(count))
            continue;
        byBound.set(le, (byBound.get(le) ?? 0) + count);
    }
    return [...byBound.entries()].map(([le, count]) => ({ le, count })).sort((a, b) => a.le - b.le);
}
/**
 * Scrapes are not atomic, so a higher bucket can briefly read lower than the one below it;
 * PromQL carries the running maximum forward, and so do we.
 */
function ensureMonotonic(sorted) {
    let max = Number.NEGATIVE_INFINITY;
    for (const bucket of sorted) {
        if (bucket.count > max)
            max = bucket.count;
        else
            bucket.count = max;
    }
}

// EXTERNAL MODULE: ./src/core/series.ts
var series = __webpack_require__(34990);
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






const SIDECAR_METRICS_PORT = 15020;
const SIDECAR_METRICS_PATH = 'stats/prometheus';
// ---------------------------------------------------------------------------------------------------------
// Reading one scrape
const REQUESTS_TOTAL = 'istio_requests_total';
const DURATION_BUCKET = 'istio_request_duration_milliseconds_bucket';
/** Optional Envoy cluster stats (client side, per outbound cluster) and what each feeds. */
const CLUSTER_STATS = {
    envoy_cluster_upstream_rq_retry: 'retries',
    envoy_cluster_upstream_rq_pending_overflow: 'pendingOverflows',
    envoy_cluster_outlier_detection_ejections_enforced_total: 'ejections',
};
const COUNTER_KINDS = [
    'requests',
    'errors',
    'timeouts',
    'overflows',
    'retries',
    'pendingOverflows',
    'ejections',
];
/**
 * Picks the series SMAnalyzer needs out of one parsed scrape: the sidecar's inbound traffic
 * (`reporter="destination"`) and, when exported, the Envoy cluster stats of its outbound clusters.
 * `podService` is used for series without usable destination_service labels.
 */
function readSidecarSnapshot(families, podService) {
    const snapshot = { counters: new Map(), histograms: new Map(), clusterStats: new Set() };
    for (const family of families) {
        for (const sample of family.samples) {
            const { name, labels, value } = sample;
            if (name === REQUESTS_TOTAL) {
                if (labels.reporter !== 'destination')
                    continue;
                snapshot.counters.set(seriesKey(name, labels), {
                    service: destinationService(labels, podService),
                    kinds: classifyRequests(labels),
                    value,
                });
            }
            else if (name === DURATION_BUCKET) {
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
                    series = { service: destinationService(labels, podService), buckets: new Map() };
                    snapshot.histograms.set(key, series);
                }
                series.buckets.set(le, value);
            }
            else if (Object.hasOwn(CLUSTER_STATS, name)) {
                const stat = name;
                snapshot.clusterStats.add(stat);
                const service = outboundClusterService(labels.cluster_name);
                if (!service)
                    continue;
                snapshot.counters.set(seriesKey(name, labels), { service, kinds: [CLUSTER_STATS[stat]], value });
            }
        }
    }
    return snapshot;
}
/** Error / timeout / overflow classes of a destination-reported request series. */
function classifyRequests(labels) {
    const kinds = ['requests'];
    const code = labels.response_code ?? '';
    const grpc = labels.grpc_response_status ?? '';
    const flags = (labels.response_flags ?? '').split(',').map((f) => f.trim());
    // response_code="0": no response was sent at all.
    if (code === '0' || /^5\d\d$/.test(code) || (grpc !== '' && grpc !== '0'))
        kinds.push('errors');
    if (code === '504' || flags.includes('UT'))
        kinds.push('timeouts');
    if (flags.includes('UO'))
        kinds.push('overflows');
    return kinds;
}
function destinationService(labels, fallback) {
    const name = labels.destination_service_name;
    const namespace = labels.destination_service_namespace;
    const usable = (v) => v !== undefined && v !== '' && v !== 'unknown';
    return usable(name) && usable(namespace) ? { namespace: namespace, name: name } : fallback;
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
    return { namespace: host[1], name: host[0] };
}
function seriesKey(name, labels) {
    const sorted = Object.keys(labels)
        .sort()
        .map((k) => [k, labels[k]]);
    return `${name}${JSON.stringify(sorted)}`;
}
function emptyIncrease() {
    return {
        requests: 0,
        errors: 0,
        timeouts: 0,
        overflows: 0,
        pendingOverflows: 0,
        retries: 0,
        ejections: 0,
        latencyBuckets: new Map(),
    };
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
        for (const kind of series.kinds)
            inc[kind] += delta;
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
    for (const kind of COUNTER_KINDS)
        into[kind] += from[kind] * fraction;
    for (const [le, count] of from.latencyBuckets) {
        into.latencyBuckets.set(le, (into.latencyBuckets.get(le) ?? 0) + count * fraction);
    }
}
// ---------------------------------------------------------------------------------------------------------
// The step grid
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
function toServiceSeries(service, steps, coveredMs, unavailable) {
    const values = (0,series/* metricArrays */.FR)();
    const requests = [];
    steps.forEach((inc, i) => {
        const seconds = coveredMs[i] / 1000;
        const observed = seconds > 0;
        const perRequest = (count) => (inc.requests > 0 ? count / inc.requests : null);
        requests.push(inc.requests);
        values.requestRate.push(observed ? inc.requests / seconds : null);
        values.errorRatio.push(perRequest(inc.errors));
        values.timeoutRatio.push(perRequest(inc.timeouts));
        values.overflowRatio.push(perRequest(inc.overflows + inc.pendingOverflows));
        values.retryRatio.push(unavailable.includes('retryRatio') ? null : perRequest(inc.retries));
        values.ejectionRate.push(unavailable.includes('ejectionRate') || !observed ? null : inc.ejections / seconds);
        const buckets = [...inc.latencyBuckets].map(([le, count]) => ({ le, count }));
        for (const [metric, q] of QUANTILES)
            values[metric].push(histogramQuantile(q, buckets));
    });
    return { service, requests, values, unavailable };
}
const PROXY_STATS_NOTE_FIX = 'enable them with proxyStatsMatcher (meshConfig.defaultConfig.proxyStatsMatcher.inclusionRegexps, e.g. ' +
    '".*upstream_rq_retry.*", ".*upstream_rq_pending_overflow.*", ".*outlier_detection.*", or the ' +
    'proxy.istio.io/config pod annotation) and restart the pods';
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
        this.sleep = deps.sleep ?? abortableSleep;
        this.now = deps.now ?? Date.now;
        this.port = options.port ?? SIDECAR_METRICS_PORT;
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
        const pods = new Map();
        const serviceKeys = new Map();
        const listedServices = new Map();
        const retryServices = new Set();
        const ejectionServices = new Set();
        const clusterStatsSeen = new Set();
        const bucketBounds = new Set();
        const notes = [];
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
                lastListError = errorMessage(err);
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
                    const text = await this.fetchWithTimeout(pod);
                    const snapshot = readSidecarSnapshot(parseExposition(text), {
                        namespace: pod.namespace,
                        name: pod.service,
                    });
                    return { state, snapshot };
                }
                catch (err) {
                    state.failures++;
                    state.lastError = errorMessage(err);
                    return undefined;
                }
            })));
            let succeeded = 0;
            for (const result of results) {
                if (!result)
                    continue;
                succeeded++;
                const { state, snapshot } = result;
                for (const stat of snapshot.clusterStats)
                    clusterStatsSeen.add(stat);
                for (const series of [...snapshot.counters.values(), ...snapshot.histograms.values()]) {
                    serviceKeys.set((0,types/* serviceId */.fH)(series.service), series.service);
                }
                for (const series of snapshot.counters.values()) {
                    if (series.kinds.includes('retries'))
                        retryServices.add((0,types/* serviceId */.fH)(series.service));
                    if (series.kinds.includes('ejections'))
                        ejectionServices.add((0,types/* serviceId */.fH)(series.service));
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
        const missingStats = Object.keys(CLUSTER_STATS).filter((s) => !clusterStatsSeen.has(s));
        const coverage = grid.coverage();
        let servicesMissingOptional = 0;
        const services = [...wanted]
            .sort((a, b) => (0,types/* serviceId */.fH)(a).localeCompare((0,types/* serviceId */.fH)(b)))
            .map((service) => {
            const id = (0,types/* serviceId */.fH)(service);
            const unavailable = [];
            if (!retryServices.has(id))
                unavailable.push('retryRatio');
            if (!ejectionServices.has(id))
                unavailable.push('ejectionRate');
            if (unavailable.length > 0)
                servicesMissingOptional++;
            return toServiceSeries(service, grid.seriesFor(service), coverage, unavailable);
        });
        if (servicesMissingOptional > 0 || missingStats.length > 0) {
            const which = missingStats.length > 0
                ? `The sidecars do not export ${missingStats.join(', ')}`
                : 'No sidecar exports Envoy cluster stats for some services';
            const overflow = missingStats.includes('envoy_cluster_upstream_rq_pending_overflow')
                ? '; overflowRatio counts only UO-flagged requests'
                : '';
            notes.push(`${which}, so retryRatio/ejectionRate are unavailable (not zero) for ${servicesMissingOptional} ` +
                `service(s)${overflow}: ${PROXY_STATS_NOTE_FIX}.`);
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
        if (stoppedEarly)
            notes.push('The scan was stopped before the end of its window.');
        if (pods.size === 0)
            notes.push('No meshed pods were found to scrape.');
        return {
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
    async fetchWithTimeout(pod) {
        const timeoutMs = this.options.scrapeTimeoutMs ?? this.options.intervalMs;
        let timer;
        const timeout = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
            timer.unref();
        });
        try {
            return await Promise.race([
                this.deps.fetchMetrics(pod.namespace, pod.pod, this.port, SIDECAR_METRICS_PATH),
                timeout,
            ]);
        }
        finally {
            clearTimeout(timer);
        }
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
function errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
}
function abortableSleep(ms, signal) {
    return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    });
}
// ---------------------------------------------------------------------------------------------------------
// Transport: the API server's pod proxy
/**
 * Fetches a sidecar's metrics through GET /api/v1/namespaces/{ns}/pods/{pod}:{port}/proxy/{path}
 * (needs `get` on `pods/proxy`). No exec into the proxy container: modern proxies are distroless.
 */
function podProxyFetcher(core) {
    return async (namespace, pod, port, path) => {
        let body;
        try {
            body = await core.connectGetNamespacedPodProxyWithPath({ name: `${pod}:${port}`, namespace, path });
        }
        catch (err) {
            throw podProxyError(err, namespace, pod, port);
        }
        if (typeof body !== 'string') {
            throw new types/* MetricsError */.kj(`The sidecar of pod ${namespace}/${pod} answered on :${port}/${path} with something other than text.`, "Check that port 15020 is the Istio agent (the pod's prometheus.io/port annotation).");
        }
        return body;
    };
}
function podProxyError(err, namespace, pod, port) {
    const where = `pod ${namespace}/${pod} (:${port} via the API server's pod proxy)`;
    if (err instanceof dist/* ApiException */.UJ4) {
        const code = err.code;
        switch (code) {
            case 401:
                return new types/* MetricsError */.kj(`The API server refused the credentials while scraping ${where} (HTTP 401).`, 'Refresh the kubeconfig credentials or the service account token.');
            case 403:
                return new types/* MetricsError */.kj(`Not allowed to scrape ${where} (HTTP 403).`, `Grant get on pods/proxy in namespace ${namespace} to SMAnalyzer's identity.`);
            case 404:
                return new types/* MetricsError */.kj(`The API server could not find ${where} (HTTP 404): the pod is gone or the path is not served.`, 'Nothing to do if the pod was just replaced; otherwise check that it runs an Istio sidecar.');
            default:
                return new types/* MetricsError */.kj(`Scraping ${where} failed with HTTP ${code}.`, code >= 500
                    ? 'Check that the sidecar is running and ready; the API server could not reach it.'
                    : 'Check the API server and the pod.');
        }
    }
    return new types/* MetricsError */.kj(`Scraping ${where} failed: ${errorMessage(err)}.`, 'Check the connection to the API server.');
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

export const id = 399;
export const ids = [399];
export const modules = {

/***/ 88399:
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
// EXTERNAL MODULE: ./src/core/types.ts + 1 modules
var types = __webpack_require__(87176);
// EXTERNAL MODULE: ./src/core/features.ts
var features = __webpack_require__(9008);
// EXTERNAL MODULE: ./src/core/baseline.ts
var core_baseline = __webpack_require__(10288);
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
    if (typeof raw === 'object' && raw !== null && version !== core_baseline/* BASELINE_SCHEMA_VERSION */.h) {
        throw new types/* BaselineError */.s$(`${path} has baseline schema version ${JSON.stringify(version ?? null)}; this smanalyzer reads version ${core_baseline/* BASELINE_SCHEMA_VERSION */.h}`, `${relearn} (with this version)`);
    }
    const parsed = core_baseline/* baselineSchema */.d.safeParse(raw);
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
                (signal === 'joint' ? m.metrics.length : (0,features/* featureDimensions */.Mt)(m.metrics.length)) !== dims ||
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

// EXTERNAL MODULE: ./src/core/learn.ts
var learn = __webpack_require__(59649);
// EXTERNAL MODULE: ./src/core/edges.ts
var core_edges = __webpack_require__(45869);
// EXTERNAL MODULE: ./src/sources/registry.ts + 3 modules
var registry = __webpack_require__(27615);
// EXTERNAL MODULE: ./src/mesh/dialects/index.ts
var dialects = __webpack_require__(23709);
// EXTERNAL MODULE: ./src/core/report.ts
var core_report = __webpack_require__(88557);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(83323);
// EXTERNAL MODULE: ./src/core/names.ts
var names = __webpack_require__(22483);
// EXTERNAL MODULE: ./src/net/retry.ts
var retry = __webpack_require__(37893);
// EXTERNAL MODULE: ./src/core/traffic-profile.ts
var traffic_profile = __webpack_require__(21158);
;// CONCATENATED MODULE: ./src/app/window-notes.ts
/**
 * What a user should know about the window they asked for: learn warns when the source held less history than
 * asked or when the window is too short for the hour-of-day traffic profile; a scan says when its window was
 * raised to the model's. Pure: the pipeline prints them.
 */

const HOUR_MS = 3_600_000;
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
    if (learnedMs < traffic_profile/* MIN_PROFILE_HOURS */.jX * HOUR_MS) {
        warnings.push(`${formatSpan(learnedMs)} of history is too short for the hour-of-day traffic profile (it needs ${traffic_profile/* MIN_PROFILE_HOURS */.jX}h): ` +
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
// EXTERNAL MODULE: ./src/app/reference.ts
var app_reference = __webpack_require__(27078);
// EXTERNAL MODULE: ./src/core/gate.ts
var gate = __webpack_require__(14888);
// EXTERNAL MODULE: ./src/core/model/counts.ts
var counts = __webpack_require__(57969);
// EXTERNAL MODULE: ./src/core/model/silence.ts
var silence = __webpack_require__(20342);
// EXTERNAL MODULE: ./src/core/series.ts
var core_series = __webpack_require__(34990);
// EXTERNAL MODULE: ./src/core/judge/service.ts + 4 modules
var service = __webpack_require__(43197);
// EXTERNAL MODULE: ./src/core/judge/rules.ts + 16 modules
var rules = __webpack_require__(68482);
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
    const judge = (start, end) => (0,service/* detectServiceAnomalies */.A8)((0,core_series/* sliceSeries */.kV)(series, start, end), baseline, config, reference.stepMs, windowSteps, reference.from + start * reference.stepMs);
    let slices = [];
    let bounds = [];
    for (let i = 0; i < count; i++) {
        const range = [i * size, i === count - 1 ? steps : (i + 1) * size];
        // A slice with no sample at all (before the series began, a scrape gap) showed nothing: it holds no finding,
        // not a drop to zero.
        if ((0,core_series/* presentValues */.w)(series.values.requestRate, ...range).length === 0) {
            slices.push(new Set());
            bounds.push(range);
            continue;
        }
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
    const { requests } = view.series;
    return (0,silence/* longestRun */.Q)(requests.length, (i) => !(requests[i] > 0)) * stepMs >= silentSeconds * 1000;
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
 * The reference window's evidence of a finding's events, weighed by counts as quiet services are judged: its
 * errors (or timeouts) in its requests, as whole counts, and the chance of that many under the learned ratio.
 * Strong evidence (as unlikely as a count finding needs) means the trouble was already there, however few the
 * requests: 2 failures in 2 requests where 0.01% is usual. Null for other metrics, or no such evidence.
 */
function countEvidence(finding, series, baseline) {
    if (finding.metric !== 'errorRatio' && finding.metric !== 'timeoutRatio')
        return null;
    if (series.unavailable.includes(finding.metric))
        return null;
    const { events, requests } = (0,counts/* wholeEventCount */.tP)(series, finding.metric);
    if (events < 1)
        return null;
    const rate = baseline.events?.[finding.metric] ?? { ratio: 0, dispersion: 1, requests: 0 };
    const chance = (0,counts/* eventSurprise */.SK)(events, requests, rate, rules/* RATE_FLOOR */.Y0);
    return chance < rules/* SURPRISE */.E ? { events, requests, usual: rate.ratio, chance } : null;
}
/** The finding is no worse than the reference window's counts showed: the same failure, not the deploy's. */
function notWorseThanCounts(finding, evidence, baseline) {
    const before = evidence.events / evidence.requests;
    const now = finding.observed;
    const normal = finding.expected;
    return !(now > normalSwing(finding, baseline) * before && now - normal > WORSE_DEVIATION * (before - normal));
}
function percent(ratio) {
    const value = ratio * 100;
    return `${value >= 10 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : Number(value.toPrecision(2))}%`;
}
/**
 * Mark each finding new or pre-existing by the reference window. Services with no finding are untouched;
 * a service with no data before the deploy keeps its findings new (and a note says so).
 */
function markOnsets(services, reference, baselines, config, windowSteps) {
    const referenceSeries = new Map(reference.services.map((s) => [(0,types/* serviceId */.fH)(s.service), s]));
    const unjudged = [];
    const counted = [];
    const minutes = Math.round((reference.to - reference.from) / 60_000);
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
        let judgedByCounts = false;
        /**
         * A quiet reference window (too few requests to judge, or judged whole as one slice): its errors and timeouts
         * weighed by counts. Strong evidence there, and no worse now, is pre-existing; the report says what it held.
         */
        const byCounts = (f) => {
            if (!series || !baseline || silentBefore || (view && view.slices.length > 1))
                return false;
            const evidence = countEvidence(f, series, baseline);
            if (!evidence || !notWorseThanCounts(f, evidence, baseline))
                return false;
            judgedByCounts = true;
            const what = f.metric === 'errorRatio' ? 'errors' : 'timeouts';
            const chance = evidence.chance < 1e-6
                ? 'under 1 in a million'
                : `1 in ${Math.round(1 / evidence.chance).toLocaleString('en')}`;
            counted.push(`${id} ${what}: ${evidence.events} of ${evidence.requests} requests in the ${minutes} minutes before the deploy, where ${percent(evidence.usual)} is usual (chance ${chance})`);
            return true;
        };
        const findings = verdict.findings.map((f) => {
            if (!view) {
                if (byCounts(f))
                    return { ...f, onset: 'pre-existing' };
                return { ...f, onset: silentBefore && f.type === 'traffic_drop' ? 'pre-existing' : 'new' };
            }
            if (f.reason.kind === 'went-dark' && quietBefore(f.reason.silentSeconds, view, reference.stepMs))
                return { ...f, onset: 'pre-existing' };
            const held = view.slices.filter((s) => s.has(f.type)).length;
            const throughout = (held >= HELD_SHARE * view.slices.length && view.slices[view.slices.length - 1].has(f.type)) ||
                levelHeld(f, view);
            if (throughout)
                return { ...f, onset: worseThanBefore(f, view, baseline) ? 'new' : 'pre-existing' };
            return { ...f, onset: byCounts(f) ? 'pre-existing' : 'new' };
        });
        // Not in the baseline (judged by the fixed limits alone): its report line says so already.
        if (!view && !silentBefore && !judgedByCounts && baseline)
            unjudged.push(id);
        return { key, verdict: { ...verdict, findings } };
    });
    const notes = [];
    if (counted.length > 0) {
        notes.push(`already failing before the deploy, judged by counts (too few requests for ratios): ${(0,names/* nameList */.OD)(counted, 5)}; reported as pre-existing`);
    }
    if (unjudged.length > 0) {
        notes.push(`too little data before the deploy to tell whether ${unjudged.length === 1 ? 'the finding' : 'findings'} of ${(0,names/* nameList */.OD)(unjudged, 5)} were already there: judged by the baseline alone`);
    }
    return { services: out, notes };
}

// EXTERNAL MODULE: ./src/core/judge/severity.ts
var severity = __webpack_require__(61676);
// EXTERNAL MODULE: ./src/core/model/callers-gap.ts
var callers_gap = __webpack_require__(25416);
// EXTERNAL MODULE: ./src/core/judge/context.ts
var context = __webpack_require__(92140);
;// CONCATENATED MODULE: ./src/core/judge/callers-gap.ts




/** The smallest growth of the ratio judged: half again (1.5x) what it usually is… */
const MIN_LOG_EXCESS = Math.log(1.5);
/** …and this many of its learned spreads. */
const SPREADS = 4;
/** …and at least this much time (ms) lost: a few milliseconds are the network's jitter. */
const MIN_EXTRA_MS = 10;
/**
 * A latency finding on the edge when its callers' median outgrew the callee's own by more than the learned gap
 * allows, and by enough milliseconds to be more than jitter; null otherwise.
 */
function callersGapFinding(edge, own, learned) {
    const gap = learned.callersGap;
    if (!gap || !own || (0,core_series/* totalRequests */.Xi)(edge) < callers_gap/* MIN_EDGE_REQUESTS */.E)
        return null;
    const caller = (0,core_series/* aggregateMetric */.Uj)(edge, 'latencyP50');
    const callee = (0,core_series/* aggregateMetric */.Uj)(own, 'latencyP50');
    if (!(caller != null && caller > 0 && callee != null && callee > 0))
        return null;
    const expected = callee * Math.exp(gap.logMean);
    const limit = expected * Math.exp(Math.max(MIN_LOG_EXCESS, SPREADS * gap.logStd));
    if (!(caller > limit && caller - expected >= MIN_EXTRA_MS))
        return null;
    const score = caller / limit;
    return {
        namespace: edge.service.namespace,
        service: edge.service.name,
        type: 'latency',
        severity: (0,severity/* ruleSeverity */.uK)(score) ?? 'high',
        detector: 'rule',
        metric: 'latencyP50',
        observed: (0,context/* round */.LI)(caller),
        expected: (0,context/* round */.LI)(expected),
        expectedRange: [(0,context/* round */.LI)(expected), (0,context/* round */.LI)(limit)],
        threshold: (0,context/* round */.LI)(limit),
        score: (0,context/* round */.LI)(score),
        reason: { kind: 'callers-gap', ownMs: (0,context/* round */.LI)(callee), usualRatio: (0,context/* round */.LI)(Math.exp(gap.logMean)) },
    };
}

// EXTERNAL MODULE: ./src/core/judge/sustained.ts
var sustained = __webpack_require__(60067);
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
    const edges = edgeSeriesAsLearned(collected, learned);
    const ownSeries = new Map(collected.services.map((s) => [(0,types/* serviceId */.fH)(s.service), s]));
    for (const edge of edges) {
        const key = edgeKey(edge);
        const edgeBaseline = learned.get((0,types/* serviceId */.fH)(edge.callee)).get(edge.caller);
        baselines.set((0,types/* serviceId */.fH)(key), edgeBaseline);
        const verdict = (0,service/* detectServiceAnomalies */.A8)(asSeries(edge), edgeBaseline, config, collected.stepMs, windowSteps, collected.from);
        let findings = verdict.findings.filter(aboutTheCallee);
        // What its callers see that its own proxy does not, against the gap between the two learned on this edge.
        const gap = callersGapFinding(asSeries(edge), ownSeries.get((0,types/* serviceId */.fH)(edge.callee)), edgeBaseline);
        if (gap) {
            const lasted = (0,sustained/* sustained */.J)(gap, edge.series)
                ? gap
                : { ...gap, severity: 'low', sustained: false };
            findings = withCallersGap(findings, { ...lasted, namespace: key.namespace, service: key.name });
        }
        if (findings.length > 0)
            judged.push({ key, verdict: { ...verdict, findings: findings.sort(severity/* bySeverity */.Np) } });
    }
    if (judged.length === 0)
        return out;
    const referenceEdges = reference?.edges !== undefined ? edgeSeriesAsLearned(reference, learned) : null;
    const marked = reference && referenceEdges
        ? gapOnsets(markOnsets(judged, { ...reference, services: referenceEdges.map(asSeries) }, baselines, config, windowSteps).services, reference, referenceEdges, baselines)
        : judged;
    const seen = marked.map(({ key, verdict }) => ({ ...fromEdgeKey(key), findings: verdict.findings }));
    for (const { callee, caller, findings } of oneCallerAlone(callersOwnNetwork(seen, edges), edges)) {
        const id = (0,types/* serviceId */.fH)(callee);
        const named = findings.map((f) => ({ ...f, namespace: callee.namespace, service: callee.name, caller }));
        out.set(id, [...(out.get(id) ?? []), ...named].sort(severity/* bySeverity */.Np));
    }
    return out;
}
/**
 * A gap between the proxies is there before the deploy only if the reference window had the gap itself: an edge
 * slow there because the callee was (its own proxy as slow) says nothing about time lost between them.
 */
function gapOnsets(judged, reference, referenceEdges, baselines) {
    const own = new Map(reference.services.map((s) => [(0,types/* serviceId */.fH)(s.service), s]));
    const before = new Map(referenceEdges.map((e) => [(0,types/* serviceId */.fH)(edgeKey(e)), e]));
    return judged.map(({ key, verdict }) => {
        if (!verdict.findings.some((f) => f.reason.kind === 'callers-gap'))
            return { key, verdict };
        const edge = before.get((0,types/* serviceId */.fH)(key));
        const baseline = baselines.get((0,types/* serviceId */.fH)(key));
        const already = edge !== undefined &&
            baseline !== undefined &&
            callersGapFinding(edge.series, own.get((0,types/* serviceId */.fH)(edge.callee)), baseline) !== null;
        const findings = verdict.findings.map((f) => f.reason.kind === 'callers-gap'
            ? { ...f, onset: already ? 'pre-existing' : 'new' }
            : f);
        return { key, verdict: { ...verdict, findings } };
    });
}
/**
 * An edge's findings with its callers-gap finding: kept unless a latency finding of the edge already says as much
 * (medium or above, as severe or more); one it outranks (a blend of signals judged together, capped at medium)
 * gives way to it.
 */
function withCallersGap(findings, gap) {
    const latency = findings.filter((f) => f.type === 'latency' && f.severity !== 'low');
    if (latency.some((f) => (0,types/* severityRank */.qs)(f.severity) >= (0,types/* severityRank */.qs)(gap.severity)))
        return findings;
    return [...findings.filter((f) => !latency.includes(f)), gap];
}
/** Callers of a service that must see nothing for one caller's view of it to be that caller's alone. */
const OTHER_CALLERS_SEEING_NOTHING = 2;
/**
 * What one caller alone sees of a service that several others call and see as usual is that caller's side — its
 * pod, its network to the service, a blip — not the service's: reported, at severity low (gating only with
 * failOn low).
 */
function oneCallerAlone(seen, judged) {
    const callers = new Map();
    for (const edge of judged)
        callers.set((0,types/* serviceId */.fH)(edge.callee), (callers.get((0,types/* serviceId */.fH)(edge.callee)) ?? 0) + 1);
    // Callers seeing each (service, finding type), counted once: a wide incident has thousands of edges.
    const seers = new Map();
    for (const e of seen) {
        if (e.caller === core_edges/* OWN_CALLS */.ZS)
            continue;
        for (const type of new Set(e.findings.map((f) => f.type))) {
            const k = `${(0,types/* serviceId */.fH)(e.callee)}\n${type}`;
            seers.set(k, (seers.get(k) ?? 0) + 1);
        }
    }
    const seeing = (callee, type) => seers.get(`${(0,types/* serviceId */.fH)(callee)}\n${type}`) ?? 0;
    return seen.map((edge) => {
        if (edge.caller === core_edges/* OWN_CALLS */.ZS)
            return edge;
        const others = (callers.get((0,types/* serviceId */.fH)(edge.callee)) ?? 0) - 1;
        const findings = edge.findings.map((f) => others >= OTHER_CALLERS_SEEING_NOTHING && seeing(edge.callee, f.type) === 1
            ? { ...f, severity: 'low' }
            : f);
        return { ...edge, findings };
    });
}
/** A caller this many of whose callees, or more, look slow to it alone is slow itself. */
const OWN_SIDE_CALLEES = 2;
/**
 * Where a slowdown that only a caller sees belongs. A callee whose callers all see it slower is the origin, not
 * its callers; but a caller to whom several callees look slower — each of them normal to its other callers — is
 * slow on its own side (its pod's network delays what it sends as much as what it answers), and the finding is
 * its, not theirs.
 */
function callersOwnNetwork(seen, judged) {
    const slow = (edge) => edge.findings.some((f) => f.type === 'latency');
    const slowTo = new Map();
    for (const edge of seen) {
        if (!slow(edge))
            continue;
        slowTo.set(edge.caller, [...(slowTo.get(edge.caller) ?? []), edge]);
    }
    const calls = new Map();
    for (const edge of judged)
        calls.set(edge.caller, (calls.get(edge.caller) ?? 0) + 1);
    const slowCallers = new Map();
    for (const e of seen) {
        if (!slow(e))
            continue;
        const id = (0,types/* serviceId */.fH)(e.callee);
        if (!slowCallers.has(id))
            slowCallers.set(id, new Set());
        slowCallers.get(id).add(e.caller);
    }
    const slowFromOthers = (callee, caller) => {
        const callers = slowCallers.get((0,types/* serviceId */.fH)(callee));
        return callers !== undefined && (callers.size > 1 || (callers.size === 1 && !callers.has(caller)));
    };
    const moved = new Set();
    const own = [];
    for (const [caller, edges] of slowTo) {
        const [namespace, name] = caller.split('/');
        if (name === undefined || edges.length < OWN_SIDE_CALLEES)
            continue;
        if (edges.length * 3 < 2 * (calls.get(caller) ?? 0))
            continue;
        if (edges.some((edge) => slowFromOthers(edge.callee, caller)))
            continue;
        const latency = edges
            .flatMap((edge) => edge.findings.filter((f) => f.type === 'latency'))
            .sort(severity/* bySeverity */.Np);
        for (const edge of edges)
            moved.add(edge);
        own.push({ callee: { namespace, name }, caller: core_edges/* OWN_CALLS */.ZS, findings: [latency[0]] });
    }
    const kept = seen.map((edge) => moved.has(edge) ? { ...edge, findings: edge.findings.filter((f) => f.type !== 'latency') } : edge);
    return [...kept.filter((edge) => edge.findings.length > 0), ...own];
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
    // A service the baseline does not know stays reported as such, whatever its callers see.
    const status = verdict.status === 'new' ? 'new' : 'anomalous';
    return { ...verdict, status, findings: [...verdict.findings, ...added].sort(severity/* bySeverity */.Np) };
}

// EXTERNAL MODULE: ./src/core/model/slow-tail.ts
var slow_tail = __webpack_require__(95751);
// EXTERNAL MODULE: ./src/core/numbers.ts
var numbers = __webpack_require__(85993);
;// CONCATENATED MODULE: ./src/core/judge/recent.ts







const LATENCY_METRICS = ['latencyP50', 'latencyP90', 'latencyP99'];
/** Its callers' view of a new service keeps the median: what a network delay moves. */
const MEDIAN_ONLY = ['latencyP50'];
/**
 * Half an hour of requests pins a median down, not the reach of a heavy tail (one that spikes a few times an hour
 * may not have spiked in it): a new service's usual p99 is the high end of the half hour's windows (their 95th
 * percentile, the top of its normal range), so its bound is the factor over that.
 */
function tailAtItsHigh(learned) {
    const p99 = learned.metrics.latencyP99;
    if (!p99)
        return learned;
    return { ...learned, metrics: { ...learned.metrics, latencyP99: { ...p99, mean: p99.p95 } } };
}
/** A window this many times the half hour's median window (its p50 or p90) is an incident, not the service's normal. */
const INCIDENT_FACTOR = 4;
/** More windows than this share that far off are the service's nature, not an incident. */
const INCIDENT_SHARE = 1 / 3;
/**
 * The half hour before the deploy without an incident it held: the steps of the windows whose median or p90 was
 * INCIDENT_FACTOR times the half hour's median window lose their latency. A 3-minute network delay on the pod 20
 * minutes before the deploy would otherwise set a new service's usual level and reach, and a fault after the deploy
 * as slow would pass. Its traffic stays (a new service's traffic is not judged). When more than a third of
 * the half hour was that slow, that is how the service is, and it stays as it was; an incident still going when the
 * half hour ends stays too.
 */
function withoutIncident(series, config, stepMs) {
    const buckets = series.latencyBuckets;
    if (!buckets)
        return series;
    const { size, stride } = (0,learn/* learningWindows */.qW)(config, stepMs);
    const starts = (0,core_series/* windowStarts */.oX)(series.requests.length, size, stride);
    const off = new Set();
    for (const metric of ['latencyP50', 'latencyP90']) {
        const values = (0,core_series/* windowAggregates */.Ng)(series, metric, starts, size);
        const present = Float64Array.from(values.filter((v) => v !== null)).sort();
        if (present.length < 3)
            continue;
        const usual = (0,numbers/* quantile */.YV)(present, 0.5);
        values.forEach((v, i) => {
            if (v !== null && v > INCIDENT_FACTOR * usual)
                off.add(i);
        });
    }
    if (off.size > INCIDENT_SHARE * starts.length)
        return series;
    // One still going at the deploy is not over: the scan is judged against it, as any finding already there.
    for (let i = starts.length - 1; off.has(i); i--)
        off.delete(i);
    if (off.size === 0)
        return series;
    const masked = new Set();
    for (const i of off)
        for (let s = starts[i]; s < starts[i] + size; s++)
            masked.add(s);
    const values = { ...series.values };
    for (const m of LATENCY_METRICS)
        values[m] = series.values[m].map((v, i) => (masked.has(i) ? null : v));
    return {
        ...series,
        values,
        latencyBuckets: {
            bounds: buckets.bounds,
            counts: buckets.counts.map((c, i) => (masked.has(i) ? null : c)),
        },
    };
}
/**
 * A baseline of the service's latency alone, learned from the reference window. Half an hour says nothing of its
 * traffic (a quiet service's rate swings from one few-minute slice to the next) nor of its modes: no rate, no
 * silence, no model — the latency rules and the slow-tail count judge it.
 */
function latencyFromReference(series, config, stepMs) {
    return latencyAlone((0,learn/* learnService */.IF)(withoutIncident(series, config, stepMs), config, stepMs));
}
/** What half an hour can say of a service (or an edge): its latency alone (see latencyFromReference). */
function latencyAlone(learned, quantiles = LATENCY_METRICS) {
    if (!learned.metrics.latencyP99 || !learned.slowTail)
        return null;
    const metrics = {};
    for (const m of quantiles)
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
        return { baselines: byId, fromReference: new Set(), notes: [] };
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
                slowTail: (0,slow_tail/* withRecentRequests */.eK)(known.slowTail, series),
                ...(known.slowMedian ? { slowMedian: (0,slow_tail/* withRecentRequests */.eK)(known.slowMedian, series) } : {}),
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
    return { baselines: out, fromReference: new Set(fromReference), notes };
}
/**
 * Stand-ins for services the baseline does not know (deployed since it was learned) but the half hour before the
 * deploy saw busy: their latency and their callers' view of it (with the time lost between the proxies) as that
 * half hour had them. A service new with the deploy has no such past: the fixed limits alone judge it.
 */
function newServicesFromReference(known, reference, config) {
    const services = new Map();
    const edges = [];
    if (!reference)
        return { services, edges };
    const callers = (0,core_edges/* edgesByCallee */.OH)(reference.edges ?? []);
    for (const series of reference.services) {
        const id = (0,types/* serviceId */.fH)(series.service);
        if (known.has(id) || (0,core_series/* totalRequests */.Xi)(series) < config.gate.minRequests)
            continue;
        const learned = (0,learn/* learnServiceAndEdges */.n3)(withoutIncident(series, config, reference.stepMs), callers.get(id) ?? [], config, reference.stepMs);
        const service = latencyAlone(learned.service);
        if (!service)
            continue;
        services.set(id, tailAtItsHigh(service));
        for (const edge of learned.edges) {
            const alone = latencyAlone(edge, MEDIAN_ONLY);
            if (alone)
                edges.push(alone);
        }
    }
    return { services, edges };
}

// EXTERNAL MODULE: ./src/core/origin.ts + 4 modules
var origin = __webpack_require__(96615);
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
    const analysis = (0,origin/* rankOrigins */.o6)({
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
// EXTERNAL MODULE: ./src/app/rollouts.ts + 6 modules
var rollouts = __webpack_require__(1993);
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
    const callers = (0,core_edges/* edgesByCallee */.OH)(collected.edges.filter((edge) => edge.side === 'client'));
    return {
        ...collected,
        services: collected.services.map((series) => (0,core_edges/* withCallerSignals */.ZV)(series, callers.get((0,types/* serviceId */.fH)(series.service)) ?? [])),
    };
}
/**
 * Every service of the window against its baseline (with the reference window's evidence); then those the baseline
 * knows but the window lacks: missing when discovery no longer finds them, else judged as zero traffic.
 */
function judgeServices(collected, baseline, config, judged) {
    const { windowSteps } = judged;
    const inScope = (ns) => config.namespaces.length === 0 || config.namespaces.includes(ns);
    const results = [];
    const seen = new Set();
    const steps = Math.floor((collected.to - collected.from) / collected.stepMs);
    const live = judged.inventory ? new Set(judged.inventory.services.map((s) => (0,types/* serviceId */.fH)(s))) : null;
    for (const series of collected.services) {
        const id = (0,types/* serviceId */.fH)(series.service);
        seen.add(id);
        const known = judged.baselines.get(id);
        const fromReference = judged.fromReference.has(id);
        let verdict = known
            ? (0,service/* detectServiceAnomalies */.A8)(series, known, config, collected.stepMs, windowSteps, collected.from, fromReference)
            : (0,service/* judgeNewService */.BW)(series, judged.newSince.get(id) ?? null, config, collected.stepMs, collected.from);
        if (fromReference)
            verdict = { ...verdict, findings: verdict.findings.map(context/* learnedFromReference */.r3) };
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
                verdict: (0,service/* detectServiceAnomalies */.A8)(emptySeries(key, steps), judged.baselines.get(id) ?? known, config, collected.stepMs, windowSteps, collected.from),
            });
        }
    }
    return results;
}
/** Judge collected metrics against a baseline: pure, and shared with the benchmark. */
// eslint-disable-next-line max-lines-per-function -- the scan's stages in the order its data flows, one call each
function analyseScan(scanned, baseline, config, extra) {
    const collected = withCallersSeen(scanned);
    const referenceCollected = extra.reference ? withCallersSeen(extra.reference.collected) : null;
    const windowSteps = Math.round(baseline.featureWindowMs / baseline.stepMs);
    const byId = new Map(baseline.services.map((s) => [(0,types/* serviceId */.fH)(s), s]));
    const recent = withRecentEvidence(byId, referenceCollected ?? undefined, config);
    const newSince = newServicesFromReference(byId, referenceCollected ?? undefined, config);
    const results = judgeServices(collected, baseline, config, {
        baselines: recent.baselines,
        newSince: newSince.services,
        fromReference: recent.fromReference,
        windowSteps,
        inventory: extra.inventory,
    });
    const onsets = referenceCollected
        ? markOnsets(results, referenceCollected, byId, config, windowSteps)
        : { services: results, notes: [] };
    // What each service's callers see that its own proxy does not: the network, their retries and overflows.
    const seenByCallers = judgeCallerView(collected, { ...baseline, edges: [...(baseline.edges ?? []), ...newSince.edges] }, config, windowSteps, referenceCollected);
    for (const id of newSince.services.keys()) {
        const seen = seenByCallers.get(id);
        if (seen)
            seenByCallers.set(id, seen.map(context/* learnedFromReference */.r3));
    }
    const edges = collected.edges && extra.inventory
        ? callersThroughDiscovery(collected.edges, extra.inventory)
        : collected.edges;
    // During a rollout, the new version against the old in the same minutes (beside the baseline, not instead).
    const rolled = (0,rollouts/* withRollouts */.R)(collected, referenceCollected, onsets.services.map(({ key, verdict }) => {
        const withCallers = withCallerFindings(verdict, seenByCallers.get((0,types/* serviceId */.fH)(key)));
        return {
            key,
            verdict: {
                ...withCallers,
                findings: withCallers.findings.map((f) => ({ ...f, onset: f.onset ?? 'new' })),
            },
        };
    }), config, edges, byId);
    const judged = rolled.services;
    const findings = judged.flatMap((r) => r.verdict.findings);
    const decision = (0,gate/* decideVerdict */.A)({
        findings,
        statuses: judged.map((r) => r.verdict.status),
        partial: collected.partial,
        youngRollouts: rolled.young,
    }, config.gate);
    const assembled = (0,core_report/* assembleReport */.x)({
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
    const report = rolled.rollouts.length > 0 ? { ...assembled, rollouts: rolled.rollouts } : assembled;
    if (!config.report.origins)
        return report;
    return withOrigins(report, { ...collected, edges });
}

;// CONCATENATED MODULE: ./src/app/status-view.ts
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
    const entry = (0,registry/* sourceEntry */.WU)(config.source);
    // A cluster when one is configured (or the source reads one); Prometheus alone is a setup of its own.
    if (entry.needs.cluster === 'required' || (0,lookup/* clusterConfigured */.l_)(config.kube.kubeconfig)) {
        try {
            const connection = await connectIfNeeded(config, true);
            const { discoverMesh } = await __webpack_require__.e(/* import() */ 242).then(__webpack_require__.bind(__webpack_require__, 19242));
            inventory = connection ? await discoverMesh(connection, config.namespaces) : null;
        }
        catch (error) {
            if (!(error instanceof types/* UserFacingError */.Ui))
                throw error;
            connectionError = `${error.message} (${error.fix})`;
            connectionFailure = error;
        }
    }
    // What the source shows of its backend, when it has one and what it needs is given (Prometheus: its URL).
    let backend;
    if (entry.status && (!entry.needs.url || config.prometheus.url)) {
        const probe = await entry.status.probe(config, now);
        backend = { name: entry.name, title: entry.status.title, status: probe.status };
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
        ...(backend ? { backend } : {}),
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


















/**
 * The source the settings name, built as its registry entry says, with the cluster connection and discovery it
 * needs. `faultFrom`: simulated faults are the deploy's doing, acting from it (unless injected as earlier).
 */
async function prepare(ctx, faultFrom) {
    const { config } = ctx;
    const entry = (0,registry/* sourceEntry */.WU)(config.source);
    const setup = { config, now: ctx.now, sleep: ctx.sleep, ...(faultFrom !== undefined ? { faultFrom } : {}) };
    if (entry.needs.cluster === 'none') {
        const source = await entry.build({ ...setup, connection: null, inventory: null, mesh: config.mesh });
        return { source, connection: null, inventory: null };
    }
    const connection = await connectIfNeeded(config, entry.needs.cluster === 'required');
    let inventory = null;
    if (connection) {
        const { discoverMesh } = await __webpack_require__.e(/* import() */ 242).then(__webpack_require__.bind(__webpack_require__, 19242));
        inventory = await discoverMesh(connection, config.namespaces);
        const plane = inventory.controlPlane;
        ctx.log(`Discovered ${inventory.services.length} meshed services in ${inventory.namespaces.length} namespaces on ${connection.identity.server}` +
            (plane.version ? ` (${(0,dialects.controlPlaneTitle)(plane.mesh)} ${plane.version})` : ''));
    }
    // The mesh to read: as configured, else as discovery found it, else (Prometheus) from the series it holds.
    const mesh = config.mesh !== 'auto' ? config.mesh : (inventory?.mesh ?? 'auto');
    if (entry.needs.url && !config.prometheus.url) {
        throw new types/* ConfigError */.xL(`--source ${entry.name} needs a Prometheus URL`, 'pass --prometheus-url http://prometheus.istio-system:9090');
    }
    const source = await entry.build({ ...setup, connection, inventory, mesh });
    return { source, connection, inventory };
}
/**
 * The window to read. A past window (--from/--to) comes from history. A live window on a source with
 * history is waited out, then read; the simulated mesh replays the last `duration` at once; the sidecar
 * source watches the window itself.
 */
async function collectWindow(ctx, env, durationMs, stepMs, services, purpose, onService) {
    const now = ctx.now();
    // Learning wants normal behaviour, which a source with history already holds: read the last `duration`
    // at once rather than wait for it. The simulated mesh replays its recent past for scans too.
    const replay = env.source.hasHistory && (purpose === 'learn' || (0,registry/* sourceEntry */.WU)(env.source.name).replaysLive);
    const window = (0,app_reference/* placeWindow */.iC)(ctx.window, durationMs, stepMs, now, replay);
    const { from, to } = window;
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
        withVersions: purpose === 'scan',
        onService,
    });
}
async function runLearn(ctx) {
    const { config } = ctx;
    (0,preflight/* checkOutputsWritable */.Pe)([{ path: config.baselinePath, what: 'the baseline', flag: '--baseline' }]);
    const env = await prepare(ctx);
    // Each service is learned as soon as its series is built, and its series let go (memory at scale).
    const learned = [];
    const learnedEdges = [];
    const span = { first: -1, last: -1 };
    const learnOne = (series, grid, callers = []) => {
        const first = firstRequestStep(series);
        if (first >= 0 && (span.first < 0 || first < span.first))
            span.first = first;
        span.last = Math.max(span.last, lastRequestStep(series));
        const one = (0,learn/* learnServiceAndEdges */.n3)(series, callers, config, grid.stepMs, grid.from);
        learned.push(one.service);
        learnedEdges.push(...one.edges);
    };
    const collected = await collectWindow(ctx, env, config.learnDurationMs, config.stepMs, env.inventory?.services, 'learn', learnOne);
    const callersOf = (0,core_edges/* edgesByCallee */.OH)(collected.edges ?? []);
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
    const baseline = (0,learn/* baselineOf */.Bv)({ ...collected, from: read.from, to: read.to }, learned, config, {
        now: ctx.now(),
        toolVersion: version/* TOOL_VERSION */.w,
        cluster: env.connection?.identity ?? null,
        namespaces: config.namespaces,
    }, learnedEdges);
    writeBaselineAtomically(config.baselinePath, baseline);
    logLearned(ctx, baseline, collected, span, read.partOfAsked);
    return { path: config.baselinePath, services: baseline.services.length, window: baseline.window, baseline };
}
/** What a learn tells: the source's notes, its warnings, the services learned from too little, and where it wrote. */
function logLearned(ctx, baseline, collected, span, partOfAsked) {
    const { config } = ctx;
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
    ctx.log(`Learned ${baseline.services.length} services from ${partOfAsked ? `the data the source held, ${window} (first to last sample)` : window}; baseline written to ${config.baselinePath}`);
}
async function runScan(ctx) {
    const { config } = ctx;
    // No baseline at all: each rollout's new version against its old one (Kayenta's canary judgement).
    if (config.rollout.compareVersions) {
        const { runVersionComparison } = await __webpack_require__.e(/* import() */ 40).then(__webpack_require__.bind(__webpack_require__, 72040));
        try {
            return await runVersionComparison(ctx, { prepare, collectWindow });
        }
        catch (error) {
            if (config.gate.onError !== 'warn' || !isEnvironmentFault(error))
                throw error;
            ctx.log(`Warning: ${error.message} (on-error: warn, so the scan reports a partial result instead of failing)`);
            return environmentFaultReport(ctx, null, error, {
                from: ctx.now() - config.scanDurationMs,
                to: ctx.now(),
            });
        }
    }
    // Read the baseline before any network work: a missing or corrupt one should fail in milliseconds.
    const baseline = readBaseline(config.baselinePath, ctx.now(), ctx.learnCommand);
    checkCompatibility(baseline, { source: config.source, namespaces: config.namespaces }, config.baselinePath, ctx.learnCommand);
    const duration = Math.max(config.scanDurationMs, baseline.featureWindowMs);
    // So is a bad --from/--to: checked here, before the cluster or Prometheus is asked anything.
    const planned = (0,load/* resolveWindow */.LI)({ from: ctx.window?.from, to: ctx.window?.to, durationMs: duration }, ctx.now());
    // And a deploy time that would hide the deploy's own fault (after the window's start, or in the future).
    const deployedAt = (0,app_reference/* plannedDeployTime */.$y)(config, ctx.window, ctx.deployedAt, duration, baseline.stepMs, ctx.now());
    (0,preflight/* checkOutputsWritable */.Pe)(ctx.outputs ?? []);
    try {
        return await scanAgainst(ctx, baseline, duration, deployedAt);
    }
    catch (error) {
        if (config.gate.onError !== 'warn' || !isEnvironmentFault(error))
            throw error;
        ctx.log(`Warning: ${error.message} (on-error: warn, so the scan reports a partial result instead of failing)`);
        return environmentFaultReport(ctx, baseline, error, planned.live ? { from: ctx.now() - duration, to: ctx.now() } : planned);
    }
}
async function scanAgainst(ctx, baseline, duration, deployedAt) {
    const { config } = ctx;
    const notes = [];
    const raised = scanWindowNote(config.scanDurationMs, baseline.featureWindowMs);
    if (raised && !ctx.window?.from)
        notes.push(raised);
    const stepAsked = config.givenAs?.step;
    if (stepAsked && baseline.stepMs !== config.stepMs) {
        notes.push(`scanned at the baseline's step of ${baseline.stepMs / 1000}s, not the ${config.stepMs / 1000}s asked (${stepAsked})`);
    }
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
        reference = await (0,app_reference/* readReference */.Wf)(env.source, deployedAt, config, baseline.stepMs, env.inventory?.services, ctx.signal);
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
    return (0,core_report/* assembleReport */.x)({
        window,
        source: ctx.config.source,
        partial: true,
        baseline: baseline ? { path: ctx.config.baselinePath, value: baseline } : null,
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
/* harmony export */   Qy: () => (/* reexport safe */ _sources_prometheus_failures_js__WEBPACK_IMPORTED_MODULE_3__.J$),
/* harmony export */   hm: () => (/* binding */ preflightScan)
/* harmony export */ });
/* unused harmony export checkSameMesh */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87176);
/* harmony import */ var _sources_prometheus_failures_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69964);
/**
 * Preflight: what can be known before a scan waits out its window is checked first, so a wrong URL, a
 * Prometheus without Istio metrics, a baseline from another mesh or an unwritable output path fails in seconds
 * with one line of cause and one of fix, not after the whole window.
 */



/** A URL as messages show it: no credentials, query or fragment. */

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
const hours = (ms) => (ms % 3_600_000 === 0 ? `${ms / 3_600_000}h` : `${Math.round(ms / 60_000)}m`);
/**
 * The source answers and holds Istio metrics for the scope, and the mesh is the one the baseline was learned
 * on. `window` is the scan's: a past one is checked itself, a live one by the last hour before it.
 */
async function preflightScan(input) {
    const { source, inventory, namespaces } = input;
    let current = inventory ? inventory.services : (source.serviceKeys ?? null);
    if (source.listServices) {
        const from = input.window.live
            ? input.window.to - Math.max(LIVE_LOOKBACK_MS, input.window.to - input.window.from)
            : input.window.from;
        const timeout = AbortSignal.timeout(_core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .PREFLIGHT_TIMEOUT_MS */ .lA);
        const signal = input.signal ? AbortSignal.any([input.signal, timeout]) : timeout;
        let seen;
        try {
            seen = await source.listServices({ from, to: input.window.to, namespaces, signal });
        }
        catch (error) {
            if (error instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .UserFacingError */ .Ui || !timeout.aborted)
                throw error;
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MetricsError */ .kj(`${input.sourceUrl ?? 'the metrics source'} did not answer within ${_core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .PREFLIGHT_TIMEOUT_MS */ .lA / 1000} s`, 'check --prometheus-url, that the server is running and reachable from here, and its load');
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
    if (current && input.baseline)
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

/***/ 27078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $y: () => (/* binding */ plannedDeployTime),
/* harmony export */   Wf: () => (/* binding */ readReference),
/* harmony export */   iC: () => (/* binding */ placeWindow)
/* harmony export */ });
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56280);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87176);
/* harmony import */ var _sources_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27615);
/**
 * The reference window right before the deploy: where it lies, and reading it from a source
 * with history. The comparison itself is pure (core/judge/onset.ts).
 */



/**
 * Where a window lies on the step grid, for a read and for the deploy time planned before it. A live window is
 * replayed (read at once as the last `duration`) when `replay` says so: learning on a source with history, or
 * the simulated mesh; otherwise it is waited out. Aligned to the grid so a learn and a scan share step boundaries.
 */
function placeWindow(flags, durationMs, stepMs, now, replay) {
    let window = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveWindow */ .LI)({ from: flags?.from, to: flags?.to, durationMs }, now);
    if (window.live && replay)
        window = { from: now - durationMs, to: now, live: false };
    const from = Math.floor(window.from / stepMs) * stepMs;
    const to = Math.max(from + stepMs, Math.floor(window.to / stepMs) * stepMs);
    return { from, to, live: window.live };
}
/**
 * When the deploy happened: --deployed-at, else the start of the scan window as the scan will place it. Null when the comparison is off. A deploy time after the window's start is refused: the window before
 * the deploy would then cover the scan itself, and the deploy's own fault would read as already there.
 */
function plannedDeployTime(config, window, deployedAt, durationMs, stepMs, now) {
    if (config.gate.before <= 0)
        return null;
    const scan = placeWindow(window, durationMs, stepMs, now, (0,_sources_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .sourceEntry */ .WU)(config.source).replaysLive);
    if (!deployedAt)
        return scan.from;
    const at = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTime */ .pe)(deployedAt, now);
    const iso = (ms) => new Date(ms).toISOString();
    if (at > now) {
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`the deploy time (deployed-at) ${iso(at)} is in the future (now is ${iso(now)})`, 'give the time the deploy happened (RFC3339, unix seconds or relative like -10m), or leave deployed-at empty for the scan window start');
    }
    // The reference window ends on the step grid: a deploy inside the window's first step still ends it at the start.
    if (Math.floor(at / stepMs) * stepMs > scan.from) {
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`the deploy time (deployed-at) ${iso(at)} is after the scan window's start: the window is ${iso(scan.from)} → ${iso(scan.to)}, so the ${Math.round(config.gate.before / 60_000)} minutes before the deploy would overlap the scan`, `give a deploy time at or before ${iso(scan.from)}, start the window at the deploy (--from / from), or leave deployed-at empty for the window's start`);
    }
    return at;
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
        // Which versions served before the deploy: a rollout's new version is the one that did not.
        withVersions: true,
    });
    if (!collected.services.some((s) => s.requests.some((r) => r > 0))) {
        return {
            collected: null,
            note: `no traffic in the ${Math.round(config.gate.before / 60_000)} minutes before the deploy (the cluster may have just started): findings are judged by the baseline alone`,
        };
    }
    return { collected, window: { from, to } };
}


/***/ }),

/***/ 1993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ withRollouts)
});

// EXTERNAL MODULE: ./src/core/origin.ts + 4 modules
var origin = __webpack_require__(96615);
// EXTERNAL MODULE: ./src/core/types.ts + 1 modules
var types = __webpack_require__(87176);
// EXTERNAL MODULE: ./node_modules/@stdlib/stats-base-dists-hypergeometric-cdf/lib/index.js
var lib = __webpack_require__(21444);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./src/core/model/two-sample.ts
/**
 * Two samples of counts compared: events (errors, slow requests) out of requests on one side against the other,
 * in the same minutes. Fisher's exact test fits counts of any size — rare errors and a median's half alike — and
 * needs no model of either side's rate. The hypergeometric tail comes from @stdlib: it sums the exact terms
 * outward from the mode, which a hand-written normal approximation would get wrong at 4 errors in 100. Pure.
 */

/**
 * Tables larger than this are scaled down before testing, proportions kept: the tail's cost grows with the
 * requests, and at this size any difference worth a finding is already far beyond chance.
 */
const MAX_TABLE = 200_000;
/**
 * One-sided Fisher exact test: the chance that the first side holds `events` or more of both sides' events if
 * both had the same rate (conditional on the margins). Counts read from rates may be fractional: rounded.
 */
function fisherUpperTail(events, requests, otherEvents, otherRequests) {
    let a = Math.max(0, events);
    let n1 = Math.max(a, requests);
    let c = Math.max(0, otherEvents);
    let n0 = Math.max(c, otherRequests);
    const total = n1 + n0;
    if (total > MAX_TABLE) {
        const scale = MAX_TABLE / total;
        [a, n1, c, n0] = [a * scale, n1 * scale, c * scale, n0 * scale];
    }
    [a, n1, c, n0] = [Math.round(a), Math.round(n1), Math.round(c), Math.round(n0)];
    a = Math.min(a, n1);
    c = Math.min(c, n0);
    const N = n1 + n0;
    const K = a + c;
    if (a === 0 || K === 0 || n1 === 0)
        return 1;
    // X ≥ a on the first side ⇔ its requests without the event, n1 − X, are ≤ n1 − a; that count is
    // hypergeometric over the N − K requests without it. Summing this lower tail avoids 1 − (something near 1).
    const p = lib_default()(n1 - a, N, N - K, n1);
    return Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : 1;
}
/** The standard normal upper tail P(Z ≥ z) (Abramowitz–Stegun 7.1.26 through erfc; error < 1.5e-7 absolute). */
function normalUpperTail(z) {
    const x = Math.abs(z) / Math.SQRT2;
    const t = 1 / (1 + 0.3275911 * x);
    const erfc = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
        t *
        Math.exp(-x * x);
    return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}
/**
 * The Cochran–Mantel–Haenszel test, one-sided, over strata (the window's steps): each stratum's first-side events
 * against what its own margins expect, summed. Both versions of a step share that step's conditions (its load, its
 * latency level), so a level that moves from step to step — more on one side in the steps where its share was
 * higher — is not read as a difference between the sides, as one pooled table would read it. Normal approximation
 * with a continuity correction; 1 when no stratum holds information.
 */
function stratifiedUpperTail(strata) {
    let observed = 0;
    let expected = 0;
    let variance = 0;
    for (const s of strata) {
        const n = s.requests + s.otherRequests;
        const k = s.events + s.otherEvents;
        if (!(s.requests > 0) || !(s.otherRequests > 0) || !(k > 0) || !(n > 1))
            continue;
        observed += s.events;
        expected += (s.requests * k) / n;
        variance += (s.requests * s.otherRequests * k * Math.max(0, n - k)) / (n * n * (n - 1));
    }
    if (!(variance > 0))
        return observed > expected ? 0 : 1;
    return normalUpperTail((observed - expected - 0.5) / Math.sqrt(variance));
}

// EXTERNAL MODULE: ./src/core/series.ts
var core_series = __webpack_require__(34990);
// EXTERNAL MODULE: ./src/core/model/counts.ts
var counts = __webpack_require__(57969);
// EXTERNAL MODULE: ./src/core/judge/severity.ts
var severity = __webpack_require__(61676);
// EXTERNAL MODULE: ./src/core/numbers.ts
var numbers = __webpack_require__(85993);
// EXTERNAL MODULE: ./src/core/rollout-types.ts
var rollout_types = __webpack_require__(43674);
;// CONCATENATED MODULE: ./src/core/judge/rollout-signals.ts
/** The per-request signals a rollout's versions are compared on, and how the comparisons' figures are rounded. */


const ROLLOUT_SIGNAL_SPECS = [
    { signal: 'errors', metric: 'errorRatio', type: 'error_rate' },
    { signal: 'timeouts', metric: 'timeoutRatio', type: 'timeout' },
    { signal: 'retries', metric: 'retryRatio', type: 'retry_storm' },
    { signal: 'overflows', metric: 'overflowRatio', type: 'circuit_breaker' },
    { signal: 'latencyP50', metric: 'latencyP50', type: 'latency', quantile: 0.5 },
    { signal: 'latencyP99', metric: 'latencyP99', type: 'latency', quantile: 0.99 },
    { signal: 'callersLatencyP50', metric: 'latencyP50', type: 'latency', quantile: 0.5 },
    { signal: 'callersLatencyP99', metric: 'latencyP99', type: 'latency', quantile: 0.99 },
];
/** The two sides a signal is read on: the versions' own views, or their callers' (null where a side has none). */
function sidesOf(pair, spec) {
    if (!rollout_types/* SIGNALS_BY_CALLERS */.xg.has(spec.signal))
        return pair;
    const { callers: newer } = pair.newer;
    const { callers: older } = pair.older;
    return newer && older ? { newer, older } : null;
}
function round(value) {
    return (0,numbers/* significant */.I1)(value, 6);
}
function roundOrNull(value) {
    return value === null || value === undefined || !Number.isFinite(value) ? null : round(value);
}

// EXTERNAL MODULE: ./src/core/edges.ts
var edges = __webpack_require__(45869);
;// CONCATENATED MODULE: ./src/core/judge/rollout-pairs.ts
/**
 * A scan's rollouts: the services whose requests came from two or more versions in the window, each paired as the
 * new version and the old (every other version merged). Pure.
 */



/** A version starts later when its first request comes this many steps after every other version's. */
const LATER_STEPS = 2;
function firstServed(series) {
    return series.requests.findIndex((n) => n > 0);
}
/** v1 < v2 < v10: numbers inside names compare as numbers. */
function versionOrder(a, b) {
    return a.localeCompare(b, 'en', { numeric: true });
}
/**
 * The rollouts of a scan: services with two or more versions that served requests in the window. The new version
 * is the one given; else the only one the reference window (before the deploy) did not serve; else the only one
 * whose requests began later in the window; else the one that sorts last.
 */
function pairRollouts(scan, reference, choice) {
    const byService = new Map();
    for (const series of scan.versions ?? []) {
        if ((0,core_series/* totalRequests */.Xi)(series) <= 0)
            continue;
        const id = (0,types/* serviceId */.fH)(series.service);
        byService.set(id, [...(byService.get(id) ?? []), series]);
    }
    const seenBefore = new Map((reference?.versionsSeen ?? []).map((entry) => [(0,types/* serviceId */.fH)(entry.service), new Set(entry.versions)]));
    const pairs = [];
    for (const [id, serving] of byService) {
        if (serving.length < 2)
            continue;
        const names = serving.map((s) => s.version);
        let newVersion;
        let basis = 'version-order';
        if (choice.newVersion && names.includes(choice.newVersion)) {
            [newVersion, basis] = [choice.newVersion, 'given'];
        }
        else if (choice.oldVersion && names.includes(choice.oldVersion) && names.length === 2) {
            [newVersion, basis] = [names.find((v) => v !== choice.oldVersion), 'given'];
        }
        const before = seenBefore.get(id);
        if (!newVersion && before && names.some((v) => before.has(v))) {
            const unseen = names.filter((v) => !before.has(v));
            if (unseen.length === 1)
                [newVersion, basis] = [unseen[0], 'unseen-before'];
        }
        if (!newVersion) {
            const starts = serving.map((s) => ({ version: s.version, first: firstServed(s) }));
            const latest = starts.reduce((a, b) => (b.first > a.first ? b : a));
            const others = starts.filter((s) => s !== latest);
            if (others.every((s) => latest.first - s.first >= LATER_STEPS))
                [newVersion, basis] = [latest.version, 'started-later'];
        }
        newVersion ??= [...names].sort(versionOrder).at(-1);
        const newer = serving.find((s) => s.version === newVersion);
        const olderList = basis === 'given' &&
            choice.oldVersion &&
            names.includes(choice.oldVersion) &&
            choice.oldVersion !== newVersion
            ? serving.filter((s) => s.version === choice.oldVersion)
            : serving.filter((s) => s !== newer);
        // The busiest old version first: it names the old side.
        olderList.sort((a, b) => (0,core_series/* totalRequests */.Xi)(b) - (0,core_series/* totalRequests */.Xi)(a));
        pairs.push({
            service: newer.service,
            newer,
            older: mergeVersions(olderList),
            olderVersions: olderList.map((s) => s.version),
            basis,
        });
    }
    return pairs;
}
/**
 * Several versions as one side: requests and events add up, buckets add up, and each step's latency quantiles come
 * from the summed buckets (request-weighted means of the versions' quantiles without buckets).
 */
function mergeVersions(list) {
    if (list.length === 1)
        return list[0];
    const steps = list[0].requests.length;
    const requests = Array.from({ length: steps }, (_, i) => list.reduce((sum, s) => sum + (s.requests[i] ?? 0), 0));
    const values = (0,core_series/* metricArrays */.FR)((metric) => Array.from({ length: steps }, (_, i) => {
        if (metric === 'requestRate' || metric === 'ejectionRate') {
            const present = list.map((s) => s.values[metric][i]).filter((v) => v !== null);
            return present.length > 0 ? present.reduce((a, b) => a + b, 0) : null;
        }
        let weighted = 0;
        let weight = 0;
        for (const s of list) {
            const v = s.values[metric][i];
            const n = s.requests[i] ?? 0;
            if (v === null || !(n > 0))
                continue;
            weighted += v * n;
            weight += n;
        }
        return weight > 0 ? weighted / weight : null;
    }));
    const bounds = list[0].latencyBuckets?.bounds;
    const sameBuckets = bounds !== undefined &&
        list.every((s) => s.latencyBuckets && s.latencyBuckets.bounds.join() === bounds.join());
    const merged = {
        service: list[0].service,
        version: list[0].version,
        requests,
        values,
        unavailable: types/* METRIC_NAMES */.Uw.filter((metric) => list.some((s) => s.unavailable.includes(metric))),
    };
    // Their callers' views fold as edges do: only where every version has one.
    const callers = list.map((s) => s.callers);
    if (callers.every((c) => c !== undefined))
        merged.callers = (0,edges/* foldSeries */.xJ)(list[0].service, callers);
    if (sameBuckets) {
        merged.latencyBuckets = {
            bounds,
            counts: Array.from({ length: steps }, (_, i) => {
                const rows = list
                    .map((s) => s.latencyBuckets.counts[i])
                    .filter((row) => row !== null);
                return rows.length > 0
                    ? bounds.map((_, b) => rows.reduce((sum, row) => sum + (row[b] ?? 0), 0))
                    : null;
            }),
        };
        // A mean of quantiles is not the quantile of the sum: a small slow version's tail would be averaged away.
        for (const [metric] of core_series/* LATENCY_QUANTILE_ENTRIES */.Sk)
            values[metric] = values[metric].map((v, i) => {
                const fromBuckets = (0,core_series/* windowQuantile */.YJ)(merged, metric, i, i + 1);
                return fromBuckets === undefined ? v : fromBuckets;
            });
    }
    return merged;
}

;// CONCATENATED MODULE: ./src/core/judge/rollout-marks.ts
/**
 * What a judged rollout does to the rest of the service's report: the baseline's findings both versions show alike
 * marked as such (not the deploy's doing), the new version's regressions merged in one per type, and the picture
 * of both versions over the window. Pure.
 */




/** A baseline deviation is both versions' when the old version sits at least this share of the way there too. */
const SHARED_SHARE = 0.5;
/**
 * The rollout signals a whole-service metric belongs to, by kind: latency, or failures — errors, timeouts, retries
 * and overflows go together (callers retry the new version's errors on both versions alike).
 */
function signalsOf(metric) {
    const latency = ROLLOUT_SIGNAL_SPECS.filter((s) => s.quantile !== undefined);
    if (metric === 'latencyP50' || metric === 'latencyP90' || metric === 'latencyP99')
        return latency.map((s) => s.signal);
    const counted = ROLLOUT_SIGNAL_SPECS.filter((s) => s.quantile === undefined);
    return counted.some((s) => s.metric === metric) ? counted.map((s) => s.signal) : [];
}
/**
 * The baseline's findings on a service in a rollout: one whose deviation the old version shows too (it sits at
 * least SHARED_SHARE of the way from expected to observed), with the new version not worse on that signal, is both
 * versions' — a dependency or the load, not the deploy: marked `moved: both`, never gating. `withBuckets`: whether
 * the service's own series had buckets (its observed was read from them), so the versions are read the same way.
 */
function markBothVersions(findings, judgement, withBuckets) {
    const { pair } = judgement;
    const readable = (series) => withBuckets ? series : { ...series, latencyBuckets: undefined };
    const shared = [];
    const out = findings.map((finding) => {
        const signals = signalsOf(finding.metric);
        if (signals.length === 0 || finding.reason.kind === 'went-dark')
            return finding;
        // The new version worse on this kind of signal: the deviation is (at least partly) its own.
        const worse = judgement.comparisons.some((c) => signals.includes(c.signal) && c.verdict === 'worse');
        if (worse)
            return finding;
        const deviation = finding.observed - finding.expected;
        const old = (0,core_series/* aggregateMetric */.Uj)(readable(pair.older), finding.metric);
        if (!(deviation > 0) || old === null || old - finding.expected < SHARED_SHARE * deviation)
            return finding;
        const fresh = (0,core_series/* aggregateMetric */.Uj)(readable(pair.newer), finding.metric);
        shared.push({
            metric: finding.metric,
            type: finding.type,
            expected: round(finding.expected),
            new: roundOrNull(fresh),
            old: round(old),
        });
        return {
            ...finding,
            rollout: { new: pair.newer.version, old: pair.olderVersions.join(', '), moved: 'both' },
        };
    });
    return { findings: out, shared };
}
/**
 * One finding per type on a service in a rollout: the new version's regression replaces the baseline's finding of
 * its type unless that one is more severe (the version's evidence is the plainer explanation) and as new: a
 * deviation that was there before the deploy never gates, so it must not hide the new version's own regression.
 */
function mergeRolloutFindings(own, versions) {
    const rank = (f) => (0,types/* severityRank */.qs)(f.severity);
    const out = [...own];
    for (const v of versions) {
        const index = out.findIndex((f) => f.type === v.type);
        if (index < 0) {
            out.push(v);
            continue;
        }
        const current = out[index];
        const hides = current.onset === 'pre-existing' && v.onset !== 'pre-existing';
        if (rank(v) >= rank(current) || current.rollout?.moved === 'both' || hides)
            out[index] = v;
    }
    return out;
}
/** At most this many points per version in a rollout's picture. */
const CHART_POINTS = 60;
function downsample(series, metric, from, stepMs, perPoint) {
    const values = [];
    for (let start = 0; start < series.requests.length; start += perPoint) {
        const v = (0,core_series/* aggregateMetric */.Uj)(series, metric, start, Math.min(series.requests.length, start + perPoint));
        values.push(v === null || !Number.isFinite(v) ? null : (0,numbers/* significant */.I1)(v, 3));
    }
    return {
        from: new Date(from).toISOString(),
        stepSeconds: (perPoint * stepMs) / 1000,
        values,
    };
}
/**
 * Both versions over the scan window on one metric: the first signal the new version is worse on (as its callers
 * saw it, where that is where it was worse), else its median latency where there are buckets, else its error ratio.
 */
function rolloutChart(judgement, scan) {
    const { pair } = judgement;
    const worse = judgement.comparisons.find((c) => c.verdict === 'worse');
    const bucketed = pair.newer.latencyBuckets !== undefined;
    const first = judgement.findings[0];
    const metric = first?.metric ?? worse?.metric ?? (bucketed ? 'latencyP50' : 'errorRatio');
    const signal = first?.reason.kind === 'version-regression' ? first.reason.signal : worse?.signal;
    const spec = ROLLOUT_SIGNAL_SPECS.find((s) => s.signal === signal);
    const { newer, older } = (spec && sidesOf(pair, spec)) ?? pair;
    const steps = newer.requests.length;
    const perPoint = Math.max(1, Math.ceil(steps / CHART_POINTS));
    return {
        metric,
        ...(newer !== pair.newer ? { view: 'callers' } : {}),
        new: downsample(newer, metric, scan.from, scan.stepMs, perPoint),
        old: downsample(older, metric, scan.from, scan.stepMs, perPoint),
    };
}

;// CONCATENATED MODULE: ./src/core/judge/rollout.ts
/**
 * Rollouts: the new version of a service judged against the old one in the same minutes — same load, same
 * dependencies — beside the learned baseline, not instead of it (Kayenta's and Flagger's comparison, with counts).
 * - pairRollouts finds services whose requests came from two or more versions in the window and tells the new
 *   version from the old (given, unseen before the deploy, started later, else version order);
 * - judgeRollout compares each per-request signal over the steps both versions served: errors, timeouts,
 *   retries and overflows as counts, latency as the share of requests slower than the old version's own p50 and
 *   p99 from each side's merged buckets — each with a one-sided Fisher exact test, a minimum of events and an
 *   effect floor, and held through most of the window's slices;
 * - markBothVersions tells the baseline's findings that both versions show alike (a dependency, the load: not
 *   the deploy's doing) from the new version's own.
 * Pure: series in, comparisons and findings out.
 */






/** A comparison counts as evidence below this chance (one-sided, per signal). */
const ROLLOUT_ALPHA = 1e-4;
/** The new version needs at least this many events (errors, slow requests) before it can be worse. */
const MIN_EVENTS = 3;
/** Counted signals: the new version's ratio at least this many times the old one's… */
const COUNT_FACTOR = 1.5;
/** …and this much above it (0.1 percentage point): a difference worth a deploy's attention. */
const COUNT_MARGIN = 0.001;
/** Latency body: the new version's share of requests slower than the old median at least this much above the old's. */
const MEDIAN_SHARE_MARGIN = 0.08;
/** Latency tail: the new version's share slower than the old p99 at least this many times the old's, and… */
const TAIL_FACTOR = 2;
/** …at least this much above it. */
const TAIL_MARGIN = 0.01;
/** The window's slices and how many must hold the new version's deviation (sustained.ts's rule). */
const SLICES = 3;
const MUST_HOLD = 2;
const HOLD_SHARE = 0.5;



/**
 * Cumulative counts never fall with the bound: each bucket's rate is read at its own instant, so a count below
 * the one before it is carried up (as histogram_quantile does); else the +Inf count can sit under the last finite
 * one and the requests slower than a bound come out too few.
 */
function monotone(row) {
    let most = 0;
    return row.map((count) => (most = Math.max(most, Number.isFinite(count) ? count : 0)));
}
/** A series with only the steps `keep` marks: the others have no requests and no values. */
function masked(series, keep) {
    return {
        ...series,
        requests: series.requests.map((n, i) => (keep[i] ? n : 0)),
        values: (0,core_series/* metricArrays */.FR)((metric) => series.values[metric].map((v, i) => (keep[i] ? v : null))),
        ...(series.latencyBuckets
            ? {
                latencyBuckets: {
                    bounds: series.latencyBuckets.bounds,
                    counts: series.latencyBuckets.counts.map((row, i) => (keep[i] && row ? monotone(row) : null)),
                },
            }
            : {}),
    };
}
/** Steps i ∈ [start, end) only. */
function within(keep, start, end) {
    return keep.map((k, i) => k && i >= start && i < end);
}
/** The new version's events and requests on one signal, and the old's, over the steps `keep` marks. */
function rollout_counts(spec, newer, older, keep, thresholdMs) {
    const n = masked(newer, keep);
    const o = masked(older, keep);
    if (spec.quantile !== undefined) {
        const a = (0,core_series/* requestsSlowerThan */.kU)(n, thresholdMs) ?? { requests: 0, slower: 0 };
        const b = (0,core_series/* requestsSlowerThan */.kU)(o, thresholdMs) ?? { requests: 0, slower: 0 };
        return {
            newer: { events: a.slower, requests: a.requests },
            older: { events: b.slower, requests: b.requests },
        };
    }
    return { newer: (0,counts/* eventCount */.Cj)(n, spec.metric), older: (0,counts/* eventCount */.Cj)(o, spec.metric) };
}
/** One step's counts on a signal: a stratum of the stratified test. */
function stratum(spec, newer, older, step, thresholdMs) {
    const only = newer.requests.map((_, i) => i === step);
    const c = rollout_counts(spec, newer, older, only, thresholdMs);
    return {
        events: c.newer.events,
        requests: c.newer.requests,
        otherEvents: c.older.events,
        otherRequests: c.older.requests,
    };
}
const share = (events, requests) => (requests > 0 ? events / requests : 0);
/** The share the new version must reach on a signal to count, given the old version's share. */
function effectFloor(spec, oldShare) {
    if (spec.quantile === 0.5)
        return oldShare + MEDIAN_SHARE_MARGIN;
    if (spec.quantile === 0.99)
        return Math.max(TAIL_FACTOR * oldShare, oldShare + TAIL_MARGIN);
    return Math.max(COUNT_FACTOR * oldShare, oldShare + COUNT_MARGIN);
}
/**
 * Every signal of the new version against the old over the steps both served. A signal is worse when the new
 * version's events are beyond chance (one-sided Fisher, ROLLOUT_ALPHA), at least MIN_EVENTS, and past its effect
 * floor; sustained when that held in most of the window's slices (else a short-lived, low finding). Below
 * `minRequests` on a side, a rollout with nothing worse is `insufficient`: too early to tell.
 */
function judgeRollout(pair, minRequests, dispersion = {}) {
    const { newer, older } = pair;
    const steps = Math.min(newer.requests.length, older.requests.length);
    const keep = Array.from({ length: steps }, (_, i) => (newer.requests[i] ?? 0) > 0 && (older.requests[i] ?? 0) > 0);
    const shared = keep.flatMap((k, i) => (k ? [i] : []));
    const newRequests = (0,core_series/* totalRequests */.Xi)(masked(newer, keep));
    const oldRequests = (0,core_series/* totalRequests */.Xi)(masked(older, keep));
    const comparisons = [];
    const findings = [];
    for (const spec of ROLLOUT_SIGNAL_SPECS) {
        const compared = compareSignal(pair, spec, { keep, shared, minRequests, dispersion });
        if (!compared)
            continue;
        comparisons.push(compared.comparison);
        if (compared.finding)
            findings.push(compared.finding);
    }
    const tooFew = newRequests < minRequests || oldRequests < minRequests;
    const verdict = findings.length > 0 ? 'regressed' : tooFew ? 'insufficient' : 'ok';
    return {
        pair,
        newRequests: round(newRequests),
        oldRequests: round(oldRequests),
        comparisons,
        findings: onePerType(findings),
        verdict,
        minRequests,
    };
}
/**
 * One signal of the new version against the old over the steps both served (`keep`, `shared`): its comparison, and
 * the new version's regression on it as a finding when it is worse. Null when the signal cannot be compared (a side
 * does not read it, or a latency signal has no buckets or no old quantile).
 */
function compareSignal(pair, spec, window) {
    const sides = sidesOf(pair, spec);
    if (!sides)
        return null;
    const { newer, older } = sides;
    const { keep, shared, minRequests, dispersion } = window;
    const bucketed = newer.latencyBuckets !== undefined && older.latencyBuckets !== undefined;
    if (newer.unavailable.includes(spec.metric) || older.unavailable.includes(spec.metric))
        return null;
    let thresholdMs;
    let values = { newer: null, older: null };
    if (spec.quantile !== undefined) {
        if (!bucketed)
            return null;
        const oldQuantile = (0,core_series/* windowQuantile */.YJ)(masked(older, keep), spec.metric);
        if (oldQuantile === null || oldQuantile === undefined || !(oldQuantile > 0))
            return null;
        thresholdMs = oldQuantile;
        values = { newer: (0,core_series/* windowQuantile */.YJ)(masked(newer, keep), spec.metric) ?? null, older: oldQuantile };
    }
    const c = rollout_counts(spec, newer, older, keep, thresholdMs);
    if (spec.quantile === undefined)
        values = {
            newer: share(c.newer.events, c.newer.requests),
            older: share(c.older.events, c.older.requests),
        };
    const comparison = {
        signal: spec.signal,
        metric: spec.metric,
        type: spec.type,
        new: {
            events: round(c.newer.events),
            requests: round(c.newer.requests),
            value: roundOrNull(values.newer),
        },
        old: {
            events: round(c.older.events),
            requests: round(c.older.requests),
            value: roundOrNull(values.older),
        },
        ...(thresholdMs !== undefined ? { thresholdMs: round(thresholdMs) } : {}),
        pValue: 1,
        verdict: 'too-few',
    };
    if (!(c.newer.requests > 0) || !(c.older.requests > 0))
        return { comparison };
    const newShare = share(c.newer.events, c.newer.requests);
    const oldShare = share(c.older.events, c.older.requests);
    // The exact test on the whole window, and the same minutes step by step (no level shared by both sides
    // across steps read as a difference): both must find the new version's events too many.
    const phi = Math.max(1, dispersion[spec.signal] ?? 1);
    const shrink = (counts) => Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v / phi]));
    const p = Math.max(fisherUpperTail(c.newer.events / phi, c.newer.requests / phi, c.older.events / phi, c.older.requests / phi), stratifiedUpperTail(shared.map((i) => shrink(stratum(spec, newer, older, i, thresholdMs)))));
    comparison.pValue = Number(p.toPrecision(3));
    const floor = effectFloor(spec, oldShare);
    if (p < ROLLOUT_ALPHA && c.newer.events >= MIN_EVENTS && newShare >= floor) {
        comparison.verdict = 'worse';
        comparison.sustained = heldInSlices(spec, newer, older, keep, shared, oldShare, newShare, thresholdMs);
        return { comparison, finding: regression(pair, spec, comparison, newShare / Math.max(floor, 1e-9)) };
    }
    else if (Math.min(c.newer.requests, c.older.requests) < minRequests) {
        comparison.verdict = 'too-few';
    }
    else {
        const reverse = fisherUpperTail(c.older.events, c.older.requests, c.newer.events, c.newer.requests);
        comparison.verdict =
            reverse < ROLLOUT_ALPHA && oldShare >= effectFloor(spec, newShare) ? 'better' : 'same';
    }
    return { comparison };
}
/** One finding per type (the median and the tail are both latency): the more severe, then the higher score. */
function onePerType(findings) {
    const best = new Map();
    for (const f of findings) {
        const held = best.get(f.type);
        const rank = (0,types/* severityRank */.qs)(f.severity) - (held ? (0,types/* severityRank */.qs)(held.severity) : -1);
        if (!held || rank > 0 || (rank === 0 && f.score > held.score))
            best.set(f.type, f);
    }
    return [...best.values()];
}
/**
 * Did the new version's deviation last? Over SLICES slices of the steps both served, the new version's share sat
 * at least HOLD_SHARE of the way from the old version's share to its own in MUST_HOLD of them (a new pod's GC pause
 * or a restart is one slice).
 */
function heldInSlices(spec, newer, older, keep, shared, oldShare, newShare, thresholdMs) {
    if (shared.length < SLICES)
        return true;
    let held = 0;
    let judged = 0;
    for (let s = 0; s < SLICES; s++) {
        const start = shared[Math.floor((s * shared.length) / SLICES)];
        const last = shared[Math.floor(((s + 1) * shared.length) / SLICES) - 1];
        const c = rollout_counts(spec, newer, older, within(keep, start, last + 1), thresholdMs);
        if (!(c.newer.requests > 0))
            continue;
        judged++;
        if (share(c.newer.events, c.newer.requests) - oldShare >= HOLD_SHARE * (newShare - oldShare))
            held++;
    }
    return judged < MUST_HOLD || held >= MUST_HOLD;
}
/** The new version's regression on one signal as a finding: observed the new version, expected the old. */
function regression(pair, spec, comparison, score) {
    const latency = spec.quantile !== undefined;
    const observed = comparison.new.value ?? 0;
    const expected = comparison.old.value ?? 0;
    const sustained = comparison.sustained !== false;
    return {
        namespace: pair.service.namespace,
        service: pair.service.name,
        type: spec.type,
        severity: sustained ? ((0,severity/* ruleSeverity */.uK)(Math.max(score, 1.0001)) ?? 'high') : 'low',
        detector: 'rule',
        metric: spec.metric,
        observed,
        expected,
        expectedRange: [expected, expected],
        // Counts: the ratio the new version had to reach; latency: the old version's quantile the slow are counted above.
        threshold: latency ? (comparison.thresholdMs ?? expected) : round(effectFloor(spec, expected)),
        score: round(score),
        reason: {
            kind: 'version-regression',
            signal: spec.signal,
            newVersion: pair.newer.version,
            oldVersion: pair.olderVersions.join(', '),
            newEvents: comparison.new.events,
            newRequests: comparison.new.requests,
            oldEvents: comparison.old.events,
            oldRequests: comparison.old.requests,
            ...(comparison.thresholdMs !== undefined ? { thresholdMs: comparison.thresholdMs } : {}),
            pValue: comparison.pValue,
        },
        rollout: { new: pair.newer.version, old: pair.olderVersions.join(', '), moved: 'new' },
        ...(sustained ? {} : { sustained: false }),
    };
}

;// CONCATENATED MODULE: ./src/core/judge/rollouts-in-scan.ts



/** The same two sides in the reference window, where it had both (a canary older than the deploy time given). */
function referencePair(pair, reference) {
    const id = (0,types/* serviceId */.fH)(pair.service);
    const versions = (reference?.versions ?? []).filter((s) => (0,types/* serviceId */.fH)(s.service) === id);
    const newer = versions.find((s) => s.version === pair.newer.version);
    const older = versions.filter((s) => pair.olderVersions.includes(s.version));
    if (!newer || older.length === 0)
        return null;
    return { ...pair, newer, older: mergeVersions(older) };
}
/** A rollout judged, as the report lists it (words are added by the caller). */
function rolloutEntry(judgement, shared, scan) {
    const { pair } = judgement;
    const total = judgement.newRequests + judgement.oldRequests;
    const part = (n) => (total > 0 ? Math.round((n / total) * 10_000) / 10_000 : 0);
    return {
        namespace: pair.service.namespace,
        service: pair.service.name,
        new: {
            version: pair.newer.version,
            requests: Math.round(judgement.newRequests),
            share: part(judgement.newRequests),
        },
        old: {
            version: pair.olderVersions[0],
            versions: pair.olderVersions,
            requests: Math.round(judgement.oldRequests),
            share: part(judgement.oldRequests),
        },
        basis: pair.basis,
        verdict: judgement.verdict,
        minRequests: judgement.minRequests,
        signals: judgement.comparisons,
        shared,
        chart: rolloutChart(judgement, scan),
    };
}
/** The learned over-dispersion of each signal a rollout compares, from the service's baseline (none: 1). */
function learnedDispersion(baseline) {
    if (!baseline)
        return {};
    return {
        errors: baseline.events?.errorRatio?.dispersion,
        timeouts: baseline.events?.timeoutRatio?.dispersion,
        latencyP50: baseline.slowMedian?.dispersion,
        latencyP99: baseline.slowTail?.dispersion,
        // The callers wait on the same bunched slow requests (a pause slows a pod's requests at once).
        callersLatencyP50: baseline.slowMedian?.dispersion,
        callersLatencyP99: baseline.slowTail?.dispersion,
    };
}
function applyRollouts(scan, reference, services, options) {
    const pairs = pairRollouts(scan, reference, options.choice);
    if (pairs.length === 0)
        return { services, rollouts: [] };
    const byId = new Map(pairs.map((pair) => [(0,types/* serviceId */.fH)(pair.service), pair]));
    const bucketed = new Set(scan.services.filter((s) => s.latencyBuckets).map((s) => (0,types/* serviceId */.fH)(s.service)));
    const rollouts = [];
    const judged = services.map(({ key, verdict }) => {
        const pair = byId.get((0,types/* serviceId */.fH)(key));
        if (!pair)
            return { key, verdict };
        const dispersion = learnedDispersion(options.baselineOf?.(key));
        const judgement = judgeRollout(pair, options.minRequests, dispersion);
        const before = referencePair(pair, reference);
        const worseBefore = new Set(before
            ? judgeRollout(before, options.minRequests, dispersion)
                .comparisons.filter((c) => c.verdict === 'worse' && c.sustained !== false)
                .map((c) => c.signal)
            : []);
        const marked = markBothVersions(verdict.findings, judgement, bucketed.has((0,types/* serviceId */.fH)(key)));
        const versionFindings = judgement.findings.map((f) => ({
            ...f,
            onset: f.reason.kind === 'version-regression' && worseBefore.has(f.reason.signal)
                ? 'pre-existing'
                : 'new',
        }));
        rollouts.push(rolloutEntry(judgement, marked.shared, scan));
        const findings = mergeRolloutFindings(marked.findings, versionFindings);
        const status = verdict.status === 'ok' && findings.length > 0 ? 'anomalous' : verdict.status;
        return { key, verdict: { ...verdict, status, findings } };
    });
    rollouts.sort((a, b) => `${a.namespace}/${a.service}`.localeCompare(`${b.namespace}/${b.service}`));
    return { services: judged, rollouts };
}
/**
 * The findings that follow, on the call graph, a deviation both versions of a rolled-out service share: a caller
 * waiting on (or failing with) a service whose old and new versions both slowed (or failed) is no more the deploy's
 * doing than that service. Every service that calls it, directly or through others, with a finding of the same
 * kind (latency, errors) is marked `moved: both` with the service it follows; never gating. Upstream reach rather
 * than origin.ts's per-edge evidence: a slowdown deep in the graph reaches callers through services whose own
 * deviation the edge evidence cannot carry, and those would fail the gate for a cause that is not the deploy.
 */
function markFollowersOfShared(services, edges) {
    if (!edges || edges.length === 0)
        return services;
    const roots = services.flatMap(({ key, verdict }) => verdict.findings
        .filter((f) => f.rollout?.moved === 'both' && !f.rollout.follows && (0,origin/* signalKind */.RN)(f.type) !== 'traffic')
        .map((f) => ({ id: (0,types/* serviceId */.fH)(key), kind: (0,origin/* signalKind */.RN)(f.type), rollout: f.rollout })));
    if (roots.length === 0)
        return services;
    const callersOf = new Map();
    for (const edge of edges) {
        if (!edge.caller || !edge.requests.some((n) => n > 0))
            continue;
        const callee = (0,types/* serviceId */.fH)(edge.callee);
        const set = callersOf.get(callee) ?? new Set();
        set.add((0,types/* serviceId */.fH)(edge.caller));
        callersOf.set(callee, set);
    }
    const upstream = (id) => {
        const seen = new Set();
        const queue = [id];
        for (let head = 0; head < queue.length; head++)
            for (const caller of callersOf.get(queue[head]) ?? [])
                if (!seen.has(caller) && caller !== id) {
                    seen.add(caller);
                    queue.push(caller);
                }
        return seen;
    };
    const reach = roots.map((root) => ({ ...root, callers: upstream(root.id) }));
    return services.map(({ key, verdict }) => {
        const id = (0,types/* serviceId */.fH)(key);
        let changed = false;
        const findings = verdict.findings.map((f) => {
            if (f.rollout)
                return f;
            const root = reach.find((r) => r.kind === (0,origin/* signalKind */.RN)(f.type) && r.callers.has(id));
            if (!root)
                return f;
            changed = true;
            return { ...f, rollout: { ...root.rollout, follows: root.id } };
        });
        return changed ? { key, verdict: { ...verdict, findings } } : { key, verdict };
    });
}

// EXTERNAL MODULE: ./src/render/rollout.ts
var rollout = __webpack_require__(92265);
;// CONCATENATED MODULE: ./src/app/rollouts.ts



function withRollouts(collected, reference, services, config, 
/** The call graph (callers named through discovery): callers following a deviation both versions share. */
edges, 
/** Each service's baseline (how much its events bunch together); none without a baseline. */
baselines) {
    const outcome = applyRollouts(collected, reference, services, {
        choice: { newVersion: config.rollout.newVersion, oldVersion: config.rollout.oldVersion },
        // A gate that judges every service with any request still needs a few on each version.
        minRequests: Math.max(1, config.gate.minRequests),
        baselineOf: (key) => baselines?.get((0,types/* serviceId */.fH)(key)),
    });
    const rollouts = outcome.rollouts.map(({ chart, ...entry }) => ({
        ...entry,
        reason: (0,rollout/* describeRollout */.lw)(entry),
        ...(chart ? { chart } : {}),
    }));
    return {
        services: markFollowersOfShared(outcome.services, edges),
        rollouts,
        young: rollouts.filter((r) => r.verdict === 'insufficient').length,
    };
}


/***/ }),

/***/ 10288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ baselineSchema),
/* harmony export */   h: () => (/* binding */ BASELINE_SCHEMA_VERSION)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74528);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75959);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87176);
/* harmony import */ var _signals_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62230);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22483);
/* harmony import */ var _edges_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45869);
/**
 * The baseline's shape: what `learn` produces and `scan` judges against, and its versioned zod schema.
 * The store (baseline/) reads and writes it; the core only needs the types.
 */






const BASELINE_SCHEMA_VERSION = 1;
const finite = zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().refine(Number.isFinite, 'must be a finite number');
const metricName = zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_types_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_NAMES */ .Uw);
/** Requests slower than a learned quantile: the bound, their bunching, and the counts they were learned from. */
const slowCounts = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    thresholdMs: finite.refine((v) => v > 0, 'must be above 0'),
    dispersion: finite.refine((v) => v >= 1 && v <= 1e6, 'must be 1..1e6'),
    requests: finite.refine((v) => v >= 0, 'must be 0 or more').optional(),
    slower: finite.refine((v) => v >= 0, 'must be 0 or more').optional(),
})
    .refine((t) => (t.slower ?? 0) <= (t.requests ?? Infinity), {
    message: 'slower must not exceed requests',
    path: ['slower'],
});
const stats = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    /** Mean of the per-step values (request-weighted for ratios and latencies). */
    mean: finite,
    /** The band of normal per-window means: 5th..95th percentile. */
    p5: finite,
    p95: finite,
    /** Standard deviation of per-window means. */
    std: finite,
    max: finite,
});
const model = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    metrics: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(metricName).min(1),
    windows: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().min(1),
    /** Traffic learned as a share of the hour's expected rate (see traffic-profile.ts). */
    relativeToProfile: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().optional(),
    /** Per metric, the envelope of normal window means (model/kmeans.ts learnEnvelope). */
    envelope: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        median: finite,
        low: finite,
        high: finite,
        p5: finite.optional(),
        p95: finite.optional(),
    }))
        .optional(),
    scaler: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        center: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(finite),
        scale: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(finite.refine((v) => v > 0, 'must be above 0')),
    }),
    k: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().min(1),
    centroids: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(finite)).min(1),
    sizes: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().min(0)),
    thresholds: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(finite.refine((v) => v > 0, 'must be above 0')),
    silhouette: finite.nullable(),
});
/** Strict RFC 3339 (what learn writes): Date.parse alone takes "Tue, 1 Jan 2030" and worse. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const isoDate = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
    .refine((s) => RFC3339.test(s) && Number.isFinite(Date.parse(s)), 'must be an RFC3339 time');
/** Names reach logs and reports: only what Kubernetes itself would accept (core/names.ts). */
const kubeName = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().refine(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .isKubernetesName */ .aN, 'must be a Kubernetes name (RFC 1123 label)');
/** One service's learned normal behaviour (and, with a caller, one edge's). */
const serviceSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    namespace: kubeName,
    name: kubeName,
    /** Requests seen over the whole learning window. */
    requests: finite,
    /** Mean requests per second over the learning window. */
    meanRate: finite,
    /** Learned with too little traffic to judge: scans report insufficient-data. */
    insufficient: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY(),
    /** Median req/s per UTC hour of the day, when the learning window covered most of a day. */
    hourlyRate: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(finite.refine((v) => v >= 0, 'must be 0 or more'))
        .length(24)
        .nullable()
        .optional(),
    metrics: zod__WEBPACK_IMPORTED_MODULE_4__/* .partialRecord */ .jgl(metricName, stats),
    /** The longest ordinary silence between requests while learning (seconds): a went-dark tail must exceed it. */
    silenceSeconds: finite
        .refine((v) => v >= 0, 'must be 0 or more')
        .nullable()
        .optional(),
    /** Errors and timeouts as counts (their rate and over-dispersion), for judging quiet windows. */
    events: zod__WEBPACK_IMPORTED_MODULE_4__/* .partialRecord */ .jgl(zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['errorRatio', 'timeoutRatio']), zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        ratio: finite.refine((v) => v >= 0 && v <= 1, 'must be 0..1'),
        dispersion: finite.refine((v) => v >= 1 && v <= 1e6, 'must be 1..1e6'),
        requests: finite.refine((v) => v >= 0, 'must be 0 or more'),
    }))
        .optional(),
    /** How much the requests slower than the learned p99 bunch together (model/slow-tail.ts). */
    slowTail: slowCounts.optional(),
    /** The same at the learned p50: a shift of the whole body (model/slow-tail.ts). */
    slowMedian: slowCounts.optional(),
    models: zod__WEBPACK_IMPORTED_MODULE_4__/* .partialRecord */ .jgl(zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_signals_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGNAL_NAMES */ .A), model),
    unavailable: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(metricName),
    /** Learned at L4 only (connections, no L7 proxy): its "requests" were connections. */
    layer: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz('l4').optional(),
});
const baselineSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(BASELINE_SCHEMA_VERSION),
    tool: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz('smanalyzer'), version: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() }),
    createdAt: isoDate,
    source: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SOURCE_NAMES */ .tN),
    /** The mesh dialect it was learned from (absent: the simulated mesh, or an older baseline). */
    mesh: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MESH_NAMES */ .rC).optional(),
    cluster: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ server: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), context: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional() }).nullable(),
    /** Empty: every namespace. */
    namespaces: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(kubeName),
    window: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ from: isoDate, to: isoDate }),
    stepMs: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().min(_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.stepMs.min).max(_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.stepMs.max),
    featureWindowMs: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().min(_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.featureWindowMs.min).max(_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.featureWindowMs.max),
    histogramBuckets: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(finite).max(_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.histogramBuckets),
    settings: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        kMax: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().min(_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.kMax.min).max(_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.kMax.max),
        seed: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int(),
    }),
    services: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(serviceSchema).max(_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.services),
    /**
     * Each service's edges as its callers' proxies saw them: its busiest callers one by one, the others folded
     * into one edge (core/edges.ts). Absent: learned without the caller's view.
     */
    edges: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(serviceSchema.extend({
        caller: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().refine(_edges_js__WEBPACK_IMPORTED_MODULE_3__/* .isEdgeCallerId */ ._D, 'must be ns/name or a caller marker'),
        /** ln(the caller's p50 / the callee's own p50) over the learning windows (judge/callers-gap.ts). */
        callersGap: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
            logMean: finite,
            logStd: finite.refine((x) => x >= 0),
            windows: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().min(0),
        })
            .optional(),
    }))
        .max(_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.services * (_edges_js__WEBPACK_IMPORTED_MODULE_3__/* .CALLERS_LEARNED */ .pR + 1))
        .optional(),
})
    // The step follows the scrape interval (a 60 s step, a 2-minute window is 2 steps): at least one step.
    .refine((b) => b.featureWindowMs >= b.stepMs, {
    message: 'must hold at least one step',
    path: ['featureWindowMs'],
});


/***/ }),

/***/ 46250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tx: () => (/* binding */ chartOrder),
/* harmony export */   pY: () => (/* binding */ buildFindingCharts)
/* harmony export */ });
/* unused harmony exports MAX_CHARTS, MAX_CHART_POINTS */
/* harmony import */ var _series_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34990);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87176);
/* harmony import */ var _edges_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45869);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85993);
/**
 * The series behind each finding's picture: the flagged metric of the flagged service, downsampled to
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
        // A rollout's own regression is drawn as both versions over the window (Report.rollouts[].chart).
        if (f.rollout?.moved === 'new')
            continue;
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
            ...(f.reason && 'learnedFrom' in f.reason && f.reason.learnedFrom === 'reference'
                ? { bandFrom: 'reference' }
                : {}),
            deployedAt: deployedAt === null ? null : new Date(deployedAt).toISOString(),
        });
    }
    return charts;
}


/***/ }),

/***/ 9008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mt: () => (/* binding */ featureDimensions),
/* harmony export */   O8: () => (/* binding */ featureAt),
/* harmony export */   hJ: () => (/* binding */ featureIndex)
/* harmony export */ });
/* unused harmony export FEATURE_NAMES */
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


/***/ }),

/***/ 14888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ decideVerdict)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87176);

function decideVerdict(input, policy) {
    // What was there before the deploy is not the deploy's doing: reported, gating only when asked to.
    // Both versions of a rollout moving alike is not the deploy's doing either (a dependency, the load): never gating.
    const bothVersions = input.findings.filter((f) => f.rollout?.moved === 'both');
    const judged = input.findings.filter((f) => f.rollout?.moved !== 'both');
    const preExisting = judged.filter((f) => f.onset === 'pre-existing');
    const counted = policy.preExisting === 'fail' ? judged : judged.filter((f) => f.onset !== 'pre-existing');
    const gating = counted.filter((f) => (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(f.severity) >= (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(policy.failOn));
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
    if (bothVersions.length > 0) {
        if (verdict === 'pass')
            verdict = 'warn';
        reasons.push(`${bothVersions.length} anomal${bothVersions.length === 1 ? 'y' : 'ies'} in both versions of a rollout alike (not the new version's doing)`);
    }
    const young = input.youngRollouts ?? 0;
    if (young > 0) {
        if (verdict === 'pass')
            verdict = 'warn';
        reasons.push(`${young} rollout${young === 1 ? '' : 's'} with too few requests on a version to judge yet`);
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


/***/ }),

/***/ 92140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ hourEnvelope),
/* harmony export */   LI: () => (/* binding */ round),
/* harmony export */   MH: () => (/* binding */ makeFinding),
/* harmony export */   PQ: () => (/* binding */ judgedByHour),
/* harmony export */   qE: () => (/* binding */ expectedRequestRate),
/* harmony export */   r3: () => (/* binding */ learnedFromReference)
/* harmony export */ });
/* harmony import */ var _traffic_profile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21158);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87176);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85993);



/** Traffic is judged against the hour-of-day profile: the baseline learned one and the window's time is known. */
function judgedByHour(ctx) {
    return ctx.baseline.hourlyRate != null && ctx.from !== undefined;
}
/** The envelope of the traffic's window means relative to their hour, when traffic is judged by the hour. */
function hourEnvelope(ctx) {
    const model = ctx.baseline.models.traffic;
    return judgedByHour(ctx) && model?.relativeToProfile ? model.envelope?.[0] : undefined;
}
/** The rate the baseline expects over this series' steps. */
function expectedRequestRate(baseline, steps, stepMs, from) {
    if (baseline.hourlyRate && from !== undefined && steps > 0) {
        let sum = 0;
        for (let i = 0; i < steps; i++)
            sum += (0,_traffic_profile_js__WEBPACK_IMPORTED_MODULE_1__/* .expectedRateAt */ .A4)(baseline.hourlyRate, from + (i + 0.5) * stepMs);
        return sum / steps;
    }
    return baseline.metrics.requestRate?.mean ?? null;
}
/** Six significant digits: findings stay readable and byte-stable. */
const round = (x) => (0,_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .significant */ .I1)(x);
/** A finding with the baseline's expectation for its metric filled in, its figures rounded. */
function makeFinding(ctx, fields) {
    const stats = ctx.baseline.metrics[fields.metric];
    // Traffic is judged against the rate expected now (the hour-of-day profile), not the day's mean: so is its
    // finding's expectation, which the onset, the lasting check and the origins measure the deviation from.
    const expected = fields.metric === 'requestRate' && ctx.expectedRate != null ? ctx.expectedRate : (stats?.mean ?? 0);
    // A ratio is a share of requests: whatever a source or a count made of it, no finding reports more than 100%.
    const observed = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .REQUEST_SHARES */ .v.has(fields.metric) ? Math.min(1, fields.observed) : fields.observed;
    return {
        namespace: ctx.series.service.namespace,
        service: ctx.series.service.name,
        ...fields,
        observed: round(observed),
        expected: round(expected),
        expectedRange: hourRange(ctx, fields.metric, expected) ?? [
            round(stats?.p5 ?? expected),
            round(stats?.p95 ?? expected),
        ],
        threshold: round(fields.threshold),
        score: round(fields.score),
        reason: roundReason(fields.reason),
    };
}
/**
 * Traffic judged against the hour-of-day profile: its normal range is where its windows kept relative to their
 * hour's rate (p5–p95), at this hour's rate; the day's range spans the daily swing. Null otherwise (and for a
 * baseline learned before the range was kept).
 */
function hourRange(ctx, metric, expected) {
    if (metric !== 'requestRate' || ctx.expectedRate == null)
        return null;
    const envelope = hourEnvelope(ctx);
    if (envelope?.p5 === undefined || envelope.p95 === undefined)
        return null;
    return [round(envelope.p5 * expected), round(envelope.p95 * expected)];
}
/**
 * A latency finding judged against the half hour before the deploy (judge/recent.ts) says so: its usual level was
 * not the baseline's.
 */
function learnedFromReference(finding) {
    const r = finding.reason;
    return r.kind === 'latency-factor' || r.kind === 'latency-range'
        ? { ...finding, reason: { ...r, learnedFrom: 'reference' } }
        : finding;
}
function roundReason(reason) {
    const out = {};
    for (const [key, value] of Object.entries(reason))
        out[key] = typeof value === 'number' ? round(value) : value;
    return out;
}


/***/ }),

/***/ 68482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZS: () => (/* reexport */ MIN_EVENTS),
  Y0: () => (/* reexport */ RATE_FLOOR),
  E: () => (/* reexport */ SURPRISE),
  bl: () => (/* binding */ ruleFindings)
});

// EXTERNAL MODULE: ./src/core/model/counts.ts
var counts = __webpack_require__(57969);
// EXTERNAL MODULE: ./src/core/series.ts
var series = __webpack_require__(34990);
// EXTERNAL MODULE: ./src/core/judge/context.ts
var context = __webpack_require__(92140);
// EXTERNAL MODULE: ./src/core/judge/severity.ts
var severity = __webpack_require__(61676);
;// CONCATENATED MODULE: ./src/core/judge/rules/rule.ts
/**
 * What a static rule is: one check of one service's window against a bound nobody needs a model for, and the
 * finding it makes when the bound breaks. The judge walks them in the order rules/index.ts lists them. Pure.
 */




/** Ratios counted in events (errors, timeouts, retries, overflows): the relative rules and the model need this many. */
const MIN_EVENTS = 10;
/** Events counted against a ratio are real when they are this unlikely by luck (quiet services' counts, the limits). */
const SURPRISE = 1e-4;
/** The smallest event rate the test assumes (a service that never failed in training can still fail by luck). */
const RATE_FLOOR = 1e-3;
/** The baseline's mean of a metric, null when it learned none. */
const usualOf = (ctx, metric) => ctx.baseline.metrics[metric]?.mean ?? null;
/**
 * Whether a ratio's events in the window are more than its usual share of them makes by chance: Poisson at the
 * service's learned ratio (at least RATE_FLOOR), as unlikely as a quiet service's count finding must be. Two
 * overflows in 185 requests are 1.1%, over a 1% limit, and one window in 66 of a service that usually has
 * 0.07%; a limit judges a rate, not a pair of requests. One by one, not shrunk by how events bunched while
 * learning: the limit holds whatever the service's past.
 */
function beyondChance(ctx, metric, ratio) {
    const requests = (0,series/* totalRequests */.Xi)(ctx.series);
    if (!(requests > 0))
        return true;
    const usual = { ratio: usualOf(ctx, metric) ?? 0, dispersion: 1, requests: 0 };
    return (0,counts/* eventSurprise */.SK)(ratio * requests, requests, usual, RATE_FLOOR) < SURPRISE;
}
/** A broken rule; its score is how far past the threshold (for a drop, how far below it). */
function broken(ctx, type, metric, observed, threshold, reason) {
    const score = type === 'traffic_drop' ? Math.min(threshold / Math.max(observed, 1e-9), 1e6) : observed / threshold;
    return (0,context/* makeFinding */.MH)(ctx, {
        type,
        severity: (0,severity/* ruleSeverity */.uK)(score),
        detector: 'rule',
        metric,
        observed,
        threshold,
        score,
        reason,
    });
}

;// CONCATENATED MODULE: ./src/core/judge/rules/error-limit.ts

const ERROR_LIMIT = {
    name: 'error limit',
    judge(ctx) {
        const limit = ctx.config.rules.errorRatio;
        const errors = ctx.observed.errorRatio;
        if (errors == null || !(errors > limit) || !beyondChance(ctx, 'errorRatio', errors))
            return [];
        return [broken(ctx, 'error_rate', 'errorRatio', errors, limit, { kind: 'ratio-limit', limit })];
    },
};

;// CONCATENATED MODULE: ./src/core/judge/rules/relative-ratio.ts
/**
 * Relative ratios: far above this service's own normal, and too many to be chance (binomial z over the window's
 * requests). Catches "10x the usual errors" long before an absolute limit would. One rule per ratio
 * (error-relative.ts, timeout-relative.ts), made here.
 */


/** This many times the service's own ratio, at least the rule's floor, and a z above MIN_Z. */
const RELATIVE_FACTOR = 5;
const MIN_Z = 5;
/** The rule for one ratio; it stands back when an earlier rule already found the same type. */
function relativeRatioRule(name, metric, type, floor) {
    return {
        name,
        judge(ctx, earlier) {
            const requests = (0,series/* totalRequests */.Xi)(ctx.series);
            const value = ctx.observed[metric];
            const usualRatio = usualOf(ctx, metric);
            if (value == null || usualRatio == null || earlier.some((f) => f.type === type))
                return [];
            const threshold = Math.max(floor, RELATIVE_FACTOR * usualRatio);
            const p0 = Math.max(usualRatio, 1e-4);
            const z = (value - p0) / Math.sqrt((p0 * (1 - p0)) / Math.max(requests, 1));
            // A handful of events proves nothing whatever z says: the normal approximation fails for rare counts.
            if (!(value > threshold && z > MIN_Z && value * requests >= MIN_EVENTS))
                return [];
            return [
                broken(ctx, type, metric, value, threshold, {
                    kind: 'ratio-relative',
                    factor: RELATIVE_FACTOR,
                    usual: usualRatio,
                    z,
                    requests,
                }),
            ];
        },
    };
}

;// CONCATENATED MODULE: ./src/core/judge/rules/error-relative.ts
/** Errors far above the service's own usual ratio (at least 1%), beyond chance: relative-ratio.ts. */

const ERROR_RELATIVE = relativeRatioRule('error relative', 'errorRatio', 'error_rate', 0.01);

;// CONCATENATED MODULE: ./src/core/judge/rules/learned-reach.ts

const REACH_MARGIN = 1.1;
/** Past the highest normal window, with a margin: the window max, capped by a robust spread over p95. */
function normalReach(stats) {
    if (!stats)
        return 0;
    return REACH_MARGIN * Math.min(stats.max, stats.p95 + 3 * (stats.p95 - stats.p5));
}
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
/**
 * A latency quantile past its learned bound, when the requests slower than its usual level say it is real
 * (`isReal`, slow-requests.ts): the p50 and p90 rules.
 */
function pastLearnedBound(ctx, metric, isReal) {
    const observed = ctx.observed[metric];
    const usual = usualOf(ctx, metric);
    if (observed == null || usual == null || !(usual > 0))
        return [];
    const bound = learnedLatencyBound(usual, ctx.baseline.metrics[metric], ctx.config.rules.latencyFactor);
    return observed > bound.limit && isReal(ctx, usual)
        ? [broken(ctx, 'latency', metric, observed, bound.limit, bound.reason)]
        : [];
}

// EXTERNAL MODULE: ./src/core/model/slow-tail.ts
var slow_tail = __webpack_require__(95751);
// EXTERNAL MODULE: ./src/core/judge/sustained.ts
var sustained = __webpack_require__(60067);
;// CONCATENATED MODULE: ./src/core/judge/rules/slow-requests.ts
/**
 * Whether a latency quantile past its bound is real: enough requests slower than the learned quantile to be no
 * chance (the p99, p90 and p50 rules). Pure.
 */



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
    const counted = (0,series/* requestsSlowerThan */.kU)(ctx.series, usualP99);
    if (!counted || counted.requests <= 0)
        return true;
    // The learned bunching is about the same bound; a baseline from before it was learned counts requests one by one.
    const learned = ctx.baseline.slowTail?.thresholdMs === usualP99 ? ctx.baseline.slowTail : undefined;
    return (0,slow_tail/* slowTailSurprise */.lM)(counted.slower, counted.requests, learned) < SLOW_TAIL_CHANCE;
}
/**
 * The same count at the learned p50, against the half of requests a median allows: over the whole window, or over
 * the part of it a lasting deviation fills (two of its three slices, sustained.ts). A median that doubled for three
 * minutes of five is diluted by the two after it; the slices alone decide whether it lasted.
 */
function slowMedianIsReal(ctx, usualP50) {
    const learned = ctx.baseline.slowMedian?.thresholdMs === usualP50 ? ctx.baseline.slowMedian : undefined;
    return slowerBeyondChance(ctx, usualP50, slow_tail/* MEDIAN_SHARE */.Zb, learned);
}
/**
 * The same count at the usual p90, against the tenth of requests it allows, one by one: only a service judged
 * against the half hour before the deploy has its p90 judged by a rule, and that half hour teaches no bunching.
 */
function slowP90IsReal(ctx, usualP90) {
    return slowerBeyondChance(ctx, usualP90, slow_tail/* P90_SHARE */["if"], undefined);
}
function slowerBeyondChance(ctx, thresholdMs, share, learned) {
    const spans = [
        [0, ctx.series.requests.length],
        ...(0,sustained/* lastingSpans */.O)(ctx.series.requests.length),
    ];
    return spans.some(([start, end]) => {
        const counted = (0,series/* requestsSlowerThan */.kU)(ctx.series, thresholdMs, start, end);
        if (!counted || counted.requests <= 0)
            return false;
        return (0,slow_tail/* slowTailSurprise */.lM)(counted.slower, counted.requests, learned, share) < SLOW_TAIL_CHANCE;
    });
}

;// CONCATENATED MODULE: ./src/core/judge/rules/latency-p50.ts


const LATENCY_P50 = {
    name: 'latency p50 body',
    judge(ctx, earlier) {
        if (earlier.some((f) => f.type === 'latency'))
            return [];
        return pastLearnedBound(ctx, 'latencyP50', slowMedianIsReal);
    },
};

;// CONCATENATED MODULE: ./src/core/judge/rules/latency-p90.ts


const LATENCY_P90 = {
    name: 'latency p90 against the half hour before',
    judge(ctx, earlier) {
        if (!ctx.fromReference || earlier.some((f) => f.type === 'latency'))
            return [];
        return pastLearnedBound(ctx, 'latencyP90', slowP90IsReal);
    },
};

;// CONCATENATED MODULE: ./src/core/judge/rules/latency-p99.ts



const LATENCY_P99 = {
    name: 'latency p99 bounds',
    judge(ctx) {
        const { rules } = ctx.config;
        const p99 = ctx.observed.latencyP99;
        const baseP99 = usualOf(ctx, 'latencyP99');
        if (p99 == null)
            return [];
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
            return [broken(ctx, 'latency', 'latencyP99', p99, worst.limit, worst.reason)];
        return [];
    },
};

;// CONCATENATED MODULE: ./src/core/judge/rules/limit-over-usual.ts

function limitOverUsualRule(name, metric, type, limitOf) {
    return {
        name,
        judge(ctx) {
            const value = ctx.observed[metric];
            if (value == null)
                return [];
            const threshold = Math.max(limitOf(ctx.config.rules), 2 * (usualOf(ctx, metric) ?? 0));
            if (!(value > threshold) || !beyondChance(ctx, metric, value))
                return [];
            return [broken(ctx, type, metric, value, threshold, { kind: 'ratio-limit', limit: threshold })];
        },
    };
}

;// CONCATENATED MODULE: ./src/core/judge/rules/overflow-limit.ts
/** Circuit-breaker overflow over rules.overflowRatio and twice the usual: limit-over-usual.ts. */

const OVERFLOW_LIMIT = limitOverUsualRule('overflow limit', 'overflowRatio', 'circuit_breaker', (r) => r.overflowRatio);

;// CONCATENATED MODULE: ./src/core/judge/rules/retry-limit.ts
/** Retries over rules.retryRatio and twice the usual: limit-over-usual.ts. */

const RETRY_LIMIT = limitOverUsualRule('retry limit', 'retryRatio', 'retry_storm', (r) => r.retryRatio);

;// CONCATENATED MODULE: ./src/core/judge/rules/timeout-limit.ts
/** Timeouts over rules.timeoutRatio and twice the usual: limit-over-usual.ts. */

const TIMEOUT_LIMIT = limitOverUsualRule('timeout limit', 'timeoutRatio', 'timeout', (r) => r.timeoutRatio);

;// CONCATENATED MODULE: ./src/core/judge/rules/timeout-relative.ts
/** Timeouts far above the service's own usual ratio (at least 0.5%), beyond chance: relative-ratio.ts. */

const TIMEOUT_RELATIVE = relativeRatioRule('timeout relative', 'timeoutRatio', 'timeout', 0.005);

;// CONCATENATED MODULE: ./src/core/judge/rules/traffic-band.ts
/**
 * Traffic outside its band: a request rate above the spike factor or below the drop factor of the rate expected
 * now (the hour-of-day profile, else the baseline's mean), each widened to what the windows reached in training.
 */







/** The highest traffic the windows kept in training, as a factor of the rate expected now. */
function trafficReach(ctx, expected) {
    const envelope = (0,context/* hourEnvelope */.DQ)(ctx);
    if (envelope)
        return REACH_MARGIN * envelope.high;
    return normalReach(ctx.baseline.metrics.requestRate) / expected;
}
/**
 * The lowest traffic the windows kept in training, as a factor of the rate expected now, when that rate is the
 * learning window's mean (no hour-of-day profile: a short learning window). A mean over bursty traffic says little
 * about one window: half of it is no drop where a twentieth of the learned windows were lower still.
 */
function trafficFloor(ctx, expected) {
    if ((0,context/* judgedByHour */.PQ)(ctx))
        return Infinity;
    const stats = ctx.baseline.metrics.requestRate;
    return stats ? stats.p5 / REACH_MARGIN / expected : Infinity;
}
/**
 * How much more a service's request counts varied from window to window while learning than a Poisson count
 * would (variance over mean, at least 1): a quiet service's callers come in bursts, a busy one drifts with the day.
 */
function learnedDispersion(ctx, expected) {
    const stats = ctx.baseline.metrics.requestRate;
    if (!stats || !ctx.windowSteps || !(expected > 0))
        return null;
    const windowSeconds = (ctx.windowSteps * ctx.stepMs) / 1000;
    return Math.max(1, (stats.std ** 2 * windowSeconds) / expected);
}
/**
 * A drop that filled most of the window but not all of it: callers that stopped calling for three minutes of five
 * leave the window's mean inside the band. The lowest rate over a span a lasting deviation fills (two of the
 * window's three slices, sustained.ts) below the same bound, when that few requests in the span are no chance at
 * the expected rate, the counts shrunk by how much the service's windows varied while learning: that rate and the
 * span's length. Null otherwise, and for a span with a silent step in it.
 */
function lastingDrop(ctx, expected, drop) {
    const dispersion = learnedDispersion(ctx, expected);
    if (dispersion === null)
        return null;
    const stepSeconds = ctx.stepMs / 1000;
    let lowest = null;
    for (const [start, end] of (0,sustained/* lastingSpans */.O)(ctx.series.requests.length)) {
        // A step without a request is a silence: the dark rule's to judge, against the silences the service had while
        // learning (judge/dark.ts).
        if (ctx.series.requests.slice(start, end).some((n) => !(n > 0)))
            continue;
        const requests = (0,series/* totalRequests */.Xi)(ctx.series, start, end);
        const seconds = (end - start) * stepSeconds;
        const rate = requests / seconds;
        if (!(rate < drop) || (lowest !== null && rate >= lowest.rate))
            continue;
        const chance = (0,counts/* poissonLowerTail */.b2)(Math.floor(requests / dispersion), (expected * seconds) / dispersion);
        if (chance < SLOW_TAIL_CHANCE)
            lowest = { rate, seconds };
    }
    return lowest;
}
const TRAFFIC_BAND = {
    name: 'traffic band',
    judge(ctx) {
        const { rules } = ctx.config;
        const rate = ctx.observed.requestRate;
        const baseRate = ctx.expectedRate;
        const basis = (0,context/* judgedByHour */.PQ)(ctx) ? 'hour-of-day' : 'baseline-mean';
        if (rate == null || baseRate == null || !(baseRate > 0))
            return [];
        // A spike is judged against the traffic the service's windows reached in training too: an hourly batch
        // at 3x the hour's usual rate is one of its operating states, not an anomaly.
        const spikeFactor = Math.max(rules.trafficSpikeFactor, trafficReach(ctx, baseRate));
        const spike = baseRate * spikeFactor;
        const dropFactor = Math.min(rules.trafficDropFactor, trafficFloor(ctx, baseRate));
        const drop = baseRate * dropFactor;
        const band = { kind: 'traffic-band', expectedRate: baseRate, basis };
        if (rate > spike)
            return [
                broken(ctx, 'traffic_spike', 'requestRate', rate, spike, {
                    ...band,
                    direction: 'above',
                    factor: Number(spikeFactor.toPrecision(3)),
                }),
            ];
        const lasting = rate < drop ? null : lastingDrop(ctx, baseRate, drop);
        if (rate < drop || lasting)
            return [
                broken(ctx, 'traffic_drop', 'requestRate', lasting?.rate ?? rate, drop, {
                    ...band,
                    direction: 'below',
                    factor: Number(dropFactor.toPrecision(3)),
                    ...(lasting ? { overSeconds: lasting.seconds } : {}),
                }),
            ];
        return [];
    },
};

;// CONCATENATED MODULE: ./src/core/judge/rules/index.ts
/**
 * The static rules the judge walks, in order: a finding's place in the report follows this list, and a rule may
 * stand back when one before it already spoke (the relative ratios after the limits, the p90 and the p50 after
 * the p99). Adding a rule is a file in this folder, its tests, and a line here.
 */










const STATIC_RULES = [
    TRAFFIC_BAND,
    ERROR_LIMIT,
    ERROR_RELATIVE,
    TIMEOUT_RELATIVE,
    LATENCY_P99,
    LATENCY_P90,
    LATENCY_P50,
    RETRY_LIMIT,
    TIMEOUT_LIMIT,
    OVERFLOW_LIMIT,
];

;// CONCATENATED MODULE: ./src/core/judge/rules.ts


/** Every static rule's findings for one service's window, in the list's order. */
function ruleFindings(ctx) {
    const out = [];
    for (const rule of STATIC_RULES)
        out.push(...rule.judge(ctx, out));
    return out;
}


/***/ }),

/***/ 43197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A8: () => (/* binding */ detectServiceAnomalies),
  BW: () => (/* binding */ judgeNewService),
  VX: () => (/* binding */ summarizeMetrics)
});

// EXTERNAL MODULE: ./src/core/series.ts
var core_series = __webpack_require__(34990);
// EXTERNAL MODULE: ./src/core/signals.ts
var signals = __webpack_require__(62230);
// EXTERNAL MODULE: ./src/core/types.ts + 1 modules
var types = __webpack_require__(87176);
// EXTERNAL MODULE: ./src/core/judge/context.ts
var context = __webpack_require__(92140);
// EXTERNAL MODULE: ./src/core/model/silence.ts
var silence = __webpack_require__(20342);
// EXTERNAL MODULE: ./src/core/judge/severity.ts
var judge_severity = __webpack_require__(61676);
;// CONCATENATED MODULE: ./src/core/judge/dark.ts



/** e^(−7) ≈ 0.1%: a silence this unlikely at the usual rate is not chance. */
const SILENCE_EXPECTED_REQUESTS = 7;
/** A silence shorter than this share of the window is left to the window's own statistics. */
const MIN_TAIL_SHARE = 0.2;
/** Steps at the end of the window with no request (absent or zero). */
function silentTailSteps(requests) {
    let steps = 0;
    for (let i = requests.length - 1; i >= 0 && !(requests[i] > 0); i--)
        steps++;
    return steps;
}
/**
 * The longest run of steps before the window's silent tail whose request rate was read as zero: a step with no
 * value (a scrape gap) is no evidence of silence.
 */
function silentStretchSteps(requests, rates) {
    const end = requests.length - silentTailSteps(requests);
    return (0,silence/* longestRun */.Q)(end, (i) => rates[i] === 0 && !(requests[i] > 0));
}
/** A traffic_drop when the service fell silent for a stretch of the window, and its rate makes that no chance. */
function darkTailFinding(ctx) {
    const { requests } = ctx.series;
    const tail = silentTailSteps(requests);
    const stretch = silentStretchSteps(requests, ctx.series.values.requestRate);
    const steps = Math.max(tail, stretch);
    if (steps === 0 || steps < MIN_TAIL_SHARE * requests.length)
        return null;
    const rate = ctx.expectedRate ?? ctx.baseline.meanRate;
    const silentSeconds = (steps * ctx.stepMs) / 1000;
    const expectedRequests = rate * silentSeconds;
    if (!(expectedRequests >= SILENCE_EXPECTED_REQUESTS))
        return null;
    // No longer than a silence this service had while learning: its clients come in bursts, not the deploy.
    const ordinary = ctx.baseline.silenceSeconds;
    if (ordinary != null && silentSeconds <= ordinary)
        return null;
    const score = expectedRequests / SILENCE_EXPECTED_REQUESTS;
    return (0,context/* makeFinding */.MH)(ctx, {
        type: 'traffic_drop',
        // Past the bound the silence is not chance: a broken rule, high, critical from twice the bound.
        severity: (0,judge_severity/* ruleSeverity */.uK)(Math.max(score, 1.5)) ?? 'high',
        detector: 'rule',
        metric: 'requestRate',
        observed: 0,
        threshold: rate,
        score,
        reason: {
            kind: 'went-dark',
            silentSeconds,
            expectedRequests,
            shareOfWindow: steps / requests.length,
            ...(stretch > tail ? { resumed: true } : {}),
        },
    });
}

// EXTERNAL MODULE: ./src/core/learn.ts
var learn = __webpack_require__(59649);
// EXTERNAL MODULE: ./src/core/model/kmeans.ts
var kmeans = __webpack_require__(63372);
// EXTERNAL MODULE: ./src/core/features.ts
var features = __webpack_require__(9008);
// EXTERNAL MODULE: ./src/core/judge/rules.ts + 16 modules
var rules = __webpack_require__(68482);
// EXTERNAL MODULE: ./src/core/numbers.ts
var numbers = __webpack_require__(85993);
;// CONCATENATED MODULE: ./src/core/judge/model.ts









const SHAPE_ONLY_MAX = 'medium';
/** The scan's windows as the model sees them (traffic as a share of the hour's usual rate when learned so). */
function scanVectors(ctx, spec, model, windowSteps) {
    const used = (0,learn/* availableMetrics */.vd)(spec, ctx.series.unavailable).filter((m) => model.metrics.includes(m));
    if (used.length !== model.metrics.length)
        return null;
    let series = ctx.series;
    if (model.relativeToProfile) {
        // Learned as a share of the hour's usual traffic: judge the scan the same way, or not at all.
        if (!ctx.baseline.hourlyRate || ctx.from === undefined)
            return null;
        series = (0,learn/* withRelativeTraffic */.QU)(series, ctx.baseline.hourlyRate, ctx.from, ctx.stepMs);
    }
    const size = Math.min(windowSteps, series.requests.length);
    const vectors = (0,learn/* signalVectors */.XY)(series, used, size, Math.max(1, Math.floor(size / 2)));
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
    return (0,context/* makeFinding */.MH)(ctx, {
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
    const scores = vectors.map((v) => (0,kmeans/* scoreWindow */.nN)(model, v, ctx.config.model.sensitivity));
    const score = (0,numbers/* median */.JZ)(scores.map((s) => s.score));
    let severity = (0,judge_severity/* modelSeverity */.lw)(score);
    if (!severity)
        return null;
    if (scores.length >= 2 && scores[scores.length - 1].score < 1)
        return null;
    // Every window of a long enough scan agreeing is stronger evidence than any one window's distance.
    if (scores.length >= judge_severity/* CONFIRMING_WINDOWS */.rg && scores.every((s) => s.score >= 1))
        severity = (0,judge_severity/* confirmed */.qF)(severity);
    const typical = scores.reduce((best, s) => Math.abs(s.score - score) < Math.abs(best.score - score) ? s : best);
    // The feature that moved most tells the direction and which metric to show.
    let strongest = 0;
    typical.deviation.forEach((d, i) => {
        if (Math.abs(d) > Math.abs(typical.deviation[strongest]))
            strongest = i;
    });
    const { metricIndex, feature } = (0,features/* featureAt */.O8)(strongest);
    const metric = used[metricIndex];
    const meanDeviation = typical.deviation[(0,features/* featureIndex */.hJ)(metricIndex, 'mean')];
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
        const means = vectors.map((v) => v[(0,features/* featureIndex */.hJ)(i, 'mean')]);
        const score = (0,kmeans/* envelopeScore */.j5)(envelope, (0,numbers/* median */.JZ)(means), sensitivity);
        if (Math.abs(score) < 1 || (spec.direction === 'up' && score < 0))
            return;
        // Persistence, as for the clusters: the last window must still be outside on the same side.
        const last = (0,kmeans/* envelopeScore */.j5)(envelope, means[means.length - 1], sensitivity);
        if (means.length >= 2 && (Math.sign(last) !== Math.sign(score) || Math.abs(last) < 1))
            return;
        let severity = (0,judge_severity/* modelSeverity */.lw)(Math.abs(score));
        if (means.length >= judge_severity/* CONFIRMING_WINDOWS */.rg &&
            means.every((m) => Math.abs((0,kmeans/* envelopeScore */.j5)(envelope, m, sensitivity)) >= 1)) {
            severity = (0,judge_severity/* confirmed */.qF)(severity);
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
    const best = (0,judge_severity/* onePerType */.YK)(found.map((v) => v.finding))[0] ?? null;
    // The clusters' choice of metric is the scaled feature that moved most; the envelope's is the one outside.
    if (best && spec.type === 'latency' && best.reason.kind === 'mode-distance')
        return namedForTheQuantileThatMovedMost(ctx, best, scan.used);
    // Two errors against a baseline of none is a real difference, but not one to stop a deploy for.
    if (best && types/* REQUEST_SHARES */.v.has(best.metric) && best.observed * (0,core_series/* totalRequests */.Xi)(ctx.series) < rules/* MIN_EVENTS */.ZS)
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
    return (0,context/* makeFinding */.MH)(ctx, {
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

// EXTERNAL MODULE: ./src/core/model/joint.ts
var joint = __webpack_require__(56585);
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
    const point = (0,kmeans/* applyScaler */.VF)(model.scaler, vector);
    const states = model.centroids
        .map((centroid) => ({ centroid, distance: (0,kmeans/* euclidean */.lp)(point, centroid) }))
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
        series = (0,learn/* withRelativeTraffic */.QU)(series, ctx.baseline.hourlyRate, ctx.from, ctx.stepMs);
    }
    const size = Math.min(windowSteps, series.requests.length);
    const vectors = (0,joint/* jointVectors */.BM)(series, model.metrics, size, Math.max(1, Math.floor(size / 2)));
    if (vectors.length === 0)
        return null;
    const scores = vectors.map((v) => (0,kmeans/* scoreWindow */.nN)(model, v, ctx.config.model.sensitivity));
    const score = median(scores.map((s) => s.score));
    let severity = (0,judge_severity/* modelSeverity */.lw)(score);
    if (!severity || scores[scores.length - 1].score < 1)
        return null;
    if (scores.length >= judge_severity/* CONFIRMING_WINDOWS */.rg && scores.every((s) => s.score >= 1))
        severity = (0,judge_severity/* confirmed */.qF)(severity);
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
    if ((type === 'error_rate' || type === 'timeout') && observed * (0,core_series/* totalRequests */.Xi)(ctx.series) < rules/* MIN_EVENTS */.ZS)
        return null;
    return (0,context/* makeFinding */.MH)(ctx, {
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
        apart: Math.abs((0,kmeans/* applyScaler */.VF)(model.scaler, vector)[i] - centroid[i]),
    }));
    const first = rows.filter((r) => r.metric === metric);
    const rest = rows.filter((r) => r.metric !== metric).sort((a, b) => b.apart - a.apart);
    return [...first, ...rest].map(({ metric: m, window, nearest }) => ({ metric: m, window, nearest }));
}

// EXTERNAL MODULE: ./src/core/model/counts.ts
var counts = __webpack_require__(57969);
;// CONCATENATED MODULE: ./src/core/judge/counts.ts
/**
 * Quiet services (fewer requests in the window than gate.minRequests): judged with statistics meant for
 * counts — errors and timeouts as events against the learned rate and its over-dispersion, latency from the
 * whole window's merged buckets — instead of ratios that one request swings by 10%. Pure.
 */




/** Below this many requests even counts cannot tell a fault from luck: insufficient-data. */
const MIN_QUIET_REQUESTS = 3;
/** A count finding needs at least this many events, and as little chance of them by luck as SURPRISE. */
const MIN_QUIET_EVENTS = 3;
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
        const { events: count, requests: n } = (0,counts/* wholeEventCount */.tP)(ctx.series, metric);
        if (count < MIN_QUIET_EVENTS)
            continue;
        const surprise = (0,counts/* eventSurprise */.SK)(count, n, rate, rules/* RATE_FLOOR */.Y0);
        if (surprise >= rules/* SURPRISE */.E)
            continue;
        // The threshold: the fewest events that would have been this surprising, as a ratio.
        let fewest = MIN_QUIET_EVENTS;
        while (fewest < count && (0,counts/* eventSurprise */.SK)(fewest, n, rate, rules/* RATE_FLOOR */.Y0) >= rules/* SURPRISE */.E)
            fewest++;
        const observed = count / n;
        const threshold = fewest / n;
        out.push((0,context/* makeFinding */.MH)(ctx, {
            type,
            severity: (0,judge_severity/* ruleSeverity */.uK)(Math.max(observed / threshold, 1.000001)),
            detector: 'rule',
            metric,
            observed,
            threshold,
            score: observed / threshold,
            reason: {
                kind: 'event-count',
                events: count,
                requests: n,
                usual: rate.ratio,
                dispersion: rate.dispersion,
                chance: surprise,
            },
        }));
    }
    if (requests >= MIN_LATENCY_REQUESTS)
        out.push(...(0,rules/* ruleFindings */.bl)(ctx).filter((f) => f.type === 'latency'));
    return out;
}

// EXTERNAL MODULE: ./src/core/judge/sustained.ts
var sustained = __webpack_require__(60067);
;// CONCATENATED MODULE: ./src/core/judge/service.ts











function summarizeMetrics(series, baseline) {
    const out = {};
    for (const metric of types/* METRIC_NAMES */.Uw) {
        if (series.unavailable.includes(metric))
            continue;
        const stats = baseline?.metrics[metric];
        const observed = (0,core_series/* aggregateMetric */.Uj)(series, metric);
        out[metric] = {
            observed: observed === null ? null : (0,context/* round */.LI)(observed),
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
from, 
/** `baseline` is the latency the half hour before the deploy had (judge/recent.ts), not a learned one. */
fromReference = false) {
    if (!baseline)
        return judgeNewService(series, null, config, stepMs, from);
    const requests = (0,core_series/* totalRequests */.Xi)(series);
    const metrics = summarizeMetrics(series, baseline);
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
    const observed = observedMetrics(series);
    const expectedRate = (0,context/* expectedRequestRate */.qE)(baseline, series.requests.length, stepMs, from);
    const ctx = {
        series,
        baseline,
        config,
        observed,
        expectedRate,
        from,
        stepMs,
        windowSteps,
        fromReference,
    };
    const seconds = (series.requests.length * stepMs) / 1000;
    const expectedRequests = (expectedRate ?? baseline.meanRate) * seconds;
    if (requests < config.gate.minRequests || baseline.insufficient) {
        const drop = expectedRequests >= config.gate.minRequests && !baseline.insufficient
            ? (0,rules/* ruleFindings */.bl)({ ...ctx, observed: { requestRate: requests / Math.max(seconds, 1) } }).filter((f) => f.type === 'traffic_drop')
            : [];
        // Connections are reused for many requests: a stretch without new ones is not a service gone dark.
        const dark = baseline.insufficient || series.layer === 'l4' ? null : darkTailFinding(ctx);
        if (drop.length === 0 && dark)
            drop.push(dark);
        if (drop.length > 0)
            return { status: 'anomalous', requests, findings: drop, metrics };
        // A quiet window is still judged, by counts, as long as a fault could show in it at all.
        if (!baseline.insufficient && requests >= MIN_QUIET_REQUESTS) {
            const quiet = (0,judge_severity/* onePerType */.YK)(quietFindings(ctx, requests)).sort(judge_severity/* bySeverity */.Np);
            return { status: quiet.length > 0 ? 'anomalous' : 'ok', requests, findings: quiet, metrics };
        }
        const reason = baseline.insufficient
            ? `the baseline saw too little traffic (${Math.round(baseline.requests)} requests) to judge`
            : `${requests} requests in the window, too few to judge even as counts`;
        return { status: 'insufficient-data', requests, findings: [], metrics, reason };
    }
    const findings = (0,rules/* ruleFindings */.bl)(ctx);
    const dark = series.layer === 'l4' ? null : darkTailFinding(ctx);
    if (dark)
        findings.push(dark);
    for (const spec of signals/* SIGNALS */._z) {
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
    const kept = keptFindings(findings, series);
    return { status: kept.length > 0 ? 'anomalous' : 'ok', requests, findings: kept, metrics };
}
/** The window's level of every metric, as the rules and models read it. */
function observedMetrics(series) {
    const observed = {};
    for (const metric of types/* METRIC_NAMES */.Uw)
        observed[metric] = (0,core_series/* aggregateMetric */.Uj)(series, metric);
    return observed;
}
/**
 * One finding per type, most severe first. A deviation that did not last through the window (a burst, a GC
 * pause, a restart) is reported, never gated.
 */
function keptFindings(findings, series) {
    return (0,judge_severity/* onePerType */.YK)(findings.map((f) => ((0,sustained/* sustained */.J)(f, series) ? f : { ...f, severity: 'low', sustained: false }))).sort(judge_severity/* bySeverity */.Np);
}
/**
 * A service the baseline does not know (new since it was learned): the fixed limits judge it — the share of
 * requests no service should fail, time out, retry or overflow whatever its past (`rules.*Ratio`), and
 * `rules.latencyP99Ms` when set — and, when the half hour before the deploy saw it busy, its latency against that
 * half hour (`recent`, judge/recent.ts); with as many events as a ratio finding needs, lasting as any must.
 */
function judgeNewService(series, recent, config, stepMs, from) {
    const requests = (0,core_series/* totalRequests */.Xi)(series);
    const verdict = {
        status: 'new',
        requests,
        metrics: summarizeMetrics(series, recent),
        reason: recent
            ? 'not in the baseline: judged by the fixed limits, its latency against the window before the deploy; learn again to include it'
            : 'not in the baseline: judged by the fixed limits alone; learn again to include it',
    };
    if (requests < config.gate.minRequests)
        return { ...verdict, findings: [] };
    const { namespace, name } = series.service;
    const learnedNothing = {
        namespace,
        name,
        requests: 0,
        meanRate: 0,
        insufficient: false,
        metrics: {},
        models: {},
        unavailable: [],
    };
    const ctx = {
        series,
        baseline: recent ?? learnedNothing,
        config,
        observed: observedMetrics(series),
        expectedRate: null,
        from,
        stepMs,
        fromReference: recent !== null,
    };
    const found = (0,rules/* ruleFindings */.bl)(ctx).filter((f) => !types/* REQUEST_SHARES */.v.has(f.metric) || f.observed * requests >= rules/* MIN_EVENTS */.ZS);
    const kept = keptFindings(found, series);
    return { ...verdict, findings: recent ? kept.map(context/* learnedFromReference */.r3) : kept };
}


/***/ }),

/***/ 61676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Np: () => (/* binding */ bySeverity),
/* harmony export */   YK: () => (/* binding */ onePerType),
/* harmony export */   lw: () => (/* binding */ modelSeverity),
/* harmony export */   qF: () => (/* binding */ confirmed),
/* harmony export */   rg: () => (/* binding */ CONFIRMING_WINDOWS),
/* harmony export */   uK: () => (/* binding */ ruleSeverity)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87176);
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
    return _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC[Math.min(_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.length - 1, (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(severity) + 1)];
}
/** Keep one finding per type: the most severe, rule over model on a tie (its reason is plainer). */
function onePerType(findings) {
    const byType = new Map();
    for (const f of findings) {
        const current = byType.get(f.type);
        const better = !current ||
            (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(f.severity) > (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(current.severity) ||
            ((0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(f.severity) === (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(current.severity) &&
                f.detector === 'rule' &&
                current.detector === 'model');
        if (better)
            byType.set(f.type, f);
    }
    return [...byType.values()];
}
/** Most severe first, then by type: the order findings are reported in. */
function bySeverity(a, b) {
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(b.severity) - (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(a.severity) || a.type.localeCompare(b.type);
}


/***/ }),

/***/ 60067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ sustained),
/* harmony export */   O: () => (/* binding */ lastingSpans)
/* harmony export */ });
/* harmony import */ var _series_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34990);
/**
 * Did the deviation last? A regression a deploy brings stays; a client's burst, a GC pause or a pod restart is
 * over within a minute or two. The scan window is cut into a few slices; a finding whose metric sat at least
 * half-way to its observed level in fewer than most of them is transient (Flagger's idea of failed checks in a
 * row, inside one window). Latency deviates by factors (rules and floors speak in them) and one slice of a heavy
 * tail can hold most of a window's p99, so its half-way is the geometric mean of expected and observed: a p99 of
 * 25 s against 90 ms holds in a slice at 1.5 s, not only in one at 12.5 s. Pure.
 */

const SLICES = 3;
/** A slice holds the deviation when its level is at least this share of the way from expected to observed. */
const HOLD_SHARE = 0.5;
/** Slices (of SLICES) that must hold. */
const MUST_HOLD = 2;
const BY_FACTORS = new Set(['latencyP50', 'latencyP90', 'latencyP99']);
/** The factor past which a latency deviation's half-way is geometric. */
const FAR_FACTOR = 4;
/** How far `level` went from `expected` towards `observed` (1: all the way), by factors where the metric moves by them. */
function shareOfTheWay(metric, expected, observed, level) {
    if (BY_FACTORS.has(metric) && expected > 0 && observed >= FAR_FACTOR * expected && level > 0)
        return Math.log(level / expected) / Math.log(observed / expected);
    return (level - expected) / (observed - expected);
}
/** Where slice i of a window of `steps` starts (slice SLICES: the window's end). */
const sliceStart = (i, steps) => Math.floor((i * steps) / SLICES);
/** The spans [start, end) of MUST_HOLD consecutive slices of a window of `steps`: what a deviation that lasts fills. */
function lastingSpans(steps) {
    if (steps < SLICES)
        return [];
    const spans = [];
    for (let i = 0; i + MUST_HOLD <= SLICES; i++)
        spans.push([sliceStart(i, steps), sliceStart(i + MUST_HOLD, steps)]);
    return spans;
}
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
        const level = (0,_series_js__WEBPACK_IMPORTED_MODULE_0__/* .aggregateMetric */ .Uj)(series, finding.metric, sliceStart(i, steps), sliceStart(i + 1, steps));
        if (level === null)
            continue;
        judged++;
        if (shareOfTheWay(finding.metric, finding.expected, finding.observed, level) >= HOLD_SHARE)
            held++;
    }
    return judged < MUST_HOLD || held >= MUST_HOLD;
}


/***/ }),

/***/ 59649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ baselineOf),
/* harmony export */   IF: () => (/* binding */ learnService),
/* harmony export */   QU: () => (/* binding */ withRelativeTraffic),
/* harmony export */   XY: () => (/* binding */ signalVectors),
/* harmony export */   n3: () => (/* binding */ learnServiceAndEdges),
/* harmony export */   qW: () => (/* binding */ learningWindows),
/* harmony export */   vd: () => (/* binding */ availableMetrics)
/* harmony export */ });
/* unused harmony exports featureWindowFor, learnBaseline */
/* harmony import */ var _edges_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45869);
/* harmony import */ var _baseline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10288);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75959);
/* harmony import */ var _model_kmeans_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63372);
/* harmony import */ var _signals_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62230);
/* harmony import */ var _series_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(34990);
/* harmony import */ var _traffic_profile_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(21158);
/* harmony import */ var _model_counts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57969);
/* harmony import */ var _model_slow_tail_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(95751);
/* harmony import */ var _model_joint_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(56585);
/* harmony import */ var _model_silence_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(20342);
/* harmony import */ var _model_callers_gap_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(25416);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(87176);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(85993);
/* harmony import */ var _features_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(9008);















/** A window needs at least half its steps with values to say anything about its shape. */
function windowVector(series, metrics, start, size) {
    const vector = [];
    for (const metric of metrics) {
        const values = (0,_series_js__WEBPACK_IMPORTED_MODULE_5__/* .presentValues */ .w)(series.values[metric], start, start + size);
        if (values.length < Math.max(2, size / 2))
            return null;
        vector.push(...(0,_model_kmeans_js__WEBPACK_IMPORTED_MODULE_3__/* .windowFeatures */ .S$)(values));
    }
    return vector;
}
/** Feature vectors of a signal over a series, windows of `size` steps every `stride` steps. */
function signalVectors(series, metrics, size, stride) {
    const out = [];
    for (const start of (0,_series_js__WEBPACK_IMPORTED_MODULE_5__/* .windowStarts */ .oX)(series.requests.length, size, stride)) {
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
    const mean = (0,_series_js__WEBPACK_IMPORTED_MODULE_5__/* .aggregateMetric */ .Uj)(series, metric);
    if (mean === null)
        return null;
    const present = (0,_series_js__WEBPACK_IMPORTED_MODULE_5__/* .windowAggregates */ .Ng)(series, metric, (0,_series_js__WEBPACK_IMPORTED_MODULE_5__/* .windowStarts */ .oX)(series.requests.length, size, stride), size).filter((v) => v !== null);
    const wm = Float64Array.from(present.length > 0 ? present : [mean]).sort();
    let avg = 0;
    for (const v of wm)
        avg += v / wm.length;
    let variance = 0;
    for (const v of wm)
        variance += (v - avg) ** 2 / wm.length;
    const std = Math.sqrt(variance);
    return {
        mean: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_11__/* .significant */ .I1)(mean),
        p5: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_11__/* .significant */ .I1)((0,_numbers_js__WEBPACK_IMPORTED_MODULE_11__/* .quantile */ .YV)(wm, 0.05)),
        p95: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_11__/* .significant */ .I1)((0,_numbers_js__WEBPACK_IMPORTED_MODULE_11__/* .quantile */ .YV)(wm, 0.95)),
        std: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_11__/* .significant */ .I1)(std),
        max: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_11__/* .significant */ .I1)(wm[wm.length - 1]),
    };
}
/** The series with its request rate replaced by the share of what each hour usually sees. */
function withRelativeTraffic(series, profile, from, stepMs) {
    return {
        ...series,
        values: {
            ...series.values,
            requestRate: (0,_traffic_profile_js__WEBPACK_IMPORTED_MODULE_12__/* .relativeToProfile */ .jJ)(series.values.requestRate, profile, from, stepMs),
        },
    };
}
/** Traffic judged relative to its hour: a 2% wobble in that share is noise, not a mode. */
const RELATIVE_TRAFFIC_FLOOR = [0.02];
/**
 * The feature window a learn at this step uses: the configured one, unless the source read coarser data than it
 * holds twice (metrics scraped every 3 or 5 minutes are read at their own interval): then LIMITS' four steps, so a
 * window has a spread and a trend, and the baseline a window that holds a step at all.
 */
function featureWindowFor(config, stepMs) {
    if (config.featureWindowMs >= 2 * stepMs)
        return config.featureWindowMs;
    return Math.min(_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b1.featureWindowMs.max, Math.max(config.featureWindowMs, _settings_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b1.stepsPerFeatureWindow * stepMs));
}
/** Error and timeout counts per window, for the count rules (the optional ones a service does not read left out). */
function learnEvents(series, { size, stride }) {
    const events = {};
    for (const metric of ['errorRatio', 'timeoutRatio']) {
        if (series.unavailable.includes(metric))
            continue;
        const rate = (0,_model_counts_js__WEBPACK_IMPORTED_MODULE_6__/* .learnEventRate */ .rv)(series, metric, size, stride);
        if (rate)
            events[metric] = rate;
    }
    return events;
}
/** Each metric's whole-window mean and its spread across windows. */
function learnMetrics(series, { size, stride }) {
    const metrics = {};
    for (const metric of _types_js__WEBPACK_IMPORTED_MODULE_10__/* .METRIC_NAMES */ .Uw) {
        if (series.unavailable.includes(metric))
            continue;
        const s = metricStats(series, metric, size, stride);
        if (s)
            metrics[metric] = s;
    }
    return metrics;
}
/** The windows a service's statistics are learned over: the feature window, half-overlapping. */
function learningWindows(config, stepMs) {
    const size = Math.round(featureWindowFor(config, stepMs) / stepMs);
    return { size, stride: Math.max(1, Math.floor(size / 2)) };
}
/**
 * One signal's cluster model and envelope over the service's windows (traffic relative to its hour when there is a
 * profile); null when the service reads none of the signal's metrics or has fewer than four windows of it.
 */
function learnSignalModel(spec, input, windows, config) {
    const { series, hourlyRate, from, stepMs } = input;
    const { size, stride } = windows;
    const used = availableMetrics(spec, series.unavailable);
    if (used.length === 0)
        return null;
    const relative = spec.name === 'traffic' && hourlyRate !== null;
    const source = relative ? withRelativeTraffic(series, hourlyRate, from, stepMs) : series;
    const vectors = signalVectors(source, used, size, stride);
    if (vectors.length < 4)
        return null;
    const model = (0,_model_kmeans_js__WEBPACK_IMPORTED_MODULE_3__/* .fitClusterModel */ .L_)(vectors, {
        kMax: config.model.kMax,
        seed: config.model.seed,
        minScale: relative
            ? (0,_signals_js__WEBPACK_IMPORTED_MODULE_4__/* .featureFloors */ .gq)({ ...spec, minScale: RELATIVE_TRAFFIC_FLOOR }, used, size)
            : (0,_signals_js__WEBPACK_IMPORTED_MODULE_4__/* .featureFloors */ .gq)(spec, used, size),
    });
    const floors = relative ? RELATIVE_TRAFFIC_FLOOR : used.map((m) => spec.minScale[spec.metrics.indexOf(m)]);
    const envelope = used.map((_, i) => {
        const means = vectors.map((v) => v[(0,_features_js__WEBPACK_IMPORTED_MODULE_13__/* .featureIndex */ .hJ)(i, 'mean')]);
        const learned = (0,_model_kmeans_js__WEBPACK_IMPORTED_MODULE_3__/* .learnEnvelope */ .h8)(means, floors[i]);
        if (!relative)
            return learned;
        const sorted = Float64Array.from(means).sort();
        return { ...learned, p5: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_11__/* .significant */ .I1)((0,_numbers_js__WEBPACK_IMPORTED_MODULE_11__/* .quantile */ .YV)(sorted, 0.05)), p95: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_11__/* .significant */ .I1)((0,_numbers_js__WEBPACK_IMPORTED_MODULE_11__/* .quantile */ .YV)(sorted, 0.95)) };
    });
    return {
        metrics: used,
        windows: vectors.length,
        ...(relative ? { relativeToProfile: true } : {}),
        ...model,
        envelope,
    };
}
/** Every signal's model, then the joint model over all of them. */
function learnModels(input, windows, config) {
    const { series, hourlyRate, from, stepMs } = input;
    const models = {};
    for (const spec of _signals_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGNALS */ ._z) {
        const model = learnSignalModel(spec, input, windows, config);
        if (model)
            models[spec.name] = model;
    }
    const relative = hourlyRate !== null;
    const joint = (0,_model_joint_js__WEBPACK_IMPORTED_MODULE_8__/* .learnJoint */ .xD)(relative ? withRelativeTraffic(series, hourlyRate, from, stepMs) : series, windows.size, windows.stride, {
        kMax: config.model.kMax,
        seed: config.model.seed,
        relativeTraffic: relative,
    });
    if (joint)
        models.joint = joint;
    return models;
}
/**
 * A service's baseline from a window of its normal series: its metrics' statistics, its event counts and slow
 * shares, its hourly traffic profile, and — with enough requests for per-window ratios to mean something — its
 * models.
 */
function learnService(series, config, stepMs, from) {
    const windows = learningWindows(config, stepMs);
    const { size } = windows;
    const requests = (0,_series_js__WEBPACK_IMPORTED_MODULE_5__/* .totalRequests */ .Xi)(series);
    const seconds = (series.requests.length * stepMs) / 1000;
    const perWindowRequests = (requests / Math.max(1, series.requests.length)) * size;
    // Any traffic is worth keeping: a quiet service is judged by counts (judge/counts.ts). Its models need more:
    // per-window ratios of a few requests are mostly noise (a single error = 10%).
    const insufficient = requests <= 0;
    const modelled = perWindowRequests >= Math.max(1, config.gate.minRequests / 10) && requests >= config.gate.minRequests;
    const events = learnEvents(series, windows);
    const metrics = learnMetrics(series, windows);
    const { stride } = windows;
    const slowTail = metrics.latencyP99 ? (0,_model_slow_tail_js__WEBPACK_IMPORTED_MODULE_7__/* .learnSlowTail */ .W1)(series, metrics.latencyP99.mean, size, stride) : null;
    const slowMedian = metrics.latencyP50 ? (0,_model_slow_tail_js__WEBPACK_IMPORTED_MODULE_7__/* .learnSlowTail */ .W1)(series, metrics.latencyP50.mean, size, stride) : null;
    const hourlyRate = from === undefined ? null : (0,_traffic_profile_js__WEBPACK_IMPORTED_MODULE_12__/* .learnHourlyProfile */ .tI)(series.values.requestRate, from, stepMs);
    const models = modelled ? learnModels({ series, hourlyRate, from, stepMs }, windows, config) : {};
    return {
        namespace: series.service.namespace,
        name: series.service.name,
        requests,
        meanRate: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_11__/* .significant */ .I1)(requests / Math.max(1, seconds)),
        insufficient,
        hourlyRate,
        silenceSeconds: (0,_model_silence_js__WEBPACK_IMPORTED_MODULE_14__/* .ordinarySilenceSeconds */ .l)(series.requests, stepMs),
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
    const service = learnService((0,_edges_js__WEBPACK_IMPORTED_MODULE_0__/* .withCallerSignals */ .ZV)(series, clientSide), config, stepMs, from);
    const byCaller = (0,_edges_js__WEBPACK_IMPORTED_MODULE_0__/* .callerEdgesByCallee */ .Zb)(clientSide).get((0,_types_js__WEBPACK_IMPORTED_MODULE_10__/* .serviceId */ .fH)(series.service));
    const { size } = learningWindows(config, stepMs);
    const edges = byCaller
        ? (0,_edges_js__WEBPACK_IMPORTED_MODULE_0__/* .edgesToLearn */ .uJ)(series.service, byCaller)
            .filter((edge) => (0,_series_js__WEBPACK_IMPORTED_MODULE_5__/* .totalRequests */ .Xi)(edge.series) > 0)
            .map((edge) => {
            const gap = (0,_model_callers_gap_js__WEBPACK_IMPORTED_MODULE_9__/* .learnCallersGap */ .b)(edge.series, series, size);
            return {
                ...learnService(edge.series, config, stepMs, from),
                caller: edge.caller,
                ...(gap ? { callersGap: gap } : {}),
            };
        })
        : [];
    return { service, edges };
}
function learnBaseline(collected, config, meta) {
    const byCallee = edgesByCallee(collected.edges ?? []);
    const learned = collected.services.map((series) => learnServiceAndEdges(series, byCallee.get(serviceId(series.service)) ?? [], config, collected.stepMs, collected.from));
    return baselineOf(collected, learned.map((one) => one.service), config, meta, learned.flatMap((one) => one.edges));
}
/** The baseline of services already learned one by one (learnService), in a stable order. */
function baselineOf(collected, learned, config, meta, learnedEdges = []) {
    const services = [...learned].sort(_types_js__WEBPACK_IMPORTED_MODULE_10__/* .compareServiceKeys */ .dt);
    const edges = [...learnedEdges].sort((a, b) => (0,_types_js__WEBPACK_IMPORTED_MODULE_10__/* .compareServiceKeys */ .dt)(a, b) || a.caller.localeCompare(b.caller));
    return {
        schemaVersion: _baseline_js__WEBPACK_IMPORTED_MODULE_1__/* .BASELINE_SCHEMA_VERSION */ .h,
        tool: { name: 'smanalyzer', version: meta.toolVersion },
        createdAt: new Date(meta.now).toISOString(),
        source: collected.source,
        ...(collected.mesh ? { mesh: collected.mesh } : {}),
        cluster: meta.cluster,
        namespaces: [...meta.namespaces].sort(),
        window: { from: new Date(collected.from).toISOString(), to: new Date(collected.to).toISOString() },
        stepMs: collected.stepMs,
        featureWindowMs: featureWindowFor(config, collected.stepMs),
        histogramBuckets: collected.histogramBuckets,
        settings: { kMax: config.model.kMax, seed: config.model.seed },
        services,
        ...(edges.length > 0 ? { edges } : {}),
    };
}


/***/ }),

/***/ 25416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ MIN_EDGE_REQUESTS),
/* harmony export */   b: () => (/* binding */ learnCallersGap)
/* harmony export */ });
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85993);
/* harmony import */ var _series_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34990);
/**
 * The usual time lost between the two proxies of a call, learned per edge: the log of the ratio of the caller's
 * median to the callee's own over each learning window (judge/callers-gap.ts judges a window against it). Pure.
 */


/** Windows with fewer requests on the edge say little about its median. */
const MIN_EDGE_REQUESTS = 20;
/** Learning windows needed before the usual gap is trusted. */
const MIN_WINDOWS = 6;
/**
 * The usual gap of one edge over windows of `size` steps, half a window apart; null with too few windows to trust.
 * The spread is the median absolute deviation (scaled to a standard deviation), so a fault in the learning hours
 * does not widen it.
 */
function learnCallersGap(edge, own, size) {
    const starts = (0,_series_js__WEBPACK_IMPORTED_MODULE_0__/* .windowStarts */ .oX)(edge.requests.length, size, Math.max(1, Math.floor(size / 2))).filter((start) => (0,_series_js__WEBPACK_IMPORTED_MODULE_0__/* .totalRequests */ .Xi)(edge, start, start + size) >= MIN_EDGE_REQUESTS);
    const callers = (0,_series_js__WEBPACK_IMPORTED_MODULE_0__/* .windowAggregates */ .Ng)(edge, 'latencyP50', starts, size);
    const callees = (0,_series_js__WEBPACK_IMPORTED_MODULE_0__/* .windowAggregates */ .Ng)(own, 'latencyP50', starts, size);
    const logs = [];
    callers.forEach((caller, i) => {
        const callee = callees[i];
        if (caller != null && caller > 0 && callee != null && callee > 0)
            logs.push(Math.log(caller / callee));
    });
    if (logs.length < MIN_WINDOWS)
        return null;
    const logMean = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(logs);
    const logStd = 1.4826 * (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(logs.map((l) => Math.abs(l - logMean)));
    return { logMean: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .significant */ .I1)(logMean), logStd: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .significant */ .I1)(logStd), windows: logs.length };
}


/***/ }),

/***/ 57969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cj: () => (/* binding */ eventCount),
/* harmony export */   Fb: () => (/* binding */ negativeBinomialUpperTail),
/* harmony export */   SK: () => (/* binding */ eventSurprise),
/* harmony export */   ZS: () => (/* binding */ overDispersion),
/* harmony export */   b2: () => (/* binding */ poissonLowerTail),
/* harmony export */   e7: () => (/* binding */ poissonUpperTail),
/* harmony export */   rv: () => (/* binding */ learnEventRate),
/* harmony export */   tP: () => (/* binding */ wholeEventCount)
/* harmony export */ });
/* harmony import */ var _series_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34990);
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
/**
 * eventCount as whole counts of the same steps, at least one request: 6.9 requests that all failed are 7 in 7,
 * never 7 events in 6.9 requests (an error ratio of 101.45%).
 */
function wholeEventCount(series, metric) {
    const counted = eventCount(series, metric);
    const requests = Math.max(1, Math.round(counted.requests));
    return { events: Math.min(Math.round(counted.events), requests), requests };
}
/** The ratio and over-dispersion of an event over windows of `size` steps. Null without requests. */
function learnEventRate(series, metric, size, stride) {
    const total = eventCount(series, metric);
    if (total.requests <= 0)
        return null;
    const ratio = total.events / total.requests;
    const windows = (0,_series_js__WEBPACK_IMPORTED_MODULE_0__/* .windowStarts */ .oX)(series.requests.length, size, stride).map((start) => {
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
/** P(X ≤ k) for X ~ Poisson(mean): the chance of this few events or fewer by luck alone. */
function poissonLowerTail(k, mean) {
    if (k < 0)
        return 0;
    if (mean <= 0)
        return 1;
    // Sum the lower tail downwards from k (the terms fall fast once below the mean).
    let term = Math.exp(k * Math.log(mean) - mean - logGamma(k + 1));
    let sum = term;
    for (let i = k; i > 0 && term > sum * 1e-12; i--) {
        term *= i / mean;
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
/**
 * How surprising `events` in `requests` are under a learned rate: the Poisson tail with the counts shrunk by
 * the over-dispersion (a quasi-Poisson test: variance = dispersion × mean).
 */
function eventSurprise(events, requests, rate, floor) {
    const dispersion = Math.max(1, rate.dispersion);
    const mean = (requests * Math.max(rate.ratio, floor)) / dispersion;
    return poissonUpperTail(Math.floor(events / dispersion + 1e-9), mean);
}


/***/ }),

/***/ 56585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BM: () => (/* binding */ jointVectors),
/* harmony export */   xD: () => (/* binding */ learnJoint)
/* harmony export */ });
/* unused harmony exports JOINT_METRICS, jointMetrics */
/* harmony import */ var _series_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34990);
/* harmony import */ var _kmeans_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63372);


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
    const starts = (0,_series_js__WEBPACK_IMPORTED_MODULE_0__/* .windowStarts */ .oX)(series.requests.length, size, stride);
    const columns = metrics.map((m) => (0,_series_js__WEBPACK_IMPORTED_MODULE_0__/* .windowAggregates */ .Ng)(series, m, starts, size));
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
    const model = (0,_kmeans_js__WEBPACK_IMPORTED_MODULE_1__/* .fitClusterModel */ .L_)(vectors, { kMax: options.kMax, seed: options.seed, minScale: floors });
    return {
        metrics,
        windows: vectors.length,
        ...(options.relativeTraffic ? { relativeToProfile: true } : {}),
        ...model,
        envelope: metrics.map((_, i) => (0,_kmeans_js__WEBPACK_IMPORTED_MODULE_1__/* .learnEnvelope */ .h8)(vectors.map((v) => v[i]), floors[i])),
    };
}


/***/ }),

/***/ 63372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L_: () => (/* binding */ fitClusterModel),
/* harmony export */   S$: () => (/* binding */ windowFeatures),
/* harmony export */   VF: () => (/* binding */ applyScaler),
/* harmony export */   h8: () => (/* binding */ learnEnvelope),
/* harmony export */   j5: () => (/* binding */ envelopeScore),
/* harmony export */   lp: () => (/* binding */ euclidean),
/* harmony export */   nN: () => (/* binding */ scoreWindow)
/* harmony export */ });
/* unused harmony exports fitScaler, kmeansPlusPlusSeeds, silhouette */
/* harmony import */ var ml_kmeans__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51225);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85993);
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
    const random = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .seededRandom */ .Is)(seed);
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
    return (0,ml_kmeans__WEBPACK_IMPORTED_MODULE_0__/* .kmeans */ .Y)(points, k, { initialization: kmeansPlusPlusSeeds(points, k, seed), maxIterations: 30 });
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
    return Math.max(1.5 * (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .quantile */ .YV)(sorted, 0.99), mean + 4 * Math.sqrt(variance), MIN_THRESHOLD);
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
        centroids: best.centroids.map((c) => c.map((x) => (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .significant */ .I1)(x))),
        sizes: members.map((d) => d.length),
        thresholds: thresholds.map((x) => (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .significant */ .I1)(x)),
        silhouette: best.score === null ? null : (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .significant */ .I1)(best.score),
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
    const spread = Math.max((0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .quantile */ .YV)(sorted, 0.75) - (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .quantile */ .YV)(sorted, 0.25), minSpread);
    return {
        median: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .significant */ .I1)((0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .quantile */ .YV)(sorted, 0.5)),
        low: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .significant */ .I1)((0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .quantile */ .YV)(sorted, 0.005) - 3 * spread),
        high: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .significant */ .I1)((0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .quantile */ .YV)(sorted, 0.995) + 3 * spread),
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


/***/ }),

/***/ 20342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ longestRun),
/* harmony export */   l: () => (/* binding */ ordinarySilenceSeconds)
/* harmony export */ });
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
/** The longest run of consecutive steps, of `steps`, where `silentAt` holds. */
function longestRun(steps, silentAt) {
    let longest = 0;
    let run = 0;
    for (let i = 0; i < steps; i++) {
        run = silentAt(i) ? run + 1 : 0;
        longest = Math.max(longest, run);
    }
    return longest;
}


/***/ }),

/***/ 95751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W1: () => (/* binding */ learnSlowTail),
/* harmony export */   Zb: () => (/* binding */ MEDIAN_SHARE),
/* harmony export */   eK: () => (/* binding */ withRecentRequests),
/* harmony export */   "if": () => (/* binding */ P90_SHARE),
/* harmony export */   lM: () => (/* binding */ slowTailSurprise)
/* harmony export */ });
/* unused harmony export TAIL_SHARE */
/* harmony import */ var _series_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34990);
/* harmony import */ var _counts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57969);
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


/** A p99's share of slower requests, a p90's, and a p50's. */
const TAIL_SHARE = 0.01;
const P90_SHARE = 0.1;
const MEDIAN_SHARE = 0.5;
/** The slow tail over windows of `size` steps; null without buckets, requests or a positive bound. */
function learnSlowTail(series, thresholdMs, size, stride) {
    if (!(thresholdMs > 0) || !Number.isFinite(thresholdMs))
        return null;
    const total = (0,_series_js__WEBPACK_IMPORTED_MODULE_0__/* .requestsSlowerThan */ .kU)(series, thresholdMs);
    if (!total || total.requests <= 0)
        return null;
    // The share measured on the same interpolated buckets as the bound (about 1% for a p99, by its definition).
    const share = Math.min(Math.max(total.slower / total.requests, 1e-6), 0.5);
    const windows = (0,_series_js__WEBPACK_IMPORTED_MODULE_0__/* .windowStarts */ .oX)(series.requests.length, size, stride).map((start) => {
        const w = (0,_series_js__WEBPACK_IMPORTED_MODULE_0__/* .requestsSlowerThan */ .kU)(series, thresholdMs, start, start + size);
        return { events: w?.slower ?? 0, trials: w?.requests ?? 0 };
    });
    const dispersion = Math.min(1e6, (0,_counts_js__WEBPACK_IMPORTED_MODULE_1__/* .overDispersion */ .ZS)(windows, share));
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
        return (0,_counts_js__WEBPACK_IMPORTED_MODULE_1__/* .poissonUpperTail */ .e7)(events, share * exposure);
    const learnedSlower = Math.max(learned?.slower ?? 0, share * learnedRequests);
    return (0,_counts_js__WEBPACK_IMPORTED_MODULE_1__/* .negativeBinomialUpperTail */ .Fb)(events, learnedSlower / dispersion + 1, learnedRequests / dispersion, exposure);
}
/**
 * The learned slow tail with the requests of a recent window added (the reference window right before a deploy): a
 * p99 learned from a handful of requests says little, and the half hour before the deploy ran the same code on the
 * same day. Counted at the learned bound, over-dispersion kept. Unchanged without a learned count or recent requests.
 */
function withRecentRequests(learned, recent) {
    if (learned.requests === undefined)
        return learned;
    const counted = (0,_series_js__WEBPACK_IMPORTED_MODULE_0__/* .requestsSlowerThan */ .kU)(recent, learned.thresholdMs);
    if (!counted || counted.requests <= 0)
        return learned;
    return {
        ...learned,
        requests: learned.requests + counted.requests,
        slower: (learned.slower ?? 0) + counted.slower,
    };
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

/***/ 96615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o6: () => (/* binding */ rankOrigins),
  RN: () => (/* reexport */ signalKind)
});

// UNUSED EXPORTS: onsetStep

// EXTERNAL MODULE: ./src/core/types.ts + 1 modules
var types = __webpack_require__(87176);
// EXTERNAL MODULE: ./src/core/edges.ts
var core_edges = __webpack_require__(45869);
// EXTERNAL MODULE: ./src/core/numbers.ts
var numbers = __webpack_require__(85993);
// EXTERNAL MODULE: ./src/core/series.ts
var series = __webpack_require__(34990);
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
/** An edge with fewer requests in the window has a p99 that is a request or two: its gap must show at the p50 too. */
const THIN_EDGE_REQUESTS = 100;
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
                clientP50: null,
                serverP50: null,
            };
            views.set(key, view);
        }
        const requests = edge.requests.reduce((sum, r) => sum + (r ?? 0), 0);
        const errors = edge.requests.reduce((sum, r, i) => sum + (r ?? 0) * (edge.values.errorRatio[i] ?? 0), 0);
        const p99 = weightedMean(edge.requests, edge.values.latencyP99);
        const p50 = weightedMean(edge.requests, edge.values.latencyP50);
        // Several workloads of one caller (reviews-v1, -v2) add up; the larger p99 stands for the pair.
        const larger = (a, b) => (a === null ? b : b === null ? a : Math.max(a, b));
        if (edge.side === 'client') {
            view.clientRequests += requests;
            view.requests += requests;
            view.errors += errors;
            view.clientP99 = larger(view.clientP99, p99);
            view.clientP50 = larger(view.clientP50, p50);
        }
        else {
            // Source edges come first: when present they are what the caller saw; the server side fills in otherwise.
            if (view.clientRequests === 0) {
                view.requests += requests;
                view.errors += errors;
            }
            view.serverP99 = larger(view.serverP99, p99);
            view.serverP50 = larger(view.serverP50, p50);
        }
    }
    return views;
}
function key(k) {
    return { namespace: k.namespace, name: k.name };
}
const round = (x) => (0,numbers/* roundTo */.GB)(x, 3);
/** How far a finding's metric is past its expected value, in its unit (0 when not past it). */
function excessOf(f, id, summary) {
    const s = summary(id, f.metric);
    const observed = s?.observed ?? f.observed;
    const expected = s?.expected ?? f.expected;
    return Math.max(0, observed - expected);
}
/** Calls on an edge per request its caller served, at least one (it was called) and at most MAX_CALLS_PER_REQUEST. */
function callsPerRequest(edge, callerRequests) {
    if (!(callerRequests > 0) || !(edge.requests > 0))
        return 1;
    return Math.min(MAX_CALLS_PER_REQUEST, Math.max(1, edge.requests / callerRequests));
}
const MAX_CALLS_PER_REQUEST = 10;
/**
 * Does the edge carry the caller's deviation? Errors: the callee returned at least EDGE_SHARE of the caller's
 * excess failures on it. Latency: the edge's p99 is above the callee's normal p99 by at least EDGE_SHARE of the
 * caller's excess. An edge known only from the topology (no samples) is taken at its word.
 */
function edgeEvidence(kind, f, id, edge, windowSeconds, summary, observedOf, callsPerRequest = 1) {
    const calleeId = (0,types/* serviceId */.fH)(edge.callee);
    const base = { signal: kind, caller: key(edge.caller), callee: key(edge.callee) };
    if (edge.requests === 0 && edge.clientP99 === null && edge.serverP99 === null)
        return { ...base, carried: 1 };
    if (kind === 'errors') {
        const s = summary(id, 'errorRatio');
        const callerRate = summary(id, 'requestRate')?.observed ?? null;
        // The failures to carry: its errors, or its retries, timeouts or overflows when those are the larger share.
        const excessRatio = Math.max(0, (s?.observed ?? 0) - (s?.expected ?? 0), types/* REQUEST_SHARES */.v.has(f.metric) ? f.observed - f.expected : 0);
        const excessEvents = callerRate !== null ? excessRatio * callerRate * windowSeconds : 0;
        const carried = excessEvents > 0 ? edge.errors / excessEvents : edge.errors > 0 ? 1 : 0;
        if (carried < EDGE_SHARE && !(excessEvents === 0 && edge.errors > 0))
            return null;
        return { ...base, carried: round(Math.min(carried, 1)), edgeErrors: Math.round(edge.errors) };
    }
    const edgeP99 = edge.clientP99 ?? edge.serverP99 ?? observedOf(calleeId, 'latencyP99');
    const calleeNormal = summary(calleeId, 'latencyP99')?.expected ?? null;
    if (edgeP99 === null)
        return null;
    const excess = excessOf(f, id, summary);
    // A request that calls the callee several times in turn waits its extra time each time.
    const edgeExcess = (calleeNormal === null ? edgeP99 : edgeP99 - calleeNormal) * callsPerRequest;
    const carried = excess > 0 ? edgeExcess / excess : 1;
    if (carried < EDGE_SHARE)
        return null;
    return {
        ...base,
        carried: round(Math.min(carried, 1)),
        edgeP99Ms: round(edgeP99),
        ...(calleeNormal !== null ? { calleeNormalP99Ms: round(calleeNormal) } : {}),
    };
}
/**
 * The series a finding was read from: the service's own, or for one its callers see, the busiest edge from that
 * caller as the caller's proxy timed it (the callee's own series starts when its own proxy sees trouble, which a
 * network delay never does). The service's own when the edge is not there (other callers folded into one).
 */
function findingSeries(f, own, edges) {
    if (f.caller === undefined)
        return own;
    const id = `${f.namespace}/${f.service}`;
    let busiest;
    for (const edge of edges) {
        if (edge.side !== 'client' || (0,core_edges/* edgeCallerId */.wc)(edge.caller) !== f.caller || (0,types/* serviceId */.fH)(edge.callee) !== id)
            continue;
        if (!busiest || (0,series/* totalRequests */.Xi)(edge) > (0,series/* totalRequests */.Xi)(busiest))
            busiest = edge;
    }
    return busiest ?? own;
}
/**
 * The client-side p99 on an edge against the callee's own server-side p99: what the network adds. On a thin edge
 * only when the p50 loses time too.
 */
function networkGap(edge, calleeId, observedOf) {
    if (edge.clientP99 === null)
        return null;
    const server = edge.serverP99 ?? observedOf(calleeId, 'latencyP99');
    if (server === null)
        return null;
    const gapMs = lostMs(edge.clientP99, server);
    if (gapMs === 0)
        return null;
    // On a thin edge the p99 is its slowest request or two: one retransmission is no network fault.
    if (edge.requests < THIN_EDGE_REQUESTS &&
        lostMs(edge.clientP50, edge.serverP50 ?? observedOf(calleeId, 'latencyP50')) === 0)
        return null;
    return { gapMs, clientMs: edge.clientP99, serverMs: server };
}
/**
 * How much longer the caller's proxy times a call than the callee's answers it, when that is time lost between
 * them (at least NETWORK_MIN_MS and NETWORK_GAP_FACTOR of the answer); 0 otherwise or without both figures.
 */
function lostMs(client, server) {
    if (client === null || server === null)
        return 0;
    return client - server >= Math.max(NETWORK_MIN_MS, NETWORK_GAP_FACTOR * server) ? client - server : 0;
}
/**
 * Whether the caller's proxy sees calls on this edge take longer than the callee's proxy answers them, at the p99
 * or the p50: time lost between the two proxies, on the network or in either pod's.
 */
function losesTimeBetweenProxies(edge, calleeId, observedOf) {
    return timeLostBetweenProxies(edge, calleeId, observedOf) > 0;
}
/** How many milliseconds the edge loses between the two proxies, the larger at the p99 and the p50 (0: none). */
function timeLostBetweenProxies(edge, calleeId, observedOf) {
    const atP99 = networkGap(edge, calleeId, observedOf)?.gapMs ?? 0;
    return Math.max(atP99, lostMs(edge.clientP50, edge.serverP50));
}

;// CONCATENATED MODULE: ./src/core/origin-sides.ts
/**
 * Which side of a call a delay belongs to, for origin ranking: a caller's proxy times the whole call, its own pod's
 * network included, so what one caller sees on a callee is the callee's only when something beyond that caller
 * shows it too. Pure.
 */


/** A service's callers losing this share of what it loses on the way to its callee: its own pod's network. */
const INBOUND_SHARE = 0.5;
/** The service's own proxy shows the finding's metric past its normal band too, the same way. */
function ownProxyShows(graph, id, f) {
    const s = graph.summary(id, f.metric);
    if (s?.observed == null || !s.band)
        return false;
    return f.observed >= f.expected ? s.observed > s.band[1] : s.observed < s.band[0];
}
/**
 * Do the service's callers' proxies lose time on the way to it too, at least INBOUND_SHARE of what it loses on the
 * way to its callee? A pod's network delays both directions alike; a constant gap far smaller (a gateway in
 * another zone) is not that.
 */
function losesTimeToIt(graph, id, lostOnTheWayOut) {
    return (graph.callers.get(id) ?? []).some((edge) => edge.requests > 0 &&
        timeLostBetweenProxies(edge, id, graph.observedOf) >= INBOUND_SHARE * lostOnTheWayOut);
}
/**
 * Is the delay a caller waits on its callee's? The caller's proxy times the whole call, its own pod's network
 * included: a caller whose pod delays what it sends sees every callee slower. So the callee carries the caller's
 * excess only when it shows on the callee beyond this one caller's view — in the callee's own proxy, or to its
 * other callers — or when this caller is its only one and loses no time on the way in itself.
 */
function calleeOwnsDelay(graph, f, callerId, edge, callsPerRequest) {
    // Per call: a caller that calls it several times per request waits its delay each time.
    const need = (EDGE_SHARE * excessOf(f, callerId, graph.summary)) / callsPerRequest;
    if (need <= 0)
        return true;
    const calleeId = (0,types/* serviceId */.fH)(edge.callee);
    const own = graph.summary(calleeId, f.metric);
    if (own?.observed != null && own.expected != null && own.observed - own.expected >= need)
        return true;
    for (const i of graph.byService.get(calleeId) ?? []) {
        const g = graph.input.findings[i];
        // Its own proxy's findings; what its callers see is read edge by edge below.
        if (signalKind(g.type) === 'latency' && g.caller === undefined && g.observed - g.expected >= need)
            return true;
    }
    const others = (graph.callers.get(calleeId) ?? []).filter((e) => e !== edge && e.requests > 0);
    // Its only caller: nothing on the callee's side tells the two apart — unless the caller's own callers lose time
    // on the way to it too: its pod's network delays what it sends and what it answers alike.
    if (others.length === 0) {
        const lost = timeLostBetweenProxies(edge, calleeId, graph.observedOf);
        return !(lost > 0 && losesTimeToIt(graph, callerId, lost));
    }
    // Its other callers see it slower by as much, at the finding's percentile: the median against the median.
    const atMedian = f.metric === 'latencyP50';
    const normal = graph.summary(calleeId, atMedian ? 'latencyP50' : 'latencyP99')?.expected ?? null;
    return (normal !== null &&
        others.some((e) => {
            const seen = atMedian ? e.clientP50 : e.clientP99;
            return seen !== null && seen - normal >= need;
        }));
}

;// CONCATENATED MODULE: ./src/core/origin-graph.ts
/**
 * The first steps of origin ranking: the findings laid on the call graph (who calls whom, each finding's onset),
 * and each finding's explanations — the edges that carry its trouble from another service, or the network
 * between a caller and a callee that answers in its usual time. Pure.
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
function originGraph(input) {
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
    const onsets = input.findings.map((f) => onsetStep(f, findingSeries(f, services.get(`${f.namespace}/${f.service}`)?.series, input.edges)));
    const windowSeconds = Math.max(1, input.windowMs / 1000);
    const summary = (id, metric) => services.get(id)?.metrics[metric];
    const observedOf = (id, metric) => {
        const s = services.get(id);
        return s?.metrics[metric]?.observed ?? (s?.series ? (0,series/* aggregateMetric */.Uj)(s.series, metric) : null);
    };
    return { input, services, byService, views, callees, callers, onsets, windowSeconds, summary, observedOf };
}
/**
 * The earliest onset among a service's findings of one kind, and whether it has any, as candidates to explain the
 * finding at `explained`. A finding already there before the deploy does not count for one that is new and
 * started inside the window: what was there all along did not start it.
 */
function kindOnset(graph, id, kinds, explained, type) {
    const startedInside = graph.input.findings[explained].onset === 'new' && (graph.onsets[explained] ?? 0) > ONSET_SLACK_STEPS;
    let has = false;
    let onset = null;
    let metric = null;
    for (const i of graph.byService.get(id) ?? []) {
        if (!kinds.includes(signalKind(graph.input.findings[i].type)))
            continue;
        if (type && graph.input.findings[i].type !== type)
            continue;
        if (startedInside && graph.input.findings[i].onset === 'pre-existing')
            continue;
        has = true;
        const o = graph.onsets[i];
        if (o !== null && (onset === null || o < onset)) {
            onset = o;
            metric = graph.input.findings[i].metric;
        }
    }
    return { has, onset, metric };
}
/**
 * When a service's deviation of one metric began, read as onsetStep reads a finding's (null: no series, or no
 * deviation of that metric): a caller's p99 and its callee's p50 start at different steps under the same fault,
 * so onsets are compared on the same percentile.
 */
function onsetOf(graph, id, metric) {
    const s = graph.summary(id, metric);
    if (s?.observed == null || s.expected == null || !s.band)
        return null;
    const [lo, hi] = s.band;
    if (s.observed >= lo && s.observed <= hi)
        return null;
    const probe = { metric, observed: s.observed, expected: s.expected, expectedRange: s.band };
    return onsetStep(probe, graph.services.get(id)?.series);
}
/** The explaining trouble started no later than the explained (with a step of slack), or one onset is unknown. */
const inTime = (explainer, explained) => explainer === null || explained === null || explainer <= explained + ONSET_SLACK_STEPS;
/** What may explain one finding: traffic from its callers, errors and latency from its callees or the network. */
function explainFinding(graph, index) {
    return signalKind(graph.input.findings[index].type) === 'traffic'
        ? explainTraffic(graph, index)
        : explainFromCallees(graph, index);
}
/** How far a service's request rate is from its expected one, as a share of it (0.5: half as busy or 1.5 times). */
function trafficChange(graph, id) {
    const s = graph.summary(id, 'requestRate');
    if (s?.observed == null || s.expected == null || s.expected <= 0)
        return null;
    return Math.abs(s.observed / s.expected - 1);
}
function explainTraffic(graph, index) {
    const { callers, onsets, views } = graph;
    const f = graph.input.findings[index];
    const id = `${f.namespace}/${f.service}`;
    const out = [];
    // Traffic flows downstream: a surge or drop at a caller carried on the edge explains the callee's, when it is of
    // a size to (a caller 15% busier does not make its callee three times as busy).
    const total = graph.services.get(id)?.requests ?? 0;
    const calleeChange = trafficChange(graph, id);
    for (const edge of callers.get(id) ?? []) {
        if (!edge.caller)
            continue;
        const from = (0,types/* serviceId */.fH)(edge.caller);
        if (from === id)
            continue;
        const upstream = kindOnset(graph, from, ['traffic'], index, f.type);
        if (!upstream.has || !inTime(upstream.onset, onsets[index]))
            continue;
        const callerChange = trafficChange(graph, from);
        if (callerChange !== null && calleeChange !== null && callerChange < EDGE_SHARE * calleeChange)
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
                edgeShare: round(share),
            },
            strength: share,
        });
    }
    if (f.type === 'traffic_drop' && out.length === 0)
        out.push(...stoppedCalling(graph, index));
    // Callers retry failures: a surge at a service whose callers see its errors is those retries (each retry is
    // a new request at the callee's sidecar), so it follows the service's own errors.
    if (f.type === 'traffic_spike' && out.length === 0) {
        const own = kindOnset(graph, id, ['errors'], index);
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
/** Callees that must have lost their only caller's calls at once for that caller to be where it started. */
const STOPPED_CALLEES = 2;
/** Sent no more than received: counts from two proxies' scrapes differ by a little (10%, one request). */
const SENT_SLACK = 1.1;
/** Errors the caller's proxy may record on the edge: more, and the callee was failing, not left alone. */
const STOPPED_ERROR_SHARE = 0.1;
/**
 * The only caller of a service whose traffic dropped, when the caller's own proxy sent it no more than it got (no
 * attempts lost on the way, so the service was not down) and the caller stopped calling another of its callees
 * the same way, while its own traffic held: something in the caller stopped its calls (it fails before it calls
 * them), so the chain ends at the caller, though it shows nothing itself.
 */
function stoppedCalling(graph, index) {
    const f = graph.input.findings[index];
    const id = `${f.namespace}/${f.service}`;
    const onlyCaller = (calleeId) => {
        // Callers from outside the mesh count as callers: then the service does not hang on this one alone.
        const edges = (graph.callers.get(calleeId) ?? []).filter((e) => !e.caller || (0,types/* serviceId */.fH)(e.caller) !== calleeId);
        if (edges.length !== 1 || !edges[0].caller)
            return null;
        const edge = edges[0];
        const received = graph.services.get(calleeId)?.requests ?? 0;
        const sent = edge.clientRequests > 0 ? edge.clientRequests : edge.requests;
        return sent <= received * SENT_SLACK + 1 && edge.errors <= STOPPED_ERROR_SHARE * Math.max(sent, 1)
            ? edge
            : null;
    };
    const edge = onlyCaller(id);
    if (!edge)
        return [];
    const caller = (0,types/* serviceId */.fH)(edge.caller);
    if (kindOnset(graph, caller, ['traffic'], index).has)
        return [];
    const dropped = (graph.callees.get(caller) ?? []).filter((e) => {
        const callee = (0,types/* serviceId */.fH)(e.callee);
        return ((graph.byService.get(callee) ?? []).some((i) => graph.input.findings[i].type === 'traffic_drop') &&
            onlyCaller(callee) !== null);
    });
    if (dropped.length < STOPPED_CALLEES)
        return [];
    return [
        {
            by: caller,
            silentCaller: (graph.byService.get(caller) ?? []).length === 0,
            evidence: {
                signal: 'traffic',
                caller: key(edge.caller),
                callee: key(edge.callee),
                edgeShare: 1,
                stoppedCalling: true,
            },
            strength: 1,
        },
    ];
}
function explainFromCallees(graph, index) {
    const { onsets, windowSeconds, summary, observedOf } = graph;
    const f = graph.input.findings[index];
    const id = `${f.namespace}/${f.service}`;
    // Seen by its callers' proxies and not by its own: what its callees did would have shown on its own proxy too.
    if (f.caller !== undefined && !ownProxyShows(graph, id, f))
        return [];
    const kind = signalKind(f.type);
    const out = [];
    // Errors and latency flow upstream: the callee's trouble, returned or waited on, shows at its callers.
    const networkGaps = [];
    let lostOnTheWayOut = 0;
    let edgesLosingTime = 0;
    for (const edge of graph.callees.get(id) ?? []) {
        const to = (0,types/* serviceId */.fH)(edge.callee);
        if (losesTimeBetweenProxies(edge, to, observedOf))
            edgesLosingTime++;
        const downstream = kindOnset(graph, to, ['errors', 'latency'], index);
        const calleeStarted = downstream.onset;
        const calls = callsPerRequest(edge, graph.services.get(id)?.requests ?? 0);
        const evidence = edgeEvidence(kind, f, id, edge, windowSeconds, summary, observedOf, calls);
        if (downstream.has) {
            const started = (step) => inTime(calleeStarted, step);
            const sameMetric = kind === 'latency' && downstream.metric !== null && downstream.metric !== f.metric
                ? onsetOf(graph, id, downstream.metric)
                : null;
            if (!(started(onsets[index]) || (sameMetric !== null && started(sameMetric))) || !evidence)
                continue;
            if (kind === 'latency' && !calleeOwnsDelay(graph, f, id, edge, calls))
                continue;
            out.push({ by: to, evidence, strength: evidence.carried ?? 1 });
        }
        else if (kind === 'latency' || f.type === 'timeout') {
            const gap = networkGap(edge, to, observedOf);
            const excess = excessOf(f, id, summary);
            if (gap !== null && gap.gapMs >= Math.max(NETWORK_MIN_MS, EDGE_SHARE * excess)) {
                networkGaps.push({
                    by: `${id}->${to}`,
                    network: { caller: key(edge.caller), callee: key(edge.callee) },
                    evidence: {
                        signal: 'latency',
                        caller: key(edge.caller),
                        callee: key(edge.callee),
                        clientP99Ms: round(gap.clientMs),
                        serverP99Ms: round(gap.serverMs),
                    },
                    strength: excess > 0 ? Math.min(1, gap.gapMs / excess) : 1,
                });
                lostOnTheWayOut = gap.gapMs;
            }
        }
    }
    // Slower at the caller on the way to one callee that answers in its usual time: the network between them. On
    // the way to several (at the p99 or the p50), or when its own callers lose as much time on the way to it: the
    // caller's own side (its pod's network delays what it sends and what it answers), so it is its own origin.
    if (networkGaps.length === 1 && edgesLosingTime <= 1 && !losesTimeToIt(graph, id, lostOnTheWayOut))
        out.push(networkGaps[0]);
    return out;
}

;// CONCATENATED MODULE: ./src/core/origin-chains.ts
/**
 * Chains of explanations: each explained finding follows its strongest explanation to the explaining service's
 * finding of the same kind, and on until a finding nothing explains (its service is the origin) or a network
 * edge. Pure.
 */


/** Each finding's strongest explanation (ties: by the explainer's id), null when nothing explains it. */
function strongestExplanations(explanations) {
    return explanations.map((list) => [...list].sort((a, b) => b.strength - a.strength || a.by.localeCompare(b.by))[0] ?? null);
}
/** The explaining service's finding a finding's chain goes on to, null when it ends here. */
function nextFinding(graph, best, i) {
    const e = best[i];
    if (!e || e.network)
        return null;
    const f = graph.input.findings[i];
    const kind = e.follows ?? signalKind(f.type);
    const there = graph.byService.get(e.by) ?? [];
    const same = there.find((j) => {
        const g = graph.input.findings[j];
        return signalKind(g.type) === kind && (kind !== 'traffic' || g.type === f.type);
    });
    return same ?? there.find((j) => signalKind(graph.input.findings[j].type) !== 'traffic') ?? null;
}
/**
 * The finding (or network edge) each finding's chain of explanations ends at; loops are cut at their strongest
 * finding, whose explanation in `best` is set to null. Every finding on a walked chain keeps the root it found, so
 * a long chain is walked once, not once per finding.
 */
function chainRoots(graph, best) {
    const { findings } = graph.input;
    const rootMemo = new Array(findings.length);
    const onPath = new Int32Array(findings.length).fill(-1);
    const rootOf = (i) => {
        for (let attempt = 0; attempt <= findings.length; attempt++) {
            const path = [];
            let at = i;
            let root;
            for (;;) {
                root = rootMemo[at];
                if (root)
                    break;
                const e = best[at];
                if (!e) {
                    root = { finding: at };
                    break;
                }
                if (e.network) {
                    root = { network: e };
                    break;
                }
                const next = nextFinding(graph, best, at);
                if (next === null) {
                    root = e.silentCaller ? { silent: e } : { finding: at };
                    break;
                }
                onPath[at] = path.length;
                path.push(at);
                if (onPath[next] >= 0) {
                    const loop = path.slice(onPath[next]);
                    const strongest = loop.sort((a, b) => severityWeight(findings[b]) - severityWeight(findings[a]) || a - b)[0];
                    best[strongest] = null;
                    break;
                }
                at = next;
            }
            for (const p of path)
                onPath[p] = -1;
            if (!root)
                continue; // a loop was cut: walk again
            rootMemo[at] = root;
            for (const p of path)
                rootMemo[p] = root;
            return root;
        }
        return { finding: i };
    };
    return findings.map((_, i) => rootOf(i));
}

;// CONCATENATED MODULE: ./src/core/origin.ts
/**
 * Where a regression started: among the anomalous services, tell origins from symptoms on the call graph.
 * A caller whose deviation is carried by the edge to an anomalous callee (same kind of signal, the callee's
 * trouble starting no later) is a symptom; a service anomalous on its own with healthy callees is an origin;
 * a caller slow on an edge whose callee answers normally points at the network between them. Pure: findings,
 * service summaries, series and edges in; ranked origins with structured evidence out (render/ words them).
 * The steps: the graph and each finding's explanations (origin-graph.ts), the chains they form
 * (origin-chains.ts), then here the origins they end at, scored and ranked.
 */






/** Finds origins and symptoms. Without edges every anomalous service is its own origin, ranked by severity. */
function rankOrigins(input) {
    const graph = originGraph(input);
    const explanations = input.findings.map((_, i) => explainFinding(graph, i));
    const best = strongestExplanations(explanations);
    const roots = chainRoots(graph, best);
    const { origins, symptomOf } = gatherOrigins(graph, best, roots);
    scoreOrigins(graph, origins, symptomOf);
    demoteUpstreamOrigins(graph, origins, best);
    return { origins: rankFreshFirst(graph, origins, best, roots), symptomOf };
}
const idOfFinding = (graph, i) => `${graph.input.findings[i].namespace}/${graph.input.findings[i].service}`;
/** The id of the origin a chain ends at: a network edge's, a silent caller's, or its root finding's service. */
const rootIdOf = (graph, root) => 'network' in root ? root.network.by : 'silent' in root ? root.silent.by : idOfFinding(graph, root.finding);
function newOrigin(id, network) {
    const [namespace, ...rest] = (network ? (0,types/* serviceId */.fH)(network.callee) : id).split('/');
    return {
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
}
/**
 * Every origin with what it shows on its own (the findings nothing explains), then every explained finding under
 * the origin its chain ends at, with the step that explains it.
 */
function gatherOrigins(graph, best, roots) {
    const symptomOf = new Map();
    const origins = new Map();
    const originFor = (id, network) => {
        let origin = origins.get(id);
        if (!origin)
            origins.set(id, (origin = newOrigin(id, network)));
        return origin;
    };
    // Origins first, with what they show on their own: the findings nothing explains.
    graph.input.findings.forEach((f, i) => {
        if (best[i])
            return;
        const id = idOfFinding(graph, i);
        const origin = originFor(id);
        origin.weight = Math.max(origin.weight, severityWeight(f));
        origin.evidence.push({
            signal: signalKind(f.type),
            service: { namespace: f.namespace, name: f.service },
            type: f.type,
            metric: f.metric,
            observed: f.observed,
            expected: f.expected,
            healthyCallees: (graph.callees.get(id) ?? []).filter((e) => !graph.byService.has((0,types/* serviceId */.fH)(e.callee)))
                .length,
        });
    });
    /** Per origin: the explained (service, type) pairs and the edge steps already listed, for constant-time checks. */
    const listed = new Map();
    const listedOf = (id) => {
        let sets = listed.get(id);
        if (!sets)
            listed.set(id, (sets = { explains: new Set(), steps: new Set() }));
        return sets;
    };
    // Then every explained finding under the origin its chain ends at, with the step that explains it.
    graph.input.findings.forEach((f, i) => {
        const step = best[i];
        if (!step)
            return;
        const root = roots[i];
        const rootId = rootIdOf(graph, root);
        const origin = originFor(rootId, 'network' in root ? root.network.network : undefined);
        if (rootId === idOfFinding(graph, i))
            return; // a loop cut back to its own service: nothing to add
        symptomOf.set(i, rootId);
        const sets = listedOf(rootId);
        const explained = `${f.namespace}/${f.service}/${f.type}`;
        if (!sets.explains.has(explained)) {
            sets.explains.add(explained);
            origin.explains.push({
                namespace: f.namespace,
                service: f.service,
                type: f.type,
                ...(step.follows ? { follows: step.follows } : {}),
            });
        }
        const { caller, callee } = step.evidence;
        if (caller === undefined || callee === undefined) {
            origin.evidence.push(step.evidence);
        }
        else {
            const stepKey = `${(0,types/* serviceId */.fH)(caller)}|${(0,types/* serviceId */.fH)(callee)}|${step.evidence.signal}`;
            if (!sets.steps.has(stepKey)) {
                sets.steps.add(stepKey);
                origin.evidence.push(step.evidence);
            }
        }
    });
    return { origins, symptomOf };
}
/** An origin's score: its weight (a network origin's, the strongest finding it explains) times the services it explains, plus one. */
function scoreOrigins(graph, origins, symptomOf) {
    // A network origin's own weight: the strongest finding it explains.
    const strongestExplained = new Map();
    for (const [i, id] of symptomOf)
        strongestExplained.set(id, Math.max(strongestExplained.get(id) ?? 1, severityWeight(graph.input.findings[i])));
    for (const [id, origin] of origins) {
        // A network origin, or a caller showing nothing itself: weighs as the strongest finding it explains.
        if (origin.kind === 'network' || origin.weight === 0)
            origin.weight = strongestExplained.get(id) ?? 1;
        const explainedServices = new Set(origin.explains.map((x) => `${x.namespace}/${x.service}`)).size;
        origin.score = round(origin.weight * (1 + explainedServices));
    }
}
/**
 * An origin upstream of another with the same kind of trouble, starting no earlier, may be a symptom whose edge
 * evidence fell short (its excess spread over several calls): the one downstream ranks above it.
 */
function demoteUpstreamOrigins(graph, origins, best) {
    const { findings } = graph.input;
    const ownKinds = (id) => (graph.byService.get(id) ?? [])
        .filter((i) => !best[i] && signalKind(findings[i].type) !== 'traffic')
        .map((i) => ({
        kind: signalKind(findings[i].type),
        onset: graph.onsets[i],
        caller: findings[i].caller,
    }));
    const serviceOrigins = [...origins].filter(([, o]) => o.kind === 'service');
    if (serviceOrigins.length <= 1)
        return;
    // The call graph with services numbered: walks over typed arrays, not maps of names.
    const number = new Map();
    const numberOf = (id) => {
        let n = number.get(id);
        if (n === undefined)
            number.set(id, (n = number.size));
        return n;
    };
    const successors = [];
    for (const [from, list] of graph.callees) {
        const n = numberOf(from);
        for (const edge of list) {
            const to = numberOf((0,types/* serviceId */.fH)(edge.callee));
            (successors[n] ??= []).push(to);
        }
    }
    for (const [id] of serviceOrigins)
        numberOf(id);
    const nodes = number.size;
    for (let n = 0; n < nodes; n++)
        successors[n] ??= [];
    // Services that reach each other (a cycle) are neither upstream nor downstream of one another.
    const component = stronglyConnected(nodes, successors);
    const originAt = new Int32Array(nodes).fill(-1);
    serviceOrigins.forEach(([id], k) => (originAt[number.get(id)] = k));
    const kinds = serviceOrigins.map(([id]) => ownKinds(id));
    const seen = new Int32Array(nodes).fill(-1);
    const queue = new Int32Array(nodes);
    serviceOrigins.forEach(([upId, up], upIndex) => {
        // One walk down the graph from each origin: time in the size of the graph, memory for one walk.
        const start = number.get(upId);
        const reached = [];
        let tail = 0;
        queue[tail++] = start;
        for (let head = 0; head < tail; head++) {
            for (const to of successors[queue[head]]) {
                if (seen[to] === upIndex)
                    continue;
                seen[to] = upIndex;
                queue[tail++] = to;
                if (originAt[to] >= 0 && to !== start && component[to] !== component[start])
                    reached.push(originAt[to]);
            }
        }
        // Only what its own proxy sees can be a symptom of what it calls: its callers-only findings are its own side.
        const upKinds = new Map(kinds[upIndex].filter((k) => k.caller === undefined).map((k) => [k.kind, k.onset]));
        // In the order the origins were found, as the ranking has always applied them.
        for (const downIndex of reached.sort((a, b) => a - b)) {
            const down = serviceOrigins[downIndex][1];
            // A much weaker deviation downstream is more likely noise than the cause: it demotes nothing.
            if (!(up.score >= down.score && down.weight >= up.weight / 2))
                continue;
            // What only the upstream origin's own proxy sees of the one downstream is the upstream's side (its pod's
            // network times every call it makes): no evidence against it.
            const shared = kinds[downIndex].some(({ kind, onset, caller }) => caller !== upId && upKinds.has(kind) && inTime(onset, upKinds.get(kind) ?? null));
            if (shared)
                up.score = round(down.score * 0.9);
        }
    });
}
/**
 * Best first. What the deploy brought comes first: an origin with only findings already there before it ranks after
 * any origin of something new, whatever its score.
 */
function rankFreshFirst(graph, origins, best, roots) {
    const fresh = new Set();
    graph.input.findings.forEach((f, i) => {
        if (f.onset === 'pre-existing')
            return;
        const root = roots[i];
        fresh.add(best[i] === null ? idOfFinding(graph, i) : rootIdOf(graph, root));
    });
    // Each origin under the id it was gathered by (a service's, or a network edge's "caller->callee").
    return [...origins]
        .sort(([aId, a], [bId, b]) => Number(fresh.has(bId)) - Number(fresh.has(aId)) ||
        b.score - a.score ||
        `${a.namespace}/${a.service}`.localeCompare(`${b.namespace}/${b.service}`))
        .map(([, { weight: _weight, ...rest }]) => rest);
}
/**
 * The strongly connected components of a directed graph on nodes 0…n−1 (Kosaraju, iterative: no recursion depth on a
 * long chain): each node's component number.
 */
function stronglyConnected(nodes, successors) {
    const predecessors = Array.from({ length: nodes }, () => []);
    for (let n = 0; n < nodes; n++)
        for (const to of successors[n])
            predecessors[to].push(n);
    const order = [];
    const visited = new Uint8Array(nodes);
    for (let root = 0; root < nodes; root++) {
        if (visited[root])
            continue;
        visited[root] = 1;
        const stack = [[root, 0]];
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            const next = successors[top[0]][top[1]++];
            if (next === undefined) {
                order.push(top[0]);
                stack.pop();
            }
            else if (!visited[next]) {
                visited[next] = 1;
                stack.push([next, 0]);
            }
        }
    }
    const component = new Int32Array(nodes).fill(-1);
    let count = 0;
    for (let i = order.length - 1; i >= 0; i--) {
        if (component[order[i]] >= 0)
            continue;
        const stack = [order[i]];
        component[order[i]] = count;
        while (stack.length > 0) {
            for (const previous of predecessors[stack.pop()]) {
                if (component[previous] < 0) {
                    component[previous] = count;
                    stack.push(previous);
                }
            }
        }
        count++;
    }
    return component;
}


/***/ }),

/***/ 88557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ assembleReport)
/* harmony export */ });
/* harmony import */ var _charts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46250);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87176);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83323);



function assembleReport(input) {
    const services = [...input.services].sort((a, b) => `${a.key.namespace}/${a.key.name}`.localeCompare(`${b.key.namespace}/${b.key.name}`));
    const anomalies = services.flatMap((s) => s.verdict.findings.map((f) => ({ ...f, description: input.describe(f) })));
    const bySeverity = Object.fromEntries(_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.map((s) => [s, 0]));
    for (const f of anomalies)
        bySeverity[f.severity]++;
    const count = (status) => services.filter((s) => s.verdict.status === status).length;
    const b = input.baseline;
    const charts = input.series ? (0,_charts_js__WEBPACK_IMPORTED_MODULE_0__/* .buildFindingCharts */ .pY)(input.series, anomalies, input.policy.failOn) : [];
    return {
        schemaVersion: 1,
        tool: { name: 'smanalyzer', version: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .w },
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


/***/ }),

/***/ 62230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ SIGNAL_NAMES),
/* harmony export */   _z: () => (/* binding */ SIGNALS),
/* harmony export */   gq: () => (/* binding */ featureFloors)
/* harmony export */ });
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


/***/ }),

/***/ 21158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ expectedRateAt),
/* harmony export */   jJ: () => (/* binding */ relativeToProfile),
/* harmony export */   jX: () => (/* binding */ MIN_PROFILE_HOURS),
/* harmony export */   tI: () => (/* binding */ learnHourlyProfile)
/* harmony export */ });
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85993);
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
    const medians = byHour.map((r) => (r.length > 0 ? (0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(r) : null));
    // Fill an uncovered hour from its nearest covered neighbours.
    return medians.map((m, h) => {
        if (m !== null)
            return (0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .significant */ .I1)(m);
        for (let d = 1; d < DAY_HOURS; d++) {
            const near = medians[(h + d) % DAY_HOURS] ?? medians[(h - d + DAY_HOURS) % DAY_HOURS];
            if (near !== null)
                return (0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .significant */ .I1)(near);
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

/***/ 69964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ STREAMED_CAP_FACTOR),
/* harmony export */   G3: () => (/* binding */ QueryTooLarge),
/* harmony export */   J$: () => (/* binding */ displayUrlOf),
/* harmony export */   Qy: () => (/* binding */ displayUrl),
/* harmony export */   T: () => (/* binding */ RequestTimedOut),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   UG: () => (/* binding */ AnswerTooLarge),
/* harmony export */   jn: () => (/* binding */ RetryableFailure),
/* harmony export */   oo: () => (/* binding */ Failures)
/* harmony export */ });
/* harmony import */ var _net_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3688);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87176);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53279);
/**
 * How the Prometheus client's failures read: every one a MetricsError with a cause and a fix, naming the server
 * (never its credentials) and never a secret the server echoed back. The kinds the source acts on — a query too
 * large for the server, a request past its timeout, an answer past its cap — have their own classes, so the source
 * can ask again in smaller pieces instead of repeating what the server could not do. Pure.
 */



/** A range answer is streamed into typed arrays, not held as text: it may run to this many times the cap. */
const STREAMED_CAP_FACTOR = 4;
/**
 * The server refused a query as too large: it would load more samples than --query.max-samples (422), or it
 * ran past --query.timeout (503 timeout). Never retried as is: the caller asks again in smaller pieces.
 */
class QueryTooLarge extends _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj {
    reason;
    constructor(reason, message, fix) {
        super(message, fix);
        this.reason = reason;
    }
}
/** One request ran past the per-request timeout (--timeout): a range query may be asked again in smaller pieces. */
class RequestTimedOut extends _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj {
}
/** One answer ran past the response cap: a range query may be asked again in smaller pieces. */
class AnswerTooLarge extends _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj {
}
/** A URL fit for messages: no credentials, no query string. */
function displayUrl(url) {
    return `${url.protocol}//${url.host}${url.pathname}`.replace(/\/$/, '');
}
/** The same for a URL as the settings hold it: undefined when there is none or it does not parse. */
function displayUrlOf(url) {
    if (!url)
        return undefined;
    try {
        return displayUrl(new URL(url));
    }
    catch {
        return undefined;
    }
}
function oneLine(text, max = 300) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
const TLS_CODE = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/;
/**
 * What OpenSSL says when the bytes that came back are not TLS at all: a plain-HTTP server read as a TLS record
 * ("HTTP/1.1 400" is a record of absurd length, or of an unknown version).
 */
const PLAIN_HTTP_CODE = /^ERR_SSL_(PACKET_LENGTH_TOO_LONG|WRONG_VERSION_NUMBER|HTTP_REQUEST|RECORD_LAYER_FAILURE)$/;
/** A failure worth another attempt, and the error to report if attempts (or the deadline) run out. */
class RetryableFailure extends Error {
    final;
    retryAfterMs;
    constructor(final, retryAfterMs) {
        super(final.message);
        this.final = final;
        this.retryAfterMs = retryAfterMs;
    }
}
/** The failures of one client: its server as messages name it, its secrets to redact, its cap on an answer. */
class Failures {
    server;
    redact;
    maxResponseBytes;
    constructor(server, redact, maxResponseBytes) {
        this.server = server;
        this.redact = redact;
        this.maxResponseBytes = maxResponseBytes;
    }
    /**
     * The run's budget of failed requests is spent: the last failure as the cause (its fix too), and how many
     * requests failed. Not a QueryTooLarge: nothing is asked again in smaller pieces.
     */
    budgetSpent(failed, last) {
        const cause = last instanceof RetryableFailure ? last.final : last;
        const detail = cause instanceof Error ? oneLine(this.redact(cause.message), 300) : null;
        return new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj(`Prometheus at ${this.server} failed ${failed} requests in this run, the most allowed: stopped asking` +
            (detail ? ` (the last: ${detail})` : ''), cause instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj
            ? cause.fix
            : "check the server's health and limits (--query.max-samples, --query.timeout), then retry");
    }
    notPrometheus(detail) {
        return new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj(`the server at ${this.server} did not answer like a Prometheus API (${detail})`, 'set --prometheus-url to the Prometheus base URL (the one serving /api/v1/query), not a UI, proxy login or other page');
    }
    /** An answer past its cap: `streamed` for a range answer read as it arrived, whose cap is larger. */
    tooLargeAnswer(query, streamed) {
        const cap = streamed ? STREAMED_CAP_FACTOR * this.maxResponseBytes : this.maxResponseBytes;
        const mib = Math.round((cap / 1024 / 1024) * 10) / 10;
        return new AnswerTooLarge(`the answer from Prometheus at ${this.server} exceeded the ${mib} MiB cap on a response ` +
            `(prometheus.maxResponseSize${streamed ? ` × ${STREAMED_CAP_FACTOR} for a range answer` : ''}) for: ${oneLine(query, 160)}`, 'query fewer namespaces, a shorter window or a larger --step, or raise prometheus.maxResponseSize in the config file');
    }
    /** A query the server refused for its size: the sample limit (422) or the query timeout (503 "timeout"). */
    tooLarge(status, envelope, promError) {
        const text = this.redact(oneLine(promError, 200));
        if (status === 422 && /too many samples/i.test(envelope?.error ?? '')) {
            return new QueryTooLarge('samples', `Prometheus at ${this.server} refused a query as too large (HTTP 422, ${text})`, "raise the server's --query.max-samples");
        }
        if (status === 503 && envelope?.errorType === 'timeout') {
            return new QueryTooLarge('timeout', `Prometheus at ${this.server} gave up on a query (HTTP 503, ${text})`, "raise the server's --query.timeout");
        }
        return undefined;
    }
    queryRejected(status, promError, query) {
        return new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj(`Prometheus at ${this.server} rejected a query (HTTP ${status}, ${this.redact(oneLine(promError, 300))}) ` +
            `for: ${oneLine(query, 200)}`, 'check the --namespace and --mesh settings; if the backend is not Prometheus, check that it supports this PromQL', { environmental: false });
    }
    timeoutError(timeoutMs, what) {
        return new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj(`Prometheus at ${this.server} did not answer within ${Math.round(timeoutMs / 100) / 10} s (${what})`, 'raise --timeout (per request) or --deadline (overall), query a shorter window or a larger --step, or check the server load');
    }
    networkError(error) {
        const code = (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .networkErrorCode */ .a0)(error);
        const detail = code ?? oneLine(this.redact(error?.message ?? String(error)), 120);
        if (code && PLAIN_HTTP_CODE.test(code) && this.server.startsWith('https://')) {
            const plain = `http://${this.server.slice('https://'.length)}`;
            return new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj(`the server at ${this.server} answered plain HTTP on an https:// URL (${code})`, `use --prometheus-url ${plain}, or the address where the server speaks TLS`, { environmental: false });
        }
        const failure = new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj(`cannot reach Prometheus at ${this.server}: ${detail}`, code && TLS_CODE.test(code)
            ? "the server's TLS certificate was not trusted: pass its CA with --prometheus-ca (or, for tests only, --insecure-skip-tls-verify)"
            : 'check --prometheus-url, that the server is running, and that this machine can reach it (DNS, firewall, port-forward)');
        if (code && _net_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RETRYABLE_NETWORK_CODES */ .FS.has(code))
            return new RetryableFailure(failure);
        return failure;
    }
}


/***/ }),

/***/ 53279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ readCapped),
/* harmony export */   KQ: () => (/* reexport safe */ _net_body_js__WEBPACK_IMPORTED_MODULE_3__.KQ),
/* harmony export */   V_: () => (/* binding */ expectResult),
/* harmony export */   Vv: () => (/* binding */ tlsTransport),
/* harmony export */   a0: () => (/* reexport safe */ _net_errors_js__WEBPACK_IMPORTED_MODULE_4__.a0),
/* harmony export */   k_: () => (/* binding */ isNearby),
/* harmony export */   oo: () => (/* binding */ sendWithinOrigin)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87176);
/* harmony import */ var _net_body_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27739);
/* harmony import */ var _net_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3688);
/**
 * One exchange with the server at the HTTP level: redirects followed within the configured origin only, and an
 * answer read up to a cap, so neither a redirect nor an endless body can take credentials or memory away.
 */






const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
/**
 * Sends one request, following same-origin redirects by hand. A redirect to another origin is refused: the
 * credentials (Authorization, X-Scope-OrgID, X-Api-Key, any --prometheus-header) and the query belong to the
 * configured server alone, and fetch's own redirect handling would carry custom headers (and a 307's body) across.
 */
async function sendWithinOrigin(fetchFn, start, exchange) {
    let url = start;
    let method = exchange.method;
    let form = exchange.form;
    for (let hop = 0;; hop++) {
        let headers = { ...exchange.headers };
        let body;
        if (form && method === 'POST') {
            headers['Content-Type'] = 'application/x-www-form-urlencoded';
            body = new URLSearchParams(form).toString();
        }
        // Signed per hop and per attempt: the signature covers this URL, method and body, and its time.
        if (exchange.sign)
            headers = await exchange.sign({ method, url, headers, body });
        exchange.onRequest?.();
        const response = await fetchFn(url, {
            method,
            headers,
            body,
            signal: exchange.signal,
            redirect: 'manual',
        });
        const location = response.headers.get('location');
        if (!REDIRECT_STATUSES.has(response.status) || !location)
            return { response, url };
        await response.body?.cancel();
        const target = new URL(location, url);
        if (target.origin !== start.origin) {
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MetricsError */ .kj(`Prometheus at ${exchange.server} redirected to another origin (${target.origin}): not followed, so ` +
                'its credentials and headers stay with the configured server', `set --prometheus-url to the server that answers the queries itself (if you trust it: ${target.origin})`, { environmental: false });
        }
        if (hop + 1 >= MAX_REDIRECTS) {
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MetricsError */ .kj(`Prometheus at ${exchange.server} redirected more than ${MAX_REDIRECTS} times`, 'set --prometheus-url to the URL the server finally answers on', { environmental: false });
        }
        // 307/308 repeat the request as it was; the others turn a POST into a GET, so its form moves to the URL.
        if (response.status !== 307 && response.status !== 308 && method === 'POST') {
            method = 'GET';
            for (const [key, value] of Object.entries(form ?? {}))
                target.searchParams.set(key, value);
            form = undefined;
        }
        url = target;
    }
}
/** A host on this machine, a private network or a cluster's own DNS, where bandwidth is not the cost. */
function isNearby(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (host === 'localhost' || host.endsWith('.localhost'))
        return true;
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIPv4)(host)) {
        const [a, b] = host.split('.').map(Number);
        return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
    }
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIPv6)(host))
        return host === '::1' || /^f[cd]/.test(host);
    // A name without a dot resolves inside the cluster's (or the host's) own search domains.
    return !host.includes('.') || host.endsWith('.svc') || host.endsWith('.cluster.local');
}
/**
 * A fetch with a custom CA or without verification: undici's own fetch and Agent (Node's fetch takes no TLS
 * options), and how to release its connection pool.
 */
async function tlsTransport(options) {
    let ca;
    if (options.caFile) {
        try {
            ca = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(options.caFile, 'utf8');
        }
        catch (error) {
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MetricsError */ .kj(`cannot read the Prometheus CA file ${options.caFile}: ${error.message}`, 'point --prometheus-ca at a readable PEM file', { environmental: false });
        }
    }
    const undici = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 46752, 19));
    const agent = new undici.Agent({ connect: { ca, rejectUnauthorized: !options.insecureSkipVerify } });
    const tlsFetch = (input, init) => undici.fetch(input, { ...init, dispatcher: agent });
    return { fetch: tlsFetch, close: () => agent.close() };
}
/** Reads a body up to `maxBytes`, cancelling the stream at the first byte beyond it (BodyTooLarge). */
async function readCapped(response, maxBytes) {
    const body = await (0,_net_body_js__WEBPACK_IMPORTED_MODULE_3__/* .readCappedStream */ .Ko)(response.body, maxBytes, Number(response.headers.get('content-length')));
    return { text: body.toString('utf8'), bytes: body.byteLength };
}
/** The `data.result` of a successful answer, if it has the expected type. */
function expectResult(data, resultType, url) {
    const payload = data;
    if (!payload || payload.resultType !== resultType || !Array.isArray(payload.result)) {
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MetricsError */ .kj(`the server at ${url} did not answer like a Prometheus API (expected a ${resultType} result)`, 'set --prometheus-url to the Prometheus base URL (the one serving /api/v1/query), not a UI, proxy login or other page');
    }
    return payload.result;
}


/***/ }),

/***/ 27615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WU: () => (/* binding */ sourceEntry)
});

// UNUSED EXPORTS: SOURCES, SOURCE_ENTRY_NAMES

// EXTERNAL MODULE: ./src/core/types.ts + 1 modules
var types = __webpack_require__(87176);
;// CONCATENATED MODULE: ./src/sources/prometheus/entry.ts
const PROMETHEUS = {
    name: 'prometheus',
    needs: { url: true, cluster: 'optional' },
    replaysLive: false,
    async build({ config, mesh }) {
        const { PrometheusSource } = await __webpack_require__.e(/* import() */ 555).then(__webpack_require__.bind(__webpack_require__, 5555));
        return new PrometheusSource({ ...config.prometheus, url: config.prometheus.url, mesh });
    },
    status: {
        title: 'Prometheus',
        async probe(config, now) {
            const { probePrometheus } = await Promise.all(/* import() */[__webpack_require__.e(555), __webpack_require__.e(90)]).then(__webpack_require__.bind(__webpack_require__, 98090));
            return probePrometheus({ ...config, prometheus: { ...config.prometheus, url: config.prometheus.url } }, now);
        },
    },
};

// EXTERNAL MODULE: ./src/mesh/dialects/index.ts
var dialects = __webpack_require__(23709);
;// CONCATENATED MODULE: ./src/sources/sidecars/entry.ts
/**
 * The mesh's proxies read directly, through the Kubernetes API's pod proxy: needs the cluster, and watches a
 * window live (no history). Which pods serve a service's view is the dialect's: each pod's own proxy, or the
 * waypoints in ambient.
 */

const SIDECARS = {
    name: 'sidecars',
    needs: { url: false, cluster: 'required' },
    replaysLive: false,
    async build({ config, connection, mesh, now, sleep }) {
        const { SidecarSource } = await __webpack_require__.e(/* import() */ 370).then(__webpack_require__.bind(__webpack_require__, 12370));
        const { podProxyFetcher } = await Promise.all(/* import() */[__webpack_require__.e(737), __webpack_require__.e(547), __webpack_require__.e(323)]).then(__webpack_require__.bind(__webpack_require__, 17323));
        const { discoverMesh } = await __webpack_require__.e(/* import() */ 242).then(__webpack_require__.bind(__webpack_require__, 19242));
        const conn = connection;
        const dialect = (0,dialects.dialectFor)(mesh);
        return new SidecarSource({
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
                    .map((p) => ({ namespace: s.namespace, pod: p.name, service: s.name, labels: p.labels })));
            },
            fetchMetrics: podProxyFetcher(conn.core),
            // The run's clock, the same one that placed the window: a watch on another clock misses it.
            now,
            sleep,
        }, {
            dialect,
            intervalMs: config.sidecars.intervalMs,
            concurrency: config.sidecars.concurrency,
            maxScrapeBytes: config.sidecars.maxScrapeBytes,
        });
    },
};

;// CONCATENATED MODULE: ./src/sources/simulated/entry.ts
const SIMULATED = {
    name: 'simulated',
    needs: { url: false, cluster: 'none' },
    replaysLive: true,
    async build({ config, faultFrom }) {
        const [{ SimulatedSource }, { dialectOf }] = await Promise.all([
            __webpack_require__.e(/* import() */ 469).then(__webpack_require__.bind(__webpack_require__, 68469)),
            Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 23709)),
        ]);
        return new SimulatedSource({
            topology: config.simulated.topology,
            seed: config.simulated.seed,
            faults: config.simulated.faults,
            rollouts: config.simulated.rollouts,
            ...(faultFrom !== undefined ? { faultFrom } : {}),
            // --mesh: the simulated traffic as that dialect's proxies would show it.
            ...(config.mesh !== 'auto' ? { dialect: dialectOf(config.mesh) } : {}),
        });
    },
};

;// CONCATENATED MODULE: ./src/sources/registry.ts
/**
 * Every metrics source, in the order the CLI lists them. Adding a backend is a folder under sources/ with its
 * source, its entry (copy prometheus/entry.ts) and its tests, and a line here; SOURCE_NAMES in
 * core/metrics-source.ts, which the settings are checked against, lists the same names (a test keeps them equal).
 */




const SOURCES = [SIMULATED, PROMETHEUS, SIDECARS];
const SOURCE_ENTRY_NAMES = SOURCES.map((entry) => entry.name);
function sourceEntry(name) {
    const entry = SOURCES.find((candidate) => candidate.name === name);
    if (!entry)
        throw new types/* ConfigError */.xL(`unknown metrics source "${name}"`, `use one of ${SOURCE_ENTRY_NAMES.join(', ')}`);
    return entry;
}


/***/ })

};

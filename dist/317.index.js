export const id = 317;
export const ids = [317];
export const modules = {

/***/ 92317:
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

// EXTERNAL MODULE: ./src/core/learn.ts + 1 modules
var learn = __webpack_require__(9886);
// EXTERNAL MODULE: ./src/core/edges.ts
var edges = __webpack_require__(45869);
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
// EXTERNAL MODULE: ./src/core/judge/onset.ts
var onset = __webpack_require__(41448);
// EXTERNAL MODULE: ./src/core/judge/edges.ts
var judge_edges = __webpack_require__(57873);
// EXTERNAL MODULE: ./src/core/model/slow-tail.ts
var slow_tail = __webpack_require__(95751);
// EXTERNAL MODULE: ./src/core/series.ts
var core_series = __webpack_require__(34990);
;// CONCATENATED MODULE: ./src/core/judge/recent.ts





const LATENCY_METRICS = ['latencyP50', 'latencyP90', 'latencyP99'];
/**
 * A baseline of the service's latency alone, learned from the reference window. Half an hour says nothing of its
 * traffic (a quiet service's rate swings from one few-minute slice to the next) nor of its modes: no rate, no
 * silence, no model — the latency rules and the slow-tail count judge it.
 */
function latencyFromReference(series, config, stepMs) {
    const learned = (0,learn/* learnService */.IF)(series, config, stepMs);
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
    return { baselines: out, notes };
}

// EXTERNAL MODULE: ./src/core/judge/service.ts + 4 modules
var service = __webpack_require__(36816);
// EXTERNAL MODULE: ./src/core/origin.ts + 3 modules
var origin = __webpack_require__(95674);
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
    const callers = (0,edges/* edgesByCallee */.OH)(collected.edges.filter((edge) => edge.side === 'client'));
    return {
        ...collected,
        services: collected.services.map((series) => (0,edges/* withCallerSignals */.ZV)(series, callers.get((0,types/* serviceId */.fH)(series.service)) ?? [])),
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
        const verdict = (0,service/* detectServiceAnomalies */.A)(series, judged.baselines.get(id) ?? null, config, collected.stepMs, windowSteps, collected.from);
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
                verdict: (0,service/* detectServiceAnomalies */.A)(emptySeries(key, steps), judged.baselines.get(id) ?? known, config, collected.stepMs, windowSteps, collected.from),
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
    const results = judgeServices(collected, baseline, config, {
        baselines: recent.baselines,
        windowSteps,
        inventory: extra.inventory,
    });
    const onsets = referenceCollected
        ? (0,onset/* markOnsets */.i)(results, referenceCollected, byId, config, windowSteps)
        : { services: results, notes: [] };
    // What each service's callers see that its own proxy does not: the network, their retries and overflows.
    const seenByCallers = (0,judge_edges/* judgeCallerView */.ow)(collected, baseline, config, windowSteps, referenceCollected);
    const edges = collected.edges && extra.inventory
        ? callersThroughDiscovery(collected.edges, extra.inventory)
        : collected.edges;
    // During a rollout, the new version against the old in the same minutes (beside the baseline, not instead).
    const rolled = (0,rollouts/* withRollouts */.R)(collected, referenceCollected, onsets.services.map(({ key, verdict }) => {
        const withCallers = (0,judge_edges/* withCallerFindings */.YB)(verdict, seenByCallers.get((0,types/* serviceId */.fH)(key)));
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
            (plane.version ? ` (${(0,dialects/* controlPlaneTitle */.CH)(plane.mesh)} ${plane.version})` : ''));
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
    let window = (0,load/* resolveWindow */.LI)({ from: ctx.window?.from, to: ctx.window?.to, durationMs }, now);
    // Learning wants normal behaviour, which a source with history already holds: read the last `duration`
    // at once rather than wait for it. The simulated mesh replays its recent past for scans too.
    if (window.live &&
        env.source.hasHistory &&
        (purpose === 'learn' || (0,registry/* sourceEntry */.WU)(env.source.name).replaysLive)) {
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
    const callersOf = (0,edges/* edgesByCallee */.OH)(collected.edges ?? []);
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
    const deployedAt = (0,app_reference/* plannedDeployTime */.$)(config, ctx.window, ctx.deployedAt, duration, baseline.stepMs, ctx.now());
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
        reference = await (0,app_reference/* readReference */.W)(env.source, deployedAt, config, baseline.stepMs, env.inventory?.services, ctx.signal);
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
/* harmony export */   $: () => (/* binding */ plannedDeployTime),
/* harmony export */   W: () => (/* binding */ readReference)
/* harmony export */ });
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56280);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87176);
/* harmony import */ var _sources_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27615);
/**
 * The reference window right before the deploy: where it lies, and reading it from a source
 * with history. The comparison itself is pure (core/judge/onset.ts).
 */



/** The scan window as collectWindow will place it, on the step grid (a live scan on the simulated mesh replays). */
function plannedScanWindow(config, window, durationMs, stepMs, now) {
    const planned = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveWindow */ .LI)({ from: window?.from, to: window?.to, durationMs }, now);
    const replay = planned.live && (0,_sources_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .sourceEntry */ .WU)(config.source).replaysLive;
    const from = Math.floor((replay ? now - durationMs : planned.from) / stepMs) * stepMs;
    const to = replay ? now : planned.to;
    return { from, to };
}
/**
 * When the deploy happened: --deployed-at, else the start of the scan window as collectWindow will place
 * it. Null when the comparison is off. A deploy time after the window's start is refused: the window before
 * the deploy would then cover the scan itself, and the deploy's own fault would read as already there.
 */
function plannedDeployTime(config, window, deployedAt, durationMs, stepMs, now) {
    if (config.gate.before <= 0)
        return null;
    const scan = plannedScanWindow(config, window, durationMs, stepMs, now);
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

// EXTERNAL MODULE: ./src/core/origin.ts + 3 modules
var origin = __webpack_require__(95674);
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
;// CONCATENATED MODULE: ./src/core/judge/rollout-signals.ts
/** The per-request signals a rollout's versions are compared on, and how the comparisons' figures are rounded. */

const ROLLOUT_SIGNAL_SPECS = [
    { signal: 'errors', metric: 'errorRatio', type: 'error_rate' },
    { signal: 'timeouts', metric: 'timeoutRatio', type: 'timeout' },
    { signal: 'retries', metric: 'retryRatio', type: 'retry_storm' },
    { signal: 'overflows', metric: 'overflowRatio', type: 'circuit_breaker' },
    { signal: 'latencyP50', metric: 'latencyP50', type: 'latency', quantile: 0.5 },
    { signal: 'latencyP99', metric: 'latencyP99', type: 'latency', quantile: 0.99 },
];
function round(value) {
    return (0,numbers/* significant */.I1)(value, 6);
}
function roundOrNull(value) {
    return value === null || value === undefined || !Number.isFinite(value) ? null : round(value);
}

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
/** Several versions as one side: requests and events add up, buckets add up, latencies request-weighted. */
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
    if (sameBuckets)
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
    if (metric === 'latencyP50' || metric === 'latencyP90' || metric === 'latencyP99')
        return ['latencyP50', 'latencyP99'];
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
 * its type unless that one is more severe (the version's evidence is the plainer explanation).
 */
function mergeRolloutFindings(own, versions) {
    const rank = (f) => (0,types/* severityRank */.qs)(f.severity);
    const out = [...own];
    for (const v of versions) {
        const index = out.findIndex((f) => f.type === v.type);
        if (index < 0)
            out.push(v);
        else if (rank(v) >= rank(out[index]) || out[index].rollout?.moved === 'both')
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
 * Both versions over the scan window on one metric: the first signal the new version is worse on, else its
 * median latency where there are buckets, else its error ratio.
 */
function rolloutChart(judgement, scan) {
    const worse = judgement.comparisons.find((c) => c.verdict === 'worse');
    const bucketed = judgement.pair.newer.latencyBuckets !== undefined;
    const metric = judgement.findings[0]?.metric ?? worse?.metric ?? (bucketed ? 'latencyP50' : 'errorRatio');
    const steps = judgement.pair.newer.requests.length;
    const perPoint = Math.max(1, Math.ceil(steps / CHART_POINTS));
    return {
        metric,
        new: downsample(judgement.pair.newer, metric, scan.from, scan.stepMs, perPoint),
        old: downsample(judgement.pair.older, metric, scan.from, scan.stepMs, perPoint),
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
    if (spec.signal === 'latencyP50')
        return oldShare + MEDIAN_SHARE_MARGIN;
    if (spec.signal === 'latencyP99')
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
    const bucketed = newer.latencyBuckets !== undefined && older.latencyBuckets !== undefined;
    for (const spec of ROLLOUT_SIGNAL_SPECS) {
        const compared = compareSignal(pair, spec, { keep, shared, bucketed, minRequests, dispersion });
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
    const { newer, older } = pair;
    const { keep, shared, bucketed, minRequests, dispersion } = window;
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
            deployedAt: deployedAt === null ? null : new Date(deployedAt).toISOString(),
        });
    }
    return charts;
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

/***/ 95674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o6: () => (/* binding */ rankOrigins),
  RN: () => (/* reexport */ signalKind)
});

// UNUSED EXPORTS: onsetStep

// EXTERNAL MODULE: ./src/core/types.ts + 1 modules
var types = __webpack_require__(87176);
// EXTERNAL MODULE: ./src/core/numbers.ts
var numbers = __webpack_require__(85993);
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
const round = (x) => (0,numbers/* roundTo */.GB)(x, 3);
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
        return { ...base, carried: round(Math.min(carried, 1)), edgeErrors: Math.round(edge.errors) };
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
        carried: round(Math.min(carried, 1)),
        edgeP99Ms: round(edgeP99),
        ...(calleeNormal !== null ? { calleeNormalP99Ms: round(calleeNormal) } : {}),
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

// EXTERNAL MODULE: ./src/core/series.ts
var series = __webpack_require__(34990);
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
    const onsets = input.findings.map((f) => onsetStep(f, services.get(`${f.namespace}/${f.service}`)?.series));
    const windowSeconds = Math.max(1, input.windowMs / 1000);
    const summary = (id, metric) => services.get(id)?.metrics[metric];
    const observedOf = (id, metric) => {
        const s = services.get(id);
        return s?.metrics[metric]?.observed ?? (s?.series ? (0,series/* aggregateMetric */.Uj)(s.series, metric) : null);
    };
    return { input, services, byService, views, callees, callers, onsets, windowSeconds, summary, observedOf };
}
/** The earliest onset among a service's findings of one kind, and whether it has any. */
function kindOnset(graph, id, kinds, type) {
    let has = false;
    let onset = null;
    for (const i of graph.byService.get(id) ?? []) {
        if (!kinds.includes(signalKind(graph.input.findings[i].type)))
            continue;
        if (type && graph.input.findings[i].type !== type)
            continue;
        has = true;
        const o = graph.onsets[i];
        if (o !== null && (onset === null || o < onset))
            onset = o;
    }
    return { has, onset };
}
/** The explaining trouble started no later than the explained (with a step of slack), or one onset is unknown. */
const inTime = (explainer, explained) => explainer === null || explained === null || explainer <= explained + ONSET_SLACK_STEPS;
/** What may explain one finding: traffic from its callers, errors and latency from its callees or the network. */
function explainFinding(graph, index) {
    return signalKind(graph.input.findings[index].type) === 'traffic'
        ? explainTraffic(graph, index)
        : explainFromCallees(graph, index);
}
function explainTraffic(graph, index) {
    const { callers, onsets, views } = graph;
    const f = graph.input.findings[index];
    const id = `${f.namespace}/${f.service}`;
    const out = [];
    // Traffic flows downstream: a surge or drop at a caller carried on the edge explains the callee's.
    const total = graph.services.get(id)?.requests ?? 0;
    for (const edge of callers.get(id) ?? []) {
        if (!edge.caller)
            continue;
        const from = (0,types/* serviceId */.fH)(edge.caller);
        if (from === id)
            continue;
        const upstream = kindOnset(graph, from, ['traffic'], f.type);
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
                edgeShare: round(share),
            },
            strength: share,
        });
    }
    // Callers retry failures: a surge at a service whose callers see its errors is those retries (each retry is
    // a new request at the callee's sidecar), so it follows the service's own errors.
    if (f.type === 'traffic_spike' && out.length === 0) {
        const own = kindOnset(graph, id, ['errors']);
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
function explainFromCallees(graph, index) {
    const { onsets, windowSeconds, summary, observedOf } = graph;
    const f = graph.input.findings[index];
    const id = `${f.namespace}/${f.service}`;
    const kind = signalKind(f.type);
    const out = [];
    // Errors and latency flow upstream: the callee's trouble, returned or waited on, shows at its callers.
    const networkGaps = [];
    for (const edge of graph.callees.get(id) ?? []) {
        const to = (0,types/* serviceId */.fH)(edge.callee);
        const downstream = kindOnset(graph, to, ['errors', 'latency']);
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
            }
        }
    }
    // Slower at the caller on the way to one callee that answers in its usual time: the network between them. On
    // the way to several: the caller's own side (its pod's network delays what it sends), so it is its own origin.
    if (networkGaps.length === 1)
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
                    root = { finding: at };
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
        const origin = 'network' in root
            ? originFor(root.network.by, root.network.network)
            : originFor(idOfFinding(graph, root.finding));
        const rootId = 'network' in root ? root.network.by : idOfFinding(graph, root.finding);
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
        if (origin.kind === 'network')
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
    const ownKinds = (id) => new Map((graph.byService.get(id) ?? [])
        .filter((i) => !best[i] && signalKind(findings[i].type) !== 'traffic')
        .map((i) => [signalKind(findings[i].type), graph.onsets[i]]));
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
    const kinds = serviceOrigins.map(([id]) => [...ownKinds(id)]);
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
        const upKinds = new Map(kinds[upIndex]);
        // In the order the origins were found, as the ranking has always applied them.
        for (const downIndex of reached.sort((a, b) => a - b)) {
            const down = serviceOrigins[downIndex][1];
            // A much weaker deviation downstream is more likely noise than the cause: it demotes nothing.
            if (!(up.score >= down.score && down.weight >= up.weight / 2))
                continue;
            const shared = kinds[downIndex].some(([kind, onset]) => upKinds.has(kind) && inTime(onset, upKinds.get(kind) ?? null));
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
        fresh.add(best[i] === null
            ? idOfFinding(graph, i)
            : 'network' in root
                ? root.network.by
                : idOfFinding(graph, root.finding));
    });
    const isFresh = (o) => fresh.has(o.kind === 'network' && o.caller
        ? `${o.caller.namespace}/${o.caller.service}->${o.namespace}/${o.service}`
        : `${o.namespace}/${o.service}`);
    return [...origins.values()]
        .sort((a, b) => Number(isFresh(b)) - Number(isFresh(a)) ||
        b.score - a.score ||
        `${a.namespace}/${a.service}`.localeCompare(`${b.namespace}/${b.service}`))
        .map(({ weight: _weight, ...rest }) => rest);
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
        const { PrometheusSource } = await __webpack_require__.e(/* import() */ 137).then(__webpack_require__.bind(__webpack_require__, 67137));
        return new PrometheusSource({ ...config.prometheus, url: config.prometheus.url, mesh });
    },
    status: {
        title: 'Prometheus',
        async probe(config, now) {
            const { probePrometheus } = await Promise.all(/* import() */[__webpack_require__.e(137), __webpack_require__.e(90)]).then(__webpack_require__.bind(__webpack_require__, 98090));
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
        const { SidecarSource } = await __webpack_require__.e(/* import() */ 778).then(__webpack_require__.bind(__webpack_require__, 23778));
        const { podProxyFetcher } = await Promise.all(/* import() */[__webpack_require__.e(737), __webpack_require__.e(547), __webpack_require__.e(323)]).then(__webpack_require__.bind(__webpack_require__, 17323));
        const { discoverMesh } = await __webpack_require__.e(/* import() */ 242).then(__webpack_require__.bind(__webpack_require__, 19242));
        const conn = connection;
        const dialect = (0,dialects/* dialectFor */.Sw)(mesh);
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
                    .map((p) => ({ namespace: s.namespace, pod: p.name, service: s.name })));
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
        const { SimulatedSource } = await __webpack_require__.e(/* import() */ 89).then(__webpack_require__.bind(__webpack_require__, 71118));
        return new SimulatedSource({
            topology: config.simulated.topology,
            seed: config.simulated.seed,
            faults: config.simulated.faults,
            rollouts: config.simulated.rollouts,
            ...(faultFrom !== undefined ? { faultFrom } : {}),
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

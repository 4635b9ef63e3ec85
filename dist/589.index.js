export const id = 589;
export const ids = [589];
export const modules = {

/***/ 30902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ detectServiceAnomalies),
/* harmony export */   gI: () => (/* binding */ formatMetric)
/* harmony export */ });
/* unused harmony exports modelSeverity, ruleSeverity, expectedRequestRate, persistsToTheEnd, summarizeMetrics */
/* harmony import */ var _ml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98442);
/* harmony import */ var _learn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49205);
/* harmony import */ var _traffic_profile_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58754);
/* harmony import */ var _signals_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50970);
/* harmony import */ var _timeseries_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93123);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38522);






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
const UNITS = {
    requestRate: (v) => `${fmt(v)} req/s`,
    errorRatio: pct,
    latencyP50: (v) => `${fmt(v)} ms`,
    latencyP90: (v) => `${fmt(v)} ms`,
    latencyP99: (v) => `${fmt(v)} ms`,
    retryRatio: pct,
    timeoutRatio: pct,
    overflowRatio: pct,
    ejectionRate: (v) => `${fmt(v)}/s`,
};
function fmt(v) {
    return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(1) : v.toPrecision(2);
}
function pct(v) {
    return `${(v * 100).toFixed(v < 0.001 ? 3 : v < 0.1 ? 2 : 1)}%`;
}
function formatMetric(metric, value) {
    return UNITS[metric](value);
}
const LABELS = {
    requestRate: 'request rate',
    errorRatio: 'error ratio',
    latencyP50: 'p50 latency',
    latencyP90: 'p90 latency',
    latencyP99: 'p99 latency',
    retryRatio: 'retry ratio',
    timeoutRatio: 'timeout ratio',
    overflowRatio: 'overflow ratio',
    ejectionRate: 'outlier ejections',
};
/** The rate the baseline expects over this series' steps. */
function expectedRequestRate(baseline, steps, stepMs, from) {
    if (baseline.hourlyRate && from !== undefined && steps > 0) {
        let sum = 0;
        for (let i = 0; i < steps; i++)
            sum += (0,_traffic_profile_js__WEBPACK_IMPORTED_MODULE_5__/* .expectedRateAt */ .A4)(baseline.hourlyRate, from + (i + 0.5) * stepMs);
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
        observed: round(fields.observed),
        expected: round(expected),
        expectedRange: [round(stats?.p5 ?? expected), round(stats?.p95 ?? expected)],
        threshold: round(fields.threshold),
        score: round(fields.score),
        description: `${LABELS[fields.metric]} ${formatMetric(fields.metric, fields.observed)} ${reason}`,
    };
}
function round(x) {
    return Number.isFinite(x) ? Number(x.toPrecision(6)) : x;
}
/** The static rules: absolute bounds and ratios to the baseline that nobody needs a model for. */
function ruleFindings(ctx) {
    const { rules } = ctx.config;
    const out = [];
    const o = ctx.observed;
    const base = (m) => ctx.baseline.metrics[m]?.mean ?? null;
    const rate = o.requestRate;
    const baseRate = ctx.expectedRate;
    const usual = ctx.baseline.hourlyRate && ctx.from !== undefined ? 'expected at this hour' : 'baseline mean';
    if (rate != null && baseRate != null && baseRate > 0) {
        const spike = baseRate * rules.trafficSpikeFactor;
        const drop = baseRate * rules.trafficDropFactor;
        if (rate > spike) {
            const sev = ruleSeverity(rate / spike);
            out.push(finding(ctx, {
                type: 'traffic_spike',
                severity: sev,
                detector: 'rule',
                metric: 'requestRate',
                observed: rate,
                threshold: spike,
                score: rate / spike,
                reason: `is above ${rules.trafficSpikeFactor}x the ${formatMetric('requestRate', baseRate)} ${usual}`,
            }));
        }
        else if (rate < drop) {
            const ratio = drop / Math.max(rate, 1e-9);
            out.push(finding(ctx, {
                type: 'traffic_drop',
                severity: ruleSeverity(ratio),
                detector: 'rule',
                metric: 'requestRate',
                observed: rate,
                threshold: drop,
                score: Math.min(ratio, 1e6),
                reason: `is below ${rules.trafficDropFactor}x the ${formatMetric('requestRate', baseRate)} ${usual}`,
            }));
        }
    }
    const errors = o.errorRatio;
    if (errors != null && errors > rules.errorRatio) {
        out.push(finding(ctx, {
            type: 'error_rate',
            severity: ruleSeverity(errors / rules.errorRatio),
            detector: 'rule',
            metric: 'errorRatio',
            observed: errors,
            threshold: rules.errorRatio,
            score: errors / rules.errorRatio,
            reason: `is above the ${pct(rules.errorRatio)} limit`,
        }));
    }
    // Relative: far above this service's own normal, and too many to be chance (binomial z over the
    // window's requests). Catches "10x the usual errors" long before an absolute 5% limit would.
    const requests = (0,_timeseries_js__WEBPACK_IMPORTED_MODULE_3__/* .totalRequests */ .Xi)(ctx.series);
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
            out.push(finding(ctx, {
                type,
                severity: ruleSeverity(value / threshold),
                detector: 'rule',
                metric,
                observed: value,
                threshold,
                score: value / threshold,
                reason: `is over ${RELATIVE_FACTOR}x its usual ${pct(usualRatio)} (z = ${z.toFixed(0)} over ${Math.round(requests)} requests)`,
            }));
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
                reason: `is above ${rules.latencyFactor}x its baseline ${formatMetric('latencyP99', baseP99)}`,
            });
        const worst = bounds.sort((a, b) => p99 / b.limit - p99 / a.limit)[0];
        if (worst && p99 > worst.limit) {
            out.push(finding(ctx, {
                type: 'latency',
                severity: ruleSeverity(p99 / worst.limit),
                detector: 'rule',
                metric: 'latencyP99',
                observed: p99,
                threshold: worst.limit,
                score: p99 / worst.limit,
                reason: worst.reason,
            }));
        }
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
        if (value > threshold) {
            out.push(finding(ctx, {
                type,
                severity: ruleSeverity(value / threshold),
                detector: 'rule',
                metric,
                observed: value,
                threshold,
                score: value / threshold,
                reason: `is above the ${pct(threshold)} limit`,
            }));
        }
    }
    return out;
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** Raise a severity one band (critical stays critical). */
function confirmed(severity) {
    return _types_js__WEBPACK_IMPORTED_MODULE_4__/* .SEVERITIES */ .oC[Math.min(_types_js__WEBPACK_IMPORTED_MODULE_4__/* .SEVERITIES */ .oC.length - 1, (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .severityRank */ .qs)(severity) + 1)];
}
/** The scan's windows as the model sees them (traffic as a share of the hour's usual rate when learned so). */
function scanVectors(ctx, spec, model, windowSteps) {
    const used = (0,_learn_js__WEBPACK_IMPORTED_MODULE_1__/* .availableMetrics */ .vd)(spec, ctx.series.unavailable).filter((m) => model.metrics.includes(m));
    if (used.length !== model.metrics.length)
        return null;
    let series = ctx.series;
    if (model.relativeToProfile) {
        // Learned as a share of the hour's usual traffic: judge the scan the same way, or not at all.
        if (!ctx.baseline.hourlyRate || ctx.from === undefined)
            return null;
        series = (0,_learn_js__WEBPACK_IMPORTED_MODULE_1__/* .withRelativeTraffic */ .QU)(series, ctx.baseline.hourlyRate, ctx.from, ctx.stepMs);
    }
    const size = Math.min(windowSteps, series.requests.length);
    const vectors = (0,_learn_js__WEBPACK_IMPORTED_MODULE_1__/* .signalVectors */ .XY)(series, used, size, Math.max(1, Math.floor(size / 2)));
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
    const overall = (0,_timeseries_js__WEBPACK_IMPORTED_MODULE_3__/* .aggregateMetric */ .Uj)(series, metric);
    const end = (0,_timeseries_js__WEBPACK_IMPORTED_MODULE_3__/* .aggregateMetric */ .Uj)(series, metric, steps - tail, steps);
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
    const scores = vectors.map((v) => (0,_ml_js__WEBPACK_IMPORTED_MODULE_0__/* .scoreWindow */ .nN)(model, v, ctx.config.model.sensitivity));
    const score = median(scores.map((s) => s.score));
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
    const metric = used[Math.floor(strongest / _ml_js__WEBPACK_IMPORTED_MODULE_0__/* .FEATURE_NAMES */ .K7.length)];
    const feature = _ml_js__WEBPACK_IMPORTED_MODULE_0__/* .FEATURE_NAMES */ .K7[strongest % _ml_js__WEBPACK_IMPORTED_MODULE_0__/* .FEATURE_NAMES */ .K7.length];
    const meanDeviation = typical.deviation[Math.floor(strongest / _ml_js__WEBPACK_IMPORTED_MODULE_0__/* .FEATURE_NAMES */ .K7.length) * _ml_js__WEBPACK_IMPORTED_MODULE_0__/* .FEATURE_NAMES */ .K7.length];
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
        const means = vectors.map((v) => v[i * _ml_js__WEBPACK_IMPORTED_MODULE_0__/* .FEATURE_NAMES */ .K7.length]);
        const score = (0,_ml_js__WEBPACK_IMPORTED_MODULE_0__/* .envelopeScore */ .j5)(envelope, median(means), sensitivity);
        if (Math.abs(score) < 1 || (spec.direction === 'up' && score < 0))
            return;
        // Persistence, as for the clusters: the last window must still be outside on the same side.
        const last = (0,_ml_js__WEBPACK_IMPORTED_MODULE_0__/* .envelopeScore */ .j5)(envelope, means[means.length - 1], sensitivity);
        if (means.length >= 2 && (Math.sign(last) !== Math.sign(score) || Math.abs(last) < 1))
            return;
        let severity = modelSeverity(Math.abs(score));
        if (means.length >= CONFIRMING_WINDOWS &&
            means.every((m) => Math.abs((0,_ml_js__WEBPACK_IMPORTED_MODULE_0__/* .envelopeScore */ .j5)(envelope, m, sensitivity)) >= 1)) {
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
            reason: `is ${score > 0 ? 'above' : 'below'} the range its window means kept in training (bound ${formatMetric(metric, bound)})`,
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
        const level = (0,_timeseries_js__WEBPACK_IMPORTED_MODULE_3__/* .aggregateMetric */ .Uj)(series, metric);
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
    if (best && EVENT_RATIOS.has(best.metric) && best.observed * (0,_timeseries_js__WEBPACK_IMPORTED_MODULE_3__/* .totalRequests */ .Xi)(ctx.series) < MIN_EVENTS)
        return null;
    return best;
}
/** Keep one finding per type: the most severe, rule over model on a tie (its reason is plainer). */
function onePerType(findings) {
    const byType = new Map();
    for (const f of findings) {
        const current = byType.get(f.type);
        const better = !current ||
            (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .severityRank */ .qs)(f.severity) > (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .severityRank */ .qs)(current.severity) ||
            ((0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .severityRank */ .qs)(f.severity) === (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .severityRank */ .qs)(current.severity) &&
                f.detector === 'rule' &&
                current.detector === 'model');
        if (better)
            byType.set(f.type, f);
    }
    return [...byType.values()];
}
function summarizeMetrics(series, baseline) {
    const out = {};
    for (const metric of _types_js__WEBPACK_IMPORTED_MODULE_4__/* .METRIC_NAMES */ .Uw) {
        if (series.unavailable.includes(metric))
            continue;
        const stats = baseline?.metrics[metric];
        const observed = (0,_timeseries_js__WEBPACK_IMPORTED_MODULE_3__/* .aggregateMetric */ .Uj)(series, metric);
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
    const requests = (0,_timeseries_js__WEBPACK_IMPORTED_MODULE_3__/* .totalRequests */ .Xi)(series);
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
    for (const metric of _types_js__WEBPACK_IMPORTED_MODULE_4__/* .METRIC_NAMES */ .Uw)
        observed[metric] = (0,_timeseries_js__WEBPACK_IMPORTED_MODULE_3__/* .aggregateMetric */ .Uj)(series, metric);
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
    for (const spec of _signals_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGNALS */ ._) {
        const model = baseline.models[spec.name];
        if (!model)
            continue;
        const f = modelFinding(ctx, spec, model, windowSteps);
        if (f)
            findings.push(f);
    }
    const kept = onePerType(findings).sort((a, b) => (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .severityRank */ .qs)(b.severity) - (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .severityRank */ .qs)(a.severity) || a.type.localeCompare(b.type));
    return { status: kept.length > 0 ? 'anomalous' : 'ok', requests, findings: kept, metrics };
}


/***/ }),

/***/ 89860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P9: () => (/* binding */ checkCompatibility),
/* harmony export */   hv: () => (/* binding */ BASELINE_SCHEMA_VERSION),
/* harmony export */   kZ: () => (/* binding */ writeBaselineAtomically),
/* harmony export */   mF: () => (/* binding */ readBaseline)
/* harmony export */ });
/* unused harmony exports serializeBaseline, parseBaseline */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9691);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38522);
/**
 * The baseline artifact: its versioned schema, atomic write (temp file + rename, so a crash never leaves
 * half a file), and read + validate + compatibility checks with one clear message per problem.
 */





const BASELINE_SCHEMA_VERSION = 1;
const finite = zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().refine(Number.isFinite, 'must be a finite number');
const metricName = zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_types_js__WEBPACK_IMPORTED_MODULE_3__/* .METRIC_NAMES */ .Uw);
const stats = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ mean: finite, p5: finite, p95: finite, std: finite, max: finite });
const model = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    metrics: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(metricName).min(1),
    windows: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().min(1),
    relativeToProfile: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().optional(),
    envelope: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ median: finite, low: finite, high: finite })).optional(),
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
const isoDate = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().refine((s) => Number.isFinite(Date.parse(s)), 'must be an RFC3339 time');
const baselineSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(BASELINE_SCHEMA_VERSION),
    tool: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz('smanalyzer'), version: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() }),
    createdAt: isoDate,
    source: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['simulated', 'prometheus', 'sidecars']),
    cluster: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ server: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), context: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() }).nullable(),
    namespaces: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()),
    window: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ from: isoDate, to: isoDate }),
    stepMs: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().positive(),
    featureWindowMs: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().positive(),
    histogramBuckets: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(finite),
    settings: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ kMax: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().min(1), seed: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int() }),
    services: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        namespace: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
        name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
        requests: finite,
        meanRate: finite,
        insufficient: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY(),
        hourlyRate: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(finite.refine((v) => v >= 0, 'must be 0 or more'))
            .length(24)
            .nullable()
            .optional(),
        metrics: zod__WEBPACK_IMPORTED_MODULE_4__/* .partialRecord */ .jgl(metricName, stats),
        models: zod__WEBPACK_IMPORTED_MODULE_4__/* .partialRecord */ .jgl(zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['traffic', 'errors', 'latency', 'retries', 'timeouts', 'overflow']), model),
        unavailable: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(metricName),
    })),
});
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
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path);
    sweepAbandonedTempFiles(dir, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path));
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        // Serialise before the temp file exists: the window in which a kill leaves a temp file stays short.
        const text = serializeBaseline(baseline);
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(temp, 'wx', 0o644);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, text);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temp, path);
        fsyncDirectory(dir);
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temp, { force: true });
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BaselineError */ .s$(`cannot write the baseline to ${path}: ${e.code ?? e.message}`, 'check that the directory exists and is writable');
    }
}
/** Temp files of this baseline whose writer process is gone. A live writer's temp file is left alone. */
function sweepAbandonedTempFiles(dir, name) {
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir);
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, entry), { force: true });
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
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(dir, 'r');
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
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
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BaselineError */ .s$(`${path} is not valid JSON${text.length > 0 ? ' (truncated or corrupted?)' : ' (empty file)'}`, 'learn a new baseline with `smanalyzer learn`');
    }
    const version = raw?.schemaVersion;
    if (typeof raw === 'object' && raw !== null && version !== BASELINE_SCHEMA_VERSION) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BaselineError */ .s$(`${path} has baseline schema version ${JSON.stringify(version ?? null)}; this smanalyzer reads version ${BASELINE_SCHEMA_VERSION}`, 'learn a new baseline with this version (`smanalyzer learn`)');
    }
    const parsed = baselineSchema.safeParse(raw);
    if (!parsed.success) {
        const problems = parsed.error.issues
            .slice(0, 5)
            .map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
        const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BaselineError */ .s$(`${path} is not a valid baseline: ${problems.join('; ')}${more}`, 'learn a new baseline with `smanalyzer learn`');
    }
    const baseline = parsed.data;
    if (Date.parse(baseline.createdAt) > now + 5 * 60_000) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BaselineError */ .s$(`${path} was created in the future (${baseline.createdAt})`, "check this machine's clock, or learn a new baseline");
    }
    if (Date.parse(baseline.window.from) >= Date.parse(baseline.window.to)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BaselineError */ .s$(`${path}: its window ends before it starts (${baseline.window.from} → ${baseline.window.to})`, 'learn a new baseline with `smanalyzer learn`');
    }
    if (baseline.featureWindowMs < baseline.stepMs) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BaselineError */ .s$(`${path}: its feature window (${baseline.featureWindowMs}ms) is shorter than its step (${baseline.stepMs}ms)`, 'learn a new baseline with `smanalyzer learn`');
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
                throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BaselineError */ .s$(`${path}: the ${signal} model of ${service.namespace}/${service.name} is inconsistent (k, centroids and thresholds disagree)`, 'learn a new baseline with `smanalyzer learn`');
            }
        }
    }
    return baseline;
}
function readBaseline(path, now) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BaselineError */ .s$(code === 'ENOENT' ? `no baseline at ${path}` : `cannot read the baseline ${path}: ${code}`, `learn one first: smanalyzer learn --baseline ${path}`);
    }
    return parseBaseline(text, path, now);
}
function checkCompatibility(baseline, scan, path) {
    const relearn = `learn a matching baseline: smanalyzer learn --source ${scan.source}${scan.namespaces.map((n) => ` --namespace ${n}`).join('')} --baseline ${path}`;
    if (baseline.source !== scan.source) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BaselineError */ .s$(`${path} was learned from ${baseline.source} metrics; this scan reads ${scan.source}`, relearn);
    }
    if (baseline.namespaces.length > 0) {
        const scanned = scan.namespaces.length > 0 ? scan.namespaces : ['(all namespaces)'];
        const outside = scanned.filter((ns) => !baseline.namespaces.includes(ns));
        if (outside.length > 0) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BaselineError */ .s$(`${path} covers namespaces ${baseline.namespaces.join(', ')}; this scan asks for ${outside.join(', ')}`, relearn);
        }
    }
    if (scan.histogramBuckets &&
        scan.histogramBuckets.length > 0 &&
        baseline.histogramBuckets.length > 0 &&
        scan.histogramBuckets.join(',') !== baseline.histogramBuckets.join(',')) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BaselineError */ .s$(`${path} was learned with latency buckets [${baseline.histogramBuckets.join(', ')}]; the mesh now reports [${scan.histogramBuckets.join(', ')}]`, relearn);
    }
    if (scan.cluster && baseline.cluster && scan.cluster.server !== baseline.cluster.server) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BaselineError */ .s$(`${path} was learned on cluster ${baseline.cluster.server}; this scan is on ${scan.cluster.server}`, relearn);
    }
}


/***/ }),

/***/ 22973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Gm: () => (/* binding */ parseFault),
/* harmony export */   LI: () => (/* binding */ resolveWindow),
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   lv: () => (/* binding */ parseSeverity)
/* harmony export */ });
/* unused harmony exports DEFAULT_CONFIG, parseRatio, parseFactor, parseTime, didYouMean, parseConfigFile, validateConfig */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33243);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88532);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38522);
/**
 * Configuration: defaults < YAML file < action inputs / CLI flags, with units ("5m", "5%", "2x")
 * parsed once here and one clear message per bad field. The YAML schema is validated with zod.
 */




const DEFAULT_CONFIG = {
    source: 'simulated',
    namespaces: [],
    baselinePath: 'smanalyzer-baseline.json',
    stepMs: 15_000,
    featureWindowMs: 120_000,
    learnDurationMs: 24 * 3_600_000,
    scanDurationMs: 300_000,
    rules: {
        errorRatio: 0.05,
        trafficSpikeFactor: 2,
        trafficDropFactor: 0.5,
        latencyP99Ms: null,
        latencyFactor: 2,
        retryRatio: 0.1,
        timeoutRatio: 0.02,
        overflowRatio: 0.01,
    },
    model: { sensitivity: 1, kMax: 4, seed: 42 },
    gate: {
        failOn: 'high',
        maxAnomalies: 0,
        minRequests: 100,
        warnOnly: false,
        onInsufficientData: 'warn',
        onError: 'fail',
    },
    prometheus: {
        url: null,
        headers: {},
        bearerToken: null,
        basicAuth: null,
        caFile: null,
        insecureSkipVerify: false,
        reporter: 'destination',
        timeoutMs: 30_000,
        concurrency: 8,
    },
    kube: { kubeconfig: null, context: null },
    sidecars: { intervalMs: 15_000, concurrency: 16 },
    simulated: { topology: 'bookinfo', seed: 1, faults: [] },
};
const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** "90s", "5m", "1h30m", "250ms" → milliseconds. A bare number is refused: its unit would be a guess. */
function parseDuration(text) {
    const trimmed = String(text).trim();
    const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)];
    if (parts.length === 0 || parts.map((p) => p[0]).join('') !== trimmed) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`"${trimmed}" is not a duration`, 'write a number with a unit, like 90s, 5m, 1h or 250ms');
    }
    return parts.reduce((sum, p) => sum + Number(p[1]) * DURATION_UNITS[p[2]], 0);
}
/** "5%" → 0.05; 0.05 → 0.05. A bare number above 1 is refused (is 5 meant as 5%?). */
function parseRatio(value, field) {
    const text = String(value).trim();
    const ratio = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
    if (!Number.isFinite(ratio) || ratio < 0 || ratio > 1) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${field}: "${text}" is not a ratio between 0 and 1`, `write it as a percentage, like 5%`);
    }
    return ratio;
}
/** "2x" → 2; 2 → 2. */
function parseFactor(value, field) {
    const text = String(value).trim();
    const factor = Number(text.endsWith('x') ? text.slice(0, -1) : text);
    if (!Number.isFinite(factor) || factor <= 0 || factor > 1000) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${field}: "${text}" is not a positive factor`, 'write it like 2x or 0.5x');
    }
    return factor;
}
function parseSeverity(text) {
    const value = String(text).trim().toLowerCase();
    if (_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.includes(value))
        return value;
    throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`"${text}" is not a severity`, `use one of ${_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.join(', ')}`);
}
/** "reviews:latency:3" → a simulated fault. */
function parseFault(text) {
    const [service, type, magnitude] = text.split(':');
    if (!service || !type || !_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ANOMALY_TYPES */ .Al.includes(type)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`"${text}" is not a fault to inject`, `write SERVICE:TYPE[:MAGNITUDE] with TYPE one of ${_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ANOMALY_TYPES */ .Al.join(', ')}`);
    }
    if (magnitude === undefined)
        return { service, type: type };
    const size = Number(magnitude);
    if (!Number.isFinite(size) || size < 0) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`fault "${text}": magnitude "${magnitude}" is not a number`, 'write it like reviews:latency:3');
    }
    return { service, type: type, magnitude: size };
}
/** Points in time: RFC3339, unix seconds, "now", or relative to now like "-15m". */
function parseTime(text, now) {
    const value = String(text).trim();
    if (value === 'now')
        return now;
    if (/^-\d/.test(value))
        return now - parseDuration(value.slice(1));
    if (/^\d+(\.\d+)?$/.test(value))
        return Math.round(Number(value) * 1000);
    const parsed = Date.parse(value);
    if (/^\d{4}-\d{2}-\d{2}/.test(value) && Number.isFinite(parsed))
        return parsed;
    throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`"${value}" is not a time`, 'use RFC3339 (2026-11-25T10:00:00Z), unix seconds, "now" or "-15m"');
}
/**
 * The window to analyse. With --from/--to it is a past window read from history;
 * otherwise a live window of `durationMs` that starts now.
 */
function resolveWindow(spec, now) {
    if (!spec.from && !spec.to)
        return { from: now, to: now + spec.durationMs, live: true };
    const to = spec.to ? parseTime(spec.to, now) : now;
    const from = spec.from ? parseTime(spec.from, now) : to - spec.durationMs;
    if (from >= to) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`the window is empty: --from ${new Date(from).toISOString()} is not before --to ${new Date(to).toISOString()}`, 'give a --from earlier than --to');
    }
    if (to > now + 60_000) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`--to ${new Date(to).toISOString()} is in the future`, 'analyse a window that has ended, or use --duration for a live scan');
    }
    return { from, to, live: false };
}
// ---- The YAML file ---------------------------------------------------------------------------
/** A scalar the unit parsers read; anything else (a list, a map, a boolean) gets one message naming the units. */
const scalar = (example) => zod__WEBPACK_IMPORTED_MODULE_3__/* .custom */ .IeY((v) => typeof v === 'string' || typeof v === 'number', `expected a value like ${example}`);
const duration = scalar('90s, 5m or 1h').transform((v, ctx) => {
    try {
        return parseDuration(String(v));
    }
    catch (e) {
        ctx.addIssue({ code: 'custom', message: e.message + ' (write it like 90s, 5m or 1h)' });
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
});
const unitValue = (parse, example) => scalar(example).transform((v, ctx) => {
    try {
        return parse(v, '');
    }
    catch (e) {
        ctx.addIssue({ code: 'custom', message: e.message.replace(/^: /, '') });
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
});
const ratio = unitValue(parseRatio, '5%');
const factor = unitValue(parseFactor, '2x');
const severity = zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC);
const fileSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    source: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['simulated', 'prometheus', 'sidecars']).optional(),
    // An explicit empty list is a mistake more often than a wish: "every namespace" is spelled by leaving it out.
    namespaces: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1))
        .min(1, 'an empty list names no namespace (remove the key to analyse every namespace)')
        .optional(),
    baseline: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).optional(),
    step: duration.optional(),
    featureWindow: duration.optional(),
    learnDuration: duration.optional(),
    scanDuration: duration.optional(),
    rules: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
        errorRatio: ratio.optional(),
        trafficSpike: factor.optional(),
        trafficDrop: factor.optional(),
        latencyP99: zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([duration, zod__WEBPACK_IMPORTED_MODULE_3__/* ["null"] */ .chJ()]).optional(),
        latencyFactor: factor.optional(),
        retryRatio: ratio.optional(),
        timeoutRatio: ratio.optional(),
        overflowRatio: ratio.optional(),
    })
        .optional(),
    model: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
        sensitivity: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().positive().max(100).optional(),
        kMax: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(1).max(12).optional(),
        seed: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().optional(),
    })
        .optional(),
    gate: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
        failOn: severity.optional(),
        maxAnomalies: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0).max(1_000_000).optional(),
        minRequests: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0).max(1_000_000_000).optional(),
        warnOnly: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional(),
        onInsufficientData: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['pass', 'warn', 'fail']).optional(),
        onError: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['fail', 'warn']).optional(),
    })
        .optional(),
    prometheus: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
        url: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().url().optional(),
        headers: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).optional(),
        reporter: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['destination', 'source']).optional(),
        timeout: duration.optional(),
        concurrency: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(1).max(256).optional(),
        caFile: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
        insecureSkipVerify: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional(),
    })
        .optional(),
    kube: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ kubeconfig: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(), context: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional() }).optional(),
    sidecars: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ interval: duration.optional(), concurrency: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(1).max(256).optional() })
        .optional(),
    simulated: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
        topology: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
        seed: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().optional(),
        faults: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).optional(),
    })
        .optional(),
});
function levenshtein(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = row[j];
            row[j] = next;
        }
    }
    return row[b.length];
}
function didYouMean(word, candidates) {
    let best = null;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = levenshtein(word.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance)
            [best, bestDistance] = [candidate, d];
    }
    return best !== null && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : null;
}
function knownKeysAt(path) {
    let shape = fileSchema;
    for (const key of path) {
        const inner = unwrapObject(shape);
        if (!inner)
            return [];
        shape = inner.shape[key];
    }
    const obj = unwrapObject(shape);
    return obj ? Object.keys(obj.shape) : [];
}
function unwrapObject(schema) {
    let current = schema;
    while (current instanceof zod__WEBPACK_IMPORTED_MODULE_3__/* .ZodOptional */ .IiU)
        current = current.unwrap();
    return current instanceof zod__WEBPACK_IMPORTED_MODULE_3__/* .ZodObject */ .bvH ? current : null;
}
function describeIssue(issue, file) {
    const where = issue.path.join('.') || '(top level)';
    if (issue.code === 'unrecognized_keys') {
        return issue.keys
            .map((key) => {
            const hint = didYouMean(key, knownKeysAt(issue.path));
            const at = [...issue.path, key].join('.');
            return `${file}: unknown key "${at}"${hint ? ` (did you mean "${hint}"?)` : ''}`;
        })
            .join('; ');
    }
    return `${file}: ${where}: ${issue.message}`;
}
/** Parse and validate a YAML config text into overrides. */
function parseConfigFile(text, file = 'config') {
    let raw;
    try {
        raw = js_yaml__WEBPACK_IMPORTED_MODULE_1__/* .load */ .Hh(text);
    }
    catch (e) {
        const reason = e.reason ?? 'invalid YAML';
        const line = e.mark?.line;
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${file}: ${reason}${line !== undefined ? ` at line ${line + 1}` : ''}`, 'fix the YAML syntax (indentation, quotes, colons)');
    }
    if (raw === undefined || raw === null)
        return {};
    if (typeof raw !== 'object' || Array.isArray(raw)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${file}: the top level is not a mapping`, 'write the config as "key: value" lines');
    }
    const parsed = fileSchema.safeParse(raw);
    if (!parsed.success) {
        const messages = parsed.error.issues.map((issue) => describeIssue(issue, file));
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(messages.join('; '), 'see the "Configuration" section of the README for every key and its units');
    }
    return fileToOverrides(parsed.data);
}
function fileToOverrides(file) {
    const overrides = {
        source: file.source,
        namespaces: file.namespaces,
        baselinePath: file.baseline,
        stepMs: file.step,
        featureWindowMs: file.featureWindow,
        learnDurationMs: file.learnDuration,
        scanDurationMs: file.scanDuration,
        rules: file.rules && {
            errorRatio: file.rules.errorRatio,
            trafficSpikeFactor: file.rules.trafficSpike,
            trafficDropFactor: file.rules.trafficDrop,
            latencyP99Ms: file.rules.latencyP99,
            latencyFactor: file.rules.latencyFactor,
            retryRatio: file.rules.retryRatio,
            timeoutRatio: file.rules.timeoutRatio,
            overflowRatio: file.rules.overflowRatio,
        },
        model: file.model,
        gate: file.gate,
        prometheus: file.prometheus && {
            url: file.prometheus.url,
            headers: file.prometheus.headers,
            reporter: file.prometheus.reporter,
            timeoutMs: file.prometheus.timeout,
            concurrency: file.prometheus.concurrency,
            caFile: file.prometheus.caFile,
            insecureSkipVerify: file.prometheus.insecureSkipVerify,
        },
        kube: file.kube,
        sidecars: file.sidecars && { intervalMs: file.sidecars.interval, concurrency: file.sidecars.concurrency },
        simulated: file.simulated && {
            topology: file.simulated.topology,
            seed: file.simulated.seed,
            faults: file.simulated.faults?.map(parseFault),
        },
    };
    return overrides;
}
function mergeInto(target, source) {
    if (!source)
        return target;
    const out = { ...target };
    for (const [key, value] of Object.entries(source)) {
        if (value === undefined)
            continue;
        const current = out[key];
        const isPlainObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
        // headers and basicAuth are values, not sections: an override replaces them whole.
        out[key] =
            isPlainObject(value) && isPlainObject(current) && key !== 'headers' && key !== 'basicAuth'
                ? mergeInto(current, value)
                : value;
    }
    return out;
}
const NAMESPACE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** 90000 → "1m30s": durations in messages read the way they are written. */
function formatDuration(ms) {
    if (!Number.isFinite(ms))
        return String(ms);
    if (ms < 1000)
        return `${ms}ms`;
    const parts = [];
    let rest = Math.round(ms / 1000);
    for (const [unit, size] of [
        ['d', 86_400],
        ['h', 3600],
        ['m', 60],
        ['s', 1],
    ]) {
        if (rest >= size) {
            parts.push(`${Math.floor(rest / size)}${unit}`);
            rest %= size;
        }
    }
    return parts.join('');
}
/** Cross-field checks and bounds the schema cannot express (flags skip the schema); one message per problem. */
function validateConfig(config) {
    const problems = [];
    const { rules, gate, model } = config;
    const within = (ms, min, max) => Number.isFinite(ms) && ms >= min && ms <= max;
    if (!within(config.stepMs, 1000, HOUR_MS))
        problems.push(`step ${formatDuration(config.stepMs)} is not between 1s and 1h`);
    else if (config.featureWindowMs < 4 * config.stepMs)
        problems.push(`featureWindow ${formatDuration(config.featureWindowMs)} must hold at least 4 steps of ${formatDuration(config.stepMs)}`);
    if (!within(config.featureWindowMs, 4000, DAY_MS))
        problems.push(`featureWindow ${formatDuration(config.featureWindowMs)} is not between 4s and 1d`);
    if (!within(config.learnDurationMs, 1000, 90 * DAY_MS))
        problems.push(`learnDuration ${formatDuration(config.learnDurationMs)} is not between 1s and 90d`);
    else if (config.learnDurationMs < config.featureWindowMs)
        problems.push(`learnDuration ${formatDuration(config.learnDurationMs)} is shorter than one featureWindow (${formatDuration(config.featureWindowMs)})`);
    if (!within(config.scanDurationMs, 1000, 7 * DAY_MS))
        problems.push(`scanDuration ${formatDuration(config.scanDurationMs)} is not between 1s and 7d`);
    if (rules.trafficSpikeFactor <= 1)
        problems.push(`rules.trafficSpike ${rules.trafficSpikeFactor}x must be above 1x`);
    if (rules.trafficDropFactor >= 1)
        problems.push(`rules.trafficDrop ${rules.trafficDropFactor}x must be below 1x`);
    if (rules.latencyFactor <= 1)
        problems.push(`rules.latencyFactor ${rules.latencyFactor}x must be above 1x`);
    if (rules.errorRatio <= 0)
        problems.push('rules.errorRatio must be above 0%');
    if (rules.latencyP99Ms !== null && !within(rules.latencyP99Ms, 1, HOUR_MS))
        problems.push(`rules.latencyP99 ${formatDuration(rules.latencyP99Ms)} is not between 1ms and 1h`);
    if (!(model.sensitivity > 0 && model.sensitivity <= 100))
        problems.push('model.sensitivity must be above 0 and at most 100');
    if (!Number.isInteger(model.seed))
        problems.push(`model.seed "${model.seed}" is not a whole number`);
    if (!Number.isInteger(config.simulated.seed))
        problems.push(`--seed "${config.simulated.seed}" is not a whole number`);
    if (!Number.isInteger(gate.maxAnomalies) || gate.maxAnomalies < 0)
        problems.push('gate.maxAnomalies must be 0 or more');
    if (!Number.isInteger(gate.minRequests) || gate.minRequests < 0)
        problems.push('gate.minRequests must be 0 or more');
    if (!within(config.prometheus.timeoutMs, 100, 10 * 60_000))
        problems.push(`prometheus.timeout ${formatDuration(config.prometheus.timeoutMs)} is not between 100ms and 10m`);
    if (!within(config.sidecars.intervalMs, 1000, HOUR_MS))
        problems.push(`sidecars.interval ${formatDuration(config.sidecars.intervalMs)} is not between 1s and 1h`);
    const badNamespaces = config.namespaces.filter((ns) => !NAMESPACE_NAME.test(ns));
    if (badNamespaces.length > 0)
        problems.push(`namespaces: ${badNamespaces.map((n) => `"${n}"`).join(', ')} ${badNamespaces.length === 1 ? 'is not a Kubernetes namespace name' : 'are not Kubernetes namespace names'} (lowercase letters, digits and "-")`);
    if (problems.length > 0) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(problems.join('; '), 'correct the values in the config file or the flags');
    }
    return config;
}
/** Defaults < file < overrides, validated. */
function loadConfig(options = {}) {
    let fromFile = {};
    if (options.file) {
        let text;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(options.file, 'utf8');
        }
        catch (e) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`cannot read config file ${options.file}: ${e.code ?? e.message}`, 'check the --config path');
        }
        fromFile = parseConfigFile(text, options.file);
    }
    return validateConfig(mergeInto(mergeInto(DEFAULT_CONFIG, fromFile), options.overrides));
}


/***/ }),

/***/ 49205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QU: () => (/* binding */ withRelativeTraffic),
/* harmony export */   XY: () => (/* binding */ signalVectors),
/* harmony export */   et: () => (/* binding */ learnBaseline),
/* harmony export */   vd: () => (/* binding */ availableMetrics)
/* harmony export */ });
/* unused harmony exports FEATURES_PER_METRIC, learnService */
/* harmony import */ var _baseline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89860);
/* harmony import */ var _ml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98442);
/* harmony import */ var _signals_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50970);
/* harmony import */ var _timeseries_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93123);
/* harmony import */ var _traffic_profile_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58754);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38522);






/** A window needs at least half its steps with values to say anything about its shape. */
function windowVector(series, metrics, start, size) {
    const vector = [];
    for (const metric of metrics) {
        const values = (0,_timeseries_js__WEBPACK_IMPORTED_MODULE_3__/* .presentValues */ .w)(series.values[metric], start, start + size);
        if (values.length < Math.max(2, size / 2))
            return null;
        vector.push(...(0,_ml_js__WEBPACK_IMPORTED_MODULE_1__/* .windowFeatures */ .S$)(values));
    }
    return vector;
}
/** Feature vectors of a signal over a series, windows of `size` steps every `stride` steps. */
function signalVectors(series, metrics, size, stride) {
    const out = [];
    for (const start of (0,_timeseries_js__WEBPACK_IMPORTED_MODULE_3__/* .windowStarts */ .oX)(series.requests.length, size, stride)) {
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
    const mean = (0,_timeseries_js__WEBPACK_IMPORTED_MODULE_3__/* .aggregateMetric */ .Uj)(series, metric);
    if (mean === null)
        return null;
    const present = (0,_timeseries_js__WEBPACK_IMPORTED_MODULE_3__/* .windowAggregates */ .Ng)(series, metric, (0,_timeseries_js__WEBPACK_IMPORTED_MODULE_3__/* .windowStarts */ .oX)(series.requests.length, size, stride), size).filter((v) => v !== null);
    const wm = Float64Array.from(present.length > 0 ? present : [mean]).sort();
    let avg = 0;
    for (const v of wm)
        avg += v / wm.length;
    let variance = 0;
    for (const v of wm)
        variance += (v - avg) ** 2 / wm.length;
    const std = Math.sqrt(variance);
    return {
        mean: round(mean),
        p5: round((0,_ml_js__WEBPACK_IMPORTED_MODULE_1__/* .quantile */ .YV)(wm, 0.05)),
        p95: round((0,_ml_js__WEBPACK_IMPORTED_MODULE_1__/* .quantile */ .YV)(wm, 0.95)),
        std: round(std),
        max: round(wm[wm.length - 1]),
    };
}
function round(x) {
    return Number(x.toPrecision(6));
}
/** The series with its request rate replaced by the share of what each hour usually sees. */
function withRelativeTraffic(series, profile, from, stepMs) {
    return {
        ...series,
        values: {
            ...series.values,
            requestRate: (0,_traffic_profile_js__WEBPACK_IMPORTED_MODULE_5__/* .relativeToProfile */ .jJ)(series.values.requestRate, profile, from, stepMs),
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
    const requests = (0,_timeseries_js__WEBPACK_IMPORTED_MODULE_3__/* .totalRequests */ .Xi)(series);
    const seconds = (series.requests.length * stepMs) / 1000;
    const perWindowRequests = (requests / Math.max(1, series.requests.length)) * size;
    // Too quiet to learn from: per-window ratios would be mostly noise (a single error = 10%).
    const insufficient = perWindowRequests < Math.max(1, config.gate.minRequests / 10) || requests < config.gate.minRequests;
    const metrics = {};
    for (const metric of _types_js__WEBPACK_IMPORTED_MODULE_4__/* .METRIC_NAMES */ .Uw) {
        if (series.unavailable.includes(metric))
            continue;
        const s = metricStats(series, metric, size, stride);
        if (s)
            metrics[metric] = s;
    }
    const hourlyRate = from === undefined ? null : (0,_traffic_profile_js__WEBPACK_IMPORTED_MODULE_5__/* .learnHourlyProfile */ .tI)(series.values.requestRate, from, stepMs);
    const models = {};
    if (!insufficient) {
        for (const spec of _signals_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGNALS */ ._) {
            const used = availableMetrics(spec, series.unavailable);
            if (used.length === 0)
                continue;
            const relative = spec.name === 'traffic' && hourlyRate !== null;
            const source = relative ? withRelativeTraffic(series, hourlyRate, from, stepMs) : series;
            const vectors = signalVectors(source, used, size, stride);
            if (vectors.length < 4)
                continue;
            const model = (0,_ml_js__WEBPACK_IMPORTED_MODULE_1__/* .fitClusterModel */ .L_)(vectors, {
                kMax: config.model.kMax,
                seed: config.model.seed,
                minScale: relative
                    ? (0,_signals_js__WEBPACK_IMPORTED_MODULE_2__/* .featureFloors */ .g)({ ...spec, minScale: RELATIVE_TRAFFIC_FLOOR }, used, size)
                    : (0,_signals_js__WEBPACK_IMPORTED_MODULE_2__/* .featureFloors */ .g)(spec, used, size),
            });
            const floors = relative
                ? RELATIVE_TRAFFIC_FLOOR
                : used.map((m) => spec.minScale[spec.metrics.indexOf(m)]);
            const envelope = used.map((_, i) => (0,_ml_js__WEBPACK_IMPORTED_MODULE_1__/* .learnEnvelope */ .h8)(vectors.map((v) => v[i * FEATURES_PER_METRIC]), floors[i]));
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
        meanRate: round(requests / Math.max(1, seconds)),
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
        schemaVersion: _baseline_js__WEBPACK_IMPORTED_MODULE_0__/* .BASELINE_SCHEMA_VERSION */ .hv,
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


/***/ }),

/***/ 98442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ FEATURE_NAMES),
/* harmony export */   L_: () => (/* binding */ fitClusterModel),
/* harmony export */   S$: () => (/* binding */ windowFeatures),
/* harmony export */   YV: () => (/* binding */ quantile),
/* harmony export */   h8: () => (/* binding */ learnEnvelope),
/* harmony export */   j5: () => (/* binding */ envelopeScore),
/* harmony export */   nN: () => (/* binding */ scoreWindow)
/* harmony export */ });
/* unused harmony exports fitScaler, applyScaler, euclidean, kmeansPlusPlusSeeds, silhouette */
/* harmony import */ var ml_kmeans__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51225);
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


/***/ }),

/***/ 27194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pE: () => (/* binding */ SecretRedactor)
/* harmony export */ });
/* unused harmony exports REDACTED, kubeconfigSecrets */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33243);
/**
 * Owns secret hygiene at the output edge: knows every credential in play (kubeconfig tokens and keys,
 * Prometheus bearer token / basic-auth password / header values, the GitHub token) and scrubs them, and the
 * encodings they travel in, from any text before it is printed or written.
 */




const REDACTED = '[redacted]';
/** Shorter values are too likely to occur by chance (a header value "on", a password "1"). */
const MIN_SECRET_LENGTH = 4;
/** Environment variables whose values are credentials wherever they appear. */
const SECRET_ENV = [
    'PROMETHEUS_TOKEN',
    'PROMETHEUS_PASSWORD',
    'GITHUB_TOKEN',
    'INPUT_GITHUB-TOKEN',
    'INPUT_GITHUB_TOKEN',
];
/** Keys under a kubeconfig user (and its auth-provider / exec env) whose values are credentials. */
const KUBE_SECRET_KEYS = new Set([
    'token',
    'password',
    'client-key-data',
    'access-token',
    'refresh-token',
    'id-token',
    'client-secret',
    'value',
]);
class SecretRedactor {
    secrets = new Set();
    pattern = null;
    /** Registers a secret and the forms it is sent in (base64, URL-encoded). */
    add(secret) {
        if (typeof secret !== 'string')
            return this;
        const value = secret.trim();
        if (value.length < MIN_SECRET_LENGTH)
            return this;
        for (const form of [value, encodeURIComponent(value), Buffer.from(value).toString('base64')]) {
            if (form.length >= MIN_SECRET_LENGTH)
                this.secrets.add(form);
        }
        this.pattern = null;
        return this;
    }
    /** Credentials the environment hands the CLI or the Action. */
    addFromEnv(env) {
        for (const name of SECRET_ENV)
            this.add(env[name]);
        const user = env.PROMETHEUS_USERNAME;
        if (user && env.PROMETHEUS_PASSWORD)
            this.add(`${user}:${env.PROMETHEUS_PASSWORD}`);
        return this;
    }
    /** Credentials in the merged configuration, including the kubeconfig it points at. */
    addFromConfig(config, env = process.env) {
        const { prometheus } = config;
        this.add(prometheus.bearerToken);
        if (prometheus.basicAuth) {
            this.add(prometheus.basicAuth.password);
            this.add(`${prometheus.basicAuth.username}:${prometheus.basicAuth.password}`);
        }
        for (const value of Object.values(prometheus.headers))
            this.add(value);
        if (prometheus.url) {
            try {
                const url = new URL(prometheus.url);
                if (url.password)
                    this.add(decodeURIComponent(url.password));
            }
            catch {
                // an invalid URL is reported elsewhere; it carries no credential we could parse
            }
        }
        for (const text of kubeconfigTexts(config.kube.kubeconfig, env)) {
            for (const secret of kubeconfigSecrets(text))
                this.add(secret);
        }
        return this;
    }
    /** How many distinct strings (secrets and their encodings) are scrubbed. */
    get size() {
        return this.secrets.size;
    }
    redact(text) {
        if (text.length === 0)
            return text;
        // Credentials we were not told about but that announce themselves (an echoed Authorization header).
        const scrubbed = text
            .replace(/(authorization["']?\s*[:=]\s*["']?)(bearer|basic)\s+[^\s"',}]+/gi, `$1$2 ${REDACTED}`)
            .replace(/\bBearer [A-Za-z0-9._~+/-]{16,}=*/g, `Bearer ${REDACTED}`);
        if (this.secrets.size === 0)
            return scrubbed;
        // Longest first, so a secret that contains another is replaced whole.
        this.pattern ??= new RegExp([...this.secrets]
            .sort((a, b) => b.length - a.length)
            .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('|'), 'g');
        return scrubbed.replace(this.pattern, REDACTED);
    }
    /** A writable that scrubs before it writes (keeps isTTY so progress still knows its terminal). */
    wrap(stream) {
        return {
            write: (text) => stream.write(this.redact(String(text))),
            get isTTY() {
                return stream.isTTY;
            },
        };
    }
}
/** The kubeconfig texts a run may use: explicit (path, inline YAML or base64), KUBECONFIG, ~/.kube/config. */
function kubeconfigTexts(explicit, env) {
    const read = (file) => {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? [(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8')] : [];
        }
        catch {
            return [];
        }
    };
    const value = explicit?.trim();
    if (value) {
        if (value.includes('\n') || /^\s*(apiVersion|kind|clusters|contexts|users)\s*:/m.test(value))
            return [value];
        if (/^[A-Za-z0-9+/=_\-\s]{16,}$/.test(value) && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(value)) {
            return [Buffer.from(value, 'base64').toString('utf8')];
        }
        return read(value);
    }
    const fromEnv = (env.KUBECONFIG ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter).filter(Boolean);
    if (fromEnv.length > 0)
        return fromEnv.flatMap(read);
    return read((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.kube', 'config'));
}
/** Credential values under `users:` (token, password, client key, auth-provider tokens, exec env values). */
function kubeconfigSecrets(text) {
    let parsed;
    try {
        parsed = js_yaml__WEBPACK_IMPORTED_MODULE_3__/* .load */ .Hh(text);
    }
    catch {
        return [];
    }
    const users = parsed?.users;
    if (!Array.isArray(users))
        return [];
    const found = [];
    const visit = (node, key) => {
        if (typeof node === 'string') {
            if (key !== null && KUBE_SECRET_KEYS.has(key))
                found.push(node);
            return;
        }
        if (Array.isArray(node))
            for (const item of node)
                visit(item, key);
        else if (node && typeof node === 'object') {
            for (const [k, v] of Object.entries(node))
                visit(v, k);
        }
    };
    for (const user of users)
        visit(user?.user, null);
    return found;
}


/***/ }),

/***/ 50970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ SIGNALS),
/* harmony export */   g: () => (/* binding */ featureFloors)
/* harmony export */ });
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

/***/ 93123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ windowAggregates),
/* harmony export */   Uj: () => (/* binding */ aggregateMetric),
/* harmony export */   Xi: () => (/* binding */ totalRequests),
/* harmony export */   oX: () => (/* binding */ windowStarts),
/* harmony export */   w: () => (/* binding */ presentValues)
/* harmony export */ });
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


/***/ }),

/***/ 58754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ expectedRateAt),
/* harmony export */   jJ: () => (/* binding */ relativeToProfile),
/* harmony export */   tI: () => (/* binding */ learnHourlyProfile)
/* harmony export */ });
/* unused harmony export MIN_PROFILE_HOURS */
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


/***/ }),

/***/ 38522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ ANOMALY_TYPES),
/* harmony export */   Ui: () => (/* binding */ UserFacingError),
/* harmony export */   Uw: () => (/* binding */ METRIC_NAMES),
/* harmony export */   b$: () => (/* binding */ ClusterError),
/* harmony export */   fH: () => (/* binding */ serviceId),
/* harmony export */   kj: () => (/* binding */ MetricsError),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   s$: () => (/* binding */ BaselineError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export OPTIONAL_METRICS */
/**
 * The shared vocabulary of SMAnalyzer: services, metric series, findings and errors.
 * Every module speaks these types; none of them does I/O.
 */
function serviceId(key) {
    return `${key.namespace}/${key.name}`;
}
/**
 * The per-step signals every metrics source produces for a service.
 * Rates are per second; ratios are per request (0..1); latencies are milliseconds.
 */
const METRIC_NAMES = [
    'requestRate',
    'errorRatio',
    'latencyP50',
    'latencyP90',
    'latencyP99',
    'retryRatio',
    'timeoutRatio',
    'overflowRatio',
    'ejectionRate',
];
/** Signals a mesh may not export without extra proxy configuration (proxyStatsMatcher). */
const OPTIONAL_METRICS = (/* unused pure expression or super */ null && (['retryRatio', 'overflowRatio', 'ejectionRate']));
const ANOMALY_TYPES = [
    'traffic_spike',
    'traffic_drop',
    'error_rate',
    'latency',
    'retry_storm',
    'timeout',
    'circuit_breaker',
];
const SEVERITIES = ['low', 'medium', 'high', 'critical'];
function severityRank(severity) {
    return SEVERITIES.indexOf(severity);
}
/** Errors a user can meet carry a cause and a fix; the CLI and the Action print them in one place each. */
class UserFacingError extends Error {
    kind;
    fix;
    constructor(kind, message, fix) {
        super(message);
        this.kind = kind;
        this.fix = fix;
        this.name = new.target.name;
    }
}
class ConfigError extends UserFacingError {
    constructor(message, fix) {
        super('config', message, fix);
    }
}
class ClusterError extends UserFacingError {
    constructor(message, fix) {
        super('cluster', message, fix);
    }
}
class BaselineError extends UserFacingError {
    constructor(message, fix) {
        super('baseline', message, fix);
    }
}
class MetricsError extends UserFacingError {
    constructor(message, fix) {
        super('metrics', message, fix);
    }
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** The tool's version, stamped into reports and baselines. Kept in step with package.json by a test. */
const TOOL_VERSION = '0.1.0';


/***/ })

};

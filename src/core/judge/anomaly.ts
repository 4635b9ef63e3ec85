/**
 * Detection: static rules for the obvious, the learned model for the rest (distance to the nearest normal
 * mode against that mode's own threshold), severity from how far past the threshold, and one finding per
 * (service, type) with its evidence. Pure.
 */
import { formatMetric, METRIC_LABEL } from '../../render/units.js';
import type { ServiceBaseline, SignalModel } from '../baseline.js';
import type { Config } from '../settings.js';
import { FEATURE_NAMES, envelopeScore, scoreWindow } from '../model/kmeans.js';
import { availableMetrics, signalVectors, withRelativeTraffic } from '../learn.js';
import { expectedRateAt } from '../traffic-profile.js';
import { SIGNALS, type SignalSpec } from '../signals.js';
import { aggregateMetric, totalRequests } from '../series.js';
import {
  METRIC_NAMES,
  SEVERITIES,
  severityRank,
  type AnomalyType,
  type Finding,
  type MetricName,
  type MetricSummary,
  type ServiceSeries,
  type ServiceStatus,
  type Severity,
} from '../types.js';

/** Relative rules: this many times the service's own ratio, at least the floor, and a z above MIN_Z. */
const RELATIVE_FACTOR = 5;
const RELATIVE_ERROR_FLOOR = 0.01;
const RELATIVE_TIMEOUT_FLOOR = 0.005;
const MIN_Z = 5;
const MIN_EVENTS = 10;
/** Ratios counted in events (errors, timeouts, retries, overflows): judged only with MIN_EVENTS of them. */
const EVENT_RATIOS: ReadonlySet<MetricName> = new Set([
  'errorRatio',
  'timeoutRatio',
  'retryRatio',
  'overflowRatio',
]);

/** Windows that must all agree before a model finding's severity is raised one band. */
const CONFIRMING_WINDOWS = 3;

/** Model severity bands over score = distance / threshold. */
export function modelSeverity(score: number): Severity | null {
  if (score < 1) return null;
  if (score < 1.5) return 'low';
  if (score < 2) return 'medium';
  if (score < 3.5) return 'high';
  return 'critical';
}

/** A broken static rule is never minor: high, critical from twice the threshold. */
export function ruleSeverity(ratio: number): Severity | null {
  if (ratio <= 1) return null;
  return ratio < 2 ? 'high' : 'critical';
}

export interface ServiceVerdict {
  status: ServiceStatus;
  requests: number;
  findings: Finding[];
  metrics: Partial<Record<MetricName, MetricSummary>>;
  reason?: string;
}

function pct(v: number): string {
  return formatMetric('errorRatio', v);
}

interface Context {
  series: ServiceSeries;
  baseline: ServiceBaseline;
  config: Config;
  observed: Partial<Record<MetricName, number | null>>;
  /** The request rate this window should have: the hour-of-day profile when learned, else the mean. */
  expectedRate: number | null;
  /** Start of the scan window, when known: the traffic profile needs the time of day. */
  from?: number;
  stepMs: number;
}

/** The rate the baseline expects over this series' steps. */
export function expectedRequestRate(
  baseline: ServiceBaseline,
  steps: number,
  stepMs: number,
  from?: number,
): number | null {
  if (baseline.hourlyRate && from !== undefined && steps > 0) {
    let sum = 0;
    for (let i = 0; i < steps; i++) sum += expectedRateAt(baseline.hourlyRate, from + (i + 0.5) * stepMs);
    return sum / steps;
  }
  return baseline.metrics.requestRate?.mean ?? null;
}

function finding(
  ctx: Context,
  fields: Omit<Finding, 'namespace' | 'service' | 'expected' | 'expectedRange' | 'description'> & {
    reason: string;
  },
): Finding {
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
    description: `${METRIC_LABEL[fields.metric]} ${formatMetric(fields.metric, fields.observed)} ${reason}`,
  };
}

function round(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(6)) : x;
}

/** The static rules: absolute bounds and ratios to the baseline that nobody needs a model for. */
function ruleFindings(ctx: Context): Finding[] {
  const { rules } = ctx.config;
  const out: Finding[] = [];
  const o = ctx.observed;
  const base = (m: MetricName) => ctx.baseline.metrics[m]?.mean ?? null;
  /** A broken rule; its score is how far past the threshold (for a drop, how far below it). */
  const broken = (
    type: AnomalyType,
    metric: MetricName,
    observed: number,
    threshold: number,
    reason: string,
  ) => {
    const score =
      type === 'traffic_drop' ? Math.min(threshold / Math.max(observed, 1e-9), 1e6) : observed / threshold;
    out.push(
      finding(ctx, {
        type,
        severity: ruleSeverity(score)!,
        detector: 'rule',
        metric,
        observed,
        threshold,
        score,
        reason,
      }),
    );
  };

  const rate = o.requestRate;
  const baseRate = ctx.expectedRate;
  const usual = ctx.baseline.hourlyRate && ctx.from !== undefined ? 'expected at this hour' : 'baseline mean';
  if (rate != null && baseRate != null && baseRate > 0) {
    const spike = baseRate * rules.trafficSpikeFactor;
    const drop = baseRate * rules.trafficDropFactor;
    const expected = `the ${formatMetric('requestRate', baseRate)} ${usual}`;
    if (rate > spike)
      broken(
        'traffic_spike',
        'requestRate',
        rate,
        spike,
        `is above ${rules.trafficSpikeFactor}x ${expected}`,
      );
    else if (rate < drop)
      broken('traffic_drop', 'requestRate', rate, drop, `is below ${rules.trafficDropFactor}x ${expected}`);
  }

  const errors = o.errorRatio;
  if (errors != null && errors > rules.errorRatio) {
    broken(
      'error_rate',
      'errorRatio',
      errors,
      rules.errorRatio,
      `is above the ${pct(rules.errorRatio)} limit`,
    );
  }

  // Relative: far above this service's own normal, and too many to be chance (binomial z over the
  // window's requests). Catches "10x the usual errors" long before an absolute 5% limit would.
  const requests = totalRequests(ctx.series);
  const relativeRules: Array<[MetricName, AnomalyType, number]> = [
    ['errorRatio', 'error_rate', RELATIVE_ERROR_FLOOR],
    ['timeoutRatio', 'timeout', RELATIVE_TIMEOUT_FLOOR],
  ];
  for (const [metric, type, floor] of relativeRules) {
    const value = o[metric];
    const usualRatio = base(metric);
    if (value == null || usualRatio == null || out.some((f) => f.type === type)) continue;
    const threshold = Math.max(floor, RELATIVE_FACTOR * usualRatio);
    const p0 = Math.max(usualRatio, 1e-4);
    const z = (value - p0) / Math.sqrt((p0 * (1 - p0)) / Math.max(requests, 1));
    // A handful of events proves nothing whatever z says: the normal approximation fails for rare counts.
    if (value > threshold && z > MIN_Z && value * requests >= MIN_EVENTS) {
      const evidence = `(z = ${z.toFixed(0)} over ${Math.round(requests)} requests)`;
      broken(
        type,
        metric,
        value,
        threshold,
        `is over ${RELATIVE_FACTOR}x its usual ${pct(usualRatio)} ${evidence}`,
      );
    }
  }

  const p99 = o.latencyP99;
  const baseP99 = base('latencyP99');
  if (p99 != null) {
    const bounds: Array<{ limit: number; reason: string }> = [];
    if (rules.latencyP99Ms !== null)
      bounds.push({ limit: rules.latencyP99Ms, reason: `is above the ${rules.latencyP99Ms} ms bound` });
    if (baseP99 != null && baseP99 > 0)
      bounds.push({
        limit: baseP99 * rules.latencyFactor,
        reason: `is above ${rules.latencyFactor}x its baseline ${formatMetric('latencyP99', baseP99)}`,
      });
    const worst = bounds.sort((a, b) => p99 / b.limit - p99 / a.limit)[0];
    if (worst && p99 > worst.limit) broken('latency', 'latencyP99', p99, worst.limit, worst.reason);
  }

  // Retries, timeouts and overflow: over the absolute limit AND well above this service's own normal,
  // so a service that always retries a little is not flagged forever.
  const relative: Array<[MetricName, AnomalyType, number]> = [
    ['retryRatio', 'retry_storm', rules.retryRatio],
    ['timeoutRatio', 'timeout', rules.timeoutRatio],
    ['overflowRatio', 'circuit_breaker', rules.overflowRatio],
  ];
  for (const [metric, type, limit] of relative) {
    const value = o[metric];
    if (value == null) continue;
    const threshold = Math.max(limit, 2 * (base(metric) ?? 0));
    if (value > threshold) broken(type, metric, value, threshold, `is above the ${pct(threshold)} limit`);
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Raise a severity one band (critical stays critical). */
function confirmed(severity: Severity): Severity {
  return SEVERITIES[Math.min(SEVERITIES.length - 1, severityRank(severity) + 1)];
}

/** The scan's windows as the model sees them (traffic as a share of the hour's usual rate when learned so). */
function scanVectors(ctx: Context, spec: SignalSpec, model: SignalModel, windowSteps: number) {
  const used = availableMetrics(spec, ctx.series.unavailable).filter((m) => model.metrics.includes(m));
  if (used.length !== model.metrics.length) return null;
  let series = ctx.series;
  if (model.relativeToProfile) {
    // Learned as a share of the hour's usual traffic: judge the scan the same way, or not at all.
    if (!ctx.baseline.hourlyRate || ctx.from === undefined) return null;
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
export function persistsToTheEnd(series: ServiceSeries, metric: MetricName, reference: number): boolean {
  const steps = series.requests.length;
  const tail = Math.max(2, Math.floor(steps / 4));
  const overall = aggregateMetric(series, metric);
  const end = aggregateMetric(series, metric, steps - tail, steps);
  if (overall === null || end === null) return true;
  const deviation = overall - reference;
  const endDeviation = end - reference;
  return (
    Math.sign(endDeviation) === Math.sign(deviation) && Math.abs(endDeviation) >= 0.5 * Math.abs(deviation)
  );
}

/** A model verdict, and whether it is about the metric's level (its mean) rather than its shape. */
interface ModelVerdict {
  finding: Finding;
  aboutLevel: boolean;
}

/**
 * The clusters' verdict: the median window's distance to the nearest learned mode over that mode's own
 * threshold. Null when the scan looks like a learned mode, when the deviation is an improvement, or
 * when it was transient (the scan's last window is normal again: a restart blip or a burst recovers).
 */
function clusterFinding(
  ctx: Context,
  spec: SignalSpec,
  model: SignalModel,
  used: MetricName[],
  vectors: number[][],
): ModelVerdict | null {
  const scores = vectors.map((v) => scoreWindow(model, v, ctx.config.model.sensitivity));
  const score = median(scores.map((s) => s.score));
  let severity = modelSeverity(score);
  if (!severity) return null;
  if (scores.length >= 2 && scores[scores.length - 1].score < 1) return null;
  // Every window of a long enough scan agreeing is stronger evidence than any one window's distance.
  if (scores.length >= CONFIRMING_WINDOWS && scores.every((s) => s.score >= 1))
    severity = confirmed(severity);
  const typical = scores.reduce((best, s) =>
    Math.abs(s.score - score) < Math.abs(best.score - score) ? s : best,
  );

  // The feature that moved most tells the direction and which metric to show.
  let strongest = 0;
  typical.deviation.forEach((d, i) => {
    if (Math.abs(d) > Math.abs(typical.deviation[strongest])) strongest = i;
  });
  const metric = used[Math.floor(strongest / FEATURE_NAMES.length)];
  const feature = FEATURE_NAMES[strongest % FEATURE_NAMES.length];
  const meanDeviation =
    typical.deviation[Math.floor(strongest / FEATURE_NAMES.length) * FEATURE_NAMES.length];
  const up = typical.deviation[strongest] > 0;
  let type = spec.type;
  if (spec.direction === 'both') {
    type = meanDeviation >= 0 ? 'traffic_spike' : 'traffic_drop';
  } else if (!up || (feature === 'mean' && meanDeviation < 0)) {
    return null; // an improvement (lower latency, fewer errors, steadier) is not an anomaly
  } else if (feature !== 'mean' && meanDeviation < 0 && Math.abs(meanDeviation) > 1) {
    return null;
  }
  const change =
    feature === 'mean'
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
function envelopeFinding(
  ctx: Context,
  spec: SignalSpec,
  model: SignalModel,
  used: MetricName[],
  vectors: number[][],
): ModelVerdict | null {
  if (!model.envelope) return null;
  const sensitivity = ctx.config.model.sensitivity;
  let best: Finding | null = null;
  used.forEach((metric, i) => {
    const envelope = model.envelope![i];
    const means = vectors.map((v) => v[i * FEATURE_NAMES.length]);
    const score = envelopeScore(envelope, median(means), sensitivity);
    if (Math.abs(score) < 1 || (spec.direction === 'up' && score < 0)) return;
    // Persistence, as for the clusters: the last window must still be outside on the same side.
    const last = envelopeScore(envelope, means[means.length - 1], sensitivity);
    if (means.length >= 2 && (Math.sign(last) !== Math.sign(score) || Math.abs(last) < 1)) return;
    let severity = modelSeverity(Math.abs(score))!;
    if (
      means.length >= CONFIRMING_WINDOWS &&
      means.every((m) => Math.abs(envelopeScore(envelope, m, sensitivity)) >= 1)
    ) {
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
    if (!best || candidate.score > best.score) best = candidate;
  });
  return best ? { finding: best, aboutLevel: true } : null;
}

/**
 * A verdict must still hold at the end of the scan (see persistsToTheEnd) when it is about the metric's
 * level, or when the level moved by half its normal reach anyway (a restart blip shows as spread too).
 * A change of shape alone — more jitter at the same level — is judged on two windows or more.
 */
function persists(
  verdict: ModelVerdict,
  series: ServiceSeries,
  used: MetricName[],
  model: SignalModel,
  windows: number,
): boolean {
  const metric = verdict.finding.metric;
  const envelope = model.envelope?.[used.indexOf(metric)];
  if (!envelope) return true;
  if (!verdict.aboutLevel) {
    const level = aggregateMetric(series, metric);
    if (level === null) return true;
    const reach = level >= envelope.median ? envelope.high - envelope.median : envelope.median - envelope.low;
    // A change of shape alone needs two windows, so that the last one can show it persists: within
    // a single window it cannot be told from a restart.
    if (Math.abs(level - envelope.median) < 0.5 * reach) return windows >= 2;
  }
  return persistsToTheEnd(series, metric, envelope.median);
}

/** The model: the clusters and the envelope each judge the scan; the stronger verdict is kept. */
function modelFinding(
  ctx: Context,
  spec: SignalSpec,
  model: SignalModel,
  windowSteps: number,
): Finding | null {
  const scan = scanVectors(ctx, spec, model, windowSteps);
  if (!scan) return null;
  const found = [
    clusterFinding(ctx, spec, model, scan.used, scan.vectors),
    envelopeFinding(ctx, spec, model, scan.used, scan.vectors),
  ].filter(
    (v): v is ModelVerdict => v !== null && persists(v, scan.series, scan.used, model, scan.vectors.length),
  );
  const best = onePerType(found.map((v) => v.finding))[0] ?? null;
  // Two errors against a baseline of none is a real difference, but not one to stop a deploy for.
  if (best && EVENT_RATIOS.has(best.metric) && best.observed * totalRequests(ctx.series) < MIN_EVENTS)
    return null;
  return best;
}

/** Keep one finding per type: the most severe, rule over model on a tie (its reason is plainer). */
function onePerType(findings: Finding[]): Finding[] {
  const byType = new Map<AnomalyType, Finding>();
  for (const f of findings) {
    const current = byType.get(f.type);
    const better =
      !current ||
      severityRank(f.severity) > severityRank(current.severity) ||
      (severityRank(f.severity) === severityRank(current.severity) &&
        f.detector === 'rule' &&
        current.detector === 'model');
    if (better) byType.set(f.type, f);
  }
  return [...byType.values()];
}

export function summarizeMetrics(
  series: ServiceSeries,
  baseline: ServiceBaseline | null,
): Partial<Record<MetricName, MetricSummary>> {
  const out: Partial<Record<MetricName, MetricSummary>> = {};
  for (const metric of METRIC_NAMES) {
    if (series.unavailable.includes(metric)) continue;
    const stats = baseline?.metrics[metric];
    const observed = aggregateMetric(series, metric);
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
export function detectServiceAnomalies(
  series: ServiceSeries,
  baseline: ServiceBaseline | null,
  config: Config,
  stepMs: number,
  windowSteps: number,
  /** Start of the window: with it, traffic is judged against the learned hour-of-day profile. */
  from?: number,
): ServiceVerdict {
  const requests = totalRequests(series);
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
  const observed: Context['observed'] = {};
  for (const metric of METRIC_NAMES) observed[metric] = aggregateMetric(series, metric);
  const expectedRate = expectedRequestRate(baseline, series.requests.length, stepMs, from);
  const ctx: Context = { series, baseline, config, observed, expectedRate, from, stepMs };

  const seconds = (series.requests.length * stepMs) / 1000;
  const expectedRequests = (expectedRate ?? baseline.meanRate) * seconds;
  if (requests < config.gate.minRequests || baseline.insufficient) {
    const drop =
      expectedRequests >= config.gate.minRequests && !baseline.insufficient
        ? ruleFindings({ ...ctx, observed: { requestRate: requests / Math.max(seconds, 1) } }).filter(
            (f) => f.type === 'traffic_drop',
          )
        : [];
    if (drop.length > 0) return { status: 'anomalous', requests, findings: drop, metrics };
    const reason = baseline.insufficient
      ? `the baseline saw too little traffic (${Math.round(baseline.requests)} requests) to judge`
      : `${requests} requests in the window, below the minimum of ${config.gate.minRequests}`;
    return { status: 'insufficient-data', requests, findings: [], metrics, reason };
  }

  const findings = ruleFindings(ctx);
  for (const spec of SIGNALS) {
    const model = baseline.models[spec.name];
    if (!model) continue;
    const f = modelFinding(ctx, spec, model, windowSteps);
    if (f) findings.push(f);
  }
  const kept = onePerType(findings).sort(
    (a, b) => severityRank(b.severity) - severityRank(a.severity) || a.type.localeCompare(b.type),
  );
  return { status: kept.length > 0 ? 'anomalous' : 'ok', requests, findings: kept, metrics };
}

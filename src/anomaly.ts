/**
 * Detection: static rules for the obvious, the learned model for the rest (distance to the nearest normal
 * mode against that mode's own threshold), severity from how far past the threshold, and one finding per
 * (service, type) with its evidence. Pure.
 */
import type { ServiceBaseline, SignalModel } from './baseline.js';
import type { Config } from './config-types.js';
import { FEATURE_NAMES, scoreWindow } from './ml.js';
import { availableMetrics, signalVectors } from './learn.js';
import { SIGNALS, type SignalSpec } from './signals.js';
import { aggregateMetric, totalRequests } from './timeseries.js';
import {
  METRIC_NAMES,
  severityRank,
  type AnomalyType,
  type Finding,
  type MetricName,
  type MetricSummary,
  type ServiceSeries,
  type ServiceStatus,
  type Severity,
} from './types.js';

/** Model severity bands over score = distance / threshold. */
export function modelSeverity(score: number): Severity | null {
  if (score < 1) return null;
  if (score < 1.5) return 'low';
  if (score < 2.5) return 'medium';
  if (score < 4) return 'high';
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

const UNITS: Record<MetricName, (v: number) => string> = {
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

function fmt(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(1) : v.toPrecision(2);
}
function pct(v: number): string {
  return `${(v * 100).toFixed(v < 0.001 ? 3 : v < 0.1 ? 2 : 1)}%`;
}

export function formatMetric(metric: MetricName, value: number): string {
  return UNITS[metric](value);
}

const LABELS: Record<MetricName, string> = {
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

interface Context {
  series: ServiceSeries;
  baseline: ServiceBaseline;
  config: Config;
  observed: Partial<Record<MetricName, number | null>>;
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
    description: `${LABELS[fields.metric]} ${formatMetric(fields.metric, fields.observed)} ${reason}`,
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

  const rate = o.requestRate;
  const baseRate = base('requestRate');
  if (rate != null && baseRate != null && baseRate > 0) {
    const spike = baseRate * rules.trafficSpikeFactor;
    const drop = baseRate * rules.trafficDropFactor;
    if (rate > spike) {
      const sev = ruleSeverity(rate / spike)!;
      out.push(
        finding(ctx, {
          type: 'traffic_spike',
          severity: sev,
          detector: 'rule',
          metric: 'requestRate',
          observed: rate,
          threshold: spike,
          score: rate / spike,
          reason: `is above ${rules.trafficSpikeFactor}x its baseline ${formatMetric('requestRate', baseRate)}`,
        }),
      );
    } else if (rate < drop) {
      const ratio = drop / Math.max(rate, 1e-9);
      out.push(
        finding(ctx, {
          type: 'traffic_drop',
          severity: ruleSeverity(ratio)!,
          detector: 'rule',
          metric: 'requestRate',
          observed: rate,
          threshold: drop,
          score: Math.min(ratio, 1e6),
          reason: `is below ${rules.trafficDropFactor}x its baseline ${formatMetric('requestRate', baseRate)}`,
        }),
      );
    }
  }

  const errors = o.errorRatio;
  if (errors != null && errors > rules.errorRatio) {
    out.push(
      finding(ctx, {
        type: 'error_rate',
        severity: ruleSeverity(errors / rules.errorRatio)!,
        detector: 'rule',
        metric: 'errorRatio',
        observed: errors,
        threshold: rules.errorRatio,
        score: errors / rules.errorRatio,
        reason: `is above the ${pct(rules.errorRatio)} limit`,
      }),
    );
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
    if (worst && p99 > worst.limit) {
      out.push(
        finding(ctx, {
          type: 'latency',
          severity: ruleSeverity(p99 / worst.limit)!,
          detector: 'rule',
          metric: 'latencyP99',
          observed: p99,
          threshold: worst.limit,
          score: p99 / worst.limit,
          reason: worst.reason,
        }),
      );
    }
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
    if (value > threshold) {
      out.push(
        finding(ctx, {
          type,
          severity: ruleSeverity(value / threshold)!,
          detector: 'rule',
          metric,
          observed: value,
          threshold,
          score: value / threshold,
          reason: `is above the ${pct(threshold)} limit`,
        }),
      );
    }
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The model: is this scan's behaviour like any mode learned for the signal? */
function modelFinding(
  ctx: Context,
  spec: SignalSpec,
  model: SignalModel,
  windowSteps: number,
): Finding | null {
  const used = availableMetrics(spec, ctx.series.unavailable).filter((m) => model.metrics.includes(m));
  if (used.length !== model.metrics.length) return null;
  const length = ctx.series.requests.length;
  const size = Math.min(windowSteps, length);
  const stride = Math.max(1, Math.floor(size / 2));
  const vectors = signalVectors(ctx.series, used, size, stride);
  if (vectors.length === 0) return null;
  const scores = vectors.map((v) => scoreWindow(model, v, ctx.config.model.sensitivity));
  // The median window decides: one burst window in a long scan is not a regression.
  const score = median(scores.map((s) => s.score));
  const severity = modelSeverity(score);
  if (!severity) return null;
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
  const observed = ctx.observed[metric] ?? 0;
  const change =
    feature === 'mean'
      ? 'is unlike every normal mode learned'
      : `has an unusual ${feature === 'stddev' ? 'spread' : feature}`;
  return finding(ctx, {
    type,
    severity,
    detector: 'model',
    metric,
    observed,
    threshold: typical.threshold,
    score,
    reason: `${change} (distance ${typical.distance.toFixed(1)} vs threshold ${typical.threshold.toFixed(1)} for mode ${typical.cluster + 1} of ${model.k})`,
  });
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
  const ctx: Context = { series, baseline, config, observed };

  const seconds = (series.requests.length * stepMs) / 1000;
  const expectedRequests = baseline.meanRate * seconds;
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

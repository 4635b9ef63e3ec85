/**
 * The static rules: absolute bounds and ratios to the baseline that nobody needs a model for. Pure.
 */
import type { MetricStats } from '../baseline.js';
import { requestsSlowerThan, totalRequests } from '../series.js';
import { MEDIAN_SHARE, slowTailSurprise } from '../model/slow-tail.js';
import type { AnomalyType, FindingReason, JudgedFinding, MetricName } from '../types.js';
import { makeFinding, type JudgeContext } from './context.js';
import { ruleSeverity } from './severity.js';

/** Relative rules: this many times the service's own ratio, at least the floor, and a z above MIN_Z. */
const RELATIVE_FACTOR = 5;
const RELATIVE_ERROR_FLOOR = 0.01;
const RELATIVE_TIMEOUT_FLOOR = 0.005;
const MIN_Z = 5;
/** Ratios counted in events (errors, timeouts, retries, overflows): judged only with MIN_EVENTS of them. */
export const MIN_EVENTS = 10;

/** Past the highest normal window, with a margin: the window max, capped by a robust spread over p95. */
function normalReach(stats: MetricStats | undefined): number {
  if (!stats) return 0;
  return REACH_MARGIN * Math.min(stats.max, stats.p95 + 3 * (stats.p95 - stats.p5));
}
const REACH_MARGIN = 1.1;

/**
 * A latency quantile's bound relative to the learned distribution of its window values: a heavy tail that reaches
 * 1 s in normal windows is not a regression at 330 ms, whatever twice its mean says; a stable quantile keeps the
 * factor.
 */
function learnedLatencyBound(
  usual: number,
  stats: MetricStats | undefined,
  factor: number,
): { limit: number; reason: FindingReason } {
  const reach = normalReach(stats);
  return reach > usual * factor
    ? { limit: reach, reason: { kind: 'latency-range', high: reach } }
    : { limit: usual * factor, reason: { kind: 'latency-factor', factor, baseline: usual } };
}

/** The highest traffic the windows kept in training, as a factor of the rate expected now. */
function trafficReach(ctx: JudgeContext, expected: number): number {
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
function trafficFloor(ctx: JudgeContext, expected: number): number {
  if (ctx.baseline.hourlyRate && ctx.from !== undefined) return Infinity;
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
function slowTailIsReal(ctx: JudgeContext, usualP99: number | null): boolean {
  if (usualP99 === null || !(usualP99 > 0)) return true;
  const counted = requestsSlowerThan(ctx.series, usualP99);
  if (!counted || counted.requests <= 0) return true;
  // The learned bunching is about the same bound; a baseline from before it was learned counts requests one by one.
  const learned = ctx.baseline.slowTail?.thresholdMs === usualP99 ? ctx.baseline.slowTail : undefined;
  return slowTailSurprise(counted.slower, counted.requests, learned) < SLOW_TAIL_CHANCE;
}

/** The same count at the learned p50, against the half of requests a median allows. */
function slowMedianIsReal(ctx: JudgeContext, usualP50: number): boolean {
  const counted = requestsSlowerThan(ctx.series, usualP50);
  if (!counted || counted.requests <= 0) return false;
  const learned = ctx.baseline.slowMedian?.thresholdMs === usualP50 ? ctx.baseline.slowMedian : undefined;
  return slowTailSurprise(counted.slower, counted.requests, learned, MEDIAN_SHARE) < SLOW_TAIL_CHANCE;
}

export function ruleFindings(ctx: JudgeContext): JudgedFinding[] {
  const { rules } = ctx.config;
  const out: JudgedFinding[] = [];
  const o = ctx.observed;
  const base = (m: MetricName) => ctx.baseline.metrics[m]?.mean ?? null;
  /** A broken rule; its score is how far past the threshold (for a drop, how far below it). */
  const broken = (
    type: AnomalyType,
    metric: MetricName,
    observed: number,
    threshold: number,
    reason: FindingReason,
  ) => {
    const score =
      type === 'traffic_drop' ? Math.min(threshold / Math.max(observed, 1e-9), 1e6) : observed / threshold;
    out.push(
      makeFinding(ctx, {
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
  const basis = ctx.baseline.hourlyRate && ctx.from !== undefined ? 'hour-of-day' : 'baseline-mean';
  if (rate != null && baseRate != null && baseRate > 0) {
    // A spike is judged against the traffic the service's windows reached in training too: an hourly batch
    // at 3x the hour's usual rate is one of its operating states, not an anomaly.
    const spikeFactor = Math.max(rules.trafficSpikeFactor, trafficReach(ctx, baseRate));
    const spike = baseRate * spikeFactor;
    const dropFactor = Math.min(rules.trafficDropFactor, trafficFloor(ctx, baseRate));
    const drop = baseRate * dropFactor;
    const band = { kind: 'traffic-band', expectedRate: baseRate, basis } as const;
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
    const bounds: Array<{ limit: number; reason: FindingReason }> = [];
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
  const relative: Array<[MetricName, AnomalyType, number]> = [
    ['retryRatio', 'retry_storm', rules.retryRatio],
    ['timeoutRatio', 'timeout', rules.timeoutRatio],
    ['overflowRatio', 'circuit_breaker', rules.overflowRatio],
  ];
  for (const [metric, type, limit] of relative) {
    const value = o[metric];
    if (value == null) continue;
    const threshold = Math.max(limit, 2 * (base(metric) ?? 0));
    if (value > threshold) broken(type, metric, value, threshold, { kind: 'ratio-limit', limit: threshold });
  }
  return out;
}

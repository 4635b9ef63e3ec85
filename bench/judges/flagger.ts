/**
 * A Flagger judge: the builtin checks Flagger's Istio canary analysis runs every interval, per service, with no
 * learning at all: request-success-rate ≥ 99% (non-5xx / all) and request-duration p99 ≤ 500 ms, where p99 is
 * histogram_quantile over the interval's bucket increments. Failed checks accumulate; a service is rolled back
 * (flagged) once `threshold` checks have failed. As in Flagger, an interval whose query returns no value (no
 * traffic: "no values found") is a failed check. The benchmark runs thresholds 1 to 5 and reports the best. Pure.
 */
import { histogramQuantile } from '../../src/core/histogram.js';
import { aggregateMetric } from '../../src/core/series.js';
import { serviceId, type CollectedMetrics, type ServiceSeries } from '../../src/core/types.js';
import type { JudgeOutcome } from '../quality.js';

export interface FlaggerPolicy {
  /** Flagger's request-success-rate threshold (min), as a ratio. */
  minSuccessRate: number;
  /** Flagger's request-duration threshold (max) on p99, in ms. */
  maxP99Ms: number;
  /** The analysis interval each check covers. */
  intervalMs: number;
  /** Failed checks before a rollback (Flagger's `threshold`). */
  threshold: number;
}

export const FLAGGER_DEFAULTS: FlaggerPolicy = {
  minSuccessRate: 0.99,
  maxP99Ms: 500,
  intervalMs: 60_000,
  threshold: 1,
};

/** The thresholds the benchmark tries; it reports the best one. */
export const FLAGGER_THRESHOLDS = [1, 2, 3, 4, 5];

export interface IntervalCheck {
  /** First step of the interval. */
  start: number;
  /** Null when the interval had no requests: the query returns no value. */
  successRate: number | null;
  p99: number | null;
  /** No value for either metric: Flagger counts it as a failed check. */
  noData: boolean;
  failed: boolean;
}

/** The interval's p99 from its merged bucket increments, or (a source without buckets) the request-weighted mean. */
function intervalP99(series: ServiceSeries, start: number, end: number): number | null {
  const histogram = series.latencyBuckets;
  if (histogram) {
    const sum = histogram.bounds.map(() => 0);
    let any = false;
    for (let i = start; i < end; i++) {
      const counts = histogram.counts[i];
      if (!counts) continue;
      any = true;
      counts.forEach((c, b) => (sum[b] += c));
    }
    if (!any) return null;
    return histogramQuantile(
      0.99,
      histogram.bounds.map((le, b) => ({ le, count: sum[b] })),
    );
  }
  return aggregateMetric(series, 'latencyP99', start, end);
}

/** The checks over consecutive intervals. */
export function flaggerChecks(
  series: ServiceSeries,
  stepMs: number,
  policy: FlaggerPolicy = FLAGGER_DEFAULTS,
): IntervalCheck[] {
  const size = Math.max(1, Math.round(policy.intervalMs / stepMs));
  const checks: IntervalCheck[] = [];
  for (let start = 0; start + size <= series.requests.length; start += size) {
    const served = series.requests.slice(start, start + size).some((n) => n > 0);
    const errors = served ? aggregateMetric(series, 'errorRatio', start, start + size) : null;
    const successRate = errors === null ? null : 1 - errors;
    const p99 = served ? intervalP99(series, start, start + size) : null;
    const noData = successRate === null || p99 === null;
    const failed =
      noData ||
      (successRate !== null && successRate < policy.minSuccessRate) ||
      (p99 !== null && p99 > policy.maxP99Ms);
    checks.push({ start, successRate, p99, noData, failed });
  }
  return checks;
}

export function judgeFlagger(scan: CollectedMetrics, policy: FlaggerPolicy = FLAGGER_DEFAULTS): JudgeOutcome {
  const flagged = scan.services
    .filter(
      (series) =>
        flaggerChecks(series, scan.stepMs, policy).filter((c) => c.failed).length >= policy.threshold,
    )
    .map((series) => ({ service: serviceId(series.service), types: null }));
  return { flagged };
}

/** One judgement per threshold, from one pass over the checks. */
export function judgeFlaggerThresholds(
  scan: CollectedMetrics,
  thresholds: number[] = FLAGGER_THRESHOLDS,
  policy: FlaggerPolicy = FLAGGER_DEFAULTS,
): Map<number, JudgeOutcome> {
  const failedBy = scan.services.map((series) => ({
    service: serviceId(series.service),
    failed: flaggerChecks(series, scan.stepMs, policy).filter((c) => c.failed).length,
  }));
  return new Map(
    thresholds.map((t) => [
      t,
      { flagged: failedBy.filter((s) => s.failed >= t).map((s) => ({ service: s.service, types: null })) },
    ]),
  );
}

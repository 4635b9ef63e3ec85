/**
 * A Flagger-style judge: the static checks Flagger's Istio canary analysis runs every interval
 * (request-success-rate ≥ 99%, request-duration p99 ≤ 500 ms), per service, with no learning at all.
 * A service is flagged once `threshold` interval checks have failed, as Flagger rolls back then. Pure.
 */
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
  /** Failed checks before a rollback. */
  threshold: number;
}

export const FLAGGER_DEFAULTS: FlaggerPolicy = {
  minSuccessRate: 0.99,
  maxP99Ms: 500,
  intervalMs: 60_000,
  threshold: 1,
};

export interface IntervalCheck {
  /** First step of the interval. */
  start: number;
  /** Null when the interval had no requests: Flagger's query returns no value and the check is skipped here. */
  successRate: number | null;
  p99: number | null;
  failed: boolean;
}

/**
 * The checks over consecutive intervals. Flagger computes p99 with histogram_quantile over the interval; the
 * request-weighted mean of the per-step p99s stands in for it (the buckets are not in the collected series).
 */
export function flaggerChecks(
  series: ServiceSeries,
  stepMs: number,
  policy: FlaggerPolicy = FLAGGER_DEFAULTS,
): IntervalCheck[] {
  const size = Math.max(1, Math.round(policy.intervalMs / stepMs));
  const checks: IntervalCheck[] = [];
  for (let start = 0; start + size <= series.requests.length; start += size) {
    const errors = aggregateMetric(series, 'errorRatio', start, start + size);
    const successRate = errors === null ? null : 1 - errors;
    const p99 = aggregateMetric(series, 'latencyP99', start, start + size);
    const failed =
      (successRate !== null && successRate < policy.minSuccessRate) ||
      (p99 !== null && p99 > policy.maxP99Ms);
    checks.push({ start, successRate, p99, failed });
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

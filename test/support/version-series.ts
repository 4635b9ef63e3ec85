/**
 * Version series built by hand for the rollout judge's known-answer tests: steady requests and error ratios per
 * step, and latency buckets holding the expected counts of a log-normal (no noise), so every count is known.
 */
import { metricArrays } from '../../src/core/series.js';
import type { VersionSeries } from '../../src/core/types.js';

export const BOUNDS = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, Infinity];

/** Standard normal CDF (Abramowitz–Stegun 7.1.26). */
function phi(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}

/** Cumulative counts of `n` requests of a log-normal latency (median ms, sigma) at BOUNDS. */
export function lognormalBuckets(n: number, medianMs: number, sigma = 0.6): number[] {
  return BOUNDS.map((le) => (le === Infinity ? n : n * phi(Math.log(le / medianMs) / sigma)));
}

export interface VersionSpec {
  version: string;
  /** Requests per step, one entry per step (0: not serving then). */
  requests: number[];
  errorRatio?: number;
  medianMs?: number;
  sigma?: number;
  namespace?: string;
  name?: string;
}

export function versionSeries(spec: VersionSpec): VersionSeries {
  const values = metricArrays();
  const counts: Array<number[] | null> = [];
  for (const n of spec.requests) {
    const served = n > 0;
    values.requestRate.push(n / 15);
    values.errorRatio.push(served ? (spec.errorRatio ?? 0.001) : null);
    for (const metric of ['retryRatio', 'timeoutRatio', 'overflowRatio'] as const)
      values[metric].push(served ? 0 : null);
    values.ejectionRate.push(0);
    for (const metric of ['latencyP50', 'latencyP90', 'latencyP99'] as const)
      values[metric].push(served ? (spec.medianMs ?? 20) : null);
    counts.push(served ? lognormalBuckets(n, spec.medianMs ?? 20, spec.sigma) : null);
  }
  return {
    service: { namespace: spec.namespace ?? 'shop', name: spec.name ?? 'reviews' },
    version: spec.version,
    requests: [...spec.requests],
    values,
    unavailable: [],
    latencyBuckets: { bounds: BOUNDS, counts },
  };
}

/** n steps of the same value. */
export function steady(steps: number, perStep: number): number[] {
  return new Array<number>(steps).fill(perStep);
}

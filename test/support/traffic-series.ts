/**
 * Hand-built traffic for known answers on the traffic rules and the deploy-aware verdict: a service's series of one
 * request rate per step, what a short learning window taught of it, and a reference window holding such a series.
 */
import type { ServiceBaseline } from '../../src/core/baseline.js';
import {
  METRIC_NAMES,
  type CollectedMetrics,
  type ServiceKey,
  type ServiceSeries,
} from '../../src/core/types.js';

/** One rate per step in req/s over 1-minute steps; null: no sample that step (every metric null then too). */
export function trafficSeries(service: ServiceKey, ratePerStep: ReadonlyArray<number | null>): ServiceSeries {
  const values = Object.fromEntries(
    METRIC_NAMES.map((m) => [m, ratePerStep.map((r) => (r === null ? null : 0))]),
  ) as ServiceSeries['values'];
  values.requestRate = [...ratePerStep];
  return { service, requests: ratePerStep.map((r) => (r ?? 0) * 60), values, unavailable: [] };
}

/** Learned over a short window (no hour-of-day profile): a mean of `mean` req/s, its windows between p5 and p95. */
export function learnedTraffic(
  service: ServiceKey,
  mean: number,
  p5: number,
  p95: number,
  max = p95,
): ServiceBaseline {
  return {
    ...service,
    requests: mean * 8 * 3600,
    meanRate: mean,
    insufficient: false,
    hourlyRate: null,
    metrics: { requestRate: { mean, p5, p95, std: (p95 - p5) / 4, max } },
    models: {},
    unavailable: [],
  };
}

/** The window before a deploy at `deploy`, holding one series of 1-minute steps. */
export function referenceWindow(series: ServiceSeries, deploy: number): CollectedMetrics {
  return {
    source: 'prometheus',
    from: deploy - series.requests.length * 60_000,
    to: deploy,
    stepMs: 60_000,
    services: [series],
    histogramBuckets: [],
    notes: [],
    partial: false,
  };
}

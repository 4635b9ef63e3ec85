/**
 * Hand-built call graphs for origin ranking's known answers: findings, service summaries and steady edges over
 * one 10-minute window.
 */
import { metricArrays } from '../../src/core/series.js';
import { rankOrigins, type OriginServiceInput } from '../../src/core/origin.js';
import type { AnomalyType, EdgeSeries, Finding, MetricName, MetricSummary } from '../../src/core/types.js';

export const NS = 'shop';
export const WINDOW_MS = 600_000;
export const STEPS = 10;

const METRIC: Record<AnomalyType, MetricName> = {
  error_rate: 'errorRatio',
  latency: 'latencyP99',
  traffic_spike: 'requestRate',
  traffic_drop: 'requestRate',
  retry_storm: 'retryRatio',
  timeout: 'timeoutRatio',
  circuit_breaker: 'overflowRatio',
};

export function finding(
  service: string,
  type: AnomalyType,
  observed: number,
  expected: number,
  score = 3,
): Finding {
  return {
    namespace: NS,
    service,
    type,
    severity: 'high',
    detector: 'rule',
    metric: METRIC[type],
    observed,
    expected,
    expectedRange: [expected * 0.8, expected * 1.2],
    threshold: expected * 2,
    score,
    description: `${type} on ${service}`,
  };
}

export interface Health {
  rate: number;
  errors: [observed: number, expected: number];
  p99: [observed: number, expected: number];
}

export function service(name: string, h: Health): OriginServiceInput {
  const summary = ([observed, expected]: [number, number]): MetricSummary => ({
    observed,
    expected,
    band: [expected * 0.8, expected * 1.2],
  });
  return {
    key: { namespace: NS, name },
    requests: h.rate * (WINDOW_MS / 1000),
    metrics: {
      requestRate: { observed: h.rate, expected: h.rate, band: [h.rate * 0.8, h.rate * 1.2] },
      errorRatio: summary(h.errors),
      latencyP99: summary(h.p99),
    },
  };
}

export const healthy = (rate: number, p99: number): Health => ({
  rate,
  errors: [0.001, 0.001],
  p99: [p99, p99],
});

/** One edge over the window, steady: `rate` requests per second with this error ratio and p99. */
export function edge(
  caller: string | null,
  callee: string,
  rate: number,
  errorRatio: number,
  p99: number,
  side: EdgeSeries['side'] = 'client',
): EdgeSeries {
  const perStep = (rate * WINDOW_MS) / 1000 / STEPS;
  return {
    caller: caller === null ? null : { namespace: NS, name: caller },
    callee: { namespace: NS, name: callee },
    service: { namespace: NS, name: callee },
    side,
    requests: new Array<number>(STEPS).fill(perStep),
    values: metricArrays((metric) =>
      new Array<number | null>(STEPS).fill(
        metric === 'errorRatio' ? errorRatio : metric === 'latencyP99' ? p99 : null,
      ),
    ),
    unavailable: [],
  };
}

export function rank(findings: Finding[], services: OriginServiceInput[], edges: EdgeSeries[]) {
  return rankOrigins({ findings, services, edges, windowMs: WINDOW_MS, stepMs: WINDOW_MS / STEPS });
}
export const names = (origins: Array<{ service: string }>) => origins.map((o) => o.service);

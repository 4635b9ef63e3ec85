/**
 * The signals only a service's callers see (retries, overflows), taken from its callers' view of it: folding just
 * those metrics gives the same values as folding every metric, and leaves the service's own as they were.
 */
import { describe, expect, it } from '@jest/globals';
import { foldSeries, withCallerSignals } from '../src/core/edges.js';
import { metricArrays } from '../src/core/series.js';
import type { EdgeSeries, MetricName, ServiceSeries } from '../src/core/types.js';

const STEPS = 12;
const BOUNDS = [5, 10, 50, 100, Number.POSITIVE_INFINITY];
const SERVICE = { namespace: 'shop', name: 'cart' };

function series(seed: number, unavailable: MetricName[]): ServiceSeries {
  const requests = Array.from({ length: STEPS }, (_, i) => (i === 3 ? 0 : 10 + ((seed * 7 + i) % 5)));
  const values = metricArrays((metric) =>
    Array.from({ length: STEPS }, (_, i) =>
      unavailable.includes(metric) || i === 5 ? null : ((seed + i) % 4) / 10 + (metric.length % 3),
    ),
  );
  const counts = requests.map((r, i) =>
    i === 7 ? null : BOUNDS.map((_, b) => Math.min(r, Math.round((r * (b + 1 + (seed % 2))) / 5))),
  );
  return { service: SERVICE, requests, values, unavailable, latencyBuckets: { bounds: BOUNDS, counts } };
}

function edge(seed: number, caller: string, unavailable: MetricName[] = ['ejectionRate']): EdgeSeries {
  return {
    ...series(seed, unavailable),
    caller: { namespace: 'shop', name: caller },
    callee: SERVICE,
    side: 'client',
  };
}

describe('withCallerSignals', () => {
  const own = series(0, ['retryRatio', 'overflowRatio', 'ejectionRate']);
  const callers = [edge(1, 'frontend'), edge(2, 'checkout'), edge(3, 'search')];

  it('takes what every caller sees, folded as foldSeries folds every metric', () => {
    const taken = withCallerSignals(own, callers);
    const all = foldSeries(SERVICE, callers);
    expect(taken.unavailable).toEqual(['ejectionRate']);
    for (const metric of ['retryRatio', 'overflowRatio'] as const)
      expect(taken.values[metric]).toEqual(all.values[metric]);
    for (const metric of ['requestRate', 'errorRatio', 'latencyP99', 'ejectionRate'] as const)
      expect(taken.values[metric]).toEqual(own.values[metric]);
    expect(taken.requests).toEqual(own.requests);
  });

  it('takes nothing a caller lacks', () => {
    const partly = [...callers.slice(0, 2), edge(4, 'ads', ['overflowRatio', 'ejectionRate'])];
    const taken = withCallerSignals(own, partly);
    expect(taken.unavailable).toEqual(['overflowRatio', 'ejectionRate']);
    expect(taken.values.retryRatio).toEqual(foldSeries(SERVICE, partly).values.retryRatio);
    expect(taken.values.overflowRatio).toEqual(own.values.overflowRatio);
  });
});

describe('foldSeries of some metrics', () => {
  const parts = [edge(1, 'frontend'), edge(2, 'checkout')];

  it('folds those as the whole fold does, the others null', () => {
    const all = foldSeries(SERVICE, parts);
    const some = foldSeries(SERVICE, parts, ['retryRatio', 'latencyP90']);
    expect(some.values.retryRatio).toEqual(all.values.retryRatio);
    expect(some.values.latencyP90).toEqual(all.values.latencyP90);
    expect(some.values.errorRatio).toEqual(new Array(STEPS).fill(null));
    expect(some.requests).toEqual(all.requests);
    expect(some.unavailable).toEqual(all.unavailable);
  });
});

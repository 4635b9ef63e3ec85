/** A hand-built finding chart: a p99 latency that jumps from ~100 ms to ~300 ms (values chosen to check by eye). */
import type { FindingChart, MetricName } from '../../src/core/types.js';

export function chart(
  options: Partial<FindingChart> & { metric?: MetricName; withReference?: boolean } = {},
): FindingChart {
  const { withReference, ...overrides } = options;
  const ratio = (overrides.metric ?? 'latencyP99') === 'errorRatio';
  const level = (v: number) => (ratio ? v / 10_000 : v);
  const scan = Array.from({ length: 20 }, (_, i) => level(i < 4 ? 100 + i : 300 + (i % 3) * 10));
  const base: FindingChart = {
    namespace: 'bookinfo',
    service: 'reviews',
    metric: 'latencyP99',
    type: 'latency',
    severity: 'high',
    scan: {
      from: '2026-11-25T10:00:00.000Z',
      stepSeconds: 15,
      values: scan.map((v, i) => (i === 7 ? null : v)),
    },
    expected: 100,
    band: [80, 120],
    deployedAt: null,
  };
  if (withReference) {
    base.reference = {
      from: '2026-11-25T09:50:00.000Z',
      stepSeconds: 15,
      values: Array.from({ length: 40 }, (_, i) => level(95 + (i % 4) * 5)),
    };
    base.deployedAt = '2026-11-25T10:00:00.000Z';
  }
  return { ...base, ...overrides };
}

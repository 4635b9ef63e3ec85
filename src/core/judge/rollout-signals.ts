/** The per-request signals a rollout's versions are compared on, and how the comparisons' figures are rounded. */
import { significant } from '../numbers.js';
import { SIGNALS_BY_CALLERS, type RolloutSignal } from '../rollout-types.js';
import type { AnomalyType, MetricName, ServiceSeries } from '../types.js';
import type { RolloutPair } from './rollout-pairs.js';

export interface CountedSignal {
  signal: RolloutSignal;
  metric: MetricName;
  type: AnomalyType;
  quantile?: number;
}

export const ROLLOUT_SIGNAL_SPECS: readonly CountedSignal[] = [
  { signal: 'errors', metric: 'errorRatio', type: 'error_rate' },
  { signal: 'timeouts', metric: 'timeoutRatio', type: 'timeout' },
  { signal: 'retries', metric: 'retryRatio', type: 'retry_storm' },
  { signal: 'overflows', metric: 'overflowRatio', type: 'circuit_breaker' },
  { signal: 'latencyP50', metric: 'latencyP50', type: 'latency', quantile: 0.5 },
  { signal: 'latencyP99', metric: 'latencyP99', type: 'latency', quantile: 0.99 },
  { signal: 'callersLatencyP50', metric: 'latencyP50', type: 'latency', quantile: 0.5 },
  { signal: 'callersLatencyP99', metric: 'latencyP99', type: 'latency', quantile: 0.99 },
];

/** The two sides a signal is read on: the versions' own views, or their callers' (null where a side has none). */
export function sidesOf(
  pair: RolloutPair,
  spec: CountedSignal,
): { newer: ServiceSeries; older: ServiceSeries } | null {
  if (!SIGNALS_BY_CALLERS.has(spec.signal)) return pair;
  const { callers: newer } = pair.newer;
  const { callers: older } = pair.older;
  return newer && older ? { newer, older } : null;
}

export function round(value: number): number {
  return significant(value, 6);
}
export function roundOrNull(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : round(value);
}

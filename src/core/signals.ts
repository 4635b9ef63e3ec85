/**
 * The signals the model learns, one per anomaly family: which metrics feed it, which direction is bad,
 * and the smallest change in its units that is worth noticing (the scaling floor).
 */
import type { AnomalyType, MetricName } from './types.js';

/** `joint`: every signal's window aggregate together (model/joint.ts), not one of SIGNALS. */
export const SIGNAL_NAMES = [
  'traffic',
  'errors',
  'latency',
  'retries',
  'timeouts',
  'overflow',
  'joint',
] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];

export interface SignalSpec {
  name: SignalName;
  metrics: MetricName[];
  /** 'up': only an increase is an anomaly; 'both': traffic can spike or drop. */
  direction: 'up' | 'both';
  /** The anomaly type when this signal deviates upward (traffic: downward is traffic_drop). */
  type: AnomalyType;
  /**
   * Per metric, the smallest standard deviation the scaler may use, in the metric's units: below it
   * normal jitter is noise, not a mode. Keeps constant-zero signals (no overflow ever) from making
   * any single event infinitely anomalous.
   */
  minScale: number[];
}

export const SIGNALS: SignalSpec[] = [
  { name: 'traffic', metrics: ['requestRate'], direction: 'both', type: 'traffic_spike', minScale: [0.05] },
  { name: 'errors', metrics: ['errorRatio'], direction: 'up', type: 'error_rate', minScale: [0.002] },
  {
    name: 'latency',
    metrics: ['latencyP50', 'latencyP90', 'latencyP99'],
    direction: 'up',
    type: 'latency',
    minScale: [0.5, 1, 2],
  },
  { name: 'retries', metrics: ['retryRatio'], direction: 'up', type: 'retry_storm', minScale: [0.003] },
  { name: 'timeouts', metrics: ['timeoutRatio'], direction: 'up', type: 'timeout', minScale: [0.002] },
  {
    name: 'overflow',
    metrics: ['overflowRatio', 'ejectionRate'],
    direction: 'up',
    type: 'circuit_breaker',
    minScale: [0.002, 0.01],
  },
];

/** Feature-scaling floors for a signal's feature vector: [mean, stddev, trend, volatility] per metric. */
export function featureFloors(spec: SignalSpec, metrics: MetricName[], windowSteps: number): number[] {
  return metrics.flatMap((metric) => {
    const floor = spec.minScale[spec.metrics.indexOf(metric)];
    return [floor, floor, floor / windowSteps, floor];
  });
}

/**
 * The joint model: each window of a service as one point of all its signals' window aggregates
 * together (traffic, errors, p50, p99), scaled, clustered by K-means. Its modes are the service's real
 * operating states — ordinary traffic, an hourly batch at 3x the rate and 1.5x the p99 — so a window whose
 * every signal is inside its own normal range, in a combination unlike any state (batch-level p99 at
 * ordinary traffic), is still seen. Pure.
 */
import type { SignalModel } from '../baseline.js';
import { windowAggregates, windowStarts } from '../series.js';
import type { MetricName, ServiceSeries } from '../types.js';
import { fitClusterModel, learnEnvelope, type FeatureVector } from './kmeans.js';

/** The signals that make a service's operating state, and the smallest change in each worth a distance. */
export const JOINT_METRICS: Array<[MetricName, number]> = [
  ['requestRate', 0.05],
  ['errorRatio', 0.002],
  ['latencyP50', 0.5],
  ['latencyP99', 2],
];
/** Traffic as a share of the hour's usual rate: a 2% wobble is noise. */
const RELATIVE_RATE_FLOOR = 0.02;

export function jointMetrics(unavailable: MetricName[]): MetricName[] {
  return JOINT_METRICS.map(([m]) => m).filter((m) => !unavailable.includes(m));
}

/** One vector per window: the window aggregate of each metric; windows missing any are skipped. */
export function jointVectors(
  series: ServiceSeries,
  metrics: MetricName[],
  size: number,
  stride: number,
): FeatureVector[] {
  const starts = windowStarts(series.requests.length, size, stride);
  const columns = metrics.map((m) => windowAggregates(series, m, starts, size));
  const out: FeatureVector[] = [];
  starts.forEach((_, w) => {
    const v = columns.map((c) => c[w]);
    if (v.every((x): x is number => x !== null && Number.isFinite(x))) out.push(v as number[]);
  });
  return out;
}

/** Fit the joint model; null with too few windows or a single signal (nothing joint to learn). */
export function learnJoint(
  series: ServiceSeries,
  size: number,
  stride: number,
  options: { kMax: number; seed: number; relativeTraffic: boolean },
): SignalModel | null {
  const metrics = jointMetrics(series.unavailable);
  if (metrics.length < 2) return null;
  const vectors = jointVectors(series, metrics, size, stride);
  if (vectors.length < 8) return null;
  const floors = metrics.map((m) =>
    m === 'requestRate' && options.relativeTraffic
      ? RELATIVE_RATE_FLOOR
      : JOINT_METRICS.find(([name]) => name === m)![1],
  );
  const model = fitClusterModel(vectors, { kMax: options.kMax, seed: options.seed, minScale: floors });
  return {
    metrics,
    windows: vectors.length,
    ...(options.relativeTraffic ? { relativeToProfile: true } : {}),
    ...model,
    envelope: metrics.map((_, i) =>
      learnEnvelope(
        vectors.map((v) => v[i]),
        floors[i],
      ),
    ),
  };
}

/**
 * The joint model's verdict (model/joint.ts): the scan's windows, each as one point of all its signals,
 * against the learned operating states. Kept only when the median window and the last one are both unlike
 * every state; named after the signal that is furthest from the nearest state. Pure.
 */
import type { SignalModel } from '../baseline.js';
import { withRelativeTraffic } from '../learn.js';
import { jointVectors } from '../model/joint.js';
import { applyScaler, euclidean, scoreWindow } from '../model/kmeans.js';
import { totalRequests } from '../series.js';
import {
  severityRank,
  type AnomalyType,
  type JudgedFinding,
  type MetricName,
  type Severity,
} from '../types.js';
import { makeFinding, type JudgeContext } from './context.js';
import { MIN_EVENTS } from './rules.js';
import { CONFIRMING_WINDOWS, confirmed, modelSeverity } from './severity.js';

const JOINT_MAX: Severity = 'medium';

const TYPE_OF: Partial<Record<MetricName, AnomalyType>> = {
  errorRatio: 'error_rate',
  latencyP50: 'latency',
  latencyP90: 'latency',
  latencyP99: 'latency',
  timeoutRatio: 'timeout',
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Which signal is out of place. The combination is unlike every state, so "furthest from the nearest state" can
 * blame a signal that is normal for another state (ordinary traffic is far from the batch). Prefer the state that
 * explains the window by one harmful move — errors or latency up by a scaled unit or more — nearest first; traffic
 * only when no state does.
 */
function nameTheDeviation(
  model: SignalModel,
  vector: number[],
): { metric: MetricName; type: AnomalyType } | null {
  const point = applyScaler(model.scaler, vector);
  const states = model.centroids
    .map((centroid) => ({ centroid, distance: euclidean(point, centroid) }))
    .sort((a, b) => a.distance - b.distance);
  for (const { centroid } of states) {
    let best = -1;
    point.forEach((v, i) => {
      const type = TYPE_OF[model.metrics[i]];
      if (type && v - centroid[i] >= 1 && (best < 0 || v - centroid[i] > point[best] - centroid[best]))
        best = i;
    });
    if (best >= 0) return { metric: model.metrics[best], type: TYPE_OF[model.metrics[best]]! };
  }
  const nearest = states[0].centroid;
  const rate = model.metrics.indexOf('requestRate');
  let strongest = 0;
  point.forEach((v, i) => {
    if (Math.abs(v - nearest[i]) > Math.abs(point[strongest] - nearest[strongest])) strongest = i;
  });
  if (strongest !== rate) return null;
  return { metric: 'requestRate', type: point[rate] > nearest[rate] ? 'traffic_spike' : 'traffic_drop' };
}

export function jointFinding(
  ctx: JudgeContext,
  model: SignalModel,
  windowSteps: number,
): JudgedFinding | null {
  if (model.metrics.some((m) => ctx.series.unavailable.includes(m))) return null;
  let series = ctx.series;
  if (model.relativeToProfile) {
    if (!ctx.baseline.hourlyRate || ctx.from === undefined) return null;
    series = withRelativeTraffic(series, ctx.baseline.hourlyRate, ctx.from, ctx.stepMs);
  }
  const size = Math.min(windowSteps, series.requests.length);
  const vectors = jointVectors(series, model.metrics, size, Math.max(1, Math.floor(size / 2)));
  if (vectors.length === 0) return null;
  const scores = vectors.map((v) => scoreWindow(model, v, ctx.config.model.sensitivity));
  const score = median(scores.map((s) => s.score));
  let severity = modelSeverity(score);
  if (!severity || scores[scores.length - 1].score < 1) return null;
  if (scores.length >= CONFIRMING_WINDOWS && scores.every((s) => s.score >= 1))
    severity = confirmed(severity);
  // Every signal is inside its own range, only the combination is new: worth a warning, not a failed deploy on
  // its own (on the realistic tuning suite, day-to-day drift moved whole states as often as a fault did).
  if (severityRank(severity) > severityRank(JOINT_MAX)) severity = JOINT_MAX;
  const typicalIndex = scores.reduce(
    (best, s, i) => (Math.abs(s.score - score) < Math.abs(scores[best].score - score) ? i : best),
    0,
  );
  const typical = scores[typicalIndex];
  const named = nameTheDeviation(model, vectors[typicalIndex]);
  if (!named) return null; // fewer errors or a faster service is not an anomaly
  const { metric, type } = named;
  const observed = ctx.observed[metric] ?? 0;
  const combination = describeCombination(model, vectors[typicalIndex], typical.cluster, metric);
  if ((type === 'error_rate' || type === 'timeout') && observed * totalRequests(ctx.series) < MIN_EVENTS)
    return null;
  return makeFinding(ctx, {
    type,
    severity,
    detector: 'model',
    metric,
    observed,
    threshold: typical.threshold,
    score,
    reason: {
      kind: 'mode-distance',
      feature: 'mean',
      distance: typical.distance,
      threshold: typical.threshold,
      mode: typical.cluster + 1,
      modes: model.k,
      joint: true,
      combination,
      ...(model.relativeToProfile ? { relativeTraffic: true } : {}),
    },
  });
}

/**
 * The window and the nearest state in the signals' own units (the centroid unscaled), the named metric first,
 * then the others by their scaled distance from the state: what a person needs to see what is out of place.
 */
function describeCombination(
  model: SignalModel,
  vector: number[],
  cluster: number,
  metric: MetricName,
): Array<{ metric: MetricName; window: number; nearest: number }> {
  const centroid = model.centroids[cluster];
  const rows = model.metrics.map((m, i) => ({
    metric: m,
    window: vector[i],
    nearest: centroid[i] * model.scaler.scale[i] + model.scaler.center[i],
    apart: Math.abs(applyScaler(model.scaler, vector)[i] - centroid[i]),
  }));
  const first = rows.filter((r) => r.metric === metric);
  const rest = rows.filter((r) => r.metric !== metric).sort((a, b) => b.apart - a.apart);
  return [...first, ...rest].map(({ metric: m, window, nearest }) => ({ metric: m, window, nearest }));
}

/**
 * The learned model's verdicts: the clusters (distance to the nearest normal mode against that mode's own
 * threshold) and the envelope of normal window means, kept only when the deviation persists. Pure.
 */
import type { SignalModel } from '../baseline.js';
import { availableMetrics, signalVectors, withRelativeTraffic } from '../learn.js';
import { envelopeScore, scoreWindow } from '../model/kmeans.js';
import { featureAt, featureIndex } from '../features.js';
import { aggregateMetric, totalRequests } from '../series.js';
import type { SignalSpec } from '../signals.js';
import {
  REQUEST_SHARES,
  severityRank,
  type JudgedFinding,
  type MetricName,
  type ServiceSeries,
  type Severity,
} from '../types.js';
import { makeFinding, type JudgeContext } from './context.js';
import { MIN_EVENTS } from './rules.js';
import { CONFIRMING_WINDOWS, confirmed, modelSeverity, onePerType } from './severity.js';
import { median } from '../numbers.js';

const SHAPE_ONLY_MAX: Severity = 'medium';

/** The scan's windows as the model sees them (traffic as a share of the hour's usual rate when learned so). */
function scanVectors(ctx: JudgeContext, spec: SignalSpec, model: SignalModel, windowSteps: number) {
  const used = availableMetrics(spec, ctx.series.unavailable).filter((m) => model.metrics.includes(m));
  if (used.length !== model.metrics.length) return null;
  let series = ctx.series;
  if (model.relativeToProfile) {
    // Learned as a share of the hour's usual traffic: judge the scan the same way, or not at all.
    if (!ctx.baseline.hourlyRate || ctx.from === undefined) return null;
    series = withRelativeTraffic(series, ctx.baseline.hourlyRate, ctx.from, ctx.stepMs);
  }
  const size = Math.min(windowSteps, series.requests.length);
  const vectors = signalVectors(series, used, size, Math.max(1, Math.floor(size / 2)));
  return vectors.length > 0 ? { used, vectors, series } : null;
}

/**
 * A regression persists; a restart blip recovers. The deviation of a metric's level from its learned
 * median must still be at least half as large over the scan's last quarter (two steps at least) as over
 * the whole scan — this tells a blip from a regression even inside a single feature window.
 */
export function persistsToTheEnd(series: ServiceSeries, metric: MetricName, reference: number): boolean {
  const steps = series.requests.length;
  const tail = Math.max(2, Math.floor(steps / 4));
  const overall = aggregateMetric(series, metric);
  const end = aggregateMetric(series, metric, steps - tail, steps);
  if (overall === null || end === null) return true;
  const deviation = overall - reference;
  const endDeviation = end - reference;
  return (
    Math.sign(endDeviation) === Math.sign(deviation) && Math.abs(endDeviation) >= 0.5 * Math.abs(deviation)
  );
}

/** A model verdict, and whether it is about the metric's level (its mean) rather than its shape. */
interface ModelVerdict {
  finding: JudgedFinding;
  aboutLevel: boolean;
}

/** A finding of the model's about `metric`, observed at the scan's value of it (fields in the report's order). */
function modelFindingAbout(
  ctx: JudgeContext,
  fields: Omit<Parameters<typeof makeFinding>[1], 'detector' | 'observed'>,
): JudgedFinding {
  const { type, severity, metric, threshold, score, reason, ...rest } = fields;
  return makeFinding(ctx, {
    type,
    severity,
    detector: 'model',
    metric,
    observed: ctx.observed[metric] ?? 0,
    threshold,
    score,
    reason,
    ...rest,
  });
}

/** What each of the model's two judges reads: the signal, its learned model and the scan's window vectors. */
interface ModelInputs {
  ctx: JudgeContext;
  spec: SignalSpec;
  model: SignalModel;
  used: MetricName[];
  vectors: number[][];
}

/**
 * The clusters' verdict: the median window's distance to the nearest learned mode over that mode's own
 * threshold. Null when the scan looks like a learned mode, when the deviation is an improvement, or
 * when it was transient (the scan's last window is normal again: a restart blip or a burst recovers).
 */
function clusterFinding({ ctx, spec, model, used, vectors }: ModelInputs): ModelVerdict | null {
  const scores = vectors.map((v) => scoreWindow(model, v, ctx.config.model.sensitivity));
  const score = median(scores.map((s) => s.score));
  let severity = modelSeverity(score);
  if (!severity) return null;
  if (scores.length >= 2 && scores[scores.length - 1].score < 1) return null;
  // Every window of a long enough scan agreeing is stronger evidence than any one window's distance.
  if (scores.length >= CONFIRMING_WINDOWS && scores.every((s) => s.score >= 1))
    severity = confirmed(severity);
  const typical = scores.reduce((best, s) =>
    Math.abs(s.score - score) < Math.abs(best.score - score) ? s : best,
  );

  // The feature that moved most tells the direction and which metric to show.
  let strongest = 0;
  typical.deviation.forEach((d, i) => {
    if (Math.abs(d) > Math.abs(typical.deviation[strongest])) strongest = i;
  });
  const { metricIndex, feature } = featureAt(strongest);
  const metric = used[metricIndex];
  const meanDeviation = typical.deviation[featureIndex(metricIndex, 'mean')];
  const up = typical.deviation[strongest] > 0;
  let type = spec.type;
  if (spec.direction === 'both') {
    type = meanDeviation >= 0 ? 'traffic_spike' : 'traffic_drop';
  } else if (!up || (feature === 'mean' && meanDeviation < 0)) {
    return null; // an improvement (lower latency, fewer errors, steadier) is not an anomaly
  } else if (feature !== 'mean' && meanDeviation < 0 && Math.abs(meanDeviation) > 1) {
    return null;
  }
  // A change of shape alone (spread, trend, volatility at a normal level) is reported, not gated: on real
  // telemetry a heavy tail's jitter changes shape from one window to the next.
  if (feature !== 'mean' && severityRank(severity) > severityRank(SHAPE_ONLY_MAX)) severity = SHAPE_ONLY_MAX;
  const result = modelFindingAbout(ctx, {
    type,
    severity,
    metric,
    threshold: typical.threshold,
    score,
    reason: {
      kind: 'mode-distance',
      feature,
      distance: typical.distance,
      threshold: typical.threshold,
      mode: typical.cluster + 1,
      modes: model.k,
    },
  });
  return { finding: result, aboutLevel: feature === 'mean' };
}

/**
 * The envelope's verdict: the scan's typical window mean against the range of window means seen in
 * training. It sees sustained shifts that rare normal modes hide from the clusters (a burst mode widens
 * a single cluster's threshold as much as a 40% dip would need).
 */
function envelopeFinding({ ctx, spec, model, used, vectors }: ModelInputs): ModelVerdict | null {
  if (!model.envelope) return null;
  const sensitivity = ctx.config.model.sensitivity;
  let best: JudgedFinding | null = null;
  used.forEach((metric, i) => {
    const envelope = model.envelope![i];
    const means = vectors.map((v) => v[featureIndex(i, 'mean')]);
    const score = envelopeScore(envelope, median(means), sensitivity);
    if (Math.abs(score) < 1 || (spec.direction === 'up' && score < 0)) return;
    // Persistence, as for the clusters: the last window must still be outside on the same side.
    const last = envelopeScore(envelope, means[means.length - 1], sensitivity);
    if (means.length >= 2 && (Math.sign(last) !== Math.sign(score) || Math.abs(last) < 1)) return;
    let severity = modelSeverity(Math.abs(score))!;
    if (
      means.length >= CONFIRMING_WINDOWS &&
      means.every((m) => Math.abs(envelopeScore(envelope, m, sensitivity)) >= 1)
    ) {
      severity = confirmed(severity);
    }
    // Relative traffic is a share of the hour's usual rate: report the bound in req/s.
    const unit = model.relativeToProfile ? (ctx.expectedRate ?? 1) : 1;
    const bound = (score > 0 ? envelope.high : envelope.low) * unit;
    const type = spec.direction === 'both' ? (score > 0 ? 'traffic_spike' : 'traffic_drop') : spec.type;
    const candidate = modelFindingAbout(ctx, {
      type,
      severity,
      metric,
      threshold: bound,
      score: Math.abs(score),
      reason: { kind: 'envelope', side: score > 0 ? 'above' : 'below', bound },
    });
    if (!best || candidate.score > best.score) best = candidate;
  });
  return best ? { finding: best, aboutLevel: true } : null;
}

/**
 * A verdict must still hold at the end of the scan (see persistsToTheEnd) when it is about the metric's
 * level, or when the level moved by half its normal reach anyway (a restart blip shows as spread too).
 * A change of shape alone — more jitter at the same level — is judged on two windows or more.
 */
function persists(
  verdict: ModelVerdict,
  series: ServiceSeries,
  used: MetricName[],
  model: SignalModel,
  windows: number,
): boolean {
  const metric = verdict.finding.metric;
  const envelope = model.envelope?.[used.indexOf(metric)];
  if (!envelope) return true;
  if (!verdict.aboutLevel) {
    const level = aggregateMetric(series, metric);
    if (level === null) return true;
    const reach = level >= envelope.median ? envelope.high - envelope.median : envelope.median - envelope.low;
    // A change of shape alone needs two windows, so that the last one can show it persists: within
    // a single window it cannot be told from a restart.
    if (Math.abs(level - envelope.median) < 0.5 * reach) return windows >= 2;
  }
  return persistsToTheEnd(series, metric, envelope.median);
}

/** The model: the clusters and the envelope each judge the scan; the stronger verdict is kept. */
export function modelFinding(
  ctx: JudgeContext,
  spec: SignalSpec,
  model: SignalModel,
  windowSteps: number,
): JudgedFinding | null {
  const scan = scanVectors(ctx, spec, model, windowSteps);
  if (!scan) return null;
  const found = [
    clusterFinding({ ctx, spec, model, used: scan.used, vectors: scan.vectors }),
    envelopeFinding({ ctx, spec, model, used: scan.used, vectors: scan.vectors }),
  ].filter(
    (v): v is ModelVerdict => v !== null && persists(v, scan.series, scan.used, model, scan.vectors.length),
  );
  const best = onePerType(found.map((v) => v.finding))[0] ?? null;
  // The clusters' choice of metric is the scaled feature that moved most; the envelope's is the one outside.
  if (best && spec.type === 'latency' && best.reason.kind === 'mode-distance')
    return namedForTheQuantileThatMovedMost(ctx, best, scan.used);
  // Two errors against a baseline of none is a real difference, but not one to stop a deploy for.
  if (best && REQUEST_SHARES.has(best.metric) && best.observed * totalRequests(ctx.series) < MIN_EVENTS)
    return null;
  return best;
}

/**
 * A latency finding names the quantile that moved most against its own usual level (p99 229 ms against
 * 80 ms says more than the p50 that the model's scaled features happened to rank first).
 */
function namedForTheQuantileThatMovedMost(
  ctx: JudgeContext,
  finding: JudgedFinding,
  used: MetricName[],
): JudgedFinding {
  let metric = finding.metric;
  let moved = 0;
  for (const m of used) {
    const observed = ctx.observed[m];
    const usual = ctx.baseline.metrics[m]?.mean;
    if (observed == null || !usual || usual <= 0) continue;
    if (observed / usual > moved) [metric, moved] = [m, observed / usual];
  }
  if (metric === finding.metric) return finding;
  const { type, severity, detector, threshold, score, reason } = finding;
  return makeFinding(ctx, {
    type,
    severity,
    detector,
    metric,
    observed: ctx.observed[metric] ?? 0,
    threshold,
    score,
    reason,
  });
}

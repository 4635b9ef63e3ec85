/**
 * Learning: turn a window of normal series into the baseline's per-service statistics and models.
 * Pure: the clock and the tool version are passed in.
 */
import type { Baseline, EdgeBaseline, MetricStats, ServiceBaseline, SignalModel } from './baseline.js';
import { callerEdgesByCallee, edgesByCallee, edgesToLearn, withCallerSignals } from './edges.js';
import { BASELINE_SCHEMA_VERSION } from './baseline.js';
import { LIMITS, type Config } from './settings.js';
import { fitClusterModel, learnEnvelope, windowFeatures, type FeatureVector } from './model/kmeans.js';
import { SIGNALS, featureFloors, type SignalSpec } from './signals.js';
import { aggregateMetric, presentValues, totalRequests, windowAggregates, windowStarts } from './series.js';
import { learnHourlyProfile, relativeToProfile } from './traffic-profile.js';
import { learnEventRate } from './model/counts.js';
import { learnSlowTail } from './model/slow-tail.js';
import { learnJoint } from './model/joint.js';
import { ordinarySilenceSeconds } from './model/silence.js';
import { learnCallersGap } from './model/callers-gap.js';
import {
  METRIC_NAMES,
  compareServiceKeys,
  serviceId,
  type CollectedMetrics,
  type EdgeSeries,
  type MetricName,
  type ServiceSeries,
} from './types.js';
import { quantile, significant as round } from './numbers.js';
import { featureIndex } from './features.js';

export interface LearnMeta {
  now: number;
  toolVersion: string;
  cluster: { server: string; context: string; version?: string } | null;
  namespaces: string[];
}

/** A window needs at least half its steps with values to say anything about its shape. */
function windowVector(
  series: ServiceSeries,
  metrics: MetricName[],
  start: number,
  size: number,
): FeatureVector | null {
  const vector: number[] = [];
  for (const metric of metrics) {
    const values = presentValues(series.values[metric], start, start + size);
    if (values.length < Math.max(2, size / 2)) return null;
    vector.push(...windowFeatures(values)!);
  }
  return vector;
}

/** Feature vectors of a signal over a series, windows of `size` steps every `stride` steps. */
export function signalVectors(
  series: ServiceSeries,
  metrics: MetricName[],
  size: number,
  stride: number,
): FeatureVector[] {
  const out: FeatureVector[] = [];
  for (const start of windowStarts(series.requests.length, size, stride)) {
    const v = windowVector(series, metrics, start, size);
    if (v) out.push(v);
  }
  return out;
}

/** The metrics of a signal this service actually has (optional stats may be missing). */
export function availableMetrics(spec: SignalSpec, unavailable: MetricName[]): MetricName[] {
  return spec.metrics.filter((m) => !unavailable.includes(m));
}

function metricStats(
  series: ServiceSeries,
  metric: MetricName,
  size: number,
  stride: number,
): MetricStats | null {
  const mean = aggregateMetric(series, metric);
  if (mean === null) return null;
  const present = windowAggregates(
    series,
    metric,
    windowStarts(series.requests.length, size, stride),
    size,
  ).filter((v): v is number => v !== null);
  const wm = Float64Array.from(present.length > 0 ? present : [mean]).sort();
  let avg = 0;
  for (const v of wm) avg += v / wm.length;
  let variance = 0;
  for (const v of wm) variance += (v - avg) ** 2 / wm.length;
  const std = Math.sqrt(variance);
  return {
    mean: round(mean),
    p5: round(quantile(wm, 0.05)),
    p95: round(quantile(wm, 0.95)),
    std: round(std),
    max: round(wm[wm.length - 1]),
  };
}

/** The series with its request rate replaced by the share of what each hour usually sees. */
export function withRelativeTraffic(
  series: ServiceSeries,
  profile: number[],
  from: number,
  stepMs: number,
): ServiceSeries {
  return {
    ...series,
    values: {
      ...series.values,
      requestRate: relativeToProfile(series.values.requestRate, profile, from, stepMs),
    },
  };
}

/** Traffic judged relative to its hour: a 2% wobble in that share is noise, not a mode. */
const RELATIVE_TRAFFIC_FLOOR = [0.02];

/**
 * The feature window a learn at this step uses: the configured one, unless the source read coarser data than it
 * holds twice (metrics scraped every 3 or 5 minutes are read at their own interval): then LIMITS' four steps, so a
 * window has a spread and a trend, and the baseline a window that holds a step at all.
 */
export function featureWindowFor(config: Config, stepMs: number): number {
  if (config.featureWindowMs >= 2 * stepMs) return config.featureWindowMs;
  return Math.min(
    LIMITS.featureWindowMs.max,
    Math.max(config.featureWindowMs, LIMITS.stepsPerFeatureWindow * stepMs),
  );
}

/** How a service's windows are cut: `size` steps each, one every `stride` steps. */
export interface Windows {
  size: number;
  stride: number;
}

/** Error and timeout counts per window, for the count rules (the optional ones a service does not read left out). */
function learnEvents(
  series: ServiceSeries,
  { size, stride }: Windows,
): NonNullable<ServiceBaseline['events']> {
  const events: NonNullable<ServiceBaseline['events']> = {};
  for (const metric of ['errorRatio', 'timeoutRatio'] as const) {
    if (series.unavailable.includes(metric)) continue;
    const rate = learnEventRate(series, metric, size, stride);
    if (rate) events[metric] = rate;
  }
  return events;
}

/** Each metric's whole-window mean and its spread across windows. */
function learnMetrics(series: ServiceSeries, { size, stride }: Windows): ServiceBaseline['metrics'] {
  const metrics: ServiceBaseline['metrics'] = {};
  for (const metric of METRIC_NAMES) {
    if (series.unavailable.includes(metric)) continue;
    const s = metricStats(series, metric, size, stride);
    if (s) metrics[metric] = s;
  }
  return metrics;
}

/** The windows a service's statistics are learned over: the feature window, half-overlapping. */
export function learningWindows(config: Config, stepMs: number): Windows {
  const size = Math.round(featureWindowFor(config, stepMs) / stepMs);
  return { size, stride: Math.max(1, Math.floor(size / 2)) };
}

/** What a service's models are learned from: its series, its hourly traffic profile and where the window began. */
interface ModelInput {
  series: ServiceSeries;
  hourlyRate: number[] | null;
  from: number | undefined;
  stepMs: number;
}

/**
 * One signal's cluster model and envelope over the service's windows (traffic relative to its hour when there is a
 * profile); null when the service reads none of the signal's metrics or has fewer than four windows of it.
 */
function learnSignalModel(
  spec: SignalSpec,
  input: ModelInput,
  windows: Windows,
  config: Config,
): SignalModel | null {
  const { series, hourlyRate, from, stepMs } = input;
  const { size, stride } = windows;
  const used = availableMetrics(spec, series.unavailable);
  if (used.length === 0) return null;
  const relative = spec.name === 'traffic' && hourlyRate !== null;
  const source = relative ? withRelativeTraffic(series, hourlyRate, from!, stepMs) : series;
  const vectors = signalVectors(source, used, size, stride);
  if (vectors.length < 4) return null;
  const model = fitClusterModel(vectors, {
    kMax: config.model.kMax,
    seed: config.model.seed,
    minScale: relative
      ? featureFloors({ ...spec, minScale: RELATIVE_TRAFFIC_FLOOR }, used, size)
      : featureFloors(spec, used, size),
  });
  const floors = relative ? RELATIVE_TRAFFIC_FLOOR : used.map((m) => spec.minScale[spec.metrics.indexOf(m)]);
  const envelope = used.map((_, i) => {
    const means = vectors.map((v) => v[featureIndex(i, 'mean')]);
    const learned = learnEnvelope(means, floors[i]);
    if (!relative) return learned;
    const sorted = Float64Array.from(means).sort();
    return { ...learned, p5: round(quantile(sorted, 0.05)), p95: round(quantile(sorted, 0.95)) };
  });
  return {
    metrics: used,
    windows: vectors.length,
    ...(relative ? { relativeToProfile: true } : {}),
    ...model,
    envelope,
  };
}

/** Every signal's model, then the joint model over all of them. */
function learnModels(input: ModelInput, windows: Windows, config: Config): ServiceBaseline['models'] {
  const { series, hourlyRate, from, stepMs } = input;
  const models: ServiceBaseline['models'] = {};
  for (const spec of SIGNALS) {
    const model = learnSignalModel(spec, input, windows, config);
    if (model) models[spec.name] = model;
  }
  const relative = hourlyRate !== null;
  const joint = learnJoint(
    relative ? withRelativeTraffic(series, hourlyRate, from!, stepMs) : series,
    windows.size,
    windows.stride,
    {
      kMax: config.model.kMax,
      seed: config.model.seed,
      relativeTraffic: relative,
    },
  );
  if (joint) models.joint = joint;
  return models;
}

/**
 * A service's baseline from a window of its normal series: its metrics' statistics, its event counts and slow
 * shares, its hourly traffic profile, and — with enough requests for per-window ratios to mean something — its
 * models.
 */
export function learnService(
  series: ServiceSeries,
  config: Config,
  stepMs: number,
  from?: number,
): ServiceBaseline {
  const windows = learningWindows(config, stepMs);
  const { size } = windows;
  const requests = totalRequests(series);
  const seconds = (series.requests.length * stepMs) / 1000;
  const perWindowRequests = (requests / Math.max(1, series.requests.length)) * size;
  // Any traffic is worth keeping: a quiet service is judged by counts (judge/counts.ts). Its models need more:
  // per-window ratios of a few requests are mostly noise (a single error = 10%).
  const insufficient = requests <= 0;
  const modelled =
    perWindowRequests >= Math.max(1, config.gate.minRequests / 10) && requests >= config.gate.minRequests;
  const events = learnEvents(series, windows);
  const metrics = learnMetrics(series, windows);
  const { stride } = windows;
  const slowTail = metrics.latencyP99 ? learnSlowTail(series, metrics.latencyP99.mean, size, stride) : null;
  const slowMedian = metrics.latencyP50 ? learnSlowTail(series, metrics.latencyP50.mean, size, stride) : null;
  const hourlyRate = from === undefined ? null : learnHourlyProfile(series.values.requestRate, from, stepMs);
  const models = modelled ? learnModels({ series, hourlyRate, from, stepMs }, windows, config) : {};
  return {
    namespace: series.service.namespace,
    name: series.service.name,
    requests,
    meanRate: round(requests / Math.max(1, seconds)),
    insufficient,
    hourlyRate,
    silenceSeconds: ordinarySilenceSeconds(series.requests, stepMs),
    metrics,
    ...(Object.keys(events).length > 0 ? { events } : {}),
    ...(slowTail ? { slowTail } : {}),
    ...(slowMedian ? { slowMedian } : {}),
    models,
    unavailable: [...series.unavailable].sort(),
    ...(series.layer ? { layer: series.layer } : {}),
  };
}

/**
 * A service's baseline and its edges': its own series, with the signals only its callers see (retries, overflows)
 * taken from its callers' view of it; and its busiest callers' view of it one by one, the others' folded.
 */
export function learnServiceAndEdges(
  series: ServiceSeries,
  callers: readonly EdgeSeries[],
  config: Config,
  stepMs: number,
  from?: number,
): { service: ServiceBaseline; edges: EdgeBaseline[] } {
  const clientSide = callers.filter((edge) => edge.side === 'client');
  const service = learnService(withCallerSignals(series, clientSide), config, stepMs, from);
  const byCaller = callerEdgesByCallee(clientSide).get(serviceId(series.service));
  const { size } = learningWindows(config, stepMs);
  const edges = byCaller
    ? edgesToLearn(series.service, byCaller)
        .filter((edge) => totalRequests(edge.series) > 0)
        .map((edge) => {
          const gap = learnCallersGap(edge.series, series, size);
          return {
            ...learnService(edge.series, config, stepMs, from),
            caller: edge.caller,
            ...(gap ? { callersGap: gap } : {}),
          };
        })
    : [];
  return { service, edges };
}

export function learnBaseline(collected: CollectedMetrics, config: Config, meta: LearnMeta): Baseline {
  const byCallee = edgesByCallee(collected.edges ?? []);
  const learned = collected.services.map((series) =>
    learnServiceAndEdges(
      series,
      byCallee.get(serviceId(series.service)) ?? [],
      config,
      collected.stepMs,
      collected.from,
    ),
  );
  return baselineOf(
    collected,
    learned.map((one) => one.service),
    config,
    meta,
    learned.flatMap((one) => one.edges),
  );
}

/** The baseline of services already learned one by one (learnService), in a stable order. */
export function baselineOf(
  collected: Omit<CollectedMetrics, 'services'>,
  learned: ServiceBaseline[],
  config: Config,
  meta: LearnMeta,
  learnedEdges: EdgeBaseline[] = [],
): Baseline {
  const services = [...learned].sort(compareServiceKeys);
  const edges = [...learnedEdges].sort(
    (a, b) => compareServiceKeys(a, b) || a.caller.localeCompare(b.caller),
  );
  return {
    schemaVersion: BASELINE_SCHEMA_VERSION,
    tool: { name: 'smanalyzer', version: meta.toolVersion },
    createdAt: new Date(meta.now).toISOString(),
    source: collected.source,
    ...(collected.mesh ? { mesh: collected.mesh } : {}),
    cluster: meta.cluster,
    namespaces: [...meta.namespaces].sort(),
    window: { from: new Date(collected.from).toISOString(), to: new Date(collected.to).toISOString() },
    stepMs: collected.stepMs,
    featureWindowMs: featureWindowFor(config, collected.stepMs),
    histogramBuckets: collected.histogramBuckets,
    settings: { kMax: config.model.kMax, seed: config.model.seed },
    services,
    ...(edges.length > 0 ? { edges } : {}),
  };
}

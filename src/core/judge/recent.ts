/**
 * What the half hour before a deploy adds to a thin baseline, pure. The reference window ran the same code on the
 * same day as the scan's eve: a service whose p99 was learned from a handful of requests is judged with those
 * requests too, and a service the baseline never saw busy (the load was elsewhere that day) has its latency judged
 * against that half hour rather than not at all.
 */
import type { EdgeBaseline, ServiceBaseline } from '../baseline.js';
import { edgesByCallee } from '../edges.js';
import { learningWindows, learnService, learnServiceAndEdges } from '../learn.js';
import { nameList } from '../names.js';
import { withRecentRequests } from '../model/slow-tail.js';
import { totalRequests, windowAggregates, windowStarts } from '../series.js';
import { quantile } from '../numbers.js';
import type { Config } from '../settings.js';
import { serviceId, type CollectedMetrics, type ServiceSeries } from '../types.js';

const LATENCY_METRICS = ['latencyP50', 'latencyP90', 'latencyP99'] as const;
type LatencyMetric = (typeof LATENCY_METRICS)[number];
/** Its callers' view of a new service keeps the median: what a network delay moves. */
const MEDIAN_ONLY: readonly LatencyMetric[] = ['latencyP50'];

/**
 * Half an hour of requests pins a median down, not the reach of a heavy tail (one that spikes a few times an hour
 * may not have spiked in it): a new service's usual p99 is the high end of the half hour's windows (their 95th
 * percentile, the top of its normal range), so its bound is the factor over that.
 */
function tailAtItsHigh(learned: ServiceBaseline): ServiceBaseline {
  const p99 = learned.metrics.latencyP99;
  if (!p99) return learned;
  return { ...learned, metrics: { ...learned.metrics, latencyP99: { ...p99, mean: p99.p95 } } };
}

/** A window this many times the half hour's median window (its p50 or p90) is an incident, not the service's normal. */
const INCIDENT_FACTOR = 4;
/** More windows than this share that far off are the service's nature, not an incident. */
const INCIDENT_SHARE = 1 / 3;

/**
 * The half hour before the deploy without an incident it held: the steps of the windows whose median or p90 was
 * INCIDENT_FACTOR times the half hour's median window lose their latency. A 3-minute network delay on the pod 20
 * minutes before the deploy would otherwise set a new service's usual level and reach, and a fault after the deploy
 * as slow would pass. Its traffic stays (a new service's traffic is not judged). When more than a third of
 * the half hour was that slow, that is how the service is, and it stays as it was; an incident still going when the
 * half hour ends stays too.
 */
export function withoutIncident(series: ServiceSeries, config: Config, stepMs: number): ServiceSeries {
  const buckets = series.latencyBuckets;
  if (!buckets) return series;
  const { size, stride } = learningWindows(config, stepMs);
  const starts = windowStarts(series.requests.length, size, stride);
  const off = new Set<number>();
  for (const metric of ['latencyP50', 'latencyP90'] as const) {
    const values = windowAggregates(series, metric, starts, size);
    const present = Float64Array.from(values.filter((v): v is number => v !== null)).sort();
    if (present.length < 3) continue;
    const usual = quantile(present, 0.5);
    values.forEach((v, i) => {
      if (v !== null && v > INCIDENT_FACTOR * usual) off.add(i);
    });
  }
  if (off.size > INCIDENT_SHARE * starts.length) return series;
  // One still going at the deploy is not over: the scan is judged against it, as any finding already there.
  for (let i = starts.length - 1; off.has(i); i--) off.delete(i);
  if (off.size === 0) return series;
  const masked = new Set<number>();
  for (const i of off) for (let s = starts[i]!; s < starts[i]! + size; s++) masked.add(s);
  const values = { ...series.values };
  for (const m of LATENCY_METRICS) values[m] = series.values[m].map((v, i) => (masked.has(i) ? null : v));
  return {
    ...series,
    values,
    latencyBuckets: {
      bounds: buckets.bounds,
      counts: buckets.counts.map((c, i) => (masked.has(i) ? null : c)),
    },
  };
}

/**
 * A baseline of the service's latency alone, learned from the reference window. Half an hour says nothing of its
 * traffic (a quiet service's rate swings from one few-minute slice to the next) nor of its modes: no rate, no
 * silence, no model — the latency rules and the slow-tail count judge it.
 */
function latencyFromReference(series: ServiceSeries, config: Config, stepMs: number): ServiceBaseline | null {
  return latencyAlone(learnService(withoutIncident(series, config, stepMs), config, stepMs));
}

/** What half an hour can say of a service (or an edge): its latency alone (see latencyFromReference). */
function latencyAlone<T extends ServiceBaseline>(
  learned: T,
  quantiles: readonly LatencyMetric[] = LATENCY_METRICS,
): T | null {
  if (!learned.metrics.latencyP99 || !learned.slowTail) return null;
  const metrics: ServiceBaseline['metrics'] = {};
  for (const m of quantiles) if (learned.metrics[m]) metrics[m] = learned.metrics[m];
  return {
    ...learned,
    meanRate: 0,
    hourlyRate: null,
    silenceSeconds: null,
    metrics,
    models: {},
  };
}

/**
 * The baselines the scan is judged by: the reference window's requests added to what each service learned of its
 * slow tail and slow median (model/slow-tail.ts); for a service in the baseline without traffic, its latency as
 * the reference window had it, with a note. The reference slices themselves are judged by the baseline as learned
 * (judge/onset.ts).
 */
export function withRecentEvidence(
  byId: ReadonlyMap<string, ServiceBaseline>,
  reference: CollectedMetrics | undefined,
  config: Config,
): {
  baselines: ReadonlyMap<string, ServiceBaseline>;
  /** The services whose latency the reference window judges (their findings say so). */
  fromReference: ReadonlySet<string>;
  notes: string[];
} {
  if (!reference) return { baselines: byId, fromReference: new Set(), notes: [] };
  const out = new Map(byId);
  const fromReference: string[] = [];
  for (const series of reference.services) {
    const id = serviceId(series.service);
    const known = byId.get(id);
    if (!known) continue;
    if (known.slowTail) {
      out.set(id, {
        ...known,
        slowTail: withRecentRequests(known.slowTail, series),
        ...(known.slowMedian ? { slowMedian: withRecentRequests(known.slowMedian, series) } : {}),
      });
    } else if (known.insufficient && totalRequests(series) >= config.gate.minRequests) {
      const recent = latencyFromReference(series, config, reference.stepMs);
      if (recent) {
        out.set(id, recent);
        fromReference.push(id);
      }
    }
  }
  const notes =
    fromReference.length > 0
      ? [
          `the baseline saw no traffic for ${fromReference.length === 1 ? 'service' : 'services'} ${nameList(fromReference, 5)}: their latency was judged against the window before the deploy; learn again to judge them fully`,
        ]
      : [];
  return { baselines: out, fromReference: new Set(fromReference), notes };
}

/**
 * Stand-ins for services the baseline does not know (deployed since it was learned) but the half hour before the
 * deploy saw busy: their latency and their callers' view of it (with the time lost between the proxies) as that
 * half hour had them. A service new with the deploy has no such past: the fixed limits alone judge it.
 */
export function newServicesFromReference(
  known: { has(id: string): boolean },
  reference: CollectedMetrics | undefined,
  config: Config,
): { services: ReadonlyMap<string, ServiceBaseline>; edges: EdgeBaseline[] } {
  const services = new Map<string, ServiceBaseline>();
  const edges: EdgeBaseline[] = [];
  if (!reference) return { services, edges };
  const callers = edgesByCallee(reference.edges ?? []);
  for (const series of reference.services) {
    const id = serviceId(series.service);
    if (known.has(id) || totalRequests(series) < config.gate.minRequests) continue;
    const learned = learnServiceAndEdges(
      withoutIncident(series, config, reference.stepMs),
      callers.get(id) ?? [],
      config,
      reference.stepMs,
    );
    const service = latencyAlone(learned.service);
    if (!service) continue;
    services.set(id, tailAtItsHigh(service));
    for (const edge of learned.edges) {
      const alone = latencyAlone(edge, MEDIAN_ONLY);
      if (alone) edges.push(alone);
    }
  }
  return { services, edges };
}

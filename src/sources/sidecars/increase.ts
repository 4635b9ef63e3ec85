/**
 * Counters → increases: what each service gained between two scrapes of one pod, with counter resets (a
 * restarted proxy) handled, and what a scan adds up per step. Pure.
 */
import { serviceId, type ServiceKey } from '../../core/types.js';
import { SIGNAL_NAMES, type SignalName } from '../../mesh/dialect.js';
import type { CounterSeries, HistogramSeries, SidecarSnapshot } from './snapshot.js';

/** What one service gained between two scrapes of one pod. */
export interface TrafficIncrease {
  requests: number;
  /** Per signal, what the request labels counted and what the upstream-cluster counter counted. */
  labels: Record<SignalName, number>;
  clusterStat: Record<SignalName, number>;
  /** Increase of each cumulative latency bucket, by upper bound (ms). */
  latencyBuckets: Map<number, number>;
}

export function emptyIncrease(): TrafficIncrease {
  const zeros = () => Object.fromEntries(SIGNAL_NAMES.map((name) => [name, 0])) as Record<SignalName, number>;
  return { requests: 0, labels: zeros(), clusterStat: zeros(), latencyBuckets: new Map() };
}

/**
 * A counter's increase between two readings. A decrease means the process restarted and the counter
 * began again from zero, so everything it now shows is new. A series absent before was born in between.
 */
export function counterIncrease(previous: number | undefined, current: number): number {
  if (!Number.isFinite(current)) return 0;
  if (previous === undefined || !Number.isFinite(previous)) return current;
  return current < previous ? current : current - previous;
}

/**
 * Per-service increases between two snapshots of the same pod. A histogram series is reset as a whole
 * when any of its buckets went down, which keeps its buckets cumulative. `keyOf`: what a series counts for (by
 * default its service; a version of it, for rollouts), undefined to leave it out.
 */
export function snapshotIncrease(
  previous: SidecarSnapshot,
  current: SidecarSnapshot,
  keyOf: (series: CounterSeries | HistogramSeries) => ServiceKey | undefined = (series) => series.service,
): Map<string, TrafficIncrease> {
  const byService = new Map<string, TrafficIncrease>();
  const increaseOf = (service: ServiceKey) => {
    const id = serviceId(service);
    let inc = byService.get(id);
    if (!inc) {
      inc = emptyIncrease();
      byService.set(id, inc);
    }
    return inc;
  };

  for (const [key, series] of current.counters) {
    const counted = keyOf(series);
    if (!counted) continue;
    const delta = counterIncrease(previous.counters.get(key)?.value, series.value);
    if (delta === 0) continue;
    const inc = increaseOf(counted);
    if (series.requests) inc.requests += delta;
    for (const signal of series.signals) inc[series.view][signal] += delta;
  }

  for (const [key, series] of current.histograms) {
    const counted = keyOf(series);
    if (!counted) continue;
    const before = previous.histograms.get(key)?.buckets;
    const reset =
      before === undefined || [...series.buckets].some(([le, count]) => count < (before.get(le) ?? 0));
    const inc = increaseOf(counted);
    for (const [le, count] of series.buckets) {
      if (!Number.isFinite(count)) continue;
      const delta = reset ? count : count - (before?.get(le) ?? 0);
      inc.latencyBuckets.set(le, (inc.latencyBuckets.get(le) ?? 0) + delta);
    }
  }
  return byService;
}

export function addScaled(into: TrafficIncrease, from: TrafficIncrease, fraction: number): void {
  into.requests += from.requests * fraction;
  for (const name of SIGNAL_NAMES) {
    into.labels[name] += from.labels[name] * fraction;
    into.clusterStat[name] += from.clusterStat[name] * fraction;
  }
  for (const [le, count] of from.latencyBuckets) {
    into.latencyBuckets.set(le, (into.latencyBuckets.get(le) ?? 0) + count * fraction);
  }
}

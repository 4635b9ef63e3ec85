/**
 * The step grid: per-service increases spread over the request's steps by overlap, how much of each step was
 * observed, and the per-step increases turned into the shared ServiceSeries shape. Pure.
 */
import { serviceId, type ServiceKey, type ServiceSeries } from '../../core/types.js';
import { histogramQuantile } from '../../core/histogram.js';
import { LATENCY_QUANTILE_ENTRIES, metricArrays } from '../../core/series.js';
import {
  SIGNAL_NAMES,
  combineReadings,
  type MeshDialect,
  type SignalName,
  type SignalReading,
} from '../../mesh/dialect.js';
import { addScaled, emptyIncrease, type TrafficIncrease } from './increase.js';

/** Per-service increases laid on the request's step grid, and how much of each step was observed. */
export class StepAccumulator {
  readonly steps: number;
  private readonly perService = new Map<string, { service: ServiceKey; steps: TrafficIncrease[] }>();
  private readonly intervals: Array<[number, number]> = [];

  constructor(
    readonly from: number,
    readonly to: number,
    readonly stepMs: number,
  ) {
    this.steps = Math.ceil((to - from) / stepMs);
  }

  /**
   * Spreads what was gained over [start, end) across the steps it overlaps, in proportion to the overlap
   * (when scrapes run on the step grid, each interval lands whole in one step).
   */
  add(
    start: number,
    end: number,
    increases: Map<string, TrafficIncrease>,
    services: Map<string, ServiceKey>,
  ): void {
    if (!(end > start)) return;
    this.intervals.push([start, end]);
    for (const [id, inc] of increases) {
      const service = services.get(id);
      if (!service) continue;
      const target = this.seriesFor(service);
      this.forEachOverlap(start, end, (step, overlap) =>
        addScaled(target[step], inc, overlap / (end - start)),
      );
    }
  }

  seriesFor(service: ServiceKey): TrafficIncrease[] {
    const id = serviceId(service);
    let entry = this.perService.get(id);
    if (!entry) {
      entry = { service, steps: Array.from({ length: this.steps }, emptyIncrease) };
      this.perService.set(id, entry);
    }
    return entry.steps;
  }

  services(): ServiceKey[] {
    return [...this.perService.values()].map((e) => e.service);
  }

  /** Milliseconds of each step covered by at least one observed interval. */
  coverage(): number[] {
    const merged: Array<[number, number]> = [];
    for (const [s, e] of [...this.intervals].sort((a, b) => a[0] - b[0])) {
      const last = merged.at(-1);
      if (last && s <= last[1]) last[1] = Math.max(last[1], e);
      else merged.push([s, e]);
    }
    const covered = new Array<number>(this.steps).fill(0);
    for (const [s, e] of merged) this.forEachOverlap(s, e, (step, overlap) => (covered[step] += overlap));
    return covered;
  }

  private forEachOverlap(start: number, end: number, visit: (step: number, overlapMs: number) => void): void {
    const first = Math.max(0, Math.floor((start - this.from) / this.stepMs));
    for (let step = first; step < this.steps; step++) {
      const stepStart = this.from + step * this.stepMs;
      if (stepStart >= end) break;
      const stepEnd = Math.min(stepStart + this.stepMs, this.to);
      const overlap = Math.min(end, stepEnd) - Math.max(start, stepStart);
      if (overlap > 0) visit(step, overlap);
    }
  }
}

/**
 * One service's per-step increases → the shared ServiceSeries shape; with `bounds` (sorted, the last +Infinity),
 * each step's buckets too, as the rollout comparison counts them.
 */
export function toServiceSeries(
  service: ServiceKey,
  steps: readonly TrafficIncrease[],
  coveredMs: readonly number[],
  views: Readonly<Record<SignalName, readonly SignalReading[]>>,
  dialect: MeshDialect,
  bounds?: readonly number[],
): ServiceSeries {
  const unavailable = SIGNAL_NAMES.filter((name) => views[name].length === 0).map(
    (name) => dialect.signals[name].metric,
  );
  const values = metricArrays();
  const requests: number[] = [];
  steps.forEach((inc, i) => {
    const seconds = coveredMs[i] / 1000;
    const observed = seconds > 0;
    // A share of the step's requests: never above 1, even where a cluster counter saw more events than requests.
    const perRequest = (count: number) => (inc.requests > 0 ? Math.min(1, count / inc.requests) : null);
    requests.push(inc.requests);
    values.requestRate.push(observed ? inc.requests / seconds : null);
    for (const name of SIGNAL_NAMES) {
      const signal = dialect.signals[name];
      const count = combineReadings(views[name].map((view) => inc[view][name]));
      if (views[name].length === 0) values[signal.metric].push(null);
      else if (signal.per === 'request') values[signal.metric].push(perRequest(count));
      else values[signal.metric].push(observed ? count / seconds : null);
    }
    const buckets = [...inc.latencyBuckets].map(([le, count]) => ({ le, count }));
    for (const [metric, q] of LATENCY_QUANTILE_ENTRIES) values[metric].push(histogramQuantile(q, buckets));
  });
  const series: ServiceSeries = { service, requests, values, unavailable };
  if (bounds && bounds.length > 0)
    series.latencyBuckets = {
      bounds: [...bounds],
      counts: steps.map((inc) =>
        inc.latencyBuckets.size > 0 ? bounds.map((le) => inc.latencyBuckets.get(le) ?? 0) : null,
      ),
    };
  return series;
}

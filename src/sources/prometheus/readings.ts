/**
 * What the range queries answered, per query and service, on the window's step grid (typed arrays, NaN where a
 * step has no point), held to a ceiling on the arrays and numbers one collection may hold; and the keys the
 * answers are stored under (query keys, views, an edge's caller). How a service's series are made from them is in
 * service-series.ts; the notes on what the series lack, in series-notes.ts. Pure.
 */
import { MetricsError, serviceId, type ServiceKey } from '../../core/types.js';
import type { MatrixSink } from './matrix-stream.js';

/** A bucket bound as Prometheus writes it: a number, or "+Inf" (which Number() does not read). */
function parseBound(text: string | undefined): number {
  if (text === '+Inf') return Number.POSITIVE_INFINITY;
  return text === undefined || text.trim() === '' ? Number.NaN : Number(text);
}

/**
 * The most per-service arrays one collection holds at once, whatever the server answers: far above a 10,000-service
 * mesh (about 24 arrays a service: the request queries and 20 latency buckets), far below what exhausts memory.
 */
export const MAX_SERIES_ARRAYS = 1_000_000;
/** And the most numbers they hold together: 2 GiB of float64, about what a 10,000-service learn over 12 h needed. */
export const MAX_SERIES_VALUES = 2 ** 28;

/**
 * How many per-service arrays of `steps` numbers a collection may hold at once: the fixed ceiling (arrays, and their
 * numbers), and when the server counted its series first, twice what that count needs plus 10,000 (series come and
 * go between the count's samples). An empty count leaves the fixed ceiling: never unlimited.
 */
export function seriesCeiling(steps: number, counted: number, maxArrays = MAX_SERIES_ARRAYS): number {
  const fixed = Math.max(1, Math.min(maxArrays, Math.floor(MAX_SERIES_VALUES / Math.max(1, steps))));
  return counted > 0 ? Math.min(fixed, 2 * counted + 10_000) : fixed;
}

/** Where a series of an answer goes: the service it is part of, and the view it was read in. */
export interface SeriesTarget {
  service: ServiceKey;
  view: string;
}

const NO_IDS: ReadonlySet<string> = new Set();

/**
 * Per query key and view: service id → per-step values; for the histogram, service id → `le` → per-step rates.
 * Several series of one answer may name one service (Linkerd requests by authority and workload): they add up.
 */
export class Readings {
  private readonly byQuery = new Map<string, Map<string, Float64Array>>();
  /** Service id → `query@view` → `le` → per-step rates. */
  private readonly buckets = new Map<string, Map<string, Map<number, Float64Array>>>();
  private readonly keys = new Map<string, ServiceKey>();
  private readonly bounds = new Set<number>();
  private readonly answered = new Map<string, Set<string>>();
  /** `query|id` → the views it was answered in (edges: one per caller). */
  private readonly viewIndex = new Map<string, Set<string>>();
  private arrays = 0;

  /**
   * `maxArrays`: how many per-step arrays the answers may hold at once (seriesCeiling). Each is `steps` numbers, so
   * an answer that names endless new series (a hostile or broken server) must stop here, not at the machine's
   * memory. `counted`: whether the bound came from the server's own count of its series (for the message).
   */
  constructor(
    readonly steps: number,
    private readonly maxArrays = seriesCeiling(steps, 0),
    private readonly server = 'the server',
    private readonly counted = false,
  ) {}

  /**
   * Where one piece's answer goes (matrix-stream.ts): each series to its service's array for this query and view
   * (or its bucket's), each point at the step it closes (evaluated at from + (i+1)·step); NaN where it is not a
   * number.
   */
  sink(
    query: string,
    from: number,
    stepMs: number,
    targetOf: (metric: Record<string, string>) => SeriesTarget | undefined,
  ): MatrixSink {
    return {
      series: (metric) => {
        const target = this.target(query, metric, targetOf);
        if (!target) return undefined;
        return (seconds, value) => {
          const index = Math.round((seconds * 1000 - from) / stepMs) - 1;
          if (index < 0 || index >= this.steps) return;
          const point = Number.isFinite(value) ? value : Number.NaN;
          const held = target[index];
          target[index] = Number.isNaN(held) ? point : held + point;
        };
      },
    };
  }

  private target(
    query: string,
    metric: Record<string, string>,
    targetOf: (metric: Record<string, string>) => SeriesTarget | undefined,
  ): Float64Array | undefined {
    const found = targetOf(metric);
    if (!found) return undefined;
    const id = serviceId(found.service);
    if (!this.keys.has(id)) this.keys.set(id, found.service);
    const indexed = `${query}|${id}`;
    let views = this.viewIndex.get(indexed);
    if (!views) this.viewIndex.set(indexed, (views = new Set()));
    views.add(found.view);
    if (isBucketQuery(query)) {
      const le = parseBound(metric['le']);
      if (Number.isNaN(le)) return undefined;
      let histograms = this.buckets.get(id);
      if (!histograms) this.buckets.set(id, (histograms = new Map()));
      const histogramId = viewKey(query, found.view);
      let byBound = histograms.get(histogramId);
      if (!byBound) histograms.set(histogramId, (byBound = new Map()));
      this.bounds.add(le);
      return byBound.get(le) ?? this.fresh(byBound, le);
    }
    const key = viewKey(query, found.view);
    let perService = this.byQuery.get(key);
    if (!perService) this.byQuery.set(key, (perService = new Map()));
    let answered = this.answered.get(query);
    if (!answered) this.answered.set(query, (answered = new Set()));
    answered.add(id);
    return perService.get(id) ?? this.fresh(perService, id);
  }

  private fresh<K>(map: Map<K, Float64Array>, key: K): Float64Array {
    if (++this.arrays > this.maxArrays) {
      if (this.counted)
        throw new MetricsError(
          `Prometheus at ${this.server} answered with more series than it counted before (over ${this.maxArrays} ` +
            'per-service arrays): not read further',
          'check that --prometheus-url points at the Prometheus you meant, then retry; a mesh that gained many ' +
            'services during the window: learn over a window that starts after they appeared',
        );
      throw new MetricsError(
        `Prometheus at ${this.server} answered with more series than one collection holds (over ${this.maxArrays} ` +
          `per-service arrays of ${this.steps} steps; the ceiling is ${MAX_SERIES_ARRAYS.toLocaleString('en')} arrays ` +
          `and ${MAX_SERIES_VALUES.toLocaleString('en')} values): not read further`,
        'ask for fewer namespaces (--namespace), a shorter window or a larger --step, and check that --prometheus-url ' +
          'points at the Prometheus you meant',
      );
    }
    const values = new Float64Array(this.steps).fill(Number.NaN);
    map.set(key, values);
    return values;
  }

  /** The services a query answered for in any view (also once their arrays were released). */
  servicesOf(query: string): ServiceKey[] {
    return [...(this.answered.get(query) ?? [])].map((id) => this.keys.get(id)!);
  }

  /** The ids of servicesOf(query), as they stand (not a copy: read once per service on the emission path). */
  idsOf(query: string): ReadonlySet<string> {
    return this.answered.get(query) ?? NO_IDS;
  }

  values(query: string, view: string, id: string): Float64Array | undefined {
    return this.byQuery.get(viewKey(query, view))?.get(id);
  }

  /** The views a query answered a service in (an edge query: one per caller). */
  viewsOf(query: string, id: string): string[] {
    return [...(this.viewIndex.get(`${query}|${id}`) ?? [])];
  }

  /** A service's bucket rates of one bucket query in one view, by ascending bound. */
  histogram(query: string, id: string, view: string): Array<[number, Float64Array]> {
    return [...(this.buckets.get(id)?.get(viewKey(query, view)) ?? [])].sort(([a], [b]) => a - b);
  }

  /** Every bucket bound any service reported, ascending (also after their arrays were released). */
  bucketBounds(): number[] {
    return [...this.bounds].sort((a, b) => a - b);
  }

  /** Drops a service's arrays once its series are built, so peak memory holds one copy, not two. */
  release(id: string): void {
    for (const perService of this.byQuery.values()) if (perService.delete(id)) this.arrays--;
    for (const histogram of this.buckets.get(id)?.values() ?? []) this.arrays -= histogram.size;
    this.buckets.delete(id);
  }
}

/** The histogram queries: a service's (`buckets`) and its edges' (`edge:buckets`). */
export function isBucketQuery(query: string): boolean {
  return query === 'buckets' || query.endsWith(':buckets');
}

/** The query keys of the caller's view of each edge: the service's own, prefixed. */
export const EDGE_PREFIX = 'edge:';

function viewKey(query: string, view: string): string {
  return `${query}@${view}`;
}

/** The view whose series an answer's series belongs to, for queries that keep no view label: the only one. */
export const SINGLE_VIEW = '';

/** An edge's stored view: the view value it was read in, and its caller's labels (JSON). */
export function edgeView(viewName: string, callerLabels: Record<string, string>): string {
  return `${viewName}|${JSON.stringify(callerLabels)}`;
}
export function parseEdgeView(stored: string): { viewName: string; callerKey: string } {
  const bar = stored.indexOf('|');
  return { viewName: stored.slice(0, bar), callerKey: stored.slice(bar + 1) };
}

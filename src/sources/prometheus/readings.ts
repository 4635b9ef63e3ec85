/**
 * What the range queries answered, per query and service, on the window's step grid (typed arrays, NaN where a
 * step has no point), and how a service's series are made from it: rates, ratios, the latency histogram's
 * buckets and the quantiles interpolated from them. Pure.
 */
import { metricArrays } from '../../core/series.js';
import { nameList } from '../../core/names.js';
import {
  METRIC_NAMES,
  MetricsError,
  serviceId,
  type MetricName,
  type ServiceKey,
  type ServiceSeries,
} from '../../core/types.js';
import { signalQueryKey } from '../../mesh/queries.js';
import {
  SIGNAL_NAMES,
  combineReadings,
  signalReadings,
  unavailableReason,
  type MeshDialect,
  type SignalName,
} from '../../mesh/dialect.js';
import type { MatrixSink } from './matrix-stream.js';
import { roundTo } from '../../core/numbers.js';
import { sortedHistogramQuantile } from '../../core/histogram.js';

const QUANTILES = { latencyP50: 0.5, latencyP90: 0.9, latencyP99: 0.99 } as const;
const QUANTILE_ENTRIES = Object.entries(QUANTILES) as Array<[keyof typeof QUANTILES, number]>;

/** A bucket bound as Prometheus writes it: a number, or "+Inf" (which Number() does not read). */
function parseBound(text: string | undefined): number {
  if (text === '+Inf') return Number.POSITIVE_INFINITY;
  return text === undefined || text.trim() === '' ? Number.NaN : Number(text);
}

function round(value: number): number {
  return roundTo(value, 9);
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

/** How a series is read: the query keys' prefix, the view it was stored under, and that view's declared name. */
interface SeriesReading {
  /** '' for a service's own queries, EDGE_PREFIX for the caller's view of an edge. */
  prefix: string;
  /** The view the rows were stored under (SINGLE_VIEW where the query keeps no view label). */
  stored: string;
  /** The view value as the dialect spells it: what its signals' `seenBy` lists. */
  viewName: string;
}

/**
 * One service's series, from the first server view (in the dialect's order of preference) that answered its
 * request rate — a mixed mesh reads each service from the proxy that sees it — else from the L4 view, where the
 * dialect has one: connections for requests, every L7 signal unavailable. A step with no request-rate point is
 * absent (null rate, 0 requests, null everything): the series vanished there, which is not the same as a service
 * that served nothing (rate 0). The caller releases the service's arrays once its edges are built too.
 */
export function serviceSeries(
  key: ServiceKey,
  readings: Readings,
  window: { steps: number; stepMs: number; dialect: MeshDialect },
): ServiceSeries {
  const { dialect } = window;
  const id = serviceId(key);
  const viewsAsked = dialect.server.values.length > 1 ? dialect.server.values : [SINGLE_VIEW];
  const view = viewsAsked.find((one) => readings.values('total', one, id) !== undefined);
  if (view === undefined && readings.values('l4', SINGLE_VIEW, id) !== undefined) {
    return l4Series(key, readings, window);
  }
  const stored = view ?? viewsAsked[0];
  return buildSeries(key, readings, window, {
    prefix: '',
    stored,
    viewName: stored === SINGLE_VIEW ? dialect.server.values[0] : stored,
  });
}

/**
 * The caller's view of each edge into a service: one series per caller (its labels as the answer named them) and
 * view value, the preferred view value per caller (a caller's own proxy before a waypoint).
 */
export function edgeSeriesOf(
  key: ServiceKey,
  readings: Readings,
  window: { steps: number; stepMs: number; dialect: MeshDialect },
): Array<{ callerLabels: Record<string, string>; series: ServiceSeries }> {
  const { dialect } = window;
  const id = serviceId(key);
  const best = new Map<string, { rank: number; stored: string; viewName: string }>();
  for (const stored of readings.viewsOf(`${EDGE_PREFIX}total`, id)) {
    const { viewName, callerKey } = parseEdgeView(stored);
    const rank = dialect.client.values.indexOf(viewName);
    const held = best.get(callerKey);
    if (!held || (rank >= 0 && rank < held.rank))
      best.set(callerKey, { rank: Math.max(0, rank), stored, viewName });
  }
  return [...best].map(([callerKey, chosen]) => ({
    callerLabels: JSON.parse(callerKey) as Record<string, string>,
    series: buildSeries(key, readings, window, { prefix: EDGE_PREFIX, ...chosen }),
  }));
}

/** An edge's stored view: the view value it was read in, and its caller's labels (JSON). */
export function edgeView(viewName: string, callerLabels: Record<string, string>): string {
  return `${viewName}|${JSON.stringify(callerLabels)}`;
}
function parseEdgeView(stored: string): { viewName: string; callerKey: string } {
  const bar = stored.indexOf('|');
  return { viewName: stored.slice(0, bar), callerKey: stored.slice(bar + 1) };
}

// eslint-disable-next-line max-lines-per-function -- one pass over the step grid filling every signal's array side by side
function buildSeries(
  key: ServiceKey,
  readings: Readings,
  window: { steps: number; stepMs: number; dialect: MeshDialect },
  how: SeriesReading,
): ServiceSeries {
  const { steps, stepMs, dialect } = window;
  const { prefix, stored, viewName } = how;
  const id = serviceId(key);
  const nan = new Float64Array(steps).fill(Number.NaN);
  const read = (query: string, queryView = stored) => readings.values(prefix + query, queryView, id) ?? nan;
  // Cluster counters carry no view (and exist for a service, not an edge): their rows are kept under the single view.
  const clusterStat = (query: string) =>
    prefix === '' ? readings.values(query, SINGLE_VIEW, id) : undefined;
  // Which readings of each signal count (mesh/dialect.ts); none: unavailable, never zero.
  const views = Object.fromEntries(
    SIGNAL_NAMES.map((name) => {
      const statQuery = signalQueryKey(name, 'clusterStat');
      return [
        name,
        signalReadings(dialect, name, viewName, clusterStat(statQuery) !== undefined).map((reading) =>
          reading === 'clusterStat' ? clusterStat(statQuery)! : read(signalQueryKey(name, reading)),
        ),
      ];
    }),
  ) as Record<SignalName, Float64Array[]>;
  const unavailable: MetricName[] = SIGNAL_NAMES.filter((name) => views[name].length === 0).map(
    (name) => dialect.signals[name].metric,
  );
  const totals = read('total');
  const histogram = readings.histogram(`${prefix}buckets`, id, stored);
  const bounds = histogram.map(([le]) => le * dialect.metrics.latencyUnitMs);
  const stepSeconds = stepMs / 1000;
  const scratchBounds = new Float64Array(histogram.length);
  const scratchCounts = new Float64Array(histogram.length);
  const scratchReadings = new Float64Array(SIGNAL_NAMES.length * 4);

  const requests: number[] = [];
  const values = metricArrays();
  const counts: Array<number[] | null> = [];
  for (let step = 0; step < steps; step++) {
    const rate = totals[step];
    const present = !Number.isNaN(rate);
    const served = present && rate > 0;
    requests.push(present ? round(rate * stepSeconds) : 0);
    values.requestRate.push(present ? round(rate) : null);
    for (const name of SIGNAL_NAMES) {
      const signal = dialect.signals[name];
      const inputs = views[name];
      if (inputs.length === 0) {
        values[signal.metric].push(null);
      } else if (signal.per === 'second') {
        let seen = 0;
        for (const input of inputs) if (!Number.isNaN(input[step])) scratchReadings[seen++] = input[step];
        values[signal.metric].push(seen > 0 ? combineReadings(scratchReadings.subarray(0, seen)) : null);
      } else if (!served) {
        // A ratio of a zero rate has no meaning: null, never zero.
        values[signal.metric].push(null);
      } else {
        const events = combineReadings(inputs.map((input) => (Number.isNaN(input[step]) ? 0 : input[step])));
        // A share of the requests: never above 1, whichever view counted the events (a cluster counter counts
        // where the request labels do not, and a counter reset can leave a step's rates out of step).
        values[signal.metric].push(round(Math.min(1, events / rate)));
      }
    }

    // The step's buckets that have a point, in bound order (bounds are sorted and unique).
    let seen = 0;
    for (let b = 0; b < histogram.length; b++) {
      const value = histogram[b][1][step];
      if (Number.isNaN(value)) continue;
      scratchBounds[seen] = bounds[b];
      scratchCounts[seen++] = value;
    }
    counts.push(
      present && seen > 0
        ? histogram.map(([, rates]) => (Number.isNaN(rates[step]) ? 0 : round(rates[step] * stepSeconds)))
        : null,
    );
    for (const [metric, q] of QUANTILE_ENTRIES) {
      const quantile =
        served && seen > 0 ? sortedHistogramQuantile(q, scratchBounds, scratchCounts, seen) : null;
      values[metric].push(quantile === null ? null : round(quantile));
    }
  }
  const series: ServiceSeries = { service: key, requests, values, unavailable };
  if (bounds.length > 0) series.latencyBuckets = { bounds, counts };
  return series;
}

/** A service seen at L4 only: connections opened stand for its requests; nothing else is known. */
function l4Series(
  key: ServiceKey,
  readings: Readings,
  window: { steps: number; stepMs: number },
): ServiceSeries {
  const id = serviceId(key);
  const connections = readings.values('l4', SINGLE_VIEW, id)!;
  const stepSeconds = window.stepMs / 1000;
  const values = metricArrays();
  const requests: number[] = [];
  for (let step = 0; step < window.steps; step++) {
    const rate = connections[step];
    const present = !Number.isNaN(rate);
    requests.push(present ? round(rate * stepSeconds) : 0);
    values.requestRate.push(present ? round(rate) : null);
    for (const metric of METRIC_NAMES) if (metric !== 'requestRate') values[metric].push(null);
  }
  return {
    service: key,
    requests,
    values,
    unavailable: METRIC_NAMES.filter((metric) => metric !== 'requestRate'),
    layer: 'l4',
  };
}

/** What the window's notes need of a service's series, kept once the series itself is handed on and let go. */
export interface SeriesSummary {
  service: ServiceKey;
  /** Seen at L4 only. */
  l4: boolean;
  unavailable: MetricName[];
  /** Steps with no request-rate point. */
  absent: number;
  steps: number;
  /** The last step with a point, or -1. */
  lastPresent: number;
}

export function summarize(series: ServiceSeries): SeriesSummary {
  const rates = series.values.requestRate;
  return {
    service: series.service,
    l4: series.layer === 'l4',
    unavailable: series.unavailable,
    absent: rates.filter((rate) => rate === null).length,
    steps: rates.length,
    lastPresent: rates.findLastIndex((rate) => rate !== null),
  };
}

/** The optional signals missing for some services (not zero), and why: the dialect's reason, or how to enable them. */
export function missingStatsNote(services: SeriesSummary[], dialect: MeshDialect): string | undefined {
  const l7 = services.filter((series) => !series.l4);
  const missing = new Set(l7.flatMap((series) => series.unavailable));
  if (missing.size === 0) return undefined;
  const affected = l7.filter((series) => series.unavailable.length > 0).length;
  const why = unavailableReason(dialect, missing);
  return `${[...missing].join(', ')} unavailable (not zero) for ${affected} of ${l7.length} services: ${why}`;
}

/** The services seen at L4 only (connections, no requests), and what to do about it. */
export function l4OnlyNote(services: SeriesSummary[], dialect: MeshDialect): string | undefined {
  const l4 = services.filter((series) => series.l4).map((series) => serviceId(series.service));
  if (l4.length === 0 || !dialect.l4) return undefined;
  return `${l4.length} of ${services.length} services are seen at L4 only (connections; no requests, errors or latency): ${nameList(l4, 10)}. ${dialect.l4.advice}`;
}

/**
 * The known services whose series are absent for some steps of the window (their proxies stopped reporting,
 * or the service is gone): named, with how much of the window is dark and since when.
 */
export function darkServicesNote(
  services: SeriesSummary[],
  from: number,
  stepMs: number,
): string | undefined {
  const dark = services.filter((one) => one.absent > 0);
  if (dark.length === 0) return undefined;
  const shown = dark.slice(0, 10).map(({ service, absent, steps, lastPresent }) => {
    const share = `${Math.round((100 * absent) / steps)}% of the window`;
    const since =
      lastPresent === -1
        ? 'no series at all'
        : lastPresent < steps - 1
          ? `none since ${new Date(from + (lastPresent + 1) * stepMs).toISOString()}`
          : 'gaps';
    return `${serviceId(service)} (${share}, ${since})`;
  });
  const more = dark.length > shown.length ? ` and ${dark.length - shown.length} more` : '';
  return (
    `${dark.length} of ${services.length} services have no metrics for part of the window (absent, not zero): ` +
    `${shown.join(', ')}${more}`
  );
}

/**
 * What the range queries answered, per query and service, on the window's step grid (typed arrays, NaN where a
 * step has no point), and how a service's series are made from it: rates, ratios, the latency histogram's
 * buckets and the quantiles interpolated from them. Pure.
 */
import { metricArrays } from '../../core/series.js';
import {
  MetricsError,
  serviceId,
  type MetricName,
  type ServiceKey,
  type ServiceSeries,
} from '../../core/types.js';
import { signalQueryKey } from '../../mesh/istio-queries.js';
import {
  ISTIO_SIGNALS,
  ISTIO_SIGNAL_NAMES,
  PROXY_STATS_MATCHER_FIX,
  combineReadings,
  signalReadings,
  type IstioSignalName,
} from '../../mesh/istio.js';
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

/** Per query key: service id → per-step values; for the histogram, service id → `le` → per-step rates. */
export class Readings {
  private readonly byQuery = new Map<string, Map<string, Float64Array>>();
  private readonly buckets = new Map<string, Map<number, Float64Array>>();
  private readonly keys = new Map<string, ServiceKey>();
  private readonly bounds = new Set<number>();
  private readonly answered = new Map<string, Set<string>>();
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
   * Where one piece's answer goes (matrix-stream.ts): each series to its service's array for this query (or its
   * bucket's), each point at the step it closes (evaluated at from + (i+1)·step); NaN where it is not a number.
   */
  sink(
    query: string,
    from: number,
    stepMs: number,
    keyOf: (metric: Record<string, string>) => ServiceKey | undefined,
  ): MatrixSink {
    return {
      series: (metric) => {
        const target = this.target(query, metric, keyOf);
        if (!target) return undefined;
        return (seconds, value) => {
          const index = Math.round((seconds * 1000 - from) / stepMs) - 1;
          if (index >= 0 && index < this.steps) target[index] = Number.isFinite(value) ? value : Number.NaN;
        };
      },
    };
  }

  private target(
    query: string,
    metric: Record<string, string>,
    keyOf: (metric: Record<string, string>) => ServiceKey | undefined,
  ): Float64Array | undefined {
    const service = keyOf(metric);
    if (!service) return undefined;
    const id = serviceId(service);
    if (!this.keys.has(id)) this.keys.set(id, service);
    if (query === 'buckets') {
      const le = parseBound(metric['le']);
      if (Number.isNaN(le)) return undefined;
      let byBound = this.buckets.get(id);
      if (!byBound) this.buckets.set(id, (byBound = new Map()));
      this.bounds.add(le);
      return byBound.get(le) ?? this.fresh(byBound, le);
    }
    let perService = this.byQuery.get(query);
    if (!perService) this.byQuery.set(query, (perService = new Map()));
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

  /** The services a query answered for (also once their arrays were released). */
  servicesOf(query: string): ServiceKey[] {
    return [...(this.answered.get(query) ?? [])].map((id) => this.keys.get(id)!);
  }

  values(query: string, id: string): Float64Array | undefined {
    return this.byQuery.get(query)?.get(id);
  }

  /** A service's bucket rates, by ascending bound. */
  histogram(id: string): Array<[number, Float64Array]> {
    return [...(this.buckets.get(id) ?? [])].sort(([a], [b]) => a - b);
  }

  /** Every bucket bound any service reported, ascending (also after their arrays were released). */
  bucketBounds(): number[] {
    return [...this.bounds].sort((a, b) => a - b);
  }

  /** Drops a service's arrays once its series are built, so peak memory holds one copy, not two. */
  release(id: string): void {
    for (const perService of this.byQuery.values()) if (perService.delete(id)) this.arrays--;
    this.arrays -= this.buckets.get(id)?.size ?? 0;
    this.buckets.delete(id);
  }
}

/**
 * One service's series. A step with no request-rate point is absent (null rate, 0 requests, null everything):
 * the series vanished there, which is not the same as a service that served nothing (rate 0).
 */
export function serviceSeries(
  key: ServiceKey,
  readings: Readings,
  window: { steps: number; stepMs: number; reporter: 'source' | 'destination' },
): ServiceSeries {
  const { steps, stepMs } = window;
  const id = serviceId(key);
  const nan = new Float64Array(steps).fill(Number.NaN);
  const read = (query: string) => readings.values(query, id) ?? nan;
  const has = (query: string) => readings.values(query, id) !== undefined;
  // Which views of each signal count (mesh/istio.ts); none: unavailable, never zero.
  const views = Object.fromEntries(
    ISTIO_SIGNAL_NAMES.map((name) => [
      name,
      signalReadings(name, window.reporter, has(signalQueryKey(name, 'clusterStat'))).map((reading) =>
        read(signalQueryKey(name, reading)),
      ),
    ]),
  ) as Record<IstioSignalName, Float64Array[]>;
  const unavailable: MetricName[] = ISTIO_SIGNAL_NAMES.filter((name) => views[name].length === 0).map(
    (name) => ISTIO_SIGNALS[name].metric,
  );
  const totals = read('total');
  const histogram = readings.histogram(id);
  const bounds = histogram.map(([le]) => le);
  const stepSeconds = stepMs / 1000;
  const scratchBounds = new Float64Array(histogram.length);
  const scratchCounts = new Float64Array(histogram.length);
  const scratchReadings = new Float64Array(ISTIO_SIGNAL_NAMES.length * 4);

  const requests: number[] = [];
  const values = metricArrays();
  const counts: Array<number[] | null> = [];
  for (let step = 0; step < steps; step++) {
    const rate = totals[step];
    const present = !Number.isNaN(rate);
    const served = present && rate > 0;
    requests.push(present ? round(rate * stepSeconds) : 0);
    values.requestRate.push(present ? round(rate) : null);
    for (const name of ISTIO_SIGNAL_NAMES) {
      const signal = ISTIO_SIGNALS[name];
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
      scratchBounds[seen] = histogram[b][0];
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
  readings.release(id);
  const series: ServiceSeries = { service: key, requests, values, unavailable };
  if (bounds.length > 0) series.latencyBuckets = { bounds, counts };
  return series;
}

/** What the window's notes need of a service's series, kept once the series itself is handed on and let go. */
export interface SeriesSummary {
  service: ServiceKey;
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
    unavailable: series.unavailable,
    absent: rates.filter((rate) => rate === null).length,
    steps: rates.length,
    lastPresent: rates.findLastIndex((rate) => rate !== null),
  };
}

/** The optional Envoy stats missing for some services, and how to enable them. */
export function missingStatsNote(services: SeriesSummary[]): string | undefined {
  const missing = new Set(services.flatMap((series) => series.unavailable));
  if (missing.size === 0) return undefined;
  const affected = services.filter((series) => series.unavailable.length > 0).length;
  return (
    `${[...missing].join(', ')} unavailable (not zero) for ${affected} of ${services.length} services: ` +
    `the Envoy cluster stats they need are not in Prometheus; ${PROXY_STATS_MATCHER_FIX}`
  );
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

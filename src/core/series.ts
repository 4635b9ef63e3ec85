/**
 * Typed access to per-service samples: windows over the step grid and request-weighted aggregates.
 * Pure functions; statistics beyond weighted means live in ml.ts.
 */
import { histogramQuantile, sortedHistogramQuantile } from './histogram.js';
import { METRIC_NAMES, type MetricName, type ServiceSeries } from './types.js';

/** The quantile each latency metric is. */
export const LATENCY_QUANTILES: Partial<Record<MetricName, number>> = {
  latencyP50: 0.5,
  latencyP90: 0.9,
  latencyP99: 0.99,
};
/** LATENCY_QUANTILES as [metric, q] pairs, for sources that fill every latency metric from one histogram. */
export const LATENCY_QUANTILE_ENTRIES = Object.entries(LATENCY_QUANTILES) as Array<[MetricName, number]>;

/**
 * The cumulative bucket counts of [start, end) summed over its steps; undefined without buckets there. Kept per
 * series and window: learning asks for the same windows' buckets once per quantile and per model (a third of
 * learn's time at 1,000 services). Callers must not change the sums.
 */
function mergedBuckets(series: ServiceSeries, start: number, end: number): MergedBuckets | undefined {
  const buckets = series.latencyBuckets;
  if (!buckets || buckets.bounds.length < 2) return undefined;
  let memo = MERGED.get(buckets);
  if (!memo) MERGED.set(buckets, (memo = new Map()));
  const key = start * 1_000_003 + end;
  if (memo.has(key)) return memo.get(key);
  const sums = new Float64Array(buckets.bounds.length);
  let seen = false;
  for (let i = start; i < end; i++) {
    const counts = buckets.counts[i];
    if (!counts) continue;
    seen = true;
    for (let b = 0; b < sums.length; b++) sums[b] += counts[b] ?? 0;
  }
  const merged = seen
    ? { bounds: buckets.bounds, sums, quantiles: new Map<number, number | null>() }
    : undefined;
  memo.set(key, merged);
  return merged;
}
interface MergedBuckets {
  bounds: number[];
  sums: Float64Array;
  /** The window's quantiles asked so far, by q. */
  quantiles: Map<number, number | null>;
}
const MERGED = new WeakMap<
  NonNullable<ServiceSeries['latencyBuckets']>,
  Map<number, MergedBuckets | undefined>
>();

/**
 * A latency quantile of [start, end) from the window's merged histogram bucket increments — the window's own
 * quantile, as histogram_quantile over increase() would give it, not a mean of per-step quantiles (a heavy tail
 * makes those two very different). Undefined when the series has no buckets there: callers fall back to steps.
 */
export function windowQuantile(
  series: ServiceSeries,
  metric: MetricName,
  start = 0,
  end = series.requests.length,
): number | null | undefined {
  const q = LATENCY_QUANTILES[metric];
  if (q === undefined) return undefined;
  const merged = mergedBuckets(series, start, end);
  if (!merged) return undefined;
  const known = merged.quantiles.get(q);
  if (known !== undefined) return known;
  const { bounds, sums } = merged;
  // Sources give bounds sorted and unique: no bucket objects to build and sort for each of many windows.
  const quantile =
    strictlyAscending(bounds) && !sums.some(Number.isNaN)
      ? sortedHistogramQuantile(q, bounds, Float64Array.from(sums), sums.length)
      : histogramQuantile(
          q,
          bounds.map((le, b) => ({ le, count: sums[b] })),
        );
  merged.quantiles.set(q, quantile);
  return quantile;
}

function strictlyAscending(bounds: readonly number[]): boolean {
  for (let b = 1; b < bounds.length; b++) if (!(bounds[b] > bounds[b - 1])) return false;
  return true;
}

/**
 * From the window's merged buckets: how many requests it saw and how many of them took longer than `ms`
 * (interpolated linearly inside the bucket holding `ms`, as histogram_quantile does). Undefined without buckets.
 */
export function requestsSlowerThan(
  series: ServiceSeries,
  ms: number,
  start = 0,
  end = series.requests.length,
): { requests: number; slower: number } | undefined {
  const merged = mergedBuckets(series, start, end);
  if (!merged) return undefined;
  const { bounds, sums } = merged;
  const requests = sums[sums.length - 1];
  let atOrBelow = requests;
  for (let b = 0; b < sums.length; b++) {
    const le = bounds[b];
    if (ms > le) continue;
    const lower = b === 0 ? 0 : bounds[b - 1];
    const below = b === 0 ? 0 : sums[b - 1];
    atOrBelow =
      Number.isFinite(le) && le > lower ? below + ((sums[b] - below) * (ms - lower)) / (le - lower) : below;
    break;
  }
  return { requests, slower: Math.max(0, requests - atOrBelow) };
}

/** Start indexes of windows of `size` steps, `stride` apart, that fit in `length` steps. */
export function windowStarts(length: number, size: number, stride: number): number[] {
  const starts: number[] = [];
  for (let start = 0; start + size <= length; start += stride) starts.push(start);
  return starts;
}

/** The non-null values of a metric in [start, end). */
export function presentValues(values: Array<number | null>, start = 0, end = values.length): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) {
    const v = values[i];
    if (v !== null && Number.isFinite(v)) out.push(v);
  }
  return out;
}

export function totalRequests(series: ServiceSeries, start = 0, end = series.requests.length): number {
  let sum = 0;
  for (let i = start; i < end; i++) sum += series.requests[i] ?? 0;
  return sum;
}

/** Metrics that are per request (ratios, latencies): their aggregate is weighted by the requests behind each step. */
export const PER_REQUEST: ReadonlySet<MetricName> = new Set(
  METRIC_NAMES.filter((metric) => metric !== 'requestRate' && metric !== 'ejectionRate'),
);

/**
 * One number for a metric over [start, end): the mean rate for rates, the request-weighted mean for ratios
 * and latencies (so a quiet step does not count as much as a busy one). Null when there is no value.
 */
export function aggregateMetric(
  series: ServiceSeries,
  metric: MetricName,
  start = 0,
  end = series.requests.length,
): number | null {
  const merged = windowQuantile(series, metric, start, end);
  if (merged !== undefined) return merged;
  const values = series.values[metric];
  let weighted = 0;
  let weight = 0;
  for (let i = start; i < end; i++) {
    const v = values[i];
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    const w = PER_REQUEST.has(metric) ? (series.requests[i] ?? 0) : 1;
    weighted += v * w;
    weight += w;
  }
  return weight > 0 ? weighted / weight : null;
}

/**
 * The same aggregate as aggregateMetric for many windows at once, from prefix sums: O(steps + windows)
 * instead of O(steps × window size). Null for a window with no value.
 */
export function windowAggregates(
  series: ServiceSeries,
  metric: MetricName,
  starts: number[],
  size: number,
): Array<number | null> {
  if (LATENCY_QUANTILES[metric] !== undefined && series.latencyBuckets) {
    return starts.map((start) =>
      aggregateMetric(series, metric, start, Math.min(series.requests.length, start + size)),
    );
  }
  const values = series.values[metric];
  const n = series.requests.length;
  const weighted = new Float64Array(n + 1);
  const weights = new Float64Array(n + 1);
  const perRequest = PER_REQUEST.has(metric);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const ok = v !== null && v !== undefined && Number.isFinite(v);
    const w = ok ? (perRequest ? (series.requests[i] ?? 0) : 1) : 0;
    weighted[i + 1] = weighted[i] + (ok ? (v as number) * w : 0);
    weights[i + 1] = weights[i] + w;
  }
  return starts.map((start) => {
    const end = Math.min(n, start + size);
    const w = weights[end] - weights[start];
    return w > 0 ? (weighted[end] - weighted[start]) / w : null;
  });
}

/** One array per metric, made by `make`: every source builds its series' values this way. */
export function metricArrays(
  make: (metric: MetricName) => Array<number | null> = () => [],
): ServiceSeries['values'] {
  return Object.fromEntries(METRIC_NAMES.map((metric) => [metric, make(metric)])) as ServiceSeries['values'];
}

/** Steps [start, end) of a series, histogram buckets included. */
export function sliceSeries(series: ServiceSeries, start: number, end: number): ServiceSeries {
  return {
    ...series,
    requests: series.requests.slice(start, end),
    values: metricArrays((metric) => series.values[metric].slice(start, end)),
    ...(series.latencyBuckets
      ? {
          latencyBuckets: {
            bounds: series.latencyBuckets.bounds,
            counts: series.latencyBuckets.counts.slice(start, end),
          },
        }
      : {}),
  };
}

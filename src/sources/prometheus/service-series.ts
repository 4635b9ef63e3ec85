/**
 * How a service's series are made from what the range queries answered (readings.ts): rates, ratios, the latency
 * histogram's buckets and the quantiles interpolated from them, for the service's own view, each edge's caller
 * view, or L4 only. Apart from readings.ts because it reads the stored answers and never stores one. Pure.
 */
import { LATENCY_QUANTILE_ENTRIES, metricArrays } from '../../core/series.js';
import {
  METRIC_NAMES,
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
  type MeshDialect,
  type SignalName,
} from '../../mesh/dialect.js';
import { roundTo } from '../../core/numbers.js';
import { sortedHistogramQuantile } from '../../core/histogram.js';
import { EDGE_PREFIX, SINGLE_VIEW, parseEdgeView, type Readings } from './readings.js';

function round(value: number): number {
  return roundTo(value, 9);
}

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
    for (const [metric, q] of LATENCY_QUANTILE_ENTRIES) {
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

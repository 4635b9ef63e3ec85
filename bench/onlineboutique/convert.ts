/**
 * The Nezha Online Boutique excerpt (real telemetry of Online Boutique on Istio, with both ends of every call:
 * data/README.md says what it holds) turned into the Istio series a Prometheus would hold, as OpenMetrics text for
 * `promtool tsdb create-blocks-from openmetrics`.
 *
 * What is real, per minute: each pod's request rate (`PodWorkload(Ops)`) and its server-side p90 / p95 / p99;
 * each caller → callee edge's p50 as the callee's proxy measured it (`destination_50.csv`) and as the caller's
 * proxy measured it (`source_50.csv`), and whether the edge had requests at all (its p50 is empty in a minute
 * without); the labelled faults.
 * What is synthesised here, because the data does not have it:
 * - each edge's requests: the callee's requests shared equally by its callers that had requests in that minute
 *   (the data has no per-edge request counts); the counters are running sums of rate × 60 s, floored;
 * - every request is `response_code="200"`: the data's success-rate columns are 0 in every row, as in the
 *   Train-Ticket days, so there is no error signal;
 * - the latency histograms on Istio's default buckets, a piecewise-linear distribution through quantiles as for
 *   Train-Ticket (../trainticket/convert.ts): the callee's proxy's view of an edge takes the edge's own p50 and the
 *   pod's p90 / p95 / p99 (the pod's quantiles cover all its callers together); the caller's proxy's view takes its
 *   own p50 and the callee's tail shifted by how much later the caller saw the median (a delay on the way adds to
 *   every request; the data has the caller's median only);
 * - the caller of the entry service: the data has no load generator → frontend edge, so frontend's requests come
 *   from `source_workload="unknown"` (Istio's label for a caller outside the mesh), seen by its own proxy only.
 * Pure: text in, lines out.
 */
import { ENVOY_DEFAULT_BUCKETS } from '../../src/sources/simulated/buckets.js';
import {
  distributionAnchors,
  knownOrNearestAnchors,
  shareAtOrBelow,
  type MinuteRow,
} from '../trainticket/convert.js';

export const NAMESPACE = 'online-boutique';

type Anchors = Array<[number, number]>;

export interface ServiceMinutes {
  service: string;
  pod: string;
  rows: MinuteRow[];
}

/** One proxy's p50 per edge and minute (ms; null: no requests on the edge that minute). */
export interface EdgeTable {
  edges: Array<{ caller: string; callee: string }>;
  /** Minute (Unix seconds / 60, floored) → p50 per edge, in `edges` order. */
  byMinute: Map<number, Array<number | null>>;
}

export interface DayData {
  day: string;
  services: ServiceMinutes[];
  /** As the callee's proxy measured each edge (reporter destination). */
  calleeView: EdgeTable;
  /** As the caller's proxy measured each edge (reporter source). */
  callerView: EdgeTable;
}

const minuteOf = (t: number) => Math.floor(t / 60);

function cell(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

function dataLines(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => l.split(','));
}

/** `timestamp,ops,p90,p95,p99` (seconds) of one pod. */
export function parseServiceCsv(service: string, pod: string, text: string): ServiceMinutes {
  const [header, ...rows] = dataLines(text);
  if (header?.join(',') !== 'timestamp,ops,p90,p95,p99')
    throw new Error(`${service}: expected the header timestamp,ops,p90,p95,p99`);
  const ms = (v: number | null) => (v === null ? null : v * 1000);
  return {
    service,
    pod,
    rows: rows
      .map((c) => ({
        t: cell(c[0]) ?? NaN,
        ops: Math.max(0, cell(c[1]) ?? 0),
        p90: ms(cell(c[2])),
        p95: ms(cell(c[3])),
        p99: ms(cell(c[4])),
      }))
      .filter((r) => Number.isFinite(r.t))
      .sort((a, b) => a.t - b.t),
  };
}

/** `timestamp,<caller>_<callee>,…` (p50 in seconds). */
export function parseEdgeCsv(text: string): EdgeTable {
  const [header, ...rows] = dataLines(text);
  if (header?.[0] !== 'timestamp') throw new Error('an edge file must start with the column timestamp');
  const edges = header.slice(1).map((name) => {
    const [caller, callee, ...rest] = name.split('_');
    if (!caller || !callee || rest.length > 0) throw new Error(`edge column ${name}: not <caller>_<callee>`);
    return { caller, callee };
  });
  const byMinute = new Map<number, Array<number | null>>();
  for (const c of rows) {
    const t = cell(c[0]);
    if (t === null) continue;
    byMinute.set(
      minuteOf(t),
      edges.map((_, i) => {
        const v = cell(c[i + 1]);
        return v === null ? null : v * 1000;
      }),
    );
  }
  return { edges, byMinute };
}

function p50Of(table: EdgeTable, caller: string, callee: string, t: number): number | null {
  const i = table.edges.findIndex((e) => e.caller === caller && e.callee === callee);
  return i < 0 ? null : (table.byMinute.get(minuteOf(t))?.[i] ?? null);
}

/** Each anchor at least its predecessor, so the distribution stays a distribution. */
function monotone(points: Anchors): Anchors {
  let floor = 0;
  return points.map(([x, f]) => {
    floor = Math.max(floor, x);
    return [floor, f];
  });
}

/** The callee's view of one edge: the edge's own median, the pod's tail. */
export function calleeAnchors(row: MinuteRow, edgeP50: number | null): Anchors | null {
  const base = distributionAnchors(row);
  if (!base) return null;
  if (edgeP50 === null || !(edgeP50 > 0)) return base;
  const withMedian = base.map(([x, f]): [number, number] => [
    f === 0.5 ? edgeP50 : f === 0 ? edgeP50 / 4 : x,
    f,
  ]);
  return monotone(withMedian);
}

/** The caller's view: the callee's distribution, later by as much as the caller's median is (never earlier). */
export function callerAnchors(callee: Anchors, calleeP50: number, callerP50: number | null): Anchors {
  if (callerP50 === null) return callee;
  const delay = Math.max(0, callerP50 - calleeP50);
  return monotone(
    callee.map(([x, f]): [number, number] => [f === 0.5 ? Math.max(callerP50, x) : x + delay, f]),
  );
}

interface Call {
  caller: string | null;
  callee: ServiceMinutes;
  reporter: 'destination' | 'source';
  /** Per row of the callee: requests in the minute, and their distribution (null: none known). */
  requests: number[];
  anchors: Array<Anchors | null>;
}

/** Each caller's share of a callee's requests in a minute: equal among the callers the edge data saw calling. */
function shares(callers: string[], day: DayData, callee: string, t: number): number[] {
  const active = callers.map(
    (c) => p50Of(day.calleeView, c, callee, t) !== null || p50Of(day.callerView, c, callee, t) !== null,
  );
  const n = active.filter(Boolean).length;
  return n === 0 ? callers.map(() => 1 / callers.length) : active.map((a) => (a ? 1 / n : 0));
}

/** Every call of the day as both proxies report it. */
export function callsOf(day: DayData): Call[] {
  const known = new Set(day.services.map((s) => s.service));
  const calls: Call[] = [];
  for (const callee of day.services) {
    const callers = [
      ...new Set(
        [...day.calleeView.edges, ...day.callerView.edges]
          .filter((e) => e.callee === callee.service && known.has(e.caller))
          .map((e) => e.caller),
      ),
    ].sort();
    if (callers.length === 0) {
      calls.push({
        caller: null,
        callee,
        reporter: 'destination',
        requests: callee.rows.map((r) => r.ops * 60),
        anchors: knownOrNearestAnchors(callee.rows.map(distributionAnchors)),
      });
      continue;
    }
    const shareRows = callee.rows.map((r) => shares(callers, day, callee.service, r.t));
    callers.forEach((caller, k) => {
      const requests = callee.rows.map((r, i) => r.ops * 60 * shareRows[i][k]);
      const own = knownOrNearestAnchors(
        callee.rows.map((r) => calleeAnchors(r, p50Of(day.calleeView, caller, callee.service, r.t))),
      );
      calls.push({ caller, callee, reporter: 'destination', requests, anchors: own });
      calls.push({
        caller,
        callee,
        reporter: 'source',
        requests,
        anchors: own.map((a, i) =>
          a
            ? callerAnchors(a, a[1][0], p50Of(day.callerView, caller, callee.service, callee.rows[i].t))
            : null,
        ),
      });
    });
  }
  return calls;
}

function labelText(call: Call, podOf: (service: string) => string, extra: Record<string, string>): string {
  const service = call.callee.service;
  const caller = call.caller ?? 'unknown';
  const all = {
    reporter: call.reporter,
    source_workload: caller,
    source_workload_namespace: call.caller ? NAMESPACE : 'unknown',
    source_canonical_service: caller,
    destination_service: `${service}.${NAMESPACE}.svc.cluster.local`,
    destination_service_name: service,
    destination_service_namespace: NAMESPACE,
    destination_workload: service,
    destination_workload_namespace: NAMESPACE,
    destination_canonical_service: service,
    // The proxy that reported it: the callee's pod, or the caller's.
    pod: call.reporter === 'destination' ? call.callee.pod : podOf(caller),
    request_protocol: 'http',
    ...extra,
  };
  return Object.entries(all)
    .map(([k, v]) => `${k}="${v}"`)
    .join(',');
}

/** One series' minutes: the call's rows of every day, in time order, under one set of labels. */
interface Series {
  labels: (extra: Record<string, string>) => string;
  times: number[];
  requests: number[];
  anchors: Array<Anchors | null>;
}

function seriesOf(days: DayData[]): Series[] {
  const byLabels = new Map<string, Series>();
  for (const day of days) {
    const pods = new Map(day.services.map((s) => [s.service, s.pod]));
    const podOf = (service: string) => pods.get(service) ?? service;
    for (const call of callsOf(day)) {
      if (!call.requests.some((r) => r > 0)) continue;
      const key = labelText(call, podOf, {});
      const series = byLabels.get(key) ?? {
        labels: (extra: Record<string, string>) => labelText(call, podOf, extra),
        times: [],
        requests: [],
        anchors: [],
      };
      byLabels.set(key, series);
      series.times.push(...call.callee.rows.map((r) => r.t));
      series.requests.push(...call.requests);
      series.anchors.push(...call.anchors);
    }
  }
  return [...byLabels.values()];
}

/**
 * The OpenMetrics text of every call with requests on any of `days` (in time order), family by family, each
 * series' samples together and in time order, as the backfiller wants; `write` receives it in chunks.
 */
export function writeOpenMetrics(
  days: DayData[],
  write: (chunk: string) => void,
): { series: number; samples: number } {
  const all = seriesOf(days);
  const bounds = [...ENVOY_DEFAULT_BUCKETS, Infinity];
  let series = 0;
  let samples = 0;
  const emit = (name: string, labels: string, times: number[], values: number[]) => {
    series++;
    samples += values.length;
    write(times.map((t, i) => `${name}{${labels}} ${values[i]} ${t}\n`).join(''));
  };
  const running = (values: number[]) => {
    let sum = 0;
    return values.map((v) => Math.floor((sum += v)));
  };

  write('# TYPE istio_requests counter\n');
  for (const s of all)
    emit(
      'istio_requests_total',
      s.labels({ response_code: '200', response_flags: '-' }),
      s.times,
      running(s.requests),
    );

  write('# TYPE istio_request_duration_milliseconds histogram\n');
  for (const s of all) {
    for (const le of bounds) {
      const perMinute = s.times.map((_, i) => {
        const a = s.anchors[i];
        return a ? s.requests[i] * shareAtOrBelow(a, le) : le === Infinity ? s.requests[i] : 0;
      });
      emit(
        'istio_request_duration_milliseconds_bucket',
        s.labels({ le: le === Infinity ? '+Inf' : String(le) }),
        s.times,
        running(perMinute),
      );
    }
    emit('istio_request_duration_milliseconds_count', s.labels({}), s.times, running(s.requests));
    let sum = 0;
    const sums = s.times.map((_, i) => {
      const a = s.anchors[i];
      // The mean of the piecewise-linear distribution: each segment's share at its midpoint.
      if (a)
        for (let k = 1; k < a.length; k++)
          sum += s.requests[i] * (a[k][1] - a[k - 1][1]) * ((a[k][0] + a[k - 1][0]) / 2);
      return Math.round(sum * 1000) / 1000;
    });
    emit('istio_request_duration_milliseconds_sum', s.labels({}), s.times, sums);
  }
  write('# EOF\n');
  return { series, samples };
}

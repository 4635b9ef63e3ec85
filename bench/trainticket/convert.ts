/**
 * The Nezha Train-Ticket data (real telemetry of a 45-service application on Istio, ../shared/data/ beside the clone) turned into
 * the Istio metrics a Prometheus would hold, as OpenMetrics text for `promtool tsdb create-blocks-from openmetrics`.
 *
 * What is real: per pod and per minute, the request rate (`PodWorkload(Ops)`) and the server-side latency
 * quantiles p90 / p95 / p99 (`PodServerLatencyP90/P95/P99(s)`), with their timestamps; the labelled faults.
 * What is synthesised here, because the data does not have it:
 * - the counters: `istio_requests_total` is the running sum of rate × 60 s per minute, floored to whole requests;
 * - every request is `response_code="200"`: the data's success-rate columns are 0 in every row (broken), so there
 *   is no error signal at all;
 * - the histogram `istio_request_duration_milliseconds_bucket` (Istio's default buckets): each minute's requests
 *   are spread over the buckets by a piecewise-linear distribution through the minute's quantiles — p50 (not in
 *   the data: extrapolated from p90 and p99 as if the body were log-normal, kept within [p90 / 5, p90]), p90, p95,
 *   p99, with the lowest quarter of p50 as its floor and twice p99 as its ceiling — and summed into cumulative
 *   counters, floored; a minute with requests but no quantiles (NaN in the data) takes the pod's nearest minute's
 *   distribution;
 * - no caller's view: the data has no per-edge series, only each pod's client-side quantiles of its calls to
 *   every callee together (`PodClientLatency*`), which name no callee, so they cannot become edges; and they do not
 *   move with the injected faults beyond their own ordinary minutes (clientview.ts measures it on every run), so
 *   the conversion leaves them out;
 * - labels: `reporter="destination"`, namespace `train-ticket`, the service named after the workload (the pod
 *   name less its two hash suffixes); the pod name as `pod`. Pods that never served a request have no series, as
 *   in Istio.
 * Pure: text in, lines out.
 */
import { ENVOY_DEFAULT_BUCKETS } from '../../src/sources/simulated/buckets.js';

export const NAMESPACE = 'train-ticket';

export interface MinuteRow {
  /** Unix seconds. */
  t: number;
  /** Requests per second over the minute. */
  ops: number;
  /** Server-side latency quantiles (ms); null when the row has none. */
  p90: number | null;
  p95: number | null;
  p99: number | null;
  /** The pod's own outbound calls' p90 (ms), every callee together; null when the row has none. */
  clientP90?: number | null;
}

export interface PodData {
  pod: string;
  workload: string;
  rows: MinuteRow[];
}

export interface Fault {
  /** Unix ms, from the `inject_time` string (the numeric inject_timestamp is off by 8 h on one day). */
  at: number;
  service: string;
  type: string;
}

/** `ts-order-service-5b67c48447-mv5hb` → `ts-order-service`. */
export function workloadOf(pod: string): string {
  return pod.replace(/-[a-z0-9]+-[a-z0-9]+$/, '');
}

function number(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** One pod's `<pod>_metric.csv`. */
export function parsePodCsv(text: string): PodData | null {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2) return null;
  const header = lines[0].split(',');
  const column = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`Train-Ticket CSV without the column ${name}`);
    return index;
  };
  const at = {
    t: column('TimeStamp'),
    pod: column('PodName'),
    ops: column('PodWorkload(Ops)'),
    p90: column('PodServerLatencyP90(s)'),
    p95: column('PodServerLatencyP95(s)'),
    p99: column('PodServerLatencyP99(s)'),
    clientP90: header.indexOf('PodClientLatencyP90(s)'),
  };
  const seconds = (cells: string[], i: number) => {
    const v = number(cells[i]);
    return v === null ? null : v * 1000;
  };
  let pod = '';
  const rows: MinuteRow[] = [];
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    const t = number(cells[at.t]);
    if (t === null) continue;
    pod = cells[at.pod];
    rows.push({
      t,
      ops: Math.max(0, number(cells[at.ops]) ?? 0),
      p90: seconds(cells, at.p90),
      p95: seconds(cells, at.p95),
      p99: seconds(cells, at.p99),
      ...(at.clientP90 >= 0 ? { clientP90: seconds(cells, at.clientP90) } : {}),
    });
  }
  rows.sort((a, b) => a.t - b.t);
  return pod ? { pod, workload: workloadOf(pod), rows } : null;
}

/** `<day>-fault_list.json`: faults by hour. */
export function parseFaults(json: string): Fault[] {
  const byHour = JSON.parse(json) as Record<string, Array<Record<string, string>>>;
  return Object.values(byHour)
    .flat()
    .map((f) => ({
      at: Date.parse(`${f.inject_time.replace(' ', 'T')}Z`),
      service: workloadOf(f.inject_pod),
      type: f.inject_type,
    }))
    .sort((a, b) => a.at - b.at);
}

/** p50 extrapolated from p90 and p99 for a log-normal body, kept within [p90 / 5, p90]. */
export function synthesisedP50(p90: number, p99: number): number {
  if (!(p90 > 0) || !(p99 > p90)) return p90;
  const sigma = (Math.log(p99) - Math.log(p90)) / (2.3263 - 1.2816);
  return Math.min(p90, Math.max(p90 / 5, p90 * Math.exp(-1.2816 * sigma)));
}

/** The anchors (latency ms, cumulative share) of a minute's synthesised distribution, non-decreasing. */
export function distributionAnchors(row: MinuteRow): Array<[number, number]> | null {
  if (row.p90 === null || row.p99 === null) return null;
  const p90 = row.p90;
  const p99 = Math.max(p90, row.p99);
  const p95 = Math.min(p99, Math.max(p90, row.p95 ?? (p90 + p99) / 2));
  const p50 = synthesisedP50(p90, p99);
  const points: Array<[number, number]> = [
    [p50 / 4, 0],
    [p50, 0.5],
    [p90, 0.9],
    [p95, 0.95],
    [p99, 0.99],
    [Math.max(2 * p99, p99 + 1), 1],
  ];
  return points;
}

/** The share of a minute's requests at or below `le` ms (linear between anchors, as histogram_quantile assumes). */
export function shareAtOrBelow(anchors: Array<[number, number]>, le: number): number {
  if (le >= anchors[anchors.length - 1][0]) return 1;
  if (le < anchors[0][0]) return 0;
  for (let i = 1; i < anchors.length; i++) {
    const [x1, f1] = anchors[i];
    if (le < x1) {
      const [x0, f0] = anchors[i - 1];
      return x1 > x0 ? f0 + ((f1 - f0) * (le - x0)) / (x1 - x0) : f1;
    }
  }
  return 1;
}

/**
 * A minute with requests but no quantiles (common at low traffic: the data's quantile columns are NaN when few
 * requests fell in the minute) takes the distribution of the pod's nearest minute that has one. Counting those
 * requests in +Inf would invent requests slower than an hour, which no real histogram holds.
 */
export function knownOrNearestAnchors(
  anchors: Array<Array<[number, number]> | null>,
): Array<Array<[number, number]> | null> {
  const known = anchors.flatMap((a, i) => (a ? [i] : []));
  if (known.length === 0) return anchors;
  let next = 0;
  return anchors.map((a, i) => {
    if (a) return a;
    while (next + 1 < known.length && known[next + 1] <= i) next++;
    const before = known[next] <= i ? known[next] : null;
    const after = before === null ? known[next] : (known[next + 1] ?? null);
    const nearest = before === null ? after! : after === null || i - before <= after - i ? before : after;
    return anchors[nearest];
  });
}

function labels(pod: PodData, extra: Record<string, string>): string {
  const all = {
    reporter: 'destination',
    destination_service: `${pod.workload}.${NAMESPACE}.svc.cluster.local`,
    destination_service_name: pod.workload,
    destination_service_namespace: NAMESPACE,
    destination_workload: pod.workload,
    pod: pod.pod,
    response_code: '200',
    response_flags: '-',
    ...extra,
  };
  return Object.entries(all)
    .map(([k, v]) => `${k}="${v}"`)
    .join(',');
}

/**
 * The OpenMetrics text of every pod that served requests, family by family, each series' samples together and in
 * time order, as the backfiller wants; `write` receives it in chunks so hundreds of megabytes never sit in memory.
 */
export function writeOpenMetrics(
  pods: PodData[],
  write: (chunk: string) => void,
): { series: number; samples: number } {
  const served = pods.filter((p) => p.rows.some((r) => r.ops > 0));
  const bounds = [...ENVOY_DEFAULT_BUCKETS, Infinity];
  let series = 0;
  let samples = 0;
  const emit = (name: string, labelText: string, values: Array<[number, number]>) => {
    series++;
    samples += values.length;
    write(values.map(([t, v]) => `${name}{${labelText}} ${v} ${t}\n`).join(''));
  };

  write('# TYPE istio_requests counter\n');
  for (const pod of served) {
    let running = 0;
    const values = pod.rows.map((r): [number, number] => {
      running += r.ops * 60;
      return [r.t, Math.floor(running)];
    });
    emit('istio_requests_total', labels(pod, {}), values);
  }

  write('# TYPE istio_request_duration_milliseconds histogram\n');
  for (const pod of served) {
    const anchors = knownOrNearestAnchors(pod.rows.map(distributionAnchors));
    const requests = pod.rows.map((r) => r.ops * 60);
    for (const le of bounds) {
      let running = 0;
      const values = pod.rows.map((r, i): [number, number] => {
        const a = anchors[i];
        // A pod that never had quantiles: its requests are counted in +Inf only.
        running += a ? requests[i] * shareAtOrBelow(a, le) : le === Infinity ? requests[i] : 0;
        return [r.t, Math.floor(running)];
      });
      const leText = le === Infinity ? '+Inf' : String(le);
      emit('istio_request_duration_milliseconds_bucket', labels(pod, { le: leText }), values);
    }
    let count = 0;
    let sum = 0;
    const counts: Array<[number, number]> = [];
    const sums: Array<[number, number]> = [];
    pod.rows.forEach((r, i) => {
      count += requests[i];
      const a = anchors[i];
      if (a) {
        // The mean of the piecewise-linear distribution: each segment's share at its midpoint.
        for (let k = 1; k < a.length; k++)
          sum += requests[i] * (a[k][1] - a[k - 1][1]) * ((a[k][0] + a[k - 1][0]) / 2);
      }
      counts.push([r.t, Math.floor(count)]);
      sums.push([r.t, Math.round(sum * 1000) / 1000]);
    });
    emit('istio_request_duration_milliseconds_count', labels(pod, {}), counts);
    emit('istio_request_duration_milliseconds_sum', labels(pod, {}), sums);
  }
  write('# EOF\n');
  return { series, samples };
}

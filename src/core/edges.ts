/**
 * The caller's view of a service: the edges into it as its callers' proxies saw them — the network between, the
 * callers' retries, timeouts and circuit breaking, none of which the callee's own proxy sees. Here: folding
 * series (several workloads of one caller, the quieter callers into one "other callers" edge, every caller into
 * the service as all its callers see it), and which edges a service's baseline keeps. Pure.
 */
import { histogramQuantile } from './histogram.js';
import { isKubernetesName } from './names.js';
import { LATENCY_QUANTILES, PER_REQUEST, metricArrays, totalRequests } from './series.js';
import {
  METRIC_NAMES,
  serviceId,
  type EdgeSeries,
  type MetricName,
  type ServiceKey,
  type ServiceSeries,
} from './types.js';

/** The busiest callers of a service learned one by one; the rest are folded into one edge. */
export const CALLERS_LEARNED = 3;

/** Who an edge is from, as the baseline names it: a Service, traffic from outside the mesh, or the other callers. */
export const OUTSIDE_CALLERS = '(outside the mesh)';
export const OTHER_CALLERS = '(other callers)';
/** A service's own calls to others, as its own proxy saw them (Finding.caller): its side of the network. */
export const OWN_CALLS = '(its calls to others)';

export function edgeCallerId(caller: ServiceKey | null): string {
  return caller ? serviceId(caller) : OUTSIDE_CALLERS;
}

/** Whether a baseline's edge caller is one this tool writes: a Service ("ns/name") or one of the two markers. */
export function isEdgeCallerId(id: string): boolean {
  if (id === OUTSIDE_CALLERS || id === OTHER_CALLERS) return true;
  const [namespace, name, ...rest] = id.split('/');
  return rest.length === 0 && isKubernetesName(namespace ?? '') && isKubernetesName(name ?? '');
}

/**
 * Series on one step grid summed into one: requests and rates add up, per-request ratios are weighted by each
 * part's requests, latency quantiles come from the merged histogram buckets (where every part has the same
 * bounds; else request-weighted). A metric is available only where every part has it. `metrics`: the metrics to
 * fold where only some are wanted (the others' values are null, and the buckets are merged only for a latency).
 */
export function foldSeries(
  service: ServiceKey,
  parts: readonly ServiceSeries[],
  metrics: readonly MetricName[] = METRIC_NAMES,
): ServiceSeries {
  if (parts.length === 1) return { ...parts[0], service };
  const steps = Math.max(0, ...parts.map((p) => p.requests.length));
  const unavailable = METRIC_NAMES.filter((metric) => parts.some((p) => p.unavailable.includes(metric)));
  const requests = new Array<number>(steps).fill(0);
  for (const part of parts) part.requests.forEach((r, i) => (requests[i] += r ?? 0));
  const every = metrics.length === METRIC_NAMES.length;
  const bounds = parts[0]?.latencyBuckets?.bounds;
  const sameBounds =
    bounds !== undefined &&
    (every || metrics.some((metric) => LATENCY_QUANTILES[metric] !== undefined)) &&
    parts.every((p) => p.latencyBuckets && p.latencyBuckets.bounds.join() === bounds.join());
  const counts: Array<number[] | null> = [];
  if (sameBounds) {
    for (let i = 0; i < steps; i++) {
      let sum: number[] | null = null;
      for (const part of parts) {
        const c = part.latencyBuckets!.counts[i];
        if (!c) continue;
        sum ??= new Array<number>(c.length).fill(0);
        for (let b = 0; b < c.length; b++) sum[b] += c[b] ?? 0;
      }
      counts.push(sum);
    }
  }
  const wanted = new Set(metrics);
  const values = metricArrays((metric) => {
    if (!wanted.has(metric)) return new Array<number | null>(steps).fill(null);
    const out: Array<number | null> = [];
    for (let i = 0; i < steps; i++) {
      const q = LATENCY_QUANTILES[metric];
      if (q !== undefined && sameBounds) {
        const merged = counts[i];
        out.push(
          merged && requests[i] > 0
            ? histogramQuantile(
                q,
                bounds!.map((le, b) => ({ le, count: merged[b] })),
              )
            : null,
        );
        continue;
      }
      let sum = 0;
      let weight = 0;
      let seen = false;
      for (const part of parts) {
        const v = part.values[metric][i];
        if (v === null || v === undefined || !Number.isFinite(v)) continue;
        seen = true;
        const w = PER_REQUEST.has(metric) ? (part.requests[i] ?? 0) : 1;
        sum += PER_REQUEST.has(metric) ? v * w : v;
        weight += w;
      }
      out.push(!seen ? null : PER_REQUEST.has(metric) ? (weight > 0 ? sum / weight : null) : sum);
    }
    return out;
  });
  const folded: ServiceSeries = { service, requests, values, unavailable };
  if (sameBounds) folded.latencyBuckets = { bounds: bounds!, counts };
  return folded;
}

/** Every edge into each callee (both proxies' views), by callee id. */
export function edgesByCallee(edges: readonly EdgeSeries[]): Map<string, EdgeSeries[]> {
  const out = new Map<string, EdgeSeries[]>();
  for (const edge of edges) {
    const id = serviceId(edge.callee);
    const list = out.get(id);
    if (list) list.push(edge);
    else out.set(id, [edge]);
  }
  return out;
}

/** The caller's-view edges into each callee, by callee id, several workloads of one caller folded into one. */
export function callerEdgesByCallee(edges: readonly EdgeSeries[]): Map<string, Map<string, EdgeSeries[]>> {
  const out = new Map<string, Map<string, EdgeSeries[]>>();
  for (const edge of edges) {
    if (edge.side !== 'client') continue;
    const callee = serviceId(edge.callee);
    let byCaller = out.get(callee);
    if (!byCaller) out.set(callee, (byCaller = new Map()));
    const id = edgeCallerId(edge.caller);
    byCaller.set(id, [...(byCaller.get(id) ?? []), edge]);
  }
  return out;
}

/** One edge's series as learning and judging see it: its caller (a Service, or a marker) and its folded series. */
export interface CallerEdge {
  callee: ServiceKey;
  caller: string;
  series: ServiceSeries;
}

/**
 * The edges a baseline learns for one callee: its CALLERS_LEARNED busiest callers one by one (requests over the
 * window), every other caller folded into one.
 */
export function edgesToLearn(callee: ServiceKey, byCaller: ReadonlyMap<string, EdgeSeries[]>): CallerEdge[] {
  const folded = [...byCaller].map(([caller, parts]) => ({ caller, series: foldSeries(callee, parts) }));
  folded.sort(
    (a, b) => totalRequests(b.series) - totalRequests(a.series) || a.caller.localeCompare(b.caller),
  );
  const kept = folded.slice(0, CALLERS_LEARNED).map((one) => ({ callee, ...one }));
  const rest = folded.slice(CALLERS_LEARNED);
  if (rest.length > 0)
    kept.push({
      callee,
      caller: OTHER_CALLERS,
      series: foldSeries(
        callee,
        rest.map((one) => one.series),
      ),
    });
  return kept;
}

/**
 * A scan's edges into one callee as its baseline learned them: each learned caller on its own, every other caller
 * into the learned "other callers" edge (dropped when the baseline has none: a caller it never saw is new).
 */
export function edgesAsLearned(
  callee: ServiceKey,
  byCaller: ReadonlyMap<string, EdgeSeries[]>,
  learned: ReadonlySet<string>,
): CallerEdge[] {
  const own: CallerEdge[] = [];
  const others: EdgeSeries[] = [];
  for (const [caller, parts] of byCaller) {
    if (learned.has(caller)) own.push({ callee, caller, series: foldSeries(callee, parts) });
    else others.push(...parts);
  }
  if (others.length > 0 && learned.has(OTHER_CALLERS))
    own.push({ callee, caller: OTHER_CALLERS, series: foldSeries(callee, others) });
  return own.sort((a, b) => a.caller.localeCompare(b.caller));
}

/**
 * A service's signals that only its callers' proxies see (retries, circuit-breaker overflows: unavailable in its
 * own view, never zero) taken from its callers' view of it: every caller folded into one. Its own view's other
 * signals stay as they are.
 */
export function withCallerSignals(
  series: ServiceSeries,
  callerEdges: readonly ServiceSeries[],
): ServiceSeries {
  if (series.unavailable.length === 0 || callerEdges.length === 0) return series;
  // Only the metrics taken are folded: every caller's latencies merged step by step cost as much as the rest.
  const taken = series.unavailable.filter((metric) =>
    callerEdges.every((edge) => !edge.unavailable.includes(metric)),
  );
  if (taken.length === 0) return series;
  const all = foldSeries(series.service, callerEdges, taken);
  const steps = series.requests.length;
  const values = { ...series.values };
  for (const metric of taken)
    values[metric] = Array.from({ length: steps }, (_, i) => all.values[metric][i] ?? null);
  return { ...series, values, unavailable: series.unavailable.filter((metric) => !taken.includes(metric)) };
}

/**
 * Fault propagation in the simulated mesh, as a real mesh shows it: a callee's failures are partly returned to
 * its callers, its slowness is waited on by them, their retries multiply its load, and a surge or drop at a
 * caller reaches its callees. So one injected fault makes several services anomalous, and the call graph is
 * what tells the origin from its symptoms. Pure: operating points, calls and faults in; per-service effects
 * and per-edge series out.
 */
import type { AnomalyFault } from '../../core/settings.js';
import { metricArrays } from '../../core/series.js';
import type { EdgeSeries, MetricName, ServiceSeries } from '../../core/types.js';
import type { SimulatedCall, SimulatedService } from './topologies.js';

/** The share of a callee's failures its caller returns to its own clients (the rest it retries or degrades). */
export const RETURNED_ERROR_SHARE = 0.6;
/** Istio's default retry policy: two more attempts on a retriable failure. */
export const RETRY_ATTEMPTS = 2;
/** A callee hit by this share of a caller's requests or more sits in the caller's p99 tail. */
const TAIL_SHARE = 0.1;
/** What the client-side proxy adds to a call's latency (ms): the sidecar hop and mTLS. */
export const PROXY_HOP_MS = 1;
/** What a lost packet costs the request that waits for its retransmission (ms): TCP's minimum retransmit timeout. */
export const RETRANSMIT_MS = 200;

/** How a service's behaviour changes while faults act (neutral without faults). */
export interface PropagatedEffect {
  /** Multiplies the service's request rate: a caller's surge or drop, callers' retries. */
  rateFactor: number;
  /** Added error ratio: callee failures returned upstream. */
  errorAdd: number;
  /** Added latency (ms): time spent waiting on slow callees. */
  p50AddMs: number;
  p99AddMs: number;
  /** Added retry ratio: callers retrying failed calls to this service. */
  retryAdd: number;
}

const NEUTRAL: PropagatedEffect = { rateFactor: 1, errorAdd: 0, p50AddMs: 0, p99AddMs: 0, retryAdd: 0 };

type FaultSizes = Map<AnomalyFault['type'], number>;

/** The error ratio a service's own faults add over its normal one (as source.ts applies them). */
function ownErrorExcess(spec: SimulatedService, faults: FaultSizes): number {
  let errorP = faults.get('error_rate') ?? spec.errorRatio;
  errorP += faults.get('timeout') ?? 0;
  errorP += faults.get('circuit_breaker') ?? 0;
  return Math.max(0, Math.min(1, errorP) - spec.errorRatio);
}

/** Callers before callees (Kahn); a cycle, which no built-in topology has, falls back to index order. */
function topologicalOrder(count: number, calls: Array<{ from: number; to: number }>): number[] {
  const indegree = new Array<number>(count).fill(0);
  for (const c of calls) indegree[c.to]++;
  const out = groupBy(calls, count, (c) => c.from);
  const queue = indegree.flatMap((d, i) => (d === 0 ? [i] : []));
  const order: number[] = [];
  const placed = new Set<number>();
  for (let head = 0; head < queue.length; head++) {
    const at = queue[head];
    order.push(at);
    placed.add(at);
    for (const c of out[at]) if (--indegree[c.to] === 0) queue.push(c.to);
  }
  for (let i = 0; i < count; i++) if (!placed.has(i)) order.push(i);
  return order;
}

/** Items by index (a caller's calls, a callee's callers) in one pass: meshes of 10,000 services stay linear. */
function groupBy<T>(items: T[], count: number, indexOf: (item: T) => number): T[][] {
  const groups = Array.from({ length: count }, () => [] as T[]);
  for (const item of items) groups[indexOf(item)].push(item);
  return groups;
}

export interface ResolvedCall {
  from: number;
  to: number;
  perRequest: number;
  /** The share of the callee's normal traffic this caller sends (0..1). */
  share: number;
  /**
   * Calls that reach the callee per request the caller serves: `perRequest`, unless the callee serves fewer than
   * that (a quiet callee behind a busy caller, as a cache or a feature flag in front of it makes it). A caller can
   * fail or wait only on the calls that reach its callee.
   */
  reaching: number;
}

/** Calls by service index, with each caller's share of its callee's traffic. Unknown names are skipped. */
export function resolveCalls(services: SimulatedService[], calls: SimulatedCall[]): ResolvedCall[] {
  const index = new Map(services.map((s, i) => [s.name, i]));
  const resolved = calls.flatMap((c) => {
    const from = index.get(c.caller);
    const to = index.get(c.callee);
    if (from === undefined || to === undefined || from === to) return [];
    const share = Math.min(1, (services[from].rate * c.perRequest) / Math.max(services[to].rate, 1e-9));
    return [{ from, to, perRequest: c.perRequest, share, reaching: c.perRequest }];
  });
  // Shares of one callee add up to at most 1: the rest of its traffic comes from outside the mesh.
  for (const incoming of groupBy(resolved, services.length, (c) => c.to)) {
    const total = incoming.reduce((sum, c) => sum + c.share, 0);
    if (total > 1) for (const c of incoming) c.share /= total;
  }
  for (const c of resolved) {
    const sent = (c.share * services[c.to].rate) / Math.max(services[c.from].rate, 1e-9);
    c.reaching = Math.min(c.perRequest, sent);
  }
  return resolved;
}

/**
 * The effect of the faults on every service: errors and latency flow from callees to callers (callees first),
 * load flows from callers to callees (callers first), retries of failed calls add load to the failing callee.
 * `ownDelayOf`: the delay on a service's own network, which its calls out wait too (default: its network delay; a
 * delay to one version's pods alone is what its callers see, diluted, but delays only that version's calls out).
 */
export function propagateFaults(
  services: SimulatedService[],
  calls: ResolvedCall[],
  faultsOf: (spec: SimulatedService) => FaultSizes,
  ownDelayOf: (spec: SimulatedService) => number = (spec) => faultsOf(spec).get('network_delay') ?? 0,
): PropagatedEffect[] {
  const effects = services.map(() => ({ ...NEUTRAL }));
  const faults = services.map(faultsOf);
  if (faults.every((f) => f.size === 0)) return effects;
  const order = topologicalOrder(services.length, calls);
  const outgoing = groupBy(calls, services.length, (c) => c.from);
  const incomingOf = groupBy(calls, services.length, (c) => c.to);
  const errorExcess = services.map((spec, i) => ownErrorExcess(spec, faults[i]));
  const p50Excess = services.map((spec, i) => spec.p50 * ((faults[i].get('latency') ?? 1) - 1));
  const p99Excess = services.map((spec, i) => p50Excess[i] * spec.p99Factor);
  // What callers wait for beyond the callee's own time: the network to it, a lost packet's retransmission.
  const delay = faults.map((f) => f.get('network_delay') ?? 0);
  const ownDelay = services.map(ownDelayOf);
  const loss = faults.map((f) => f.get('packet_loss') ?? 0);
  const seenP50 = (i: number) => p50Excess[i] + delay[i] + retransmitMs(loss[i], 'latencyP50');
  const seenP99 = (i: number) => p99Excess[i] + delay[i] + retransmitMs(loss[i], 'latencyP99');

  for (const at of [...order].reverse()) {
    // A request fails when any of its calls returns a failure; it waits for its slowest callee (calls to
    // several callees run side by side), so a deep, wide graph does not multiply a slowdown.
    let allSucceed = 1;
    for (const call of outgoing[at]) {
      const touched = Math.min(1, call.reaching);
      // Its own network delays what it sends as much as what it answers: every call out waits that much more.
      allSucceed *= 1 - touched * errorExcess[call.to] * RETURNED_ERROR_SHARE;
      effects[at].p50AddMs = Math.max(effects[at].p50AddMs, touched * (seenP50(call.to) + ownDelay[at]));
      effects[at].p99AddMs = Math.max(
        effects[at].p99AddMs,
        Math.min(1, call.reaching / TAIL_SHARE) * (seenP99(call.to) + ownDelay[at]),
      );
    }
    effects[at].errorAdd = Math.min(1 - services[at].errorRatio, 1 - allSucceed);
    errorExcess[at] = Math.min(1, errorExcess[at] + effects[at].errorAdd);
    p50Excess[at] += effects[at].p50AddMs;
    p99Excess[at] += effects[at].p99AddMs;
  }

  const ownRate = (i: number) => (faults[i].get('traffic_spike') ?? 1) * (faults[i].get('traffic_drop') ?? 1);
  const offered = services.map((_, i) => ownRate(i));
  for (const at of order) {
    const incoming = incomingOf[at];
    const fromCallers = incoming.reduce((sum, c) => sum + c.share * offered[c.from], 0);
    const outside = Math.max(0, 1 - incoming.reduce((sum, c) => sum + c.share, 0));
    if (incoming.length > 0) offered[at] = (outside + fromCallers) * ownRate(at);
    const retried = incoming.reduce((sum, c) => sum + c.share * errorExcess[at] * RETRY_ATTEMPTS, 0);
    effects[at].retryAdd = retried;
    // The service's own rate fault is applied by the simulator itself; the rest is propagated. Packets lost on the
    // way to it come back as its callers' retries: more attempts reach it.
    effects[at].rateFactor = (offered[at] / ownRate(at)) * (1 + retried) * (1 + loss[at]);
  }
  return effects;
}

/** What callers see of a callee at one step beyond what it serves: the network's delay, its lost packets. */
export interface CallerSideFault {
  delayMs: number;
  /** Share of requests whose packets were lost: retried by the caller's proxy, slowed by the retransmission. */
  loss: number;
}

/**
 * What a packet loss adds to a latency quantile: a retransmission, once the share of requests that lose a packet
 * reaches the share above that quantile (half of them for the p50, one in a hundred for the p99).
 */
function retransmitMs(loss: number, quantile: 'latencyP50' | 'latencyP90' | 'latencyP99'): number {
  const above = { latencyP50: 0.5, latencyP90: 0.1, latencyP99: 0.01 }[quantile];
  return loss >= above ? RETRANSMIT_MS : 0;
}

/**
 * A callee's traffic as its callers' proxies see it, from its own series: every request, its errors, timeouts and
 * overflows; the retries its callers made (its own retry ratio, plus the lost packets); the latency the proxy hop,
 * the network delay and the retransmissions add. The plain simulator's view; the realistic one draws its own
 * (realism.ts).
 */
export function callerView(series: ServiceSeries, faults: readonly CallerSideFault[]): ServiceSeries {
  const steps = series.requests.length;
  const values = metricArrays((metric) => [...series.values[metric]]);
  for (let i = 0; i < steps; i++) {
    const { delayMs, loss } = faults[i] ?? { delayMs: 0, loss: 0 };
    const add = (metric: MetricName, ms: number) => {
      const v = values[metric][i];
      if (v !== null) values[metric][i] = v + ms;
    };
    for (const quantile of ['latencyP50', 'latencyP90', 'latencyP99'] as const)
      add(quantile, PROXY_HOP_MS + delayMs + retransmitMs(loss, quantile));
    const retries = values.retryRatio[i];
    if (retries !== null) values.retryRatio[i] = Math.min(1, retries + loss);
  }
  return {
    service: series.service,
    requests: [...series.requests],
    values,
    unavailable: [...series.unavailable],
  };
}

/**
 * callerView with the series' latency buckets moved by the hop and the delay too: a version's, which a rollout
 * compares in its buckets (a retransmission moves its quantiles only).
 */
export function callerViewWithBuckets(
  series: ServiceSeries,
  faults: readonly CallerSideFault[],
): ServiceSeries {
  const view = callerView(series, faults);
  if (!series.latencyBuckets) return view;
  const { bounds, counts } = series.latencyBuckets;
  const moved = counts.map((row, i) =>
    row ? shiftedBuckets(bounds, row, PROXY_HOP_MS + (faults[i]?.delayMs ?? 0)) : null,
  );
  return { ...view, latencyBuckets: { bounds, counts: moved } };
}

/** Cumulative bucket counts with every request `addMs` slower: the count at or below le is the old count at le − add. */
export function shiftedBuckets(
  bounds: readonly number[],
  counts: readonly number[],
  addMs: number,
): number[] {
  const below = (x: number) => {
    if (x <= 0) return 0;
    let lower = 0;
    let lowerCount = 0;
    for (let b = 0; b < bounds.length; b++) {
      if (x <= bounds[b]) {
        if (bounds[b] === Infinity) return lowerCount;
        return lowerCount + ((counts[b] - lowerCount) * (x - lower)) / (bounds[b] - lower);
      }
      lower = bounds[b];
      lowerCount = counts[b];
    }
    return lowerCount;
  };
  return bounds.map((le, b) => (le === Infinity ? counts[b] : below(le - addMs)));
}

/** A series with every request of step i `delays[i]` ms slower: what a delay on the caller's own network adds. */
export function delayed(series: ServiceSeries, delays: readonly number[]): ServiceSeries {
  if (!delays.some((d) => d > 0)) return series;
  const values = metricArrays((metric) =>
    series.values[metric].map((v, i) =>
      v !== null &&
      delays[i] > 0 &&
      (metric === 'latencyP50' || metric === 'latencyP90' || metric === 'latencyP99')
        ? v + delays[i]
        : v,
    ),
  );
  const out: ServiceSeries = { ...series, values };
  if (series.latencyBuckets) {
    const { bounds } = series.latencyBuckets;
    out.latencyBuckets = {
      bounds,
      counts: series.latencyBuckets.counts.map((c, i) =>
        c && delays[i] > 0 ? shiftedBuckets(bounds, c, delays[i]) : c,
      ),
    };
  }
  return out;
}

/** One caller's share of a callee's series (as its callers see it): requests and buckets scaled, ratios as they are. */
export function shareOf(series: ServiceSeries, share: number): ServiceSeries {
  const scaled: ServiceSeries = {
    service: series.service,
    requests: series.requests.map((r) => r * share),
    values: metricArrays((metric) =>
      metric === 'requestRate'
        ? series.values[metric].map((v) => (v === null ? null : v * share))
        : [...series.values[metric]],
    ),
    unavailable: [...series.unavailable],
  };
  if (series.latencyBuckets)
    scaled.latencyBuckets = {
      bounds: series.latencyBuckets.bounds,
      counts: series.latencyBuckets.counts.map((c) => (c ? c.map((n) => n * share) : null)),
    };
  return scaled;
}

/**
 * The call graph's edges over a collected window, as the callers' proxies saw them: each callee's traffic from its
 * callers (`callerSide`: the callee as all its callers see it) split by each caller's share, the rest from outside
 * the mesh. Each call also gets the callee's own view (`server`), its p99 what the callee answered.
 */
export function simulatedEdges(
  services: SimulatedService[],
  calls: ResolvedCall[],
  series: Map<number, ServiceSeries>,
  callerSide: Map<number, ServiceSeries>,
  /** Per service, what a delay on its own network adds to each step of its calls out (ms). */
  ownDelays: Map<number, number[]> = new Map(),
): EdgeSeries[] {
  const edges: EdgeSeries[] = [];
  const key = (i: number) => ({ namespace: services[i].namespace, name: services[i].name });
  const incoming = groupBy(calls, services.length, (c) => c.to);
  for (const [index, seen] of callerSide) {
    const callee = key(index);
    const own = series.get(index)!;
    let fromCallers = 0;
    for (const call of incoming[index]) {
      if (!series.has(call.from)) continue;
      fromCallers += call.share;
      const caller = key(call.from);
      const out = ownDelays.get(call.from);
      const share = shareOf(seen, call.share);
      edges.push({ ...(out ? delayed(share, out) : share), caller, callee, side: 'client' });
      edges.push({ ...shareOf(own, call.share), caller, callee, side: 'server' });
    }
    const outside = Math.max(0, 1 - incoming[index].reduce((sum, c) => sum + c.share, 0));
    if (outside > 1e-9) edges.push({ ...shareOf(seen, outside), caller: null, callee, side: 'client' });
    if (fromCallers === 0 && outside <= 1e-9) edges.push({ ...seen, caller: null, callee, side: 'client' });
  }
  return edges;
}

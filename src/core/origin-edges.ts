/**
 * The edge side of origin ranking: one view per caller → callee pair from both proxies, and whether an edge
 * carries a caller's deviation (errors returned, latency waited on) or points at the network. Pure.
 */
import { REQUEST_SHARES, serviceId } from './types.js';
import type {
  AnomalyType,
  EdgeSeries,
  Finding,
  MetricName,
  MetricSummary,
  OriginEvidence,
  ServiceKey,
  ServiceSeries,
} from './types.js';
import { edgeCallerId } from './edges.js';
import { roundTo } from './numbers.js';
import { totalRequests } from './series.js';

/** The kind of signal a finding is about: what can travel along a call, and which way. */
export type SignalKind = 'errors' | 'latency' | 'traffic';

export function signalKind(type: AnomalyType): SignalKind {
  if (type === 'latency') return 'latency';
  if (type === 'traffic_spike' || type === 'traffic_drop') return 'traffic';
  return 'errors'; // error_rate, timeout, circuit_breaker, retry_storm: failures answered or retried
}

/** A caller's excess must be carried at least this much by the edge to count as explained by it. */
export const EDGE_SHARE = 0.3;
/** A callee's trouble may start up to this many steps after its caller's and still explain it (smoothing). */
export const ONSET_SLACK_STEPS = 1;
/** A client-side edge latency this far above the callee's own (and at least NETWORK_MIN_MS) is the network. */
const NETWORK_GAP_FACTOR = 0.5;
export const NETWORK_MIN_MS = 5;
/** An edge with fewer requests in the window has a p99 that is a request or two: its gap must show at the p50 too. */
const THIN_EDGE_REQUESTS = 100;

export interface EdgeView {
  caller: ServiceKey | null;
  callee: ServiceKey;
  requests: number;
  /** Requests seen by the caller's proxy alone. */
  clientRequests: number;
  errors: number;
  /** Request-weighted mean of the per-step p99 (ms) from the client side; null without requests. */
  clientP99: number | null;
  serverP99: number | null;
  /** The same for the p50: a delay every call pays shows in the median even when the tail hides it. */
  clientP50: number | null;
  serverP50: number | null;
}

function weightedMean(requests: number[], values: Array<number | null>): number | null {
  let sum = 0;
  let weight = 0;
  values.forEach((v, i) => {
    const w = requests[i] ?? 0;
    if (v === null || !Number.isFinite(v) || w <= 0) return;
    sum += v * w;
    weight += w;
  });
  return weight > 0 ? sum / weight : null;
}

/** One view per caller → callee pair: both proxies merged, the caller's preferred for what callers see. */
export function edgeViews(edges: EdgeSeries[]): Map<string, EdgeView> {
  const views = new Map<string, EdgeView>();
  const pairKey = (caller: ServiceKey | null, callee: ServiceKey) =>
    `${caller ? serviceId(caller) : '(entry)'}->${serviceId(callee)}`;
  const sorted = [...edges].sort((a, b) => (a.side === b.side ? 0 : a.side === 'client' ? -1 : 1));
  for (const edge of sorted) {
    const key = pairKey(edge.caller, edge.callee);
    let view = views.get(key);
    if (!view) {
      view = {
        caller: edge.caller,
        callee: edge.callee,
        requests: 0,
        clientRequests: 0,
        errors: 0,
        clientP99: null,
        serverP99: null,
        clientP50: null,
        serverP50: null,
      };
      views.set(key, view);
    }
    const requests = edge.requests.reduce((sum, r) => sum + (r ?? 0), 0);
    const errors = edge.requests.reduce((sum, r, i) => sum + (r ?? 0) * (edge.values.errorRatio[i] ?? 0), 0);
    const p99 = weightedMean(edge.requests, edge.values.latencyP99);
    const p50 = weightedMean(edge.requests, edge.values.latencyP50);
    // Several workloads of one caller (reviews-v1, -v2) add up; the larger p99 stands for the pair.
    const larger = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
    if (edge.side === 'client') {
      view.clientRequests += requests;
      view.requests += requests;
      view.errors += errors;
      view.clientP99 = larger(view.clientP99, p99);
      view.clientP50 = larger(view.clientP50, p50);
    } else {
      // Source edges come first: when present they are what the caller saw; the server side fills in otherwise.
      if (view.clientRequests === 0) {
        view.requests += requests;
        view.errors += errors;
      }
      view.serverP99 = larger(view.serverP99, p99);
      view.serverP50 = larger(view.serverP50, p50);
    }
  }
  return views;
}

export function key(k: ServiceKey): ServiceKey {
  return { namespace: k.namespace, name: k.name };
}

export const round = (x: number): number => roundTo(x, 3);

/** How far a finding's metric is past its expected value, in its unit (0 when not past it). */
export function excessOf(
  f: Finding,
  id: string,
  summary: (id: string, metric: MetricName) => MetricSummary | undefined,
): number {
  const s = summary(id, f.metric);
  const observed = s?.observed ?? f.observed;
  const expected = s?.expected ?? f.expected;
  return Math.max(0, observed - expected);
}

/** Calls on an edge per request its caller served, at least one (it was called) and at most MAX_CALLS_PER_REQUEST. */
export function callsPerRequest(edge: EdgeView, callerRequests: number): number {
  if (!(callerRequests > 0) || !(edge.requests > 0)) return 1;
  return Math.min(MAX_CALLS_PER_REQUEST, Math.max(1, edge.requests / callerRequests));
}
const MAX_CALLS_PER_REQUEST = 10;

/**
 * Does the edge carry the caller's deviation? Errors: the callee returned at least EDGE_SHARE of the caller's
 * excess failures on it. Latency: the edge's p99 is above the callee's normal p99 by at least EDGE_SHARE of the
 * caller's excess. An edge known only from the topology (no samples) is taken at its word.
 */
export function edgeEvidence(
  kind: SignalKind,
  f: Finding,
  id: string,
  edge: EdgeView,
  windowSeconds: number,
  summary: (id: string, metric: MetricName) => MetricSummary | undefined,
  observedOf: (id: string, metric: MetricName) => number | null,
  callsPerRequest = 1,
): OriginEvidence | null {
  const calleeId = serviceId(edge.callee);
  const base = { signal: kind, caller: key(edge.caller!), callee: key(edge.callee) } as const;
  if (edge.requests === 0 && edge.clientP99 === null && edge.serverP99 === null)
    return { ...base, carried: 1 };
  if (kind === 'errors') {
    const s = summary(id, 'errorRatio');
    const callerRate = summary(id, 'requestRate')?.observed ?? null;
    // The failures to carry: its errors, or its retries, timeouts or overflows when those are the larger share.
    const excessRatio = Math.max(
      0,
      (s?.observed ?? 0) - (s?.expected ?? 0),
      REQUEST_SHARES.has(f.metric) ? f.observed - f.expected : 0,
    );
    const excessEvents = callerRate !== null ? excessRatio * callerRate * windowSeconds : 0;
    const carried = excessEvents > 0 ? edge.errors / excessEvents : edge.errors > 0 ? 1 : 0;
    if (carried < EDGE_SHARE && !(excessEvents === 0 && edge.errors > 0)) return null;
    return { ...base, carried: round(Math.min(carried, 1)), edgeErrors: Math.round(edge.errors) };
  }
  const edgeP99 = edge.clientP99 ?? edge.serverP99 ?? observedOf(calleeId, 'latencyP99');
  const calleeNormal = summary(calleeId, 'latencyP99')?.expected ?? null;
  if (edgeP99 === null) return null;
  const excess = excessOf(f, id, summary);
  // A request that calls the callee several times in turn waits its extra time each time.
  const edgeExcess = (calleeNormal === null ? edgeP99 : edgeP99 - calleeNormal) * callsPerRequest;
  const carried = excess > 0 ? edgeExcess / excess : 1;
  if (carried < EDGE_SHARE) return null;
  return {
    ...base,
    carried: round(Math.min(carried, 1)),
    edgeP99Ms: round(edgeP99),
    ...(calleeNormal !== null ? { calleeNormalP99Ms: round(calleeNormal) } : {}),
  };
}

/**
 * The series a finding was read from: the service's own, or for one its callers see, the busiest edge from that
 * caller as the caller's proxy timed it (the callee's own series starts when its own proxy sees trouble, which a
 * network delay never does). The service's own when the edge is not there (other callers folded into one).
 */
export function findingSeries(
  f: Finding,
  own: ServiceSeries | undefined,
  edges: EdgeSeries[],
): ServiceSeries | undefined {
  if (f.caller === undefined) return own;
  const id = `${f.namespace}/${f.service}`;
  let busiest: EdgeSeries | undefined;
  for (const edge of edges) {
    if (edge.side !== 'client' || edgeCallerId(edge.caller) !== f.caller || serviceId(edge.callee) !== id)
      continue;
    if (!busiest || totalRequests(edge) > totalRequests(busiest)) busiest = edge;
  }
  return busiest ?? own;
}

/**
 * The client-side p99 on an edge against the callee's own server-side p99: what the network adds. On a thin edge
 * only when the p50 loses time too.
 */
export function networkGap(
  edge: EdgeView,
  calleeId: string,
  observedOf: (id: string, metric: MetricName) => number | null,
): { gapMs: number; clientMs: number; serverMs: number } | null {
  if (edge.clientP99 === null) return null;
  const server = edge.serverP99 ?? observedOf(calleeId, 'latencyP99');
  if (server === null) return null;
  const gapMs = lostMs(edge.clientP99, server);
  if (gapMs === 0) return null;
  // On a thin edge the p99 is its slowest request or two: one retransmission is no network fault.
  if (
    edge.requests < THIN_EDGE_REQUESTS &&
    lostMs(edge.clientP50, edge.serverP50 ?? observedOf(calleeId, 'latencyP50')) === 0
  )
    return null;
  return { gapMs, clientMs: edge.clientP99, serverMs: server };
}

/**
 * How much longer the caller's proxy times a call than the callee's answers it, when that is time lost between
 * them (at least NETWORK_MIN_MS and NETWORK_GAP_FACTOR of the answer); 0 otherwise or without both figures.
 */
function lostMs(client: number | null, server: number | null): number {
  if (client === null || server === null) return 0;
  return client - server >= Math.max(NETWORK_MIN_MS, NETWORK_GAP_FACTOR * server) ? client - server : 0;
}

/**
 * Whether the caller's proxy sees calls on this edge take longer than the callee's proxy answers them, at the p99
 * or the p50: time lost between the two proxies, on the network or in either pod's.
 */
export function losesTimeBetweenProxies(
  edge: EdgeView,
  calleeId: string,
  observedOf: (id: string, metric: MetricName) => number | null,
): boolean {
  return timeLostBetweenProxies(edge, calleeId, observedOf) > 0;
}

/** How many milliseconds the edge loses between the two proxies, the larger at the p99 and the p50 (0: none). */
export function timeLostBetweenProxies(
  edge: EdgeView,
  calleeId: string,
  observedOf: (id: string, metric: MetricName) => number | null,
): number {
  const atP99 = networkGap(edge, calleeId, observedOf)?.gapMs ?? 0;
  return Math.max(atP99, lostMs(edge.clientP50, edge.serverP50));
}

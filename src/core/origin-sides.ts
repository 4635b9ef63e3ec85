/**
 * Which side of a call a delay belongs to, for origin ranking: a caller's proxy times the whole call, its own pod's
 * network included, so what one caller sees on a callee is the callee's only when something beyond that caller
 * shows it too. Pure.
 */
import { EDGE_SHARE, excessOf, signalKind, timeLostBetweenProxies, type EdgeView } from './origin-edges.js';
import type { OriginGraph } from './origin-graph.js';
import { serviceId, type Finding } from './types.js';

/** A service's callers losing this share of what it loses on the way to its callee: its own pod's network. */
const INBOUND_SHARE = 0.5;

/** The service's own proxy shows the finding's metric past its normal band too, the same way. */
export function ownProxyShows(graph: OriginGraph, id: string, f: Finding): boolean {
  const s = graph.summary(id, f.metric);
  if (s?.observed == null || !s.band) return false;
  return f.observed >= f.expected ? s.observed > s.band[1] : s.observed < s.band[0];
}

/**
 * Do the service's callers' proxies lose time on the way to it too, at least INBOUND_SHARE of what it loses on the
 * way to its callee? A pod's network delays both directions alike; a constant gap far smaller (a gateway in
 * another zone) is not that.
 */
export function losesTimeToIt(graph: OriginGraph, id: string, lostOnTheWayOut: number): boolean {
  return (graph.callers.get(id) ?? []).some(
    (edge) =>
      edge.requests > 0 &&
      timeLostBetweenProxies(edge, id, graph.observedOf) >= INBOUND_SHARE * lostOnTheWayOut,
  );
}

/**
 * Is the delay a caller waits on its callee's? The caller's proxy times the whole call, its own pod's network
 * included: a caller whose pod delays what it sends sees every callee slower. So the callee carries the caller's
 * excess only when it shows on the callee beyond this one caller's view — in the callee's own proxy, or to its
 * other callers — or when this caller is its only one and loses no time on the way in itself.
 */
export function calleeOwnsDelay(
  graph: OriginGraph,
  f: Finding,
  callerId: string,
  edge: EdgeView,
  callsPerRequest: number,
): boolean {
  // Per call: a caller that calls it several times per request waits its delay each time.
  const need = (EDGE_SHARE * excessOf(f, callerId, graph.summary)) / callsPerRequest;
  if (need <= 0) return true;
  const calleeId = serviceId(edge.callee);
  const own = graph.summary(calleeId, f.metric);
  if (own?.observed != null && own.expected != null && own.observed - own.expected >= need) return true;
  for (const i of graph.byService.get(calleeId) ?? []) {
    const g = graph.input.findings[i];
    // Its own proxy's findings; what its callers see is read edge by edge below.
    if (signalKind(g.type) === 'latency' && g.caller === undefined && g.observed - g.expected >= need)
      return true;
  }
  const others = (graph.callers.get(calleeId) ?? []).filter((e) => e !== edge && e.requests > 0);
  // Its only caller: nothing on the callee's side tells the two apart — unless the caller's own callers lose time
  // on the way to it too: its pod's network delays what it sends and what it answers alike.
  if (others.length === 0) {
    const lost = timeLostBetweenProxies(edge, calleeId, graph.observedOf);
    return !(lost > 0 && losesTimeToIt(graph, callerId, lost));
  }
  // Its other callers see it slower by as much, at the finding's percentile: the median against the median.
  const atMedian = f.metric === 'latencyP50';
  const normal = graph.summary(calleeId, atMedian ? 'latencyP50' : 'latencyP99')?.expected ?? null;
  return (
    normal !== null &&
    others.some((e) => {
      const seen = atMedian ? e.clientP50 : e.clientP99;
      return seen !== null && seen - normal >= need;
    })
  );
}

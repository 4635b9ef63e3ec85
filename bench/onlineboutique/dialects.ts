/**
 * The Online Boutique excerpt written as each mesh dialect's series: the same real minutes (convert.ts: each call's
 * requests and both ends' distributions) through the dialect writers the simulated suites use
 * (harness/mesh-dialect-writers.ts), so the gate reads real telemetry as sidecar Istio, Istio ambient (a waypoint
 * for every service) and Linkerd (with its probes) label it. The writers' choices differ from convert.ts's Istio
 * text in two ways: workloads are named `<service>-v1`, and traffic from outside comes from the ingress gateway
 * (which reports its own side) rather than an unknown caller. No `_sum` or `_count` series: the gate reads the
 * buckets and the request counters. Pure: days in, chunks out.
 */
import type { MeshName } from '../../src/core/types.js';
import type { SimulatedService } from '../../src/sources/simulated/topologies.js';
import type { CallStep } from '../../harness/mesh-dialect-writers.js';
import { workloadOf } from '../../harness/mesh-dialect-writers.js';
import { GATEWAY, writeFamilies, writerFor } from '../../harness/mesh-openmetrics.js';
import { shareAtOrBelow } from '../trainticket/convert.js';
import { callsOf, NAMESPACE, type DayData } from './convert.js';

type Anchors = Array<[number, number]>;

export interface BoutiqueDialect {
  /** The row's name in the table. */
  name: string;
  mesh: MeshName;
}

export const BOUTIQUE_DIALECTS: BoutiqueDialect[] = [
  { name: 'istio (sidecars)', mesh: 'istio' },
  { name: 'istio-ambient (waypoints)', mesh: 'istio-ambient' },
  { name: 'linkerd', mesh: 'linkerd' },
];

/** The writers speak of simulated services: only the name and namespace are read. */
function standIn(name: string): SimulatedService {
  return {
    namespace: NAMESPACE,
    name,
    rate: 0,
    errorRatio: 0,
    p50: 0,
    p90Factor: 0,
    p99Factor: 0,
    retryRatio: 0,
    timeoutRatio: 0,
    overflowRatio: 0,
    dailySwing: 0,
    burstShare: 0,
  };
}

/** A minute without a known distribution: every request past the last bound, as convert.ts writes it. */
const unknownShare = (le: number) => (le === Infinity ? 1 : 0);
const shareOf = (anchors: Anchors | null) =>
  anchors ? (le: number) => shareAtOrBelow(anchors, le) : unknownShare;

/** Every call of `days` (in time order) as one dialect's OpenMetrics text, in chunks; returns what it wrote. */
export function writeDialectOpenMetrics(
  days: DayData[],
  mesh: MeshName,
  write: (chunk: string | Uint8Array) => void,
): { series: number; samples: number } {
  const writer = writerFor({ mesh });
  const services = new Map<string, SimulatedService>();
  const serviceOf = (name: string) => {
    let s = services.get(name);
    if (!s) services.set(name, (s = standIn(name)));
    return s;
  };
  const started = new Set<string>();
  for (const day of days) {
    const calls = callsOf(day);
    const callerEnd = new Map(
      calls.filter((c) => c.reporter === 'source').map((c) => [`${c.caller}|${c.callee.service}`, c]),
    );
    // Minute by minute, every call in it: series several calls add to (ztunnel's, behind a waypoint) stay in order.
    const steps: CallStep[] = [];
    for (const call of calls) {
      if (call.reporter !== 'destination' || !call.requests.some((r) => r > 0)) continue;
      const callee = serviceOf(call.callee.service);
      const caller =
        call.caller === null ? { ...GATEWAY, service: null } : workloadOf(serviceOf(call.caller));
      const key = `${call.caller}|${call.callee.service}`;
      const atCaller = callerEnd.get(key);
      call.callee.rows.forEach((row, i) => {
        // Every counter starts at zero at its first scrape, so rate() has a start for it.
        const first = !started.has(key);
        started.add(key);
        steps.push({
          caller,
          callee,
          seconds: row.t,
          requests: first ? 0 : call.requests[i],
          errorRatio: 0,
          timeoutRatio: 0,
          p50: 0,
          p90: 0,
          p99: 0,
          measured: {
            callee: shareOf(call.anchors[i]),
            caller: shareOf(atCaller ? atCaller.anchors[i] : call.anchors[i]),
          },
        });
      });
    }
    for (const step of steps.sort((a, b) => a.seconds - b.seconds)) writer.call(step);
    // Linkerd's probes: one series per pod, every minute of its data.
    for (const s of day.services)
      s.rows.forEach((row, i) =>
        writer.service?.(serviceOf(s.service), row.t, 60, i === 0 && days[0] === day),
      );
  }
  return writeFamilies(writer, write);
}

/**
 * Test data: a simulated mesh with its call graph (faults propagating along it) written as the series a Prometheus
 * would hold from the proxies of one mesh dialect, as OpenMetrics for `promtool tsdb create-blocks-from
 * openmetrics`. The same mesh and the same faults in each dialect:
 * - `istio` (sidecars): istio_requests_total and istio_request_duration_milliseconds_bucket per call from both
 *   reporters (destination: the callee's sidecar, source: the caller's), labelled with the caller (source_workload,
 *   source_workload_namespace, source_canonical_service) and the callee (destination_service_*); traffic from
 *   outside through istio-ingressgateway.
 * - `istio-ambient`: the same request series with reporter="waypoint" for the services a waypoint serves (both ends
 *   labelled, as a waypoint labels them) and none from reporter destination or source; ztunnel's L4 series
 *   (istio_tcp_connections_opened_total / _closed_total, istio_tcp_sent_bytes_total / _received_bytes_total) for
 *   every ambient service, reporter destination at the callee's node and source at an ambient caller's node.
 *   `withoutWaypoint` services have L4 only; `sidecars` services run sidecars (a mixed mesh): reporter destination
 *   at the callee and source at the caller, as in `istio` — and a waypoint's series too where one also serves them.
 *   The ingress gateway is an Envoy: it reports its calls as reporter="source" in both Istio data planes.
 * - `linkerd`: linkerd2-proxy's request_total, response_total (status_code, classification) and
 *   response_latency_ms_bucket on Linkerd's bounds, with the labels linkerd-viz's Prometheus adds (namespace, pod,
 *   deployment, pod_template_hash, control_plane_ns, …): inbound on the callee's pod (authority
 *   `<service>.<namespace>.svc.cluster.local:8080`, the client_id of a meshed caller, no identity from outside),
 *   outbound on the caller's pod (dst_namespace, dst_service, dst_deployment, dst_pod_template_hash, …), and the
 *   kubelet's probes on every pod: inbound series with no authority, as the real scrape in
 *   ../shared/data/exposition/ shows.
 * Each service's requests are split over its callers by their share of its traffic, so the callee's per-service
 * sums are the simulated service's own series (plus, in Linkerd, the probes). The callee's end of a call times the
 * service's own series; the caller's end (a caller's sidecar or Linkerd outbound proxy, a waypoint, the gateway)
 * times it as the simulator has its callers see it: the proxy hop, a network delay on the callee's pod or the
 * caller's. Workloads are named `<service>-v1`, so
 * a Service is never its workload. Timestamps are the simulated steps' ends (one scrape per step). The latency
 * histograms carry no response code: one histogram per call and proxy, which is what every query sums anyway.
 * Counters are kept as numbers and written at the end, family by family, so a day of a mesh streams to a file.
 */
import { SimulatedSource, type SimulatedMeshOptions } from '../src/sources/simulated/source.js';
import { resolveCalls } from '../src/sources/simulated/propagation.js';
import { topology, topologyCalls, type SimulatedService } from '../src/sources/simulated/topologies.js';
import type { CollectedMetrics, MeshName, ServiceSeries } from '../src/core/types.js';
import { IstioWriter, LinkerdWriter, workloadOf, type DialectWriter } from './mesh-dialect-writers.js';
import { shareAtOrBelow } from './openmetrics-families.js';

/** One stretch of time with its faults (none: normal behaviour). */
export interface MeshPeriod {
  from: number;
  to: number;
  faults: SimulatedMeshOptions['faults'];
}

/**
 * Which services an ambient mesh serves how. Each entry is a service (`name` or `namespace/name`) or a whole
 * namespace (`namespace/*`).
 */
export interface AmbientLayout {
  /** No waypoint: ztunnel's L4 series only (unless the service also runs sidecars). */
  withoutWaypoint?: string[];
  /** Pods with sidecars (a mixed mesh): reporter destination and source, as sidecar Istio. */
  sidecars?: string[];
}

export interface MeshDataOptions {
  topology: string;
  seed: number;
  stepMs: number;
  periods: MeshPeriod[];
  /** The dialect the proxies speak (default: Istio with sidecars). */
  mesh?: MeshName;
  /** `istio-ambient` only: which services have no waypoint, which run sidecars (default: every one a waypoint). */
  ambient?: AmbientLayout;
  /**
   * Write the simulated timeouts as 504s (a timeout fault is then seen as one); default false: every error a 503,
   * as this data always was.
   */
  timeouts?: boolean;
}

/** The caller of traffic from outside the mesh. */
export const GATEWAY = {
  workload: 'istio-ingressgateway',
  namespace: 'istio-system',
  canonical: 'istio-ingressgateway',
};

// ---------------------------------------------------------------------------------------------------------

/** Whether a service is one of these entries (`name`, `namespace/name`, `namespace/*`). */
function listed(entries: readonly string[] | undefined, service: SimulatedService): boolean {
  return (entries ?? []).some(
    (entry) =>
      entry === service.name ||
      entry === `${service.namespace}/${service.name}` ||
      entry === `${service.namespace}/*`,
  );
}

/** The writer of one dialect's series (the mesh, its ambient layout, whether timeouts are 504s). */
export function writerFor(options: Pick<MeshDataOptions, 'mesh' | 'ambient' | 'timeouts'>): DialectWriter {
  const mesh = options.mesh ?? 'istio';
  const timeouts = options.timeouts ?? false;
  if (mesh === 'linkerd') return new LinkerdWriter(timeouts);
  const layout = options.ambient ?? {};
  return new IstioWriter(
    mesh === 'istio-ambient',
    {
      waypoint: (s) => !listed(layout.withoutWaypoint, s),
      sidecar: (s) => listed(layout.sidecars, s),
    },
    timeouts,
  );
}

/** The simulated series of every period, one after the other, with the steps' ends as times. */
function simulate(options: MeshDataOptions): CollectedMetrics[] {
  return options.periods.map((period) =>
    new SimulatedSource({ topology: options.topology, seed: options.seed, faults: period.faults }).collectNow(
      {
        from: period.from,
        to: period.to,
        stepMs: options.stepMs,
        namespaces: [],
        withEdges: true,
      },
    ),
  );
}

/**
 * Writes the OpenMetrics text (ending with `# EOF`) in chunks, for `promtool tsdb create-blocks-from openmetrics`;
 * returns how many series and samples it wrote.
 */
export function writeMeshOpenMetrics(
  options: MeshDataOptions,
  write: (chunk: string | Uint8Array) => void,
): { series: number; samples: number } {
  const services = topology(options.topology, options.seed);
  const calls = resolveCalls(services, topologyCalls(options.topology, options.seed));
  const writer = writerFor(options);
  // Every edge gets a zero sample at the first scrape, so rate() has a start for each counter.
  const periods = simulate(options);
  const first = Math.min(...options.periods.map((p) => p.from));
  const stepSeconds = options.stepMs / 1000;
  const quantiles = (s: ServiceSeries, i: number, fallbackP50: number) => {
    const p50 = s.values.latencyP50[i] ?? fallbackP50;
    const p90 = s.values.latencyP90[i] ?? p50 * 2;
    const p99 = s.values.latencyP99[i] ?? p90 * 2;
    return { p50, p90, p99 };
  };
  const emit = (
    callerIdx: number | null,
    calleeIdx: number,
    seconds: number,
    requests: number,
    s: ServiceSeries,
    i: number,
    seen: ServiceSeries | undefined,
  ) => {
    const callee = services[calleeIdx];
    const caller = callerIdx === null ? { ...GATEWAY, service: null } : workloadOf(services[callerIdx]);
    const own = quantiles(s, i, callee.p50);
    // The caller's end as the simulator has its callers see it: the hop, a delay on either pod's network.
    const atCaller = seen ? quantiles(seen, i, own.p50) : null;
    writer.call({
      caller,
      callee,
      seconds,
      requests,
      errorRatio: s.values.errorRatio[i] ?? 0,
      timeoutRatio: s.values.timeoutRatio[i] ?? 0,
      ...own,
      ...(atCaller
        ? {
            measured: {
              callee: (le: number) => shareAtOrBelow(le, own.p50, own.p90, own.p99),
              caller: (le: number) => shareAtOrBelow(le, atCaller.p50, atCaller.p90, atCaller.p99),
            },
          }
        : {}),
    });
  };
  for (const collected of periods) {
    // Each call's caller's end: the client-side edge series (caller → callee; from outside: no caller).
    const seenBy = new Map(
      (collected.edges ?? [])
        .filter((e) => e.side === 'client')
        .map((e) => [`${e.caller?.namespace}/${e.caller?.name}|${e.callee.namespace}/${e.callee.name}`, e]),
    );
    const seen = (callerIdx: number | null, calleeIdx: number) => {
      const from = callerIdx === null ? undefined : services[callerIdx];
      const to = services[calleeIdx];
      return seenBy.get(`${from?.namespace}/${from?.name}|${to.namespace}/${to.name}`);
    };
    collected.services.forEach((series) => {
      const calleeIdx = services.findIndex(
        (s) => s.namespace === series.service.namespace && s.name === series.service.name,
      );
      const incoming = calls.filter((c) => c.to === calleeIdx);
      const outside = Math.max(0, 1 - incoming.reduce((sum, c) => sum + c.share, 0));
      for (let i = 0; i < series.requests.length; i++) {
        const seconds = (collected.from + (i + 1) * collected.stepMs) / 1000;
        const isFirst = collected.from + i * collected.stepMs === first;
        const total = isFirst ? 0 : series.requests[i];
        for (const call of incoming)
          emit(call.from, calleeIdx, seconds, total * call.share, series, i, seen(call.from, calleeIdx));
        if (outside > 0 || incoming.length === 0) {
          const requests = total * (incoming.length === 0 ? 1 : outside);
          emit(null, calleeIdx, seconds, requests, series, i, seen(null, calleeIdx));
        }
        writer.service?.(services[calleeIdx], seconds, stepSeconds, isFirst);
      }
    });
  }
  return writeFamilies(writer, write);
}

/** A writer's families, each series' samples together, then `# EOF`; returns how many series and samples. */
export function writeFamilies(
  writer: DialectWriter,
  write: (chunk: string | Uint8Array) => void,
): { series: number; samples: number } {
  let series = 0;
  let samples = 0;
  for (const family of writer.families) {
    if (family.counters.size === 0) continue;
    write(`${family.typeLine}\n`);
    for (const counter of family.counters.values()) {
      write(counter.encode());
      series++;
      samples += counter.samples;
    }
  }
  write('# EOF\n');
  return { series, samples };
}

/** The OpenMetrics text (ends with `# EOF`) for `promtool tsdb create-blocks-from openmetrics`. */
export function generateMeshOpenMetrics(options: MeshDataOptions): string {
  const chunks: Buffer[] = [];
  writeMeshOpenMetrics(options, (chunk) =>
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk)),
  );
  return Buffer.concat(chunks).toString('utf8');
}

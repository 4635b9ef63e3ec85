/**
 * Test data: a simulated mesh with its call graph (faults propagating along it) written as the Istio series a
 * Prometheus would scrape from its sidecars — istio_requests_total and istio_request_duration_milliseconds_bucket
 * per call, labelled with the caller (source_workload, source_workload_namespace, source_canonical_service) and the
 * callee (destination_service_*), from both reporters, traffic from outside through istio-ingressgateway. Each
 * service's requests are split over its callers by their share of its traffic, so the destination reporter's
 * per-service sums are the simulated service's own series. Workloads are named `<service>-v1` so the caller
 * mapping (workload → Service) is exercised. Timestamps are the simulated steps' ends (one scrape per step).
 */
import { SimulatedSource, type SimulatedMeshOptions } from '../../src/sources/simulated/source.js';
import { resolveCalls } from '../../src/sources/simulated/propagation.js';
import { topology, topologyCalls } from '../../src/sources/simulated/topologies.js';
import type { CollectedMetrics, ServiceSeries } from '../../src/core/types.js';
import { ENVOY_DEFAULT_BUCKETS_MS } from './istio-openmetrics.js';

/** One stretch of time with its faults (none: normal behaviour). */
export interface MeshPeriod {
  from: number;
  to: number;
  faults: SimulatedMeshOptions['faults'];
}

export interface MeshDataOptions {
  topology: string;
  seed: number;
  stepMs: number;
  periods: MeshPeriod[];
}

const GATEWAY = {
  workload: 'istio-ingressgateway',
  namespace: 'istio-system',
  canonical: 'istio-ingressgateway',
};

/** Share of requests at or below `le` for a piecewise-linear distribution through the step's quantiles. */
export function shareAtOrBelow(le: number, p50: number, p90: number, p99: number): number {
  const points: Array<[number, number]> = [
    [p50 / 4, 0],
    [p50, 0.5],
    [Math.max(p90, p50 * 1.0001), 0.9],
    [Math.max(p99, p90 * 1.0001, p50 * 1.0002), 0.99],
    [Math.max(p99, p90, p50) * 2, 1],
  ];
  if (le <= points[0][0]) return 0;
  for (let k = 1; k < points.length; k++) {
    const [x0, y0] = points[k - 1];
    const [x1, y1] = points[k];
    if (le <= x1) return y0 + ((le - x0) / (x1 - x0)) * (y1 - y0);
  }
  return 1;
}

class Counter {
  total = 0;
  readonly lines: string[] = [];
  constructor(
    private readonly name: string,
    private readonly labels: string,
  ) {}
  add(amount: number, seconds: number): void {
    this.total += amount;
    this.lines.push(`${this.name}{${this.labels}} ${Math.floor(this.total + 1e-9)} ${seconds}`);
  }
}

function labelText(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)
    .join(',');
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
      },
    ),
  );
}

/** The OpenMetrics text (ends with `# EOF`) for `promtool tsdb create-blocks-from openmetrics`. */
export function generateMeshOpenMetrics(options: MeshDataOptions): string {
  const services = topology(options.topology, options.seed);
  const calls = resolveCalls(services, topologyCalls(options.topology, options.seed));
  const requestsFamily = new Map<string, Counter>();
  const bucketFamily = new Map<string, Counter>();
  const counter = (family: Map<string, Counter>, name: string, labels: Record<string, string>) => {
    const text = labelText(labels);
    let c = family.get(text);
    if (!c) family.set(text, (c = new Counter(name, text)));
    return c;
  };
  // Every edge gets a zero sample at the first scrape, so rate() has a start for each counter.
  const periods = simulate(options);
  const first = Math.min(...options.periods.map((p) => p.from));
  const emit = (
    callerIdx: number | null,
    calleeIdx: number,
    seconds: number,
    requests: number,
    s: ServiceSeries,
    i: number,
  ) => {
    const callee = services[calleeIdx];
    const caller = callerIdx === null ? null : services[callerIdx];
    const source = caller
      ? { workload: `${caller.name}-v1`, namespace: caller.namespace, canonical: caller.name }
      : GATEWAY;
    const errorRatio = s.values.errorRatio[i] ?? 0;
    const p50 = s.values.latencyP50[i] ?? callee.p50;
    const p90 = s.values.latencyP90[i] ?? p50 * 2;
    const p99 = s.values.latencyP99[i] ?? p90 * 2;
    for (const reporter of ['destination', 'source'] as const) {
      const hop = reporter === 'source' ? 1 : 0;
      const base = {
        reporter,
        source_workload: source.workload,
        source_workload_namespace: source.namespace,
        source_canonical_service: source.canonical,
        destination_service: `${callee.name}.${callee.namespace}.svc.cluster.local`,
        destination_service_name: callee.name,
        destination_service_namespace: callee.namespace,
        destination_workload: `${callee.name}-v1`,
        request_protocol: 'http',
      };
      const fields: Array<[string, number]> = [
        ['200', requests * (1 - errorRatio)],
        ['503', requests * errorRatio],
      ];
      for (const [code, amount] of fields) {
        counter(requestsFamily, 'istio_requests_total', {
          ...base,
          response_code: code,
          response_flags: '-',
        }).add(amount, seconds);
      }
      for (const le of ENVOY_DEFAULT_BUCKETS_MS) {
        counter(bucketFamily, 'istio_request_duration_milliseconds_bucket', { ...base, le: String(le) }).add(
          requests * shareAtOrBelow(le, p50 + hop, p90 + hop, p99 + hop),
          seconds,
        );
      }
      counter(bucketFamily, 'istio_request_duration_milliseconds_bucket', { ...base, le: '+Inf' }).add(
        requests,
        seconds,
      );
    }
  };
  for (const collected of periods) {
    collected.services.forEach((series) => {
      const calleeIdx = services.findIndex(
        (s) => s.namespace === series.service.namespace && s.name === series.service.name,
      );
      const incoming = calls.filter((c) => c.to === calleeIdx);
      const outside = Math.max(0, 1 - incoming.reduce((sum, c) => sum + c.share, 0));
      for (let i = 0; i < series.requests.length; i++) {
        const seconds = (collected.from + (i + 1) * collected.stepMs) / 1000;
        const total = collected.from + i * collected.stepMs === first ? 0 : series.requests[i];
        for (const call of incoming) emit(call.from, calleeIdx, seconds, total * call.share, series, i);
        if (outside > 0 || incoming.length === 0)
          emit(null, calleeIdx, seconds, total * (incoming.length === 0 ? 1 : outside), series, i);
      }
    });
  }
  const out: string[] = ['# TYPE istio_requests counter'];
  for (const c of requestsFamily.values()) out.push(...c.lines);
  out.push('# TYPE istio_request_duration_milliseconds histogram');
  for (const c of bucketFamily.values()) out.push(...c.lines);
  out.push('# EOF', '');
  return out.join('\n');
}

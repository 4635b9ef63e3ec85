/**
 * Test data: the Istio series of a small call graph, each call seen by both proxies — the callee's
 * (reporter="destination": what it served) and the caller's (reporter="source": what the caller saw, the network
 * included, with the caller's own response flags) — with both ends labelled as Istio labels them. Rates, response
 * mixes and latencies are known by construction (no noise), and either view of a call can be changed over a
 * stretch of time, so what each view should show is known without the code under test.
 */
import { ENVOY_DEFAULT_BUCKETS_MS, type LatencyBand, type ResponseClass } from './istio-openmetrics.js';

export const EDGE_NAMESPACE = 'shop';

/** What one proxy saw of one call: its rate, its responses and its latencies. */
export interface CallView {
  ratePerSecond: number;
  responses: ResponseClass[];
  latency: LatencyBand[];
}

/** One call of the graph: `caller` null is the ingress gateway. The caller's view defaults to the callee's + 1 ms. */
export interface Call {
  caller: string | null;
  callee: string;
  server: CallView;
  client?: Partial<CallView>;
}

/** A change over [fromMs, toMs) of one view of one call. */
export interface CallChange {
  caller: string | null;
  callee: string;
  view: 'server' | 'client';
  fromMs: number;
  toMs: number;
  change: Partial<CallView>;
}

export interface EdgeDataOptions {
  calls: Call[];
  startMs: number;
  endMs: number;
  scrapeIntervalMs: number;
  changes?: CallChange[];
}

/** Uniform latencies shifted by `ms` (the proxy hop, a network delay). */
export function shifted(bands: LatencyBand[], ms: number): LatencyBand[] {
  return bands.map((band) => ({ ...band, lowerMs: band.lowerMs + ms, upperMs: band.upperMs + ms }));
}

function shareAtOrBelow(bands: LatencyBand[], le: number): number {
  const total = bands.reduce((sum, band) => sum + band.fraction, 0);
  let share = 0;
  for (const band of bands) {
    const covered = Math.min(Math.max(le - band.lowerMs, 0), band.upperMs - band.lowerMs);
    share += (band.fraction / total) * (covered / (band.upperMs - band.lowerMs));
  }
  return share;
}

function labelText(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([key, value]) => `${key}="${value}"`)
    .join(',');
}

class Counter {
  private total = 0;
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

function viewAt(call: Call, view: 'server' | 'client', changes: CallChange[], timeMs: number): CallView {
  const base: CallView =
    view === 'server'
      ? call.server
      : {
          ratePerSecond: call.client?.ratePerSecond ?? call.server.ratePerSecond,
          responses: call.client?.responses ?? call.server.responses,
          latency: call.client?.latency ?? shifted(call.server.latency, 1),
        };
  const change = changes.find(
    (c) =>
      c.caller === call.caller &&
      c.callee === call.callee &&
      c.view === view &&
      timeMs >= c.fromMs &&
      timeMs < c.toMs,
  );
  return { ...base, ...(change?.change ?? {}) };
}

/** The OpenMetrics text (ends with `# EOF`) for `promtool tsdb create-blocks-from openmetrics`. */
export function generateEdgeOpenMetrics(options: EdgeDataOptions): string {
  const requests = new Map<string, Counter>();
  const buckets = new Map<string, Counter>();
  const counter = (family: Map<string, Counter>, name: string, labels: Record<string, string>) => {
    const text = labelText(labels);
    let c = family.get(text);
    if (!c) family.set(text, (c = new Counter(name, text)));
    return c;
  };
  const seconds = options.scrapeIntervalMs / 1000;
  for (let t = options.startMs; t < options.endMs; t += options.scrapeIntervalMs) {
    const first = t === options.startMs;
    const at = t / 1000;
    for (const call of options.calls) {
      const caller = call.caller
        ? { workload: `${call.caller}-v1`, namespace: EDGE_NAMESPACE, canonical: call.caller }
        : { workload: 'istio-ingressgateway', namespace: 'istio-system', canonical: 'istio-ingressgateway' };
      for (const reporter of ['destination', 'source'] as const) {
        const view = viewAt(call, reporter === 'destination' ? 'server' : 'client', options.changes ?? [], t);
        const count = first ? 0 : view.ratePerSecond * seconds;
        const base = {
          reporter,
          source_workload: caller.workload,
          source_workload_namespace: caller.namespace,
          source_canonical_service: caller.canonical,
          destination_service: `${call.callee}.${EDGE_NAMESPACE}.svc.cluster.local`,
          destination_service_name: call.callee,
          destination_service_namespace: EDGE_NAMESPACE,
          destination_workload: `${call.callee}-v1`,
          request_protocol: 'http',
        };
        const shares = view.responses.reduce((sum, r) => sum + r.share, 0);
        for (const response of view.responses) {
          counter(requests, 'istio_requests_total', {
            ...base,
            response_code: response.code,
            response_flags: response.flags ?? '-',
          }).add((count * response.share) / shares, at);
        }
        for (const le of ENVOY_DEFAULT_BUCKETS_MS) {
          counter(buckets, 'istio_request_duration_milliseconds_bucket', { ...base, le: String(le) }).add(
            count * shareAtOrBelow(view.latency, le),
            at,
          );
        }
        counter(buckets, 'istio_request_duration_milliseconds_bucket', { ...base, le: '+Inf' }).add(
          count,
          at,
        );
      }
    }
  }
  const out = ['# TYPE istio_requests counter'];
  for (const c of requests.values()) out.push(...c.lines);
  out.push('# TYPE istio_request_duration_milliseconds histogram');
  for (const c of buckets.values()) out.push(...c.lines);
  out.push('# EOF', '');
  return out.join('\n');
}

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
 * sums are the simulated service's own series (plus, in Linkerd, the probes). Workloads are named `<service>-v1`, so
 * a Service is never its workload. Timestamps are the simulated steps' ends (one scrape per step). The latency
 * histograms carry no response code: one histogram per call and proxy, which is what every query sums anyway.
 * Counters are kept as numbers and written at the end, family by family, so a day of a mesh streams to a file.
 */
import { SimulatedSource, type SimulatedMeshOptions } from '../src/sources/simulated/source.js';
import { resolveCalls } from '../src/sources/simulated/propagation.js';
import {
  hashUnit,
  topology,
  topologyCalls,
  type SimulatedService,
} from '../src/sources/simulated/topologies.js';
import type { CollectedMetrics, MeshName, ServiceSeries } from '../src/core/types.js';
import { ENVOY_DEFAULT_BUCKETS as ENVOY_DEFAULT_BUCKETS_MS } from '../src/sources/simulated/buckets.js';

/** linkerd2-proxy's response_latency_ms bucket bounds (ms), then +Inf. */
export const LINKERD_BUCKETS_MS = [
  1, 2, 3, 4, 5, 10, 20, 30, 40, 50, 100, 200, 300, 400, 500, 1000, 2000, 3000, 4000, 5000, 10000, 20000,
  30000, 40000, 50000,
];

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

const GATEWAY = {
  workload: 'istio-ingressgateway',
  namespace: 'istio-system',
  canonical: 'istio-ingressgateway',
};
/** The port every simulated Service listens on (Linkerd's authority names it). */
const SERVICE_PORT = 8080;
/** Kubelet probes per second per pod (liveness and readiness every 10 s each). */
const PROBES_PER_SECOND = 0.2;
/** ztunnel: connections opened per request (HTTP keep-alive reuses most), bytes per request each way. */
const CONNECTIONS_PER_REQUEST = 0.1;
const REQUEST_BYTES = 700;
const RESPONSE_BYTES = 2400;

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

/** One counter series: its cumulative whole values at each scrape, written out at the end. */
class Counter {
  private total = 0;
  private readonly values: number[] = [];
  private readonly seconds: number[] = [];
  constructor(
    private readonly name: string,
    private readonly labels: string,
  ) {}
  /** Adds at a scrape; a second add at the same scrape (two calls one proxy counts alike) joins the first. */
  add(amount: number, seconds: number): void {
    this.total += amount;
    const last = this.seconds.length - 1;
    if (last >= 0 && this.seconds[last] === seconds) {
      this.values[last] = Math.floor(this.total + 1e-9);
      return;
    }
    this.values.push(Math.floor(this.total + 1e-9));
    this.seconds.push(seconds);
  }
  get samples(): number {
    return this.values.length;
  }
  /** Its lines, each ending in a newline, as bytes: the labels encoded once, copied per sample. */
  encode(): Buffer {
    const head = Buffer.from(`${this.name}{${this.labels}} `, 'utf8');
    const tails = this.values.map((value, i) => `${value} ${this.seconds[i]}\n`);
    const out = Buffer.allocUnsafe(tails.reduce((sum, tail) => sum + head.length + tail.length, 0));
    let at = 0;
    for (const tail of tails) {
      at += head.copy(out, at);
      at += out.write(tail, at, 'latin1');
    }
    return out;
  }
}

function labelText(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)
    .join(',');
}

type Labels = Record<string, string>;

/**
 * One metric family: its `# TYPE` line and its series in the order they first appeared. A writer names each series
 * by a short key and builds its labels only the first time (a day of a mesh adds millions of samples).
 */
class Family {
  readonly counters = new Map<string, Counter>();
  private readonly byKey = new Map<string, Counter>();
  private readonly histograms = new Map<string, Counter[]>();
  constructor(
    readonly typeLine: string,
    private readonly sample: string,
  ) {}
  private ofLabels(labels: Labels): Counter {
    const text = labelText(labels);
    let c = this.counters.get(text);
    if (!c) this.counters.set(text, (c = new Counter(this.sample, text)));
    return c;
  }
  /** The series `key` names (keys naming the same labels share one series). */
  counter(key: string, labels: () => Labels): Counter {
    let c = this.byKey.get(key);
    if (!c) this.byKey.set(key, (c = this.ofLabels(labels())));
    return c;
  }
  /** Adds each bucket's share (cumulative, `le`) of `requests`, then +Inf, to the histogram `key` names. */
  histogram(
    key: string,
    labels: () => Labels,
    bounds: readonly number[],
    requests: number,
    share: (le: number) => number,
    seconds: number,
  ): void {
    let series = this.histograms.get(key);
    if (!series) {
      const base = labels();
      series = [...bounds.map(String), '+Inf'].map((le) => this.ofLabels({ ...base, le }));
      this.histograms.set(key, series);
    }
    for (let b = 0; b < bounds.length; b++) series[b].add(requests * share(bounds[b]), seconds);
    series[bounds.length].add(requests, seconds);
  }
}

/** Who made a call: a meshed service's workload, or the ingress gateway (traffic from outside the mesh). */
interface Party {
  workload: string;
  namespace: string;
  canonical: string;
  service: SimulatedService | null;
}

/** One call's traffic in one step, as every proxy on its path would count it. */
interface CallStep {
  caller: Party;
  callee: SimulatedService;
  seconds: number;
  requests: number;
  errorRatio: number;
  timeoutRatio: number;
  p50: number;
  p90: number;
  p99: number;
}

/** What a dialect writes: per call and step, per service and step (probes), and its families in output order. */
interface DialectWriter {
  families: Family[];
  call(step: CallStep): void;
  service?(service: SimulatedService, seconds: number, stepSeconds: number, first: boolean): void;
}

/** The response codes of a step's requests: 200, 503 and (when timeouts are written) 504. */
function responseCodes(step: CallStep, timeouts: boolean): Array<[string, number]> {
  const { requests, errorRatio } = step;
  if (!timeouts)
    return [
      ['200', requests * (1 - errorRatio)],
      ['503', requests * errorRatio],
    ];
  // The simulator counts a timeout as an error too (answered 504).
  const timedOut = Math.min(step.timeoutRatio, errorRatio);
  return [
    ['200', requests * (1 - errorRatio)],
    ['503', requests * (errorRatio - timedOut)],
    ['504', requests * timedOut],
  ];
}

/** A short name for one call as one proxy reports it (its labels are built once, from it). */
function callKey(view: string, caller: Party, callee: SimulatedService): string {
  return `${view}|${caller.namespace}/${caller.workload}|${callee.namespace}/${callee.name}`;
}

function workloadOf(service: SimulatedService): Party {
  return { workload: `${service.name}-v1`, namespace: service.namespace, canonical: service.name, service };
}

// ---------------------------------------------------------------------------------------------------------
// Istio: sidecars, waypoints, ztunnel

class IstioWriter implements DialectWriter {
  private readonly requests = new Family('# TYPE istio_requests counter', 'istio_requests_total');
  private readonly buckets = new Family(
    '# TYPE istio_request_duration_milliseconds histogram',
    'istio_request_duration_milliseconds_bucket',
  );
  private readonly tcp = {
    opened: new Family('# TYPE istio_tcp_connections_opened counter', 'istio_tcp_connections_opened_total'),
    closed: new Family('# TYPE istio_tcp_connections_closed counter', 'istio_tcp_connections_closed_total'),
    sent: new Family('# TYPE istio_tcp_sent_bytes counter', 'istio_tcp_sent_bytes_total'),
    received: new Family('# TYPE istio_tcp_received_bytes counter', 'istio_tcp_received_bytes_total'),
  };
  readonly families = [
    this.requests,
    this.buckets,
    this.tcp.opened,
    this.tcp.closed,
    this.tcp.sent,
    this.tcp.received,
  ];

  constructor(
    private readonly ambient: boolean,
    private readonly layout: {
      waypoint: (s: SimulatedService) => boolean;
      sidecar: (s: SimulatedService) => boolean;
    },
    private readonly timeouts: boolean,
  ) {}

  call(step: CallStep): void {
    if (!this.ambient) {
      this.l7(step, 'destination', 0);
      this.l7(step, 'source', 1);
      return;
    }
    const { caller, callee } = step;
    const callerSidecar = caller.service === null || this.layout.sidecar(caller.service);
    const calleeSidecar = this.layout.sidecar(callee);
    const waypoint = this.layout.waypoint(callee);
    if (waypoint) this.l7(step, 'waypoint', 0.5);
    if (calleeSidecar) this.l7(step, 'destination', 0);
    // The caller's own Envoy (a sidecar, the ingress gateway) reports its side of every call.
    if (callerSidecar) this.l7(step, 'source', 1);
    if (!calleeSidecar) {
      // ztunnel at the callee's node: the connection came from the waypoint where there is one.
      const from = waypoint
        ? { workload: 'waypoint', namespace: callee.namespace, canonical: 'waypoint', service: null }
        : caller;
      this.l4(step, 'destination', from);
    }
    if (caller.service !== null && !callerSidecar) this.l4(step, 'source', caller);
  }

  private base(reporter: string, source: Party, callee: SimulatedService): Labels {
    return {
      reporter,
      source_workload: source.workload,
      source_workload_namespace: source.namespace,
      source_canonical_service: source.canonical,
      destination_service: `${callee.name}.${callee.namespace}.svc.cluster.local`,
      destination_service_name: callee.name,
      destination_service_namespace: callee.namespace,
      destination_workload: `${callee.name}-v1`,
    };
  }

  private l7(step: CallStep, reporter: string, hop: number): void {
    const key = callKey(reporter, step.caller, step.callee);
    const base = () => ({ ...this.base(reporter, step.caller, step.callee), request_protocol: 'http' });
    for (const [code, amount] of responseCodes(step, this.timeouts))
      this.requests
        .counter(`${key}|${code}`, () => ({ ...base(), response_code: code, response_flags: '-' }))
        .add(amount, step.seconds);
    const { p50, p90, p99 } = step;
    this.buckets.histogram(
      key,
      base,
      ENVOY_DEFAULT_BUCKETS_MS,
      step.requests,
      (le) => shareAtOrBelow(le, p50 + hop, p90 + hop, p99 + hop),
      step.seconds,
    );
  }

  private l4(step: CallStep, reporter: string, source: Party): void {
    const key = callKey(reporter, source, step.callee);
    const labels = () => ({
      ...this.base(reporter, source, step.callee),
      request_protocol: 'tcp',
      response_flags: '-',
      connection_security_policy: 'mutual_tls',
    });
    const connections = step.requests * CONNECTIONS_PER_REQUEST;
    this.tcp.opened.counter(key, labels).add(connections, step.seconds);
    this.tcp.closed.counter(key, labels).add(connections, step.seconds);
    // Bytes as the reporting end counts them: the callee's node sends responses, the caller's sends requests.
    const [sent, received] =
      reporter === 'destination' ? [RESPONSE_BYTES, REQUEST_BYTES] : [REQUEST_BYTES, RESPONSE_BYTES];
    this.tcp.sent.counter(key, labels).add(step.requests * sent, step.seconds);
    this.tcp.received.counter(key, labels).add(step.requests * received, step.seconds);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Linkerd

/** Kubernetes' alphabet for generated names (no vowels, no look-alikes). */
const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
function generatedName(key: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++)
    out += NAME_ALPHABET[Math.floor(hashUnit(`${key}:${i}`) * NAME_ALPHABET.length)];
  return out;
}

class LinkerdWriter implements DialectWriter {
  private readonly request = new Family('# TYPE request counter', 'request_total');
  private readonly response = new Family('# TYPE response counter', 'response_total');
  private readonly latency = new Family('# TYPE response_latency_ms histogram', 'response_latency_ms_bucket');
  readonly families = [this.request, this.response, this.latency];
  private readonly pods = new Map<SimulatedService, { labels: Record<string, string>; ip: string }>();

  constructor(private readonly timeouts: boolean) {}

  /** The service's one pod as linkerd-viz's Prometheus labels its proxy's series. */
  private pod(service: SimulatedService) {
    let pod = this.pods.get(service);
    if (!pod) {
      const deployment = `${service.name}-v1`;
      const hash = generatedName(`${service.namespace}/${deployment}`, 10);
      const n = this.pods.size;
      const ip = `10.244.${Math.floor(n / 200)}.${10 + (n % 200)}`;
      pod = {
        ip,
        labels: {
          namespace: service.namespace,
          pod: `${deployment}-${hash}-${generatedName(`${service.namespace}/${deployment}/pod`, 5)}`,
          deployment,
          pod_template_hash: hash,
          container: 'linkerd-proxy',
          control_plane_ns: 'linkerd',
          workload_ns: service.namespace,
          job: 'linkerd-proxy',
          instance: `${ip}:4191`,
        },
      };
      this.pods.set(service, pod);
    }
    return pod;
  }

  private identity(service: SimulatedService): string {
    return `${service.name}.${service.namespace}.serviceaccount.identity.linkerd.cluster.local`;
  }

  private count(key: string, labels: () => Labels, step: CallStep, hop: number): void {
    this.request.counter(key, labels).add(step.requests, step.seconds);
    for (const [code, amount] of responseCodes(step, this.timeouts))
      this.response
        .counter(`${key}|${code}`, () => ({
          ...labels(),
          status_code: code,
          classification: code.startsWith('5') ? 'failure' : 'success',
        }))
        .add(amount, step.seconds);
    const { p50, p90, p99 } = step;
    this.latency.histogram(
      key,
      labels,
      LINKERD_BUCKETS_MS,
      step.requests,
      (le) => shareAtOrBelow(le, p50 + hop, p90 + hop, p99 + hop),
      step.seconds,
    );
  }

  call(step: CallStep): void {
    const { caller, callee } = step;
    const server = this.pod(callee);
    const authority = `${callee.name}.${callee.namespace}.svc.cluster.local:${SERVICE_PORT}`;
    const tls: Labels = caller.service
      ? { tls: 'true', client_id: this.identity(caller.service) }
      : { tls: 'no_identity', no_tls_reason: 'not_provided_by_remote' };
    this.count(
      callKey('inbound', caller, callee),
      () => ({
        ...server.labels,
        direction: 'inbound',
        authority,
        target_addr: `${server.ip}:${SERVICE_PORT}`,
        ...tls,
        srv_kind: 'default',
        srv_name: 'all-unauthenticated',
      }),
      step,
      0,
    );
    const client = caller.service;
    if (!client) return;
    this.count(
      callKey('outbound', caller, callee),
      () => ({
        ...this.pod(client).labels,
        direction: 'outbound',
        authority,
        dst_control_plane_ns: 'linkerd',
        dst_deployment: `${callee.name}-v1`,
        dst_namespace: callee.namespace,
        dst_pod: String(server.labels.pod),
        dst_pod_template_hash: String(server.labels.pod_template_hash),
        dst_service: callee.name,
        dst_serviceaccount: callee.name,
        tls: 'true',
        server_id: this.identity(callee),
      }),
      step,
      1,
    );
  }

  /** The kubelet's probes: plain HTTP to the pod's address, so no authority and no identity. */
  service(service: SimulatedService, seconds: number, stepSeconds: number, first: boolean): void {
    const probes = first ? 0 : PROBES_PER_SECOND * stepSeconds;
    const key = `probes|${service.namespace}/${service.name}`;
    const labels = () => ({
      ...this.pod(service).labels,
      direction: 'inbound',
      tls: 'no_identity',
      no_tls_reason: 'not_provided_by_remote',
    });
    this.request.counter(key, labels).add(probes, seconds);
    this.response
      .counter(`${key}|200`, () => ({ ...labels(), status_code: '200', classification: 'success' }))
      .add(probes, seconds);
    this.latency.histogram(
      key,
      labels,
      LINKERD_BUCKETS_MS,
      probes,
      (le) => shareAtOrBelow(le, 0.8, 1.2, 1.8),
      seconds,
    );
  }
}

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

function writerFor(options: MeshDataOptions): DialectWriter {
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
  const emit = (
    callerIdx: number | null,
    calleeIdx: number,
    seconds: number,
    requests: number,
    s: ServiceSeries,
    i: number,
  ) => {
    const callee = services[calleeIdx];
    const caller = callerIdx === null ? { ...GATEWAY, service: null } : workloadOf(services[callerIdx]);
    const p50 = s.values.latencyP50[i] ?? callee.p50;
    const p90 = s.values.latencyP90[i] ?? p50 * 2;
    const p99 = s.values.latencyP99[i] ?? p90 * 2;
    writer.call({
      caller,
      callee,
      seconds,
      requests,
      errorRatio: s.values.errorRatio[i] ?? 0,
      timeoutRatio: s.values.timeoutRatio[i] ?? 0,
      p50,
      p90,
      p99,
    });
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
        const isFirst = collected.from + i * collected.stepMs === first;
        const total = isFirst ? 0 : series.requests[i];
        for (const call of incoming) emit(call.from, calleeIdx, seconds, total * call.share, series, i);
        if (outside > 0 || incoming.length === 0)
          emit(null, calleeIdx, seconds, total * (incoming.length === 0 ? 1 : outside), series, i);
        writer.service?.(services[calleeIdx], seconds, stepSeconds, isFirst);
      }
    });
  }
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

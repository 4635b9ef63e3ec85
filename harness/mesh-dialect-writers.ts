/**
 * Test data: what each mesh dialect's proxies write for a simulated call graph (one call's traffic in one step, and
 * per service the kubelet's probes): Istio with sidecars, Istio ambient (waypoints, ztunnel's L4 series, mixed
 * sidecars) and Linkerd (inbound, outbound and probes with linkerd-viz's labels). See mesh-openmetrics.ts for the
 * whole picture.
 */
import { hashUnit, type SimulatedService } from '../src/sources/simulated/topologies.js';
import { ENVOY_DEFAULT_BUCKETS as ENVOY_DEFAULT_BUCKETS_MS } from '../src/sources/simulated/buckets.js';
import { Family, shareAtOrBelow, type Labels } from './openmetrics-families.js';

/** linkerd2-proxy's response_latency_ms bucket bounds (ms), then +Inf. */
export const LINKERD_BUCKETS_MS = [
  1, 2, 3, 4, 5, 10, 20, 30, 40, 50, 100, 200, 300, 400, 500, 1000, 2000, 3000, 4000, 5000, 10000, 20000,
  30000, 40000, 50000,
];

/** The port every simulated Service listens on (Linkerd's authority names it). */
const SERVICE_PORT = 8080;
/** Kubelet probes per second per pod (liveness and readiness every 10 s each). */
const PROBES_PER_SECOND = 0.2;
/** ztunnel: connections opened per request (HTTP keep-alive reuses most), bytes per request each way. */
const CONNECTIONS_PER_REQUEST = 0.1;
const REQUEST_BYTES = 700;
const RESPONSE_BYTES = 2400;

/** Who made a call: a meshed service's workload, or the ingress gateway (traffic from outside the mesh). */
export interface Party {
  workload: string;
  namespace: string;
  canonical: string;
  service: SimulatedService | null;
}

/** One call's traffic in one step, as every proxy on its path would count it. */
export interface CallStep {
  caller: Party;
  callee: SimulatedService;
  seconds: number;
  requests: number;
  errorRatio: number;
  timeoutRatio: number;
  p50: number;
  p90: number;
  p99: number;
  /**
   * Each end's own distribution of the step's durations (the share at or below `le` ms), in place of p50 / p90 /
   * p99 and the hop. The caller's end also times the way to the callee and back, so a delay on the callee's
   * network shows there only.
   */
  measured?: { callee: (le: number) => number; caller: (le: number) => number };
}

/**
 * The share of a call's durations at or below `le` as one end's proxy times them: its measured distribution, else
 * the step's quantiles `hop` ms later (a caller's proxy sees the way there and back too).
 */
function durationShare(step: CallStep, end: 'callee' | 'caller', hop: number): (le: number) => number {
  if (step.measured) return step.measured[end];
  const { p50, p90, p99 } = step;
  return (le) => shareAtOrBelow(le, p50 + hop, p90 + hop, p99 + hop);
}

/** What a dialect writes: per call and step, per service and step (probes), and its families in output order. */
export interface DialectWriter {
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

export function workloadOf(service: SimulatedService): Party {
  return { workload: `${service.name}-v1`, namespace: service.namespace, canonical: service.name, service };
}

// ---------------------------------------------------------------------------------------------------------
// Istio: sidecars, waypoints, ztunnel

export class IstioWriter implements DialectWriter {
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
    // A waypoint times the hop to the callee's pod as the caller's end does: a delay on that pod's network shows.
    const end = reporter === 'destination' ? 'callee' : 'caller';
    this.buckets.histogram(
      key,
      base,
      ENVOY_DEFAULT_BUCKETS_MS,
      step.requests,
      durationShare(step, end, hop),
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

export class LinkerdWriter implements DialectWriter {
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

  private count(key: string, labels: () => Labels, step: CallStep, end: 'callee' | 'caller'): void {
    this.request.counter(key, labels).add(step.requests, step.seconds);
    for (const [code, amount] of responseCodes(step, this.timeouts))
      this.response
        .counter(`${key}|${code}`, () => ({
          ...labels(),
          status_code: code,
          classification: code.startsWith('5') ? 'failure' : 'success',
        }))
        .add(amount, step.seconds);
    this.latency.histogram(
      key,
      labels,
      LINKERD_BUCKETS_MS,
      step.requests,
      durationShare(step, end, end === 'callee' ? 0 : 1),
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
      'callee',
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
      'caller',
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

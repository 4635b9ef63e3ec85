/**
 * The shared vocabulary of SMAnalyzer: services, metric series, findings and errors (a metrics source's
 * contract is in metrics-source.ts, re-exported here).
 * Every module speaks these types; none of them does I/O.
 */
import type { Finding, FindingReason } from './report-schema.js';

/** A Kubernetes Service: the unit SMAnalyzer analyses. */
export interface ServiceKey {
  namespace: string;
  name: string;
}

export function serviceId(key: ServiceKey): string {
  return `${key.namespace}/${key.name}`;
}

/** Services in reading order: by namespace, then name. */
export function compareServiceKeys(a: ServiceKey, b: ServiceKey): number {
  return a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name);
}

/**
 * The per-step signals every metrics source produces for a service.
 * Rates are per second; ratios are per request (0..1); latencies are milliseconds.
 */
export const METRIC_NAMES = [
  'requestRate',
  'errorRatio',
  'latencyP50',
  'latencyP90',
  'latencyP99',
  'retryRatio',
  'timeoutRatio',
  'overflowRatio',
  'ejectionRate',
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

/** The metrics that are a share of the requests (0–1), each counted in events: errors, retries, timeouts, overflows. */
export const REQUEST_SHARES: ReadonlySet<MetricName> = new Set<MetricName>([
  'errorRatio',
  'retryRatio',
  'timeoutRatio',
  'overflowRatio',
]);

/**
 * One service's samples over a collection window, aligned to the window's steps.
 * `null` is "no value at this step" (no requests, no data), never zero.
 */
export interface ServiceSeries {
  service: ServiceKey;
  /** Requests completed in each step (the count behind the rates and ratios). */
  requests: number[];
  values: Record<MetricName, Array<number | null>>;
  /** Signals the source could not read for this service (not the same as zero). */
  unavailable: MetricName[];
  /**
   * The latency histogram's increments per step, when the source has buckets (Prometheus, sidecars, the realistic
   * simulator): `counts[i][b]` = requests completed in step i with latency <= `bounds[b]` (cumulative like `le`,
   * the last bound +Infinity), null where the step has no data. Window quantiles merge these (sum over the
   * window's steps) before interpolating, instead of averaging per-step quantiles.
   */
  latencyBuckets?: { bounds: number[]; counts: Array<number[] | null> };
  /**
   * `l4`: no proxy reads this service at L7 (Istio ambient without a waypoint): `requests` are connections
   * opened, and every other signal is unavailable.
   */
  layer?: 'l4';
}

/**
 * One caller → callee edge of the call graph over the window: the callee's traffic from one caller, as one proxy
 * saw it — the caller's (`client`: the network between them, the caller's retries, timeouts and circuit breaking)
 * or the callee's (`server`). A ServiceSeries whose `service` is the callee. `caller` is null for traffic from
 * outside the mesh (an ingress gateway, `unknown`): an entry point.
 */
export interface EdgeSeries extends ServiceSeries {
  caller: ServiceKey | null;
  callee: ServiceKey;
  side: 'client' | 'server';
  /** The caller's workload as the metrics name it, for mapping it to a Service through discovery. */
  callerWorkload?: { namespace: string; name: string };
}

/** The mesh dialects SMAnalyzer reads; what each means is declared under src/mesh/dialects/. */
export const MESH_NAMES = ['istio', 'istio-ambient', 'linkerd'] as const;
export type MeshName = (typeof MESH_NAMES)[number];

export {
  PREFLIGHT_TIMEOUT_MS,
  SOURCE_NAMES,
  type BackendStatus,
  type CollectedMetrics,
  type CollectRequest,
  type MetricsSource,
  type SourceMesh,
  type SourceName,
} from './metrics-source.js';

export const ANOMALY_TYPES = [
  'traffic_spike',
  'traffic_drop',
  'error_rate',
  'latency',
  'retry_storm',
  'timeout',
  'circuit_breaker',
] as const;
export type AnomalyType = (typeof ANOMALY_TYPES)[number];

/**
 * Faults the simulated mesh can inject: one per anomaly type, and two only the callee's callers see — a delay on
 * the network to its pods (ms), and packet loss its callers' proxies retry (the share of requests retried).
 */
export const FAULT_TYPES = [...ANOMALY_TYPES, 'network_delay', 'packet_loss'] as const;
export type FaultType = (typeof FAULT_TYPES)[number];

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** A finding as the judge makes it: its reason as data, before render/ words it. */
export type JudgedFinding = Omit<Finding, 'description' | 'reason'> & { reason: FindingReason };

export type { ServiceVersions, VersionSeries } from './rollout-types.js';
/** The JSON report and its parts: their types are the report schema's (report-schema.ts). */
export type {
  BaselineSummary,
  ChartSeries,
  ClusterIdentity,
  Finding,
  FindingChart,
  FindingReason,
  FindingRollout,
  MetricSummary,
  OriginEvidence,
  Report,
  ReportOrigin,
  ReportRollout,
  ServiceReport,
  ServiceStatus,
  Verdict,
} from './report-schema.js';

/** Errors a user can meet carry a cause and a fix; the CLI and the Action print them in one place each. */
export class UserFacingError extends Error {
  constructor(
    readonly kind: 'config' | 'cluster' | 'baseline' | 'metrics' | 'github',
    message: string,
    readonly fix: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
export class ConfigError extends UserFacingError {
  constructor(message: string, fix: string) {
    super('config', message, fix);
  }
}
/**
 * A cluster or metrics-backend failure says whether it is an environment fault (a server refused, failed,
 * throttled or timed out: the on-error policy decides) or bad input (a kubeconfig, URL or query to fix:
 * always exit 2). Cluster errors are bad input unless marked; metrics errors are faults unless marked.
 */
export interface FaultKind {
  environmental?: boolean;
}

export class ClusterError extends UserFacingError {
  readonly environmental: boolean;
  constructor(message: string, fix: string, kind: FaultKind = {}) {
    super('cluster', message, fix);
    this.environmental = kind.environmental ?? false;
  }
}
export class BaselineError extends UserFacingError {
  constructor(message: string, fix: string) {
    super('baseline', message, fix);
  }
}
export class MetricsError extends UserFacingError {
  readonly environmental: boolean;
  constructor(message: string, fix: string, kind: FaultKind = {}) {
    super('metrics', message, fix);
    this.environmental = kind.environmental ?? true;
  }
}

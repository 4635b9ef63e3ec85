/**
 * The shared vocabulary of SMAnalyzer: services, metric series, findings and errors (a metrics source's
 * contract is in metrics-source.ts, re-exported here).
 * Every module speaks these types; none of them does I/O.
 */
import type { FindingRollout, ReportRollout, RolloutSignal } from './rollout-types.js';

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
import type { SourceName } from './metrics-source.js';

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

/** One anomaly: what was seen, what was expected, and why it counts. */
export interface Finding {
  namespace: string;
  service: string;
  type: AnomalyType;
  severity: Severity;
  detector: 'rule' | 'model';
  metric: MetricName;
  observed: number;
  /** The expected value (baseline mean) and the normal range learned for it. */
  expected: number;
  expectedRange: [number, number];
  threshold: number;
  /** How far past the threshold: 1 = at the threshold. */
  score: number;
  /** Why it counts, in words (render/finding-words.ts writes it from `reason`). */
  description: string;
  /** Why it counts, as data: the rule or model test that broke and its figures. */
  reason?: FindingReason;
  /** When this finding follows another service's trouble on the call graph: the origin's "ns/svc". */
  origin?: string;
  /**
   * Seen by this caller's proxy, not by the service's own: "ns/name" of the caller, "(outside the mesh)" or
   * "(other callers)" (core/edges.ts). The network to the service, its callers' retries and overflows.
   */
  caller?: string;
  /** With `caller`: the metric as the service's own proxy saw it over the window (null: no value). */
  ownObserved?: number | null;
  /**
   * `pre-existing`: the same deviation held through most of the reference window right before the deploy
   * (not the deploy's doing: reported, gating only with gate.preExisting fail). `new` otherwise.
   */
  onset?: 'new' | 'pre-existing';
  /**
   * false: the deviation held in fewer than two of the window's three slices (a burst, a GC pause, a restart):
   * reported at severity low, so it gates only with failOn low. Absent otherwise.
   */
  sustained?: false;
  /**
   * During a rollout: `moved: new`, the new version alone regressed against the old in the same minutes;
   * `moved: both`, both versions deviate alike (a dependency, the load): reported, never gating.
   */
  rollout?: FindingRollout;
}

/**
 * Why a service (or a network edge) is named an origin, or why a symptom follows it: structured, worded by
 * render/. `carried` is the share of the caller's deviation the edge accounts for (0..1).
 */
export interface OriginEvidence {
  signal: 'errors' | 'latency' | 'traffic';
  caller?: ServiceKey;
  callee?: ServiceKey;
  carried?: number;
  edgeErrors?: number;
  edgeP99Ms?: number;
  calleeNormalP99Ms?: number;
  edgeShare?: number;
  /** A network edge: the caller's client-side p99 against the callee's own server-side p99. */
  clientP99Ms?: number;
  serverP99Ms?: number;
  /** An origin's own deviation. */
  service?: ServiceKey;
  type?: AnomalyType;
  metric?: MetricName;
  observed?: number;
  expected?: number;
  healthyCallees?: number;
}

/** One likely origin of the anomalies, best first in Report.origins (issue 13). */
export interface ReportOrigin {
  namespace: string;
  service: string;
  /** A service, or the network between `caller` and this service. */
  kind: 'service' | 'network';
  caller?: { namespace: string; service: string };
  score: number;
  /** The anomalies that follow from it. */
  explains: Array<{
    namespace: string;
    service: string;
    type: AnomalyType;
    /** The kind of trouble it follows when not its own kind: a traffic surge of callers retrying failures follows errors. */
    follows?: 'errors' | 'latency' | 'traffic';
  }>;
  evidence: OriginEvidence[];
}

/**
 * Why a finding counts, as data (Kayenta's split: the classification is the finding's type and severity,
 * this is the reason behind it). The core fills it; render/ turns it into words.
 */
export type FindingReason =
  /** Request rate outside the factor band around the expected rate (the hour's profile or the mean). */
  | {
      kind: 'traffic-band';
      direction: 'above' | 'below';
      factor: number;
      expectedRate: number;
      basis: 'hour-of-day' | 'baseline-mean';
    }
  /** A ratio over a fixed limit (the limit is the finding's threshold). */
  | { kind: 'ratio-limit'; limit: number }
  /** A ratio far above the service's own usual one, and too many events to be chance. */
  | { kind: 'ratio-relative'; factor: number; usual: number; z: number; requests: number }
  /** p99 over the configured absolute bound. */
  | { kind: 'latency-bound'; limitMs: number }
  /** p99 over a factor of its baseline. */
  | { kind: 'latency-factor'; factor: number; baseline: number }
  /** A quiet service's events (errors, timeouts) too many to be luck at its learned rate and over-dispersion. */
  | {
      kind: 'event-count';
      events: number;
      requests: number;
      usual: number;
      dispersion: number;
      chance: number;
    }
  /** p99 past what its windows reached in training (a heavy tail: above the factor bound). */
  | { kind: 'latency-range'; high: number }
  /** The scan's windows unlike every learned mode of the signal (K-means). */
  | {
      kind: 'mode-distance';
      feature: 'mean' | 'stddev' | 'trend' | 'volatility';
      distance: number;
      threshold: number;
      mode: number;
      modes: number;
      /** The joint model: every signal together, so the combination is what no state had. */
      joint?: boolean;
      /**
       * The joint model's evidence in each signal's own units: the scan's typical window and the nearest learned
       * state, the finding's metric first, then the others by how far they sit from that state. `requestRate` is a
       * share of the hour's usual rate when `relativeTraffic`.
       */
      combination?: Array<{ metric: MetricName; window: number; nearest: number }>;
      relativeTraffic?: boolean;
    }
  /** The scan's window means outside the range they kept in training. */
  | { kind: 'envelope'; side: 'above' | 'below'; bound: number }
  /** No request for the end of the window where the learned rate expected many: the service went dark. */
  | { kind: 'went-dark'; silentSeconds: number; expectedRequests: number; shareOfWindow: number }
  /** The new version of a rollout against the old one in the same minutes (core/judge/rollout.ts). */
  | {
      kind: 'version-regression';
      signal: RolloutSignal;
      newVersion: string;
      oldVersion: string;
      newEvents: number;
      newRequests: number;
      oldEvents: number;
      oldRequests: number;
      /** The old version's quantile the latency counts are taken above (ms). */
      thresholdMs?: number;
      pValue: number;
    };

/** A finding as the judge makes it: its reason as data, before render/ words it. */
export type JudgedFinding = Omit<Finding, 'description' | 'reason'> & { reason: FindingReason };

export type Verdict = 'pass' | 'warn' | 'fail';
export type { FindingRollout, ReportRollout, ServiceVersions, VersionSeries } from './rollout-types.js';

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

export type ServiceStatus = 'ok' | 'anomalous' | 'new' | 'insufficient-data' | 'missing';

export interface MetricSummary {
  /** Aggregate over the scan window (request-weighted for ratios and latencies). */
  observed: number | null;
  /** The baseline's mean and its normal band (p5..p95 of the learned per-window means). */
  expected: number | null;
  band: [number, number] | null;
}

export interface ServiceReport {
  namespace: string;
  name: string;
  status: ServiceStatus;
  /** Requests seen in the scan window. */
  requests: number;
  metrics: Partial<Record<MetricName, MetricSummary>>;
  /** Why a service is not `ok` when it has no finding (insufficient data, new, missing). */
  reason?: string;
  /** `l4`: seen at L4 only (connections; no proxy reads it at L7): only its traffic was judged. */
  layer?: 'l4';
}

export interface ClusterIdentity {
  server: string;
  context: string;
  version: string;
}

export interface BaselineSummary {
  path: string;
  createdAt: string;
  source: SourceName;
  window: { from: string; to: string };
  ageSeconds: number;
  services: number;
}

/** A chart's samples: one value per point, `stepSeconds` apart from `from`; null where there was no data. */
export interface ChartSeries {
  from: string;
  stepSeconds: number;
  values: Array<number | null>;
}

/**
 * The picture behind one finding (issue 15): the metric over the scan window (and the reference window before
 * the deploy, when the scan read one) against the learned normal band. Values in the metric's own unit
 * (ratios 0..1, latencies ms, rates per second), at most 60 points in all.
 */
export interface FindingChart {
  namespace: string;
  service: string;
  /** As this caller's proxy saw the service (Finding.caller); absent: the service's own view. */
  caller?: string;
  metric: MetricName;
  type: AnomalyType;
  severity: Severity;
  scan: ChartSeries;
  reference?: ChartSeries;
  expected: number | null;
  band: [number, number] | null;
  /** When the deploy happened (the reference window ends there); null when the scan has no reference. */
  deployedAt: string | null;
}

/** The JSON report: a public, documented contract (docs/json-report.md). Keep it stable. */
export interface Report {
  schemaVersion: 1;
  tool: { name: 'smanalyzer'; version: string };
  verdict: Verdict;
  /** `reference`: the window right before the deploy that findings were compared with (absent when off). */
  window: { from: string; to: string; reference?: { from: string; to: string } };
  source: SourceName;
  /** The mesh dialect the metrics were read in (absent: the simulated mesh). */
  mesh?: MeshName;
  /** The cluster the scan ran against (from /version and the kubeconfig); null without one. */
  cluster: ClusterIdentity | null;
  partial: boolean;
  baseline: BaselineSummary | null;
  services: ServiceReport[];
  anomalies: Finding[];
  /** Likely origins of the anomalies on the call graph, best first; absent when the source has no call graph. */
  origins?: ReportOrigin[];
  summary: {
    servicesScanned: number;
    anomalous: number;
    insufficientData: number;
    new: number;
    missing: number;
    anomalyCount: number;
    /** Findings at or above fail-on: the ones that count against max-anomalies. */
    gatingAnomalies: number;
    /** Findings already present before the deploy (onset pre-existing). */
    preExisting?: number;
    bySeverity: Record<Severity, number>;
    failOn: Severity;
    maxAnomalies: number;
    warnOnly: boolean;
    /** One sentence: why the verdict is what it is. */
    reason: string;
  };
  notes: string[];
  /** Charts of the first (at most five) gating findings; absent when there is nothing to draw. */
  charts?: FindingChart[];
  /** Services that ran two versions in the window, the new one judged against the old; absent when none did. */
  rollouts?: ReportRollout[];
}

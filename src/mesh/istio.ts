/**
 * What Istio's telemetry means, declared once as data: which requests count as errors, timeouts, overflows and
 * retries, which Envoy cluster counters see the same events, and which reporter can see which response flags.
 * The PromQL (istio-queries.ts) and the sidecar scrape classification (sources/sidecars/) are both generated
 * from this table, so a service gets the same ratios whichever source reads it.
 */
import { isKubernetesName } from '../core/names.js';
import { DOCS_URL } from '../core/version.js';
import type { MetricName } from '../core/types.js';

/** Which proxy reported a request: the caller's (`source`) or the callee's (`destination`). */
export type Reporter = 'destination' | 'source';
const EVERY_REPORTER: readonly Reporter[] = ['destination', 'source'];

export const ISTIO_REQUESTS_TOTAL = 'istio_requests_total';
export const ISTIO_DURATION_BUCKET = 'istio_request_duration_milliseconds_bucket';

/**
 * Which istio_requests_total series count: any one condition is enough. The regexes are whole-value matches
 * that RE2 (PromQL) and JavaScript read the same way.
 */
export interface RequestLabelsMatch {
  /** `response_code` matches this regex ("0": no response was sent at all). */
  responseCodes?: string;
  /** One of these Envoy response flags is in `response_flags` (a comma-separated list, e.g. "UT,URX"). */
  responseFlags?: readonly string[];
  /** `grpc_response_status` does NOT match this regex: a gRPC failure travels as HTTP 200. */
  grpcStatusOk?: string;
}

export interface IstioSignal {
  /** The series it feeds. */
  metric: MetricName;
  /** A share of the requests, or events per second. */
  per: 'request' | 'second';
  /** The requests that carry the signal in their labels. */
  requestLabels?: RequestLabelsMatch;
  /**
   * Reporters whose labels show it. Retries and circuit-breaker overflows happen in the caller's proxy: only
   * reporter="source" carries their flags, so at reporter="destination" no flag says nothing (unavailable, not 0).
   */
  labelsSeenBy?: readonly Reporter[];
  /**
   * The Envoy cluster counter (client side, per outbound cluster) counting the same events. Istio exports it only
   * where proxyStatsMatcher includes it (by default only for xds-grpc), so its absence means "unknown".
   */
  clusterStat?: string;
}

export const ISTIO_SIGNALS = {
  errors: {
    metric: 'errorRatio',
    per: 'request',
    requestLabels: { responseCodes: '0|5..', grpcStatusOk: '|0' },
    labelsSeenBy: EVERY_REPORTER,
  },
  timeouts: {
    metric: 'timeoutRatio',
    per: 'request',
    requestLabels: { responseCodes: '504', responseFlags: ['UT'] },
    labelsSeenBy: EVERY_REPORTER,
    clusterStat: 'envoy_cluster_upstream_rq_timeout',
  },
  retries: {
    metric: 'retryRatio',
    per: 'request',
    requestLabels: { responseFlags: ['URX'] },
    labelsSeenBy: ['source'],
    clusterStat: 'envoy_cluster_upstream_rq_retry',
  },
  overflows: {
    metric: 'overflowRatio',
    per: 'request',
    requestLabels: { responseFlags: ['UO'] },
    labelsSeenBy: ['source'],
    clusterStat: 'envoy_cluster_upstream_rq_pending_overflow',
  },
  ejections: {
    metric: 'ejectionRate',
    per: 'second',
    clusterStat: 'envoy_cluster_outlier_detection_ejections_enforced_total',
  },
} as const satisfies Record<string, IstioSignal>;

export type IstioSignalName = keyof typeof ISTIO_SIGNALS;
export const ISTIO_SIGNAL_NAMES = Object.keys(ISTIO_SIGNALS) as IstioSignalName[];

/** The signals a reading of request labels can show (every one but ejections). */
export const LABEL_SIGNALS = ISTIO_SIGNAL_NAMES.filter(
  (name) => (ISTIO_SIGNALS[name] as IstioSignal).requestLabels !== undefined,
);

/** The signals an Envoy cluster counter feeds, and that counter's name. */
export const CLUSTER_STAT_SIGNALS = new Map<string, IstioSignalName>(
  ISTIO_SIGNAL_NAMES.flatMap((name): Array<[string, IstioSignalName]> => {
    const stat = (ISTIO_SIGNALS[name] as IstioSignal).clusterStat;
    return stat ? [[stat, name]] : [];
  }),
);

/** A signal's two possible views: the request labels, the Envoy cluster counter. */
export type SignalReading = 'labels' | 'clusterStat';

/**
 * Which views of a signal count for one service: its request labels when the reporter read can see them, its
 * cluster counter when that is exported for the service. None: the signal is unavailable (never zero).
 */
export function signalReadings(
  name: IstioSignalName,
  reporter: Reporter,
  clusterStatSeen: boolean,
): SignalReading[] {
  const signal: IstioSignal = ISTIO_SIGNALS[name];
  const readings: SignalReading[] = [];
  if (signal.requestLabels && signal.labelsSeenBy?.includes(reporter)) readings.push('labels');
  if (signal.clusterStat && clusterStatSeen) readings.push('clusterStat');
  return readings;
}

/**
 * Combines the views of one signal over one step. Flags and cluster counters are two views of the same events
 * (a request refused by the circuit breaker is flagged UO *and* counted in upstream_rq_pending_overflow), so they
 * are never added: the larger wins.
 */
export function combineReadings(values: ArrayLike<number>): number {
  if (values.length === 0) return 0;
  let most = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) most = Math.max(most, values[i]);
  return most;
}

function wholeMatch(regex: string): RegExp {
  return new RegExp(`^(?:${regex})$`);
}

/** Whether a request series with these labels carries the signal in its labels (reporter aside). */
export function requestCarries(name: IstioSignalName, labels: Readonly<Record<string, string>>): boolean {
  const match = (ISTIO_SIGNALS[name] as IstioSignal).requestLabels;
  if (!match) return false;
  if (match.responseCodes !== undefined && wholeMatch(match.responseCodes).test(labels.response_code ?? ''))
    return true;
  if (match.responseFlags) {
    const flags = (labels.response_flags ?? '').split(',').map((flag) => flag.trim());
    if (match.responseFlags.some((flag) => flags.includes(flag))) return true;
  }
  return (
    match.grpcStatusOk !== undefined &&
    !wholeMatch(match.grpcStatusOk).test(labels.grpc_response_status ?? '')
  );
}

/** The signals a request series shows at its reporter (the caller's flags only at reporter="source"). */
export function classifyRequest(
  labels: Readonly<Record<string, string>>,
  reporter: Reporter,
): IstioSignalName[] {
  return LABEL_SIGNALS.filter(
    (name) =>
      (ISTIO_SIGNALS[name] as IstioSignal).labelsSeenBy?.includes(reporter) && requestCarries(name, labels),
  );
}

/** `outbound|9080|v1|reviews.bookinfo.svc.cluster.local` → bookinfo/reviews; anything else → undefined. */
export function outboundClusterService(
  clusterName: string | undefined,
): { namespace: string; name: string } | undefined {
  if (!clusterName) return undefined;
  const parts = clusterName.split('|');
  if (parts.length !== 4 || parts[0] !== 'outbound') return undefined;
  const host = parts[3].split('.');
  if (host.length < 3 || host[2] !== 'svc') return undefined;
  // Only Kubernetes names go on: a cluster name is text the sidecar reported (core/names.ts).
  if (!isKubernetesName(host[0]) || !isKubernetesName(host[1])) return undefined;
  return { namespace: host[1], name: host[0] };
}

/** The proxyStatsMatcher inclusion regexps that keep the Envoy cluster stats the optional signals read. */
export const PROXY_STATS_MATCHER_REGEXPS = [...CLUSTER_STAT_SIGNALS.keys()].map(
  (stat) => `.*${stat.replace(/^envoy_cluster_/, '').replace(/_total$/, '')}.*`,
);

/**
 * How to turn on the Envoy cluster stats the optional signals need: short, once per run, the mesh config and
 * annotation in the docs page it links (docs/envoy-stats.md).
 */
export const PROXY_STATS_MATCHER_FIX = `turn them on with Istio's proxyStatsMatcher: ${DOCS_URL}/envoy-stats.md`;

/**
 * Every Istio PromQL query SMAnalyzer asks, in one place: what to ask a Prometheus-compatible backend
 * about an Istio mesh. Pure string building; the Prometheus source runs them.
 *
 * All per-service queries aggregate `by (destination_service_namespace, destination_service_name)` over ONE
 * reporter: a retried request is one sample at the source and several at the destination, so mixing them
 * would double count.
 */

export type Reporter = 'destination' | 'source';

/** The labels every per-service result carries. */
export const SERVICE_LABELS = ['destination_service_namespace', 'destination_service_name'] as const;
const BY_SERVICE = `by (${SERVICE_LABELS.join(', ')})`;

/**
 * The rate window for a step: at least the step (so consecutive steps together cover every sample) and at
 * least 2 minutes, which holds 4 scrapes at a 30 s interval and 8 at 15 s — Prometheus's rule of thumb for
 * rate() is a window of 4 or more scrape intervals, and fewer than 2 samples yield nothing.
 */
export const MIN_RATE_WINDOW_MS = 120_000;
export function rateWindowMs(stepMs: number): number {
  return Math.max(stepMs, MIN_RATE_WINDOW_MS);
}

/** A PromQL duration literal (Prometheus 2.x and every compatible backend accept whole seconds). */
export function promDuration(ms: number): string {
  return `${Math.max(1, Math.ceil(ms / 1000))}s`;
}

/** Escapes a literal for a PromQL double-quoted string inside a regex matcher. */
function regexLiteral(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function quoted(value: string): string {
  return JSON.stringify(value);
}

export interface QueryScope {
  reporter: Reporter;
  /** Empty: every namespace. */
  namespaces: string[];
  rateWindowMs: number;
}

/** The label matchers shared by every istio_* query in a scope. */
export function istioMatchers(scope: Pick<QueryScope, 'reporter' | 'namespaces'>): string {
  const matchers = [`reporter="${scope.reporter}"`];
  if (scope.namespaces.length > 0) {
    const alternatives = scope.namespaces.map(regexLiteral).join('|');
    matchers.push(`destination_service_namespace=~${quoted(alternatives)}`);
  }
  return matchers.join(', ');
}

/** A response-flags matcher for one Envoy flag, whether alone or in a comma-separated list ("UT,URX"). */
function flagMatcher(flag: string): string {
  return `response_flags=~"(.*,)?${flag}(,.*)?"`;
}

function requestRate(scope: QueryScope, extraMatchers: string[] = []): string {
  const matchers = [istioMatchers(scope), ...extraMatchers].join(', ');
  return `rate(istio_requests_total{${matchers}}[${promDuration(scope.rateWindowMs)}])`;
}

/** Requests per second per service. */
export function totalRequestRateQuery(scope: QueryScope): string {
  return `sum ${BY_SERVICE} (${requestRate(scope)})`;
}

/**
 * Failed requests per second per service: 5xx, no response at all (response_code "0"), and gRPC calls with a
 * non-OK grpc_response_status (which travel as HTTP 200). The two selections are disjoint, so `or` never
 * counts a series twice.
 */
export function errorRateQuery(scope: QueryScope): string {
  const httpErrors = requestRate(scope, ['response_code=~"0|5.."']);
  const grpcErrors = requestRate(scope, ['response_code!~"0|5.."', 'grpc_response_status!~"|0"']);
  return `sum ${BY_SERVICE} (${httpErrors} or ${grpcErrors})`;
}

/** Timed-out requests per second: a gateway timeout (504) or Envoy's upstream-timeout flag (UT). */
export function timeoutFlagRateQuery(scope: QueryScope): string {
  const gatewayTimeouts = requestRate(scope, ['response_code="504"']);
  const upstreamTimeouts = requestRate(scope, ['response_code!="504"', flagMatcher('UT')]);
  return `sum ${BY_SERVICE} (${gatewayTimeouts} or ${upstreamTimeouts})`;
}

/** Requests per second that hit the retry limit (URX): what response flags say about retries. */
export function retryLimitFlagRateQuery(scope: QueryScope): string {
  return `sum ${BY_SERVICE} (${requestRate(scope, [flagMatcher('URX')])})`;
}

/** Requests per second refused by a circuit breaker (UO). */
export function overflowFlagRateQuery(scope: QueryScope): string {
  return `sum ${BY_SERVICE} (${requestRate(scope, [flagMatcher('UO')])})`;
}

/** The latency quantile (ms) per service: histogram_quantile over the summed bucket rates. */
export function latencyQuantileQuery(scope: QueryScope, quantile: number): string {
  const buckets = `rate(istio_request_duration_milliseconds_bucket{${istioMatchers(scope)}}[${promDuration(
    scope.rateWindowMs,
  )}])`;
  return `histogram_quantile(${quantile}, sum by (${SERVICE_LABELS.join(', ')}, le) (${buckets}))`;
}

/** The selector whose `le` label values are the histogram's bucket bounds. */
export function latencyBucketSelector(scope: Pick<QueryScope, 'reporter' | 'namespaces'>): string {
  return `istio_request_duration_milliseconds_bucket{${istioMatchers(scope)}}`;
}

/** The services that reported any request in a window ending at the evaluation time. */
export function servicesQuery(scope: Pick<QueryScope, 'reporter' | 'namespaces'>, windowMs: number): string {
  return `group ${BY_SERVICE} (last_over_time(istio_requests_total{${istioMatchers(scope)}}[${promDuration(
    windowMs,
  )}]))`;
}

/**
 * Envoy cluster stats: client-side counters per outbound cluster `outbound|<port>|<subset>|<name>.<ns>.svc...`.
 * They exist only when the mesh's proxyStatsMatcher keeps them; the cluster name maps them to the service.
 */
export const ENVOY_CLUSTER_STATS = {
  retries: 'envoy_cluster_upstream_rq_retry',
  timeouts: 'envoy_cluster_upstream_rq_timeout',
  pendingOverflow: 'envoy_cluster_upstream_rq_pending_overflow',
  ejections: 'envoy_cluster_outlier_detection_ejections_enforced_total',
} as const;
export type EnvoyClusterStat = keyof typeof ENVOY_CLUSTER_STATS;

/**
 * Events per second per destination service from one Envoy cluster counter: a service with the stat is present
 * (0 when nothing happened), a service without it is absent. Namespaces are filtered by the caller.
 */
export function envoyClusterRateQuery(stat: EnvoyClusterStat, scope: QueryScope): string {
  const clusterPattern = String.raw`outbound\\|[0-9]*\\|[^|]*\\|([^.]+)\\.([^.]+)\\..*`;
  const rate = `rate(${ENVOY_CLUSTER_STATS[stat]}{cluster_name=~"outbound\\\\|.*"}[${promDuration(
    scope.rateWindowMs,
  )}])`;
  const withName = `label_replace(${rate}, "destination_service_name", "$1", "cluster_name", "${clusterPattern}")`;
  const withNamespace = `label_replace(${withName}, "destination_service_namespace", "$2", "cluster_name", "${clusterPattern}")`;
  return `sum ${BY_SERVICE} (${withNamespace})`;
}

/** How to turn on the Envoy cluster stats the optional signals need. */
export const PROXY_STATS_MATCHER_FIX =
  "to enable them, add to the mesh config (or a pod's proxy.istio.io/config annotation): " +
  'proxyStatsMatcher: { inclusionRegexps: [".*upstream_rq_retry.*", ".*upstream_rq_timeout.*", ' +
  '".*upstream_rq_pending_overflow.*", ".*outlier_detection.*"] }';

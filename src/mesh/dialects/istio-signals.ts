/**
 * Istio's request telemetry, shared by its two data planes (sidecars and ambient): the standard metrics, the
 * labels that name a service, a caller and a version, and how Envoy's response codes and flags classify. Retries
 * and circuit-breaker overflows happen in the proxy that sends the request — the caller's sidecar, or the waypoint
 * in front of the callee — so only those views carry their flags (`URX`, `UO`); the callee's sidecar sees none.
 */
import { DOCS_URL } from '../../core/version.js';
import type {
  CallerNaming,
  ClusterStats,
  MeshDialect,
  ServiceNaming,
  SignalDeclaration,
  SignalName,
} from '../dialect.js';

export const ISTIO_METRICS: MeshDialect['metrics'] = {
  requests: 'istio_requests_total',
  latencyBuckets: 'istio_request_duration_milliseconds_bucket',
  latencyUnitMs: 1,
};

export const ISTIO_VIEW_LABEL = 'reporter';

export const ISTIO_SERVICE: ServiceNaming = {
  namespace: 'destination_service_namespace',
  name: [{ label: 'destination_service_name' }],
};

export const ISTIO_CALLER: CallerNaming = {
  namespace: 'source_workload_namespace',
  workload: ['source_workload'],
  canonical: 'source_canonical_service',
  // Ingress and egress gateways, and callers Istio could not identify, are traffic from outside the mesh.
  outside: '(.*-)?(ingress|egress)?gateway|unknown',
};

export const ISTIO_WORKLOAD = ['destination_workload'];

/** Most specific first: the canonical revision (a pod label Istio derives), then the `version` label. */
export const ISTIO_VERSIONS = ['destination_canonical_revision', 'destination_version'];
/** A caller's proxy labels the callee's version as the callee's own does. */
export const ISTIO_CALLER_VERSIONS = Object.fromEntries(ISTIO_VERSIONS.map((label) => [label, label]));

/** Which views' proxies set each signal's labels: `seenBy` is filled in per data plane. */
export function istioSignals(views: {
  every: readonly string[];
  sender: readonly string[];
}): Record<SignalName, SignalDeclaration> {
  return {
    errors: {
      metric: 'errorRatio',
      per: 'request',
      // "0": no response was sent at all; a gRPC failure travels as HTTP 200 with a non-OK status.
      requests: {
        anyOf: [
          { label: 'response_code', matches: '0|5..' },
          { label: 'grpc_response_status', notMatches: '|0' },
        ],
        seenBy: views.every,
      },
    },
    timeouts: {
      metric: 'timeoutRatio',
      per: 'request',
      requests: {
        anyOf: [
          { label: 'response_code', matches: '504' },
          { label: 'response_flags', hasFlag: ['UT'] },
        ],
        seenBy: views.every,
      },
      clusterStat: 'envoy_cluster_upstream_rq_timeout',
    },
    retries: {
      metric: 'retryRatio',
      per: 'request',
      requests: { anyOf: [{ label: 'response_flags', hasFlag: ['URX'] }], seenBy: views.sender },
      clusterStat: 'envoy_cluster_upstream_rq_retry',
    },
    overflows: {
      metric: 'overflowRatio',
      per: 'request',
      requests: { anyOf: [{ label: 'response_flags', hasFlag: ['UO'] }], seenBy: views.sender },
      clusterStat: 'envoy_cluster_upstream_rq_pending_overflow',
    },
    ejections: {
      metric: 'ejectionRate',
      per: 'second',
      clusterStat: 'envoy_cluster_outlier_detection_ejections_enforced_total',
      unavailable: 'outlier ejections exist only as Envoy cluster stats',
    },
  };
}

/**
 * Envoy's per-upstream-cluster counters, named `outbound|9080|v1|reviews.bookinfo.svc.cluster.local`. Istio
 * exports them only where `proxyStatsMatcher` includes them (by default only for xds-grpc).
 */
export const ISTIO_CLUSTER_STATS: ClusterStats = {
  label: 'cluster_name',
  servicePattern: String.raw`outbound\|[0-9]*\|[^|]*\|([^.|]+)\.([^.|]+)\.svc(\..*)?`,
  // Short, once per run: the mesh config and the annotation are in the page it links.
  enable: `turn them on with Istio's proxyStatsMatcher: ${DOCS_URL}/envoy-stats.md`,
};

/** The proxyStatsMatcher inclusion regexps that keep the cluster stats Istio's optional signals read. */
export const PROXY_STATS_MATCHER_REGEXPS = Object.values(istioSignals({ every: [], sender: [] }))
  .flatMap((signal) => (signal.clusterStat ? [signal.clusterStat] : []))
  .map((stat) => `.*${stat.replace(/^envoy_cluster_/, '').replace(/_total$/, '')}.*`);

export const ISTIO_CONTROL_PLANE: MeshDialect['discovery']['controlPlane'] = {
  // Every istiod and classic gateway Deployment carries the `istio` label.
  labelSelector: 'istio',
  isControlPlane: { app: 'istiod' },
  versionContainer: 'discovery',
};

/**
 * Istio with sidecars: every meshed pod runs an Envoy (`istio-proxy`) that reports each request twice — as the
 * callee's proxy (`reporter="destination"`: the service's own health) and as the caller's (`reporter="source"`:
 * the edge as the caller saw it, with the network, its retries and its circuit breaking).
 */
import type { MeshDialect } from '../dialect.js';
import {
  ISTIO_CALLER,
  ISTIO_CLUSTER_STATS,
  ISTIO_CONTROL_PLANE,
  ISTIO_METRICS,
  ISTIO_SERVICE,
  ISTIO_CALLER_VERSIONS,
  ISTIO_VERSIONS,
  ISTIO_VIEW_LABEL,
  ISTIO_WORKLOAD,
  istioSignals,
} from './istio-signals.js';

export const ISTIO: MeshDialect = {
  name: 'istio',
  title: 'Istio (sidecars)',
  metrics: ISTIO_METRICS,
  server: {
    label: ISTIO_VIEW_LABEL,
    values: ['destination'],
    service: ISTIO_SERVICE,
    workload: ISTIO_WORKLOAD,
    caller: ISTIO_CALLER,
  },
  client: {
    label: ISTIO_VIEW_LABEL,
    values: ['source'],
    callee: ISTIO_SERVICE,
    caller: ISTIO_CALLER,
    shows:
      "the caller's sidecar: the network to the callee, the caller's retries (URX), overflows (UO) and timeouts",
    versions: ISTIO_CALLER_VERSIONS,
  },
  signals: istioSignals({ every: ['destination', 'source'], sender: ['source'] }),
  clusterStats: ISTIO_CLUSTER_STATS,
  versions: ISTIO_VERSIONS,
  discovery: {
    proxyContainer: 'istio-proxy',
    injectedAnnotation: 'sidecar.istio.io/status',
    controlPlane: ISTIO_CONTROL_PLANE,
    enrolHint: 'label it istio-injection=enabled (sidecars) or istio.io/dataplane-mode=ambient',
  },
  proxy: { port: 15020, path: 'stats/prometheus', pods: 'workloads' },
  summary:
    "L7 from each callee's sidecar; each edge, retries and overflows from the caller's sidecar; Envoy cluster " +
    'stats (ejections) where proxyStatsMatcher exports them',
};

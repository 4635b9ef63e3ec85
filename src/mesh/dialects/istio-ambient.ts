/**
 * Istio ambient: no sidecars. ztunnel (one per node) carries every meshed connection and reports L4 only
 * (`istio_tcp_*`, `reporter="destination"` at the callee's node); L7 exists only where a waypoint proxy serves the
 * service, whose series carry `reporter="waypoint"` with both ends labelled. A mixed mesh has sidecar namespaces
 * too: each service is read from the proxy that sees it — its waypoint, else its sidecar, else ztunnel's L4.
 */
import type { MeshDialect } from '../dialect.js';
import {
  ISTIO_CALLER,
  ISTIO_CONTROL_PLANE,
  ISTIO_METRICS,
  ISTIO_SERVICE,
  ISTIO_CALLER_VERSIONS,
  ISTIO_VERSIONS,
  ISTIO_VIEW_LABEL,
  ISTIO_WORKLOAD,
  istioSignals,
} from './istio-signals.js';

export const ISTIO_AMBIENT: MeshDialect = {
  name: 'istio-ambient',
  title: 'Istio ambient',
  metrics: ISTIO_METRICS,
  server: {
    label: ISTIO_VIEW_LABEL,
    values: ['waypoint', 'destination'],
    service: ISTIO_SERVICE,
    workload: ISTIO_WORKLOAD,
    caller: ISTIO_CALLER,
  },
  client: {
    label: ISTIO_VIEW_LABEL,
    // A sidecar caller's own view first; else the waypoint, the proxy that sends the request on to the callee.
    values: ['source', 'waypoint'],
    callee: ISTIO_SERVICE,
    caller: ISTIO_CALLER,
    shows:
      "the waypoint, which sends each request on to the callee: its retries, overflows and timeouts, and the hop from the waypoint to the callee's pods; not the caller's own hop to the waypoint",
    versions: ISTIO_CALLER_VERSIONS,
  },
  l4: {
    label: ISTIO_VIEW_LABEL,
    values: ['destination'],
    connections: 'istio_tcp_connections_opened_total',
    service: ISTIO_SERVICE,
    advice: 'L4 only: add a waypoint for L7 (label the namespace or Service istio.io/use-waypoint=waypoint)',
  },
  // A waypoint is the proxy that sends the request upstream: it sets the retry and overflow flags.
  signals: istioSignals({ every: ['waypoint', 'destination', 'source'], sender: ['waypoint', 'source'] }),
  versions: ISTIO_VERSIONS,
  discovery: {
    proxyContainer: 'istio-proxy',
    injectedAnnotation: 'sidecar.istio.io/status',
    enrolment: { label: 'istio.io/dataplane-mode', value: 'ambient' },
    waypointLabel: 'istio.io/use-waypoint',
    controlPlane: ISTIO_CONTROL_PLANE,
    enrolHint: 'label it istio.io/dataplane-mode=ambient (and istio.io/use-waypoint for L7)',
  },
  proxy: { port: 15020, path: 'stats/prometheus', pods: 'waypoints' },
  summary:
    'L7 from waypoints (reporter="waypoint"), where a service has one, with retries, overflows and timeouts; ' +
    "services without a waypoint only at L4 from ztunnel (connections); no Envoy cluster stats; the waypoint's " +
    "view of each edge leaves out the caller's hop to the waypoint",
};

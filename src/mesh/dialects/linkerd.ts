/**
 * Linkerd (linkerd2-proxy): each meshed pod runs `linkerd-proxy`, which counts responses (`response_total`, with
 * `classification="success|failure"`) and their latency (`response_latency_ms`) per `direction`: `inbound` is the
 * callee's own proxy, `outbound` the caller's, whose series name the callee (`dst_*`). The proxy does not label its
 * own pod: linkerd-viz's Prometheus adds `namespace`, `pod` and the workload (`deployment`, …); the direct source
 * adds the pod's namespace itself. Services are named as the cluster names them: the Service from the request's
 * `authority` or `dst_service`, the workload only where no Service is named (and then as the Service its other
 * requests named). No Envoy flags: retries, circuit breaking and ejections are not in these series.
 */
import type { MeshDialect } from '../dialect.js';

const WORKLOAD = ['deployment', 'statefulset', 'daemonset'];
const UNAVAILABLE = 'linkerd2-proxy exports no such counter per service';

export const LINKERD: MeshDialect = {
  name: 'linkerd',
  title: 'Linkerd',
  metrics: {
    requests: 'response_total',
    latencyBuckets: 'response_latency_ms_bucket',
    latencyUnitMs: 1,
  },
  server: {
    label: 'direction',
    values: ['inbound'],
    service: {
      namespace: 'namespace',
      name: [{ label: 'authority', host: true }, ...WORKLOAD.map((label) => ({ label, fallback: true }))],
    },
    workload: WORKLOAD,
  },
  client: {
    label: 'direction',
    values: ['outbound'],
    callee: {
      namespace: 'dst_namespace',
      name: [
        { label: 'dst_service' },
        { label: 'authority', host: true },
        { label: 'dst_deployment', fallback: true },
        { label: 'dst_statefulset', fallback: true },
      ],
    },
    caller: { namespace: 'namespace', workload: WORKLOAD, outside: '(.*-)?(ingress|gateway)(-.*)?|unknown' },
    shows: "the caller's proxy: the network to the callee and its failures; no retry or overflow flags",
    // Its outbound series carry the callee's pod template hash (dst_pod_template_hash), not a `version`.
    versions: { pod_template_hash: 'dst_pod_template_hash' },
  },
  signals: {
    errors: {
      metric: 'errorRatio',
      per: 'request',
      // Linkerd classifies by the gRPC status where there is one, else by the HTTP status (5xx) and stream errors.
      requests: { anyOf: [{ label: 'classification', matches: 'failure' }], seenBy: ['inbound', 'outbound'] },
    },
    timeouts: {
      metric: 'timeoutRatio',
      per: 'request',
      requests: { anyOf: [{ label: 'status_code', matches: '504' }], seenBy: ['inbound', 'outbound'] },
    },
    retries: { metric: 'retryRatio', per: 'request', unavailable: UNAVAILABLE },
    overflows: { metric: 'overflowRatio', per: 'request', unavailable: UNAVAILABLE },
    ejections: { metric: 'ejectionRate', per: 'second', unavailable: UNAVAILABLE },
  },
  versions: ['version', 'pod_template_hash'],
  discovery: {
    proxyContainer: 'linkerd-proxy',
    injectedAnnotation: 'linkerd.io/proxy-version',
    controlPlane: {
      labelSelector: 'linkerd.io/control-plane-component',
      isControlPlane: { 'linkerd.io/control-plane-component': 'destination' },
      versionContainer: 'destination',
    },
    enrolHint: 'annotate it linkerd.io/inject=enabled',
  },
  proxy: {
    port: 4191,
    path: 'metrics',
    pods: 'workloads',
    podNamespaceLabel: 'namespace',
    // linkerd-viz's Prometheus copies every pod label onto the pod's series, `-` and `.` spelled `_`.
    podLabels: { version: 'version', pod_template_hash: 'pod-template-hash' },
  },
  summary:
    "L7 from each callee's proxy (inbound) and each caller's (outbound: edges); errors by Linkerd's " +
    'classification, timeouts as 504s; no retry, overflow or ejection counters (unavailable, not zero)',
};

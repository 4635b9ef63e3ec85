/**
 * How a pod takes part in the mesh — an Istio sidecar or native sidecar, a Linkerd proxy, Istio ambient, none, or
 * the mesh's own machinery — by each mesh declaration's discovery hints; and whether it is ready, live, or selected
 * by a Service. Pure: a pod in, an answer out. Apart from the inventory because it judges one pod at a time.
 */
import type { V1Pod } from '@kubernetes/client-node';
import type { MeshDialect } from './dialect.js';
import { ISTIO } from './dialects/istio.js';
import { ISTIO_AMBIENT } from './dialects/istio-ambient.js';
import { LINKERD } from './dialects/linkerd.js';

/** The meshes whose proxies run in the pod (a container, or a native sidecar), by their discovery hints. */
const PROXY_MESHES: ReadonlyArray<{ dialect: MeshDialect; role: 'sidecar' | 'linkerd' }> = [
  { dialect: ISTIO, role: 'sidecar' },
  { dialect: LINKERD, role: 'linkerd' },
];
const ENROLMENT = ISTIO_AMBIENT.discovery.enrolment!;
/** Istio labels a waypoint's pods with the Gateway they run, and marks them managed by its mesh controller. */
export const GATEWAY_NAME_LABEL = 'gateway.networking.k8s.io/gateway-name';

type PodRole = 'sidecar' | 'linkerd' | 'ambient' | 'unmeshed' | 'infrastructure';

const runsContainer = (
  containers: Array<{ name: string; restartPolicy?: string }> | undefined,
  name: string,
  native: boolean,
) => (containers ?? []).some((c) => c.name === name && (!native || c.restartPolicy === 'Always'));

/** Whether a pod runs a mesh's proxy: as a container, a native sidecar (an init container that keeps running), or by its injector's annotation. */
function runsProxy(pod: V1Pod, dialect: MeshDialect): boolean {
  const { proxyContainer, injectedAnnotation } = dialect.discovery;
  return (
    runsContainer(pod.spec?.containers, proxyContainer, false) ||
    runsContainer(pod.spec?.initContainers, proxyContainer, true) ||
    (injectedAnnotation !== undefined && pod.metadata?.annotations?.[injectedAnnotation] !== undefined)
  );
}

/** Whether a pod is a waypoint proxy (a Gateway of class istio-waypoint, run by Istio). */
export function isWaypointPod(pod: V1Pod): boolean {
  const labels = pod.metadata?.labels ?? {};
  return (
    Boolean(labels[GATEWAY_NAME_LABEL]) && labels['gateway.istio.io/managed'] === 'istio.io-mesh-controller'
  );
}

/** Gateways, waypoints, ztunnel and the control planes are the mesh's machinery, not workloads to analyse. */
function isInfrastructurePod(pod: V1Pod): boolean {
  const labels = pod.metadata?.labels ?? {};
  if (labels.app === 'istiod' || labels.istio === 'pilot' || labels.app === 'ztunnel') return true;
  if (labels['gateway.istio.io/managed'] || labels['istio.io/gateway-name']) return true;
  if (labels[LINKERD.discovery.controlPlane.labelSelector]) return true;
  const proxy = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].find(
    (c) => c.name === ISTIO.discovery.proxyContainer,
  );
  return Boolean(proxy?.args?.includes('router'));
}

/**
 * How a pod takes part in the mesh. A proxy in the pod wins over ambient enrolment: istio-cni skips pods that
 * have a sidecar.
 */
export function classifyPod(pod: V1Pod, namespaceLabels: Record<string, string> = {}): PodRole {
  if (isInfrastructurePod(pod)) return 'infrastructure';
  for (const { dialect, role } of PROXY_MESHES) if (runsProxy(pod, dialect)) return role;
  const podMode = pod.metadata?.labels?.[ENROLMENT.label];
  if (podMode === 'none') return 'unmeshed';
  if (podMode === ENROLMENT.value || namespaceLabels[ENROLMENT.label] === ENROLMENT.value) return 'ambient';
  return 'unmeshed';
}

/** Running and its Ready condition true. */
export function isPodReady(pod: V1Pod): boolean {
  if (pod.status?.phase !== 'Running') return false;
  return (pod.status.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

/** Terminating pods are leaving; finished pods (Succeeded/Failed) serve nothing. */
export function isLive(pod: V1Pod): boolean {
  if (pod.metadata?.deletionTimestamp) return false;
  const phase = pod.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed';
}

export function selects(
  selector: Record<string, string>,
  labels: Record<string, string> | undefined,
): boolean {
  const l = labels ?? {};
  return Object.entries(selector).every(([k, v]) => l[k] === v);
}

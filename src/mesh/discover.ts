/**
 * Finds the mesh in a cluster: which pods are meshed (sidecar, native sidecar, ambient), which Services they
 * back, the Istio control plane (istiod revisions, readiness, version) and gateways. A fixed number of paged
 * list calls per resource kind, never one call per pod. The classification below the I/O is pure.
 */
import { RefusedNames } from '../core/names.js';
import pLimit from 'p-limit';
import type { V1Deployment, V1Namespace, V1Pod, V1Service } from '@kubernetes/client-node';
import type { KubeCallOptions, KubeConnection } from '../k8s/connection.js';
import { ClusterError, compareServiceKeys } from '../core/types.js';
import type { ControlPlane, MeshGateway, MeshInventory, MeshPod, MeshService } from './types.js';

export type { MeshInventory, MeshService, MeshGateway, ControlPlane, MeshPod } from './types.js';

/** Items per list page: large enough to keep calls few, small enough to keep responses modest. */
export const PAGE_SIZE = 500;
/** A runaway `continue` chain (a server bug) must not loop forever. */
const MAX_PAGES = 1000;

const DATAPLANE_MODE_LABEL = 'istio.io/dataplane-mode';
const SIDECAR_STATUS_ANNOTATION = 'sidecar.istio.io/status';

interface ListPage<T> {
  items: T[];
  metadata?: { _continue?: string };
}

/** Lists every page of a list call (limit + continue), counting as one logical list. */
async function listAll<T>(
  conn: KubeConnection,
  action: string,
  page: (cont: string | undefined, options: KubeCallOptions) => Promise<ListPage<T>>,
): Promise<T[]> {
  const items: T[] = [];
  let cont: string | undefined;
  for (let pages = 0; pages < MAX_PAGES; pages++) {
    const result = await conn.call(action, (options) => page(cont, options));
    items.push(...result.items);
    cont = result.metadata?._continue || undefined;
    if (!cont) return items;
  }
  throw new ClusterError(
    `cannot ${action}: the API server kept returning more pages after ${MAX_PAGES} pages`,
    'narrow the namespaces setting, or check the API server',
    { environmental: true },
  );
}

interface ClusterObjects {
  namespaces: V1Namespace[];
  pods: V1Pod[];
  services: V1Service[];
  /** null when the API server refused to list them (the control plane then goes unchecked, with a note). */
  deployments: V1Deployment[] | null;
  deploymentsProblem?: string;
}

async function fetchClusterObjects(conn: KubeConnection, chosen: string[]): Promise<ClusterObjects> {
  const { core, apps } = conn;
  let namespaces: V1Namespace[];
  let pods: V1Pod[];
  let services: V1Service[];
  if (chosen.length === 0) {
    namespaces = await listAll(conn, 'list namespaces', (cont, o) =>
      core.listNamespace({ limit: PAGE_SIZE, _continue: cont }, o),
    );
    pods = await listAll(conn, 'list pods in all namespaces', (cont, o) =>
      core.listPodForAllNamespaces({ limit: PAGE_SIZE, _continue: cont }, o),
    );
    services = await listAll(conn, 'list services in all namespaces', (cont, o) =>
      core.listServiceForAllNamespaces({ limit: PAGE_SIZE, _continue: cont }, o),
    );
  } else {
    const limit = pLimit(4);
    // Listing pods in a namespace that does not exist returns an empty list: read it first to say so.
    namespaces = await Promise.all(
      chosen.map((name) =>
        limit(() => conn.call(`get namespace ${name}`, (o) => core.readNamespace({ name }, o))),
      ),
    );
    const perNamespace = await Promise.all(
      chosen.map((namespace) =>
        limit(async () => ({
          pods: await listAll(conn, `list pods in namespace ${namespace}`, (cont, o) =>
            core.listNamespacedPod({ namespace, limit: PAGE_SIZE, _continue: cont }, o),
          ),
          services: await listAll(conn, `list services in namespace ${namespace}`, (cont, o) =>
            core.listNamespacedService({ namespace, limit: PAGE_SIZE, _continue: cont }, o),
          ),
        })),
      ),
    );
    pods = perNamespace.flatMap((n) => n.pods);
    services = perNamespace.flatMap((n) => n.services);
  }

  // The control plane and gateways live outside the analysed namespaces, so look cluster-wide;
  // every istiod and classic gateway Deployment carries the `istio` label.
  try {
    const deployments = await listAll(conn, 'list deployments in all namespaces', (cont, o) =>
      apps.listDeploymentForAllNamespaces({ labelSelector: 'istio', limit: PAGE_SIZE, _continue: cont }, o),
    );
    return { namespaces, pods, services, deployments };
  } catch (err) {
    if (err instanceof ClusterError && err.message.includes('HTTP 403')) {
      return { namespaces, pods, services, deployments: null, deploymentsProblem: err.fix };
    }
    throw err;
  }
}

/** Discovers meshed Services, the control plane and gateways in the given namespaces (empty: all). */
export async function discoverMesh(conn: KubeConnection, namespaces: string[]): Promise<MeshInventory> {
  const before = conn.stats.requests;
  const chosen = [...new Set(namespaces.map((n) => n.trim()).filter(Boolean))];
  const objects = await fetchClusterObjects(conn, chosen);
  const inventory = buildInventory(objects, chosen);
  return { cluster: conn.identity, ...inventory, apiCalls: conn.stats.requests - before };
}

// ---------------------------------------------------------------------------------------------------------
// Pure classification

type PodRole = 'sidecar' | 'ambient' | 'unmeshed' | 'infrastructure';

const hasIstioProxy = (
  containers: Array<{ name: string; restartPolicy?: string }> | undefined,
  native: boolean,
) => (containers ?? []).some((c) => c.name === 'istio-proxy' && (!native || c.restartPolicy === 'Always'));

/** Gateways, waypoints and istiod are part of the mesh's machinery, not workloads to analyse. */
function isInfrastructurePod(pod: V1Pod): boolean {
  const labels = pod.metadata?.labels ?? {};
  if (labels.app === 'istiod' || labels.istio === 'pilot' || labels.app === 'ztunnel') return true;
  if (labels['gateway.istio.io/managed'] || labels['istio.io/gateway-name']) return true;
  const proxy = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].find(
    (c) => c.name === 'istio-proxy',
  );
  return Boolean(proxy?.args?.includes('router'));
}

/** How a pod takes part in the mesh. A sidecar wins over ambient: istio-cni skips pods that have one. */
export function classifyPod(pod: V1Pod, namespaceLabels: Record<string, string> = {}): PodRole {
  if (isInfrastructurePod(pod)) return 'infrastructure';
  const spec = pod.spec;
  const annotations = pod.metadata?.annotations ?? {};
  if (
    hasIstioProxy(spec?.containers, false) ||
    hasIstioProxy(spec?.initContainers, true) ||
    annotations[SIDECAR_STATUS_ANNOTATION] !== undefined
  ) {
    return 'sidecar';
  }
  const podMode = pod.metadata?.labels?.[DATAPLANE_MODE_LABEL];
  if (podMode === 'none') return 'unmeshed';
  if (podMode === 'ambient' || namespaceLabels[DATAPLANE_MODE_LABEL] === 'ambient') return 'ambient';
  return 'unmeshed';
}

/** Running and its Ready condition true. */
export function isPodReady(pod: V1Pod): boolean {
  if (pod.status?.phase !== 'Running') return false;
  return (pod.status.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

/** Terminating pods are leaving; finished pods (Succeeded/Failed) serve nothing. */
function isLive(pod: V1Pod): boolean {
  if (pod.metadata?.deletionTimestamp) return false;
  const phase = pod.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed';
}

function selects(selector: Record<string, string>, labels: Record<string, string> | undefined): boolean {
  const l = labels ?? {};
  return Object.entries(selector).every(([k, v]) => l[k] === v);
}

/** "docker.io/istio/pilot:1.22.3-distroless" → "1.22.3"; undefined when pinned by digest only. */
export function istioVersionFromImage(image: string | undefined): string | undefined {
  if (!image) return undefined;
  const withoutDigest = image.split('@')[0];
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  if (colon <= lastSlash) return undefined;
  const tag = withoutDigest.slice(colon + 1).replace(/-(distroless|debug)$/, '');
  return tag || undefined;
}

function isIstiod(d: V1Deployment): boolean {
  const labels = d.metadata?.labels ?? {};
  return labels.app === 'istiod' || labels.istio === 'pilot';
}

function replicaCounts(d: V1Deployment): { ready: number; total: number } {
  return { ready: d.status?.readyReplicas ?? 0, total: d.spec?.replicas ?? d.status?.replicas ?? 0 };
}

export function describeControlPlane(deployments: V1Deployment[]): {
  controlPlane: ControlPlane;
  notes: string[];
} {
  const istiods = deployments.filter(isIstiod);
  const notes: string[] = [];
  if (istiods.length === 0) {
    notes.push(
      'istiod not found in any namespace: the control plane may be external (remote cluster, managed mesh) or missing',
    );
    return { controlPlane: { found: false, revisions: [], replicasReady: 0, replicas: 0 }, notes };
  }
  const revisionOf = (d: V1Deployment) => d.metadata?.labels?.['istio.io/rev'] ?? 'default';
  // The default revision first: it is the one unlabelled namespaces use.
  istiods.sort((a, b) => Number(revisionOf(b) === 'default') - Number(revisionOf(a) === 'default'));
  const versions = [
    ...new Set(
      istiods
        .map((d) => d.spec?.template?.spec?.containers?.find((c) => c.name === 'discovery')?.image)
        .map(istioVersionFromImage)
        .filter((v): v is string => v !== undefined),
    ),
  ];
  if (versions.length > 1)
    notes.push(`istiod revisions run different Istio versions: ${versions.join(', ')}`);
  const replicasReady = istiods.reduce((sum, d) => sum + replicaCounts(d).ready, 0);
  const replicas = istiods.reduce((sum, d) => sum + replicaCounts(d).total, 0);
  if (replicasReady < replicas) notes.push(`istiod: ${replicasReady} of ${replicas} replicas ready`);
  return {
    controlPlane: {
      found: true,
      namespace: istiods[0].metadata?.namespace,
      revisions: [...new Set(istiods.map(revisionOf))].sort(),
      version: versions[0],
      replicasReady,
      replicas,
    },
    notes,
  };
}

export function describeGateways(deployments: V1Deployment[]): MeshGateway[] {
  return deployments
    .filter((d) => !isIstiod(d))
    .filter((d) => {
      const containers = d.spec?.template?.spec?.containers ?? [];
      const role = d.metadata?.labels?.istio ?? '';
      return /gateway|ingress|egress/.test(role) || containers.some((c) => c.args?.includes('router'));
    })
    .map((d) => {
      const name = d.metadata?.name ?? '';
      const role = d.metadata?.labels?.istio ?? '';
      const kind: 'ingress' | 'egress' = /egress/.test(role) || /egress/.test(name) ? 'egress' : 'ingress';
      const { ready, total } = replicaCounts(d);
      return { namespace: d.metadata?.namespace ?? '', name, kind, ready, total };
    })
    .sort(compareServiceKeys);
}

/** Pods → Services by selector, then the inventory. Pure: objects in, inventory out. */
export function buildInventory(
  objects: ClusterObjects,
  chosen: string[],
): Omit<MeshInventory, 'cluster' | 'apiCalls'> {
  const notes: string[] = [];
  const namespaceLabels = new Map(
    objects.namespaces.map((n) => [n.metadata?.name ?? '', n.metadata?.labels ?? {}] as const),
  );
  const podsByNamespace = new Map<string, V1Pod[]>();
  for (const pod of objects.pods) {
    if (!isLive(pod)) continue;
    const ns = pod.metadata?.namespace ?? '';
    const list = podsByNamespace.get(ns) ?? [];
    list.push(pod);
    podsByNamespace.set(ns, list);
  }

  const services: MeshService[] = [];
  const refused = new RefusedNames();
  let unmeshedServices = 0;
  let ambientServices = 0;
  for (const svc of objects.services) {
    const selector = svc.spec?.selector;
    if (!selector || Object.keys(selector).length === 0 || svc.spec?.type === 'ExternalName') continue;
    const ns = svc.metadata?.namespace ?? '';
    const name = svc.metadata?.name ?? '';
    // The API server validates names, but whatever answers on its address may not: refuse, with a note.
    if (!refused.accept(ns, name)) continue;
    const labels = namespaceLabels.get(ns) ?? {};
    const matched = (podsByNamespace.get(ns) ?? [])
      .filter((p) => selects(selector, p.metadata?.labels))
      .map((pod) => ({ pod, role: classifyPod(pod, labels) }))
      .filter((m) => m.role !== 'infrastructure');
    if (matched.length === 0) continue;
    const meshed = matched.filter((m) => m.role === 'sidecar' || m.role === 'ambient');
    if (meshed.length === 0) {
      unmeshedServices++;
      continue;
    }
    const roles = new Set(meshed.map((m) => m.role));
    const meshMode = roles.size > 1 ? 'mixed' : roles.has('ambient') ? 'ambient' : 'sidecar';
    if (meshMode !== 'sidecar') ambientServices++;
    const pods: MeshPod[] = meshed
      .map(({ pod }) => ({
        name: pod.metadata?.name ?? '',
        ready: isPodReady(pod),
        ...(pod.status?.podIP ? { ip: pod.status.podIP } : {}),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const outside = matched.length - meshed.length;
    if (outside > 0) {
      notes.push(
        `${ns}/${name}: ${outside} of ${matched.length} pods are outside the mesh (no sidecar, not ambient)`,
      );
    }
    services.push({
      namespace: ns,
      name,
      meshMode,
      podsReady: pods.filter((p) => p.ready).length,
      podsTotal: pods.length,
      pods,
    });
  }
  services.sort(compareServiceKeys);
  const refusedNote = refused.note('Service');
  if (refusedNote) notes.push(refusedNote);

  const namespaceNames = (chosen.length > 0 ? chosen : [...namespaceLabels.keys()]).sort();
  for (const ns of chosen) {
    if (!services.some((s) => s.namespace === ns)) {
      notes.push(
        `namespace ${ns} has no meshed Service: label it istio-injection=enabled (sidecars) or ${DATAPLANE_MODE_LABEL}=ambient`,
      );
    }
  }
  if (ambientServices > 0) {
    notes.push(
      `${ambientServices} Service(s) run in ambient mode: their L7 metrics come from waypoint proxies only`,
    );
  }

  let controlPlane: ControlPlane;
  let gateways: MeshGateway[] = [];
  if (objects.deployments === null) {
    controlPlane = { found: false, revisions: [], replicasReady: 0, replicas: 0 };
    notes.push(
      `control plane and gateways not checked: listing deployments was forbidden (${objects.deploymentsProblem ?? ''})`,
    );
  } else {
    const described = describeControlPlane(objects.deployments);
    controlPlane = described.controlPlane;
    notes.push(...described.notes);
    gateways = describeGateways(objects.deployments);
    if (gateways.length === 0)
      notes.push('no ingress or egress gateway found (fine if traffic enters another way)');
    for (const g of gateways) {
      if (g.ready < g.total)
        notes.push(`${g.kind} gateway ${g.namespace}/${g.name}: ${g.ready} of ${g.total} ready`);
    }
  }

  return { namespaces: namespaceNames, services, unmeshedServices, controlPlane, gateways, notes };
}

/**
 * Finds the mesh in a cluster: which pods are meshed and by which mesh (an Istio sidecar or native sidecar, Istio
 * ambient, a Linkerd proxy — each as its declaration's discovery hints say), which Services they back, which
 * waypoints serve them, the control plane (istiod revisions, Linkerd's destination controller: readiness,
 * version) and gateways. A fixed number of paged list calls per resource kind, never one call per pod. The
 * classification below the I/O is pure.
 */
import { RefusedNames } from '../core/names.js';
import pLimit from 'p-limit';
import type { V1Deployment, V1Namespace, V1Pod, V1Service } from '@kubernetes/client-node';
import type { KubeCallOptions, KubeConnection } from '../k8s/connection.js';
import { ClusterError, compareServiceKeys } from '../core/types.js';
import type { ControlPlane, MeshGateway, MeshInventory, MeshPod, MeshService } from './types.js';
import type { MeshDialect } from './dialect.js';
import { ISTIO } from './dialects/istio.js';
import { ISTIO_AMBIENT } from './dialects/istio-ambient.js';
import { LINKERD } from './dialects/linkerd.js';
import { meshOfProxies } from './detect.js';

export type { MeshInventory, MeshService, MeshGateway, ControlPlane, MeshPod } from './types.js';

/** Items per list page: large enough to keep calls few, small enough to keep responses modest. */
export const PAGE_SIZE = 500;
/** A runaway `continue` chain (a server bug) must not loop forever. */
const MAX_PAGES = 1000;

/** The meshes whose proxies run in the pod (a container, or a native sidecar), by their discovery hints. */
const PROXY_MESHES: ReadonlyArray<{ dialect: MeshDialect; role: 'sidecar' | 'linkerd' }> = [
  { dialect: ISTIO, role: 'sidecar' },
  { dialect: LINKERD, role: 'linkerd' },
];
/** The control planes to look for, each by its own label selector. */
const CONTROL_PLANES: ReadonlyArray<{ mesh: 'istio' | 'linkerd'; dialect: MeshDialect }> = [
  { mesh: 'istio', dialect: ISTIO },
  { mesh: 'linkerd', dialect: LINKERD },
];
const ENROLMENT = ISTIO_AMBIENT.discovery.enrolment!;
const WAYPOINT_LABEL = ISTIO_AMBIENT.discovery.waypointLabel!;
/** Istio labels a waypoint's pods with the Gateway they run, and marks them managed by its mesh controller. */
const GATEWAY_NAME_LABEL = 'gateway.networking.k8s.io/gateway-name';
const WAYPOINT_NAMESPACE_LABEL = 'istio.io/use-waypoint-namespace';

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

  // The control planes and gateways live outside the analysed namespaces, so look cluster-wide, by each
  // mesh's own label (every istiod and classic gateway carries `istio`; Linkerd's a control-plane label).
  try {
    const deployments: V1Deployment[] = [];
    for (const { dialect } of CONTROL_PLANES) {
      const labelSelector = dialect.discovery.controlPlane.labelSelector;
      deployments.push(
        ...(await listAll(conn, 'list deployments in all namespaces', (cont, o) =>
          apps.listDeploymentForAllNamespaces({ labelSelector, limit: PAGE_SIZE, _continue: cont }, o),
        )),
      );
    }
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
function isWaypointPod(pod: V1Pod): boolean {
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

/** Whether a Deployment is a control plane's version-telling component (istiod; Linkerd's destination). */
function controlPlaneOf(d: V1Deployment): (typeof CONTROL_PLANES)[number] | undefined {
  const labels = d.metadata?.labels ?? {};
  return (
    CONTROL_PLANES.find(({ dialect }) =>
      Object.entries(dialect.discovery.controlPlane.isControlPlane).every(([k, v]) => labels[k] === v),
    ) ?? (labels.istio === 'pilot' ? CONTROL_PLANES[0] : undefined)
  );
}

function replicaCounts(d: V1Deployment): { ready: number; total: number } {
  return { ready: d.status?.readyReplicas ?? 0, total: d.spec?.replicas ?? d.status?.replicas ?? 0 };
}

/**
 * The control plane: the preferred mesh's (the one the pods speak), else the first found. Istio's istiod
 * revisions and version, Linkerd's destination controller; readiness summed over its replicas.
 */
export function describeControlPlane(
  deployments: V1Deployment[],
  prefer?: 'istio' | 'linkerd',
): {
  controlPlane: ControlPlane;
  notes: string[];
} {
  const found = deployments.filter((d) => controlPlaneOf(d) !== undefined);
  const meshes = [...new Set(found.map((d) => controlPlaneOf(d)!.mesh))];
  const mesh = prefer && meshes.includes(prefer) ? prefer : meshes[0];
  const notes: string[] = [];
  if (!mesh) {
    notes.push(
      'no mesh control plane (istiod, linkerd-destination) found in any namespace: it may be external (remote cluster, managed mesh) or missing',
    );
    return { controlPlane: { found: false, revisions: [], replicasReady: 0, replicas: 0 }, notes };
  }
  const { dialect } = CONTROL_PLANES.find((one) => one.mesh === mesh)!;
  const planes = found.filter((d) => controlPlaneOf(d)!.mesh === mesh);
  const revisionOf = (d: V1Deployment) => d.metadata?.labels?.['istio.io/rev'] ?? 'default';
  // The default revision first: it is the one unlabelled namespaces use.
  planes.sort((a, b) => Number(revisionOf(b) === 'default') - Number(revisionOf(a) === 'default'));
  const container = dialect.discovery.controlPlane.versionContainer;
  const versions = [
    ...new Set(
      planes
        .map((d) => d.spec?.template?.spec?.containers?.find((c) => c.name === container)?.image)
        .map(istioVersionFromImage)
        .filter((v): v is string => v !== undefined),
    ),
  ];
  const name = mesh === 'istio' ? 'istiod' : 'linkerd-destination';
  if (versions.length > 1) notes.push(`${name} revisions run different versions: ${versions.join(', ')}`);
  const replicasReady = planes.reduce((sum, d) => sum + replicaCounts(d).ready, 0);
  const replicas = planes.reduce((sum, d) => sum + replicaCounts(d).total, 0);
  if (replicasReady < replicas) notes.push(`${name}: ${replicasReady} of ${replicas} replicas ready`);
  return {
    controlPlane: {
      found: true,
      mesh,
      namespace: planes[0].metadata?.namespace,
      revisions: [...new Set(planes.map(revisionOf))].sort(),
      version: versions[0],
      replicasReady,
      replicas,
    },
    notes,
  };
}

export function describeGateways(deployments: V1Deployment[]): MeshGateway[] {
  return deployments
    .filter((d) => controlPlaneOf(d) === undefined && d.metadata?.labels?.istio !== undefined)
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

/**
 * The waypoint the most specific opt-in label names, from label sets most specific first (pods, the Service, its
 * namespace): the first that has the label decides, and "none" opts out of the ones below it.
 */
function waypointName(labelSets: Array<Record<string, string> | undefined>): string | undefined {
  for (const labels of labelSets) {
    const value = labels?.[WAYPOINT_LABEL];
    if (value) return value === 'none' ? undefined : value;
  }
  return undefined;
}

function meshPod(pod: V1Pod): MeshPod {
  return {
    name: pod.metadata?.name ?? '',
    ready: isPodReady(pod),
    ...(pod.status?.podIP ? { ip: pod.status.podIP } : {}),
  };
}

/** The live pods of each namespace, and of each waypoint (namespace/name). */
function livePods(objects: ClusterObjects): {
  podsByNamespace: Map<string, V1Pod[]>;
  waypointPods: Map<string, V1Pod[]>;
} {
  const podsByNamespace = new Map<string, V1Pod[]>();
  const waypointPods = new Map<string, V1Pod[]>();
  for (const pod of objects.pods) {
    if (!isLive(pod)) continue;
    const ns = pod.metadata?.namespace ?? '';
    const list = podsByNamespace.get(ns) ?? [];
    list.push(pod);
    podsByNamespace.set(ns, list);
    if (isWaypointPod(pod)) {
      const id = `${ns}/${pod.metadata?.labels?.[GATEWAY_NAME_LABEL]}`;
      waypointPods.set(id, [...(waypointPods.get(id) ?? []), pod]);
    }
  }
  return { podsByNamespace, waypointPods };
}

/** What the Services add up to: the meshed ones, and counts by proxy kind and mode. */
interface ServiceTally {
  services: MeshService[];
  proxies: { sidecar: number; ambient: number; linkerd: number };
  unmeshedServices: number;
  ambientServices: number;
  withoutWaypoint: string[];
}

/**
 * One Service with a selector, by the pods it selects: skipped when it selects none (infrastructure aside), counted
 * as unmeshed when none of them has a proxy or is ambient, else added to the tally as a meshed Service.
 */
function tallyService(
  svc: V1Service,
  labels: Record<string, string>,
  namespacePods: V1Pod[],
  tally: ServiceTally,
  notes: string[],
): void {
  const ns = svc.metadata?.namespace ?? '';
  const name = svc.metadata?.name ?? '';
  const matched = namespacePods
    .filter((p) => selects(svc.spec!.selector!, p.metadata?.labels))
    .map((pod) => ({ pod, role: classifyPod(pod, labels) }))
    .filter((m) => m.role !== 'infrastructure');
  if (matched.length === 0) return;
  const meshed = matched.filter((m) => m.role !== 'unmeshed');
  if (meshed.length === 0) {
    tally.unmeshedServices++;
    return;
  }
  const roles = new Set(meshed.map((m) => m.role as 'sidecar' | 'ambient' | 'linkerd'));
  for (const role of roles) tally.proxies[role]++;
  const meshMode = roles.size > 1 ? 'mixed' : [...roles][0];
  const pods: MeshPod[] = meshed.map(({ pod }) => meshPod(pod)).sort((a, b) => a.name.localeCompare(b.name));
  const outside = matched.length - meshed.length;
  if (outside > 0) {
    notes.push(
      `${ns}/${name}: ${outside} of ${matched.length} pods are outside the mesh (no proxy, not ambient)`,
    );
  }
  const service: MeshService = {
    namespace: ns,
    name,
    meshMode,
    podsReady: pods.filter((p) => p.ready).length,
    podsTotal: pods.length,
    pods,
  };
  if (roles.has('ambient')) {
    tally.ambientServices++;
    // The most specific opt-in wins: a pod's, then the Service's, then its namespace's.
    const waypoint = waypointName([
      ...meshed.map(({ pod }) => pod.metadata?.labels),
      svc.metadata?.labels,
      labels,
    ]);
    if (waypoint) service.waypoint = waypoint;
    else tally.withoutWaypoint.push(`${ns}/${name}`);
  }
  tally.services.push(service);
}

/** Every Service with a selector (ExternalName ones and refused names aside), tallied; sorted by namespace and name. */
function tallyServices(
  objects: ClusterObjects,
  namespaceLabels: Map<string, Record<string, string>>,
  podsByNamespace: Map<string, V1Pod[]>,
  notes: string[],
): ServiceTally {
  const tally: ServiceTally = {
    services: [],
    proxies: { sidecar: 0, ambient: 0, linkerd: 0 },
    unmeshedServices: 0,
    ambientServices: 0,
    withoutWaypoint: [],
  };
  const refused = new RefusedNames();
  for (const svc of objects.services) {
    const selector = svc.spec?.selector;
    if (!selector || Object.keys(selector).length === 0 || svc.spec?.type === 'ExternalName') continue;
    const ns = svc.metadata?.namespace ?? '';
    // The API server validates names, but whatever answers on its address may not: refuse, with a note.
    if (!refused.accept(ns, svc.metadata?.name ?? '')) continue;
    tallyService(svc, namespaceLabels.get(ns) ?? {}, podsByNamespace.get(ns) ?? [], tally, notes);
  }
  tally.services.sort(compareServiceKeys);
  const refusedNote = refused.note('Service');
  if (refusedNote) notes.push(refusedNote);
  return tally;
}

/** The waypoints found, with a note for each one a Service names whose pods were not found. */
function listWaypoints(
  waypointPods: Map<string, V1Pod[]>,
  services: MeshService[],
  chosen: string[],
  notes: string[],
): MeshInventory['waypoints'] {
  const waypoints = [...waypointPods].map(([id, pods]) => {
    const [namespace, name] = id.split('/');
    return { namespace, name, pods: pods.map(meshPod).sort((a, b) => a.name.localeCompare(b.name)) };
  });
  const served = new Set(services.flatMap((s) => (s.waypoint ? [s.waypoint] : [])));
  for (const name of served) {
    if (!waypoints.some((w) => w.name === name))
      notes.push(
        `waypoint ${name} is named by ${WAYPOINT_LABEL} but none of its pods was found${chosen.length > 0 ? ` in the namespaces looked at (it may live in another: ${WAYPOINT_NAMESPACE_LABEL})` : ''}`,
      );
  }
  return waypoints;
}

/** The control plane and the gateways from the deployments (unchecked when listing them was forbidden). */
function controlPlaneAndGateways(
  objects: ClusterObjects,
  mesh: MeshInventory['mesh'],
  notes: string[],
): { controlPlane: ControlPlane; gateways: MeshGateway[] } {
  if (objects.deployments === null) {
    notes.push(
      `control plane and gateways not checked: listing deployments was forbidden (${objects.deploymentsProblem ?? ''})`,
    );
    return { controlPlane: { found: false, revisions: [], replicasReady: 0, replicas: 0 }, gateways: [] };
  }
  const described = describeControlPlane(
    objects.deployments,
    mesh === null ? undefined : mesh === 'linkerd' ? 'linkerd' : 'istio',
  );
  const controlPlane = described.controlPlane;
  notes.push(...described.notes);
  const gateways = describeGateways(objects.deployments);
  if (gateways.length === 0 && controlPlane.mesh !== 'linkerd')
    notes.push('no ingress or egress gateway found (fine if traffic enters another way)');
  for (const g of gateways) {
    if (g.ready < g.total)
      notes.push(`${g.kind} gateway ${g.namespace}/${g.name}: ${g.ready} of ${g.total} ready`);
  }
  return { controlPlane, gateways };
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
  const { podsByNamespace, waypointPods } = livePods(objects);
  const tally = tallyServices(objects, namespaceLabels, podsByNamespace, notes);
  const { services, unmeshedServices, ambientServices, withoutWaypoint } = tally;

  const namespaceNames = (chosen.length > 0 ? chosen : [...namespaceLabels.keys()]).sort();
  const mesh = meshOfProxies(tally.proxies);
  // Chosen namespaces with no meshed Service: noted here once the mesh is known (below, from the control plane
  // when no proxy was found), with that mesh's own way to enrol one.
  const unenrolled = chosen.filter((ns) => !services.some((s) => s.namespace === ns));
  const unenrolledAt = notes.length;
  if (ambientServices > 0) {
    notes.push(
      `${ambientServices} Service(s) run in ambient mode: their L7 metrics come from waypoint proxies only` +
        (withoutWaypoint.length > 0
          ? `; ${withoutWaypoint.length} have no waypoint and are seen at L4 only (${withoutWaypoint.slice(0, 5).join(', ')}${withoutWaypoint.length > 5 ? ', …' : ''}): ${ISTIO_AMBIENT.l4!.advice}`
          : ''),
    );
  }
  const waypoints = listWaypoints(waypointPods, services, chosen, notes);
  const { controlPlane, gateways } = controlPlaneAndGateways(objects, mesh, notes);
  const detected =
    mesh ?? (controlPlane.mesh === 'linkerd' ? 'linkerd' : controlPlane.mesh === 'istio' ? 'istio' : null);
  const { enrolHint } = (
    detected === 'linkerd' ? LINKERD : detected === 'istio-ambient' ? ISTIO_AMBIENT : ISTIO
  ).discovery;
  notes.splice(
    unenrolledAt,
    0,
    ...unenrolled.map((ns) => `namespace ${ns} has no meshed Service: ${enrolHint}`),
  );

  return {
    mesh: detected,
    namespaces: namespaceNames,
    services,
    unmeshedServices,
    controlPlane,
    gateways,
    waypoints,
    notes,
  };
}

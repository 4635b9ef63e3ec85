/**
 * The inventory from the listed cluster objects: pods matched to Services by selector, the meshed Services tallied
 * by proxy kind and mode, the waypoints, the control plane and gateways, and the notes on what is missing. Pure:
 * objects in, inventory out; the listing itself is in discover.ts.
 */
import { RefusedNames } from '../core/names.js';
import type { V1Deployment, V1Namespace, V1Pod, V1Service } from '@kubernetes/client-node';
import { compareServiceKeys } from '../core/types.js';
import type { ControlPlane, MeshGateway, MeshInventory, MeshPod, MeshService } from './types.js';
import { ISTIO } from './dialects/istio.js';
import { ISTIO_AMBIENT } from './dialects/istio-ambient.js';
import { LINKERD } from './dialects/linkerd.js';
import { MESH_DIALECTS } from './dialects/index.js';
import { meshOfProxies } from './detect.js';
import { GATEWAY_NAME_LABEL, classifyPod, isLive, isPodReady, isWaypointPod, selects } from './pod-roles.js';
import { describeControlPlane, describeGateways } from './control-plane.js';

const WAYPOINT_LABEL = ISTIO_AMBIENT.discovery.waypointLabel!;
const WAYPOINT_NAMESPACE_LABEL = 'istio.io/use-waypoint-namespace';

export interface ClusterObjects {
  namespaces: V1Namespace[];
  pods: V1Pod[];
  services: V1Service[];
  /** null when the API server refused to list them (the control plane then goes unchecked, with a note). */
  deployments: V1Deployment[] | null;
  deploymentsProblem?: string;
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

/** The pod labels any mesh's scrape copies onto a proxy's series (the direct source copies them the same way). */
const COPIED_POD_LABELS = Object.values(MESH_DIALECTS).flatMap((d) => Object.values(d.proxy.podLabels ?? {}));

function meshPod(pod: V1Pod): MeshPod {
  const own = pod.metadata?.labels ?? {};
  const labels = Object.fromEntries(
    COPIED_POD_LABELS.filter((label) => typeof own[label] === 'string').map((label) => [label, own[label]]),
  );
  return {
    name: pod.metadata?.name ?? '',
    ready: isPodReady(pod),
    ...(pod.status?.podIP ? { ip: pod.status.podIP } : {}),
    ...(Object.keys(labels).length > 0 ? { labels } : {}),
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

/**
 * Finds the mesh in a cluster: lists the namespaces, pods, Services and the control planes' and gateways'
 * deployments — a fixed number of paged list calls per resource kind, never one call per pod — and hands them to
 * the pure classification (inventory.ts, pod-roles.ts, control-plane.ts).
 */
import pLimit from 'p-limit';
import type { V1Deployment, V1Namespace, V1Pod, V1Service } from '@kubernetes/client-node';
import type { KubeCallOptions, KubeConnection } from '../k8s/connection.js';
import { ClusterError } from '../core/types.js';
import type { MeshInventory } from './types.js';
import { CONTROL_PLANES } from './control-plane.js';
import { buildInventory, type ClusterObjects } from './inventory.js';

export type { MeshInventory, MeshService, MeshGateway, ControlPlane, MeshPod } from './types.js';

/** Items per list page: large enough to keep calls few, small enough to keep responses modest. */
export const PAGE_SIZE = 500;
/** A runaway `continue` chain (a server bug) must not loop forever. */
const MAX_PAGES = 1000;

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

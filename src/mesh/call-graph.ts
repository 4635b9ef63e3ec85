/**
 * Which Service a caller is. The metrics name a caller by its workload (e.g. reviews-v2) and, in Istio, its
 * canonical service: without a cluster those labels say which Service it most likely is (naming.ts); with a
 * cluster connected, it is the Service whose pods that workload runs. Pods of a Deployment are named
 * <workload>-<replicaset hash>-<pod hash>, of a StatefulSet <workload>-<ordinal>. Pure.
 */
import type { EdgeSeries, ServiceKey } from '../core/types.js';
import type { MeshInventory } from './types.js';

/** The Service running a workload's pods, when discovery saw exactly one. */
export function serviceOfWorkload(
  workload: { namespace: string; name: string },
  inventory: Pick<MeshInventory, 'services'>,
): ServiceKey | null {
  const owner = new RegExp(
    `^${workload.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-([a-z0-9]+-[a-z0-9]+|\\d+)$`,
  );
  const matches = inventory.services.filter(
    (s) => s.namespace === workload.namespace && s.pods.some((p) => owner.test(p.name)),
  );
  return matches.length === 1 ? { namespace: matches[0].namespace, name: matches[0].name } : null;
}

/** The edges with callers renamed to the Services discovery found for their workloads (others as they were). */
export function callersThroughDiscovery(
  edges: EdgeSeries[],
  inventory: Pick<MeshInventory, 'services'>,
): EdgeSeries[] {
  const cache = new Map<string, ServiceKey | null>();
  return edges.map((edge) => {
    if (!edge.caller || !edge.callerWorkload) return edge;
    const id = `${edge.callerWorkload.namespace}/${edge.callerWorkload.name}`;
    if (!cache.has(id)) cache.set(id, serviceOfWorkload(edge.callerWorkload, inventory));
    const service = cache.get(id);
    return service ? { ...edge, caller: service } : edge;
  });
}

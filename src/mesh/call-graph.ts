/**
 * Which Service a caller is (issue 13). The metrics name a caller by its workload (source_workload, e.g.
 * reviews-v2) and canonical service: without a cluster those labels say which Service it most likely is; with a
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

/** Gateways and unknown callers are traffic from outside the mesh: an entry point, not a service. */
export function isOutsideCaller(workload: string | undefined, namespace: string | undefined): boolean {
  if (!workload || workload === 'unknown' || !namespace || namespace === 'unknown') return true;
  return /(^|-)(ingress)?gateway$/.test(workload);
}

/**
 * The Service a caller most likely is, from its labels alone: its canonical service when that is a known
 * destination, else its workload less a version suffix (reviews-v2 → reviews) when that is, else the canonical
 * service (or workload) as it is.
 */
export function callerFromLabels(labels: Record<string, string>, known: Set<string>): ServiceKey | null {
  const namespace = labels.source_workload_namespace;
  const workload = labels.source_workload;
  if (isOutsideCaller(workload, namespace)) return null;
  const canonical = labels.source_canonical_service;
  const candidates = [canonical, workload.replace(/-v\d+$/, ''), workload].filter(
    (c): c is string => Boolean(c) && c !== 'unknown',
  );
  const name = candidates.find((c) => known.has(`${namespace}/${c}`)) ?? candidates[0] ?? workload;
  return { namespace, name };
}

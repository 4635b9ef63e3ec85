/**
 * The caller's view of each edge, as the Prometheus source hands it on: the series the edge queries answered for
 * one caller of a service, with the caller named from its labels (mesh/naming.ts: its canonical service, the
 * Service its workload serves, or the workload itself; an entry point for traffic from outside the mesh).
 * mesh/call-graph.ts renames callers through discovery when a cluster is connected.
 */
import { callerFromLabels, callerWorkload } from '../../mesh/naming.js';
import type { MeshDialect } from '../../mesh/dialect.js';
import type { EdgeSeries, ServiceKey, ServiceSeries } from '../../core/types.js';

export function callerEdge(
  dialect: MeshDialect,
  callee: ServiceKey,
  series: ServiceSeries,
  callerLabels: Record<string, string>,
  known: ReadonlySet<string>,
  aliasOf: (namespace: string, workload: string) => string | undefined,
): EdgeSeries {
  const naming = dialect.client.caller;
  const caller = callerFromLabels(naming, callerLabels, known, aliasOf);
  const workload = callerWorkload(naming, callerLabels);
  return {
    ...series,
    caller,
    callee,
    side: 'client',
    ...(caller && workload ? { callerWorkload: workload } : {}),
  };
}

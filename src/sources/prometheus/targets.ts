/**
 * Which service (and view) each answered series belongs to, per window query: the server view's series by the
 * dialect's service labels, the caller's view by its callee, L4 and cluster-stat series by their own names. Pure.
 */
import { isKubernetesName, type RefusedNames } from '../../core/names.js';
import { nameFromLabels, type MeshDialect } from '../../mesh/dialect.js';
import { ServiceNamer } from '../../mesh/naming.js';
import { clientEdgeView } from '../../mesh/queries.js';
import { EDGE_PREFIX, SINGLE_VIEW, edgeView, type SeriesTarget } from './readings.js';

type Target = (metric: Record<string, string>) => SeriesTarget | undefined;

/** The target of each window query's series, by the query's key. */
export function queryTargets(
  dialect: MeshDialect,
  namer: ServiceNamer,
  refused: RefusedNames,
): (key: string) => Target {
  const targetOf = serverTargets(dialect, namer);
  const l4Namer = dialect.l4 ? new ServiceNamer(dialect.l4.service, [], refused) : undefined;
  const edgeTarget = edgeTargets(dialect, namer);
  const targetOfQuery = (key: string) =>
    key.startsWith(EDGE_PREFIX)
      ? edgeTarget
      : key === 'l4'
        ? (metric: Record<string, string>) => {
            const service = l4Namer?.key(metric);
            return service ? { service, view: SINGLE_VIEW } : undefined;
          }
        : key.endsWith(':clusterStat')
          ? (metric: Record<string, string>) => {
              const service = namer.key(metric);
              return service ? { service, view: SINGLE_VIEW } : undefined;
            }
          : targetOf;
  return targetOfQuery;
}

/** Reads a series to the service it is part of and the view it was read in. */
function serverTargets(
  dialect: MeshDialect,
  namer: ServiceNamer,
): (metric: Record<string, string>) => SeriesTarget | undefined {
  const multiView = dialect.server.values.length > 1;
  return (metric) => {
    const service = namer.key(metric);
    if (!service) return undefined;
    return { service, view: multiView ? (metric[dialect.server.label] ?? SINGLE_VIEW) : SINGLE_VIEW };
  };
}

/**
 * Reads an edge series to its callee (a workload named alone as the Service it serves) and the view it was read
 * in: the view value and the caller's labels, resolved to a Service when the callee's series are built.
 */
function edgeTargets(
  dialect: MeshDialect,
  namer: ServiceNamer,
): (metric: Record<string, string>) => SeriesTarget | undefined {
  const view = clientEdgeView(dialect);
  const callerLabels = [
    view.caller.namespace,
    ...view.caller.workload,
    ...(view.caller.canonical ? [view.caller.canonical] : []),
  ];
  return (metric) => {
    const named = nameFromLabels(view.callee, metric);
    if (!named) return undefined;
    const name = named.fallback
      ? (namer.serviceOfWorkload(named.namespace, named.name) ?? named.name)
      : named.name;
    if (!isKubernetesName(named.namespace) || !isKubernetesName(name)) return undefined;
    const labels = Object.fromEntries(callerLabels.map((label) => [label, metric[label] ?? '']));
    return {
      service: { namespace: named.namespace, name },
      view: edgeView(metric[view.view.label] ?? '', labels),
    };
  };
}

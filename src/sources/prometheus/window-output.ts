/**
 * Where a window's series go as their data completes: each service's series built from the readings (with its
 * callers' edges) and handed on or kept. Pure.
 */
import { serviceId, type EdgeSeries, type ServiceKey, type ServiceSeries } from '../../core/types.js';
import { callerEdge } from './edges.js';
import { GroupedEmission } from './emission.js';
import { Readings } from './readings.js';
import { edgeSeriesOf, serviceSeries } from './service-series.js';
import { summarize, type SeriesSummary } from './series-notes.js';
import type { WindowRead } from './window-plan.js';

/** Where a collect's series go as their data completes (windowOutput). */
export interface WindowOutput {
  emission: GroupedEmission;
  /** The services in scope: those asked for, else every one the readings have seen. */
  knownKeys: () => ServiceKey[];
  services: ServiceSeries[];
  summaries: SeriesSummary[];
  edges: EdgeSeries[];
}

/**
 * Where each service's series goes once its data is in: to request.onService as soon as it is built, where one
 * is given (learn), not kept; else into the collection's services and edges.
 */
export function windowOutput(read: WindowRead, readings: Readings, groups: string[][]): WindowOutput {
  const { request, from, stepMs, steps, dialect, namer } = read;
  const inNamespaces = (key: ServiceKey) =>
    request.namespaces.length === 0 || request.namespaces.includes(key.namespace);
  const knownKeys = () =>
    (request.services
      ? [...request.services]
      : uniqueKeys([...readings.servicesOf('total'), ...readings.servicesOf('l4')])
    ).filter(inNamespaces);
  // Each series goes to request.onService as soon as it is built, where one is given (learn): not kept.
  const services: ServiceSeries[] = [];
  const summaries: SeriesSummary[] = [];
  const edges: EdgeSeries[] = [];
  const aliasOf = (namespace: string, workload: string) => namer.serviceOfWorkload(namespace, workload);
  const emission = new GroupedEmission(groups, knownKeys, (key) => {
    const window = { steps, stepMs, dialect };
    const series = serviceSeries(key, readings, window);
    const known = readings.idsOf('total');
    const callers = edgeSeriesOf(key, readings, window).map(({ callerLabels, series: edge }) =>
      callerEdge(dialect, key, edge, callerLabels, known, aliasOf),
    );
    readings.release(serviceId(key));
    summaries.push(summarize(series));
    if (request.onService) request.onService(series, { from, stepMs }, callers);
    else {
      services.push(series);
      edges.push(...callers);
    }
  });
  return { emission, knownKeys, services, summaries, edges };
}

/** Each service once, in the order first seen. */
function uniqueKeys(keys: ServiceKey[]): ServiceKey[] {
  return [...new Map(keys.map((key) => [`${key.namespace}/${key.name}`, key])).values()];
}

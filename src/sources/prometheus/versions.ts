/**
 * A service's versions from Prometheus, for rollouts: first one cheap instant query tells, per service, which
 * versions served requests in the window (by the labels the mesh declaration says tell versions apart, the most
 * specific that splits the service); then, only for the services that ran two or more, the per-service range
 * queries again grouped by version — requests, the signals the server view shows, the latency buckets — built
 * into per-version series exactly as the service's own (readings.ts); and each version as its callers' proxies
 * saw it (requests, latency buckets, the retries and overflows only they set), every caller folded, what only
 * they see taken into the version's series as a service's own takes it from its edges (core/edges.ts). What to
 * ask is in mesh/version-queries.ts.
 */
import { foldSeries, withCallerSignals } from '../../core/edges.js';
import { serviceId, type ServiceKey } from '../../core/types.js';
import {
  isVersionValue,
  splittingVersionLabel,
  type ServiceVersions,
  type VersionSeries,
} from '../../core/rollout-types.js';
import { ServiceNamer } from '../../mesh/naming.js';
import { serverLabelSignals, signalQueryKey, type QueryScope } from '../../mesh/queries.js';
import {
  callerOnlySignals,
  versionBucketRateQuery,
  versionRequestRateQuery,
  versionSignalRateQuery,
  versionsServedQuery,
  type VersionTargets,
} from '../../mesh/version-queries.js';
import type { CallContext, PrometheusClient } from './client.js';
import { EDGE_PREFIX, Readings, SINGLE_VIEW, edgeView } from './readings.js';
import { edgeSeriesOf, serviceSeries } from './service-series.js';

/** Range queries answer at most 11,000 points per series: longer windows are read in pieces. */
const MAX_STEPS_PER_QUERY = 10_000;
/** A service is read this long at least, so a short window still tells which versions served. */
const MIN_SERVED_WINDOW_MS = 60_000;

export interface VersionsRead {
  versionsSeen: ServiceVersions[];
  versions: VersionSeries[];
  /** Services in a rollout, with the label that told their versions apart. */
  rollouts: Array<{ service: ServiceKey; label: string }>;
}

/**
 * Reads which versions each service served in [from, from + steps·step) and, for services with two or more,
 * each version's series on the window's step grid.
 */
// eslint-disable-next-line max-lines-per-function -- the versions query and each version's series, one sequence of awaited steps
export async function collectVersions(
  client: PrometheusClient,
  request: {
    from: number;
    steps: number;
    stepMs: number;
    scope: QueryScope;
    context: CallContext;
    namer: ServiceNamer;
    /** Only these services, where the caller restricted the window to some (discovery). */
    services?: ServiceKey[];
  },
): Promise<VersionsRead> {
  const { from, steps, stepMs, scope, context, namer } = request;
  const { dialect } = scope;
  const to = from + steps * stepMs;
  const rows = await client.query(
    versionsServedQuery(scope, Math.max(MIN_SERVED_WINDOW_MS, to - from)),
    to,
    context,
  );
  const wanted = request.services ? new Set(request.services.map(serviceId)) : null;
  const byService = new Map<string, { key: ServiceKey; rows: Array<Record<string, string>> }>();
  for (const row of rows) {
    const key = namer.key(row.metric);
    if (!key || (wanted && !wanted.has(serviceId(key)))) continue;
    const entry = byService.get(serviceId(key)) ?? { key, rows: [] };
    entry.rows.push(row.metric);
    byService.set(serviceId(key), entry);
  }
  const versionsSeen: ServiceVersions[] = [];
  const rollouts: Array<{ service: ServiceKey; label: string }> = [];
  for (const { key, rows: labelled } of byService.values()) {
    const found = splittingVersionLabel(dialect.versions, (label) => labelled.map((row) => row[label]));
    if (!found) continue;
    versionsSeen.push({ service: key, versions: found.values });
    if (found.values.length >= 2) rollouts.push({ service: key, label: found.label });
  }
  if (rollouts.length === 0) return { versionsSeen, versions: [], rollouts };

  const labelOf = new Map(rollouts.map((r) => [serviceId(r.service), r.label]));
  const targets: VersionTargets = {
    namespaces: [...new Set(rollouts.map((r) => r.service.namespace))].sort(),
    names: [...new Set(rollouts.map((r) => r.service.name))].sort(),
  };
  // Each (service, version) is read as a service of its own, under an id no Kubernetes name can take.
  const keyOf = new Map<string, { service: ServiceKey; version: string }>();
  const multiView = dialect.server.values.length > 1;
  /** A row's service, version and id, by the label that split its service (`labelIn`: as this view spells it). */
  const versionOf = (
    service: ServiceKey | undefined,
    metric: Record<string, string>,
    labelIn: (label: string) => string | undefined,
  ) => {
    const label = service && labelOf.get(serviceId(service));
    const spelled = label ? labelIn(label) : undefined;
    const version = spelled ? (metric[spelled] ?? '') : '';
    if (!service || !spelled || !isVersionValue(version)) return undefined;
    return { service, version, id: { namespace: service.namespace, name: `${service.name}@${version}` } };
  };
  const ownView = (metric: Record<string, string>) => {
    const found = versionOf(namer.key(metric), metric, (label) => label);
    if (!found) return undefined;
    keyOf.set(serviceId(found.id), { service: found.service, version: found.version });
    return {
      service: found.id,
      view: multiView ? (metric[dialect.server.label] ?? SINGLE_VIEW) : SINGLE_VIEW,
    };
  };
  // The callers' view names the callee by its own labels, and each caller's proxy sends on its own: all folded.
  const calleeNamer = new ServiceNamer(dialect.client.callee, []);
  const callersView = (metric: Record<string, string>) => {
    const found = versionOf(calleeNamer.key(metric), metric, (label) => dialect.client.versions?.[label]);
    if (!found) return undefined;
    return {
      service: found.id,
      view: edgeView(metric[dialect.client.label] ?? dialect.client.values[0], {}),
    };
  };
  const callerOnly = callerOnlySignals(dialect);
  const queries: Array<{ key: string; query: string; targetOf: typeof ownView }> = [
    { key: 'total', query: versionRequestRateQuery(scope, targets), targetOf: ownView },
    ...serverLabelSignals(dialect).map((name) => ({
      key: signalQueryKey(name, 'labels'),
      query: versionSignalRateQuery(name, scope, targets),
      targetOf: ownView,
    })),
    { key: 'buckets', query: versionBucketRateQuery(scope, targets), targetOf: ownView },
    // Stored as edges are (service-series.ts reads them so), one edge per version with every caller in it.
    ...(dialect.client.versions
      ? [
          {
            key: `${EDGE_PREFIX}total`,
            query: versionRequestRateQuery(scope, targets, 'callers'),
            targetOf: callersView,
          },
          ...callerOnly.map((name) => ({
            key: `${EDGE_PREFIX}${signalQueryKey(name, 'labels')}`,
            query: versionSignalRateQuery(name, scope, targets, 'callers'),
            targetOf: callersView,
          })),
          {
            key: `${EDGE_PREFIX}buckets`,
            query: versionBucketRateQuery(scope, targets, 'callers'),
            targetOf: callersView,
          },
        ]
      : []),
  ];
  // Bounded like the service arrays: the versions counted, every query, each bucket bound and some.
  const readings = new Readings(steps, 2 * rows.length * (queries.length + 32) + 1_000, client.displayUrl);
  await Promise.all(
    queries.map(async ({ key, query, targetOf }) => {
      for (let first = 0; first < steps; first += MAX_STEPS_PER_QUERY) {
        const last = Math.min(steps, first + MAX_STEPS_PER_QUERY) - 1;
        await client.queryRangeInto(
          query,
          from + (first + 1) * stepMs,
          from + (last + 1) * stepMs,
          stepMs,
          context,
          readings.sink(key, from, stepMs, targetOf),
        );
      }
    }),
  );
  const versions: VersionSeries[] = [];
  for (const [id, { service, version }] of [...keyOf].sort(([a], [b]) => a.localeCompare(b))) {
    const [namespace, name] = [id.slice(0, id.indexOf('/')), id.slice(id.indexOf('/') + 1)];
    const window = { steps, stepMs, dialect };
    const own = serviceSeries({ namespace, name }, readings, window);
    const callers = edgeSeriesOf({ namespace, name }, readings, window).map((edge) => edge.series);
    versions.push({
      ...withCallerSignals(own, callers),
      service,
      version,
      ...(callers.length > 0 ? { callers: foldSeries(service, callers) } : {}),
    });
  }
  return { versionsSeen, versions, rollouts };
}

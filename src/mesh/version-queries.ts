/**
 * The PromQL of a rollout: a service's requests split by the labels that tell its versions apart (a rollout, a
 * canary) — which versions served in a window, then requests, signals and latency buckets per version for the
 * services that ran two, in either view: the version's own proxies', or its callers' (their latency, and the
 * signals only a caller's proxy sets: retries, overflows). Apart from queries.ts because only the rollout
 * comparison asks them; built from its selectors. Pure string building.
 */
import { namingLabels, type MeshDialect, type ServiceNaming, type SignalName } from './dialect.js';
import {
  by,
  clientEdgeView,
  clientLabelSignals,
  disjointSelections,
  edgeSelector,
  promDuration,
  quoted,
  rate,
  regexLiteral,
  serverGrouping,
  serverSelector,
  type QueryScope,
  type SelectorScope,
} from './queries.js';

/**
 * Which services a version query is for: their namespaces always; their names too where the declaration names a
 * service by one plain label (Istio's destination_service_name), so the answer holds only the services asked.
 */
export interface VersionTargets {
  namespaces: string[];
  names?: string[];
}

/** The labels a per-version answer keeps: the per-service grouping and every version label of the declaration. */
export function versionGrouping(dialect: MeshDialect): string[] {
  return [...new Set([...serverGrouping(dialect), ...dialect.versions])];
}

/** The matchers restricting a version query to its services, named as `service` names them. */
function versionMatchers(service: ServiceNaming, targets: VersionTargets): string[] {
  const [first] = service.name;
  const byName =
    targets.names && targets.names.length > 0 && first && !first.host && !first.fallback
      ? [`${first.label}=~${quoted(targets.names.map(regexLiteral).join('|'))}`]
      : [];
  return byName;
}

/**
 * Per service and version, the requests the window held: one instant query at the window's end over its length
 * (increase reads each sample once), positive only. Tells which services ran two versions, and which versions
 * served before a deploy.
 */
export function versionsServedQuery(scope: SelectorScope, windowMs: number): string {
  const { dialect } = scope;
  const selector = serverSelector(scope, dialect.metrics.requests);
  return `sum ${by(versionGrouping(dialect))} (increase(${selector}[${promDuration(windowMs)}])) > 0`;
}

/** Whose view a per-version query reads: the version's own proxies, or its callers' (every caller together). */
export type VersionView = 'own' | 'callers';

/** How a view selects a metric's series of the services asked, and the labels its answer keeps. */
function viewOf(scope: QueryScope, targets: VersionTargets, view: VersionView) {
  const { dialect } = scope;
  const narrowed = { ...scope, namespaces: targets.namespaces };
  if (view === 'own') {
    const extra = versionMatchers(dialect.server.service, targets);
    return {
      select: (metric: string, more: string[] = []) => serverSelector(narrowed, metric, [...extra, ...more]),
      grouping: versionGrouping(dialect),
    };
  }
  const extra = versionMatchers(dialect.client.callee, targets);
  return {
    select: (metric: string, more: string[] = []) =>
      edgeSelector(clientEdgeView(dialect), narrowed, metric, [...extra, ...more]),
    grouping: callerVersionGrouping(dialect),
  };
}

/** Requests per second per service and version, for the services asked. */
export function versionRequestRateQuery(
  scope: QueryScope,
  targets: VersionTargets,
  view: VersionView = 'own',
): string {
  const { select, grouping } = viewOf(scope, targets, view);
  return `sum ${by(grouping)} (${rate(select(scope.dialect.metrics.requests), scope)})`;
}

/** Requests per second per service and version whose labels carry a signal, for the services asked. */
export function versionSignalRateQuery(
  name: SignalName,
  scope: QueryScope,
  targets: VersionTargets,
  view: VersionView = 'own',
): string {
  const { dialect } = scope;
  const match = dialect.signals[name].requests;
  if (!match) throw new Error(`${name} is not read from request labels in ${dialect.name}`);
  const { select, grouping } = viewOf(scope, targets, view);
  const selections = disjointSelections(match.anyOf, (more) =>
    rate(select(dialect.metrics.requests, more), scope),
  );
  return `sum ${by(grouping)} (${selections.join(' or ')})`;
}

/** The latency histogram per service and version (summed bucket rates by `le`), for the services asked. */
export function versionBucketRateQuery(
  scope: QueryScope,
  targets: VersionTargets,
  view: VersionView = 'own',
): string {
  const { select, grouping } = viewOf(scope, targets, view);
  return `sum ${by([...grouping, 'le'])} (${rate(select(scope.dialect.metrics.latencyBuckets), scope)})`;
}

// The callers' view of each version: what only a caller's proxy sets, per version of the callee.

/**
 * The signals a caller's proxy sets that the service's own view may lack (Istio's URX and UO flags: the callee's
 * sidecar sees none): read per version from its callers' view, where the dialect labels the callee's version there.
 */
export function callerOnlySignals(dialect: MeshDialect): SignalName[] {
  if (!dialect.client.versions) return [];
  return clientLabelSignals(dialect).filter(
    (name) => !dialect.server.values.every((view) => dialect.signals[name].requests!.seenBy.includes(view)),
  );
}

/** The labels a per-version answer of the callers' view keeps: the callee's naming, the view, its version labels. */
function callerVersionGrouping(dialect: MeshDialect): string[] {
  const { client } = dialect;
  return [
    ...new Set([...namingLabels(client.callee), client.label, ...Object.values(client.versions ?? {})]),
  ];
}

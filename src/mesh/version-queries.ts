/**
 * The PromQL of a rollout: a service's requests split by the labels that tell its versions apart (a rollout, a
 * canary) — which versions served in a window, then requests, signals and latency buckets per version for the
 * services that ran two. Apart from queries.ts because only the rollout comparison asks them; built from its
 * selectors. Pure string building.
 */
import type { MeshDialect, SignalName } from './dialect.js';
import {
  by,
  disjointSelections,
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

/** The matchers restricting a version query to its services. */
function versionMatchers(dialect: MeshDialect, targets: VersionTargets): string[] {
  const service = dialect.server.service;
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

/** Requests per second per service and version, for the services asked. */
export function versionRequestRateQuery(scope: QueryScope, targets: VersionTargets): string {
  const { dialect } = scope;
  const narrowed = { ...scope, namespaces: targets.namespaces };
  const selector = serverSelector(narrowed, dialect.metrics.requests, versionMatchers(dialect, targets));
  return `sum ${by(versionGrouping(dialect))} (${rate(selector, scope)})`;
}

/** Requests per second per service and version whose labels carry a signal, for the services asked. */
export function versionSignalRateQuery(name: SignalName, scope: QueryScope, targets: VersionTargets): string {
  const { dialect } = scope;
  const match = dialect.signals[name].requests;
  if (!match) throw new Error(`${name} is not read from request labels in ${dialect.name}`);
  const narrowed = { ...scope, namespaces: targets.namespaces };
  const extra = versionMatchers(dialect, targets);
  const selections = disjointSelections(match.anyOf, (more) =>
    rate(serverSelector(narrowed, dialect.metrics.requests, [...extra, ...more]), scope),
  );
  return `sum ${by(versionGrouping(dialect))} (${selections.join(' or ')})`;
}

/** The latency histogram per service and version (summed bucket rates by `le`), for the services asked. */
export function versionBucketRateQuery(scope: QueryScope, targets: VersionTargets): string {
  const { dialect } = scope;
  const narrowed = { ...scope, namespaces: targets.namespaces };
  const selector = serverSelector(
    narrowed,
    dialect.metrics.latencyBuckets,
    versionMatchers(dialect, targets),
  );
  return `sum ${by([...versionGrouping(dialect), 'le'])} (${rate(selector, scope)})`;
}

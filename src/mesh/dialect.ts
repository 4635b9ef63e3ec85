/**
 * What a mesh dialect is: the shape every declaration under mesh/dialects/ fills in, as data. A dialect says
 * which series a mesh's proxies export and what their labels mean — the request counter and the latency
 * histogram, the label that tells the callee's proxy from the caller's, the labels that name a service, a caller
 * and a version, how outcomes classify into errors, timeouts, retries and overflows, which signals the mesh
 * cannot show, and where its proxies serve their metrics. The PromQL (queries.ts), the proxy scrape
 * (sources/sidecars/), discovery and the call graph are all derived from it, so a new mesh is one declaration.
 * Pure: the helpers below read labels, nothing else.
 */
import { isKubernetesName } from '../core/names.js';
import type { MeshName, MetricName } from '../core/types.js';

export { MESH_NAMES, type MeshName } from '../core/types.js';

/**
 * One condition on a series' labels. Regexes are whole-value matches that RE2 (PromQL) and JavaScript read the
 * same way. `hasFlag`: the label is a comma-separated list (Envoy's response flags) holding one of these.
 */
export type LabelCondition =
  | { label: string; matches: string }
  | { label: string; notMatches: string }
  | { label: string; hasFlag: readonly string[] };

/**
 * A label that names something. `host`: the label is a host as clients write it (`name`, `name.namespace`,
 * `name.namespace.svc.cluster.local`, each with an optional `:port`), and the name is its first part when the
 * rest says it is a Service of this namespace. `fallback`: used only when no other part names the service, and
 * then aliased to the Service the same workload was called by elsewhere (naming.ts).
 */
export interface NamePart {
  label: string;
  host?: boolean;
  fallback?: boolean;
}

/** How a series names a service: the namespace label, and the first part that yields a Kubernetes name. */
export interface ServiceNaming {
  namespace: string;
  name: readonly NamePart[];
}

/**
 * How a series names its caller: a workload (the caller's pods) and, where the mesh has one, its canonical
 * service; a workload that matches `outside` (gateways, ingress controllers) or says `unknown` is traffic from
 * outside the mesh: an entry point, not a service.
 */
export interface CallerNaming {
  namespace: string;
  workload: readonly string[];
  canonical?: string;
  outside: string;
}

export const SIGNAL_NAMES = ['errors', 'timeouts', 'retries', 'overflows', 'ejections'] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];

/**
 * One signal as a dialect reads it. `requests`: the requests whose labels carry it (any one condition) and the
 * views whose proxy sets those labels (a retry happens in the caller's proxy: only the caller's view can show
 * it). `clusterStat`: a per-upstream-cluster counter of the same events, where the mesh exports one. A signal
 * with neither is unavailable in this dialect — `unavailable` says why — and is never read as zero.
 */
export interface SignalDeclaration {
  metric: MetricName;
  per: 'request' | 'second';
  requests?: { anyOf: readonly LabelCondition[]; seenBy: readonly string[] };
  clusterStat?: string;
  unavailable?: string;
}

/**
 * The series of one proxy's view: the label that tells views apart and its values for this one, in order of
 * preference per service (ambient: a waypoint's view before a sidecar's, so a mixed mesh reads each service from
 * the proxy that sees it).
 */
export interface ProxyView {
  label: string;
  values: readonly string[];
}

/** The callee's own proxy: a service's health. */
export interface ServerView extends ProxyView {
  service: ServiceNaming;
  /** Labels naming the workload that served (the Deployment behind the Service), shown where they differ. */
  workload: readonly string[];
  /** Where the callee's proxy also names its callers (Istio), the labels that do. */
  caller?: CallerNaming;
}

/** The caller's proxy: each caller → callee edge as the caller saw it (the network, its retries and overflows). */
export interface ClientView extends ProxyView {
  callee: ServiceNaming;
  caller: CallerNaming;
  /** What this view shows and cannot show, for the report and the docs. */
  shows: string;
  /**
   * The labels of this view that carry the callee's version, by the server view's version label (`versions`) whose
   * values they repeat: a rollout's versions as their callers' proxies see them. Absent: not read per version.
   */
  versions?: Readonly<Record<string, string>>;
}

/** Connection-level metrics for services no proxy reads at L7 (ambient without a waypoint). */
export interface L4View extends ProxyView {
  connections: string;
  service: ServiceNaming;
  /** The fix a report gives for such a service. */
  advice: string;
}

/** Upstream-cluster counters (Envoy's), named by cluster: the pattern's groups are the Service and namespace. */
export interface ClusterStats {
  label: string;
  /** Whole-value regex on the label; group 1 the Service, group 2 its namespace. */
  servicePattern: string;
  /** How to turn them on, when the mesh exports them only on request. */
  enable: string;
}

/** What discovery looks for in the cluster. */
export interface DiscoveryHints {
  /** The proxy container a meshed pod runs (also as a native sidecar, an init container that keeps running). */
  proxyContainer: string;
  /** A pod annotation the injector writes. */
  injectedAnnotation?: string;
  /** Pod or namespace labels that enrol pods without a proxy container (ambient). */
  enrolment?: { label: string; value: string };
  /** The label naming a waypoint that serves a namespace, Service or pod at L7 (ambient). */
  waypointLabel?: string;
  /** Deployments of the control plane: their label, and the one whose image tells the version. */
  controlPlane: {
    labelSelector: string;
    isControlPlane: Readonly<Record<string, string>>;
    versionContainer: string;
  };
  /** How a namespace is enrolled, for the message when one has no meshed Service. */
  enrolHint: string;
}

/** Where a proxy serves its metrics, for the direct source (no Prometheus). */
export interface ProxyScrape {
  port: number;
  path: string;
  /** Whose pods serve the service's view: its own (sidecars, Linkerd) or its waypoint's (ambient). */
  pods: 'workloads' | 'waypoints';
  /** The label a scrape lacks and the direct source adds with the pod's namespace (Prometheus adds it). */
  podNamespaceLabel?: string;
  /**
   * Labels a scrape lacks and the direct source copies from the pod's own labels, as Prometheus's scrape does
   * (series label → pod label): a proxy that does not label its pod's version.
   */
  podLabels?: Readonly<Record<string, string>>;
}

export interface MeshDialect {
  name: MeshName;
  title: string;
  metrics: {
    /** A counter of requests (or responses): one sample per request a proxy saw. */
    requests: string;
    /** The latency histogram's bucket series (cumulative, `le`), and how many milliseconds one unit is. */
    latencyBuckets: string;
    latencyUnitMs: number;
  };
  server: ServerView;
  client: ClientView;
  l4?: L4View;
  signals: Readonly<Record<SignalName, SignalDeclaration>>;
  clusterStats?: ClusterStats;
  /** Labels that tell a service's versions apart in the server view, most specific first. */
  versions: readonly string[];
  discovery: DiscoveryHints;
  proxy: ProxyScrape;
  /** What this dialect gives and lacks, in a sentence (status, reports, the README). */
  summary: string;
}

// ---------------------------------------------------------------------------------------------------------
// Reading labels with a declaration

function wholeMatch(regex: string): RegExp {
  return new RegExp(`^(?:${regex})$`);
}

/** Whether a series' labels meet one condition. */
export function conditionHolds(condition: LabelCondition, labels: Readonly<Record<string, string>>): boolean {
  const value = labels[condition.label] ?? '';
  if ('matches' in condition) return wholeMatch(condition.matches).test(value);
  if ('notMatches' in condition) return !wholeMatch(condition.notMatches).test(value);
  const flags = value.split(',').map((flag) => flag.trim());
  return condition.hasFlag.some((flag) => flags.includes(flag));
}

/** Whether a request series carries a signal in its labels (whichever view it came from). */
export function requestCarries(
  dialect: MeshDialect,
  name: SignalName,
  labels: Readonly<Record<string, string>>,
): boolean {
  const match = dialect.signals[name].requests;
  return match !== undefined && match.anyOf.some((condition) => conditionHolds(condition, labels));
}

/** The signals a request series of one view shows (a caller's flags only in a view that can see them). */
export function classifyRequest(
  dialect: MeshDialect,
  labels: Readonly<Record<string, string>>,
  view: string,
): SignalName[] {
  return SIGNAL_NAMES.filter(
    (name) => dialect.signals[name].requests?.seenBy.includes(view) && requestCarries(dialect, name, labels),
  );
}

/** A signal's two possible readings: the request labels, the upstream-cluster counter. */
export type SignalReading = 'labels' | 'clusterStat';

/**
 * Which readings of a signal count for one service read in `view`: its request labels when that view can see
 * them, its cluster counter when one is exported for the service. None: unavailable (never zero).
 */
export function signalReadings(
  dialect: MeshDialect,
  name: SignalName,
  view: string,
  clusterStatSeen: boolean,
): SignalReading[] {
  const signal = dialect.signals[name];
  const readings: SignalReading[] = [];
  if (signal.requests?.seenBy.includes(view)) readings.push('labels');
  if (signal.clusterStat && clusterStatSeen) readings.push('clusterStat');
  return readings;
}

/** Why these metrics are unavailable in this dialect: its own words, or how to export the counters. */
export function unavailableReason(dialect: MeshDialect, missing: ReadonlySet<MetricName>): string {
  const reasons = new Set<string>();
  for (const name of SIGNAL_NAMES) {
    const signal = dialect.signals[name];
    if (!missing.has(signal.metric)) continue;
    if (signal.clusterStat && dialect.clusterStats)
      reasons.add(
        `the ${dialect.title} cluster stats they need are not exported; ${dialect.clusterStats.enable}`,
      );
    else if (signal.unavailable) reasons.add(signal.unavailable);
  }
  return [...reasons].join('; ');
}

/** The signals read from request labels in some view of this dialect. */
export function labelSignals(dialect: MeshDialect): SignalName[] {
  return SIGNAL_NAMES.filter((name) => dialect.signals[name].requests !== undefined);
}

/** The signals an upstream-cluster counter feeds, by counter name. */
export function clusterStatSignals(dialect: MeshDialect): Map<string, SignalName> {
  return new Map(
    SIGNAL_NAMES.flatMap((name): Array<[string, SignalName]> => {
      const stat = dialect.signals[name].clusterStat;
      return stat ? [[stat, name]] : [];
    }),
  );
}

/**
 * Combines the readings of one signal over one step. Flags and cluster counters are two views of the same events
 * (a request refused by the circuit breaker is flagged UO *and* counted in upstream_rq_pending_overflow), so they
 * are never added: the larger wins.
 */
export function combineReadings(values: ArrayLike<number>): number {
  if (values.length === 0) return 0;
  let most = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) most = Math.max(most, values[i]);
  return most;
}

/**
 * The Service a host names, as clients write one (`reviews`, `reviews.shop`, `reviews.shop.svc.cluster.local`,
 * each with an optional port), when it is a Service of `namespace`; undefined for addresses and other hosts.
 */
export function serviceOfHost(host: string, namespace: string): string | undefined {
  const withoutPort = host.replace(/:\d+$/, '');
  const parts = withoutPort.split('.');
  const [name, second, third] = parts;
  // A Service name starts with a letter (RFC 1035): an IP address is not one.
  if (!/^[a-z]/.test(name ?? '') || !isKubernetesName(name)) return undefined;
  if (parts.length === 1) return name;
  if (second !== namespace) return undefined;
  return parts.length === 2 || third === 'svc' ? name : undefined;
}

/** The value one name part yields from a series' labels, or undefined. */
export function namePartValue(part: NamePart, labels: Readonly<Record<string, string>>, namespace: string) {
  const value = labels[part.label];
  if (!value || value === 'unknown') return undefined;
  return part.host ? serviceOfHost(value, namespace) : value;
}

/**
 * The service a series names by the declaration alone: its namespace, its name from the first non-fallback part
 * that yields one, and otherwise the fallback's value marked as such (naming.ts aliases it).
 */
export function nameFromLabels(
  naming: ServiceNaming,
  labels: Readonly<Record<string, string>>,
): { namespace: string; name: string; fallback: boolean } | undefined {
  const namespace = labels[naming.namespace];
  if (!namespace || namespace === 'unknown') return undefined;
  for (const fallback of [false, true]) {
    for (const part of naming.name) {
      if (Boolean(part.fallback) !== fallback) continue;
      const name = namePartValue(part, labels, namespace);
      if (name) return { namespace, name, fallback };
    }
  }
  return undefined;
}

/** Every label a naming reads: what a query must keep when it aggregates. */
export function namingLabels(naming: ServiceNaming): string[] {
  return [...new Set([naming.namespace, ...naming.name.map((part) => part.label)])];
}

/** Every label name a declaration spells: what no file outside src/mesh/ may spell (test/mesh-labels.test.ts). */
export function declaredLabelNames(dialect: MeshDialect): string[] {
  const names = new Set<string>([
    dialect.server.label,
    dialect.client.label,
    ...(dialect.server.caller ? [dialect.server.caller.namespace, ...dialect.server.caller.workload] : []),
    ...namingLabels(dialect.server.service),
    ...dialect.server.workload,
    ...namingLabels(dialect.client.callee),
    dialect.client.caller.namespace,
    ...dialect.client.caller.workload,
    ...(dialect.client.caller.canonical ? [dialect.client.caller.canonical] : []),
    ...dialect.versions,
    ...Object.values(dialect.client.versions ?? {}),
    ...(dialect.clusterStats ? [dialect.clusterStats.label] : []),
    ...(dialect.l4 ? [dialect.l4.label, ...namingLabels(dialect.l4.service)] : []),
  ]);
  for (const signal of Object.values(dialect.signals))
    for (const condition of signal.requests?.anyOf ?? []) names.add(condition.label);
  return [...names];
}

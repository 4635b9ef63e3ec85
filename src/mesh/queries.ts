/**
 * Every PromQL query SMAnalyzer asks, generated from a mesh declaration (dialect.ts): what to ask a
 * Prometheus-compatible backend about a mesh. Pure string building; the Prometheus source runs them. The per-version
 * queries of a rollout are in version-queries.ts, built from the selectors and helpers exported here.
 *
 * Per-service queries read one view (the callee's proxy) and keep the labels that name a service — and, where a
 * dialect has several server views (ambient: waypoint, else sidecar), the view label, so the source reads each
 * service from one view: a retried request is one sample at the caller and several at the callee, and a request
 * through a waypoint is seen by the waypoint and by a sidecar behind it, so mixing views would double count.
 */
import {
  namingLabels,
  type CallerNaming,
  type LabelCondition,
  type MeshDialect,
  type ProxyView,
  type ServiceNaming,
  type SignalName,
  SIGNAL_NAMES,
} from './dialect.js';

/**
 * The rate window for a step: at least the step (so consecutive steps together cover every sample), at least 2
 * minutes (4 scrapes at 30 s, 8 at 15 s: Prometheus's rule of thumb for rate() is 4 or more scrape intervals), and
 * at least two scrapes of the data's own interval where it is known (metrics scraped every 1–5 minutes exist;
 * fewer than 2 samples in a window yield nothing).
 */
export const MIN_RATE_WINDOW_MS = 120_000;
export function rateWindowMs(stepMs: number, scrapeIntervalMs = 0): number {
  return Math.max(stepMs, MIN_RATE_WINDOW_MS, 2 * scrapeIntervalMs);
}

/** A PromQL duration literal (Prometheus 2.x and every compatible backend accept whole seconds). */
export function promDuration(ms: number): string {
  return `${Math.max(1, Math.ceil(ms / 1000))}s`;
}

/** Escapes a literal for a PromQL double-quoted string inside a regex matcher. */
export function regexLiteral(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
export function quoted(value: string): string {
  return JSON.stringify(value);
}

export interface QueryScope {
  dialect: MeshDialect;
  /** Empty: every namespace. */
  namespaces: string[];
  rateWindowMs: number;
}
export type SelectorScope = Pick<QueryScope, 'dialect' | 'namespaces'>;

function viewMatcher(view: ProxyView): string {
  return view.values.length === 1
    ? `${view.label}=${quoted(view.values[0])}`
    : `${view.label}=~${quoted(view.values.map(regexLiteral).join('|'))}`;
}

function namespaceMatcher(namespaceLabel: string, namespaces: string[]): string[] {
  if (namespaces.length === 0) return [];
  return [`${namespaceLabel}=~${quoted(namespaces.map(regexLiteral).join('|'))}`];
}

function conditionMatcher(condition: LabelCondition, negated: boolean): string {
  if ('hasFlag' in condition) {
    // A flag alone or in a comma-separated list ("UT,URX").
    const flags = condition.hasFlag.length === 1 ? condition.hasFlag[0] : `(${condition.hasFlag.join('|')})`;
    return `${condition.label}${negated ? '!~' : '=~'}${quoted(`(.*,)?${flags}(,.*)?`)}`;
  }
  const holds = 'matches' in condition;
  const regex = 'matches' in condition ? condition.matches : condition.notMatches;
  return `${condition.label}${holds !== negated ? '=~' : '!~'}${quoted(regex)}`;
}

/** The selector of the server view's series of one metric in the scope's namespaces. */
export function serverSelector(scope: SelectorScope, metric: string, extra: string[] = []): string {
  const { server } = scope.dialect;
  return `${metric}{${[viewMatcher(server), ...namespaceMatcher(server.service.namespace, scope.namespaces), ...extra].join(', ')}}`;
}

/** The labels a per-service answer keeps: the naming labels, and the view label where there are several views. */
export function serverGrouping(dialect: MeshDialect): string[] {
  const { server } = dialect;
  return [...namingLabels(server.service), ...(server.values.length > 1 ? [server.label] : [])];
}

export function by(labels: readonly string[]): string {
  return `by (${labels.join(', ')})`;
}

export function rate(selector: string, scope: QueryScope): string {
  return `rate(${selector}[${promDuration(scope.rateWindowMs)}])`;
}

/** Requests per second per service. */
export function totalRequestRateQuery(scope: QueryScope): string {
  const { dialect } = scope;
  return `sum ${by(serverGrouping(dialect))} (${rate(serverSelector(scope, dialect.metrics.requests), scope)})`;
}

/**
 * One selection per condition, each excluding the earlier ones, so `or` never counts a series twice.
 * `base(extra)` builds the selector with extra matchers.
 */
export function disjointSelections(
  anyOf: readonly LabelCondition[],
  base: (extra: string[]) => string,
): string[] {
  return anyOf.map((condition, i) =>
    base([
      ...anyOf.slice(0, i).map((earlier) => conditionMatcher(earlier, true)),
      conditionMatcher(condition, false),
    ]),
  );
}

/** Requests per second per service whose labels carry a signal. */
export function signalRequestRateQuery(name: SignalName, scope: QueryScope): string {
  const { dialect } = scope;
  const match = dialect.signals[name].requests;
  if (!match) throw new Error(`${name} is not read from request labels in ${dialect.name}`);
  const selections = disjointSelections(match.anyOf, (extra) =>
    rate(serverSelector(scope, dialect.metrics.requests, extra), scope),
  );
  return `sum ${by(serverGrouping(dialect))} (${selections.join(' or ')})`;
}

/**
 * The latency histogram per service: summed bucket rates by `le` (requests per second with latency <= le).
 * One query instead of a histogram_quantile per quantile: the tool interpolates every quantile from it
 * (core/histogram.ts) and keeps the buckets for window quantiles.
 */
export function latencyBucketRateQuery(scope: QueryScope): string {
  const { dialect } = scope;
  const buckets = rate(serverSelector(scope, dialect.metrics.latencyBuckets), scope);
  return `sum ${by([...serverGrouping(dialect), 'le'])} (${buckets})`;
}

/** The latency quantile (ms) per service: histogram_quantile over the summed bucket rates (tests compare with it). */
export function latencyQuantileQuery(scope: QueryScope, quantile: number): string {
  return `histogram_quantile(${quantile}, ${latencyBucketRateQuery(scope)})`;
}

/** The services that reported any request in a window ending at the evaluation time, with the labels that name them. */
export function servicesQuery(scope: SelectorScope, windowMs: number): string {
  const { dialect } = scope;
  return `group ${by(serverGrouping(dialect))} (last_over_time(${serverSelector(scope, dialect.metrics.requests)}[${promDuration(windowMs)}]))`;
}

/** Connections opened per second per service, for services no proxy reads at L7 (ambient without a waypoint). */
export function l4ConnectionRateQuery(scope: QueryScope): string {
  const l4 = scope.dialect.l4;
  if (!l4) throw new Error(`${scope.dialect.name} has no L4 view`);
  const selector = `${l4.connections}{${[viewMatcher(l4), ...namespaceMatcher(l4.service.namespace, scope.namespaces)].join(', ')}}`;
  return `sum ${by(namingLabels(l4.service))} (${rate(selector, scope)})`;
}

/** The services seen at L4 in a window ending at the evaluation time, with the labels that name them. */
export function l4ServicesQuery(scope: SelectorScope, windowMs: number): string {
  const l4 = scope.dialect.l4;
  if (!l4) throw new Error(`${scope.dialect.name} has no L4 view`);
  const selector = `${l4.connections}{${[viewMatcher(l4), ...namespaceMatcher(l4.service.namespace, scope.namespaces)].join(', ')}}`;
  return `group ${by(namingLabels(l4.service))} (last_over_time(${selector}[${promDuration(windowMs)}]))`;
}

/**
 * Events per second per service from one upstream-cluster counter: a service with the stat is present (0 when
 * nothing happened), a service without it is absent. The cluster name is rewritten into the server view's naming
 * labels; its namespaces are filtered by the caller (the counter carries no namespace label to select on).
 */
export function clusterStatRateQuery(name: SignalName, scope: QueryScope): string {
  const { dialect } = scope;
  const stat = dialect.signals[name].clusterStat;
  const clusters = dialect.clusterStats;
  if (!stat || !clusters) throw new Error(`${name} has no cluster counter in ${dialect.name}`);
  const pattern = quoted(clusters.servicePattern);
  const service = dialect.server.service;
  const rated = rate(`${stat}{${clusters.label}=~${pattern}}`, scope);
  const withName = `label_replace(${rated}, ${quoted(service.name[0].label)}, "$1", ${quoted(clusters.label)}, ${pattern})`;
  const withNamespace = `label_replace(${withName}, ${quoted(service.namespace)}, "$2", ${quoted(clusters.label)}, ${pattern})`;
  return `sum ${by(namingLabels(service))} (${withNamespace})`;
}

/** The key under which a source keeps one reading of one signal. */
export function signalQueryKey(name: SignalName, reading: 'labels' | 'clusterStat'): string {
  return `${name}:${reading}`;
}

/** The signals a per-service query reads from request labels: those some server view can see. */
export function serverLabelSignals(dialect: MeshDialect): SignalName[] {
  return SIGNAL_NAMES.filter((name) =>
    dialect.signals[name].requests?.seenBy.some((view) => dialect.server.values.includes(view)),
  );
}

/**
 * How many series the window's queries will read, tagged by `size`: per namespace the request counters
 * (`requests`), the bucket series (`buckets`), the services (`services`), the per-service buckets
 * (`bucketOutputs`), the L4 counters (`l4`), and each cluster counter's series (`<counter name>`). Cheap: instant
 * selectors only, asked at a few points of the window, so the queries that follow can be cut to fit the server.
 */
export function seriesCountQuery(scope: SelectorScope): string {
  const { dialect } = scope;
  const ns = dialect.server.service.namespace;
  const requests = serverSelector(scope, dialect.metrics.requests);
  const buckets = serverSelector(scope, dialect.metrics.latencyBuckets);
  const grouping = serverGrouping(dialect);
  const tagged = (expression: string, tag: string) =>
    `label_replace(${expression}, "size", "${tag}", "", "")`;
  const clusterStats = dialect.clusterStats
    ? SIGNAL_NAMES.flatMap((name) => {
        const stat = dialect.signals[name].clusterStat;
        const pattern = quoted(dialect.clusterStats!.servicePattern);
        return stat ? [tagged(`count(${stat}{${dialect.clusterStats!.label}=~${pattern}})`, stat)] : [];
      })
    : [];
  const l4 = dialect.l4
    ? [
        tagged(
          `count by (${dialect.l4.service.namespace}) (${dialect.l4.connections}{${[viewMatcher(dialect.l4), ...namespaceMatcher(dialect.l4.service.namespace, scope.namespaces)].join(', ')}})`,
          'l4',
        ),
      ]
    : [];
  // The caller's view, counted by the callee's namespace under the server view's namespace label.
  const edge = clientEdgeView(dialect);
  const clientNs = edge.callee.namespace;
  const asServerNs = (expression: string) =>
    clientNs === ns
      ? expression
      : `label_replace(${expression}, ${quoted(ns)}, "$1", ${quoted(clientNs)}, "(.*)")`;
  const clientRequests = edgeSelector(edge, scope, dialect.metrics.requests);
  const clientBuckets = edgeSelector(edge, scope, dialect.metrics.latencyBuckets);
  const grouped = edgeGrouping(edge);
  return [
    tagged(`count by (${ns}) (${requests})`, 'requests'),
    tagged(`count by (${ns}) (${buckets})`, 'buckets'),
    tagged(`count by (${ns}) (count ${by(grouping)} (${requests}))`, 'services'),
    tagged(`count by (${ns}) (count ${by([...grouping, 'le'])} (${buckets}))`, 'bucketOutputs'),
    tagged(asServerNs(`count by (${clientNs}) (${clientRequests})`), 'clientRequests'),
    tagged(asServerNs(`count by (${clientNs}) (${clientBuckets})`), 'clientBuckets'),
    tagged(asServerNs(`count by (${clientNs}) (count ${by(grouped)} (${clientRequests}))`), 'edges'),
    tagged(
      asServerNs(`count by (${clientNs}) (count ${by([...grouped, 'le'])} (${clientBuckets}))`),
      'edgeBucketOutputs',
    ),
    ...l4,
    ...clusterStats,
  ].join(' or ');
}

/** The median number of samples per request counter in a window before the evaluation time: the scrape interval. */
export function scrapeIntervalQuery(scope: SelectorScope, windowMs: number): string {
  return `quantile(0.5, count_over_time(${serverSelector(scope, scope.dialect.metrics.requests)}[${promDuration(windowMs)}]))`;
}

/** The scrape intervals people set (seconds): what a measured interval is rounded to. */
const COMMON_INTERVALS_S = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300];

/**
 * The scrape interval from scrapeIntervalQuery's answer (samples per series in `windowMs`), in whole seconds:
 * rounded down to a common interval (never finer than the data; a range that holds both ends counts one sample
 * more than the intervals it spans, hence the 10% slack) and up (never fewer than two samples per rate window).
 * Null when fewer than two samples were counted.
 */
export function scrapeIntervalSeconds(
  samplesInWindow: number,
  windowMs: number,
): { roundedDown: number; roundedUp: number } | null {
  if (!(samplesInWindow >= 2)) return null;
  const seconds = windowMs / 1000 / samplesInWindow;
  return {
    roundedDown: COMMON_INTERVALS_S.findLast((interval) => interval <= seconds * 1.1) ?? 0,
    roundedUp: COMMON_INTERVALS_S.find((interval) => interval >= seconds / 1.1) ?? Math.ceil(seconds),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Edges: each caller → callee pair, from a view whose series name both ends.

/** A view whose series name the caller and the callee. */
export interface EdgeView {
  view: ProxyView;
  callee: ServiceNaming;
  caller: CallerNaming;
}

/** The caller's view of every edge: the view the caller's proxy reports in. */
export function clientEdgeView(dialect: MeshDialect): EdgeView {
  return { view: dialect.client, callee: dialect.client.callee, caller: dialect.client.caller };
}

/** The signals the caller's view of an edge reads from request labels: those a client view value can see. */
export function clientLabelSignals(dialect: MeshDialect): SignalName[] {
  return SIGNAL_NAMES.filter((name) =>
    dialect.signals[name].requests?.seenBy.some((view) => dialect.client.values.includes(view)),
  );
}

/** The labels an edge answer keeps: the caller's, the callee's naming, the view label. */
export function edgeGrouping(edge: EdgeView): string[] {
  const { caller } = edge;
  return [
    ...new Set([
      caller.namespace,
      ...caller.workload,
      ...(caller.canonical ? [caller.canonical] : []),
      ...namingLabels(edge.callee),
      edge.view.label,
    ]),
  ];
}

/** The selector of an edge view's series of one metric whose callee is in the scope's namespaces. */
export function edgeSelector(
  edge: EdgeView,
  scope: SelectorScope,
  metric: string,
  extra: string[] = [],
): string {
  return `${metric}{${[viewMatcher(edge.view), ...namespaceMatcher(edge.callee.namespace, scope.namespaces), ...extra].join(', ')}}`;
}

/** Requests per second per edge. */
export function edgeRequestRateQuery(edge: EdgeView, scope: QueryScope): string {
  return `sum ${by(edgeGrouping(edge))} (${rate(edgeSelector(edge, scope, scope.dialect.metrics.requests), scope)})`;
}

/** Requests per second per edge whose labels carry a signal, as the edge's own view can see it. */
export function edgeSignalRateQuery(name: SignalName, edge: EdgeView, scope: QueryScope): string {
  const match = scope.dialect.signals[name].requests;
  if (!match) throw new Error(`${name} is not read from request labels in ${scope.dialect.name}`);
  const selections = disjointSelections(match.anyOf, (extra) =>
    rate(edgeSelector(edge, scope, scope.dialect.metrics.requests, extra), scope),
  );
  return `sum ${by(edgeGrouping(edge))} (${selections.join(' or ')})`;
}

/** The latency histogram per edge: summed bucket rates by `le`. */
export function edgeLatencyBucketQuery(edge: EdgeView, scope: QueryScope): string {
  const buckets = rate(edgeSelector(edge, scope, scope.dialect.metrics.latencyBuckets), scope);
  return `sum ${by([...edgeGrouping(edge), 'le'])} (${buckets})`;
}

// ---------------------------------------------------------------------------------------------------------
// Which mesh a Prometheus holds (no cluster to ask)

/**
 * One instant query telling which dialects' series a Prometheus holds in a window ending at the evaluation time:
 * per dialect and view value, whether its request counter exists (tagged `mesh` and `view`).
 */
export function meshProbeQuery(dialects: readonly MeshDialect[], windowMs: number): string {
  const window = promDuration(windowMs);
  const probes = new Map<string, string>();
  for (const dialect of dialects) {
    const views: Array<[string, ProxyView]> = [
      [dialect.metrics.requests, dialect.server],
      ...(dialect.l4 ? [[dialect.l4.connections, dialect.l4] as [string, ProxyView]] : []),
    ];
    for (const [metric, view] of views)
      for (const value of view.values) {
        const id = `${metric}|${view.label}|${value}`;
        probes.set(
          id,
          `label_replace(label_replace(count(last_over_time(${metric}{${view.label}=${quoted(value)}}[${window}])), "metric", ${quoted(metric)}, "", ""), "view", ${quoted(`${view.label}=${value}`)}, "", "")`,
        );
      }
  }
  return [...probes.values()].join(' or ');
}

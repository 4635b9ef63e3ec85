/**
 * Every Istio PromQL query SMAnalyzer asks, in one place: what to ask a Prometheus-compatible backend
 * about an Istio mesh, generated from the signal table in istio.ts. Pure string building; the Prometheus
 * source runs them.
 *
 * All per-service queries aggregate `by (destination_service_namespace, destination_service_name)` over ONE
 * reporter: a retried request is one sample at the source and several at the destination, so mixing them
 * would double count.
 */

import {
  ISTIO_DURATION_BUCKET,
  ISTIO_REQUESTS_TOTAL,
  ISTIO_SIGNAL_NAMES,
  ISTIO_SIGNALS,
  type IstioSignal,
  type IstioSignalName,
  type RequestLabelsMatch,
  type Reporter,
  type SignalReading,
} from './istio.js';

export type { Reporter };

/** The labels every per-service result carries. */
export const SERVICE_LABELS = ['destination_service_namespace', 'destination_service_name'] as const;
const BY_SERVICE = `by (${SERVICE_LABELS.join(', ')})`;

/**
 * The rate window for a step: at least the step (so consecutive steps together cover every sample), at least
 * 2 minutes, which holds 4 scrapes at a 30 s interval and 8 at 15 s — Prometheus's rule of thumb for rate() is a
 * window of 4 or more scrape intervals — and at least two scrape intervals of the data itself (`scrapeIntervalMs`,
 * measured; 0 when unknown): fewer than 2 samples in a window yield nothing, and metrics scraped every 1 to 5
 * minutes exist.
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
function regexLiteral(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function quoted(value: string): string {
  return JSON.stringify(value);
}

export interface QueryScope {
  reporter: Reporter;
  /** Empty: every namespace. */
  namespaces: string[];
  rateWindowMs: number;
}

/** The label matchers shared by every istio_* query in a scope. */
export function istioMatchers(scope: Pick<QueryScope, 'reporter' | 'namespaces'>): string {
  const matchers = [`reporter="${scope.reporter}"`];
  if (scope.namespaces.length > 0) {
    const alternatives = scope.namespaces.map(regexLiteral).join('|');
    matchers.push(`destination_service_namespace=~${quoted(alternatives)}`);
  }
  return matchers.join(', ');
}

function requestRate(scope: QueryScope, extraMatchers: string[] = []): string {
  const matchers = [istioMatchers(scope), ...extraMatchers].join(', ');
  return `rate(${ISTIO_REQUESTS_TOTAL}{${matchers}}[${promDuration(scope.rateWindowMs)}])`;
}

/** Requests per second per service. */
export function totalRequestRateQuery(scope: QueryScope): string {
  return `sum ${BY_SERVICE} (${requestRate(scope)})`;
}

/** A signal's request conditions as [matcher, its negation] pairs, in istio.ts's order. */
function conditionMatchers(match: RequestLabelsMatch): Array<[string, string]> {
  const conditions: Array<[string, string]> = [];
  if (match.responseCodes !== undefined) {
    const codes = quoted(match.responseCodes);
    conditions.push([`response_code=~${codes}`, `response_code!~${codes}`]);
  }
  if (match.responseFlags) {
    // A flag alone or in a comma-separated list ("UT,URX").
    const flags =
      match.responseFlags.length === 1 ? match.responseFlags[0] : `(${match.responseFlags.join('|')})`;
    const pattern = quoted(`(.*,)?${flags}(,.*)?`);
    conditions.push([`response_flags=~${pattern}`, `response_flags!~${pattern}`]);
  }
  if (match.grpcStatusOk !== undefined) {
    const ok = quoted(match.grpcStatusOk);
    conditions.push([`grpc_response_status!~${ok}`, `grpc_response_status=~${ok}`]);
  }
  return conditions;
}

/**
 * Requests per second per service whose labels carry a signal (istio.ts): one selection per condition, each
 * excluding the earlier ones, so `or` never counts a series twice.
 */
export function signalRequestRateQuery(name: IstioSignalName, scope: QueryScope): string {
  const match = (ISTIO_SIGNALS[name] as IstioSignal).requestLabels;
  if (!match) throw new Error(`${name} is not read from request labels`);
  const conditions = conditionMatchers(match);
  const selections = conditions.map(([matcher], i) =>
    requestRate(scope, [...conditions.slice(0, i).map(([, negation]) => negation), matcher]),
  );
  return `sum ${BY_SERVICE} (${selections.join(' or ')})`;
}

/** The latency quantile (ms) per service: histogram_quantile over the summed bucket rates. */
export function latencyQuantileQuery(scope: QueryScope, quantile: number): string {
  const buckets = `rate(${ISTIO_DURATION_BUCKET}{${istioMatchers(scope)}}[${promDuration(
    scope.rateWindowMs,
  )}])`;
  return `histogram_quantile(${quantile}, sum by (${SERVICE_LABELS.join(', ')}, le) (${buckets}))`;
}

/** The selector whose `le` label values are the histogram's bucket bounds. */
export function latencyBucketSelector(scope: Pick<QueryScope, 'reporter' | 'namespaces'>): string {
  return `${ISTIO_DURATION_BUCKET}{${istioMatchers(scope)}}`;
}

/** The services that reported any request in a window ending at the evaluation time. */
export function servicesQuery(scope: Pick<QueryScope, 'reporter' | 'namespaces'>, windowMs: number): string {
  return `group ${BY_SERVICE} (last_over_time(${ISTIO_REQUESTS_TOTAL}{${istioMatchers(scope)}}[${promDuration(
    windowMs,
  )}]))`;
}

/**
 * Events per second per destination service from one Envoy cluster counter: a service with the stat is present
 * (0 when nothing happened), a service without it is absent. Namespaces are filtered by the caller.
 */
export function clusterStatRateQuery(name: IstioSignalName, scope: QueryScope): string {
  const stat = (ISTIO_SIGNALS[name] as IstioSignal).clusterStat;
  if (!stat) throw new Error(`${name} has no Envoy cluster counter`);
  const clusterPattern = String.raw`outbound\\|[0-9]*\\|[^|]*\\|([^.]+)\\.([^.]+)\\..*`;
  const rate = `rate(${stat}{cluster_name=~"outbound\\\\|.*"}[${promDuration(scope.rateWindowMs)}])`;
  const withName = `label_replace(${rate}, "destination_service_name", "$1", "cluster_name", "${clusterPattern}")`;
  const withNamespace = `label_replace(${withName}, "destination_service_namespace", "$2", "cluster_name", "${clusterPattern}")`;
  return `sum ${BY_SERVICE} (${withNamespace})`;
}

/** The key under which a source keeps one view of one signal. */
export function signalQueryKey(name: IstioSignalName, reading: SignalReading): string {
  return `${name}:${reading}`;
}

/** Every query of the signal table, each under its signalQueryKey: request labels and Envoy cluster counters. */
export function signalQueries(scope: QueryScope): Array<[string, string]> {
  return ISTIO_SIGNAL_NAMES.flatMap((name): Array<[string, string]> => {
    const signal: IstioSignal = ISTIO_SIGNALS[name];
    return [
      ...(signal.requestLabels
        ? [[signalQueryKey(name, 'labels'), signalRequestRateQuery(name, scope)] as [string, string]]
        : []),
      ...(signal.clusterStat
        ? [[signalQueryKey(name, 'clusterStat'), clusterStatRateQuery(name, scope)] as [string, string]]
        : []),
    ];
  });
}

/**
 * The latency histogram per service: summed bucket rates by `le` (requests per second with latency <= le).
 * One query instead of a histogram_quantile per quantile: the tool interpolates every quantile from it
 * (core/histogram.ts) and keeps the buckets for window quantiles.
 */
export function latencyBucketRateQuery(scope: QueryScope): string {
  const buckets = `rate(${ISTIO_DURATION_BUCKET}{${istioMatchers(scope)}}[${promDuration(scope.rateWindowMs)}])`;
  return `sum by (${SERVICE_LABELS.join(', ')}, le) (${buckets})`;
}

/**
 * How many series the window's queries will read, tagged by `size`: per namespace the request counters
 * (`requests`), the bucket series (`buckets`), the services (`services`) and the per-service buckets
 * (`bucketOutputs`), and each Envoy cluster counter's series (`<counter name>`). Cheap: instant selectors only,
 * asked at a few points of the window, so the queries that follow can be cut to fit the server.
 */
export function seriesCountQuery(scope: Pick<QueryScope, 'reporter' | 'namespaces'>): string {
  const ns = SERVICE_LABELS[0];
  const requests = `${ISTIO_REQUESTS_TOTAL}{${istioMatchers(scope)}}`;
  const buckets = latencyBucketSelector(scope);
  const tagged = (expression: string, tag: string) =>
    `label_replace(${expression}, "size", "${tag}", "", "")`;
  const clusterStats = ISTIO_SIGNAL_NAMES.flatMap((name) => {
    const stat = (ISTIO_SIGNALS[name] as IstioSignal).clusterStat;
    return stat ? [tagged(`count(${stat}{cluster_name=~"outbound\\\\|.*"})`, stat)] : [];
  });
  return [
    tagged(`count by (${ns}) (${requests})`, 'requests'),
    tagged(`count by (${ns}) (${buckets})`, 'buckets'),
    tagged(`count by (${ns}) (count ${BY_SERVICE} (${requests}))`, 'services'),
    tagged(`count by (${ns}) (count by (${SERVICE_LABELS.join(', ')}, le) (${buckets}))`, 'bucketOutputs'),
    ...clusterStats,
  ].join(' or ');
}

/** The median number of samples per request counter in a window before the evaluation time: the scrape interval. */
export function scrapeIntervalQuery(
  scope: Pick<QueryScope, 'reporter' | 'namespaces'>,
  windowMs: number,
): string {
  return `quantile(0.5, count_over_time(${ISTIO_REQUESTS_TOTAL}{${istioMatchers(scope)}}[${promDuration(windowMs)}]))`;
}

/**
 * The call graph from Prometheus (issue 13): istio_requests_total and istio_request_duration_milliseconds_bucket
 * by caller (source_workload, source_canonical_service) and callee (destination service), from both reporters —
 * the source reporter is what the caller saw, the destination reporter what the callee served; their difference
 * is the network and the callee's proxy. Callers are named by their labels here (canonical service, else the
 * workload less a version suffix); mesh/call-graph.ts does both, and renames them through discovery when a cluster is connected.
 */
import { ISTIO_DURATION_BUCKET, ISTIO_REQUESTS_TOTAL, ISTIO_SIGNALS } from '../../mesh/istio.js';
import { istioMatchers, promDuration, type QueryScope } from '../../mesh/istio-queries.js';
import { callerFromLabels } from '../../mesh/call-graph.js';
import type { EdgeSeries } from '../../core/types.js';
import type { CallContext, PromSeries } from './client.js';

/** The part of the Prometheus client the edge queries need. */
export interface RangeQuerier {
  queryRange(
    query: string,
    startMs: number,
    endMs: number,
    stepMs: number,
    context: CallContext,
  ): Promise<PromSeries[]>;
}

const CALLER_LABELS = ['source_workload_namespace', 'source_workload', 'source_canonical_service'] as const;
const CALLEE_LABELS = ['destination_service_namespace', 'destination_service_name'] as const;
const EDGE_LABELS = [...CALLER_LABELS, ...CALLEE_LABELS].join(', ');
/** Range queries return at most 11,000 points per series: longer windows are read in pieces. */
const MAX_STEPS_PER_QUERY = 10_000;
const REPORTERS = ['source', 'destination'] as const;

function rate(scope: QueryScope, extra: string[] = []): string {
  return `rate(${ISTIO_REQUESTS_TOTAL}{${[istioMatchers(scope), ...extra].join(', ')}}[${promDuration(scope.rateWindowMs)}])`;
}

/** Requests per second per edge. */
export function edgeRequestRateQuery(scope: QueryScope): string {
  return `sum by (${EDGE_LABELS}) (${rate(scope)})`;
}

/** Failed requests per second per edge, by Istio's one definition of an error (mesh/istio.ts). */
export function edgeErrorRateQuery(scope: QueryScope): string {
  const match = ISTIO_SIGNALS.errors.requestLabels;
  const codes = JSON.stringify(match.responseCodes);
  const grpcOk = JSON.stringify(match.grpcStatusOk);
  // Two disjoint selections, so `or` never counts a series twice.
  const http = rate(scope, [`response_code=~${codes}`]);
  const grpc = rate(scope, [`response_code!~${codes}`, `grpc_response_status!~${grpcOk}`]);
  return `sum by (${EDGE_LABELS}) (${http} or ${grpc})`;
}

/** The p99 (ms) per edge from the merged bucket rates. */
export function edgeLatencyP99Query(scope: QueryScope): string {
  const buckets = `rate(${ISTIO_DURATION_BUCKET}{${istioMatchers(scope)}}[${promDuration(scope.rateWindowMs)}])`;
  return `histogram_quantile(0.99, sum by (${EDGE_LABELS}, le) (${buckets}))`;
}

interface EdgeAccumulator {
  edge: EdgeSeries;
  labels: Record<string, string>;
  rates: Array<number | null>;
  errors: Array<number | null>;
}

/**
 * Reads every edge into the scanned namespaces over [from, from + steps·step), both reporters. Values at step i
 * are evaluated at the step's end, as the per-service series are.
 */
export async function collectEdges(
  client: RangeQuerier,
  request: {
    from: number;
    steps: number;
    stepMs: number;
    scope: Omit<QueryScope, 'reporter'>;
    context: CallContext;
  },
): Promise<EdgeSeries[]> {
  const { from, steps, stepMs, context } = request;
  const edges = new Map<string, EdgeAccumulator>();
  const read = async (
    query: string,
    use: (acc: EdgeAccumulator, step: number, value: number | null) => void,
    reporter: (typeof REPORTERS)[number],
  ) => {
    for (let first = 0; first < steps; first += MAX_STEPS_PER_QUERY) {
      const last = Math.min(steps, first + MAX_STEPS_PER_QUERY) - 1;
      const series = await client.queryRange(
        query,
        from + (first + 1) * stepMs,
        from + (last + 1) * stepMs,
        stepMs,
        context,
      );
      for (const one of series) {
        const acc = accumulator(edges, one.metric, reporter, steps);
        if (!acc) continue;
        for (const [seconds, text] of one.values) {
          const index = Math.round((seconds * 1000 - from) / stepMs) - 1;
          const value = Number(text);
          if (index >= 0 && index < steps) use(acc, index, Number.isFinite(value) ? value : null);
        }
      }
    }
  };
  await Promise.all(
    REPORTERS.flatMap((reporter) => {
      const scope = { ...request.scope, reporter };
      return [
        read(edgeRequestRateQuery(scope), (acc, i, v) => (acc.rates[i] = v), reporter),
        read(edgeErrorRateQuery(scope), (acc, i, v) => (acc.errors[i] = v), reporter),
        read(edgeLatencyP99Query(scope), (acc, i, v) => (acc.edge.latencyP99[i] = v), reporter),
      ];
    }),
  );
  const known = new Set(
    [...edges.values()].map((acc) => `${acc.edge.callee.namespace}/${acc.edge.callee.name}`),
  );
  return [...edges.values()].map((acc) => {
    const { edge, labels } = acc;
    edge.caller = callerFromLabels(labels, known);
    if (edge.caller)
      edge.callerWorkload = { namespace: labels.source_workload_namespace, name: labels.source_workload };
    for (let i = 0; i < steps; i++) {
      const r = acc.rates[i];
      const served = r !== null && r > 0;
      edge.requests[i] = served ? Math.round(r * (stepMs / 1000) * 1e6) / 1e6 : 0;
      edge.errorRatio[i] = served ? Math.min(1, (acc.errors[i] ?? 0) / r) : null;
      if (!served) edge.latencyP99[i] = null;
    }
    return edge;
  });
}

function accumulator(
  edges: Map<string, EdgeAccumulator>,
  metric: Record<string, string>,
  reporter: EdgeSeries['reporter'],
  steps: number,
): EdgeAccumulator | undefined {
  const namespace = metric.destination_service_namespace;
  const name = metric.destination_service_name;
  if (!namespace || !name || namespace === 'unknown' || name === 'unknown') return undefined;
  const labels = Object.fromEntries(CALLER_LABELS.map((l) => [l, metric[l] ?? '']));
  const id = [reporter, ...CALLER_LABELS.map((l) => metric[l] ?? ''), namespace, name].join('|');
  let acc = edges.get(id);
  if (!acc) {
    acc = {
      edge: {
        caller: null,
        callee: { namespace, name },
        reporter,
        requests: new Array<number>(steps).fill(0),
        errorRatio: new Array<number | null>(steps).fill(null),
        latencyP99: new Array<number | null>(steps).fill(null),
      },
      labels,
      rates: new Array<number | null>(steps).fill(null),
      errors: new Array<number | null>(steps).fill(null),
    };
    edges.set(id, acc);
  }
  return acc;
}

/**
 * The call graph from Prometheus: requests, failures and latency buckets per caller → callee pair, from each view
 * of the mesh whose series name both ends (mesh/queries.ts edgeViews): the caller's proxy always — what the
 * caller saw — and the callee's where it names callers too (Istio) — what the callee served; their difference is
 * the network and the callee's proxy. Callers are named by their labels here (mesh/naming.ts); mesh/call-graph.ts
 * renames them through discovery when a cluster is connected.
 */
import { nameFromLabels } from '../../mesh/dialect.js';
import { callerFromLabels, callerWorkload, type ServiceNamer } from '../../mesh/naming.js';
import {
  edgeLatencyP99Query,
  edgeRequestRateQuery,
  edgeSignalRateQuery,
  edgeViews,
  type EdgeView,
  type QueryScope,
} from '../../mesh/queries.js';
import { isKubernetesName } from '../../core/names.js';
import type { EdgeSeries, ServiceKey } from '../../core/types.js';
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

/** Range queries return at most 11,000 points per series: longer windows are read in pieces. */
const MAX_STEPS_PER_QUERY = 10_000;

interface EdgeAccumulator {
  edge: EdgeSeries;
  labels: Record<string, string>;
  /** The rank of the view value it was read in (a caller's own view before a waypoint's). */
  rank: number;
  rates: Array<number | null>;
  errors: Array<number | null>;
}

/**
 * Reads every edge into the scanned namespaces over [from, from + steps·step), from every view that names both
 * ends. Values at step i are evaluated at the step's end, as the per-service series are.
 */
export async function collectEdges(
  client: RangeQuerier,
  request: {
    from: number;
    steps: number;
    stepMs: number;
    scope: QueryScope;
    context: CallContext;
    /** The server view's namer: which Service a workload named alone is (Linkerd's `dst_deployment`). */
    namer: ServiceNamer;
  },
): Promise<EdgeSeries[]> {
  const { from, steps, stepMs, context, scope, namer } = request;
  const edges = new Map<string, EdgeAccumulator>();
  const read = async (
    query: string,
    use: (acc: EdgeAccumulator, step: number, value: number | null) => void,
    side: EdgeSeries['side'],
    view: EdgeView,
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
        const acc = accumulator(edges, one.metric, side, view, namer, steps);
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
    edgeViews(scope.dialect).flatMap(({ side, edge: view }) => [
      read(edgeRequestRateQuery(view, scope), (acc, i, v) => (acc.rates[i] = v), side, view),
      read(edgeSignalRateQuery('errors', view, scope), (acc, i, v) => (acc.errors[i] = v), side, view),
      read(edgeLatencyP99Query(view, scope), (acc, i, v) => (acc.edge.latencyP99[i] = v), side, view),
    ]),
  );
  // One reading per pair and side: the most preferred view value that saw it.
  const best = new Map<string, EdgeAccumulator>();
  for (const acc of edges.values()) {
    const pair = `${acc.edge.side}|${pairId(acc)}`;
    const held = best.get(pair);
    if (!held || acc.rank < held.rank) best.set(pair, acc);
  }
  const known = new Set(
    [...best.values()].map((acc) => `${acc.edge.callee.namespace}/${acc.edge.callee.name}`),
  );
  const aliasOf = (namespace: string, workload: string) => namer.serviceOfWorkload(namespace, workload);
  return [...best.values()].map((acc) => {
    const { edge, labels } = acc;
    const naming = callerNaming(scope, edge.side);
    edge.caller = callerFromLabels(naming, labels, known, aliasOf);
    const workload = callerWorkload(naming, labels);
    if (edge.caller && workload) edge.callerWorkload = workload;
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

function callerNaming(scope: QueryScope, side: EdgeSeries['side']) {
  const { dialect } = scope;
  return side === 'client' ? dialect.client.caller : dialect.server.caller!;
}

function pairId(acc: EdgeAccumulator): string {
  return `${JSON.stringify(acc.labels)}|${acc.edge.callee.namespace}/${acc.edge.callee.name}`;
}

/** The callee a series names: by the view's naming, a workload named alone as the Service it serves. */
function calleeOf(
  view: EdgeView,
  metric: Record<string, string>,
  namer: ServiceNamer,
): ServiceKey | undefined {
  const named = nameFromLabels(view.callee, metric);
  if (!named) return undefined;
  const name = named.fallback
    ? (namer.serviceOfWorkload(named.namespace, named.name) ?? named.name)
    : named.name;
  // Labels are what the scraped workloads said: only Kubernetes names go on (core/names.ts).
  if (!isKubernetesName(named.namespace) || !isKubernetesName(name)) return undefined;
  return { namespace: named.namespace, name };
}

function accumulator(
  edges: Map<string, EdgeAccumulator>,
  metric: Record<string, string>,
  side: EdgeSeries['side'],
  view: EdgeView,
  namer: ServiceNamer,
  steps: number,
): EdgeAccumulator | undefined {
  const callee = calleeOf(view, metric, namer);
  if (!callee) return undefined;
  const callerLabels = [
    view.caller.namespace,
    ...view.caller.workload,
    ...(view.caller.canonical ? [view.caller.canonical] : []),
  ];
  const labels = Object.fromEntries(callerLabels.map((l) => [l, metric[l] ?? '']));
  const viewValue = metric[view.view.label] ?? '';
  const rank = Math.max(0, view.view.values.indexOf(viewValue));
  const id = [side, viewValue, JSON.stringify(labels), callee.namespace, callee.name].join('|');
  let acc = edges.get(id);
  if (!acc) {
    acc = {
      edge: {
        caller: null,
        callee,
        side,
        requests: new Array<number>(steps).fill(0),
        errorRatio: new Array<number | null>(steps).fill(null),
        latencyP99: new Array<number | null>(steps).fill(null),
      },
      labels,
      rank,
      rates: new Array<number | null>(steps).fill(null),
      errors: new Array<number | null>(steps).fill(null),
    };
    edges.set(id, acc);
  }
  return acc;
}

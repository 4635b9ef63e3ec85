/**
 * The plan of a window's reading: its range queries, each with the size the series count found (the server view's
 * requests and signals, the cluster counters, L4 connections, the caller's view of every edge, the latency
 * buckets), and the pieces each is asked in. Pure.
 */
import {
  clientEdgeView,
  clientLabelSignals,
  clusterStatRateQuery,
  edgeLatencyBucketQuery,
  edgeRequestRateQuery,
  edgeSignalRateQuery,
  l4ConnectionRateQuery,
  latencyBucketRateQuery,
  serverLabelSignals,
  signalQueryKey,
  signalRequestRateQuery,
  totalRequestRateQuery,
  type QueryScope,
} from '../../mesh/queries.js';
import { SIGNAL_NAMES, type MeshDialect } from '../../mesh/dialect.js';
import type { RefusedNames } from '../../core/names.js';
import type { CollectRequest } from '../../core/types.js';
import type { ServiceNamer } from '../../mesh/naming.js';
import type { CallContext } from './client.js';
import {
  namespaceGroups,
  planPieces,
  stepsPerPiece,
  type AdaptiveLimit,
  type Piece,
  type QuerySize,
  type SeriesCounts,
} from './pieces.js';
import { EDGE_PREFIX, isBucketQuery } from './readings.js';

const HOUR_MS = 3_600_000;
/** The scrape interval assumed when sizing pieces (a shorter one only makes the estimate safer). */
const ASSUMED_SCRAPE_MS = 15_000;
/** Groups of namespaces a learn reads the bucket query in (pieces.ts namespaceGroups). */
const PIPELINE_GROUPS = 4;

/** What the steps of one collect share: the request, the window on its step grid, the dialect, the calls. */
export interface WindowRead {
  request: CollectRequest;
  from: number;
  to: number;
  /** The first failure cancels the queries still queued or in flight: one error, not thirteen. */
  failed: AbortController;
  limit: AdaptiveLimit;
  context: CallContext;
  dialect: MeshDialect;
  stepMs: number;
  steps: number;
  scope: QueryScope;
  refused: RefusedNames;
  namer: ServiceNamer;
}

/** One of the window's range queries: how to ask it for some namespaces, and what it costs per step. */
export interface WindowQuery {
  key: string;
  build: (scope: QueryScope) => string;
  size: QuerySize;
  /** Envoy cluster stats carry no namespace label to filter on: their pieces cut by time only. */
  byNamespace: boolean;
}

/** The window's range queries, each with the size the count found. */
export function windowQueries(counts: SeriesCounts, dialect: MeshDialect): WindowQuery[] {
  const perService = (input: number, copies: number) => ({
    inputSeries: input,
    outputSeries: counts.get('services'),
    copies,
  });
  const requests = counts.get('requests');
  const server = (key: string, build: (scope: QueryScope) => string, copies: number): WindowQuery => ({
    key,
    build,
    size: perService(requests, copies),
    byNamespace: true,
  });
  // Each request-label signal is an `or` of disjoint selections; each cluster counter goes through two
  // label_replace. Labels no server view can carry (retry flags at a callee's sidecar) are not asked for at all:
  // serviceSeries would not read them (dialect.ts signalReadings).
  const labelled = serverLabelSignals(dialect).map((name) =>
    server(signalQueryKey(name, 'labels'), (scope) => signalRequestRateQuery(name, scope), 2),
  );
  const clusterStats = SIGNAL_NAMES.flatMap((name): WindowQuery[] => {
    const stat = dialect.signals[name].clusterStat;
    if (!stat || !dialect.clusterStats) return [];
    return [
      {
        key: signalQueryKey(name, 'clusterStat'),
        build: (scope) => clusterStatRateQuery(name, scope),
        size: perService(counts.get(stat), 3),
        byNamespace: false,
      },
    ];
  });
  const l4: WindowQuery[] = dialect.l4
    ? [
        {
          key: 'l4',
          build: l4ConnectionRateQuery,
          size: perService(counts.get('l4'), 1),
          byNamespace: true,
        },
      ]
    : [];
  const edges = edgeQueries(counts, dialect);
  return [
    server('total', totalRequestRateQuery, 1),
    ...labelled,
    ...clusterStats,
    ...l4,
    ...edges,
    {
      key: 'buckets',
      build: latencyBucketRateQuery,
      size: { inputSeries: counts.get('buckets'), outputSeries: counts.get('bucketOutputs'), copies: 1 },
      byNamespace: true,
    },
  ];
}

/** The caller's view of every edge into the services: the same questions, by caller and callee. */
function edgeQueries(counts: SeriesCounts, dialect: MeshDialect): WindowQuery[] {
  const view = clientEdgeView(dialect);
  const perEdge = (copies: number) => ({
    inputSeries: counts.get('clientRequests'),
    outputSeries: counts.get('edges'),
    copies,
  });
  return [
    {
      key: `${EDGE_PREFIX}total`,
      build: (scope) => edgeRequestRateQuery(view, scope),
      size: perEdge(1),
      byNamespace: true,
    },
    ...clientLabelSignals(dialect).map((name) => ({
      key: `${EDGE_PREFIX}${signalQueryKey(name, 'labels')}`,
      build: (scope: QueryScope) => edgeSignalRateQuery(name, view, scope),
      size: perEdge(2),
      byNamespace: true,
    })),
    {
      key: `${EDGE_PREFIX}buckets`,
      build: (scope) => edgeLatencyBucketQuery(view, scope),
      size: {
        inputSeries: counts.get('clientBuckets'),
        outputSeries: counts.get('edgeBucketOutputs'),
        copies: 1,
      },
      byNamespace: true,
    },
  ];
}

/**
 * The pieces each query is asked in, cut to the server's limits and an even share of the window; a learn's
 * bucket queries by groups of namespaces; and the work it is (samples the server reads, points it answers).
 */
export function planWindow(
  read: WindowRead,
  counts: SeriesCounts,
  queries: WindowQuery[],
  server: { maxSamples: number; maxResponseBytes: number; concurrency: number },
): {
  plan: Array<{ query: WindowQuery; pieces: Piece[] }>;
  groups: string[][];
  bucketPieces: (query: WindowQuery, namespaces: string[]) => Piece[];
  work: { samples: number; points: number };
} {
  const { request, from, stepMs, steps, scope } = read;
  const limits = {
    maxSamples: server.maxSamples,
    maxResponseBytes: server.maxResponseBytes,
    samplesPerWindow: Math.ceil(scope.rateWindowMs / ASSUMED_SCRAPE_MS) + 1,
  };
  // No piece longer than an even share of the window among the requests in flight (but an hour): every core of
  // the server works on a long window, and the answers that come first are read while the rest are computed.
  const share = Math.max(Math.ceil(steps / Math.max(1, server.concurrency)), Math.ceil(HOUR_MS / stepMs));
  const grid = { from, stepMs, rateWindowMs: scope.rateWindowMs };
  // A learn reduces each service as soon as its data is in: the bucket query (the long one) is asked by groups
  // of namespaces, so one group's services are learned while the server computes the next group's.
  const groups = request.onService ? namespaceGroups(counts.perNamespace('buckets'), PIPELINE_GROUPS) : [];
  const bucketPieces = (query: WindowQuery, namespaces: string[]): Piece[] => {
    const [input, output] =
      query.key === 'buckets' ? ['buckets', 'bucketOutputs'] : ['clientBuckets', 'edgeBucketOutputs'];
    return planPieces(
      steps,
      Math.min(
        share,
        stepsPerPiece(
          {
            inputSeries: counts.get(input, namespaces),
            outputSeries: counts.get(output, namespaces),
            copies: 1,
          },
          limits,
        ),
      ),
      grid,
    ).map((piece) => ({ ...piece, namespaces }));
  };
  const plan = queries.map((query) => ({
    query,
    pieces:
      isBucketQuery(query.key) && groups.length > 0
        ? groups.flatMap((group) => bucketPieces(query, group))
        : planPieces(steps, Math.min(share, stepsPerPiece(query.size, limits)), grid),
  }));
  const work = queries.reduce(
    (sum, query) => ({
      samples: sum.samples + query.size.inputSeries * query.size.copies * steps,
      points: sum.points + query.size.outputSeries * steps,
    }),
    { samples: 0, points: 0 },
  );
  return { plan, groups, bucketPieces, work };
}

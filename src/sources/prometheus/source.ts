/**
 * The Prometheus metrics source: reads a mesh's standard metrics from any Prometheus-compatible HTTP API over a
 * past or present window and turns them into series per service. It sizes the window's queries from a cheap
 * count first and cuts them (pieces.ts) so each fits the server's sample limit and the response cap; it asks
 * once for the latency histogram and interpolates the quantiles itself (core/histogram.ts), keeping the
 * buckets for window quantiles. HTTP lives in client.ts, what to ask in mesh/queries.ts (from the mesh's declaration).
 */
import { RefusedNames } from '../../core/names.js';
import {
  MetricsError,
  compareServiceKeys,
  serviceId,
  type EdgeSeries,
  type CollectedMetrics,
  type CollectRequest,
  type MetricsSource,
  type ServiceKey,
  type ServiceSeries,
} from '../../core/types.js';
import {
  clientEdgeView,
  clientLabelSignals,
  clusterStatRateQuery,
  edgeLatencyBucketQuery,
  edgeRequestRateQuery,
  edgeSignalRateQuery,
  l4ConnectionRateQuery,
  l4ServicesQuery,
  latencyBucketRateQuery,
  meshProbeQuery,
  rateWindowMs,
  scrapeIntervalQuery,
  scrapeIntervalSeconds,
  serverLabelSignals,
  seriesCountQuery,
  servicesQuery,
  signalQueryKey,
  signalRequestRateQuery,
  totalRequestRateQuery,
  type QueryScope,
} from '../../mesh/queries.js';
import { SIGNAL_NAMES, nameFromLabels, type MeshDialect, type MeshName } from '../../mesh/dialect.js';
import { isKubernetesName } from '../../core/names.js';
import { MESH_DIALECTS, dialectOf } from '../../mesh/dialects/index.js';
import { detectMesh, noMeshMetricsError } from '../../mesh/detect.js';
import { ServiceNamer } from '../../mesh/naming.js';
import {
  DEFAULT_MAX_RESPONSE_BYTES,
  PrometheusClient,
  type CallContext,
  type PrometheusDeps,
  type PrometheusOptions,
} from './client.js';
import { AnswerTooLarge, QueryTooLarge, RequestTimedOut, STREAMED_CAP_FACTOR } from './failures.js';
import {
  AdaptiveLimit,
  SeriesCounts,
  namespaceGroups,
  planPieces,
  splitPiece,
  stepsPerPiece,
  type Piece,
  type QuerySize,
} from './pieces.js';
import {
  EDGE_PREFIX,
  Readings,
  SINGLE_VIEW,
  edgeSeriesOf,
  edgeView,
  isBucketQuery,
  darkServicesNote,
  l4OnlyNote,
  missingStatsNote,
  seriesCeiling,
  serviceSeries,
  summarize,
  type SeriesSummary,
  type SeriesTarget,
} from './readings.js';
import { callerEdge } from './edges.js';
import { collectVersions } from './versions.js';
import { GroupedEmission } from './emission.js';

export { PrometheusClient, type PrometheusDeps, type PrometheusOptions } from './client.js';

const HOUR_MS = 3_600_000;

/** Prometheus's own default for --query.max-samples. */
export const DEFAULT_MAX_SAMPLES = 50_000_000;
/** The scrape interval assumed when sizing pieces (a shorter one only makes the estimate safer). */
const ASSUMED_SCRAPE_MS = 15_000;
/** How far back the scrape interval is measured, and the intervals it is rounded down to. */
const INTERVAL_PROBE_MS = 600_000;
/** Samples a stock server evaluates per second, for the default overall deadline (a low estimate). */
const SAMPLES_PER_SECOND = 2_000_000;
/** Answered points the server encodes and the tool reads per second, for the same deadline (a low estimate). */
const POINTS_PER_SECOND = 200_000;

/** One of the window's range queries: how to ask it for some namespaces, and what it costs per step. */
interface WindowQuery {
  key: string;
  build: (scope: QueryScope) => string;
  size: QuerySize;
  /** Envoy cluster stats carry no namespace label to filter on: their pieces cut by time only. */
  byNamespace: boolean;
}

/** Groups of namespaces a learn reads the bucket query in (pieces.ts namespaceGroups). */
const PIPELINE_GROUPS = 4;

/** How far back the mesh probe looks when a window is shorter (a live scan's first seconds). */
const MESH_PROBE_MIN_MS = HOUR_MS;

/** A mesh to read: one by name, or `auto` (from the series the server holds). */
export type MeshChoice = MeshName | 'auto';

/**
 * Reads a window of mesh metrics from Prometheus, in the dialect of the mesh (mesh/dialects/). Every value at
 * step i is evaluated at the step's end, from + (i+1)·step, over the rate window of mesh/queries.ts: so step i
 * describes the requests that completed in [from + i·step, from + (i+1)·step) (smoothed over the window when the
 * step is shorter than 2 minutes).
 */
export class PrometheusSource implements MetricsSource {
  readonly name = 'prometheus' as const;
  readonly hasHistory = true;
  readonly client: PrometheusClient;
  /** The dialect read, once known (given, or found by the first call). */
  private resolved: MeshDialect | undefined;

  constructor(
    private readonly options: PrometheusOptions & { mesh?: MeshChoice },
    private readonly deps: PrometheusDeps = {},
  ) {
    this.client = new PrometheusClient(options, deps);
    if (options.mesh && options.mesh !== 'auto') this.resolved = dialectOf(options.mesh);
  }

  /** The mesh dialect this source reads: as given, else found from the series the server holds around a window. */
  async dialect(window: { from: number; to: number; signal?: AbortSignal }): Promise<MeshDialect> {
    if (this.resolved) return this.resolved;
    const context = this.callContext(this.deadlineMs({ samples: 0, points: 0 }), window.signal);
    const from = Math.min(window.from, window.to - MESH_PROBE_MIN_MS);
    // Instant selectors at nine points of the window: cheap however long the window is.
    const span = Math.max(1000, Math.ceil((window.to - from) / 8 / 1000) * 1000);
    const probe = meshProbeQuery(Object.values(MESH_DIALECTS), span);
    // A server too small even for nine points is asked at the window's end alone.
    const answer = await this.client
      .queryRange(probe, from, window.to, span, context)
      .catch(async (error) => {
        if (!(error instanceof QueryTooLarge)) throw error;
        const vector = await this.client.query(probe, window.to, context);
        return vector.map((sample) => ({ metric: sample.metric, values: [sample.value] }));
      });
    const present = new Set(
      answer
        .filter((series) => series.values.some(([, value]) => Number(value) > 0))
        .map((series) => `${series.metric['metric']}|${series.metric['view']}`),
    );
    const found = detectMesh((metric, label, value) => present.has(`${metric}|${label}=${value}`));
    if (!found) throw noMeshMetricsError(this.client.displayUrl, window);
    this.resolved = dialectOf(found);
    return this.resolved;
  }

  /** Which dialect was read, once known. */
  get mesh(): MeshDialect | undefined {
    return this.resolved;
  }

  /** Reads a series to the service it is part of and the view it was read in. */
  private targets(
    dialect: MeshDialect,
    namer: ServiceNamer,
  ): (metric: Record<string, string>) => SeriesTarget | undefined {
    const multiView = dialect.server.values.length > 1;
    return (metric) => {
      const service = namer.key(metric);
      if (!service) return undefined;
      return { service, view: multiView ? (metric[dialect.server.label] ?? SINGLE_VIEW) : SINGLE_VIEW };
    };
  }

  /**
   * The namer of the server view's series: where a dialect names some services by their workload only (Linkerd,
   * a request to an address), it learns first which Service each workload's other requests named.
   */
  private async serverNamer(
    dialect: MeshDialect,
    window: { from: number; to: number; namespaces: string[] },
    context: CallContext,
    refused: RefusedNames,
  ): Promise<ServiceNamer> {
    const namer = new ServiceNamer(dialect.server.service, dialect.server.workload, refused);
    if (!namer.usesAliases) return namer;
    const rows = await this.client.query(
      servicesQuery({ dialect, namespaces: window.namespaces }, Math.max(60_000, window.to - window.from)),
      window.to,
      context,
    );
    return namer.learn(rows.map((row) => row.metric));
  }

  /** Releases connection pools (only a custom-TLS source holds one). */
  close(): Promise<void> {
    return this.client.close();
  }

  /** The services that reported requests in [from, to), from the metrics' own labels (no cluster needed). */
  async listServices(window: { from: number; to: number; namespaces: string[]; signal?: AbortSignal }) {
    const context = this.callContext(this.deadlineMs({ samples: 0, points: 0 }), window.signal);
    const dialect = await this.dialect(window);
    const scope = { dialect, namespaces: window.namespaces };
    const samples = await this.client.query(
      servicesQuery(scope, window.to - window.from),
      window.to,
      context,
    );
    const namer = new ServiceNamer(dialect.server.service, dialect.server.workload).learn(
      samples.map((sample) => sample.metric),
    );
    const keys = new Map<string, ServiceKey>();
    for (const sample of samples) {
      const key = namer.key(sample.metric);
      if (key) keys.set(`${key.namespace}/${key.name}`, key);
    }
    if (dialect.l4) {
      const l4 = await this.client.query(l4ServicesQuery(scope, window.to - window.from), window.to, context);
      const l4Namer = new ServiceNamer(dialect.l4.service, []);
      for (const sample of l4) {
        const key = l4Namer.key(sample.metric);
        if (key) keys.set(`${key.namespace}/${key.name}`, key);
      }
    }
    return [...keys.values()].sort(compareServiceKeys);
  }

  async collect(request: CollectRequest): Promise<CollectedMetrics> {
    const { from, to } = request;
    if (!(request.stepMs > 0) || Math.floor((to - from) / request.stepMs) < 1) {
      throw new MetricsError(
        `the window ${new Date(from).toISOString()} to ${new Date(to).toISOString()} is shorter than one step (${request.stepMs} ms)`,
        'widen --from/--to or lower --step',
        { environmental: false },
      );
    }
    // The first failure cancels the queries still queued or in flight: one error, not thirteen.
    const failed = new AbortController();
    const limit = new AdaptiveLimit(Math.max(1, this.options.concurrency));
    const context = this.callContext(
      this.deadlineMs({ samples: 0, points: 0 }),
      request.signal ? AbortSignal.any([request.signal, failed.signal]) : failed.signal,
      () => limit.overloaded(),
    );
    const dialect = await this.dialect({ from, to, signal: context.signal });
    // A step finer than the scrape interval doubles the work for no information: never finer than the data.
    const interval = await this.scrapeIntervalMs(dialect, request, context);
    const intervalMs = interval.roundedDown;
    const stepMs = intervalMs > request.stepMs && to - from >= intervalMs ? intervalMs : request.stepMs;
    const steps = Math.floor((to - from) / stepMs);
    const scope: QueryScope = {
      dialect,
      namespaces: request.namespaces,
      // Two samples of the data's own resolution in every window, however its interval was rounded for the step.
      rateWindowMs: rateWindowMs(stepMs, interval.roundedUp),
    };
    const refused = new RefusedNames();
    const namer = await this.serverNamer(
      dialect,
      { from, to, namespaces: request.namespaces },
      context,
      refused,
    );
    const targetOf = this.targets(dialect, namer);
    const l4Namer = dialect.l4 ? new ServiceNamer(dialect.l4.service, [], refused) : undefined;
    const edgeTarget = this.edgeTargets(dialect, namer);
    const targetOfQuery = (key: string) =>
      key.startsWith(EDGE_PREFIX)
        ? edgeTarget
        : key === 'l4'
          ? (metric: Record<string, string>) => {
              const service = l4Namer?.key(metric);
              return service ? { service, view: SINGLE_VIEW } : undefined;
            }
          : key.endsWith(':clusterStat')
            ? (metric: Record<string, string>) => {
                const service = namer.key(metric);
                return service ? { service, view: SINGLE_VIEW } : undefined;
              }
            : targetOf;

    const counts = await this.countSeries(scope, from, from + steps * stepMs, context);
    const queries = this.windowQueries(counts, dialect);
    const limits = {
      maxSamples: this.deps.maxSamples ?? DEFAULT_MAX_SAMPLES,
      maxResponseBytes:
        STREAMED_CAP_FACTOR *
        (this.deps.maxResponseBytes ?? this.options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES),
      samplesPerWindow: Math.ceil(scope.rateWindowMs / ASSUMED_SCRAPE_MS) + 1,
    };
    // No piece longer than an even share of the window among the requests in flight (but an hour): every core of
    // the server works on a long window, and the answers that come first are read while the rest are computed.
    const share = Math.max(
      Math.ceil(steps / Math.max(1, this.options.concurrency)),
      Math.ceil(HOUR_MS / stepMs),
    );
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
    if (this.deps.deadlineMs === undefined && this.options.deadlineMs === undefined) {
      context.deadlineMs = this.deadlineMs(work);
      context.deadline = Date.now() + context.deadlineMs;
    }

    // The arrays the counted series need (twice, and some), never more than the fixed ceiling (readings.ts).
    const expectedArrays =
      counts.get('services') * queries.length +
      counts.get('bucketOutputs') +
      counts.get('edges') * queries.length +
      counts.get('edgeBucketOutputs');
    const ceiling = seriesCeiling(steps, expectedArrays, this.deps.maxSeriesArrays);
    const readings = new Readings(
      steps,
      ceiling,
      this.client.displayUrl,
      expectedArrays > 0 && ceiling === 2 * expectedArrays + 10_000,
    );
    let total = 1 + plan.reduce((sum, one) => sum + one.pieces.length, 0);
    let done = 1;
    request.onProgress?.(done / total, 'counted the series');
    const namespaces = [...counts.namespaces].sort();

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
      const known = new Set(readings.servicesOf('total').map(serviceId));
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
    const tagOf = (query: WindowQuery, piece: Piece) =>
      emission.tagOf(isBucketQuery(query.key), piece.namespaces);

    const runPiece = async (query: WindowQuery, piece: Piece, tag = tagOf(query, piece)): Promise<void> => {
      if (failed.signal.aborted) return;
      try {
        await limit.run(() =>
          this.client.queryRangeInto(
            query.build({ ...scope, namespaces: piece.namespaces ?? scope.namespaces }),
            from + (piece.first + 1) * stepMs,
            from + (piece.last + 1) * stepMs,
            stepMs,
            context,
            readings.sink(query.key, from, stepMs, targetOfQuery(query.key)),
          ),
        );
        limit.succeeded();
        request.onProgress?.(++done / total, `fetched the ${query.key} series`);
        emission.arrived(tag);
      } catch (error) {
        // Too large for the server, the request timeout or the response cap: ask in halves, fewer at once.
        const tooLarge =
          error instanceof QueryTooLarge ||
          error instanceof RequestTimedOut ||
          error instanceof AnswerTooLarge;
        if (tooLarge && !failed.signal.aborted) {
          limit.overloaded();
          const halves = splitPiece(piece, query.byNamespace ? namespaces : []);
          if (halves) {
            total += 1;
            emission.expect(tag);
            await Promise.all(halves.map((half) => runPiece(query, half, tag)));
            return;
          }
          if (error instanceof QueryTooLarge) error = this.tooLargeError(error, request, stepMs);
        }
        if (!failed.signal.aborted) failed.abort(error);
        throw error;
      }
    };
    const runAll = async (work: Array<{ query: WindowQuery; pieces: Piece[] }>) => {
      for (const { query, pieces } of work) for (const piece of pieces) emission.expect(tagOf(query, piece));
      // Asked in turn (in flight as the limit allows): every query's pieces that no group waits for, then each
      // group's pieces of every bucket query before the next group's, so each group is learned and let go while
      // the server computes the next, not all of them at the end.
      const groupOf = (query: WindowQuery, piece: Piece) =>
        isBucketQuery(query.key) && piece.namespaces ? groups.indexOf(piece.namespaces) + 1 : 0;
      const order = work
        .flatMap(({ query, pieces }) => pieces.map((piece) => ({ query, piece })))
        .sort((a, b) => groupOf(a.query, a.piece) - groupOf(b.query, b.piece));
      const results = await Promise.allSettled(order.map(({ query, piece }) => runPiece(query, piece)));
      const failure = results.find((result) => result.status === 'rejected');
      if (failure) throw failed.signal.reason ?? (failure as PromiseRejectedResult).reason;
    };
    await runAll(plan);
    // Services of namespaces no group named (they appeared after the count's samples): their buckets now.
    const grouped = new Set(groups.flat());
    const late =
      groups.length > 0
        ? [...new Set(knownKeys().map((key) => key.namespace))].filter((namespace) => !grouped.has(namespace))
        : [];
    const bucketQueries = queries.filter((query) => isBucketQuery(query.key));
    if (late.length > 0 && bucketQueries.length > 0) {
      const lateGroup = late.sort();
      emission.addGroup(lateGroup);
      await runAll(bucketQueries.map((query) => ({ query, pieces: bucketPieces(query, lateGroup) })));
    }

    if (readings.servicesOf('total').length === 0 && readings.servicesOf('l4').length === 0) {
      throw noMeshMetricsError(this.client.displayUrl, { from, to, namespaces: request.namespaces }, dialect);
    }

    emission.emit();
    summaries.sort((a, b) => compareServiceKeys(a.service, b.service));
    // Finite bounds, as histogramBuckets always listed them.
    const histogramBuckets = readings.bucketBounds().filter(Number.isFinite);

    const stepNote =
      stepMs !== request.stepMs
        ? `read at the scrape interval of ${stepMs / 1000} s, not the requested step of ${request.stepMs / 1000} s: a finer step holds no more information`
        : undefined;
    const notes = [
      stepNote,
      missingStatsNote(summaries, dialect),
      l4OnlyNote(summaries, dialect),
      darkServicesNote(summaries, from, stepMs),
      refused.note('Prometheus service label'),
    ].filter((note): note is string => Boolean(note));
    // `to` is trimmed to whole steps, as every source does.
    const end = from + steps * stepMs;
    // Which versions each service ran, and per-version series where it ran two (a rollout).
    const versions = request.withVersions
      ? await collectVersions(this.client, {
          from,
          steps,
          stepMs,
          scope,
          context,
          namer,
          services: request.services,
        })
      : undefined;
    return {
      ...(request.onService ? {} : { edges }),
      ...(versions ? { versionsSeen: versions.versionsSeen, versions: versions.versions } : {}),
      source: 'prometheus',
      mesh: dialect.name,
      from,
      to: end,
      stepMs,
      services,
      histogramBuckets,
      notes,
      partial: false,
    };
  }

  /** The window's range queries, each with the size the count found. */
  private windowQueries(counts: SeriesCounts, dialect: MeshDialect): WindowQuery[] {
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
    // The caller's view of every edge into the services: the same questions, by caller and callee.
    const view = clientEdgeView(dialect);
    const perEdge = (copies: number) => ({
      inputSeries: counts.get('clientRequests'),
      outputSeries: counts.get('edges'),
      copies,
    });
    const edges: WindowQuery[] = [
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

  /**
   * Reads an edge series to its callee (a workload named alone as the Service it serves) and the view it was read
   * in: the view value and the caller's labels, resolved to a Service when the callee's series are built.
   */
  private edgeTargets(
    dialect: MeshDialect,
    namer: ServiceNamer,
  ): (metric: Record<string, string>) => SeriesTarget | undefined {
    const view = clientEdgeView(dialect);
    const callerLabels = [
      view.caller.namespace,
      ...view.caller.workload,
      ...(view.caller.canonical ? [view.caller.canonical] : []),
    ];
    return (metric) => {
      const named = nameFromLabels(view.callee, metric);
      if (!named) return undefined;
      const name = named.fallback
        ? (namer.serviceOfWorkload(named.namespace, named.name) ?? named.name)
        : named.name;
      if (!isKubernetesName(named.namespace) || !isKubernetesName(name)) return undefined;
      const labels = Object.fromEntries(callerLabels.map((label) => [label, metric[label] ?? '']));
      return {
        service: { namespace: named.namespace, name },
        view: edgeView(metric[view.view.label] ?? '', labels),
      };
    };
  }

  /**
   * Counts the series the window's queries read, at nine points of the window (instant selectors only). A server
   * too small even for that is counted at the window's end alone; too small for that, the sizes stay unknown and
   * the pieces are cut as the server refuses them.
   */
  private async countSeries(
    scope: QueryScope,
    from: number,
    to: number,
    context: CallContext,
  ): Promise<SeriesCounts> {
    const counts = new SeriesCounts();
    const query = seriesCountQuery(scope);
    const span = Math.max(1000, Math.ceil((to - from) / 8 / 1000) * 1000);
    let matrix: Array<{ metric: Record<string, string>; values: Array<[number, string]> }>;
    try {
      matrix = await this.client.queryRange(query, from, to, span, context);
    } catch (error) {
      if (!(error instanceof QueryTooLarge)) throw error;
      try {
        const vector = await this.client.query(query, to, context);
        matrix = vector.map((sample) => ({ metric: sample.metric, values: [sample.value] }));
      } catch (again) {
        if (!(again instanceof QueryTooLarge)) throw again;
        for (const namespace of scope.namespaces) counts.add('requests', namespace, 0);
        return counts;
      }
    }
    for (const one of matrix) {
      const tag = one.metric['size'];
      if (!tag) continue;
      const most = Math.max(0, ...one.values.map(([, text]) => Number(text)).filter(Number.isFinite));
      counts.add(tag, one.metric[scope.dialect.server.service.namespace], most);
    }
    return counts;
  }

  /**
   * The scrape interval of the mesh's request counters near the window's end, from the data itself: the median
   * count of samples per series in 10 minutes, rounded down to a common interval for the step (never finer than the
   * data) and up for the rate window (never fewer than two samples). Both 0 when there is nothing to count.
   */
  private async scrapeIntervalMs(
    dialect: MeshDialect,
    request: CollectRequest,
    context: CallContext,
  ): Promise<{ roundedDown: number; roundedUp: number }> {
    const scope = { dialect, namespaces: request.namespaces };
    const vector = await this.client.query(
      scrapeIntervalQuery(scope, INTERVAL_PROBE_MS),
      request.to,
      context,
    );
    const interval = scrapeIntervalSeconds(Number(vector[0]?.value[1]), INTERVAL_PROBE_MS);
    return { roundedDown: 1000 * (interval?.roundedDown ?? 0), roundedUp: 1000 * (interval?.roundedUp ?? 0) };
  }

  /** A piece that no cut makes small enough: what was asked, and the fixes on both sides. */
  private tooLargeError(error: QueryTooLarge, request: CollectRequest, stepMs: number): MetricsError {
    const hours = Math.round(((request.to - request.from) / 3_600_000) * 10) / 10;
    const where =
      request.namespaces.length > 0 ? `namespaces ${request.namespaces.join(', ')}` : 'every namespace';
    const flag = error.reason === 'samples' ? '--query.max-samples' : '--query.timeout';
    return new MetricsError(
      `${error.message}, even for one ${stepMs / 1000} s step of one namespace (window ${hours} h, ${where})`,
      `raise the server's ${flag}, or ask for fewer namespaces (--namespace) or a larger --step`,
    );
  }

  /**
   * The overall deadline: as configured, or sized from the work (samples the server reads, points it answers),
   * three times a slow server's time for it, and at least 2 minutes and 4 request timeouts.
   */
  private deadlineMs(work: { samples: number; points: number }): number {
    const configured = this.deps.deadlineMs ?? this.options.deadlineMs;
    if (configured !== undefined) return configured;
    return Math.max(
      120_000,
      4 * this.options.timeoutMs,
      Math.ceil(3 * (work.samples / SAMPLES_PER_SECOND + work.points / POINTS_PER_SECOND)) * 1000,
    );
  }

  private callContext(deadlineMs: number, signal?: AbortSignal, onPushback?: () => void): CallContext {
    return { deadline: Date.now() + deadlineMs, deadlineMs, signal, onPushback };
  }
}

/** Each service once, in the order first seen. */
function uniqueKeys(keys: ServiceKey[]): ServiceKey[] {
  return [...new Map(keys.map((key) => [`${key.namespace}/${key.name}`, key])).values()];
}

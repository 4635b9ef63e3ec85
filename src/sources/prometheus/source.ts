/**
 * The Prometheus metrics source: reads Istio's standard metrics from any Prometheus-compatible HTTP API over a
 * past or present window and turns them into series per service. It sizes the window's queries from a cheap
 * count first and cuts them (pieces.ts) so each fits the server's sample limit and the response cap; it asks
 * once for the latency histogram and interpolates the quantiles itself (core/histogram.ts), keeping the
 * buckets for window quantiles. HTTP lives in client.ts, what to ask in mesh/istio-queries.ts.
 */
import { RefusedNames } from '../../core/names.js';
import {
  MetricsError,
  compareServiceKeys,
  type CollectedMetrics,
  type CollectRequest,
  type MetricsSource,
  type ServiceKey,
  type ServiceSeries,
} from '../../core/types.js';
import {
  SERVICE_LABELS,
  clusterStatRateQuery,
  latencyBucketRateQuery,
  rateWindowMs,
  scrapeIntervalQuery,
  seriesCountQuery,
  servicesQuery,
  signalQueryKey,
  signalRequestRateQuery,
  totalRequestRateQuery,
  type QueryScope,
} from '../../mesh/istio-queries.js';
import { ISTIO_SIGNALS, ISTIO_SIGNAL_NAMES, type IstioSignal } from '../../mesh/istio.js';
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
  Readings,
  darkServicesNote,
  missingStatsNote,
  seriesCeiling,
  serviceSeries,
  summarize,
  type SeriesSummary,
} from './readings.js';
import { collectEdges } from './edges.js';
import { GroupedEmission } from './emission.js';

export { PrometheusClient, type PrometheusDeps, type PrometheusOptions } from './client.js';

const HOUR_MS = 3_600_000;

/** Prometheus's own default for --query.max-samples. */
export const DEFAULT_MAX_SAMPLES = 50_000_000;
/** The scrape interval assumed when sizing pieces (a shorter one only makes the estimate safer). */
const ASSUMED_SCRAPE_MS = 15_000;
/** How far back the scrape interval is measured, and the intervals it is rounded down to. */
const INTERVAL_PROBE_MS = 600_000;
const COMMON_INTERVALS_S = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300];
/** Samples a stock server evaluates per second, for the default overall deadline (a low estimate). */
const SAMPLES_PER_SECOND = 2_000_000;
/** Answered points the server encodes and the tool reads per second, for the same deadline (a low estimate). */
const POINTS_PER_SECOND = 200_000;

function keyOf(metric: Record<string, string>, refused = new RefusedNames()): ServiceKey | undefined {
  const namespace = metric[SERVICE_LABELS[0]];
  const name = metric[SERVICE_LABELS[1]];
  // Istio labels traffic to unknown destinations "unknown": not a service anyone can act on.
  if (!namespace || !name || name === 'unknown' || namespace === 'unknown') return undefined;
  // Labels are whatever the scraped workloads said: only Kubernetes names go on (core/names.ts).
  if (!refused.accept(namespace, name)) return undefined;
  return { namespace, name };
}

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

/**
 * Reads a window of Istio metrics from Prometheus. Every value at step i is evaluated at the step's end,
 * from + (i+1)·step, over the rate window of istio-queries.ts: so step i describes the requests that completed
 * in [from + i·step, from + (i+1)·step) (smoothed over the window when the step is shorter than 2 minutes).
 */
export class PrometheusSource implements MetricsSource {
  readonly name = 'prometheus' as const;
  readonly hasHistory = true;
  readonly client: PrometheusClient;

  constructor(
    private readonly options: PrometheusOptions,
    private readonly deps: PrometheusDeps = {},
  ) {
    this.client = new PrometheusClient(options, deps);
  }

  /** Releases connection pools (only a custom-TLS source holds one). */
  close(): Promise<void> {
    return this.client.close();
  }

  /** The services that reported requests in [from, to), from the metrics' own labels (no cluster needed). */
  async listServices(window: { from: number; to: number; namespaces: string[]; signal?: AbortSignal }) {
    const context = this.callContext(this.deadlineMs({ samples: 0, points: 0 }), window.signal);
    const scope = { reporter: this.options.reporter, namespaces: window.namespaces };
    const samples = await this.client.query(
      servicesQuery(scope, window.to - window.from),
      window.to,
      context,
    );
    const keys = samples
      .map((sample) => keyOf(sample.metric))
      .filter((key): key is ServiceKey => Boolean(key));
    return keys.sort(compareServiceKeys);
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
    // A step finer than the scrape interval doubles the work for no information: never finer than the data.
    const interval = await this.scrapeIntervalMs(request, context);
    const intervalMs = interval.roundedDown;
    const stepMs = intervalMs > request.stepMs && to - from >= intervalMs ? intervalMs : request.stepMs;
    const steps = Math.floor((to - from) / stepMs);
    const scope: QueryScope = {
      reporter: this.options.reporter,
      namespaces: request.namespaces,
      // Two samples of the data's own resolution in every window, however its interval was rounded for the step.
      rateWindowMs: rateWindowMs(stepMs, interval.roundedUp),
    };

    const counts = await this.countSeries(scope, from, from + steps * stepMs, context);
    const queries = this.windowQueries(counts);
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
    const bucketPieces = (namespaces: string[]): Piece[] =>
      planPieces(
        steps,
        Math.min(
          share,
          stepsPerPiece(
            {
              inputSeries: counts.get('buckets', namespaces),
              outputSeries: counts.get('bucketOutputs', namespaces),
              copies: 1,
            },
            limits,
          ),
        ),
        grid,
      ).map((piece) => ({ ...piece, namespaces }));
    const plan = queries.map((query) => ({
      query,
      pieces:
        query.key === 'buckets' && groups.length > 0
          ? groups.flatMap(bucketPieces)
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
    const expectedArrays = counts.get('services') * queries.length + counts.get('bucketOutputs');
    const ceiling = seriesCeiling(steps, expectedArrays, this.deps.maxSeriesArrays);
    const readings = new Readings(
      steps,
      ceiling,
      this.client.displayUrl,
      expectedArrays > 0 && ceiling === 2 * expectedArrays + 10_000,
    );
    const refused = new RefusedNames();
    let total = 1 + plan.reduce((sum, one) => sum + one.pieces.length, 0);
    let done = 1;
    request.onProgress?.(done / total, 'counted the series');
    const namespaces = [...counts.namespaces].sort();

    const inNamespaces = (key: ServiceKey) =>
      request.namespaces.length === 0 || request.namespaces.includes(key.namespace);
    const knownKeys = () =>
      (request.services ? [...request.services] : readings.servicesOf('total')).filter(inNamespaces);
    // Each series goes to request.onService as soon as it is built, where one is given (learn): not kept.
    const services: ServiceSeries[] = [];
    const summaries: SeriesSummary[] = [];
    const emission = new GroupedEmission(groups, knownKeys, (key) => {
      const series = serviceSeries(key, readings, { steps, stepMs, reporter: this.options.reporter });
      summaries.push(summarize(series));
      if (request.onService) request.onService(series, { from, stepMs });
      else services.push(series);
    });
    const tagOf = (query: WindowQuery, piece: Piece) =>
      emission.tagOf(query.key === 'buckets', piece.namespaces);

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
            readings.sink(query.key, from, stepMs, (metric) => keyOf(metric, refused)),
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
      const results = await Promise.allSettled(
        work.flatMap(({ query, pieces }) => pieces.map((piece) => runPiece(query, piece))),
      );
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
    const bucketQuery = queries.find((query) => query.key === 'buckets');
    if (late.length > 0 && bucketQuery) {
      const lateGroup = late.sort();
      emission.addGroup(lateGroup);
      await runAll([{ query: bucketQuery, pieces: bucketPieces(lateGroup) }]);
    }

    if (readings.servicesOf('total').length === 0) {
      const where =
        request.namespaces.length > 0 ? `namespaces ${request.namespaces.join(', ')}` : 'any namespace';
      throw new MetricsError(
        `no Istio metrics found at ${this.client.displayUrl}: no istio_requests_total with reporter="${scope.reporter}" in ` +
          `${where} between ${new Date(from).toISOString()} and ${new Date(to).toISOString()}`,
        'check that Prometheus scrapes the Istio sidecars (istio_requests_total), the --namespace filter, ' +
          'the reporter setting and the --from/--to window',
        { environmental: false },
      );
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
      missingStatsNote(summaries),
      darkServicesNote(summaries, from, stepMs),
      refused.note('Prometheus service label'),
    ].filter((note): note is string => Boolean(note));
    // `to` is trimmed to whole steps, as every source does.
    const end = from + steps * stepMs;
    const edges = request.withEdges
      ? await collectEdges(this.client, { from, steps, stepMs, scope, context })
      : undefined;
    return {
      ...(edges ? { edges } : {}),
      source: 'prometheus',
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
  private windowQueries(counts: SeriesCounts): WindowQuery[] {
    const perService = (input: number, copies: number) => ({
      inputSeries: input,
      outputSeries: counts.get('services'),
      copies,
    });
    const requests = counts.get('requests');
    const istio = (key: string, build: (scope: QueryScope) => string, copies: number): WindowQuery => ({
      key,
      build,
      size: perService(requests, copies),
      byNamespace: true,
    });
    // Each request-label signal is an `or` of disjoint selections; each cluster counter goes through two label_replace.
    const signals = ISTIO_SIGNAL_NAMES.flatMap((name): WindowQuery[] => {
      const signal: IstioSignal = ISTIO_SIGNALS[name];
      const queries: WindowQuery[] = [];
      // Labels the reporter read cannot carry (retry and overflow flags at the callee) are not asked for at all:
      // serviceSeries would not read them (istio.ts signalReadings).
      if (signal.requestLabels && signal.labelsSeenBy?.includes(this.options.reporter)) {
        queries.push(
          istio(signalQueryKey(name, 'labels'), (scope) => signalRequestRateQuery(name, scope), 2),
        );
      }
      if (signal.clusterStat) {
        queries.push({
          key: signalQueryKey(name, 'clusterStat'),
          build: (scope) => clusterStatRateQuery(name, scope),
          size: perService(counts.get(signal.clusterStat), 3),
          byNamespace: false,
        });
      }
      return queries;
    });
    return [
      istio('total', totalRequestRateQuery, 1),
      ...signals,
      {
        key: 'buckets',
        build: latencyBucketRateQuery,
        size: { inputSeries: counts.get('buckets'), outputSeries: counts.get('bucketOutputs'), copies: 1 },
        byNamespace: true,
      },
    ];
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
      counts.add(tag, one.metric[SERVICE_LABELS[0]], most);
    }
    return counts;
  }

  /**
   * The scrape interval of the Istio counters near the window's end, from the data itself: the median count of
   * samples per series in 10 minutes, rounded down to a common interval for the step (never finer than the data)
   * and up for the rate window (never fewer than two samples). Both 0 when there is nothing to count.
   */
  private async scrapeIntervalMs(
    request: CollectRequest,
    context: CallContext,
  ): Promise<{ roundedDown: number; roundedUp: number }> {
    const scope = { reporter: this.options.reporter, namespaces: request.namespaces };
    const vector = await this.client.query(
      scrapeIntervalQuery(scope, INTERVAL_PROBE_MS),
      request.to,
      context,
    );
    const perWindow = Number(vector[0]?.value[1]);
    if (!(perWindow >= 2)) return { roundedDown: 0, roundedUp: 0 };
    const seconds = INTERVAL_PROBE_MS / 1000 / perWindow;
    const down = COMMON_INTERVALS_S.findLast((interval) => interval <= seconds * 1.1) ?? 0;
    const up = COMMON_INTERVALS_S.find((interval) => interval >= seconds / 1.1) ?? Math.ceil(seconds);
    return { roundedDown: 1000 * down, roundedUp: 1000 * up };
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

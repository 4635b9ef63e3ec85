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
  type CollectedMetrics,
  type CollectRequest,
  type MetricsSource,
  type ServiceKey,
} from '../../core/types.js';
import {
  l4ServicesQuery,
  meshProbeQuery,
  rateWindowMs,
  servicesQuery,
  type QueryScope,
} from '../../mesh/queries.js';
import type { MeshDialect, MeshName } from '../../mesh/dialect.js';
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
import { AdaptiveLimit, SeriesCounts, splitPiece, type Piece } from './pieces.js';
import { Readings, isBucketQuery, seriesCeiling } from './readings.js';
import { darkServicesNote, l4OnlyNote, missingStatsNote } from './series-notes.js';
import { collectVersions } from './versions.js';
import { GroupedEmission } from './emission.js';
import { queryTargets } from './targets.js';
import { planWindow, windowQueries, type WindowQuery, type WindowRead } from './window-plan.js';
import { windowOutput, type WindowOutput } from './window-output.js';
import { countSeries, scrapeIntervalMs } from './probes.js';

export { PrometheusClient, type PrometheusDeps, type PrometheusOptions } from './client.js';

const HOUR_MS = 3_600_000;

/** Prometheus's own default for --query.max-samples. */
export const DEFAULT_MAX_SAMPLES = 50_000_000;
/** Samples a stock server evaluates per second, for the default overall deadline (a low estimate). */
const SAMPLES_PER_SECOND = 2_000_000;
/** Answered points the server encodes and the tool reads per second, for the same deadline (a low estimate). */
const POINTS_PER_SECOND = 200_000;

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
    const read = await this.openWindow(request);
    const { dialect, stepMs, steps, scope, context } = read;
    const counts = await countSeries(this.client, scope, from, from + steps * stepMs, context);
    const queries = windowQueries(counts, dialect);
    const { plan, groups, bucketPieces, work } = planWindow(read, counts, queries, {
      maxSamples: this.deps.maxSamples ?? DEFAULT_MAX_SAMPLES,
      maxResponseBytes:
        STREAMED_CAP_FACTOR *
        (this.deps.maxResponseBytes ?? this.options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES),
      concurrency: this.options.concurrency,
    });
    if (this.deps.deadlineMs === undefined && this.options.deadlineMs === undefined) {
      context.deadlineMs = this.deadlineMs(work);
      context.deadline = Date.now() + context.deadlineMs;
    }
    const readings = this.readingsFor(read, counts, queries);
    const progress = { total: 1 + plan.reduce((sum, one) => sum + one.pieces.length, 0), done: 1 };
    request.onProgress?.(progress.done / progress.total, 'counted the series');
    const output = windowOutput(read, readings, groups);
    const runAll = this.pieceRunner(
      read,
      readings,
      output.emission,
      groups,
      [...counts.namespaces].sort(),
      progress,
    );
    await runAll(plan);
    // Services of namespaces no group named (they appeared after the count's samples): their buckets now.
    const grouped = new Set(groups.flat());
    const late =
      groups.length > 0
        ? [...new Set(output.knownKeys().map((key) => key.namespace))].filter(
            (namespace) => !grouped.has(namespace),
          )
        : [];
    const bucketQueries = queries.filter((query) => isBucketQuery(query.key));
    if (late.length > 0 && bucketQueries.length > 0) {
      const lateGroup = late.sort();
      output.emission.addGroup(lateGroup);
      await runAll(bucketQueries.map((query) => ({ query, pieces: bucketPieces(query, lateGroup) })));
    }

    if (readings.servicesOf('total').length === 0 && readings.servicesOf('l4').length === 0) {
      throw noMeshMetricsError(this.client.displayUrl, { from, to, namespaces: request.namespaces }, dialect);
    }

    output.emission.emit();
    return this.finish(read, readings, output);
  }

  /**
   * The window's reading opened: the calls' shared context (the first failure cancels the rest), the dialect, the
   * step (never finer than the data), the query scope and the namer of the server view's series.
   */
  private async openWindow(request: CollectRequest): Promise<WindowRead> {
    const { from, to } = request;
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
    const interval = await scrapeIntervalMs(this.client, dialect, request, context);
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
    return { request, from, to, failed, limit, context, dialect, stepMs, steps, scope, refused, namer };
  }

  /** The arrays the counted series need (twice, and some), never more than the fixed ceiling (readings.ts). */
  private readingsFor(read: WindowRead, counts: SeriesCounts, queries: WindowQuery[]): Readings {
    const expectedArrays =
      counts.get('services') * queries.length +
      counts.get('bucketOutputs') +
      counts.get('edges') * queries.length +
      counts.get('edgeBucketOutputs');
    const ceiling = seriesCeiling(read.steps, expectedArrays, this.deps.maxSeriesArrays);
    return new Readings(
      read.steps,
      ceiling,
      this.client.displayUrl,
      expectedArrays > 0 && ceiling === 2 * expectedArrays + 10_000,
    );
  }

  /**
   * Runs a plan's pieces, each into the readings: a piece too large for the server (its sample limit, the request
   * timeout, the response cap) is asked again in halves, fewer at once; the first other failure stops them all.
   */
  private pieceRunner(
    read: WindowRead,
    readings: Readings,
    emission: GroupedEmission,
    groups: string[][],
    namespaces: string[],
    progress: { total: number; done: number },
  ): (work: Array<{ query: WindowQuery; pieces: Piece[] }>) => Promise<void> {
    const { request, from, stepMs, scope, context, failed, limit } = read;
    const targetOfQuery = queryTargets(read.dialect, read.namer, read.refused);
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
        request.onProgress?.(++progress.done / progress.total, `fetched the ${query.key} series`);
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
            progress.total += 1;
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
    return async (work: Array<{ query: WindowQuery; pieces: Piece[] }>) => {
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
  }

  /** The collection: the series, the window's notes, and the versions each service ran where asked. */
  private async finish(
    read: WindowRead,
    readings: Readings,
    output: WindowOutput,
  ): Promise<CollectedMetrics> {
    const { request, from, stepMs, steps, dialect, refused, scope, context, namer } = read;
    const { summaries, services, edges } = output;
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

/**
 * The plain-HTTP fetches the Prometheus cost bench measures next to the CLI, against the same server: the minimal
 * data (per service and per edge), the bucket query against the histogram_quantile queries it replaced, the request
 * counters cut three ways, and the bucket query in the source's pieces against the minimal fetch's.
 */
import { BOUNDS, meshSeriesCounts } from './prometheus-mesh.js';
import { fetchPlain, round, type PlainFetch } from './prometheus-measure.js';
import type { RunningPrometheus } from '../harness/prometheus.js';
import { stepsPerPiece } from '../src/sources/prometheus/pieces.js';
import { DEFAULT_MAX_SAMPLES } from '../src/sources/prometheus/source.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../src/sources/prometheus/client.js';
import {
  promDuration,
  rateWindowMs,
  serverLabelSignals,
  signalRequestRateQuery,
  totalRequestRateQuery,
} from '../src/mesh/queries.js';
import { labelSignals, namingLabels, type SignalName } from '../src/mesh/dialect.js';
import { ISTIO } from '../src/mesh/dialects/istio.js';

const SERVICE_LABELS = namingLabels(ISTIO.server.service);
const LABEL_SIGNALS = labelSignals(ISTIO);
/** The series of each kind the generated mesh holds (prometheus-mesh.ts meshSeriesCounts). */
export type MeshCounts = ReturnType<typeof meshSeriesCounts>;

/**
 * The minimal data with plain HTTP, over the same window and step: each service as its own proxy saw it (request
 * rates by code and flags, bucket rates by le, from reporter="destination") and each caller → callee edge as the
 * caller's proxy saw it (the same, by both ends' labels, from reporter="source"); each query cut by time only as
 * far as the server's default sample limit needs for its own series, four in flight.
 */
export function minimalFetch(server: RunningPrometheus, counts: MeshCounts, window: Window) {
  return fetchPlain(server, 0, window, [
    {
      query: `sum by (${BY_SERVICE}, response_code, response_flags) (rate(istio_requests_total{reporter="destination"}[2m]))`,
      series: counts.destination.requests,
    },
    { query: `sum by (${BY_SERVICE}, le) (${BUCKET_RATES})`, series: counts.destination.buckets },
    {
      query: `sum by (${BY_EDGE}, response_code, response_flags) (rate(istio_requests_total{reporter="source"}[2m]))`,
      series: counts.source.requests,
    },
    {
      query: `sum by (${BY_EDGE}, le) (rate(istio_request_duration_milliseconds_bucket{reporter="source"}[2m]))`,
      series: counts.source.buckets,
    },
  ]);
}

const BY_SERVICE = 'destination_service_namespace, destination_service_name';
const BY_EDGE = `source_workload_namespace, source_workload, source_canonical_service, ${BY_SERVICE}`;
const BUCKET_RATES = 'rate(istio_request_duration_milliseconds_bucket{reporter="destination"}[2m])';

/**
 * The latency distribution two ways over the same window: the one bucket query the source asks, and the three
 * histogram_quantile queries it replaced, each with its transfer and Prometheus's CPU time.
 */
export async function latencyQueries(server: RunningPrometheus, counts: MeshCounts, window: Window) {
  const series = counts.destination.buckets;
  const buckets = await fetchPlain(server, series, window, [`sum by (${BY_SERVICE}, le) (${BUCKET_RATES})`]);
  const quantiles = await fetchPlain(
    server,
    series,
    window,
    [0.5, 0.9, 0.99].map((q) => `histogram_quantile(${q}, sum by (${BY_SERVICE}, le) (${BUCKET_RATES}))`),
  );
  return { buckets, quantiles };
}

/**
 * The request counters three ways over the same window: the total and one selection per request-label signal
 * (five queries); the total and only the selections reporter="destination" can see (three: retry and overflow
 * flags are set by the caller's proxy); one query by every outcome (code, flags, gRPC status) to be split in the
 * tool. Three rounds, alternating, so a busy moment of the machine does not fall on one side only; each side's mean.
 */
export async function requestQueries(server: RunningPrometheus, counts: MeshCounts, window: Window) {
  const series = counts.destination.requests;
  const scope = { dialect: ISTIO, namespaces: [], rateWindowMs: rateWindowMs(window.stepMs) };
  const selections = (names: SignalName[]) => names.map((name) => signalRequestRateQuery(name, scope));
  const visible = serverLabelSignals(ISTIO);
  const sides = {
    five: [totalRequestRateQuery(scope), ...selections(LABEL_SIGNALS)],
    visible: [totalRequestRateQuery(scope), ...selections(visible)],
    allOutcomes: [
      `sum by (${SERVICE_LABELS.join(', ')}, response_code, response_flags, grpc_response_status) ` +
        `(rate(istio_requests_total{reporter="destination"}[${promDuration(scope.rateWindowMs)}]))`,
    ],
  };
  const runs: Record<keyof typeof sides, PlainFetch[]> = { five: [], visible: [], allOutcomes: [] };
  for (let round = 0; round < 3; round++)
    for (const side of ['five', 'visible', 'allOutcomes'] as const)
      runs[side].push(await fetchPlain(server, series, window, sides[side]));
  return { five: meanOf(runs.five), visible: meanOf(runs.visible), allOutcomes: meanOf(runs.allOutcomes) };
}

function meanOf(runs: PlainFetch[]): PlainFetch & { cpuRuns: number[] } {
  const mean = (pick: (run: PlainFetch) => number) =>
    round(runs.reduce((sum, run) => sum + pick(run), 0) / runs.length);
  return {
    requests: runs[0].requests,
    seconds: mean((run) => run.seconds),
    prometheusCpuSeconds: mean((run) => run.prometheusCpuSeconds),
    bytes: runs[0].bytes,
    cpuRuns: runs.map((run) => run.prometheusCpuSeconds),
  };
}

/**
 * The bucket query over the same window in the pieces the source plans for it (pieces.ts stepsPerPiece with the
 * source's default limits: the sample limit, the response cap and its 15 s scrape assumption) and in the minimal
 * fetch's larger pieces, two alternating rounds: what the cutting alone costs the server.
 */
export async function bucketPieces(
  server: RunningPrometheus,
  count: number,
  counts: MeshCounts,
  window: Window,
) {
  const series = counts.destination.buckets;
  const limits = {
    maxSamples: DEFAULT_MAX_SAMPLES,
    maxResponseBytes: DEFAULT_MAX_RESPONSE_BYTES,
    samplesPerWindow: Math.ceil(rateWindowMs(window.stepMs) / 15_000) + 1,
  };
  const sourceSteps = stepsPerPiece(
    { inputSeries: series, outputSeries: count * (BOUNDS.length + 1), copies: 1 },
    limits,
  );
  const query = [`sum by (${BY_SERVICE}, le) (${BUCKET_RATES})`];
  const runs: { source: PlainFetch[]; minimal: PlainFetch[] } = { source: [], minimal: [] };
  for (let round = 0; round < 2; round++) {
    runs.source.push(await fetchPlain(server, series, window, query, sourceSteps));
    runs.minimal.push(await fetchPlain(server, series, window, query));
  }
  return { sourceSteps, source: meanOf(runs.source), minimal: meanOf(runs.minimal) };
}

export interface Window {
  from: number;
  to: number;
  stepMs: number;
}

/**
 * The cost of the Prometheus source at scale, through the CLI against a real Prometheus with its default limits:
 * for N services, generated Istio series (each caller → callee edge reported by both proxies, 30 s scrapes, 24 h
 * of history: prometheus-mesh.ts) are backfilled with `promtool tsdb create-blocks-from openmetrics`, then
 * `smanalyzer learn` reads 24 h and `smanalyzer scan` 5 min with faults injected on a few services. Measured per
 * N: requests, Prometheus CPU time, CLI wall time and peak memory, next to fetching the minimal data with plain
 * HTTP in the same run (each service's request rates by code and flags and bucket rates by le, and the same for
 * each edge as its caller saw it). Prometheus's CPU time is the kernel's account of its process
 * (/proc/<pid>/stat), measured only once the server is idle after start (its first compaction merges the
 * backfilled blocks: prometheus-measure.ts). The minimal fetch and the learn run in `--rounds` (default 2)
 * alternating rounds on the same server; the figures are the rounds' medians.
 * `npm run bench -- --prometheus-cost [--sizes 100,1000] [--learn-hours 24] [--rounds 2] [--latency-queries] [--request-queries]`;
 * `--keep-tsdb DIR` keeps each size's backfilled TSDB in DIR/N; `--reuse-tsdb DIR --end MS` reads one an
 * earlier run of the same size backfilled (its data ends at MS); `--rich-outcomes` splits each edge's requests
 * into 8 codes and flags instead of 2 (prometheus-mesh.ts); `--bucket-pieces` measures the bucket query in the
 * source's pieces against the minimal fetch's.
 * Runs the committed bundle (dist/): rebuild it first (`npm run bundle`) so it measures the current source.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BOUNDS,
  HOUR,
  MINUTE,
  SCRAPE_MS,
  backfill,
  meshOf,
  meshSeriesCounts,
  type Outcomes,
} from './prometheus-mesh.js';
import {
  fetchPlain,
  round,
  serverCounters,
  waitUntilIdle,
  warnIfCompacted,
  type PlainFetch,
} from './prometheus-measure.js';
import { servePrometheus, type RunningPrometheus } from '../harness/prometheus.js';
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

export interface PrometheusCostRow {
  services: number;
  /** The request outcomes per service the data holds (prometheus-mesh.ts). */
  outcomes: Outcomes;
  learnHours: number;
  /** Caller → callee edges, each reported by both proxies. */
  edges: number;
  series: number;
  samples: number;
  backfillSeconds: number;
  learn: CliRun;
  scan: CliRun & { listed: number; flagged: string[]; injected: string[]; exact: boolean };
  minimalFetch: PlainFetch;
  /** The source's one bucket query against the three histogram_quantile queries it replaced. */
  latencyQueries?: { buckets: PlainFetch; quantiles: PlainFetch };
  /** The bucket query in the source's pieces and in the minimal fetch's (means of 2 rounds). */
  bucketPieces?: { sourceSteps: number; source: PlainFetch; minimal: PlainFetch };
  /** The request counters in five queries, in the three reporter="destination" can see, in one by every outcome. */
  requestQueries?: { five: PlainFetch; visible: PlainFetch; allOutcomes: PlainFetch };
  /** CLI learn wall time over the minimal fetch of the same window: the median of the rounds' ratios. */
  learnRatio: number;
  /** Each round: the minimal fetch, then the learn (`learn` and `minimalFetch` above are their medians). */
  rounds: Array<{ minimalFetch: PlainFetch; learn: CliRun; ratio: number }>;
}
interface CliRun {
  exitCode: number;
  requests: number;
  prometheusCpuSeconds: number;
  wallSeconds: number;
  peakMiB: number;
}

/** Runs the bundled CLI under /usr/bin/time for its peak resident memory. */
async function cli(
  root: string,
  args: string[],
  server: RunningPrometheus,
): Promise<CliRun & { stdout: string; stderr: string }> {
  const before = await serverCounters(server);
  const started = performance.now();
  const child = spawnSync(
    '/usr/bin/time',
    ['-f', 'PEAK_KIB=%M', process.execPath, join(root, 'bin', 'smanalyzer.js'), ...args],
    {
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    },
  );
  const wallSeconds = (performance.now() - started) / 1000;
  const after = await serverCounters(server);
  warnIfCompacted(before, after);
  const peak = /PEAK_KIB=(\d+)/.exec(child.stderr ?? '');
  return {
    exitCode: child.status ?? -1,
    // The counters' own scrape of /metrics is not a query: only /api/v1/* handlers count.
    requests: after.requests - before.requests,
    prometheusCpuSeconds: round(after.cpu - before.cpu),
    wallSeconds: round(wallSeconds),
    peakMiB: peak ? Math.round(Number(peak[1]) / 1024) : -1,
    stdout: child.stdout ?? '',
    stderr: (child.stderr ?? '').replace(/PEAK_KIB=\d+\n?/, ''),
  };
}

/** The series of each kind the generated mesh holds (prometheus-mesh.ts meshSeriesCounts). */
type MeshCounts = ReturnType<typeof meshSeriesCounts>;

/**
 * The minimal data with plain HTTP, over the same window and step: each service as its own proxy saw it (request
 * rates by code and flags, bucket rates by le, from reporter="destination") and each caller → callee edge as the
 * caller's proxy saw it (the same, by both ends' labels, from reporter="source"); each query cut by time only as
 * far as the server's default sample limit needs for its own series, four in flight.
 */
function minimalFetch(server: RunningPrometheus, counts: MeshCounts, window: Window) {
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
async function latencyQueries(server: RunningPrometheus, counts: MeshCounts, window: Window) {
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
async function requestQueries(server: RunningPrometheus, counts: MeshCounts, window: Window) {
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
async function bucketPieces(server: RunningPrometheus, count: number, counts: MeshCounts, window: Window) {
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

interface Window {
  from: number;
  to: number;
  stepMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return round(sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2);
}

/** Each figure's median over the rounds (the exit code: the worst). */
function medianRun(runs: CliRun[]): CliRun {
  return {
    exitCode: Math.max(...runs.map((run) => run.exitCode)),
    requests: median(runs.map((run) => run.requests)),
    prometheusCpuSeconds: median(runs.map((run) => run.prometheusCpuSeconds)),
    wallSeconds: median(runs.map((run) => run.wallSeconds)),
    peakMiB: median(runs.map((run) => run.peakMiB)),
  };
}
function medianFetch(runs: PlainFetch[]): PlainFetch {
  return {
    requests: median(runs.map((run) => run.requests)),
    seconds: median(runs.map((run) => run.seconds)),
    prometheusCpuSeconds: median(runs.map((run) => run.prometheusCpuSeconds)),
    bytes: median(runs.map((run) => run.bytes)),
  };
}

function figures(run: CliRun): CliRun {
  const { exitCode, requests, prometheusCpuSeconds, wallSeconds, peakMiB } = run;
  return { exitCode, requests, prometheusCpuSeconds, wallSeconds, peakMiB };
}

export async function measurePrometheusCost(
  root: string,
  count: number,
  learnHours: number,
  options: {
    tsdb?: string;
    end?: number;
    latencyQueries?: boolean;
    requestQueries?: boolean;
    bucketPieces?: boolean;
    outcomes?: Outcomes;
    keepTsdb?: string;
    rounds?: number;
  } = {},
): Promise<PrometheusCostRow> {
  const dir = mkdtempSync(join(tmpdir(), `smanalyzer-promcost-${count}-`));
  const log = (message: string) => console.error(`[${count} services] ${message}`);
  try {
    const end = options.end ?? Math.floor(Date.now() / HOUR) * HOUR - 3 * HOUR;
    const scanTo = end - 5 * MINUTE;
    const scanFrom = scanTo - 5 * MINUTE;
    const learnTo = scanFrom - 10 * MINUTE;
    const learnFrom = learnTo - learnHours * HOUR;
    const start = learnFrom - 10 * MINUTE;
    const faultFrom = scanFrom - 5 * MINUTE;
    const mesh = meshOf(count);
    const outcomes = options.outcomes ?? 'two';
    const counts = meshSeriesCounts(mesh, outcomes);
    const series =
      counts.destination.requests +
      counts.destination.buckets +
      counts.source.requests +
      counts.source.buckets;

    const t = performance.now();
    const dataDir = join(dir, 'tsdb');
    let samples: number;
    if (options.tsdb) {
      // A TSDB an earlier run backfilled for the same N and end (--reuse-tsdb, --end): no generation.
      spawnSync('cp', ['-a', options.tsdb, dataDir]);
      samples = series * Math.ceil((end - start) / SCRAPE_MS);
    } else samples = backfill(dataDir, dir, mesh, start, end, faultFrom, outcomes);
    const backfillSeconds = round((performance.now() - t) / 1000);
    log(
      `${counts.edges} edges, ${series} series: generated and backfilled ${samples} samples in ${backfillSeconds} s`,
    );
    if (options.keepTsdb && !options.tsdb) {
      // For later runs of the same N: --sizes N --reuse-tsdb DIR/N --end MS.
      const kept = join(options.keepTsdb, String(count));
      spawnSync('mkdir', ['-p', options.keepTsdb]);
      spawnSync('cp', ['-a', dataDir, kept]);
      log(`kept the TSDB: --sizes ${count} --reuse-tsdb ${kept} --end ${end}`);
    }

    // Default query limits (--query.max-samples 50M, --query.timeout 2m); retention long enough for the backfill.
    const prometheus = await servePrometheus(dir, dataDir);
    const url = prometheus.url;
    try {
      await waitUntilIdle(prometheus, log);
      const window = { from: learnFrom, to: learnTo, stepMs: SCRAPE_MS };
      const baseline = join(dir, 'baseline.json');
      const common = ['--source', 'prometheus', '--prometheus-url', url];
      // Rounds of the minimal fetch and the learn, one after the other: each learn is compared with the fetch
      // just before it (the same moment of a shared machine), and the figures are the rounds' medians.
      const rounds: Array<{ minimalFetch: PlainFetch; learn: CliRun; ratio: number }> = [];
      for (let round_ = 1; round_ <= Math.max(1, options.rounds ?? 1); round_++) {
        log(`round ${round_}: minimal fetch`);
        const minimal = await minimalFetch(prometheus, counts, window);
        log(`minimal fetch: ${JSON.stringify(minimal)}`);
        log(`round ${round_}: learn`);
        const learn = await cli(
          root,
          [
            'learn',
            ...common,
            '--from',
            new Date(learnFrom).toISOString(),
            '--to',
            new Date(learnTo).toISOString(),
            '-b',
            baseline,
          ],
          prometheus,
        );
        if (learn.exitCode !== 0)
          throw new Error(`learn exited ${learn.exitCode}: ${learn.stderr.slice(-800)}`);
        const ratio = round(learn.wallSeconds / Math.max(0.01, minimal.seconds));
        log(`learn: ${JSON.stringify(figures(learn))}, ${ratio}x the minimal fetch`);
        rounds.push({ minimalFetch: minimal, learn: figures(learn), ratio });
      }
      const scanRun = await cli(
        root,
        [
          'scan',
          ...common,
          '--from',
          new Date(scanFrom).toISOString(),
          '--to',
          new Date(scanTo).toISOString(),
          '-b',
          baseline,
          '-o',
          'json',
        ],
        prometheus,
      );
      const report = JSON.parse(scanRun.stdout) as {
        services: unknown[];
        anomalies: Array<{ namespace: string; service: string }>;
      };
      const flagged = [...new Set(report.anomalies.map((a) => `${a.namespace}/${a.service}`))].sort();
      const injected = mesh
        .filter((s) => s.fault)
        .map((s) => `${s.namespace}/${s.name}`)
        .sort();
      log(
        `scan: ${JSON.stringify(figures(scanRun))}, ${report.services.length} services listed, flagged ${flagged.join(' ')}, injected ${injected.join(' ')}`,
      );

      let latency: PrometheusCostRow['latencyQueries'];
      if (options.latencyQueries) {
        log('latency: one bucket query against three histogram_quantile queries');
        latency = await latencyQueries(prometheus, counts, window);
      }
      let requests: PrometheusCostRow['requestQueries'];
      if (options.requestQueries) {
        log('requests: five queries, the three reporter="destination" can see, one by every outcome');
        requests = await requestQueries(prometheus, counts, window);
        log(`requests: ${JSON.stringify(requests)}`);
      }
      let pieces: PrometheusCostRow['bucketPieces'];
      if (options.bucketPieces) {
        log("buckets: the source's pieces against the minimal fetch's");
        pieces = await bucketPieces(prometheus, count, counts, window);
        log(`buckets: ${JSON.stringify(pieces)}`);
      }
      return {
        services: count,
        outcomes,
        bucketPieces: pieces,
        learnHours,
        edges: counts.edges,
        series,
        samples,
        backfillSeconds,
        learn: medianRun(rounds.map((one) => one.learn)),
        scan: {
          ...figures(scanRun),
          listed: report.services.length,
          flagged,
          injected,
          exact: flagged.join() === injected.join(),
        },
        minimalFetch: medianFetch(rounds.map((one) => one.minimalFetch)),
        latencyQueries: latency,
        requestQueries: requests,
        learnRatio: median(rounds.map((one) => one.ratio)),
        rounds,
      };
    } finally {
      await prometheus.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function table(rows: PrometheusCostRow[]): string {
  const lines = [
    '| N services (edges) | learn window | CLI requests (learn + scan) | Prometheus CPU (learn) | CLI wall (learn) | CLI peak memory (learn) | minimal fetch: requests, wall, Prometheus CPU | CLI / minimal | scan: listed, flagged = injected |',
    '|---:|---:|---:|---:|---:|---:|---|---:|---|',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.services.toLocaleString('en')} (${row.edges.toLocaleString('en')}) | ${row.learnHours} h | ${row.learn.requests} + ${row.scan.requests} | ${row.learn.prometheusCpuSeconds} s | ${row.learn.wallSeconds} s | ${row.learn.peakMiB} MiB | ${row.minimalFetch.requests}, ${row.minimalFetch.seconds} s, ${row.minimalFetch.prometheusCpuSeconds} s | ${row.learnRatio}x | ${row.scan.listed}, ${row.scan.exact ? 'yes' : `no (${row.scan.flagged.join(' ')})`} |`,
    );
  }
  lines.push(
    '',
    '| N services | one bucket query (sum by le): requests, MiB, wall, Prometheus CPU | three histogram_quantile queries: requests, MiB, wall, Prometheus CPU |',
    '|---:|---|---|',
  );
  const cell = (fetch: PlainFetch) =>
    `${fetch.requests}, ${round(fetch.bytes / 1024 / 1024)} MiB, ${fetch.seconds} s, ${fetch.prometheusCpuSeconds} s`;
  for (const row of rows) {
    if (!row.latencyQueries) continue;
    lines.push(
      `| ${row.services.toLocaleString('en')} | ${cell(row.latencyQueries.buckets)} | ${cell(row.latencyQueries.quantiles)} |`,
    );
  }
  lines.push(
    '',
    "| N services | bucket query in the source's pieces: steps a piece, requests, MiB, wall, Prometheus CPU | in the minimal fetch's pieces |",
    '|---:|---|---|',
  );
  for (const row of rows) {
    if (!row.bucketPieces) continue;
    const { sourceSteps, source, minimal } = row.bucketPieces;
    lines.push(
      `| ${row.services.toLocaleString('en')} | ${sourceSteps}, ${cell(source)} | ${cell(minimal)} |`,
    );
  }
  lines.push(
    '',
    '| N services (outcomes) | total + 4 signal selections: requests, MiB, wall, Prometheus CPU | total + the 2 selections reporter="destination" can see | one query by every outcome |',
    '|---:|---|---|---|',
  );
  for (const row of rows) {
    if (!row.requestQueries) continue;
    lines.push(
      `| ${row.services.toLocaleString('en')} (${row.outcomes}) | ${cell(row.requestQueries.five)} | ${cell(row.requestQueries.visible)} | ${cell(row.requestQueries.allOutcomes)} |`,
    );
  }
  return lines.join('\n');
}

/** The commit the run's source is at ("+" where the work tree differs from it), for the record. */
function commitOf(root: string): string {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'bench/*.ts'], {
    cwd: root,
    encoding: 'utf8',
  });
  return `${head.stdout.trim()}${dirty.stdout.trim() ? '+' : ''}`;
}

/** `--prometheus-cost [--sizes 100,1000] [--learn-hours 24] [...]`: prints the tables, appends to bench/prometheus-cost.json. */
export async function prometheusCostMain(args: string[]): Promise<void> {
  const option = (flag: string) => {
    const index = args.indexOf(flag);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const sizes = (option('--sizes') ?? '100,1000').split(',').map(Number);
  const learnHours = Number(option('--learn-hours') ?? 24);
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const rows: PrometheusCostRow[] = [];
  const options = {
    tsdb: option('--reuse-tsdb'),
    end: option('--end') ? Number(option('--end')) : undefined,
    latencyQueries: args.includes('--latency-queries'),
    requestQueries: args.includes('--request-queries'),
    bucketPieces: args.includes('--bucket-pieces'),
    outcomes: args.includes('--rich-outcomes') ? ('rich' as const) : ('two' as const),
    keepTsdb: option('--keep-tsdb'),
    rounds: Number(option('--rounds') ?? 2),
  };
  for (const size of sizes) rows.push(await measurePrometheusCost(root, size, learnHours, options));
  const out = join(root, 'bench', 'prometheus-cost.json');
  let previous: unknown[] = [];
  try {
    previous = JSON.parse(readFileSync(out, 'utf8')) as unknown[];
  } catch {
    previous = [];
  }
  writeFileSync(
    out,
    JSON.stringify(
      [...previous, { ranAt: new Date().toISOString(), commit: commitOf(root), rows }],
      null,
      2,
    ) + '\n',
  );
  console.log(table(rows));
}

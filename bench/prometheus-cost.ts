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
  HOUR,
  MINUTE,
  SCRAPE_MS,
  backfill,
  meshOf,
  meshSeriesCounts,
  type Outcomes,
} from './prometheus-mesh.js';
import {
  round,
  serverCounters,
  waitUntilIdle,
  warnIfCompacted,
  type PlainFetch,
} from './prometheus-measure.js';
import { bucketPieces, latencyQueries, minimalFetch, requestQueries } from './prometheus-cost-queries.js';
import { table } from './prometheus-cost-table.js';
import { servePrometheus, type RunningPrometheus } from '../harness/prometheus.js';

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

/**
 * The cost of the Prometheus source at scale (issue 16), through the CLI against a real Prometheus with its
 * default limits: for N services, generated Istio series (30 s scrapes, 24 h of history) are backfilled with
 * `promtool tsdb create-blocks-from openmetrics`, then `smanalyzer learn` reads 24 h and `smanalyzer scan` 5 min
 * with faults injected on a few services. Measured per N: requests, Prometheus CPU time, CLI wall time and peak
 * memory, next to fetching the minimal data (request rates by code, bucket rates by le) with plain HTTP in the
 * same run. `npm run bench -- --prometheus-cost [--sizes 100,1000] [--learn-hours 24] [--latency-queries]`; `--reuse-tsdb DIR --end MS`
 * reads a TSDB an earlier run of the same size backfilled (its data ends at MS) instead of generating one.
 * Runs the committed bundle (dist/): rebuild it first (`npm run bundle`) so it measures the current source.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BOUNDS, HOUR, MINUTE, SCRAPE_MS, backfill, meshOf } from './prometheus-mesh.js';
import { servePrometheus } from './prometheus-server.js';

export interface PrometheusCostRow {
  services: number;
  learnHours: number;
  series: number;
  samples: number;
  backfillSeconds: number;
  learn: CliRun;
  scan: CliRun & { listed: number; flagged: string[]; injected: string[]; exact: boolean };
  minimalFetch: PlainFetch;
  /** The source's one bucket query against the three histogram_quantile queries it replaced. */
  latencyQueries?: { buckets: PlainFetch; quantiles: PlainFetch };
  /** CLI learn wall time over the minimal fetch of the same window. */
  learnRatio: number;
}
interface PlainFetch {
  requests: number;
  seconds: number;
  prometheusCpuSeconds: number;
  bytes: number;
}
interface CliRun {
  exitCode: number;
  requests: number;
  prometheusCpuSeconds: number;
  wallSeconds: number;
  peakMiB: number;
}

/** Prometheus's own counters: query API requests served and its CPU seconds. */
async function serverCounters(url: string): Promise<{ requests: number; cpu: number }> {
  let text: string;
  try {
    text = await (await fetch(`${url}/metrics`)).text();
  } catch {
    // A kept-alive socket the server closed while spawnSync held the event loop: once more, on a new one.
    text = await (await fetch(`${url}/metrics`)).text();
  }
  let requests = 0;
  let cpu = 0;
  for (const line of text.split('\n')) {
    if (
      line.startsWith('prometheus_http_requests_total{') &&
      /handler="\/api\/v1\/(query|query_range|label|series)/.test(line)
    )
      requests += Number(line.slice(line.lastIndexOf(' ') + 1));
    if (line.startsWith('process_cpu_seconds_total ')) cpu = Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return { requests, cpu };
}

/** Runs the bundled CLI under /usr/bin/time for its peak resident memory. */
async function cli(
  root: string,
  args: string[],
  url: string,
): Promise<CliRun & { stdout: string; stderr: string }> {
  const before = await serverCounters(url);
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
  const after = await serverCounters(url);
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

/**
 * The minimal data with plain HTTP: request rates by code and bucket rates by le per service, over the same
 * window and step, cut by time only as far as the server's default sample limit needs, four in flight.
 */
async function minimalFetch(url: string, series: number, from: number, to: number, stepMs: number) {
  return fetchPlain(url, series, from, to, stepMs, [
    `sum by (${BY_SERVICE}, response_code) (rate(istio_requests_total{reporter="destination"}[2m]))`,
    `sum by (${BY_SERVICE}, le) (${BUCKET_RATES})`,
  ]);
}

const BY_SERVICE = 'destination_service_namespace, destination_service_name';
const BUCKET_RATES = 'rate(istio_request_duration_milliseconds_bucket{reporter="destination"}[2m])';

/**
 * The latency distribution two ways over the same window: the one bucket query the source asks, and the three
 * histogram_quantile queries it replaced, each with its transfer and Prometheus's CPU time.
 */
async function latencyQueries(url: string, series: number, from: number, to: number, stepMs: number) {
  const buckets = await fetchPlain(url, series, from, to, stepMs, [
    `sum by (${BY_SERVICE}, le) (${BUCKET_RATES})`,
  ]);
  const quantiles = await fetchPlain(
    url,
    series,
    from,
    to,
    stepMs,
    [0.5, 0.9, 0.99].map((q) => `histogram_quantile(${q}, sum by (${BY_SERVICE}, le) (${BUCKET_RATES}))`),
  );
  return { buckets, quantiles };
}

/** Range queries with plain fetch, cut by time only as far as the default sample limit needs, four in flight. */
async function fetchPlain(
  url: string,
  series: number,
  from: number,
  to: number,
  stepMs: number,
  queries: string[],
) {
  const before = await serverCounters(url);
  const started = performance.now();
  const steps = Math.floor((to - from) / stepMs);
  // Pieces of at most 4 M samples: larger ones ran past the server's 2-minute --query.timeout (503) at 1,000 services.
  const span = Math.max(1, Math.min(10_000, Math.floor(4_000_000 / Math.max(1, series) - 10)));
  const pieces: Array<[string, number, number]> = [];
  for (const query of queries)
    for (let first = 0; first < steps; first += span)
      pieces.push([query, first, Math.min(steps, first + span) - 1]);
  let bytes = 0;
  let next = 0;
  const worker = async () => {
    while (next < pieces.length) {
      const [query, first, last] = pieces[next++];
      const body = new URLSearchParams({
        query,
        start: String((from + (first + 1) * stepMs) / 1000),
        end: String((from + (last + 1) * stepMs) / 1000),
        step: String(stepMs / 1000),
      });
      const response = await fetch(`${url}/api/v1/query_range`, { method: 'POST', body });
      const data = await response.arrayBuffer();
      if (!response.ok)
        throw new Error(
          `plain fetch: HTTP ${response.status}: ${Buffer.from(data).toString().slice(0, 200)}`,
        );
      bytes += data.byteLength;
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  const seconds = (performance.now() - started) / 1000;
  const after = await serverCounters(url);
  return {
    requests: after.requests - before.requests,
    seconds: round(seconds),
    prometheusCpuSeconds: round(after.cpu - before.cpu),
    bytes,
  };
}

function figures(run: CliRun): CliRun {
  const { exitCode, requests, prometheusCpuSeconds, wallSeconds, peakMiB } = run;
  return { exitCode, requests, prometheusCpuSeconds, wallSeconds, peakMiB };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export async function measurePrometheusCost(
  root: string,
  count: number,
  learnHours: number,
  options: { tsdb?: string; end?: number; latencyQueries?: boolean } = {},
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

    const t = performance.now();
    const dataDir = join(dir, 'tsdb');
    let samples: number;
    if (options.tsdb) {
      // A TSDB an earlier run backfilled for the same N and end (--reuse-tsdb, --end): no generation.
      spawnSync('cp', ['-a', options.tsdb, dataDir]);
      samples = count * (2 + BOUNDS.length + 1) * Math.ceil((end - start) / SCRAPE_MS);
    } else samples = backfill(dataDir, dir, mesh, start, end, faultFrom);
    const backfillSeconds = round((performance.now() - t) / 1000);
    log(`generated and backfilled ${samples} samples in ${backfillSeconds} s`);

    // Default query limits (--query.max-samples 50M, --query.timeout 2m); retention long enough for the backfill.
    const prometheus = await servePrometheus(dir, dataDir);
    const url = prometheus.url;
    try {
      const baseline = join(dir, 'baseline.json');
      const common = ['--source', 'prometheus', '--prometheus-url', url];
      log('minimal fetch');
      const series = count * (2 + BOUNDS.length + 1);
      const minimal = await minimalFetch(url, series, learnFrom, learnTo, SCRAPE_MS);
      log(`minimal fetch: ${JSON.stringify(minimal)}`);
      log('learn');
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
        url,
      );
      if (learn.exitCode !== 0)
        throw new Error(`learn exited ${learn.exitCode}: ${learn.stderr.slice(-800)}`);
      log(`learn: ${JSON.stringify(figures(learn))}`);
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
        url,
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
        latency = await latencyQueries(url, series, learnFrom, learnTo, SCRAPE_MS);
      }
      return {
        services: count,
        learnHours,
        series,
        samples,
        backfillSeconds,
        learn: figures(learn),
        scan: {
          ...figures(scanRun),
          listed: report.services.length,
          flagged,
          injected,
          exact: flagged.join() === injected.join(),
        },
        minimalFetch: minimal,
        latencyQueries: latency,
        learnRatio: round(learn.wallSeconds / Math.max(0.01, minimal.seconds)),
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
    '| N services | learn window | CLI requests (learn + scan) | Prometheus CPU (learn) | CLI wall (learn) | CLI peak memory (learn) | minimal fetch: requests, wall, Prometheus CPU | CLI / minimal | scan: listed, flagged = injected |',
    '|---:|---:|---:|---:|---:|---:|---|---:|---|',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.services.toLocaleString('en')} | ${row.learnHours} h | ${row.learn.requests} + ${row.scan.requests} | ${row.learn.prometheusCpuSeconds} s | ${row.learn.wallSeconds} s | ${row.learn.peakMiB} MiB | ${row.minimalFetch.requests}, ${row.minimalFetch.seconds} s, ${row.minimalFetch.prometheusCpuSeconds} s | ${row.learnRatio}x | ${row.scan.listed}, ${row.scan.exact ? 'yes' : `no (${row.scan.flagged.join(' ')})`} |`,
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
  return lines.join('\n');
}

/** `--prometheus-cost [--sizes 100,1000] [--learn-hours 24]`: prints the table and writes bench/prometheus-cost.json. */
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
    JSON.stringify([...previous, { ranAt: new Date().toISOString(), rows }], null, 2) + '\n',
  );
  console.log(table(rows));
}

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
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { servePrometheus } from './prometheus-server.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const SCRAPE_MS = 30_000;
const SERVICES_PER_NAMESPACE = 50;
/** Envoy's default histogram bounds (ms). */
const BOUNDS = [
  0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000, 600000, 1800000,
  3600000,
];

interface Band {
  lower: number;
  upper: number;
  share: number;
}
interface Behaviour {
  rate: number;
  errorShare: number;
  bands: Band[];
}
interface Service {
  namespace: string;
  name: string;
  normal: Behaviour;
  fault?: { type: 'latency' | 'error_rate'; behaviour: Behaviour };
}

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

function shareAtOrBelow(bands: Band[], le: number): number {
  let share = 0;
  for (const band of bands) {
    if (le >= band.upper) share += band.share;
    else if (le > band.lower) share += (band.share * (le - band.lower)) / (band.upper - band.lower);
  }
  return share;
}

/** N services in namespaces of 50, each with its own rate and latency; a few with a fault at the end. */
function meshOf(count: number): Service[] {
  const faults = Math.max(2, Math.round(Math.log10(count) * 2));
  const stride = Math.floor(count / faults);
  return Array.from({ length: count }, (_, i) => {
    const normal: Behaviour = {
      rate: 2 + (i % 7),
      errorShare: 0.002,
      bands: [
        { lower: 2 + (i % 20), upper: 30 + (i % 50), share: 0.9 },
        { lower: 60 + (i % 40), upper: 300 + (i % 300), share: 0.1 },
      ],
    };
    const service: Service = {
      namespace: `ns-${String(Math.floor(i / SERVICES_PER_NAMESPACE)).padStart(3, '0')}`,
      name: `svc-${String(i).padStart(5, '0')}`,
      normal,
    };
    if (i % stride === stride - 1 && Math.floor(i / stride) < faults) {
      service.fault =
        Math.floor(i / stride) % 2 === 0
          ? {
              type: 'latency',
              behaviour: {
                ...normal,
                bands: normal.bands.map((b) => ({ ...b, lower: b.lower * 4, upper: b.upper * 4 })),
              },
            }
          : { type: 'error_rate', behaviour: { ...normal, errorShare: 0.1 } };
    }
    return service;
  });
}

/** One counter series of the generated mesh: its labels and how much it grows per second under a behaviour. */
interface GeneratedSeries {
  line: string;
  service: Service;
  perSecond: (behaviour: Behaviour) => number;
}

function meshSeries(mesh: Service[]): { requests: GeneratedSeries[]; buckets: GeneratedSeries[] } {
  const base = (service: Service) =>
    `reporter="destination",destination_service_namespace="${service.namespace}",destination_service_name="${service.name}"`;
  const requests = mesh.flatMap((service): GeneratedSeries[] => [
    {
      line: `istio_requests_total{${base(service)},response_code="200"}`,
      service,
      perSecond: (b) => b.rate * (1 - b.errorShare),
    },
    {
      line: `istio_requests_total{${base(service)},response_code="503"}`,
      service,
      perSecond: (b) => b.rate * b.errorShare,
    },
  ]);
  const bucket = 'istio_request_duration_milliseconds_bucket';
  const buckets = mesh.flatMap((service): GeneratedSeries[] => [
    ...BOUNDS.map((le) => ({
      line: `${bucket}{${base(service)},le="${le}"}`,
      service,
      perSecond: (b: Behaviour) => b.rate * shareAtOrBelow(b.bands, le),
    })),
    { line: `${bucket}{${base(service)},le="+Inf"}`, service, perSecond: (b: Behaviour) => b.rate },
  ]);
  return { requests, buckets };
}

/**
 * Backfills the mesh's history in 2-hour slices, one OpenMetrics file and one promtool run each: promtool 2.42
 * re-reads its whole input once per 2-hour block, so one file for a day costs twelve passes. Each slice is
 * written series by series (each series' samples together and in time order, as the backfiller wants), its
 * counters continuing from the slice before. Returns the samples written.
 */
function backfill(
  dataDir: string,
  dir: string,
  mesh: Service[],
  start: number,
  end: number,
  faultFrom: number,
): number {
  const { requests, buckets } = meshSeries(mesh);
  const all = [...requests, ...buckets];
  const totals = new Float64Array(all.length);
  const behaviourAt = (service: Service, t: number) =>
    service.fault && t > faultFrom ? service.fault.behaviour : service.normal;
  let samples = 0;
  const sliceMs = 2 * HOUR;
  for (let sliceStart = Math.floor(start / sliceMs) * sliceMs; sliceStart < end; sliceStart += sliceMs) {
    const times: number[] = [];
    for (let t = start; t < end; t += SCRAPE_MS)
      if (t >= sliceStart && t < sliceStart + sliceMs) times.push(t);
    if (times.length === 0) continue;
    const path = join(dir, 'slice.om');
    const fd = openSync(path, 'w');
    let buffer = '';
    const write = (index: number) => {
      const one = all[index];
      for (let k = 0; k < times.length; k++) {
        const t = times[k];
        if (t > start) totals[index] += one.perSecond(behaviourAt(one.service, t)) * (SCRAPE_MS / 1000);
        buffer += `${one.line} ${Math.round(totals[index])} ${t / 1000}\n`;
      }
      samples += times.length;
      if (buffer.length > 8 * 1024 * 1024) {
        writeSync(fd, buffer);
        buffer = '';
      }
    };
    buffer += '# TYPE istio_requests counter\n';
    for (let index = 0; index < requests.length; index++) write(index);
    buffer += '# TYPE istio_request_duration_milliseconds histogram\n';
    for (let index = requests.length; index < all.length; index++) write(index);
    buffer += '# EOF\n';
    writeSync(fd, buffer);
    closeSync(fd);
    const run = spawnSync(
      'promtool',
      ['tsdb', 'create-blocks-from', 'openmetrics', '--quiet', path, dataDir],
      {
        encoding: 'utf8',
      },
    );
    if (run.status !== 0) throw new Error(`promtool failed: ${run.stderr.slice(-500)}`);
    rmSync(path);
  }
  return samples;
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

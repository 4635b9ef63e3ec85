/**
 * Issue 4 end to end through the CLI: `learn` and `scan` with `--source prometheus` against the real
 * `prometheus`, no cluster. The server holds four hours of a five-service mesh with per-scrape noise (rate,
 * latency and error jitter plus a slow swing), scraped every 15 s (namespace scrape15) and every 30 s
 * (namespace scrape30), ending two hours before the CLI's clock: learn over a window that ended hours ago,
 * then scan a later clean window (pass) and a later window with 3x p99 on one service and 8% errors on
 * another (exactly those two flagged). Also: every way Prometheus can fail ends in exit 2 with one line of
 * cause and one of fix, and leaves the baseline path alone; and the same histogram read through Prometheus
 * and through the sidecar parser gives the same p99, within the bucket of the true one.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Baseline } from '../src/baseline/store.js';
import { runCli } from './support/cli.js';
import { PrometheusSource } from '../src/sources/prometheus/source.js';
import { SidecarSource } from '../src/sources/sidecars/source.js';
import type { Report } from '../src/core/types.js';
import {
  bucketAround,
  generateIstioOpenMetrics,
  trueQuantile,
  type InjectedChange,
  type LatencyBand,
  type ResponseClass,
  type SyntheticService,
} from './support/istio-openmetrics.js';
import { startPrometheus, type RunningPrometheus } from './support/prometheus-server.js';
import { seededRandom } from '../src/core/numbers.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** The CLI's clock: fixed for the whole file, on the hour before the real now. */
const NOW = Math.floor(Date.now() / HOUR) * HOUR;
const END = NOW - 2 * HOUR;
const START = END - 4 * HOUR;
const FAULT_START = START + 3 * HOUR + 30 * MINUTE;
/** Windows keep 5 minutes from every boundary, so no 2-minute rate window straddles one. */
const LEARN = { from: START + 5 * MINUTE, to: START + 3 * HOUR };
const CLEAN = { from: START + 3 * HOUR + 10 * MINUTE, to: START + 3 * HOUR + 20 * MINUTE };
const FAULTY = { from: FAULT_START + 5 * MINUTE, to: FAULT_START + 15 * MINUTE };

const iso = (ms: number) => new Date(ms).toISOString();

// ---- The mesh ----------------------------------------------------------------------------------------

const FRONTEND_LATENCY: LatencyBand[] = [
  { lowerMs: 10, upperMs: 25, fraction: 0.3 },
  { lowerMs: 25, upperMs: 50, fraction: 0.5 },
  { lowerMs: 50, upperMs: 100, fraction: 0.18 },
  { lowerMs: 100, upperMs: 250, fraction: 0.02 },
];
const stretched = (bands: LatencyBand[], factor: number): LatencyBand[] =>
  bands.map((band) => ({ ...band, lowerMs: band.lowerMs * factor, upperMs: band.upperMs * factor }));

function mesh(namespace: string): SyntheticService[] {
  return [
    {
      namespace,
      name: 'frontend',
      protocol: 'http',
      ratePerSecond: 40,
      responses: [
        { code: '200', share: 0.99 },
        { code: '404', share: 0.005 },
        { code: '503', share: 0.005 },
      ],
      latency: FRONTEND_LATENCY,
    },
    {
      namespace,
      name: 'cart',
      protocol: 'http',
      ratePerSecond: 15,
      responses: [
        { code: '200', share: 0.997 },
        { code: '503', share: 0.003 },
      ],
      latency: [
        { lowerMs: 5, upperMs: 10, fraction: 0.5 },
        { lowerMs: 10, upperMs: 25, fraction: 0.45 },
        { lowerMs: 25, upperMs: 50, fraction: 0.05 },
      ],
    },
    {
      namespace,
      name: 'catalog',
      protocol: 'grpc',
      ratePerSecond: 25,
      responses: [
        { code: '200', grpcStatus: '0', share: 0.995 },
        { code: '200', grpcStatus: '14', share: 0.005 },
      ],
      latency: [
        { lowerMs: 1, upperMs: 5, fraction: 0.7 },
        { lowerMs: 5, upperMs: 10, fraction: 0.25 },
        { lowerMs: 10, upperMs: 25, fraction: 0.05 },
      ],
    },
    {
      namespace,
      name: 'payments',
      protocol: 'http',
      ratePerSecond: 6,
      responses: [
        { code: '200', share: 0.99 },
        { code: '500', share: 0.01 },
      ],
      latency: [
        { lowerMs: 100, upperMs: 250, fraction: 0.7 },
        { lowerMs: 250, upperMs: 500, fraction: 0.29 },
        { lowerMs: 500, upperMs: 1000, fraction: 0.01 },
      ],
    },
    {
      namespace,
      name: 'search',
      protocol: 'http',
      ratePerSecond: 10,
      responses: [{ code: '200', share: 1 }],
      latency: [
        { lowerMs: 25, upperMs: 50, fraction: 0.6 },
        { lowerMs: 50, upperMs: 100, fraction: 0.35 },
        { lowerMs: 100, upperMs: 250, fraction: 0.05 },
      ],
    },
  ];
}

/** The faults from FAULT_START on: frontend's latencies 3x (so its p99 is 3x), cart at 8% errors. */
const FAULTS: Record<string, (service: SyntheticService) => Partial<SyntheticService>> = {
  frontend: (service) => ({ latency: stretched(service.latency, 3) }),
  cart: () => ({
    responses: [
      { code: '200', share: 0.92 },
      { code: '503', share: 0.08 },
    ],
  }),
};

/** A standard normal draw (Box-Muller), clipped to ±3 so no single scrape is absurd. */
function normal(random: () => number): number {
  const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.max(-3, Math.min(3, z));
}

/**
 * Per-scrape behaviour as InjectedChanges: every scrape interval of every service gets its own rate (±8%
 * jitter on a ±10% hourly swing), latency scale (±5%) and error share (±30% of itself), plus the fault
 * from FAULT_START on. The generator applies the change covering the start of each interval.
 */
function noisyBehaviour(
  services: SyntheticService[],
  scrapeIntervalMs: number,
  seed: number,
): InjectedChange[] {
  const random = seededRandom(seed);
  const changes: InjectedChange[] = [];
  for (const service of services) {
    const phase = random() * 2 * Math.PI;
    for (let t = START - scrapeIntervalMs; t < END; t += scrapeIntervalMs) {
      const faulty = t >= FAULT_START ? (FAULTS[service.name]?.(service) ?? {}) : {};
      const swing = 1 + 0.1 * Math.sin((2 * Math.PI * (t - START)) / HOUR + phase);
      const ratePerSecond = service.ratePerSecond * swing * (1 + 0.08 * normal(random));
      const latency = stretched(faulty.latency ?? service.latency, 1 + 0.05 * normal(random));
      const base = faulty.responses ?? service.responses;
      const errorScale = Math.max(0, 1 + 0.3 * normal(random));
      const isError = (r: ResponseClass) =>
        r.code === '0' || r.code.startsWith('5') || (r.grpcStatus ?? '0') !== '0';
      // Fault shares are what the scan must see: jitter only the normal errors.
      const responses = base.map((r) =>
        isError(r) && !faulty.responses ? { ...r, share: r.share * errorScale } : r,
      );
      changes.push({
        namespace: service.namespace,
        name: service.name,
        fromMs: t,
        toMs: t + scrapeIntervalMs,
        change: { ratePerSecond, latency, responses },
      });
    }
  }
  return changes;
}

/** Namespace `p99`: one service whose latency is constant and not aligned to the buckets (for point 3). */
const P99_LATENCY = stretched(FRONTEND_LATENCY, 3);
const P99_SERVICE: SyntheticService = {
  namespace: 'p99',
  name: 'checkout',
  protocol: 'http',
  ratePerSecond: 40,
  responses: [{ code: '200', share: 1 }],
  latency: P99_LATENCY,
};
const P99_SCRAPE_MS = 15_000;
let p99Text = '';

/** Several generated files joined repeat each `# TYPE` header; OpenMetrics wants one block per family. */
function mergeFamilies(texts: string[]): string {
  const families = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of texts.join('\n').split('\n')) {
    if (line.startsWith('# TYPE ')) {
      current = families.get(line) ?? [];
      families.set(line, current);
    } else if (line && line !== '# EOF') current.push(line);
  }
  return [...families].map(([header, lines]) => [header, ...lines].join('\n')).join('\n') + '\n# EOF\n';
}

// ---- Servers and the CLI -----------------------------------------------------------------------------

const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-prom-e2e-'));
let prometheus: RunningPrometheus;
const loopbacks: Server[] = [];
let savedKubeconfig: string | undefined;

beforeAll(async () => {
  // pipeline.ts reads process.env.KUBECONFIG: these tests run with no cluster at all.
  savedKubeconfig = process.env.KUBECONFIG;
  delete process.env.KUBECONFIG;
  const texts = [15_000, 30_000].map((interval) => {
    const services = mesh(`scrape${interval / 1000}`);
    return generateIstioOpenMetrics({
      services,
      changes: noisyBehaviour(services, interval, interval),
      startMs: START,
      endMs: END,
      scrapeIntervalMs: interval,
    });
  });
  p99Text = generateIstioOpenMetrics({
    services: [P99_SERVICE],
    startMs: START,
    endMs: END,
    scrapeIntervalMs: P99_SCRAPE_MS,
  });
  prometheus = await startPrometheus(mergeFamilies([...texts, p99Text]));
}, 120_000);

afterAll(async () => {
  for (const server of loopbacks) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await prometheus?.stop();
  rmSync(dir, { recursive: true, force: true });
  if (savedKubeconfig !== undefined) process.env.KUBECONFIG = savedKubeconfig;
});

const cli = (...argv: string[]) => runCli(argv, { now: () => NOW });

const sourceFlags = (url: string) => ['--source', 'prometheus', '--prometheus-url', url];

// ---- Learn, then scan a clean and a faulty later window ------------------------------------------------

describe.each([15, 30])('with data scraped every %i s', (interval) => {
  const namespace = `scrape${interval}`;
  const baselinePath = join(dir, `baseline-${interval}.json`);
  let learned: { code: number; stdout: string; stderr: string };

  const scan = (window: { from: number; to: number }) =>
    cli('scan', ...sourceFlags(prometheus.url), '-n', namespace, '--baseline', baselinePath,
      '--from', iso(window.from), '--to', iso(window.to), '--output', 'json'); // prettier-ignore

  beforeAll(async () => {
    learned = await cli('learn', ...sourceFlags(prometheus.url), '-n', namespace, '--baseline', baselinePath,
      '--from', iso(LEARN.from), '--to', iso(LEARN.to)); // prettier-ignore
  }, 60_000);

  test('learn reads a window that ended hours ago and writes a baseline of the five services, no cluster needed', () => {
    expect(learned.stderr).not.toMatch(/^Error:/m);
    expect(learned.code).toBe(0);
    const baseline = JSON.parse(readFileSync(baselinePath, 'utf8')) as Baseline;
    expect(baseline.source).toBe('prometheus');
    expect(baseline.cluster).toBeNull();
    expect(baseline.window).toEqual({ from: iso(LEARN.from), to: iso(LEARN.to) });
    expect(baseline.services.map((s) => `${s.namespace}/${s.name}`)).toEqual(
      ['cart', 'catalog', 'frontend', 'payments', 'search'].map((name) => `${namespace}/${name}`),
    );
    expect(baseline.services.every((s) => !s.insufficient)).toBe(true);
  });

  test('learn without --from/--to reads the last 24 h of history at once instead of waiting for it', async () => {
    const path = join(dir, `history-${interval}.json`);
    // No sleep is given to the CLI: a learn that tried to watch the mesh live would wait a real day.
    const result = await cli('learn', ...sourceFlags(prometheus.url), '-n', namespace, '--baseline', path);
    expect(result.code).toBe(0);
    const baseline = JSON.parse(readFileSync(path, 'utf8')) as Baseline;
    expect(Date.parse(baseline.window.to)).toBe(NOW);
    expect(Date.parse(baseline.window.to) - Date.parse(baseline.window.from)).toBe(24 * HOUR);
    expect(baseline.services).toHaveLength(5);
  });

  test('a clean later window passes with exit 0 and no anomaly', async () => {
    const result = await scan(CLEAN);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.anomalies).toEqual([]);
    expect(report.verdict).toBe('pass');
    expect(result.code).toBe(0);
    expect(report.services.map((s) => s.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
  });

  test('a later window with 3x p99 on frontend and 8% errors on cart fails, flagging exactly those two', async () => {
    const result = await scan(FAULTY);
    const report = JSON.parse(result.stdout) as Report;
    expect(result.code).toBe(1);
    expect(report.verdict).toBe('fail');
    const flagged = [...new Set(report.anomalies.map((a) => `${a.service}:${a.type}`))].sort();
    expect(flagged).toEqual(['cart:error_rate', 'frontend:latency']);
    const metrics = (name: string) => report.services.find((s) => s.name === name)!.metrics;
    const p99 = metrics('frontend').latencyP99!;
    expect(p99.observed! / p99.expected!).toBeGreaterThan(2.5);
    expect(metrics('cart').errorRatio!.observed).toBeCloseTo(0.08, 2);
  });
});

// ---- Failures: exit 2, one line of cause and one of fix, the baseline path untouched -------------------

async function loopback(handler: (response: ServerResponse) => void): Promise<string> {
  const server = createServer((request, response) => {
    request.resume();
    handler(response);
  });
  loopbacks.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function closedPortUrl(): Promise<string> {
  const url = await loopback(() => undefined);
  const server = loopbacks.pop()!;
  await new Promise((resolve) => server.close(resolve));
  return url;
}

function expectOneCauseOneFix(stderr: string, cause: RegExp): void {
  const lines = stderr.trimEnd().split('\n');
  expect(lines.slice(-2)[0]).toMatch(cause);
  expect(lines.slice(-1)[0]).toMatch(/^Fix: \S/);
  expect(lines.filter((line) => line.startsWith('Error:'))).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /m);
}

describe('when Prometheus cannot answer', () => {
  const learnFrom = (url: string, baselinePath: string, ...extra: string[]) =>
    cli('learn', ...sourceFlags(url), '--baseline', baselinePath, '--from', iso(LEARN.from), '--to', iso(LEARN.to), ...extra); // prettier-ignore

  test('a server that is down: exit 2, "cannot reach", and no baseline written', async () => {
    const url = await closedPortUrl();
    const path = join(dir, 'down.json');
    const result = await learnFrom(url, path);
    expect(result.code).toBe(2);
    expectOneCauseOneFix(
      result.stderr,
      new RegExp(`^Error: cannot reach Prometheus at ${url}: ECONNREFUSED$`),
    );
    expect(existsSync(path)).toBe(false);
  });

  test('a server that never answers: exit 2 after the configured 1 s timeout, and no baseline written', async () => {
    const url = await loopback(() => undefined);
    const config = join(dir, 'slow.yaml');
    writeFileSync(config, 'prometheus:\n  timeout: 1s\n');
    const path = join(dir, 'slow.json');
    const result = await learnFrom(url, path, '--config', config);
    expect(result.code).toBe(2);
    expectOneCauseOneFix(result.stderr, new RegExp(`^Error: Prometheus at ${url} did not answer within 1 s`));
    expect(result.stderr).toMatch(/Fix: raise --timeout/);
    expect(existsSync(path)).toBe(false);
  });

  test("a 4xx PromQL error: exit 2 with Prometheus's own error text, and no baseline written", async () => {
    const promError = 'invalid parameter "query": 1:38: parse error: unexpected character in label matcher';
    const url = await loopback((response) => {
      response.writeHead(400, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ status: 'error', errorType: 'bad_data', error: promError }));
    });
    const path = join(dir, 'bad-query.json');
    const result = await learnFrom(url, path);
    expect(result.code).toBe(2);
    expectOneCauseOneFix(
      result.stderr,
      /^Error: Prometheus at .* rejected a query \(HTTP 400, bad_data: invalid parameter/,
    );
    expect(existsSync(path)).toBe(false);
  });

  describe('a real Prometheus with no Istio series', () => {
    let empty: RunningPrometheus;
    beforeAll(async () => {
      const lines = ['# TYPE up gauge'];
      for (let t = START; t < END; t += 15_000) lines.push(`up{job="node",instance="a:9100"} 1 ${t / 1000}`);
      empty = await startPrometheus(`${lines.join('\n')}\n# EOF\n`);
    }, 60_000);
    afterAll(async () => {
      await empty?.stop();
    });

    test('learn exits 2 saying no mesh metrics were found, and writes nothing', async () => {
      const path = join(dir, 'empty.json');
      const result = await learnFrom(empty.url, path);
      expect(result.code).toBe(2);
      expectOneCauseOneFix(
        result.stderr,
        /^Error: no mesh metrics found at http:\/\/127\.0\.0\.1:\d+ between .* \(looked for Istio \(sidecars\): istio_requests_total/,
      );
      expect(existsSync(path)).toBe(false);
    });

    test('a failed learn leaves a baseline already at the path byte for byte as it was', async () => {
      const path = join(dir, 'existing.json');
      writeFileSync(path, '{"an":"older baseline"}\n');
      const before = statSync(path).mtimeMs;
      const result = await learnFrom(empty.url, path);
      expect(result.code).toBe(2);
      expect(readFileSync(path, 'utf8')).toBe('{"an":"older baseline"}\n');
      expect(statSync(path).mtimeMs).toBe(before);
    });

    test('scan exits 2 with the same message', async () => {
      const result = await cli('scan', ...sourceFlags(empty.url), '-n', 'scrape15', '--baseline', join(dir, 'baseline-15.json'),
        '--from', iso(CLEAN.from), '--to', iso(CLEAN.to)); // prettier-ignore
      expect(result.code).toBe(2);
      expectOneCauseOneFix(result.stderr, /^Error: no mesh metrics found at /);
    });
  });
});

// ---- The same histogram through Prometheus and through the sidecar parser -------------------------------

/** The generator's cumulative samples at one scrape time, as a sidecar would serve them (no timestamps). */
function sidecarTextAt(openMetrics: string, timeMs: number): string {
  const suffix = ` ${timeMs / 1000}`;
  const out: string[] = [];
  for (const line of openMetrics.split('\n')) {
    // The text format names a counter family by its sample name (istio_requests_total).
    if (line.startsWith('# TYPE '))
      out.push(line.replace(/^# TYPE (\w+?)(?:_total)? counter$/, '# TYPE $1_total counter'));
    else if (line.endsWith(suffix)) out.push(line.slice(0, -suffix.length));
  }
  return out.join('\n') + '\n';
}

describe('p99 of the same histogram', () => {
  // Two minutes ending on a scrape, well inside the data: Prometheus's rate window and the sidecar's two scrapes
  // see the same bucket increases.
  const to = START + 2 * HOUR;
  const from = to - 2 * MINUTE;
  const truth = trueQuantile(P99_LATENCY, 0.99);
  const [lower, upper] = bucketAround(truth);

  test('the true p99 lies inside a bucket, not on a bound (so interpolation matters)', () => {
    expect(truth).toBeCloseTo(525, 9);
    expect([lower, upper]).toEqual([500, 1000]);
  });

  test('from Prometheus and from the sidecar parser agree, and lie in the bucket of the true p99', async () => {
    const fromPrometheus = await new PrometheusSource({
      url: prometheus.url,
      headers: {},
      bearerToken: null,
      basicAuth: null,
      caFile: null,
      insecureSkipVerify: false,
      mesh: 'istio',
      timeoutMs: 10_000,
      concurrency: 4,
    }).collect({ from: to - P99_SCRAPE_MS, to, stepMs: P99_SCRAPE_MS, namespaces: ['p99'] });
    const prometheusP99 = fromPrometheus.services[0].values.latencyP99[0]!;

    let clock = from - 1;
    const sidecar = new SidecarSource(
      {
        pods: async () => [{ namespace: 'p99', pod: 'checkout-1', service: 'checkout' }],
        fetchMetrics: async () => sidecarTextAt(p99Text, clock),
        now: () => clock,
        sleep: async (ms) => {
          clock += ms;
        },
      },
      { intervalMs: 2 * MINUTE, concurrency: 1 },
    );
    const fromSidecar = await sidecar.collect({ from, to, stepMs: 2 * MINUTE, namespaces: [] });
    const sidecarP99 = fromSidecar.services[0].values.latencyP99[0]!;

    // Both interpolate the same bucket counts: 500 + 500 · (0.99 − share below 500) / share in (500, 1000].
    const below500 = 0.98 + (0.02 * (500 - 300)) / (750 - 300);
    const inBucket = (0.02 * (750 - 500)) / (750 - 300);
    const interpolated = 500 + 500 * ((0.99 - below500) / inBucket);
    expect(interpolated).toBeCloseTo(550, 6);
    for (const p99 of [prometheusP99, sidecarP99]) {
      expect(p99).toBeGreaterThan(lower);
      expect(p99).toBeLessThanOrEqual(upper);
      // Counters hold whole requests (53 in this bucket over the 2 minutes): a few ms from the ideal.
      expect(Math.abs(p99 - interpolated)).toBeLessThan(5);
    }
    // The same bucket increases through both paths: the same number, to rounding.
    expect(sidecarP99).toBeCloseTo(prometheusP99, 6);
  });
});

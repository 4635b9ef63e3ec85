/**
 * End to end through the CLI: `learn` and `scan` with `--source prometheus` against the real
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
import {
  bucketAround,
  generateIstioOpenMetrics,
  trueQuantile,
  type SyntheticService,
} from './support/istio-openmetrics.js';
import {
  CLEAN,
  END,
  FRONTEND_LATENCY,
  HOUR,
  LEARN,
  MINUTE,
  NOW,
  START,
  iso,
  knownAnswers,
  knownMeshTexts,
  mergeFamilies,
  stretched,
} from './support/known-mesh.js';
import { startPrometheus, type RunningPrometheus } from '../harness/prometheus.js';

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

// ---- Servers and the CLI -----------------------------------------------------------------------------

const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-prom-e2e-'));
let prometheus: RunningPrometheus;
const loopbacks: Server[] = [];
let savedKubeconfig: string | undefined;

beforeAll(async () => {
  // pipeline.ts reads process.env.KUBECONFIG: these tests run with no cluster at all.
  savedKubeconfig = process.env.KUBECONFIG;
  delete process.env.KUBECONFIG;
  const texts = knownMeshTexts();
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

describe.each([15, 30] as const)('with data scraped every %i s', (interval) => {
  const namespace = `scrape${interval}`;

  // The same known answers every PromQL backend is held to (victoria-metrics-e2e.test.ts runs them there).
  knownAnswers((...argv) => cli(argv[0], ...sourceFlags(prometheus.url), ...argv.slice(1)), dir, interval);

  test('learn without --from/--to reads the last 24 h of history at once, and names the 4 h it held', async () => {
    const path = join(dir, `history-${interval}.json`);
    // No sleep is given to the CLI: a learn that tried to watch the mesh live would wait a real day.
    const result = await cli('learn', ...sourceFlags(prometheus.url), '-n', namespace, '--baseline', path);
    expect(result.code).toBe(0);
    const baseline = JSON.parse(readFileSync(path, 'utf8')) as Baseline;
    expect(baseline.services).toHaveLength(5);
    // The data runs from START to END (4 h ending 2 h ago): the window said and kept is its first to last
    // sample (the last rate lands within a rate window past END), not the 24 h asked.
    const [from, to] = [Date.parse(baseline.window.from), Date.parse(baseline.window.to)];
    expect(from).toBeGreaterThanOrEqual(START);
    expect(from - START).toBeLessThanOrEqual(2 * interval * 1000);
    expect(to).toBeGreaterThanOrEqual(END - interval * 1000);
    expect(to - END).toBeLessThanOrEqual(3 * MINUTE);
    expect(result.stderr).toContain(
      `Learned 5 services from the data the source held, ${baseline.window.from} → ${baseline.window.to} (first to last sample)`,
    );
    expect(result.stderr).toMatch(
      new RegExp(
        `^Warning: the source holds only 4h\\d*m? of the 24h asked \\(data from ${baseline.window.from} to ${baseline.window.to}\\)`,
        'm',
      ),
    );
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

    test('learn exits 2 saying no Istio metrics were found, and writes nothing', async () => {
      const path = join(dir, 'empty.json');
      const result = await learnFrom(empty.url, path);
      expect(result.code).toBe(2);
      expectOneCauseOneFix(
        result.stderr,
        /^Error: no mesh metrics found at http:\/\/127\.0\.0\.1:\d+ between \S+ and \S+: none of istio_requests_total/,
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
      const result = await cli('scan', ...sourceFlags(empty.url), '-n', 'scrape15', '--baseline', join(dir, 'known-15.json'),
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

/**
 * The sidecar source end to end through the CLI: the Kubernetes API emulator holds meshed pods of three Services,
 * and its pod-proxy route serves each pod's :15020/stats/prometheus in the real text format (HELP/TYPE, escaped
 * label values, another reporter's series, histograms with Envoy's buckets), with counters that advance with the
 * run's clock at jittered rates and latencies. The CLI gets a fake clock (io.now / io.sleep), which the pipeline
 * hands to the sidecar source, so an hour of watching takes seconds: `learn --source sidecars` watches one hour,
 * then `scan` watches five minutes of the same mesh (pass) and five minutes in which one Service's sidecars
 * answer 20% of requests with 5xx (exit 1, that Service flagged with error_rate, no other).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Baseline } from '../src/baseline/store.js';
import { runCli } from './support/cli.js';
import type { Report } from '../src/core/types.js';
import { ENVOY_DEFAULT_BUCKETS_MS, type LatencyBand } from './support/istio-openmetrics.js';
import { startKubeApiServer, type KubeApiServer } from './support/kube-api-server.js';
import { istiodDeployment, namespace, pod, service } from './support/mesh-fixtures.js';
import { seededRandom } from '../src/core/numbers.js';

/** The run's clock: a fake the CLI's sleeps advance. */
let clock = Date.parse('2026-11-25T12:00:00Z');

const NAMESPACE = 'shop';

interface Behaviour {
  /** Requests per second per pod. */
  ratePerSecond: number;
  /** Share of requests answered 503. */
  errorShare: number;
  latency: LatencyBand[];
}

const BEHAVIOUR: Record<string, Behaviour> = {
  web: {
    ratePerSecond: 30,
    errorShare: 0.002,
    latency: [
      { lowerMs: 10, upperMs: 25, fraction: 0.4 },
      { lowerMs: 25, upperMs: 50, fraction: 0.5 },
      { lowerMs: 50, upperMs: 100, fraction: 0.1 },
    ],
  },
  orders: {
    ratePerSecond: 20,
    errorShare: 0.005,
    latency: [
      { lowerMs: 25, upperMs: 50, fraction: 0.3 },
      { lowerMs: 50, upperMs: 100, fraction: 0.6 },
      { lowerMs: 100, upperMs: 250, fraction: 0.1 },
    ],
  },
  stock: {
    ratePerSecond: 25,
    errorShare: 0,
    latency: [
      { lowerMs: 1, upperMs: 5, fraction: 0.5 },
      { lowerMs: 5, upperMs: 10, fraction: 0.45 },
      { lowerMs: 10, upperMs: 25, fraction: 0.05 },
    ],
  },
};
const PODS: Array<[string, string]> = [
  ['web-7d9f8b6c5d-a1b2c', 'web'],
  ['web-7d9f8b6c5d-d3e4f', 'web'],
  ['orders-5c6d7e8f9a-g5h6i', 'orders'],
  ['orders-5c6d7e8f9a-j7k8l', 'orders'],
  ['stock-6b7c8d9e0f-m9n0p', 'stock'],
];

function shareAtOrBelow(bands: LatencyBand[], le: number): number {
  const total = bands.reduce((sum, band) => sum + band.fraction, 0);
  let share = 0;
  for (const band of bands) {
    const covered = Math.min(Math.max(le - band.lowerMs, 0), band.upperMs - band.lowerMs);
    share += (band.fraction / total) * (covered / (band.upperMs - band.lowerMs));
  }
  return share;
}

/**
 * One pod's Istio sidecar: cumulative counters that catch up with the clock whenever it is scraped, at the
 * pod's current behaviour with ±10% rate and ±5% latency jitter; served as :15020/stats/prometheus text.
 */
class LiveSidecar {
  private last = clock;
  private ok = 0;
  private errors = 0;
  private readonly buckets = ENVOY_DEFAULT_BUCKETS_MS.map(() => 0);
  private sum = 0;
  private readonly random: () => number;

  constructor(
    private readonly podName: string,
    private readonly app: string,
    seed: number,
  ) {
    this.random = seededRandom(seed);
  }

  private advance(): void {
    const behaviour = BEHAVIOUR[this.app];
    const requests = ((clock - this.last) / 1000) * behaviour.ratePerSecond * (0.9 + 0.2 * this.random());
    const scale = 0.95 + 0.1 * this.random();
    this.last = clock;
    this.ok += requests * (1 - behaviour.errorShare);
    this.errors += requests * behaviour.errorShare;
    ENVOY_DEFAULT_BUCKETS_MS.forEach(
      (le, i) => (this.buckets[i] += requests * shareAtOrBelow(behaviour.latency, le / scale)),
    );
    this.sum += requests * 40;
  }

  text(): string {
    this.advance();
    const total = Math.floor(this.ok) + Math.floor(this.errors);
    // Whole requests, cumulative as Envoy keeps them: a request in one bucket is in every higher one too.
    const bucketCounts = this.buckets.map((count) => Math.min(total, Math.floor(count + 1e-6)));
    const labels = (code: string) =>
      [
        'reporter="destination"',
        `source_workload="istio-ingressgateway"`,
        'source_principal="spiffe://cluster.local/ns/istio-system/sa/\\"gateway\\"\\\\ingress"',
        `destination_workload="${this.app}"`,
        `destination_service="${this.app}.${NAMESPACE}.svc.cluster.local"`,
        `destination_service_name="${this.app}"`,
        `destination_service_namespace="${NAMESPACE}"`,
        'request_protocol="http"',
        `response_code="${code}"`,
        'grpc_response_status=""',
        'response_flags="-"',
      ].join(',');
    const histogram = labels('200');
    return [
      '# HELP istio_agent_go_goroutines Number of goroutines that currently exist.',
      '# TYPE istio_agent_go_goroutines gauge',
      `istio_agent_go_goroutines{pod="${this.podName}"} 42`,
      '# TYPE istio_requests_total counter',
      `istio_requests_total{${labels('200')}} ${Math.floor(this.ok)}`,
      `istio_requests_total{${labels('503')}} ${Math.floor(this.errors)}`,
      // The client side of this pod's own outbound calls: another reporter, never read as its inbound traffic
      // (a 503 for every call: read as its inbound traffic, it would fail the clean scans).
      `istio_requests_total{${labels('503').replace('reporter="destination"', 'reporter="source"').replace(`destination_service_name="${this.app}"`, 'destination_service_name="upstream"')}} ${Math.floor(this.ok)}`,
      '# TYPE istio_request_duration_milliseconds histogram',
      ...ENVOY_DEFAULT_BUCKETS_MS.map(
        (le, i) => `istio_request_duration_milliseconds_bucket{${histogram},le="${le}"} ${bucketCounts[i]}`,
      ),
      `istio_request_duration_milliseconds_bucket{${histogram},le="+Inf"} ${total}`,
      `istio_request_duration_milliseconds_sum{${histogram}} ${this.sum.toFixed(1)}`,
      `istio_request_duration_milliseconds_count{${histogram}} ${total}`,
      '',
    ].join('\n');
  }
}

const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-sidecar-e2e-'));
const baselinePath = join(dir, 'baseline.json');
/** Scheduled but never Ready: discovery must leave it out, so nothing may scrape it. */
const NOT_READY_POD = 'web-7d9f8b6c5d-q1r2s';
let api: KubeApiServer;
let kubeconfig: string;
let savedKubeconfig: string | undefined;
const sidecars = new Map<string, LiveSidecar>();

beforeAll(async () => {
  // pipeline.ts reads process.env.KUBECONFIG: only --kubeconfig may point at the cluster.
  savedKubeconfig = process.env.KUBECONFIG;
  delete process.env.KUBECONFIG;
  api = await startKubeApiServer();
  api.addNamespace(namespace(NAMESPACE, { 'istio-injection': 'enabled' }));
  api.addDeployment(istiodDeployment({}));
  for (const app of Object.keys(BEHAVIOUR)) api.addService(service(NAMESPACE, app, { app }));
  PODS.forEach(([name, app], i) => {
    api.addPod(pod({ namespace: NAMESPACE, name, app, ip: `10.244.1.${10 + i}` }));
    sidecars.set(name, new LiveSidecar(name, app, i + 1));
  });
  api.addPod(pod({ namespace: NAMESPACE, name: NOT_READY_POD, app: 'web', ready: false, ip: '10.244.1.99' }));
  api.podProxy = ({ namespace: ns, pod: name, port, path }) => {
    const sidecar = sidecars.get(name);
    if (ns !== NAMESPACE || !sidecar || port !== '15020' || path !== 'stats/prometheus') {
      return { status: 404, body: '404 page not found\n' };
    }
    return { status: 200, body: sidecar.text(), contentType: 'text/plain; version=0.0.4; charset=utf-8' };
  };
  kubeconfig = api.writeKubeconfig(dir);
});

afterAll(async () => {
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
  if (savedKubeconfig !== undefined) process.env.KUBECONFIG = savedKubeconfig;
});

const cli = (...argv: string[]) =>
  runCli(argv, {
    now: () => clock,
    sleep: async (ms) => {
      clock += ms;
    },
  });

const common = () => ['--source', 'sidecars', '--kubeconfig', kubeconfig, '--baseline', baselinePath,
  '--interval', '15s', '--step', '15s']; // prettier-ignore

describe('with the sidecar source', () => {
  let learned: { code: number; stdout: string; stderr: string };
  let learnedFrom = 0;

  beforeAll(async () => {
    learnedFrom = clock;
    learned = await cli('learn', ...common(), '--duration', '1h');
  }, 60_000);

  test('learn watches the mesh for the duration and writes a baseline of the three Services', () => {
    expect(learned.stderr).not.toMatch(/^Error:/m);
    expect(learned.code).toBe(0);
    const baseline = JSON.parse(readFileSync(baselinePath, 'utf8')) as Baseline;
    expect(baseline.source).toBe('sidecars');
    expect(baseline.cluster?.server).toBe(api.url);
    expect(baseline.cluster?.version).toBe(api.gitVersion);
    expect(baseline.window).toEqual({
      from: new Date(learnedFrom).toISOString(),
      to: new Date(learnedFrom + 3_600_000).toISOString(),
    });
    expect(baseline.services.map((s) => `${s.namespace}/${s.name}`)).toEqual([
      'shop/orders',
      'shop/stock',
      'shop/web',
    ]);
    expect(baseline.services.every((s) => !s.insufficient)).toBe(true);
    // Learned from the scraped buckets, as from Prometheus: how its slow requests bunch, at the p99 and the p50.
    for (const s of baseline.services) {
      expect(s.slowTail?.thresholdMs).toBeCloseTo(s.metrics.latencyP99!.mean, 6);
      expect(s.slowMedian?.thresholdMs).toBeCloseTo(s.metrics.latencyP50!.mean, 6);
    }
    // Ten pods' worth of traffic: web 2 x 30, orders 2 x 20, stock 25 requests per second, ±10% jitter.
    const rates = Object.fromEntries(baseline.services.map((s) => [s.name, s.meanRate]));
    expect(rates.web).toBeCloseTo(60, -0.5);
    expect(rates.orders).toBeCloseTo(40, -0.5);
    expect(rates.stock).toBeCloseTo(25, -0.5);
  });

  test('every ready pod, and only those, was read through the API server pod proxy', () => {
    const proxied = new Set(
      api.requests.filter((r) => r.path.includes('/proxy/')).map((r) => decodeURIComponent(r.path)),
    );
    expect([...proxied].sort()).toEqual(
      PODS.map(
        ([name]) => `/api/v1/namespaces/${NAMESPACE}/pods/${name}:15020/proxy/stats/prometheus`,
      ).sort(),
    );
  });

  test('a later clean scan passes with exit 0', async () => {
    clock += 10 * 60_000;
    const result = await cli('scan', ...common(), '--duration', '5m', '--output', 'json');
    expect(result.stderr).not.toMatch(/^Error:/m);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.anomalies).toEqual([]);
    expect(report.verdict).toBe('pass');
    // The report names the cluster it judged: server, context and the version from /version.
    expect(report.cluster).toMatchObject({ server: api.url, version: api.gitVersion });
    expect(result.code).toBe(0);
  }, 30_000);

  test('a scan while one Service answers 20% 5xx exits 1 and flags exactly that Service with error_rate', async () => {
    BEHAVIOUR.orders.errorShare = 0.2;
    clock += 10 * 60_000;
    const result = await cli('scan', ...common(), '--duration', '5m', '--output', 'json');
    expect(result.stderr).not.toMatch(/^Error:/m);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.source).toBe('sidecars');
    expect(report.anomalies.map((a) => `${a.service}:${a.type}`)).toEqual(['orders:error_rate']);
    expect(report.anomalies[0].observed).toBeCloseTo(0.2, 1);
    expect(report.verdict).toBe('fail');
    expect(result.code).toBe(1);
  }, 30_000);
});

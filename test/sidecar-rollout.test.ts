/**
 * A rollout read straight from the sidecars, through the CLI: the Kubernetes API emulator holds the pods of
 * `reviews`, and its pod-proxy route serves each pod's :15020/stats/prometheus as an Istio sidecar writes it, its
 * own inbound series labelled with its pod's version (destination_version, destination_canonical_revision). The
 * baseline is learned with v1's two pods alone; then a v2 pod joins, taking a third of the same requests:
 * - failing 5% of them (v1 0.2%): the scan fails on v2 against v1, the rollout read from the scrapes;
 * - healthy to its own sidecar, but 5% of the calls to it refused as overflows and 300 ms slower at its caller's
 *   (productpage's outbound series, which name reviews' version): fails on what the caller saw;
 * - healthy: the scan passes, the rollout ok.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/cli.js';
import type { Report } from '../src/core/types.js';
import { ENVOY_DEFAULT_BUCKETS_MS } from './support/istio-openmetrics.js';
import { startKubeApiServer, type KubeApiServer } from './support/kube-api-server.js';
import { istiodDeployment, namespace, pod, service } from './support/mesh-fixtures.js';
import { seededRandom } from '../src/core/numbers.js';

let clock = Date.parse('2026-11-25T12:00:00Z');
const NAMESPACE = 'books';

/** Each request between 10 and 50 ms (plus `delayMs`): the share at or below a bucket bound. */
const atOrBelow = (le: number, delayMs = 0) => Math.min(1, Math.max(0, (le - 10 - delayMs) / 40));

/**
 * One pod of reviews: counters that catch up with the clock (±10% rate jitter), as its own sidecar counts them
 * and as its caller's sidecar does (the network to it adding `callerDelayMs`; `callerOverflowShare` more of its
 * requests refused there as circuit-breaker overflows).
 */
class VersionedSidecar {
  private last = clock;
  ok = 0;
  errors = 0;
  readonly buckets = ENVOY_DEFAULT_BUCKETS_MS.map(() => 0);
  readonly callerBuckets = ENVOY_DEFAULT_BUCKETS_MS.map(() => 0);
  callerOverflows = 0;
  private readonly random: () => number;
  errorShare = 0.002;
  ratePerSecond = 10;
  callerDelayMs = 0;
  callerOverflowShare = 0;

  constructor(
    readonly version: string,
    seed: number,
  ) {
    this.random = seededRandom(seed);
  }

  /** Up to the clock; a second call at the same time adds nothing. */
  advance(): void {
    const requests = ((clock - this.last) / 1000) * this.ratePerSecond * (0.9 + 0.2 * this.random());
    this.last = clock;
    this.ok += requests * (1 - this.errorShare);
    this.errors += requests * this.errorShare;
    this.callerOverflows += requests * this.callerOverflowShare;
    ENVOY_DEFAULT_BUCKETS_MS.forEach((le, i) => {
      this.buckets[i] += requests * atOrBelow(le);
      this.callerBuckets[i] += requests * atOrBelow(le, this.callerDelayMs);
    });
  }

  text(): string {
    this.advance();
    return exposition([series('destination', this.version, this)]);
  }
}

/** Istio's request series of one reporter for one version of reviews, from counts that may be fractional. */
function series(
  reporter: 'destination' | 'source',
  version: string,
  c: { ok: number; errors: number; overflows?: number; buckets: number[] },
): { requests: string[]; buckets: string[] } {
  const total = Math.floor(c.ok) + Math.floor(c.errors);
  const labels = (code: string, flags = '-') =>
    [
      `reporter="${reporter}"`,
      'source_workload="productpage-v1"',
      `source_workload_namespace="${NAMESPACE}"`,
      `destination_workload="reviews-${version}"`,
      `destination_service="reviews.${NAMESPACE}.svc.cluster.local"`,
      'destination_service_name="reviews"',
      `destination_service_namespace="${NAMESPACE}"`,
      `destination_version="${version}"`,
      `destination_canonical_revision="${version}"`,
      `response_code="${code}"`,
      `response_flags="${flags}"`,
    ].join(',');
  return {
    requests: [
      `istio_requests_total{${labels('200')}} ${Math.floor(c.ok)}`,
      `istio_requests_total{${labels('503')}} ${Math.floor(c.errors)}`,
      ...(c.overflows !== undefined
        ? [`istio_requests_total{${labels('503', 'UO')}} ${Math.floor(c.overflows)}`]
        : []),
    ],
    buckets: [
      ...ENVOY_DEFAULT_BUCKETS_MS.map(
        (le, i) =>
          `istio_request_duration_milliseconds_bucket{${labels('200')},le="${le}"} ${Math.min(total, Math.floor(c.buckets[i]))}`,
      ),
      `istio_request_duration_milliseconds_bucket{${labels('200')},le="+Inf"} ${total}`,
    ],
  };
}

/** A scrape of some versions' series: each family's TYPE line once. */
function exposition(parts: Array<{ requests: string[]; buckets: string[] }>): string {
  return [
    '# TYPE istio_requests_total counter',
    ...parts.flatMap((p) => p.requests),
    '# TYPE istio_request_duration_milliseconds histogram',
    ...parts.flatMap((p) => p.buckets),
    '',
  ].join('\n');
}

/** productpage's sidecar: its calls to each version of reviews as it saw them (`reporter="source"`). */
function callerText(): string {
  const byVersion = new Map<string, VersionedSidecar[]>();
  for (const sidecar of sidecars.values()) {
    sidecar.advance();
    byVersion.set(sidecar.version, [...(byVersion.get(sidecar.version) ?? []), sidecar]);
  }
  const sum = (list: VersionedSidecar[], of: (s: VersionedSidecar) => number) =>
    list.reduce((total, s) => total + of(s), 0);
  return exposition(
    [...byVersion].map(([version, list]) =>
      series('source', version, {
        ok: sum(list, (s) => s.ok),
        errors: sum(list, (s) => s.errors),
        overflows: sum(list, (s) => s.callerOverflows),
        buckets: ENVOY_DEFAULT_BUCKETS_MS.map((_, i) => sum(list, (s) => s.callerBuckets[i])),
      }),
    ),
  );
}

const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-sidecar-rollout-'));
let api: KubeApiServer;
let kubeconfig: string;
let savedKubeconfig: string | undefined;
const sidecars = new Map<string, VersionedSidecar>();
const V2_POD = 'reviews-v2-7f6d5c4b3a-x1y2z';
/** reviews' one caller: its sidecar's outbound series name each version of reviews it called. */
const CALLER_POD = 'productpage-v1-6a5b4c3d2e-p1q2r';

function addPod(name: string, version: string, i: number): void {
  api.addPod(pod({ namespace: NAMESPACE, name, app: 'reviews', ip: `10.244.2.${10 + i}` }));
  sidecars.set(name, new VersionedSidecar(version, i + 1));
}

const cli = (...argv: string[]) =>
  runCli(argv, {
    now: () => clock,
    sleep: async (ms) => {
      clock += ms;
    },
  });
const common = () => ['--source', 'sidecars', '--kubeconfig', kubeconfig, '--baseline',
  join(dir, 'baseline.json'), '--interval', '15s', '--step', '15s']; // prettier-ignore

beforeAll(async () => {
  savedKubeconfig = process.env.KUBECONFIG;
  delete process.env.KUBECONFIG;
  api = await startKubeApiServer();
  api.addNamespace(namespace(NAMESPACE, { 'istio-injection': 'enabled' }));
  api.addDeployment(istiodDeployment({}));
  api.addService(service(NAMESPACE, 'reviews', { app: 'reviews' }));
  api.addService(service(NAMESPACE, 'productpage', { app: 'productpage' }));
  api.addPod(pod({ namespace: NAMESPACE, name: CALLER_POD, app: 'productpage', ip: '10.244.2.9' }));
  addPod('reviews-v1-5c6d7e8f9a-a1b2c', 'v1', 0);
  addPod('reviews-v1-5c6d7e8f9a-d3e4f', 'v1', 1);
  api.podProxy = ({ pod: name, port, path }) => {
    const sidecar = sidecars.get(name);
    if ((!sidecar && name !== CALLER_POD) || port !== '15020' || path !== 'stats/prometheus')
      return { status: 404, body: 'not found\n' };
    const body = sidecar ? sidecar.text() : callerText();
    return { status: 200, body, contentType: 'text/plain; version=0.0.4' };
  };
  kubeconfig = api.writeKubeconfig(dir);
  const learned = await cli('learn', ...common(), '--duration', '30m');
  if (learned.code !== 0) throw new Error(learned.stderr);
  // The Service's traffic stays as it was learned, now spread over three pods.
  addPod(V2_POD, 'v2', 2);
  for (const sidecar of sidecars.values()) sidecar.ratePerSecond = 20 / 3;
}, 60_000);

afterAll(async () => {
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
  if (savedKubeconfig !== undefined) process.env.KUBECONFIG = savedKubeconfig;
});

async function scan(name: string): Promise<{ code: number; report: Report }> {
  clock += 5 * 60_000;
  const path = join(dir, `${name}.json`);
  const run = await cli(
    'scan',
    ...common(),
    '--duration',
    '5m',
    '--report',
    path,
    '--history',
    join(dir, 'h.jsonl'),
  );
  if (run.code === 2) throw new Error(run.stderr);
  return { code: run.code, report: JSON.parse(readFileSync(path, 'utf8')) as Report };
}

test('a v2 pod failing 5% of its requests beside two v1 pods fails the scan, v2 against v1', async () => {
  sidecars.get(V2_POD)!.errorShare = 0.05;
  const { code, report } = await scan('failing');
  expect(code).toBe(1);
  const [rollout] = report.rollouts!;
  expect(rollout).toMatchObject({ service: 'reviews', verdict: 'regressed' });
  expect([rollout.new.version, rollout.old.versions]).toEqual(['v2', ['v1']]);
  // A third of the requests: one pod of three, each at the same rate (±10%).
  expect(rollout.new.share).toBeGreaterThan(0.25);
  expect(rollout.new.share).toBeLessThan(0.42);
  const errors = rollout.signals.find((s) => s.signal === 'errors')!;
  expect(errors.verdict).toBe('worse');
  expect(errors.new.value).toBeCloseTo(0.05, 2);
  // The latency buckets are read per version too: the same bands, so no worse.
  expect(rollout.signals.find((s) => s.signal === 'latencyP50')!.verdict).not.toBe('worse');
  const finding = report.anomalies.find((f) => f.rollout?.moved === 'new')!;
  expect(finding).toMatchObject({ service: 'reviews', type: 'error_rate' });
}, 30_000);

test("v2's overflows and a delay to its pod, seen by its caller's sidecar alone, fail v2 against v1", async () => {
  const v2 = sidecars.get(V2_POD)!;
  v2.errorShare = 0.002;
  v2.callerOverflowShare = 0.05;
  v2.callerDelayMs = 300;
  const { code, report } = await scan('callers');
  v2.callerOverflowShare = 0;
  v2.callerDelayMs = 0;
  expect(code).toBe(1);
  const [rollout] = report.rollouts!;
  expect(rollout).toMatchObject({ service: 'reviews', new: { version: 'v2' }, verdict: 'regressed' });
  const verdict = (signal: string) => rollout.signals.find((s) => s.signal === signal)!.verdict;
  // Its own sidecar sees nothing wrong: the same errors and latency as v1's.
  expect([verdict('errors'), verdict('latencyP50'), verdict('latencyP99')]).not.toContain('worse');
  expect([verdict('overflows'), verdict('callersLatencyP50'), verdict('callersLatencyP99')]).toEqual([
    'worse',
    'worse',
    'worse',
  ]);
}, 30_000);

test('a healthy v2 pod beside them passes, its rollout ok', async () => {
  sidecars.get(V2_POD)!.errorShare = 0.002;
  const { code, report } = await scan('healthy');
  expect(code).toBe(0);
  expect(report.rollouts).toEqual([expect.objectContaining({ service: 'reviews', verdict: 'ok' })]);
}, 30_000);

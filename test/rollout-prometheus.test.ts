/**
 * Rollouts end to end through the CLI against the real `prometheus`, on Istio series that carry version labels
 * (destination_version, destination_canonical_revision) on istio_requests_total and the duration buckets. One
 * baseline is learned over three hours in which every service runs v1 only; then, from the deploy on, each
 * namespace shows one case, scanned with the 30 minutes before the deploy as the reference:
 * - errors: v2 takes 20% of the requests and fails 4% of them (v1 0.1%): the gate fails on v2 against v1;
 * - latency: v2 takes 50% and is 1.3x slower: fails;
 * - shared: v2 takes 50% and both versions are 1.8x slower: no failure, a finding worded as both versions';
 * - single and nolabel: one version only, 1.8x slower, with and without version labels: the same verdict;
 * - young: v2 has served a few dozen requests so far: the report says how many more it needs;
 * - overflow: v2 takes 20%; its own sidecar sees nothing wrong, while its caller's sidecar reports 5% of the
 *   requests to v2 as circuit-breaker overflows (503, `UO`): fails on v2's overflows against v1's, read from the
 *   caller's view by version (no Envoy cluster stats);
 * - network: v2 takes 50%; its own sidecar times it as v1's, its caller's sidecar 300 ms slower (a delay on the
 *   network to its pods): fails on v2's latency as the caller sees it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/cli.js';
import type { Report } from '../src/core/types.js';
import type { LatencyBand } from './support/istio-openmetrics.js';
import {
  generateRolloutOpenMetrics,
  slower,
  type RolloutService,
  type VersionBehaviour,
} from './support/istio-rollout-openmetrics.js';
import { startPrometheus, type RunningPrometheus } from '../harness/prometheus.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const NOW = Math.floor(Date.now() / HOUR) * HOUR;
const START = NOW - 6 * HOUR;
const DEPLOY = START + 3 * HOUR + 30 * MINUTE;
const END = DEPLOY + 30 * MINUTE;
const LEARN = { from: START + 5 * MINUTE, to: DEPLOY - 40 * MINUTE };
const SCAN = { from: DEPLOY, to: DEPLOY + 10 * MINUTE };
const iso = (ms: number) => new Date(ms).toISOString();

const LATENCY: LatencyBand[] = [
  { lowerMs: 5, upperMs: 10, fraction: 0.2 },
  { lowerMs: 10, upperMs: 25, fraction: 0.6 },
  { lowerMs: 25, upperMs: 50, fraction: 0.18 },
  { lowerMs: 50, upperMs: 100, fraction: 0.02 },
];
const healthy = (version: string, share: number, latency = LATENCY): VersionBehaviour => ({
  version,
  share,
  responses: [
    { code: '200', share: 0.999 },
    { code: '503', share: 0.001 },
  ],
  latency,
});
const failing = (version: string, share: number, errors: number): VersionBehaviour => ({
  ...healthy(version, share),
  responses: [
    { code: '200', share: 1 - errors },
    { code: '503', share: errors },
  ],
});

function service(
  namespace: string,
  after: VersionBehaviour[],
  extra: Partial<RolloutService> = {},
): RolloutService {
  return {
    namespace,
    name: 'reviews',
    ratePerSecond: 20,
    phases: [
      { fromMs: START, versions: [healthy('v1', 1)] },
      { fromMs: DEPLOY, versions: after },
    ],
    ...extra,
  };
}

const SERVICES: RolloutService[] = [
  service('errors', [healthy('v1', 0.8), failing('v2', 0.2, 0.04)]),
  service('latency', [healthy('v1', 0.5), healthy('v2', 0.5, slower(LATENCY, 1.3))]),
  service('shared', [healthy('v1', 0.5, slower(LATENCY, 1.8)), healthy('v2', 0.5, slower(LATENCY, 1.8))]),
  service('single', [healthy('v1', 1, slower(LATENCY, 1.8))]),
  service('nolabel', [healthy('v1', 1, slower(LATENCY, 1.8))], { versionLabels: false }),
  service(
    'overflow',
    [
      healthy('v1', 0.8),
      {
        ...healthy('v2', 0.2),
        seenByCallers: [
          { code: '200', share: 0.95 },
          { code: '503', flags: 'UO', share: 0.05 },
        ],
      },
    ],
    { caller: 'productpage-v1' },
  ),
  service(
    'network',
    [
      healthy('v1', 0.5),
      {
        ...healthy('v2', 0.5),
        latencySeenByCallers: LATENCY.map((band) => ({
          ...band,
          lowerMs: band.lowerMs + 300,
          upperMs: band.upperMs + 300,
        })),
      },
    ],
    { caller: 'productpage-v1' },
  ),
  {
    ...service('young', [healthy('v1', 1)]),
    phases: [
      { fromMs: START, versions: [healthy('v1', 1)] },
      // v2's first pods take 2% of the requests for the last 100 s of the scan: about 40 requests.
      { fromMs: SCAN.to - 100_000, versions: [healthy('v1', 0.98), healthy('v2', 0.02)] },
    ],
  },
];

let prometheus: RunningPrometheus;
let dir: string;
const clock = { now: () => NOW };

async function scan(
  namespace: string,
  extra: string[] = [],
): Promise<{ code: number; report: Report; text: string }> {
  const path = join(dir, `${namespace}-${extra.join('_')}.json`);
  const run = await runCli(
    [
      'scan',
      '--prometheus-url',
      prometheus.url,
      '--baseline',
      join(dir, 'baseline.json'),
      '-n',
      namespace,
      '--from',
      iso(SCAN.from),
      '--to',
      iso(SCAN.to),
      '--deployed-at',
      iso(DEPLOY),
      '--report',
      path,
      '--history',
      join(dir, 'history.jsonl'),
      ...extra,
    ],
    clock,
  );
  if (run.code === 2) throw new Error(run.stderr);
  return { code: run.code, report: JSON.parse(readFileSync(path, 'utf8')) as Report, text: run.stdout };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'smanalyzer-rollout-'));
  prometheus = await startPrometheus(
    generateRolloutOpenMetrics({ services: SERVICES, startMs: START, endMs: END, scrapeIntervalMs: 15_000 }),
  );
  const learned = await runCli(
    [
      'learn',
      '--prometheus-url',
      prometheus.url,
      '--baseline',
      join(dir, 'baseline.json'),
      '--from',
      iso(LEARN.from),
      '--to',
      iso(LEARN.to),
    ],
    clock,
  );
  if (learned.code !== 0) throw new Error(learned.stderr);
}, 120_000);

afterAll(async () => {
  await prometheus?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a new version failing 4% of its requests at a 20% share fails the gate, v2 against v1', async () => {
  const { code, report, text } = await scan('errors');
  expect(code).toBe(1);
  expect(report.verdict).toBe('fail');
  const [rollout] = report.rollouts!;
  expect(rollout).toMatchObject({ service: 'reviews', verdict: 'regressed', basis: 'unseen-before' });
  expect(rollout.new).toMatchObject({ version: 'v2' });
  expect(rollout.new.share).toBeCloseTo(0.2, 1);
  const finding = report.anomalies.find((f) => f.rollout?.moved === 'new')!;
  expect(finding).toMatchObject({ type: 'error_rate', metric: 'errorRatio', onset: 'new' });
  // 4% of about 2,400 requests against 0.1% of about 9,600 (the scrapes jitter by up to 6%).
  expect(finding.description).toMatch(
    /^v2 vs v1: errors (3\.9\d|4(\.\d+)?)% vs 0\.1\d?% \(\d{2,3} of 2,\d{3} vs \d{1,2} of \d,\d{3}\)/,
  );
  expect(text).toMatch(/v2 vs v1/);
});

test('a new version 1.3x slower at a 50% share fails the gate', async () => {
  const { code, report } = await scan('latency');
  expect(code).toBe(1);
  const finding = report.anomalies.find((f) => f.rollout?.moved === 'new')!;
  expect(finding).toMatchObject({ type: 'latency', service: 'reviews' });
  expect(report.rollouts![0].signals.find((s) => s.signal === 'latencyP50')!.verdict).toBe('worse');
});

test("both versions 1.8x slower: no failure, the slowdown worded as both versions', not the deploy's", async () => {
  const { code, report } = await scan('shared');
  expect(code).toBe(0);
  expect(report.verdict).toBe('warn');
  const latency = report.anomalies.filter((f) => f.type === 'latency');
  expect(latency.length).toBeGreaterThan(0);
  for (const f of latency) {
    expect(f.rollout).toMatchObject({ moved: 'both', new: 'v2', old: 'v1' });
    expect(f.description).toMatch(/v2 and v1 alike: not the new version's doing/);
  }
  expect(report.rollouts![0]).toMatchObject({ verdict: 'ok' });
  expect(report.rollouts![0].reason).toMatch(/both versions moved alike/);
  expect(report.summary.reason).toMatch(/both versions of a rollout alike/);
});

test('a single version judges as a mesh without version labels does', async () => {
  const labelled = await scan('single');
  const bare = await scan('nolabel');
  expect(labelled.report.rollouts).toBeUndefined();
  expect(bare.report.rollouts).toBeUndefined();
  expect([labelled.code, labelled.report.verdict]).toEqual([bare.code, bare.report.verdict]);
  expect(labelled.report.verdict).toBe('fail');
  const brief = (r: Report) =>
    r.anomalies.map((f) => ({ type: f.type, metric: f.metric, severity: f.severity, observed: f.observed }));
  expect(brief(labelled.report)).toEqual(brief(bare.report));
});

test("a new version's overflows that only its caller's sidecar sees fail the gate, v2 against v1", async () => {
  const { code, report } = await scan('overflow');
  expect(code).toBe(1);
  const [rollout] = report.rollouts!;
  expect(rollout).toMatchObject({ service: 'reviews', new: { version: 'v2' }, verdict: 'regressed' });
  const overflows = rollout.signals.find((s) => s.signal === 'overflows')!;
  expect(overflows.verdict).toBe('worse');
  // 5% of v2's requests (about 2,400 in the ten minutes) against none of v1's.
  expect(overflows.new.value).toBeCloseTo(0.05, 2);
  expect(overflows.old).toMatchObject({ events: 0, value: 0 });
  const finding = report.anomalies.find((f) => f.rollout?.moved === 'new')!;
  expect(finding).toMatchObject({ type: 'circuit_breaker', metric: 'overflowRatio', service: 'reviews' });
  // The callee's own view never sees an overflow: errors compare alike.
  expect(rollout.signals.find((s) => s.signal === 'errors')!.verdict).not.toBe('worse');
});

test("a delay on the network to the new version's pods, which only its caller's sidecar times, fails the gate", async () => {
  const { code, report, text } = await scan('network');
  expect(code).toBe(1);
  const [rollout] = report.rollouts!;
  expect(rollout).toMatchObject({ service: 'reviews', new: { version: 'v2' }, verdict: 'regressed' });
  const signal = (name: string) => rollout.signals.find((s) => s.signal === name)!;
  // Its own sidecar times v2 as v1: the same latency bands.
  expect(signal('latencyP50').verdict).not.toBe('worse');
  expect(signal('callersLatencyP50').verdict).toBe('worse');
  // Every v2 request is 300 ms slower to the caller: its median there over 300 ms, v1's under 30.
  expect(signal('callersLatencyP50').new.value).toBeGreaterThan(300);
  expect(signal('callersLatencyP50').old.value).toBeLessThan(30);
  const finding = report.anomalies.find((f) => f.rollout?.moved === 'new')!;
  expect(finding).toMatchObject({ type: 'latency', service: 'reviews' });
  // The tail moved most (every v2 request past v1's p99 there): the finding is the p99's, the chart too.
  expect(finding.description).toMatch(
    /^v2 vs v1: p99 latency as its callers' proxies see it \d+ ms vs \d+ ms \(100% vs 1% of requests slower than v1's/,
  );
  expect(rollout.chart).toMatchObject({ view: 'callers', metric: 'latencyP99' });
  expect(text).toMatch(/p99 latency as its callers see it {2}v2 /);
});

test('a new version with too few requests yet says so, and how many it needs', async () => {
  const { code, report } = await scan('young');
  expect(code).toBe(0);
  const [rollout] = report.rollouts!;
  expect(rollout.verdict).toBe('insufficient');
  expect(rollout.new.requests).toBeLessThan(100);
  expect(rollout.reason).toMatch(
    new RegExp(`v2 has ${rollout.new.requests} requests so far; at least 100 needed`),
  );
  expect(report.verdict).toBe('warn');
});

test('with no baseline, --compare-versions judges the canary against its old version alone', async () => {
  const path = join(dir, 'compare.json');
  const run = await runCli(
    [
      'scan',
      '--prometheus-url',
      prometheus.url,
      '--compare-versions',
      '--baseline',
      join(dir, 'no-such-baseline.json'),
      '--from',
      iso(SCAN.from),
      '--to',
      iso(SCAN.to),
      '--deployed-at',
      iso(DEPLOY),
      '--report',
      path,
      '--history',
      join(dir, 'compare-history.jsonl'),
    ],
    clock,
  );
  expect(run.code).toBe(1);
  const report = JSON.parse(readFileSync(path, 'utf8')) as Report;
  expect(report.baseline).toBeNull();
  // Only the services that ran two versions are judged: errors, latency, network, overflow, shared, young.
  expect(report.rollouts!.map((r) => [r.namespace, r.verdict])).toEqual([
    ['errors', 'regressed'],
    ['latency', 'regressed'],
    ['network', 'regressed'],
    ['overflow', 'regressed'],
    ['shared', 'ok'],
    ['young', 'insufficient'],
  ]);
  expect(report.services.map((s) => s.namespace)).toEqual([
    'errors',
    'latency',
    'network',
    'overflow',
    'shared',
    'young',
  ]);
  expect(report.anomalies.map((f) => [f.namespace, f.type])).toEqual([
    ['errors', 'error_rate'],
    ['latency', 'latency'],
    ['network', 'latency'],
    ['overflow', 'circuit_breaker'],
  ]);
  expect(report.notes[0]).toMatch(/no baseline was read/);
});

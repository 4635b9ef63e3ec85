/**
 * The simulated mesh rolling a new version out: how --rollout and --inject SERVICE@VERSION read, what the split
 * keeps (a canary without a fault leaves the service as it was, request for request), what a fault on the new
 * version does to it alone, and the demo-style run through the CLI.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFault, parseRollout } from '../src/config/load.js';
import { SimulatedSource } from '../src/sources/simulated/source.js';
import { ConfigError, type CollectedMetrics, type Report, type ServiceSeries } from '../src/core/types.js';
import { totalRequests, windowQuantile } from '../src/core/series.js';
import { eventCount } from '../src/core/model/counts.js';
import { runCli } from './support/cli.js';

const DAY = 86_400_000;
const DEPLOY = Date.UTC(2026, 0, 6, 12);
const window = { from: DEPLOY - 10 * 60_000, to: DEPLOY + 10 * 60_000, stepMs: 15_000, namespaces: [] };

function collect(options: Partial<ConstructorParameters<typeof SimulatedSource>[0]> = {}): CollectedMetrics {
  return new SimulatedSource({
    topology: 'bookinfo',
    seed: 1,
    faults: [],
    faultFrom: DEPLOY,
    ...options,
  }).collectNow({
    ...window,
    withVersions: true,
  });
}
const reviews = (c: CollectedMetrics) => c.services.find((s) => s.service.name === 'reviews')!;

describe('how rollouts and version faults are written', () => {
  test.each([
    ['reviews:v2:20%', { service: 'reviews', version: 'v2', share: 0.2 }],
    ['reviews:v2', { service: 'reviews', version: 'v2', share: 0.2 }],
    ['bookinfo/reviews:canary:0.5', { service: 'bookinfo/reviews', version: 'canary', share: 0.5 }],
  ])('%s', (text, expected) => {
    expect(parseRollout(text)).toEqual(expected);
  });

  test.each(['reviews', 'reviews:v2:120%', 'reviews:v2:0', 'reviews::20%', 'reviews:v2:20%:x'])(
    '%s is refused with how to write one',
    (text) => {
      expect(() => parseRollout(text)).toThrow(ConfigError);
    },
  );

  test('a fault on one version, and one that began before the deploy', () => {
    expect(parseFault('reviews@v2:latency:1.6x')).toEqual({
      service: 'reviews',
      version: 'v2',
      type: 'latency',
      magnitude: 1.6,
    });
    expect(parseFault('reviews@v2:error_rate:4%@-1h')).toEqual({
      service: 'reviews',
      version: 'v2',
      type: 'error_rate',
      magnitude: 0.04,
      startsBeforeMs: 3_600_000,
    });
  });
});

describe('the simulated rollout', () => {
  test('a canary without a fault leaves the service exactly as it was, its versions adding up to it', () => {
    const plain = collect();
    const rolled = collect({ rollouts: [{ service: 'reviews', version: 'v2', share: 0.2 }] });
    expect(reviews(rolled).requests).toEqual(reviews(plain).requests);
    expect(reviews(rolled).values.errorRatio).toEqual(reviews(plain).values.errorRatio);
    expect(reviews(rolled).values.latencyP99).toEqual(reviews(plain).values.latencyP99);
    const [v1, v2] = rolled.versions!;
    expect([v1.version, v2.version]).toEqual(['v1', 'v2']);
    const steps = reviews(rolled).requests.length;
    for (let i = 0; i < steps; i++) expect(v1.requests[i] + v2.requests[i]).toBe(reviews(rolled).requests[i]);
    // Only v1 before the deploy (the first half of the window); v2 takes about 20% after it.
    expect(totalRequests(v2, 0, steps / 2)).toBe(0);
    const share = totalRequests(v2, steps / 2) / totalRequests(reviews(rolled), steps / 2);
    expect(share).toBeGreaterThan(0.17);
    expect(share).toBeLessThan(0.23);
  });

  test('before the deploy, the window saw v1 alone', () => {
    const before = new SimulatedSource({
      topology: 'bookinfo',
      seed: 1,
      faults: [],
      faultFrom: DEPLOY,
      rollouts: [{ service: 'reviews', version: 'v2', share: 0.2 }],
    }).collectNow({
      from: DEPLOY - 30 * 60_000,
      to: DEPLOY,
      stepMs: 15_000,
      namespaces: [],
      withVersions: true,
    });
    expect(before.versionsSeen).toEqual([
      { service: { namespace: 'bookinfo', name: 'reviews' }, versions: ['v1'] },
    ]);
    expect(before.versions).toEqual([]);
  });

  test("a fault on v2 alone: its errors, not v1's", () => {
    const rolled = collect({
      rollouts: [{ service: 'reviews', version: 'v2', share: 0.2 }],
      faults: [{ service: 'reviews', version: 'v2', type: 'error_rate', magnitude: 0.08 }],
    });
    const [v1, v2] = rolled.versions!;
    const ratio = (s: typeof v1) => {
      const c = eventCount(s, 'errorRatio');
      return c.events / c.requests;
    };
    expect(ratio(v2)).toBeGreaterThan(0.06);
    expect(ratio(v1)).toBeLessThan(0.01);
  });

  test('a fault on a version no rollout brings is refused', () => {
    expect(() => collect({ faults: [{ service: 'reviews', version: 'v3', type: 'latency' }] })).toThrow(
      /no rollout of reviews to v3/,
    );
  });

  test('on a realistic mesh each version is scraped: the service before the deploy as it was, after it their sum', () => {
    const realistic = { topology: 'realistic:bookinfo' };
    const plain = collect(realistic);
    const rolled = collect({ ...realistic, rollouts: [{ service: 'reviews', version: 'v2', share: 0.2 }] });
    const steps = reviews(plain).requests.length;
    // Steps whose 2-minute rate window ends before the deploy hold v1's scrapes alone.
    const before = steps / 2 - 8;
    expect(reviews(rolled).requests.slice(0, before)).toEqual(reviews(plain).requests.slice(0, before));
    const [v1, v2] = rolled.versions!;
    expect(
      v2.latencyBuckets!.counts.slice(0, steps / 2).every((row) => row === null || row.at(-1) === 0),
    ).toBe(true);
    for (let i = steps / 2; i < steps; i++)
      expect(v1.requests[i] + v2.requests[i]).toBeCloseTo(reviews(rolled).requests[i], 6);
  });

  test("a delay on the network to v2's pods: its callers' view 300 ms slower, its own and v1's as they were", () => {
    const rolled = new SimulatedSource({
      topology: 'bookinfo',
      seed: 1,
      faults: [{ service: 'reviews', version: 'v2', type: 'network_delay', magnitude: 300 }],
      faultFrom: DEPLOY,
      rollouts: [{ service: 'reviews', version: 'v2', share: 0.5 }],
    }).collectNow({ ...window, withVersions: true, withEdges: true });
    const [v1, v2] = rolled.versions!;
    // From the first step after the deploy (steps of 15 s, the deploy at 40).
    const p50 = (series: ServiceSeries) => windowQuantile(series, 'latencyP50', 41, 80)!;
    // Read from buckets 250 and 500 ms wide there: 300 ms to within their interpolation.
    expect(p50(v2.callers!) - p50(v2)).toBeGreaterThan(250);
    expect(p50(v2.callers!) - p50(v2)).toBeLessThan(400);
    expect(p50(v1.callers!) - p50(v1)).toBeLessThan(10);
    expect(Math.abs(p50(v2) - p50(v1))).toBeLessThan(0.2 * p50(v1));
    // The service's callers see the mix: half its requests 300 ms slower.
    const edges = rolled.edges!.filter((e) => e.callee.name === 'reviews' && e.side === 'client');
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) expect(windowQuantile(edge, 'latencyP99', 41, 80)).toBeGreaterThan(300);
  });

  test("on a realistic mesh a version's overflows are its callers' to see: v2's 20%, none on v1", () => {
    const rolled = collect({
      topology: 'realistic:bookinfo',
      rollouts: [{ service: 'reviews', version: 'v2', share: 0.5 }],
      faults: [{ service: 'reviews', version: 'v2', type: 'circuit_breaker', magnitude: 0.2 }],
    });
    const [v1, v2] = rolled.versions!;
    // The callee's own sidecar sets no UO flag: the versions read it from their callers' view, as the service does.
    for (const version of [v1, v2]) expect(version.unavailable).not.toContain('overflowRatio');
    // From the first step whose 2-minute rate window starts after the deploy (steps of 15 s, the deploy at 40).
    const afterDeploy = 48;
    expect(eventCount(v1, 'overflowRatio', afterDeploy)).toEqual({ events: 0, requests: expect.any(Number) });
    const seen = eventCount(v2, 'overflowRatio', afterDeploy);
    expect(seen.requests).toBeGreaterThan(100);
    const share = seen.events / seen.requests;
    expect(share).toBeGreaterThan(0.12);
    expect(share).toBeLessThan(0.28);
  });
});

describe('the demo mesh rolling a slower v2 out, through the CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'smanalyzer-rollout-demo-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('learn, then scan with --rollout reviews:v2:20% and --inject reviews@v2:latency:2x: v2 fails the gate', async () => {
    const clock = { now: () => DEPLOY + DAY };
    const baseline = join(dir, 'b.json');
    expect((await runCli(['learn', '--source', 'simulated', '--baseline', baseline], clock)).code).toBe(0);
    const report = join(dir, 'r.json');
    const run = await runCli(
      [
        'scan',
        '--source',
        'simulated',
        '--baseline',
        baseline,
        '--rollout',
        'reviews:v2:20%',
        '--inject',
        'reviews@v2:latency:2x',
        '--report',
        report,
        '--history',
        join(dir, 'h.jsonl'),
      ],
      clock,
    );
    expect(run.code).toBe(1);
    const parsed = JSON.parse(readFileSync(report, 'utf8')) as Report;
    expect(parsed.rollouts).toEqual([
      expect.objectContaining({ service: 'reviews', verdict: 'regressed', basis: 'unseen-before' }),
    ]);
    expect(run.stdout).toMatch(/Rollouts \(1\):\n {2}REGRESSED bookinfo\/reviews {2}v2 vs v1/);
    expect(run.stdout).toMatch(/v2 vs v1: (median|p99) latency/);
    // Its callers see the same slowdown: worse there too, but the sentence says it once, as its own proxies saw it.
    const [rollout] = parsed.rollouts!;
    expect(rollout.signals.find((c) => c.signal === 'callersLatencyP50')!.verdict).toBe('worse');
    expect(rollout.reason).toMatch(/v2 is worse — median latency \d+ ms vs \d+ ms/);
    expect(rollout.reason).not.toMatch(/callers/);
  });

  test("a delay on the network to v2's pods fails v2 as its callers see it; v1 and v2's own time unchanged", async () => {
    const clock = { now: () => DEPLOY + DAY };
    const baseline = join(dir, 'b.json');
    const report = join(dir, 'network.json');
    const run = await runCli(
      ['scan', '--source', 'simulated', '--baseline', baseline, '--rollout', 'reviews:v2:20%',
        '--inject', 'reviews@v2:network_delay:300', '--report', report, '--history', join(dir, 'n.jsonl')],
      clock,
    ); // prettier-ignore
    expect(run.code).toBe(1);
    const parsed = JSON.parse(readFileSync(report, 'utf8')) as Report;
    const [rollout] = parsed.rollouts!;
    expect(rollout).toMatchObject({ service: 'reviews', verdict: 'regressed' });
    const verdict = (signal: string) => rollout.signals.find((s) => s.signal === signal)!.verdict;
    expect([verdict('latencyP50'), verdict('latencyP99')]).not.toContain('worse');
    expect(verdict('callersLatencyP99')).toBe('worse');
    // Not "both versions alike": v1 is as it was, so nothing on reviews is v1's too.
    expect(rollout.shared ?? []).toEqual([]);
    expect(parsed.anomalies.find((f) => f.service === 'reviews' && f.rollout?.moved === 'new')).toBeDefined();
  });
});

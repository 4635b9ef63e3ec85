/**
 * The caller's view through the CLI on a real Prometheus, with known answers: each call of a small shop seen by
 * both proxies (test/support/edge-openmetrics.ts), learned for two hours, then three changes only the callers'
 * proxies see — a network delay to a callee whose own time stays flat, retries set in the callers' flags (no Envoy
 * cluster stats anywhere), a one-minute blip on one of a service's five callers — and a clean window.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../src/core/types.js';
import { runCli } from './support/cli.js';
import { generateEdgeOpenMetrics, shifted, type Call, type CallChange } from './support/edge-openmetrics.js';
import { startPrometheus, type RunningPrometheus } from '../harness/prometheus.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const START = Date.UTC(2026, 0, 12, 6);
const LEARN = { from: START + 5 * MINUTE, to: START + 2 * HOUR };
/** Windows 40 minutes apart, so each one's half hour before the deploy is normal. */
const WINDOW = (k: number) => ({
  from: LEARN.to + (10 + 40 * k) * MINUTE,
  to: LEARN.to + (20 + 40 * k) * MINUTE,
});
const DELAY = WINDOW(0);
const RETRIES = WINDOW(1);
const BLIP = WINDOW(2);
const CLEAN = WINDOW(3);
const END = CLEAN.to + 10 * MINUTE;
const iso = (ms: number) => new Date(ms).toISOString();
const during = (window: { from: number; to: number }) => ({ fromMs: window.from, toMs: window.to });

const ok = [{ code: '200', share: 1 }];
const band = (lowerMs: number, upperMs: number) => [{ lowerMs, upperMs, fraction: 1 }];
const CATALOG_CALLERS = ['frontend', 'checkout', 'recommend', 'ads', 'search'];
const CALLS: Call[] = [
  { caller: null, callee: 'frontend', server: { ratePerSecond: 20, responses: ok, latency: band(20, 40) } },
  {
    caller: 'frontend',
    callee: 'checkout',
    server: { ratePerSecond: 10, responses: ok, latency: band(30, 60) },
  },
  {
    caller: 'checkout',
    callee: 'payment',
    server: { ratePerSecond: 10, responses: ok, latency: band(3, 6) },
  },
  ...['recommend', 'ads', 'search'].map((name): Call => ({
    caller: null,
    callee: name,
    server: { ratePerSecond: 6, responses: ok, latency: band(10, 20) },
  })),
  ...CATALOG_CALLERS.map((caller): Call => ({
    caller,
    callee: 'catalog',
    server: { ratePerSecond: 4, responses: ok, latency: band(5, 10) },
  })),
];
const CHANGES: CallChange[] = [
  // A delay on the network to payment: its callers wait 300 ms more, and so do theirs; payment's own time is flat.
  ...[
    ['checkout', 'payment', 3, 6],
    ['frontend', 'checkout', 30, 60],
  ].flatMap(([caller, callee, lo, hi]): CallChange[] => [
    {
      caller: caller as string,
      callee: callee as string,
      view: 'client',
      ...during(DELAY),
      change: { latency: shifted(band(lo as number, hi as number), 301) },
    },
  ]),
  {
    caller: 'frontend',
    callee: 'checkout',
    view: 'server',
    ...during(DELAY),
    change: { latency: band(330, 360) },
  },
  { caller: null, callee: 'frontend', view: 'server', ...during(DELAY), change: { latency: band(320, 340) } },
  { caller: null, callee: 'frontend', view: 'client', ...during(DELAY), change: { latency: band(321, 341) } },
  // Connections to payment reset before a request reaches it: retried by checkout's proxy, 20% in vain (URX).
  {
    caller: 'checkout',
    callee: 'payment',
    view: 'client',
    ...during(RETRIES),
    change: {
      responses: [
        { code: '200', share: 0.8 },
        { code: '503', flags: 'URX', share: 0.2 },
      ],
    },
  },
  // One minute of one of catalog's five callers seeing it 300 ms slower.
  {
    caller: 'ads',
    callee: 'catalog',
    view: 'client',
    fromMs: BLIP.from + 3 * MINUTE,
    toMs: BLIP.from + 4 * MINUTE,
    change: { latency: band(306, 311) },
  },
];

let prometheus: RunningPrometheus;
const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-callers-'));
const baseline = join(dir, 'baseline.json');
const cli = (...argv: string[]) => runCli(argv, { now: () => END });
const flags = (baselinePath = baseline) => [
  '--prometheus-url',
  prometheus.url,
  '--step',
  '30s',
  '--baseline',
  baselinePath,
];
const scan = async (window: { from: number; to: number }, baselinePath = baseline) => {
  const run = await cli(
    'scan',
    ...flags(baselinePath),
    '--from',
    iso(window.from),
    '--to',
    iso(window.to),
    '--deployed-at',
    iso(window.from),
    '-o',
    'json',
    '--history',
    join(dir, 'history.jsonl'),
  );
  return { code: run.code, report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
};

beforeAll(async () => {
  prometheus = await startPrometheus(
    generateEdgeOpenMetrics({
      calls: CALLS,
      startMs: START,
      endMs: END,
      scrapeIntervalMs: 30_000,
      changes: CHANGES,
    }),
  );
  const learned = await cli('learn', ...flags(), '--from', iso(LEARN.from), '--to', iso(LEARN.to));
  expect(learned.stderr).not.toMatch(/^Error/m);
  expect(learned.code).toBe(0);
}, 120_000);

afterAll(async () => {
  await prometheus?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("the caller's view", () => {
  test('a callee whose own latency is flat while its caller sees +300 ms fails, and is named the origin', async () => {
    const { code, report } = await scan(DELAY);
    expect(code).toBe(1);
    const payment = report.anomalies.filter((f) => f.service === 'payment');
    expect(payment.map((f) => [f.type, f.caller])).toContainEqual(['latency', 'shop/checkout']);
    const seen = payment.find((f) => f.type === 'latency')!;
    // Its own proxy's latency: the flat 3–6 ms it always had.
    expect(seen.ownObserved).toBeGreaterThan(2);
    expect(seen.ownObserved).toBeLessThan(10);
    expect(seen.observed).toBeGreaterThan(250);
    expect(seen.description).toMatch(
      /^as shop\/checkout sees it: .*payment's own .* the network or the pod's network/,
    );
    expect(report.origins?.[0]).toMatchObject({ namespace: 'shop', service: 'payment' });
  });

  test("20% retries seen only in the callers' URX flags fail, with no Envoy cluster stats anywhere", async () => {
    const { code, report } = await scan(RETRIES);
    expect(code).toBe(1);
    // The retries are payment's own retry ratio now, from its callers' flags (its own proxy cannot see them).
    const retries = report.anomalies.find((f) => f.service === 'payment' && f.type === 'retry_storm');
    expect(retries).toMatchObject({ metric: 'retryRatio' });
    expect(retries!.observed).toBeCloseTo(0.2, 1);
    // Retries come from the callers' flags: payment's retry ratio is no longer unavailable.
    expect(report.services.find((s) => s.name === 'payment')!.metrics.retryRatio?.observed).toBeCloseTo(
      0.2,
      1,
    );
  });

  test('a blip on one of five callers stays a low finding: the gate passes', async () => {
    const { code, report } = await scan(BLIP);
    expect(code).toBe(0);
    expect(report.verdict).not.toBe('fail');
    const catalog = report.anomalies.filter((f) => f.service === 'catalog');
    expect(catalog.map((f) => [f.type, f.caller, f.severity])).toEqual([['latency', 'shop/ads', 'low']]);
  });

  test('a clean window passes with nothing seen by any caller', async () => {
    const { code, report } = await scan(CLEAN);
    expect(code).toBe(0);
    expect(report.verdict).toBe('pass');
    expect(report.anomalies.filter((f) => f.caller !== undefined)).toEqual([]);
  });
});

describe('a service deployed since the baseline was learned', () => {
  // The baseline without payment, as if it had been deployed after the learning: the half hour before each
  // window's deploy is all that knows it.
  const withoutPayment = join(dir, 'without-payment.json');
  beforeAll(() => {
    const learned = JSON.parse(readFileSync(baseline, 'utf8')) as {
      services: Array<{ name: string }>;
      edges?: Array<{ name: string }>;
    };
    learned.services = learned.services.filter((s) => s.name !== 'payment');
    learned.edges = learned.edges?.filter((e) => e.name !== 'payment');
    writeFileSync(withoutPayment, JSON.stringify(learned));
  });

  test('its callers seeing +300 ms against the half hour before the deploy fail the gate, and name it', async () => {
    const { code, report } = await scan(DELAY, withoutPayment);
    expect(code).toBe(1);
    const payment = report.services.find((s) => s.name === 'payment')!;
    expect(payment.status).toBe('new');
    expect(payment.reason).toMatch(/its latency against the window before the deploy/);
    const seen = report.anomalies.find((f) => f.service === 'payment' && f.type === 'latency')!;
    expect(seen).toMatchObject({
      caller: 'shop/checkout',
      onset: 'new',
      reason: { learnedFrom: 'reference' },
    });
    // Its usual level is the half hour before the deploy's, and the words say so.
    expect(seen.description).toMatch(/its level before the deploy/);
    // Its chart's band is that half hour's too.
    const chart = report.charts?.find((c) => c.service === 'payment' && c.caller === 'shop/checkout');
    expect(chart).toMatchObject({ bandFrom: 'reference' });
    expect(seen.observed).toBeGreaterThan(250);
    expect(report.origins?.[0]).toMatchObject({ namespace: 'shop', service: 'payment' });
  });

  test('a clean window passes, payment reported as not in the baseline', async () => {
    const { code, report } = await scan(CLEAN, withoutPayment);
    expect(code).toBe(0);
    expect(report.anomalies).toEqual([]);
    expect(report.services.find((s) => s.name === 'payment')!.status).toBe('new');
  });
});

/**
 * A false alarm left on real telemetry, with known answers: slow requests that come a minute at a time.
 * A service whose learning window had a few minutes in which every request was slow (a GC pause, a cold cache) is
 * not regressing when a quiet scan window has one such minute; a service whose slow requests came one by one is.
 * Half of every minute slow is a regression either way.
 */
import { DEFAULT_CONFIG } from '../src/config/load.js';
import { detectServiceAnomalies } from '../src/core/judge/service.js';
import { learnService } from '../src/core/learn.js';
import { learnSlowTail, slowTailSurprise, withRecentRequests } from '../src/core/model/slow-tail.js';
import { negativeBinomialUpperTail, poissonUpperTail } from '../src/core/model/counts.js';
import { analyseScan } from '../src/app/analyse.js';
import { runLearn } from '../src/app/pipeline.js';
import { loadConfig } from '../src/config/load.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baselineOf } from '../src/core/learn.js';
import type { CollectedMetrics } from '../src/core/types.js';
import { METRIC_NAMES, type ServiceSeries } from '../src/core/types.js';

const STEP = 60_000;

/** The error function (Abramowitz–Stegun 7.1.26, error under 1.5e-7): enough for a normal approximation. */
function erf(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-x * x);
  return Math.sign(x) * y;
}
const BOUNDS = [5, 10, 25, 50, 100, 250, 500, 1000, Infinity];

/**
 * `perStep` requests a minute for `steps` minutes: fast ones under 10 ms, and in each minute the share `slow(i)`
 * of them between 100 and 250 ms. Every quantile comes from these buckets.
 */
function service(steps: number, perStep: number, slow: (step: number) => number): ServiceSeries {
  const values = Object.fromEntries(
    METRIC_NAMES.map((m) => [m, new Array<number | null>(steps).fill(0)]),
  ) as ServiceSeries['values'];
  values.requestRate = new Array<number>(steps).fill(perStep / 60);
  const counts = Array.from({ length: steps }, (_, i) => {
    const fast = 1 - slow(i);
    return [0.5 * fast, fast, fast, fast, fast, 1, 1, 1, 1].map((share) => share * perStep);
  });
  for (const m of ['latencyP50', 'latencyP90', 'latencyP99'] as const)
    values[m] = counts.map((c) => (c[4] < perStep ? 200 : 8));
  return {
    service: { namespace: 'shop', name: 'cart' },
    requests: new Array<number>(steps).fill(perStep),
    values,
    unavailable: [],
    latencyBuckets: { bounds: BOUNDS, counts },
  };
}

// Eight hours at 12 requests a minute, 0.83% of them slow: four whole minutes, or a little every minute.
const bunched = learnService(
  service(480, 12, (i) => (i % 120 === 60 ? 1 : 0)),
  DEFAULT_CONFIG,
  STEP,
);
const oneByOne = learnService(
  service(480, 12, () => 4 / 480),
  DEFAULT_CONFIG,
  STEP,
);
const WINDOW_STEPS = DEFAULT_CONFIG.featureWindowMs / STEP;

/** A quiet 6-minute scan (72 requests: judged as counts) and its latency findings at high or above. */
const gatingLatency = (scan: ServiceSeries, baseline: typeof bunched) =>
  detectServiceAnomalies(scan, baseline, DEFAULT_CONFIG, STEP, WINDOW_STEPS).findings.filter(
    (f) => f.type === 'latency' && (f.severity === 'high' || f.severity === 'critical'),
  );

describe('slow requests that come a minute at a time', () => {
  test('learning measures the bunching: a slow count per window far more variable than one by one', () => {
    // Both learned the same p99, just under 10 ms.
    expect(bunched.metrics.latencyP99!.mean).toBeCloseTo(oneByOne.metrics.latencyP99!.mean, 6);
    expect(bunched.slowTail).toEqual({
      thresholdMs: bunched.metrics.latencyP99!.mean,
      dispersion: expect.any(Number),
      requests: 480 * 12,
      slower: expect.any(Number),
    });
    // 48 slow requests, counted on the interpolated buckets just under the 10 ms bound: a few fast ones too.
    expect(bunched.slowTail!.slower).toBeGreaterThanOrEqual(48);
    expect(bunched.slowTail!.slower).toBeLessThan(0.02 * 480 * 12);
    // Windows of two minutes expect 0.24 slow requests (1%); the 8 of 479 that hold a slow minute have 12
    // (χ² ≈ 584 each): a dispersion about 10.
    expect(bunched.slowTail!.dispersion).toBeCloseTo(9.94, 1);
    expect(oneByOne.slowTail!.dispersion).toBe(1);
  });

  test('the chance of one slow minute (12 of 72 requests, where 0.7 are usual)', () => {
    const learned = bunched.slowTail!;
    // One by one: 12 or more of a Poisson(0.72) is about 1 in 10^11.
    expect(slowTailSurprise(12, 72, undefined)).toBeLessThan(1e-10);
    // Bunched by about 10: one bunch where 0.07 are usual, about 7%.
    expect(slowTailSurprise(12, 72, learned)).toBeGreaterThan(0.03);
    expect(slowTailSurprise(12, 72, learned)).toBeLessThan(0.1);
  });

  const oneSlowMinute = service(6, 12, (i) => (i === 2 ? 1 : 0));

  test('one slow minute fails nothing for a service that had such minutes while learning', () => {
    expect(gatingLatency(oneSlowMinute, bunched)).toEqual([]);
  });

  test('the same minute is a regression for a service whose slow requests came one by one', () => {
    const [finding] = gatingLatency(oneSlowMinute, oneByOne);
    expect(finding).toMatchObject({ type: 'latency', detector: 'rule', metric: 'latencyP99' });
  });

  test('half of every minute slow is a regression for both', () => {
    const shifted = service(6, 12, () => 0.5);
    expect(gatingLatency(shifted, bunched)).toHaveLength(1);
    expect(gatingLatency(shifted, oneByOne)).toHaveLength(1);
  });

  test('no buckets, no bound or no requests: nothing learned', () => {
    const plain = service(10, 12, () => 0);
    expect(learnSlowTail({ ...plain, latencyBuckets: undefined }, 10, 2, 1)).toBeNull();
    expect(learnSlowTail(plain, 0, 2, 1)).toBeNull();
    const idle = service(10, 0, () => 0);
    expect(learnSlowTail(idle, 10, 2, 1)).toBeNull();
  });
});

/**
 * A p99 learned from a handful of requests is barely a p80: on real meshes most services are that quiet on the day a
 * baseline was learned (Train-Ticket: 4, 12, 16 requests for a third of them). The chance of the next requests being
 * slower is judged by how many were learned from; the half hour before the deploy adds its requests.
 */
describe('a p99 learned from a few requests', () => {
  test('the negative binomial tail: geometric at shape 1, Poisson as the learned exposure grows', () => {
    // Shape 1 is a geometric count: P(X ≥ k) = (1 − p)^k with p = rate / (rate + exposure).
    expect(negativeBinomialUpperTail(3, 1, 4, 20)).toBeCloseTo((20 / 24) ** 3, 9);
    expect(negativeBinomialUpperTail(0, 1, 4, 20)).toBe(1);
    expect(negativeBinomialUpperTail(2, 1, 4, 0)).toBe(0);
    // A rate learned from a million requests is known: the tail is Poisson's at that rate.
    expect(negativeBinomialUpperTail(5, 10_001, 1e6, 100)).toBeCloseTo(poissonUpperTail(5, 1), 4);
    // At the mode of a busy service (a rate learned from 10 million requests, a million scanned): about a half,
    // as the normal approximation says, summed in a few hundred terms rather than ten thousand.
    const mean = (1e5 / 1e7) * 1e6;
    const sd = Math.sqrt(mean + (mean * mean) / 1e5);
    expect(negativeBinomialUpperTail(9_900, 1e5, 1e7, 1e6)).toBeCloseTo(
      1 - 0.5 * (1 + erf((9_899.5 - mean) / sd / Math.SQRT2)),
      2,
    );
    // Far into the tail, summed upwards: (5/6)^40.
    expect(negativeBinomialUpperTail(40, 1, 1, 5)).toBeCloseTo((5 / 6) ** 40, 9);
  });

  test('5 of 30 requests slower than a p99 learned from 4 is chance; learned from 6,000, it is not', () => {
    const fromFour = { thresholdMs: 100, dispersion: 1, requests: 4, slower: 0 };
    const fromMany = { thresholdMs: 100, dispersion: 1, requests: 6000, slower: 60 };
    // Learned from 4: the next request is slower with a chance near 1/5; 5 of 30 is ordinary.
    expect(slowTailSurprise(5, 30, fromFour)).toBeGreaterThan(0.1);
    // Learned from 6,000: 0.3 slow requests are usual; 5 happen about once in 40,000 windows.
    expect(slowTailSurprise(5, 30, fromMany)).toBeLessThan(1e-4);
    // A baseline from before the counts were learned is judged at the p99's 1%, as it was.
    expect(slowTailSurprise(5, 30, { thresholdMs: 100, dispersion: 1 })).toBeCloseTo(
      poissonUpperTail(5, 0.3),
      12,
    );
  });

  // Learned from 4 requests in 8 hours (one every two hours), none slow: a p99 just under 10 ms.
  const thinSeries = service(480, 1, () => 0);
  for (let i = 0; i < 480; i++) {
    if (i % 120 === 0) continue;
    thinSeries.requests[i] = 0;
    thinSeries.values.requestRate[i] = 0;
    thinSeries.latencyBuckets!.counts[i] = BOUNDS.map(() => 0);
    for (const m of ['latencyP50', 'latencyP90', 'latencyP99'] as const) thinSeries.values[m][i] = null;
  }
  const thin = learnService(thinSeries, DEFAULT_CONFIG, STEP);
  const oneSlowMinute = (i: number) => (i === 2 ? 1 : 0);

  test('learning keeps the count: a p99 of 4 requests', () => {
    expect(thin.slowTail).toMatchObject({ requests: 4, slower: expect.any(Number) });
    expect(thin.slowTail!.slower).toBeLessThan(0.1);
  });

  test('judged by the thin baseline alone, one slow minute of a quiet scan is chance', () => {
    expect(gatingLatency(service(6, 12, oneSlowMinute), thin)).toEqual([]);
  });

  test('the reference window adds its requests, counted at the learned bound', () => {
    const learned = { thresholdMs: 10, dispersion: 2, requests: 4, slower: 0 };
    // 30 minutes, 12 requests a minute, a quarter of them between 100 and 250 ms.
    const recent = withRecentRequests(
      learned,
      service(30, 12, () => 0.25),
    );
    expect(recent).toEqual({ thresholdMs: 10, dispersion: 2, requests: 4 + 360, slower: expect.any(Number) });
    expect(recent.slower).toBeGreaterThanOrEqual(90);
    expect(recent.slower).toBeLessThan(100);
    // Without learned counts (an older baseline) nothing is added: the 1% stands.
    expect(
      withRecentRequests(
        { thresholdMs: 10, dispersion: 2 },
        service(30, 12, () => 0.25),
      ),
    ).toEqual({
      thresholdMs: 10,
      dispersion: 2,
    });
  });

  const t0 = Date.parse('2026-01-05T12:00:00Z');
  const collected = (from: number, steps: number, slow: (step: number) => number): CollectedMetrics => ({
    source: 'prometheus',
    from,
    to: from + steps * STEP,
    stepMs: STEP,
    services: [service(steps, 12, slow)],
    histogramBuckets: BOUNDS,
    notes: [],
    partial: false,
  });
  /** The baseline file of one learned service (learned over the 8 hours before the scan's hour). */
  const baselineFor = (learned: typeof thin) => {
    const learnWindow = collected(t0 - 9 * 3_600_000, 480, () => 0);
    return baselineOf(learnWindow, [learned], DEFAULT_CONFIG, {
      now: t0,
      toolVersion: 'test',
      cluster: null,
      namespaces: [],
    });
  };

  /** A 6-minute scan at 12 requests a minute, judged with the 30 minutes before it as the reference window. */
  function gate(
    scanSlow: (step: number) => number,
    referenceSlow: (step: number) => number,
    learned: typeof thin = thin,
  ) {
    return analyseScan(collected(t0, 6, scanSlow), baselineFor(learned), DEFAULT_CONFIG, {
      baselinePath: 'baseline.json',
      now: t0 + 6 * STEP,
      reference: {
        collected: collected(t0 - 30 * STEP, 30, referenceSlow),
        window: { from: t0 - 30 * STEP, to: t0 },
      },
    });
  }
  const gatingFindings = (report: ReturnType<typeof gate>) =>
    report.anomalies.filter(
      (a) => a.type === 'latency' && (a.severity === 'high' || a.severity === 'critical'),
    );

  test('after a fast half hour, the same slow minute is judged by 364 requests, not 4: it fails, new', () => {
    const report = gate(oneSlowMinute, () => 0);
    expect(gatingFindings(report)).toEqual([
      expect.objectContaining({ service: 'cart', metric: 'latencyP99', onset: 'new' }),
    ]);
    expect(report.verdict).toBe('fail');
  });

  test('after a half hour as slow as the scan, the scan is no regression', () => {
    const report = gate(
      () => 0.25,
      () => 0.25,
    );
    expect(gatingFindings(report).filter((a) => a.onset === 'new')).toEqual([]);
    expect(report.verdict).not.toBe('fail');
  });

  /** Not a request while learning: the baseline keeps the service, without figures. */
  const idle = learnService(
    service(480, 0, () => 0),
    DEFAULT_CONFIG,
    STEP,
  );

  test('a service the baseline never saw busy: its latency judged against the half hour before the deploy', () => {
    expect(idle.insufficient).toBe(true);
    const shifted = gate(
      () => 0.5,
      () => 0,
      idle,
    );
    expect(gatingFindings(shifted)).toEqual([
      expect.objectContaining({
        service: 'cart',
        metric: 'latencyP99',
        onset: 'new',
        reason: expect.objectContaining({ learnedFrom: 'reference' }),
      }),
    ]);
    expect(shifted.notes.join('\n')).toMatch(
      /baseline saw no traffic for service shop\/cart: .*judged against the window before the deploy/,
    );
    // As fast as before the deploy: nothing to say, and no traffic finding from half an hour of rates.
    const same = gate(
      () => 0,
      () => 0,
      idle,
    );
    expect(same.anomalies.filter((a) => a.onset === 'new')).toEqual([]);
    // Without a reference window there is nothing to judge it by: insufficient data, as before.
    const alone = analyseScan(
      collected(t0, 6, () => 0.5),
      baselineFor(idle),
      DEFAULT_CONFIG,
      {
        baselinePath: 'baseline.json',
        now: t0 + 6 * STEP,
      },
    );
    expect(alone.services.find((x) => x.name === 'cart')?.status).toBe('insufficient-data');
  });
});

describe('learn says which services it learned from a few requests', () => {
  test('a 5-minute learning window of a mesh with quiet services: named, each under the request floor', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-thin-'));
    try {
      const config = loadConfig({
        overrides: {
          source: 'simulated',
          baselinePath: join(dir, 'baseline.json'),
          learnDurationMs: 5 * 60_000,
          simulated: { topology: 'realistic:boutique' },
        },
      });
      const lines: string[] = [];
      await runLearn({
        config,
        now: () => Date.parse('2026-01-05T12:00:00Z'),
        log: (line) => lines.push(line),
      });
      const learned = JSON.parse(readFileSync(config.baselinePath, 'utf8')) as {
        services: Array<{ namespace: string; name: string; requests: number; insufficient: boolean }>;
      };
      const thin = learned.services.filter((s) => !s.insufficient && s.requests < config.gate.minRequests);
      expect(thin.length).toBeGreaterThan(0);
      const line = lines.find((l) => l.startsWith('Learned from fewer than 100 requests: '));
      expect(line).toBeDefined();
      const named = line!
        .replace(/^Learned from fewer than 100 requests: /, '')
        .replace(/ \(judged loosely.*$/, '');
      expect(named.split(', ').sort()).toEqual(thin.map((s) => `${s.namespace}/${s.name}`).sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

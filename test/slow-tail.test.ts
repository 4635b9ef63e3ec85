/**
 * Issue 12, a false alarm left on real telemetry, with known answers: slow requests that come a minute at a time.
 * A service whose learning window had a few minutes in which every request was slow (a GC pause, a cold cache) is
 * not regressing when a quiet scan window has one such minute; a service whose slow requests came one by one is.
 * Half of every minute slow is a regression either way.
 */
import { DEFAULT_CONFIG } from '../src/config/load.js';
import { detectServiceAnomalies } from '../src/core/judge/service.js';
import { learnService } from '../src/core/learn.js';
import { learnSlowTail, slowTailSurprise } from '../src/core/model/slow-tail.js';
import { METRIC_NAMES, type ServiceSeries } from '../src/core/types.js';

const STEP = 60_000;
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
    });
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

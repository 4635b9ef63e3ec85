/**
 * With known answers on hand-built windows: a p99 over the learned one that a handful of slow requests
 * sets (light traffic) is not a regression, and neither is a deviation that did not last through the window (a
 * burst, a GC pause); a real 2x shift of a stable service, held all through, still fails.
 */
import { loadConfig } from '../src/config/load.js';
import type { ServiceBaseline } from '../src/core/baseline.js';
import { detectServiceAnomalies } from '../src/core/judge/service.js';
import { sustained } from '../src/core/judge/sustained.js';
import { requestsSlowerThan } from '../src/core/series.js';
import { describeFinding } from '../src/render/finding-words.js';
import { METRIC_NAMES, type ServiceSeries } from '../src/core/types.js';

const STEP = 60_000;
const STEPS = 6;
const BOUNDS = [5, 10, 25, 50, 100, 250, 500, 1000, Infinity];
const config = loadConfig({ overrides: { source: 'simulated' } });

/**
 * A 6-minute window at `perStep` requests a minute. Each step's requests fall in the buckets by `shares` (the
 * share of requests at or below each bound, cumulative), and its p99 is `p99[i]`.
 */
function window(
  perStep: number,
  shares: (step: number) => number[],
  p99: (step: number) => number,
): ServiceSeries {
  const values = Object.fromEntries(
    METRIC_NAMES.map((m) => [m, new Array<number | null>(STEPS).fill(0)]),
  ) as ServiceSeries['values'];
  values.requestRate = new Array<number>(STEPS).fill(perStep / 60);
  values.latencyP50 = new Array<number>(STEPS).fill(8);
  values.latencyP90 = new Array<number>(STEPS).fill(9);
  values.latencyP99 = Array.from({ length: STEPS }, (_, i) => p99(i));
  return {
    service: { namespace: 'shop', name: 'cart' },
    requests: new Array<number>(STEPS).fill(perStep),
    values,
    unavailable: [],
    latencyBuckets: {
      bounds: BOUNDS,
      counts: Array.from({ length: STEPS }, (_, i) => shares(i).map((s) => s * perStep)),
    },
  };
}

/** Learned: a stable p99 of 10 ms, 2 req/s. */
const baseline: ServiceBaseline = {
  namespace: 'shop',
  name: 'cart',
  requests: 2 * 86_400,
  meanRate: 2,
  insufficient: false,
  hourlyRate: null,
  metrics: {
    requestRate: { mean: 2, p5: 1.8, p95: 2.2, std: 0.1, max: 2.3 },
    latencyP99: { mean: 10, p5: 9, p95: 11, std: 0.5, max: 11.5 },
  },
  models: {},
  unavailable: [],
};

const usual = [0.5, 0.99, 1, 1, 1, 1, 1, 1, 1];
const latencyFindings = (s: ServiceSeries) =>
  detectServiceAnomalies(s, baseline, config, STEP, 2).findings.filter((f) => f.type === 'latency');

describe('the slow tail behind a p99', () => {
  test('counts the requests slower than a bound from the merged buckets, inside a bucket by interpolation', () => {
    // 120 requests a step: 60 at or below 5 ms, 120 at or below 10 ms. Slower than 7.5 ms: half of the 5–10 bucket.
    const s = window(
      120,
      () => [0.5, 1, 1, 1, 1, 1, 1, 1, 1],
      () => 9,
    );
    expect(requestsSlowerThan(s, 7.5)).toEqual({ requests: 720, slower: 180 });
    expect(requestsSlowerThan(s, 10)).toEqual({ requests: 720, slower: 0 });
  });

  test('a p99 of 300 ms that 10 slow calls in 720 set, where 1% (7) are usual, is not a regression', () => {
    // Every minute, 1.4% of its requests take 250–500 ms: the window's p99 lands there, 30x the learned 10 ms.
    const s = window(
      120,
      () => [0.5, 0.986, 0.986, 0.986, 0.986, 0.986, 1, 1, 1],
      () => 400,
    );
    expect(requestsSlowerThan(s, 10)?.slower).toBeCloseTo(10.08, 2);
    expect(latencyFindings(s)).toEqual([]);
  });

  test('a stable p99 shifted 2.5x for the whole window is a regression', () => {
    // Every step: 30% of requests between 10 and 25 ms, p99 25 ms.
    const s = window(
      120,
      () => [0.4, 0.7, 1, 1, 1, 1, 1, 1, 1],
      () => 25,
    );
    const [finding] = latencyFindings(s);
    expect(finding).toMatchObject({ type: 'latency', detector: 'rule', metric: 'latencyP99' });
    expect(['high', 'critical']).toContain(finding.severity);
    expect(finding.sustained).toBeUndefined();
  });

  test('the same shift in one minute of six is short-lived: reported low, with the words to say so', () => {
    const slow = [0.4, 0.7, 1, 1, 1, 1, 1, 1, 1];
    const s = window(
      120,
      (i) => (i === 5 ? slow : usual),
      (i) => (i === 5 ? 25 : 10),
    );
    const [finding] = latencyFindings(s);
    expect(finding).toMatchObject({ severity: 'low', sustained: false });
    expect(describeFinding(finding)).toContain('short-lived');
  });
});

describe('a latency deviation lasts by factors', () => {
  /** Six steps of one p99 each, no buckets: a slice's level is the mean of its steps'. */
  const p99s = (values: number[]): ServiceSeries => {
    const s = window(
      120,
      () => usual,
      (i) => values[i],
    );
    delete s.latencyBuckets;
    return s;
  };
  const finding = (observed: number) =>
    ({ metric: 'latencyP99', observed, expected: 89, reason: { kind: 'latency-factor' } }) as never;

  test('a p99 25 s against 89 ms, 1.2 to 4.4 s for most of the window and 29 s at its end, lasted', () => {
    // Slices (two steps each): 1,245, 4,400 and 16,700 ms. Half-way by factors is √(89 × 24,939) = 1,490 ms: two
    // slices hold. Half-way by difference (12,514 ms) only the last would.
    expect(sustained(finding(24_939), p99s([90, 2400, 4400, 4400, 4400, 29_000]))).toBe(true);
  });

  test('one extreme minute after a normal window is still short-lived', () => {
    // Slices 90, 90 and 14,545 ms against a half-way of √(89 × 5,000) = 667 ms: one slice holds.
    expect(sustained(finding(5000), p99s([90, 90, 90, 90, 90, 29_000]))).toBe(false);
  });
});

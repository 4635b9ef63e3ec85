/**
 * A known answer for quiet services: a shift of the whole body. Every request slower (a delay on each
 * call) moves a quiet service's p50 clearly while its p99 of a few requests stays inside the wide range it swings in
 * by nature, so the p99 rule cannot see it. The p50 is judged like the p99: past twice its learned level and the
 * reach of its windows, and backed by more requests slower than the learned p50 than the half a median allows.
 */
import { DEFAULT_CONFIG } from '../src/config/load.js';
import { detectServiceAnomalies } from '../src/core/judge/service.js';
import { learnService } from '../src/core/learn.js';
import { MEDIAN_SHARE, slowTailSurprise } from '../src/core/model/slow-tail.js';
import { requestsSlowerThan } from '../src/core/series.js';
import { METRIC_NAMES, type ServiceSeries } from '../src/core/types.js';

const STEP = 60_000;
const BOUNDS = [5, 10, 25, 50, 100, 250, 500, 1000, Infinity];
const PER_MINUTE = 12;
const WINDOW_STEPS = DEFAULT_CONFIG.featureWindowMs / STEP;

/**
 * `steps` minutes at 12 requests a minute; `shares(i)` is the cumulative share of minute i's requests at or below
 * each bound. The per-step quantiles are read off the same shares.
 */
function service(steps: number, shares: (step: number) => number[]): ServiceSeries {
  const values = Object.fromEntries(
    METRIC_NAMES.map((m) => [m, new Array<number | null>(steps).fill(0)]),
  ) as ServiceSeries['values'];
  values.requestRate = new Array<number>(steps).fill(PER_MINUTE / 60);
  const counts = Array.from({ length: steps }, (_, i) => shares(i).map((share) => share * PER_MINUTE));
  const quantile = (c: number[], q: number) => {
    const b = c.findIndex((n) => n >= q * PER_MINUTE);
    return Number.isFinite(BOUNDS[b]) ? BOUNDS[b] : 1000;
  };
  values.latencyP50 = counts.map((c) => quantile(c, 0.5));
  values.latencyP90 = counts.map((c) => quantile(c, 0.9));
  values.latencyP99 = counts.map((c) => quantile(c, 0.99));
  return {
    service: { namespace: 'shop', name: 'cart' },
    requests: new Array<number>(steps).fill(PER_MINUTE),
    values,
    unavailable: [],
    latencyBuckets: { bounds: BOUNDS, counts },
  };
}

// Usual minutes: the body between 5 and 10 ms; one minute in ten has a request of the heavy tail (500 ms–1 s).
const usual = (i: number) =>
  i % 10 === 3
    ? [0.25, 11 / 12, 11 / 12, 11 / 12, 11 / 12, 11 / 12, 11 / 12, 1, 1]
    : [0.25, 1, 1, 1, 1, 1, 1, 1, 1];
// Every request 3 to 5 times slower: the body between 25 and 50 ms, no request of the tail.
const shifted = () => [0, 0, 0, 1, 1, 1, 1, 1, 1];

const learned = learnService(service(480, usual), DEFAULT_CONFIG, STEP);
const latencyFindings = (scan: ServiceSeries, baseline = learned) =>
  detectServiceAnomalies(scan, baseline, DEFAULT_CONFIG, STEP, WINDOW_STEPS).findings.filter(
    (f) => f.type === 'latency' && (f.severity === 'high' || f.severity === 'critical'),
  );

describe('a shift of the whole body of a quiet service', () => {
  test('learning keeps the counts at the p50 as at the p99', () => {
    expect(learned.slowMedian).toEqual({
      thresholdMs: learned.metrics.latencyP50!.mean,
      dispersion: expect.any(Number),
      requests: 480 * PER_MINUTE,
      slower: expect.any(Number),
    });
    // About half the requests are slower than the learned median (on interpolated buckets).
    const { slower, requests } = learned.slowMedian!;
    expect(slower! / requests!).toBeGreaterThan(0.3);
    expect(slower! / requests!).toBeLessThan(0.8);
  });

  test('the p99 rule cannot see it: the shifted p99 is inside the reach of the heavy tail', () => {
    const scan = service(6, shifted);
    const p99 = scan.values.latencyP99[0]!;
    expect(p99).toBeLessThan(learned.metrics.latencyP99!.max);
  });

  test('every request 3–5x slower for 6 minutes (72 requests): a latency finding on the p50', () => {
    const [finding] = latencyFindings(service(6, shifted));
    expect(finding).toMatchObject({ type: 'latency', detector: 'rule', metric: 'latencyP50' });
    expect(finding.observed).toBeGreaterThan(2 * learned.metrics.latencyP50!.mean);
  });

  test('ordinary minutes, a tail request included, are no finding', () => {
    expect(latencyFindings(service(6, (i) => usual(i + 3)))).toEqual([]);
  });

  test('72 of 72 slower than the learned median is beyond chance; 40 of 72 is not', () => {
    expect(slowTailSurprise(72, 72, learned.slowMedian, MEDIAN_SHARE)).toBeLessThan(1e-6);
    expect(slowTailSurprise(40, 72, learned.slowMedian, MEDIAN_SHARE)).toBeGreaterThan(0.1);
  });

  test('a service whose median swings that far in ordinary hours is not flagged for it', () => {
    // One hour in four the whole body is that slow (a batch, another tenant's load): the reach of its windows' p50.
    const swinging = learnService(
      service(480, (i) => (Math.floor(i / 60) % 4 === 1 ? shifted() : usual(i))),
      DEFAULT_CONFIG,
      STEP,
    );
    expect(latencyFindings(service(6, shifted), swinging)).toEqual([]);
  });

  test('a shift for two thirds of the scan: the count over those minutes decides, not one diluted by the rest', () => {
    // One minute in six the whole body sits at 5 ms or below: requests slower than the median come bunched.
    const fast = () => [1, 1, 1, 1, 1, 1, 1, 1, 1];
    const bunching = learnService(
      service(480, (i) => (i % 6 === 0 ? fast() : usual(i))),
      DEFAULT_CONFIG,
      STEP,
    );
    const scan = service(9, (i) => (i < 6 ? shifted() : fast()));
    const slowerThanUsual = (from: number, to: number) =>
      requestsSlowerThan(scan, bunching.slowMedian!.thresholdMs, from, to)!;
    const whole = slowerThanUsual(0, 9);
    const lasting = slowerThanUsual(0, 6);
    // Over the whole window, three fast minutes after them, the six minutes' 72 slow requests are no surprise for
    // a service that bunches so; over those six minutes they are.
    expect(slowTailSurprise(whole.slower, whole.requests, bunching.slowMedian, MEDIAN_SHARE)).toBeGreaterThan(
      1e-3,
    );
    expect(
      slowTailSurprise(lasting.slower, lasting.requests, bunching.slowMedian, MEDIAN_SHARE),
    ).toBeLessThan(1e-3);
    const [finding] = latencyFindings(scan, bunching);
    expect(finding).toMatchObject({ type: 'latency', detector: 'rule', metric: 'latencyP50' });
    // Three shifted minutes of nine hold in one slice of three: transient, reported but not gated.
    expect(
      latencyFindings(
        service(9, (i) => (i < 3 ? shifted() : fast())),
        bunching,
      ),
    ).toEqual([]);
  });

  test('a baseline without the median counts (an older file): the median judged at one half, by Poisson', () => {
    const older = { ...learned, slowMedian: undefined };
    const [finding] = latencyFindings(service(6, shifted), older);
    expect(finding).toMatchObject({ metric: 'latencyP50' });
    expect(
      latencyFindings(
        service(6, (i) => usual(i + 3)),
        older,
      ),
    ).toEqual([]);
  });
});

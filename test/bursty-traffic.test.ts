/**
 * The false alarms left on real telemetry, with known answers on hand-built windows: traffic judged by
 * what the service's own windows did, not by a fixed ratio to a mean. A drop under half of a short learning
 * window's mean is no drop when the learned windows went lower still; a spike already reached in the reference
 * window's busiest slices is not the deploy's doing, while a real jump on top of it still is.
 */
import { DEFAULT_CONFIG } from '../src/config/load.js';
import type { ServiceBaseline } from '../src/core/baseline.js';
import { markOnsets } from '../src/core/judge/onset.js';
import { detectServiceAnomalies } from '../src/core/judge/service.js';
import { learnService } from '../src/core/learn.js';
import type { ServiceSeries } from '../src/core/types.js';
import { learnedTraffic, referenceWindow, trafficSeries } from './support/traffic-series.js';

const STEP = 60_000;
const WINDOW_STEPS = 2;
const DEPLOY = Date.parse('2026-11-25T12:00:00Z');
const key = { namespace: 'shop', name: 'cart' };

const traffic = (ratePerStep: number[]) => trafficSeries(key, ratePerStep);
const learned = (mean: number, p5: number, p95: number, max: number) =>
  learnedTraffic(key, mean, p5, p95, max);

const drops = (series: ServiceSeries, baseline: ServiceBaseline) =>
  detectServiceAnomalies(series, baseline, DEFAULT_CONFIG, STEP, WINDOW_STEPS, DEPLOY).findings.filter(
    (f) => f.type === 'traffic_drop',
  );

describe('a drop judged by the learned windows, when the rate to expect is a short window’s mean', () => {
  const bursty = learned(10, 2, 25, 30);
  const steady = learned(10, 8, 12, 13);

  test('4 req/s against a bursty 10 whose learned windows went down to 2 is no drop', () => {
    expect(drops(traffic(new Array(6).fill(4)), bursty)).toEqual([]);
  });

  test('the same 4 req/s against a steady 10 (windows 8..12) is a drop at half the mean', () => {
    const [drop] = drops(traffic(new Array(6).fill(4)), steady);
    expect(drop).toMatchObject({ type: 'traffic_drop', detector: 'rule', threshold: 5 });
    expect(drop.reason).toMatchObject({ kind: 'traffic-band', direction: 'below', factor: 0.5 });
  });

  test('1 req/s, under the bursty service’s lowest learned windows, is still a drop', () => {
    const [drop] = drops(traffic(new Array(6).fill(1)), bursty);
    // The bound: the learned 5th percentile window (2 req/s) with the 10% margin of the spike's reach.
    expect(drop.threshold).toBeCloseTo(2 / 1.1, 4);
    expect(drop.reason).toMatchObject({ factor: 0.182 });
  });

  test('with an hour-of-day profile the learned hour is the expectation, and half of it stays the bound', () => {
    const profiled = { ...bursty, hourlyRate: new Array<number>(24).fill(10) };
    const [drop] = drops(traffic(new Array(6).fill(4)), profiled);
    expect(drop.reason).toMatchObject({ kind: 'traffic-band', basis: 'hour-of-day', factor: 0.5 });
  });
});

describe('a spike already reached in the reference window’s busiest slices', () => {
  // Learned: a steady 1 req/s. The 30 minutes before the deploy: 3 and 5 req/s in turn, five minutes each.
  const baseline = learned(1, 0.8, 1.2, 1.3);
  const referenceRates = Array.from({ length: 30 }, (_, i) => (Math.floor(i / 5) % 2 === 0 ? 3 : 5));
  const reference = referenceWindow(traffic(referenceRates), DEPLOY);
  const onset = (rate: number, learnedAs = baseline) => {
    const verdict = detectServiceAnomalies(
      traffic(new Array(6).fill(rate)),
      learnedAs,
      DEFAULT_CONFIG,
      STEP,
      WINDOW_STEPS,
      DEPLOY,
    );
    const spike = verdict.findings.find((f) => f.type === 'traffic_spike');
    expect(spike).toMatchObject({ detector: 'rule', severity: 'critical' });
    const marked = markOnsets(
      [{ key, verdict }],
      reference,
      new Map([['shop/cart', learnedAs]]),
      DEFAULT_CONFIG,
      WINDOW_STEPS,
    );
    return marked.services[0].verdict.findings.find((f) => f.type === 'traffic_spike')!.onset;
  };

  test('6 req/s, 1.5x the reference window’s mean (4) but within its busiest slices (5), is pre-existing', () => {
    expect(onset(6)).toBe('pre-existing');
  });

  test('12 req/s, over twice the busiest slice, is new', () => {
    expect(onset(12)).toBe('new');
  });

  test('when the baseline learned the traffic’s own swing (a model), the reference window’s mean stays the measure', () => {
    // Eight hours of a steady 1 req/s (±5%): enough to model, its learned swing small.
    const steady = learnService(
      traffic(Array.from({ length: 480 }, (_, i) => 1 + 0.05 * Math.sin(i))),
      DEFAULT_CONFIG,
      STEP,
    );
    expect(steady.models.traffic?.envelope).toBeDefined();
    expect(onset(6, steady)).toBe('new');
  });
});

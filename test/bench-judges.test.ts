/**
 * The benchmark's peer judges and scoring, on hand-built series with answers worked out by hand:
 * Flagger's interval checks, Kayenta's Mann-Whitney classifier, scorer and control window, and the
 * quality figures. (The benchmark's numbers themselves are never asserted: they are measurements.)
 */
import { describe, expect, test } from '@jest/globals';
import {
  flaggerChecks,
  judgeFlagger,
  judgeFlaggerThresholds,
  FLAGGER_DEFAULTS,
} from '../bench/judges/flagger.js';
import {
  classifyMetric,
  hodgesLehmann,
  KAYENTA_DEFAULTS,
  KAYENTA_METRICS,
  KayentaJudge,
  mannWhitneyPValue,
  normalQuantile,
  scoreService,
  type KayentaMetric,
  type MetricJudgement,
} from '../bench/judges/kayenta.js';
import { detectionLatency, scoreOutcomes, type JudgeOutcome, type WindowLabel } from '../bench/quality.js';
import { firstPart, slowedBuckets } from '../bench/scenarios.js';
import {
  METRIC_NAMES,
  type CollectedMetrics,
  type MetricName,
  type ServiceSeries,
} from '../src/core/types.js';

const STEP = 15_000;

/** A series of `steps` steps whose metrics are given per step (a function of the step) or left at calm values. */
function series(
  name: string,
  steps: number,
  metrics: Partial<Record<MetricName, (i: number) => number | null>> = {},
  requests = 100,
): ServiceSeries {
  const calm: Record<MetricName, (i: number) => number | null> = {
    requestRate: () => requests / 15,
    errorRatio: () => 0,
    latencyP50: () => 10,
    latencyP90: () => 20,
    latencyP99: () => 50,
    retryRatio: () => 0,
    timeoutRatio: () => 0,
    overflowRatio: () => 0,
    ejectionRate: () => 0,
  };
  const values = Object.fromEntries(
    METRIC_NAMES.map((m) => [m, Array.from({ length: steps }, (_, i) => (metrics[m] ?? calm[m])(i))]),
  ) as ServiceSeries['values'];
  return {
    service: { namespace: 'shop', name },
    requests: new Array<number>(steps).fill(requests),
    values,
    unavailable: [],
  };
}

function collected(from: number, services: ServiceSeries[]): CollectedMetrics {
  const steps = services[0].requests.length;
  return {
    source: 'simulated',
    from,
    to: from + steps * STEP,
    stepMs: STEP,
    services,
    histogramBuckets: [],
    notes: [],
    partial: false,
  };
}

describe('the Flagger judge', () => {
  test('an interval below 99% success fails its check and the one before it passes', () => {
    const checks = flaggerChecks(series('cart', 8, { errorRatio: (i) => (i >= 4 ? 0.02 : 0) }), STEP);
    expect(checks.map((c) => [c.start, c.successRate, c.failed])).toEqual([
      [0, 1, false],
      [4, 0.98, true],
    ]);
  });

  test('an interval whose p99 is above 500 ms fails even with every request successful', () => {
    const checks = flaggerChecks(series('cart', 4, { latencyP99: () => 620 }), STEP);
    expect(checks).toEqual([{ start: 0, successRate: 1, p99: 620, noData: false, failed: true }]);
  });

  test('an interval without requests returns no value, which Flagger counts as a failed check', () => {
    const quiet = series('cart', 4, { errorRatio: () => null, latencyP99: () => null }, 0);
    expect(flaggerChecks(quiet, STEP)[0]).toMatchObject({
      successRate: null,
      p99: null,
      noData: true,
      failed: true,
    });
  });

  test("p99 is histogram_quantile over the interval's merged buckets when the source has them", () => {
    // 4 steps of 100 requests: 97 under 100 ms, 3 in (100, 1000] each step → rank 396 of 400 falls in the second
    // bucket at (396 - 388) / 12 of its width: 100 + 900 × 8/12 = 700 ms, though each step's own p99 reads 50.
    const withBuckets = {
      ...series('cart', 4),
      latencyBuckets: {
        bounds: [100, 1000, Infinity],
        counts: Array.from({ length: 4 }, () => [97, 100, 100]),
      },
    };
    expect(flaggerChecks(withBuckets, STEP)[0]).toMatchObject({ p99: 700, failed: true });
  });

  test('only the services with a failed check are flagged, without an anomaly type', () => {
    const scan = collected(0, [
      series('cart', 8),
      series('checkout', 8, { latencyP99: (i) => (i < 4 ? 900 : 50) }),
    ]);
    expect(judgeFlagger(scan).flagged).toEqual([{ service: 'shop/checkout', types: null }]);
  });

  test('with a threshold of two, one failed interval is not yet a rollback', () => {
    const scan = collected(0, [series('checkout', 8, { latencyP99: (i) => (i < 4 ? 900 : 50) })]);
    expect(judgeFlagger(scan, { ...FLAGGER_DEFAULTS, threshold: 2 }).flagged).toEqual([]);
  });

  test('every threshold from one pass: three failed intervals of five roll back at thresholds 1 to 3 only', () => {
    const scan = collected(0, [series('checkout', 20, { latencyP99: (i) => (i < 12 ? 900 : 50) })]);
    const byThreshold = judgeFlaggerThresholds(scan);
    expect([...byThreshold].map(([t, o]) => [t, o.flagged.length])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 0],
      [5, 0],
    ]);
  });
});

describe('the Mann-Whitney test behind the Kayenta-style judge', () => {
  test('fully separated samples of three give the normal-approximation p-value worked by hand', () => {
    // U = 0, mean 4.5, sd = sqrt(3*3*7/12) = 2.2913, z = 1.9640, two-sided p = 0.04953.
    expect(mannWhitneyPValue([1, 2, 3], [4, 5, 6])).toBeCloseTo(0.04953, 4);
  });

  test('tied values use mid-ranks and the tie-corrected variance', () => {
    // Ranks: 1,1 → 1.5; 2,2,2 → 4; 3,3,3 → 7. U = 11 - 10 = 1, mean 8,
    // var = 16/12 * (9 - (6 + 24 + 24) / 56) = 10.7143, z = -2.1385, p = 0.03247.
    expect(mannWhitneyPValue([1, 1, 2, 2], [2, 3, 3, 3])).toBeCloseTo(0.03247, 4);
  });

  test('two samples of one repeated value give p = 1 rather than a division by zero', () => {
    expect(mannWhitneyPValue([0, 0, 0], [0, 0, 0, 0])).toBe(1);
  });
});

describe('the Hodges–Lehmann interval of the Kayenta judge', () => {
  const control = Array.from({ length: 20 }, (_, i) => 100 + i);
  const shifted = (by: number) => control.map((v) => v + by);

  test('the normal quantile at 99% (two-sided 98%) is 2.32635', () => {
    expect(normalQuantile(0.99)).toBeCloseTo(2.326348, 5);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
  });

  test('a shift of 15 over 20 × 20 samples: estimate 15, 98% interval [10, 20] worked by hand', () => {
    // k = floor(400/2 − 2.32635 × sqrt(400 × 41 / 12)) = floor(113.99) = 113. The differences are 15 + (i − j);
    // 105 of them are ≤ 15 − 6 and 120 are ≤ 15 − 5, so the 114th smallest is 10 and symmetrically the
    // 114th largest is 20.
    expect(hodgesLehmann(shifted(15), control, 0.98)).toEqual({ estimate: 15, interval: [10, 20] });
  });

  test('three against three fully separated: estimate 3, the interval is the whole range [1, 5]', () => {
    expect(hodgesLehmann([4, 5, 6], [1, 2, 3], 0.98)).toEqual({ estimate: 3, interval: [1, 5] });
  });
});

describe('the Kayenta classifier and scorer', () => {
  const p99: KayentaMetric = { metric: 'latencyP99', failOn: 'increase', critical: true };
  const baseline = Array.from({ length: 20 }, (_, i) => 100 + i);
  const shifted = (by: number) => baseline.map((v) => v + by);

  test('a rise whose whole interval lies above 0.25 × |estimate| is High', () => {
    // estimate 50, interval [45, 55], 45 > 12.5.
    expect(classifyMetric(p99, shifted(50), baseline)).toMatchObject({
      classification: 'High',
      estimate: 50,
      interval: [45, 55],
    });
  });

  test('a precise 13% rise is High too: there is no 25% mean-shift floor', () => {
    // estimate 15, interval [10, 20], 10 > 3.75, although the mean rose by 15 / 109.5 = 13.7%.
    expect(classifyMetric(p99, shifted(15), baseline).classification).toBe('High');
  });

  test('an interval that reaches below the tolerance passes', () => {
    // estimate 2, interval [−3, 7]: −3 < 0.5.
    expect(classifyMetric(p99, shifted(2), baseline)).toMatchObject({
      classification: 'Pass',
      interval: [-3, 7],
    });
  });

  test('a fall of a metric that fails only on increase passes', () => {
    expect(classifyMetric(p99, shifted(-50), baseline).classification).toBe('Pass');
  });

  test('identical samples pass and an empty side is NoData', () => {
    expect(classifyMetric(p99, [...baseline], baseline).classification).toBe('Pass');
    expect(classifyMetric(p99, [], baseline).classification).toBe('NoData');
  });

  const judged = (failing: MetricName[], noData: MetricName[] = []) =>
    KAYENTA_METRICS.map((spec) => ({
      spec,
      judgement: {
        metric: spec.metric,
        classification: failing.includes(spec.metric)
          ? 'High'
          : noData.includes(spec.metric)
            ? 'NoData'
            : 'Pass',
        estimate: 0,
        interval: [0, 0],
        reason: '',
      } as MetricJudgement,
    }));

  test('one non-critical metric failing of seven scores 85.7 and passes', () => {
    const result = scoreService(judged(['retryRatio']));
    expect(result.score).toBeCloseTo(600 / 7, 6);
    expect(result.verdict).toBe('pass');
  });

  test('two non-critical metrics failing of seven scores 71.4: below 75, marginal', () => {
    expect(scoreService(judged(['retryRatio', 'latencyP50']))).toEqual({
      score: 500 / 7,
      verdict: 'marginal',
    });
  });

  test('NoData metrics leave the denominator: one failing of five with data scores 80', () => {
    expect(scoreService(judged(['retryRatio'], ['overflowRatio', 'timeoutRatio'])).score).toBe(80);
  });

  test('a critical metric failing, or without data, scores 0 whatever the others do', () => {
    expect(scoreService(judged(['errorRatio']))).toEqual({ score: 0, verdict: 'fail' });
    expect(scoreService(judged([], ['latencyP99']))).toEqual({ score: 0, verdict: 'fail' });
  });

  test('a traffic drop fails the request rate, whose change counts either way', () => {
    const rate = KAYENTA_METRICS.find((m) => m.metric === 'requestRate')!;
    const judgement = classifyMetric(rate, [5, 6, 5, 6, 5, 6], [10, 11, 10, 11, 10, 11]);
    expect(judgement.classification).toBe('Low');
    expect(scoreService([{ spec: rate, judgement }]).verdict).toBe('fail');
  });
});

describe('the Kayenta control window', () => {
  // Learning: 20 minutes; p99 around 100 ms for the first 10, around 300 ms for the last 10.
  const learningSteps = 80;
  const learning = collected(0, [
    series('cart', learningSteps, { latencyP99: (i) => (i < 40 ? 100 : 300) + (i % 7) }),
  ]);
  const policy = { ...KAYENTA_DEFAULTS, lookbackMs: 10 * 60_000, paddingMs: 0 };
  const judge = new KayentaJudge(learning, policy);
  const scanAt = (p99: number) =>
    collected(20 * 60_000, [series('cart', 20, { latencyP99: (i) => p99 + (i % 5) })]);

  test('a scan like the control window one lookback earlier passes, though it is far above the learning average', () => {
    expect(judge.judge(scanAt(300)).flagged).toEqual([]);
  });

  test('a scan twice as slow as its control window is flagged', () => {
    expect(judge.judge(scanAt(600)).flagged).toEqual([{ service: 'shop/cart', types: null }]);
  });

  test('given the window before the deploy, that is the control instead of the day before', () => {
    const before = collected(10 * 60_000, [series('cart', 40, { latencyP99: (i) => 600 + (i % 5) })]);
    expect(judge.judge(scanAt(600), before).flagged).toEqual([]);
    expect(judge.judge(scanAt(300), before).flagged).toEqual([]);
    expect(judge.judge(scanAt(1200), before).flagged).toEqual([{ service: 'shop/cart', types: null }]);
  });
});

describe('the quality figures', () => {
  const fault = (type: 'latency' | 'error_rate', tier: 'obvious' | 'subtle' = 'obvious'): WindowLabel => ({
    fault: { service: 'shop/cart', type, tier, label: `${type} ${tier}` },
  });
  const clean: WindowLabel = { fault: null };
  const flag = (types: JudgeOutcome['flagged'][number]['types'], service = 'shop/cart'): JudgeOutcome => ({
    flagged: [{ service, types }],
  });
  const none: JudgeOutcome = { flagged: [] };

  test('one detection, one miss and one false alarm in two clean windows give 0.5 everywhere', () => {
    const figures = scoreOutcomes([
      { label: fault('latency'), outcome: flag(['latency']) },
      { label: fault('latency'), outcome: none },
      { label: clean, outcome: flag(['latency'], 'shop/other') },
      { label: clean, outcome: none },
    ]);
    expect(figures.overall).toEqual({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(figures.falsePositiveRate).toBe(0.5);
  });

  test('a flag on the faulted service with the wrong anomaly type is a miss', () => {
    const figures = scoreOutcomes([{ label: fault('error_rate'), outcome: flag(['latency']) }]);
    expect(figures.overall.tp).toBe(0);
  });

  test('a flag on another service is a miss, while an untyped flag on the faulted service is a detection', () => {
    const figures = scoreOutcomes([
      { label: fault('latency'), outcome: flag(['latency'], 'shop/other') },
      { label: fault('latency'), outcome: flag(null) },
    ]);
    expect([figures.overall.tp, figures.overall.fn]).toEqual([1, 1]);
  });

  test('false alarms are shared among fault types in proportion to their windows', () => {
    const figures = scoreOutcomes([
      { label: fault('latency'), outcome: flag(['latency']) },
      { label: fault('latency'), outcome: flag(['latency']) },
      { label: fault('latency'), outcome: flag(['latency']) },
      { label: fault('error_rate'), outcome: flag(['error_rate']) },
      { label: clean, outcome: flag(null, 'shop/other') },
      { label: clean, outcome: flag(null, 'shop/other') },
    ]);
    // 2 false alarms: 1.5 charged to latency (3 of 4 faulty windows), 0.5 to error_rate.
    expect(figures.byType.latency).toMatchObject({ tp: 3, fp: 1.5, precision: 0.6667 });
    expect(figures.byType.error_rate).toMatchObject({ tp: 1, fp: 0.5, precision: 0.6667 });
  });

  test('recall on the subtle subset counts only subtle faults', () => {
    const figures = scoreOutcomes([
      { label: fault('latency', 'subtle'), outcome: none },
      { label: fault('latency', 'subtle'), outcome: flag(['latency']) },
      { label: fault('latency', 'obvious'), outcome: flag(['latency']) },
    ]);
    expect(figures.subtleRecall).toBe(0.5);
  });

  test('detection latency is the shortest scan reaching the F1 target, or none', () => {
    const f1s = [
      { durationMs: 600_000, f1: 0.97 },
      { durationMs: 300_000, f1: 0.93 },
      { durationMs: 120_000, f1: 0.85 },
    ];
    expect(detectionLatency(f1s)).toBe(300_000);
    expect(detectionLatency(f1s, 0.99)).toBeNull();
  });
});

describe("the restart blip on a source's buckets", () => {
  test('doubling every latency moves the counts: at or below 100 ms now is what was at or below 50 ms', () => {
    // Cumulative: 40 ≤ 50, 80 ≤ 100, 100 ≤ 200, 100 in all. Doubled: ≤ 50 reads old ≤ 25 = 20 (linear in
    // (0, 50]), ≤ 100 reads old ≤ 50 = 40, ≤ 200 reads old ≤ 100 = 80; at 40% of the requests.
    expect(slowedBuckets([50, 100, 200, Infinity], [40, 80, 100, 100], 2, 0.4)).toEqual([8, 16, 32, 40]);
  });
});

describe("a scan's first minutes", () => {
  test('cut every per-step array, the bucket increments included', () => {
    const s = {
      ...series('cart', 8),
      latencyBuckets: { bounds: [100, Infinity], counts: Array.from({ length: 8 }, (_, i) => [i, i]) },
    };
    const part = firstPart(collected(0, [s]), 4 * STEP);
    expect(part.to).toBe(4 * STEP);
    expect(part.services[0].requests).toHaveLength(4);
    expect(part.services[0].values.latencyP99).toHaveLength(4);
    expect(part.services[0].latencyBuckets!.counts).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });
});

/**
 * The benchmark's peer judges and scoring, on hand-built series with answers worked out by hand:
 * Flagger's interval checks, Kayenta's Mann-Whitney classifier, scorer and control window, and the
 * quality figures. (The benchmark's numbers themselves are never asserted: they are measurements.)
 */
import { describe, expect, test } from '@jest/globals';
import { flaggerChecks, judgeFlagger, FLAGGER_DEFAULTS } from '../bench/judges/flagger.js';
import {
  classifyMetric,
  KAYENTA_DEFAULTS,
  KAYENTA_METRICS,
  KayentaJudge,
  mannWhitneyPValue,
  scoreService,
  type KayentaMetric,
  type MetricJudgement,
} from '../bench/judges/kayenta.js';
import { detectionLatency, scoreOutcomes, type JudgeOutcome, type WindowLabel } from '../bench/quality.js';
import { METRIC_NAMES, type CollectedMetrics, type MetricName, type ServiceSeries } from '../src/core/types.js';

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

describe('the Flagger-style judge', () => {
  test('an interval below 99% success fails its check and the one before it passes', () => {
    const checks = flaggerChecks(series('cart', 8, { errorRatio: (i) => (i >= 4 ? 0.02 : 0) }), STEP);
    expect(checks.map((c) => [c.start, c.successRate, c.failed])).toEqual([
      [0, 1, false],
      [4, 0.98, true],
    ]);
  });

  test('an interval whose p99 is above 500 ms fails even with every request successful', () => {
    const checks = flaggerChecks(series('cart', 4, { latencyP99: () => 620 }), STEP);
    expect(checks).toEqual([{ start: 0, successRate: 1, p99: 620, failed: true }]);
  });

  test('an interval without requests has no value to check and does not fail', () => {
    const quiet = series('cart', 4, { errorRatio: () => null, latencyP99: () => null }, 0);
    expect(flaggerChecks(quiet, STEP)[0]).toMatchObject({ successRate: null, p99: null, failed: false });
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

describe('the Kayenta-style classifier and scorer', () => {
  const p99: KayentaMetric = { metric: 'latencyP99', failOn: 'increase', critical: true };
  const baseline = Array.from({ length: 20 }, (_, i) => 100 + i);

  test('a significant rise of more than the effect-size floor is High', () => {
    const canary = Array.from({ length: 20 }, (_, i) => 150 + i);
    expect(classifyMetric(p99, canary, baseline).classification).toBe('High');
  });

  test('a significant rise smaller than the 25% effect-size floor passes', () => {
    const canary = Array.from({ length: 20 }, (_, i) => 115 + i);
    const judgement = classifyMetric(p99, canary, baseline);
    expect(judgement.pValue!).toBeLessThan(0.02);
    expect(judgement.classification).toBe('Pass');
  });

  test('fewer than three samples on a side is NoData', () => {
    expect(classifyMetric(p99, [500, 600], baseline).classification).toBe('NoData');
  });

  const judged = (failing: MetricName[]) =>
    KAYENTA_METRICS.map((spec) => ({
      spec,
      judgement: {
        metric: spec.metric,
        classification: failing.includes(spec.metric) ? 'High' : 'Pass',
        pValue: 0.5,
        meanRatio: 1,
        reason: '',
      } as MetricJudgement,
    }));

  test('one non-critical metric failing of seven scores 85.7 and passes', () => {
    const result = scoreService(judged(['retryRatio']));
    expect(result.score).toBeCloseTo(600 / 7, 6);
    expect(result.verdict).toBe('pass');
  });

  test('two non-critical metrics failing of seven scores 71.4: marginal', () => {
    expect(scoreService(judged(['retryRatio', 'latencyP50']))).toEqual({
      score: 500 / 7,
      verdict: 'marginal',
    });
  });

  test('a critical metric failing scores 0 whatever the others do', () => {
    expect(scoreService(judged(['errorRatio']))).toEqual({ score: 0, verdict: 'fail' });
  });

  test('a traffic drop fails the request rate, whose change counts either way', () => {
    const rate = KAYENTA_METRICS.find((m) => m.metric === 'requestRate')!;
    const judgement = classifyMetric(rate, [5, 6, 5, 6, 5, 6], [10, 11, 10, 11, 10, 11]);
    expect(judgement.classification).toBe('Low');
    expect(scoreService([{ spec: rate, judgement }]).verdict).toBe('fail');
  });
});

describe('the Kayenta-style control window', () => {
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

/**
 * The static rules, one file each under src/core/judge/rules/: each one's finding on a window worked out by hand,
 * and the judge walking them in the listed order, a rule standing back when one before it already spoke.
 */
import { DEFAULT_CONFIG } from '../src/config/load.js';
import type { ServiceBaseline } from '../src/core/baseline.js';
import type { JudgeContext } from '../src/core/judge/context.js';
import { ruleFindings } from '../src/core/judge/rules.js';
import { STATIC_RULES } from '../src/core/judge/rules/index.js';
import { ERROR_LIMIT } from '../src/core/judge/rules/error-limit.js';
import { ERROR_RELATIVE } from '../src/core/judge/rules/error-relative.js';
import { LATENCY_P50 } from '../src/core/judge/rules/latency-p50.js';
import { LATENCY_P90 } from '../src/core/judge/rules/latency-p90.js';
import { LATENCY_P99 } from '../src/core/judge/rules/latency-p99.js';
import { OVERFLOW_LIMIT } from '../src/core/judge/rules/overflow-limit.js';
import { RETRY_LIMIT } from '../src/core/judge/rules/retry-limit.js';
import { TIMEOUT_LIMIT } from '../src/core/judge/rules/timeout-limit.js';
import { TIMEOUT_RELATIVE } from '../src/core/judge/rules/timeout-relative.js';
import { TRAFFIC_BAND } from '../src/core/judge/rules/traffic-band.js';
import type { JudgedFinding, MetricName, ServiceSeries } from '../src/core/types.js';

const STEPS = 10;
const STEP_MS = 15_000;

/** Learned stats of one metric: mean, a band 10% either side, a max 20% above. */
const stats = (mean: number) => ({
  mean,
  p5: mean * 0.9,
  p95: mean * 1.1,
  std: mean * 0.05,
  max: mean * 1.2,
});

/** A service that served 100 requests a step (1,000 in the window), all between 20 and 50 ms, or 50 ms and 1 s. */
function series(slow: boolean): ServiceSeries {
  return {
    service: { namespace: 'shop', name: 'cart' },
    requests: Array(STEPS).fill(100),
    values: {} as ServiceSeries['values'],
    unavailable: [],
    latencyBuckets: {
      bounds: [10, 20, 50, 1000, Infinity],
      counts: Array.from({ length: STEPS }, () => (slow ? [0, 0, 0, 100, 100] : [0, 0, 100, 100, 100])),
    },
  };
}

function context(
  observed: Partial<Record<MetricName, number>>,
  usual: Partial<Record<MetricName, number>> = {},
  rules: Partial<typeof DEFAULT_CONFIG.rules> = {},
  slow = false,
): JudgeContext {
  const metrics = Object.fromEntries(Object.entries(usual).map(([m, mean]) => [m, stats(mean)]));
  const baseline = {
    namespace: 'shop',
    name: 'cart',
    insufficient: false,
    metrics,
    models: {},
  } as unknown as ServiceBaseline;
  return {
    series: series(slow),
    baseline,
    config: { ...DEFAULT_CONFIG, rules: { ...DEFAULT_CONFIG.rules, ...rules } },
    observed,
    expectedRate: usual.requestRate ?? null,
    stepMs: STEP_MS,
  };
}

const brief = (findings: JudgedFinding[]) =>
  findings.map((f) => ({ type: f.type, metric: f.metric, threshold: f.threshold, reason: f.reason }));

test('the judge walks every rule once, in the listed order', () => {
  expect(STATIC_RULES.map((r) => r.name)).toEqual([
    'traffic band',
    'error limit',
    'error relative',
    'timeout relative',
    'latency p99 bounds',
    'latency p90 against the half hour before',
    'latency p50 body',
    'retry limit',
    'timeout limit',
    'overflow limit',
  ]);
  expect(STATIC_RULES).toEqual([
    TRAFFIC_BAND,
    ERROR_LIMIT,
    ERROR_RELATIVE,
    TIMEOUT_RELATIVE,
    LATENCY_P99,
    LATENCY_P90,
    LATENCY_P50,
    RETRY_LIMIT,
    TIMEOUT_LIMIT,
    OVERFLOW_LIMIT,
  ]);
});

test('traffic above twice the usual rate is a spike; under half of it, a drop', () => {
  // Usual 10 req/s, windows reaching 1.1 x min(12, 11 + 3 x 2.2) = 13.2: the 2x factor stands (20 req/s).
  const spike = TRAFFIC_BAND.judge(context({ requestRate: 25 }, { requestRate: 10 }), []);
  expect(brief(spike)).toEqual([
    {
      type: 'traffic_spike',
      metric: 'requestRate',
      threshold: 20,
      reason: {
        kind: 'traffic-band',
        direction: 'above',
        factor: 2,
        expectedRate: 10,
        basis: 'baseline-mean',
      },
    },
  ]);
  expect(spike[0].score).toBe(1.25);
  const drop = TRAFFIC_BAND.judge(context({ requestRate: 4 }, { requestRate: 10 }), []);
  expect(brief(drop)).toEqual([
    {
      type: 'traffic_drop',
      metric: 'requestRate',
      threshold: 5,
      reason: {
        kind: 'traffic-band',
        direction: 'below',
        factor: 0.5,
        expectedRate: 10,
        basis: 'baseline-mean',
      },
    },
  ]);
  expect(TRAFFIC_BAND.judge(context({ requestRate: 12 }, { requestRate: 10 }), [])).toEqual([]);
});

test('errors over the fixed limit break it, at the limit they do not', () => {
  expect(brief(ERROR_LIMIT.judge(context({ errorRatio: 0.08 }), []))).toEqual([
    {
      type: 'error_rate',
      metric: 'errorRatio',
      threshold: 0.05,
      reason: { kind: 'ratio-limit', limit: 0.05 },
    },
  ]);
  expect(ERROR_LIMIT.judge(context({ errorRatio: 0.05 }), [])).toEqual([]);
});

test('errors far above their own usual ratio count below the limit, unless the limit already spoke', () => {
  // Usual 0.2%: threshold max(1%, 5 x 0.2%) = 1%; z = (3% - 0.2%) / sqrt(0.2% x 99.8% / 1000) = 19.82; 30 errors.
  const ctx = context({ errorRatio: 0.03 }, { errorRatio: 0.002 });
  const [finding] = ERROR_RELATIVE.judge(ctx, []);
  expect(finding.threshold).toBe(0.01);
  expect(finding.reason).toMatchObject({ kind: 'ratio-relative', factor: 5, usual: 0.002, requests: 1000 });
  expect((finding.reason as { z: number }).z).toBeCloseTo(19.82, 2);
  expect(ERROR_RELATIVE.judge(ctx, ERROR_LIMIT.judge(context({ errorRatio: 0.08 }), []))).toEqual([]);
  // Nine errors in 1,000 requests are too few to tell, whatever z says.
  expect(ERROR_RELATIVE.judge(context({ errorRatio: 0.009 }, { errorRatio: 0.0001 }), [])).toEqual([]);
});

test('timeouts far above their own usual ratio count from 0.5%', () => {
  // Usual 0.05%: threshold max(0.5%, 0.25%) = 0.5%; 1.5% of 1,000 requests is 15 timeouts.
  const [finding] = TIMEOUT_RELATIVE.judge(context({ timeoutRatio: 0.015 }, { timeoutRatio: 0.0005 }), []);
  expect(brief([finding])[0]).toMatchObject({ type: 'timeout', metric: 'timeoutRatio', threshold: 0.005 });
});

test('a p99 past the worse of the configured and the learned bound breaks it, most requests being slower', () => {
  // All 1,000 requests took 50 ms to 1 s: about 947 slower than the learned 100 ms.
  // Learned 100 ms, windows reaching 1.1 x min(120, 110 + 60) = 132 ms: twice the baseline (200 ms) is the bound.
  expect(brief(LATENCY_P99.judge(context({ latencyP99: 500 }, { latencyP99: 100 }, {}, true), []))).toEqual([
    {
      type: 'latency',
      metric: 'latencyP99',
      threshold: 200,
      reason: { kind: 'latency-factor', factor: 2, baseline: 100 },
    },
  ]);
  // A configured 150 ms is the tighter bound, and speaks.
  expect(
    brief(
      LATENCY_P99.judge(context({ latencyP99: 500 }, { latencyP99: 100 }, { latencyP99Ms: 150 }, true), []),
    ),
  ).toEqual([
    {
      type: 'latency',
      metric: 'latencyP99',
      threshold: 150,
      reason: { kind: 'latency-bound', limitMs: 150 },
    },
  ]);
  expect(LATENCY_P99.judge(context({ latencyP99: 190 }, { latencyP99: 100 }, {}, true), [])).toEqual([]);
});

test('a p50 past twice its baseline counts when most requests are slower than it, and stands back for a p99', () => {
  // Learned p50 10 ms; every one of the 1,000 requests took 20-50 ms.
  const ctx = context({ latencyP50: 30 }, { latencyP50: 10 });
  expect(brief(LATENCY_P50.judge(ctx, []))).toEqual([
    {
      type: 'latency',
      metric: 'latencyP50',
      threshold: 20,
      reason: { kind: 'latency-factor', factor: 2, baseline: 10 },
    },
  ]);
  const p99 = LATENCY_P99.judge(context({ latencyP99: 500 }, { latencyP99: 100 }, {}, true), []);
  expect(LATENCY_P50.judge(ctx, p99)).toEqual([]);
});

test('retries, timeouts and overflows count over their limit and twice their usual ratio', () => {
  expect(brief(RETRY_LIMIT.judge(context({ retryRatio: 0.15 }, { retryRatio: 0.02 }), []))).toEqual([
    {
      type: 'retry_storm',
      metric: 'retryRatio',
      threshold: 0.1,
      reason: { kind: 'ratio-limit', limit: 0.1 },
    },
  ]);
  // A service that always retries 10% is judged against twice that: 15% is its normal.
  expect(RETRY_LIMIT.judge(context({ retryRatio: 0.15 }, { retryRatio: 0.1 }), [])).toEqual([]);
  expect(brief(TIMEOUT_LIMIT.judge(context({ timeoutRatio: 0.03 }), []))).toEqual([
    {
      type: 'timeout',
      metric: 'timeoutRatio',
      threshold: 0.02,
      reason: { kind: 'ratio-limit', limit: 0.02 },
    },
  ]);
  expect(brief(OVERFLOW_LIMIT.judge(context({ overflowRatio: 0.08 }, { overflowRatio: 0.03 }), []))).toEqual([
    {
      type: 'circuit_breaker',
      metric: 'overflowRatio',
      threshold: 0.06,
      reason: { kind: 'ratio-limit', limit: 0.06 },
    },
  ]);
});

test('a ratio over its limit counts only with more events than its usual ratio makes by chance', () => {
  const fewRequests = (
    observed: Partial<Record<MetricName, number>>,
    usual: Partial<Record<MetricName, number>>,
  ) => {
    const ctx = context(observed, usual);
    // 185 requests in the window (a service at 0.6 req/s for 5 minutes).
    return { ...ctx, series: { ...ctx.series, requests: [...Array(STEPS - 1).fill(18), 23] } };
  };
  // 2 overflows in 185 (1.08%) where 0.07% is usual: Poisson at 0.185 makes 2 or more once in 66 windows.
  expect(
    OVERFLOW_LIMIT.judge(fewRequests({ overflowRatio: 2 / 185 }, { overflowRatio: 0.0007 }), []),
  ).toEqual([]);
  // 10 of them (5.4%) are not luck (chance 1e-14); nor 8% of errors in 1,000 requests (above).
  expect(
    brief(OVERFLOW_LIMIT.judge(fewRequests({ overflowRatio: 10 / 185 }, { overflowRatio: 0.0007 }), [])),
  ).toEqual([
    {
      type: 'circuit_breaker',
      metric: 'overflowRatio',
      threshold: 0.01,
      reason: { kind: 'ratio-limit', limit: 0.01 },
    },
  ]);
  // 11 errors in 185 (5.9%) where 1% is usual: 11 or more at 1.85 expected is chance 4e-6.
  expect(ERROR_LIMIT.judge(fewRequests({ errorRatio: 11 / 185 }, { errorRatio: 0.01 }), [])).toHaveLength(1);
  // 4 errors in 185 (2.2%) over a limit set at 2%, 1% usual: chance 0.12.
  expect(
    ERROR_LIMIT.judge(
      {
        ...fewRequests({ errorRatio: 4 / 185 }, { errorRatio: 0.01 }),
        config: { ...DEFAULT_CONFIG, rules: { ...DEFAULT_CONFIG.rules, errorRatio: 0.02 } },
      },
      [],
    ),
  ).toEqual([]);
});

test("ruleFindings is every rule's findings in the list's order", () => {
  const ctx = context(
    { requestRate: 25, errorRatio: 0.08, latencyP99: 500, timeoutRatio: 0.03 },
    { requestRate: 10, latencyP99: 100 },
    {},
    true,
  );
  expect(ruleFindings(ctx).map((f) => `${f.type}:${f.metric}`)).toEqual([
    'traffic_spike:requestRate',
    'error_rate:errorRatio',
    'latency:latencyP99',
    'timeout:timeoutRatio',
  ]);
});

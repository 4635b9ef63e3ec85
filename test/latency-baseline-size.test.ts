/**
 * A p99 learned from a few dozen requests is one slow call, not a level: the relative latency rule compares
 * only with a baseline that saw at least gate.minRequests requests (Train-Ticket's ts-price-service had
 * learned "9.9 ms" from about 40 requests, and every later window "failed" at 2x that).
 */
import { loadConfig } from '../src/config/load.js';
import { ruleFindings } from '../src/core/judge/rules.js';
import type { ServiceBaseline } from '../src/core/baseline.js';
import { METRIC_NAMES, type ServiceSeries } from '../src/core/types.js';

const STEP = 15_000;
const config = loadConfig({ overrides: { source: 'simulated' } });

function windowAt(p99: number): ServiceSeries {
  const steps = 20;
  const values = Object.fromEntries(
    METRIC_NAMES.map((m) => [m, Array.from({ length: steps }, () => 0)]),
  ) as ServiceSeries['values'];
  values.requestRate = values.requestRate.map(() => 1);
  values.latencyP99 = values.latencyP99.map(() => p99);
  return {
    service: { namespace: 'shop', name: 'price' },
    requests: Array(steps).fill(15),
    values,
    unavailable: [],
  };
}

function baselineFrom(requests: number): ServiceBaseline {
  const p99 = { mean: 10, p5: 10, p95: 10, std: 0, max: 10 };
  return {
    namespace: 'shop',
    name: 'price',
    requests,
    meanRate: 1,
    insufficient: false,
    hourlyRate: null,
    metrics: { requestRate: { mean: 1, p5: 1, p95: 1, std: 0, max: 1 }, latencyP99: p99 },
    models: {},
    unavailable: [],
  };
}

const latency = (baselineRequests: number, p99: number) =>
  ruleFindings({
    series: windowAt(p99),
    baseline: baselineFrom(baselineRequests),
    config,
    observed: { requestRate: 1, latencyP99: p99 },
    expectedRate: 1,
    stepMs: STEP,
  }).filter((f) => f.type === 'latency');

test('a p99 at 18x a baseline learned from 40 requests is not judged against it', () => {
  expect(latency(40, 184)).toEqual([]);
});

test('the same p99 against a baseline learned from 10,000 requests is a latency finding', () => {
  expect(latency(10_000, 184).map((f) => [f.reason.kind, f.threshold])).toEqual([['latency-factor', 20]]);
});

test('an absolute latency bound still applies, however little the baseline saw', () => {
  const bounded = loadConfig({ overrides: { source: 'simulated', rules: { latencyP99Ms: 100 } } });
  const findings = ruleFindings({
    series: windowAt(184),
    baseline: baselineFrom(40),
    config: bounded,
    observed: { requestRate: 1, latencyP99: 184 },
    expectedRate: 1,
    stepMs: STEP,
  }).filter((f) => f.type === 'latency');
  expect(findings.map((f) => f.reason.kind)).toEqual(['latency-bound']);
});

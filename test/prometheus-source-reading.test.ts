/**
 * What the Prometheus source reads from the real `prometheus` holding Istio series known by construction, at a
 * 15 s and a 30 s scrape interval: the services and step grid, request rates, error and timeout ratios, latency
 * quantiles, Envoy cluster stats present or marked unavailable, and injected faults seen where they were put.
 */
import type { Config } from '../src/core/settings.js';
import { PrometheusSource } from '../src/sources/prometheus/source.js';
import type { CollectedMetrics, MetricName } from '../src/core/types.js';
import {
  ENVOY_DEFAULT_BUCKETS_MS,
  bucketAround,
  trueQuantile,
  type LatencyBand,
} from './support/istio-openmetrics.js';
import { startPrometheus, type RunningPrometheus } from '../harness/prometheus.js';
import {
  CLEAN_WINDOW,
  FAULT_WINDOW,
  istioOpenMetrics,
  PRODUCTPAGE_LATENCY,
  PRODUCTPAGE_LATENCY_3X,
  PROMETHEUS_DEFAULTS,
  RATINGS_LATENCY,
  REVIEWS_LATENCY,
  series,
  STEP,
  stepsOf,
  worstDeviation,
} from './support/prometheus-istio-data.js';

let prometheus: RunningPrometheus;
const collected: Record<string, { clean: CollectedMetrics; fault: CollectedMetrics }> = {};

function source(overrides: Partial<Config['prometheus']> = {}): PrometheusSource {
  return new PrometheusSource({ ...PROMETHEUS_DEFAULTS, ...overrides, url: prometheus.url });
}

beforeAll(async () => {
  prometheus = await startPrometheus(istioOpenMetrics());
  for (const namespace of ['scrape15', 'scrape30']) {
    const reader = source();
    const [clean, fault] = await Promise.all([
      reader.collect({ ...CLEAN_WINDOW, stepMs: STEP, namespaces: [namespace] }),
      reader.collect({ ...FAULT_WINDOW, stepMs: STEP, namespaces: [namespace] }),
    ]);
    collected[namespace] = { clean, fault };
  }
}, 120_000);

afterAll(async () => {
  await prometheus?.stop();
});

describe.each(['scrape15', 'scrape30'])('with data scraped as in namespace %s', (namespace) => {
  const clean = () => collected[namespace].clean;
  const fault = () => collected[namespace].fault;

  test('finds exactly the four services of the namespace, on the requested step grid', () => {
    expect(clean().source).toBe('prometheus');
    expect(clean().services.map((one) => `${one.service.namespace}/${one.service.name}`)).toEqual([
      `${namespace}/batch`,
      `${namespace}/productpage`,
      `${namespace}/ratings`,
      `${namespace}/reviews`,
    ]);
    for (const one of clean().services) expect(one.requests).toHaveLength(stepsOf(clean()));
  });

  test('reads each service request rate and the requests completed per step', () => {
    const rates = { productpage: 40, ratings: 20, reviews: 20, batch: 2 };
    for (const [name, rate] of Object.entries(rates)) {
      expect(worstDeviation(series(clean(), name).values.requestRate, rate)).toBeLessThan(rate * 0.01);
      expect(worstDeviation(series(clean(), name).requests, rate * 60)).toBeLessThan(rate * 60 * 0.01);
    }
  });

  test('counts 5xx, response code 0 and gRPC non-OK as errors and 4xx as not', () => {
    expect(worstDeviation(series(clean(), 'productpage').values.errorRatio, 0.02)).toBeLessThan(0.002);
    expect(worstDeviation(series(clean(), 'ratings').values.errorRatio, 0.05)).toBeLessThan(0.002);
    expect(worstDeviation(series(clean(), 'batch').values.errorRatio, 0)).toBe(0);
  });

  test('reads p50, p90 and p99 equal to the true quantiles of bucket-aligned latencies', () => {
    const cases: Array<[string, LatencyBand[]]> = [
      ['productpage', PRODUCTPAGE_LATENCY],
      ['ratings', RATINGS_LATENCY],
      ['reviews', REVIEWS_LATENCY],
    ];
    const quantiles: Array<[MetricName, number]> = [
      ['latencyP50', 0.5],
      ['latencyP90', 0.9],
      ['latencyP99', 0.99],
    ];
    for (const [name, bands] of cases) {
      for (const [metric, q] of quantiles) {
        const expected = trueQuantile(bands, q);
        expect(worstDeviation(series(clean(), name).values[metric], expected)).toBeLessThan(expected * 0.01);
      }
    }
  });

  test('reads timeouts from 504 responses and the UT flag', () => {
    expect(worstDeviation(series(clean(), 'productpage').values.timeoutRatio, 0.005)).toBeLessThan(0.001);
  });

  test('reads retries, timeouts, overflow and ejections from Envoy cluster stats when present', () => {
    const reviews = series(clean(), 'reviews');
    expect(reviews.unavailable).toEqual([]);
    expect(worstDeviation(reviews.values.retryRatio, 0.05)).toBeLessThan(0.002);
    expect(worstDeviation(reviews.values.timeoutRatio, 0.01)).toBeLessThan(0.001);
    expect(worstDeviation(reviews.values.overflowRatio, 0.02)).toBeLessThan(0.001);
    expect(worstDeviation(reviews.values.ejectionRate, 0.2)).toBeLessThan(0.002);
  });

  test('marks signals that need Envoy stats unavailable, not zero, with one note on proxyStatsMatcher', () => {
    const productpage = series(clean(), 'productpage');
    expect(productpage.unavailable).toEqual(['retryRatio', 'overflowRatio', 'ejectionRate']);
    expect(productpage.values.retryRatio.every((value) => value === null)).toBe(true);
    expect(productpage.values.ejectionRate.every((value) => value === null)).toBe(true);
    const notes = clean().notes.filter((note) => note.includes('proxyStatsMatcher'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('3 of 4 services');
  });

  test('reports the histogram bucket bounds the percentiles came from', () => {
    expect(clean().histogramBuckets).toEqual(ENVOY_DEFAULT_BUCKETS_MS);
  });

  test('sees an injected 3x latency within the bucket that holds the true p99', () => {
    const trueP99 = trueQuantile(PRODUCTPAGE_LATENCY_3X, 0.99);
    expect(trueP99).toBeCloseTo(3 * trueQuantile(PRODUCTPAGE_LATENCY, 0.99), 9);
    const [lower, upper] = bucketAround(trueP99);
    for (const value of series(fault(), 'productpage').values.latencyP99) {
      expect(value).toBeGreaterThan(lower);
      expect(value).toBeLessThanOrEqual(upper);
    }
  });

  test('sees an injected 8% gRPC error ratio', () => {
    expect(worstDeviation(series(fault(), 'ratings').values.errorRatio, 0.08)).toBeLessThan(0.002);
  });

  test('leaves the services without a fault as they were', () => {
    expect(worstDeviation(series(fault(), 'productpage').values.errorRatio, 0.02)).toBeLessThan(0.002);
    expect(
      worstDeviation(series(fault(), 'ratings').values.latencyP99, trueQuantile(RATINGS_LATENCY, 0.99)),
    ).toBeLessThan(0.01 * trueQuantile(RATINGS_LATENCY, 0.99));
  });

  test('gives zero requests and null ratios and latencies for steps without traffic', () => {
    const batch = series(fault(), 'batch');
    expect(batch.requests.every((count) => count === 0)).toBe(true);
    expect(batch.values.requestRate.every((rate) => rate === 0)).toBe(true);
    for (const metric of ['errorRatio', 'latencyP50', 'latencyP99', 'timeoutRatio'] as const) {
      expect(batch.values[metric].every((value) => value === null)).toBe(true);
    }
  });
});

/**
 * SidecarSource.collect against an in-memory mesh on a fake clock: rates, error ratios and latency quantiles
 * summed over a Service's pods, proxy restarts, pods that vanish or appear, failed scrapes, Envoy cluster
 * stats present or absent, concurrency, progress, filters, and windows that start late, are over or are aborted.
 */
import { ConfigError } from '../src/core/types.js';
import {
  bookinfo,
  ENVOY_BOUNDS,
  exponentialMean50,
  FakeMesh,
  FROM,
  INTERVAL,
  INTERVALS,
  RATINGS,
  repeat,
  REVIEWS,
  seriesOf,
  TO,
} from './support/fake-sidecar-mesh.js';

describe('SidecarSource.collect with an in-memory mesh', () => {
  test('adds up the pods of a Service into its request rate and error ratio', async () => {
    const metrics = await bookinfo().collect();
    const reviews = seriesOf(metrics, REVIEWS);
    expect(reviews.requests).toEqual(repeat(150));
    expect(reviews.values.requestRate).toEqual(repeat(10)); // 150 requests / 15 s
    expect(reviews.values.errorRatio).toEqual(repeat(10 / 150));
    expect(seriesOf(metrics, RATINGS).values.requestRate).toEqual(repeat(2));
    expect(seriesOf(metrics, RATINGS).values.errorRatio).toEqual(repeat(0));
  });

  test('returns the step grid of the request', async () => {
    const metrics = await bookinfo().collect();
    expect([metrics.source, metrics.from, metrics.to, metrics.stepMs, metrics.partial]).toEqual([
      'sidecars',
      FROM,
      TO,
      INTERVAL,
      false,
    ]);
    expect(metrics.histogramBuckets).toEqual(ENVOY_BOUNDS);
  });

  test('sums scrape intervals into a coarser step', async () => {
    const reviews = seriesOf(await bookinfo().collect({ stepMs: 2 * INTERVAL }), REVIEWS);
    expect(reviews.requests).toEqual(repeat(300, 5));
    expect(reviews.values.requestRate).toEqual(repeat(10, 5));
  });

  test("reads a restarted proxy's counters as new traffic, not as a negative rate", async () => {
    const mesh = bookinfo();
    const plan = mesh.onInterval;
    mesh.onInterval = (i, m) => {
      if (i === 5) m.sidecar('reviews-v1-a1').restart();
      plan(i, m);
    };
    const reviews = seriesOf(await mesh.collect(), REVIEWS);
    expect(reviews.requests).toEqual(repeat(150));
    expect(reviews.values.latencyP99[5]).toBeCloseTo(99, 9);
  });

  test('gives p99 equal to the true quantile when the latency is uniform within buckets', async () => {
    const reviews = seriesOf(await bookinfo().collect(), REVIEWS);
    // Uniform on [0, 100] ms: p50 = 50, p90 = 90, p99 = 99.
    for (const [metric, truth] of [
      ['latencyP50', 50],
      ['latencyP90', 90],
      ['latencyP99', 99],
    ] as const) {
      for (const value of reviews.values[metric]) expect(value).toBeCloseTo(truth, 9);
    }
  });

  test('puts p99 of an exponential latency in the bucket that holds the true p99', async () => {
    const mesh = new FakeMesh();
    mesh.addPod('bookinfo', 'details-v1-a', 'details');
    mesh.addPod('bookinfo', 'details-v1-b', 'details');
    mesh.onInterval = (_, m) => {
      m.sidecar('details-v1-a').serve({ service: 'details', count: 60_000, latency: exponentialMean50 });
      m.sidecar('details-v1-b').serve({ service: 'details', count: 40_000, latency: exponentialMean50 });
    };
    const details = seriesOf(await mesh.collect(), { namespace: 'bookinfo', name: 'details' });
    // Exponential with mean 50 ms: p99 = 50 ln 100 ≈ 230.3 ms, in Envoy's (100, 250] bucket;
    // p50 = 50 ln 2 ≈ 34.7 ms, in (25, 50].
    expect(50 * Math.log(100)).toBeGreaterThan(100);
    expect(50 * Math.log(100)).toBeLessThanOrEqual(250);
    for (const p99 of details.values.latencyP99) {
      expect(p99).toBeGreaterThan(100);
      expect(p99).toBeLessThanOrEqual(250);
    }
    for (const p50 of details.values.latencyP50) {
      expect(p50).toBeGreaterThan(25);
      expect(p50).toBeLessThanOrEqual(50);
    }
  });

  test("keeps a vanished pod's traffic up to its last scrape and notes when it went", async () => {
    const mesh = bookinfo();
    const plan = mesh.onInterval;
    mesh.onInterval = (i, m) => {
      if (i === 4 && m.sidecar('reviews-v2-b2')) m.removePod('bookinfo', 'reviews-v2-b2');
      plan(i, m);
    };
    const metrics = await mesh.collect();
    // The pod's traffic in interval 4 was never scraped: it died with the pod.
    expect(seriesOf(metrics, REVIEWS).requests).toEqual([...repeat(150, 4), ...repeat(100, 6)]);
    expect(metrics.notes.filter((n) => n.includes('bookinfo/reviews-v2-b2 vanished'))).toHaveLength(1);
    expect(metrics.partial).toBe(false);
  });

  test('counts a pod that appears mid-scan from its first scrape on', async () => {
    const mesh = bookinfo();
    const plan = mesh.onInterval;
    mesh.onInterval = (i, m) => {
      if (i === 3 && !m.sidecar('reviews-v3-d4')) {
        m.addPod('bookinfo', 'reviews-v3-d4', 'reviews').serve({ service: 'reviews', count: 1000 });
      }
      m.sidecar('reviews-v3-d4')?.serve({ service: 'reviews', count: 20 });
      plan(i, m);
    };
    const metrics = await mesh.collect();
    // First scraped at the end of interval 3: everything before is its starting point.
    expect(seriesOf(metrics, REVIEWS).requests).toEqual([...repeat(150, 4), ...repeat(170, 6)]);
    expect(metrics.notes.some((n) => n.includes('bookinfo/reviews-v3-d4 appeared'))).toBe(true);
  });

  test('reports a step without requests as zero rate and null ratios and latencies', async () => {
    const mesh = bookinfo();
    const plan = mesh.onInterval;
    mesh.onInterval = (i, m) => {
      if (i === 6) m.sidecar('reviews-v1-a1').serve({ service: 'reviews', count: 100 });
      else plan(i, m);
    };
    const ratings = seriesOf(await mesh.collect(), RATINGS);
    expect(ratings.requests[6]).toBe(0);
    expect([
      ratings.values.requestRate[6],
      ratings.values.errorRatio[6],
      ratings.values.latencyP99[6],
      ratings.values.timeoutRatio[6],
    ]).toEqual([0, null, null, null]);
  });

  test('marks retry, overflow and ejection signals unavailable, never zero, when Envoy cluster stats are absent', async () => {
    const metrics = await bookinfo().collect();
    const reviews = seriesOf(metrics, REVIEWS);
    expect(reviews.unavailable).toEqual(['retryRatio', 'overflowRatio', 'ejectionRate']);
    expect(reviews.values.overflowRatio).toEqual(repeat(null));
    expect(reviews.values.retryRatio).toEqual(repeat(null));
    expect(reviews.values.ejectionRate).toEqual(repeat(null));
    expect(metrics.notes.filter((n) => n.includes('proxyStatsMatcher'))).toHaveLength(1);
  });

  test("reads retries, ejections and pending overflows from the callers' outbound cluster stats", async () => {
    const mesh = bookinfo();
    const productpage = mesh.addPod('bookinfo', 'productpage-v1-e5', 'productpage');
    const cluster = 'outbound|9080||reviews.bookinfo.svc.cluster.local';
    const plan = mesh.onInterval;
    mesh.onInterval = (i, m) => {
      productpage.bumpClusterStat('envoy_cluster_upstream_rq_retry', cluster, 15);
      productpage.bumpClusterStat('envoy_cluster_upstream_rq_pending_overflow', cluster, 3);
      productpage.bumpClusterStat('envoy_cluster_outlier_detection_ejections_enforced_total', cluster, i % 2);
      m.sidecar('reviews-v1-a1').serve({ service: 'reviews', count: 0 });
      plan(i, m);
    };
    const metrics = await mesh.collect();
    const reviews = seriesOf(metrics, REVIEWS);
    expect(reviews.unavailable).toEqual([]);
    expect(reviews.values.retryRatio).toEqual(repeat(15 / 150));
    expect(reviews.values.overflowRatio).toEqual(repeat(3 / 150));
    expect(reviews.values.ejectionRate).toEqual([0, 1, 0, 1, 0, 1, 0, 1, 0, 1].map((n) => n / 15));
    // ratings has no caller with cluster stats for it: still unavailable.
    expect(seriesOf(metrics, RATINGS).unavailable).toEqual(['retryRatio', 'overflowRatio', 'ejectionRate']);
  });

  test('counts timed-out requests per request; a UO flag at the destination is not an overflow reading', async () => {
    const mesh = new FakeMesh();
    mesh.addPod('bookinfo', 'reviews-v1-a1', 'reviews');
    mesh.onInterval = (_, m) => {
      m.sidecar('reviews-v1-a1').serve({ service: 'reviews', count: 90 });
      m.sidecar('reviews-v1-a1').serve({ service: 'reviews', count: 6, code: '503', flags: 'UO' });
      m.sidecar('reviews-v1-a1').serve({ service: 'reviews', count: 4, code: '504', flags: 'UT' });
    };
    const reviews = seriesOf(await mesh.collect(), REVIEWS);
    expect(reviews.values.overflowRatio).toEqual(repeat(null));
    expect(reviews.values.timeoutRatio).toEqual(repeat(0.04));
    expect(reviews.values.errorRatio).toEqual(repeat(0.1));
  });

  test("takes the larger of the timeout flags and the callers' timeout counter, never their sum", async () => {
    const mesh = new FakeMesh();
    mesh.addPod('bookinfo', 'reviews-v1-a1', 'reviews');
    const productpage = mesh.addPod('bookinfo', 'productpage-v1-e5', 'productpage');
    const cluster = 'outbound|9080||reviews.bookinfo.svc.cluster.local';
    mesh.onInterval = (i, m) => {
      m.sidecar('reviews-v1-a1').serve({ service: 'reviews', count: 96 });
      m.sidecar('reviews-v1-a1').serve({ service: 'reviews', count: 4, code: '504', flags: 'UT' });
      // Odd intervals: the callers gave up on 10 requests the destination still answered.
      productpage.bumpClusterStat('envoy_cluster_upstream_rq_timeout', cluster, i % 2 === 1 ? 10 : 2);
      productpage.bumpClusterStat('envoy_cluster_upstream_rq_pending_overflow', cluster, 3);
    };
    const reviews = seriesOf(await mesh.collect(), REVIEWS);
    expect(reviews.values.timeoutRatio).toEqual([0.04, 0.1, 0.04, 0.1, 0.04, 0.1, 0.04, 0.1, 0.04, 0.1]);
    expect(reviews.values.overflowRatio).toEqual(repeat(0.03));
  });

  test('notes a pod whose scrape failed once and spreads its increase over the gap', async () => {
    const mesh = bookinfo();
    mesh.failScrape = (_, pod, at) => pod === 'reviews-v1-a1' && at === FROM + 5 * INTERVAL;
    const metrics = await mesh.collect();
    // The 200 requests of intervals 4 and 5 arrive in one scrape and are split evenly over both steps.
    expect(seriesOf(metrics, REVIEWS).requests).toEqual(repeat(150));
    expect(metrics.notes).toContain(
      'Pod bookinfo/reviews-v1-a1: 1 of 11 scrapes failed (last: pods "reviews-v1-a1" not found).',
    );
    expect(metrics.partial).toBe(false);
  });

  test('marks the result partial when a whole round is lost', async () => {
    const mesh = bookinfo();
    mesh.failScrape = (_, __, at) => at === FROM + 5 * INTERVAL;
    const metrics = await mesh.collect();
    expect(metrics.partial).toBe(true);
    expect(metrics.notes).toContain(
      'No sidecar answered at 2025-01-01T12:01:15.000Z; the data around that time is incomplete.',
    );
  });

  test('scrapes no more pods at once than its concurrency allows', async () => {
    const mesh = bookinfo();
    for (let i = 0; i < 6; i++) mesh.addPod('bookinfo', `ratings-v1-x${i}`, 'ratings');
    await mesh.source({ concurrency: 2 }).collect({ from: FROM, to: TO, stepMs: INTERVAL, namespaces: [] });
    expect(mesh.maxInFlight).toBe(2);
  });

  test('reports progress after every scrape, ending at 1', async () => {
    const progress: number[] = [];
    await bookinfo().collect({ onProgress: (fraction) => progress.push(fraction) });
    expect(progress).toEqual(Array.from({ length: INTERVALS + 1 }, (_, i) => i / INTERVALS));
  });

  test('reports only the requested Services', async () => {
    const metrics = await bookinfo().collect({ services: [RATINGS] });
    expect(metrics.services.map((s) => s.service)).toEqual([RATINGS]);
  });

  test('scrapes only pods in the requested namespaces', async () => {
    const mesh = bookinfo();
    mesh.addPod('shop', 'cart-v1-a', 'cart');
    const metrics = await mesh.collect({ namespaces: ['shop'] });
    expect(metrics.services.map((s) => s.service)).toEqual([{ namespace: 'shop', name: 'cart' }]);
    expect([...mesh.fetched]).toEqual(['shop/cart-v1-a']);
  });

  test('divides the first step by the part of it observed when the scan starts after the window does', async () => {
    const mesh = bookinfo();
    mesh.now = FROM + 5_000;
    const reviews = seriesOf(await mesh.collect(), REVIEWS);
    // The first scrape is at +5 s, so step 0 saw 10 s of traffic (150 requests in this fake mesh).
    expect(reviews.values.requestRate).toEqual([15, ...repeat(10, 9)]);
  });

  test('refuses a window that has already ended, since sidecars keep no history', async () => {
    const mesh = bookinfo();
    mesh.now = TO;
    await expect(mesh.collect()).rejects.toThrow(ConfigError);
    expect(mesh.fetched.size).toBe(0);
  });

  test('stops at an aborted signal and marks the result partial', async () => {
    const mesh = bookinfo();
    const controller = new AbortController();
    const plan = mesh.onInterval;
    mesh.onInterval = (i, m) => {
      if (i === 3) controller.abort();
      plan(i, m);
    };
    const metrics = await mesh.collect({ signal: controller.signal });
    expect(metrics.partial).toBe(true);
    expect(seriesOf(metrics, REVIEWS).values.requestRate.slice(2)).toEqual([10, ...repeat(null, 7)]);
  });
});

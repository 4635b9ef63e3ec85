import fc from 'fast-check';

import { histogramQuantile, type CumulativeBucket } from '../src/core/histogram.js';

// Envoy's default bucket bounds (ms), as Istio exports them.
const ENVOY_BOUNDS = [
  0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000, 600000, 1800000,
  3600000,
];

/** Cumulative buckets of `n` observations drawn exactly from a distribution with CDF `cdf`. */
function bucketsFromCdf(n: number, cdf: (x: number) => number): CumulativeBucket[] {
  return [...ENVOY_BOUNDS.map((le) => ({ le, count: Math.round(n * cdf(le)) })), { le: Infinity, count: n }];
}

/** The bucket (lower, upper] that holds a value. */
function bucketOf(value: number): [number, number] {
  const upper = ENVOY_BOUNDS.find((le) => value <= le) ?? Infinity;
  const index = ENVOY_BOUNDS.indexOf(upper);
  return [index > 0 ? ENVOY_BOUNDS[index - 1] : 0, upper];
}

describe('histogramQuantile', () => {
  test('recovers the exact quantiles of a uniform distribution, which linear interpolation models exactly', () => {
    // Uniform on [0, 100] ms: the q-quantile is 100q.
    const buckets = bucketsFromCdf(100_000, (x) => Math.min(x / 100, 1));
    expect(histogramQuantile(0.5, buckets)).toBeCloseTo(50, 9);
    expect(histogramQuantile(0.9, buckets)).toBeCloseTo(90, 9);
    expect(histogramQuantile(0.99, buckets)).toBeCloseTo(99, 9);
  });

  test('puts the p50, p90 and p99 of an exponential distribution in the bucket holding the true quantile', () => {
    // Exponential with mean 50 ms: the q-quantile is -50 ln(1 - q).
    const mean = 50;
    const buckets = bucketsFromCdf(1_000_000, (x) => 1 - Math.exp(-x / mean));
    for (const q of [0.5, 0.9, 0.99]) {
      const truth = -mean * Math.log(1 - q);
      const [lower, upper] = bucketOf(truth);
      const estimate = histogramQuantile(q, buckets)!;
      expect(estimate).toBeGreaterThanOrEqual(lower);
      expect(estimate).toBeLessThanOrEqual(upper);
    }
  });

  test('interpolates linearly inside the bucket the rank falls in', () => {
    // 100 observations: 40 in (0,10], 60 in (10,20]. Rank 70 is 30/60 of the way through (10,20].
    const buckets = [
      { le: 10, count: 40 },
      { le: 20, count: 100 },
      { le: Infinity, count: 100 },
    ];
    expect(histogramQuantile(0.7, buckets)).toBeCloseTo(15, 12);
  });

  test('starts the lowest bucket at zero', () => {
    const buckets = [
      { le: 0.5, count: 100 },
      { le: Infinity, count: 100 },
    ];
    expect(histogramQuantile(0.99, buckets)).toBeCloseTo(0.495, 12);
  });

  test('answers a rank in the +Inf bucket with the highest finite bound', () => {
    const buckets = [
      { le: 100, count: 50 },
      { le: 250, count: 90 },
      { le: Infinity, count: 100 },
    ];
    expect(histogramQuantile(0.99, buckets)).toBe(250);
  });

  test('returns the upper bound of a lowest bucket whose bound is not positive', () => {
    const buckets = [
      { le: -1, count: 10 },
      { le: 5, count: 20 },
      { le: Infinity, count: 20 },
    ];
    expect(histogramQuantile(0.25, buckets)).toBe(-1);
  });

  test('sorts buckets given in any order', () => {
    const buckets = [
      { le: Infinity, count: 100 },
      { le: 20, count: 100 },
      { le: 10, count: 40 },
    ];
    expect(histogramQuantile(0.7, buckets)).toBeCloseTo(15, 12);
  });

  test('adds up buckets that share a bound, as when two series are merged', () => {
    const buckets = [
      { le: 10, count: 20 },
      { le: 20, count: 50 },
      { le: Infinity, count: 50 },
      { le: 10, count: 20 },
      { le: 20, count: 50 },
      { le: Infinity, count: 50 },
    ];
    expect(histogramQuantile(0.7, buckets)).toBeCloseTo(15, 12);
  });

  test('carries the running maximum over a bucket that reads lower than the one below', () => {
    // The 20 ms bucket dipped to 30 (a non-atomic scrape); it is read as 40, like PromQL does.
    const buckets = [
      { le: 10, count: 40 },
      { le: 20, count: 30 },
      { le: 30, count: 100 },
      { le: Infinity, count: 100 },
    ];
    expect(histogramQuantile(0.7, buckets)).toBeCloseTo(25, 12);
  });

  test.each([
    [
      'there are no observations',
      [
        { le: 10, count: 0 },
        { le: Infinity, count: 0 },
      ],
    ],
    [
      'there is no +Inf bucket',
      [
        { le: 10, count: 5 },
        { le: 20, count: 10 },
      ],
    ],
    ['there is only one bucket', [{ le: Infinity, count: 10 }]],
  ])('returns null when %s', (_, buckets) => {
    expect(histogramQuantile(0.5, buckets)).toBeNull();
  });

  test('returns -Infinity below q = 0, +Infinity above q = 1 and null for NaN, as PromQL does', () => {
    const buckets = [
      { le: 10, count: 5 },
      { le: Infinity, count: 5 },
    ];
    expect([
      histogramQuantile(-0.1, buckets),
      histogramQuantile(1.1, buckets),
      histogramQuantile(NaN, buckets),
    ]).toEqual([-Infinity, Infinity, null]);
  });

  test('always lands in the bucket that holds the empirical quantile of the observations', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 20_000, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.constantFrom(0.5, 0.9, 0.99),
        (observations, q) => {
          const buckets = [
            ...ENVOY_BOUNDS.map((le) => ({ le, count: observations.filter((o) => o <= le).length })),
            { le: Infinity, count: observations.length },
          ];
          // The observation at rank ceil(q n), counted independently by sorting.
          const sorted = [...observations].sort((a, b) => a - b);
          const truth = sorted[Math.ceil(q * sorted.length) - 1];
          const [lower, upper] = bucketOf(truth);
          const estimate = histogramQuantile(q, buckets)!;
          return estimate >= lower && estimate <= upper;
        },
      ),
      { numRuns: 300, seed: 20240601 },
    );
  });
});

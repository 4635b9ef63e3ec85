/**
 * Queries that fit any server: the window is cut into pieces under the server's sample limit, and the
 * merged series equal the unsplit ones; client-side quantiles equal Prometheus's own histogram_quantile; a
 * service whose series vanish is absent (null), not zero. Two real Prometheus servers hold the same data: one
 * with default limits, one with a tiny --query.max-samples.
 */
import type { Config } from '../src/core/settings.js';
import type { CollectedMetrics, CollectRequest } from '../src/core/types.js';
import { latencyQuantileQuery, rateWindowMs } from '../src/mesh/queries.js';
import { ISTIO } from '../src/mesh/dialects/istio.js';
import { PrometheusClient } from '../src/sources/prometheus/client.js';
import { sortedHistogramQuantile } from '../src/core/histogram.js';
import { histogramQuantile } from '../src/core/histogram.js';
import {
  AdaptiveLimit,
  namespaceGroups,
  planPieces,
  splitPiece,
  stepsPerPiece,
  type QuerySize,
} from '../src/sources/prometheus/pieces.js';
import { PrometheusSource, type PrometheusDeps } from '../src/sources/prometheus/source.js';
import { generateIstioOpenMetrics, type SyntheticService } from './support/istio-openmetrics.js';
import { startPrometheus, type RunningPrometheus } from '../harness/prometheus.js';
import { DEFAULT_CONFIG } from '../src/config/load.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const STEP = 15_000;
const END = Math.floor(Date.now() / HOUR) * HOUR - 3 * HOUR;
const START = END - 3 * HOUR;
const WINDOW: CollectRequest = { from: END - 2 * HOUR, to: END - HOUR, stepMs: STEP, namespaces: [] };
const NAMESPACES = ['alpha', 'beta', 'gamma'];
/** The service whose proxies stop reporting 20% into the window. */
const DARK = { namespace: 'beta', name: 'svc-2' };
const DARK_FROM = WINDOW.from + 12 * MINUTE;
/** Small enough that an hour of the bucket query must be cut, large enough for one step of it. */
const SMALL_LIMIT = 20_000;

/** The real defaults, with a shorter timeout and less concurrency for a test server. */
const DEFAULTS: Config['prometheus'] = { ...DEFAULT_CONFIG.prometheus, timeoutMs: 10_000, concurrency: 4 };

function services(): SyntheticService[] {
  return NAMESPACES.flatMap((namespace, n) =>
    [0, 1, 2, 3].map((i) => ({
      namespace,
      name: `svc-${i}`,
      protocol: 'http' as const,
      ratePerSecond: 4 * (i + 1) + n,
      responses: [
        { code: '200', share: 0.95 },
        { code: '503', share: 0.05 },
      ],
      // Bands that straddle bucket bounds, so interpolation decides every quantile.
      latency: [
        { lowerMs: 3 + i, upperMs: 40 + 7 * i, fraction: 0.7 },
        { lowerMs: 60 + 10 * n, upperMs: 700 + 90 * i, fraction: 0.3 },
      ],
    })),
  );
}

/** Drops DARK's samples from DARK_FROM on: its proxies stopped reporting. */
function withDarkService(text: string): string {
  const marker = `destination_service_name="${DARK.name}",destination_service_namespace="${DARK.namespace}"`;
  return text
    .split('\n')
    .filter((line) => {
      if (!line.includes(marker)) return true;
      const seconds = Number(line.slice(line.lastIndexOf(' ') + 1));
      return seconds * 1000 < DARK_FROM;
    })
    .join('\n');
}

let stock: RunningPrometheus;
let limited: RunningPrometheus;
let unsplit: CollectedMetrics;

/** A fetch that records each answer's status: the real fetch, observed. */
function observedFetch(statuses: number[]): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    statuses.push(response.status);
    return response;
  };
}

function collect(
  server: RunningPrometheus,
  deps: PrometheusDeps = {},
  request: Partial<CollectRequest> = {},
) {
  return new PrometheusSource({ ...DEFAULTS, url: server.url }, deps).collect({ ...WINDOW, ...request });
}

beforeAll(async () => {
  const text = withDarkService(
    generateIstioOpenMetrics({ services: services(), startMs: START, endMs: END, scrapeIntervalMs: STEP }),
  );
  [stock, limited] = await Promise.all([
    startPrometheus(text),
    startPrometheus(text, { flags: [`--query.max-samples=${SMALL_LIMIT}`] }),
  ]);
  unsplit = await collect(stock);
}, 120_000);

afterAll(async () => {
  await Promise.all([stock?.stop(), limited?.stop()]);
});

describe('pieces', () => {
  const limits = { maxSamples: 1_000_000, maxResponseBytes: 64 * 1024 * 1024, samplesPerWindow: 9 };

  test.each([
    { inputSeries: 10, outputSeries: 2, copies: 1 },
    { inputSeries: 170_000, outputSeries: 20_000, copies: 1 },
    { inputSeries: 3_000, outputSeries: 1_000, copies: 3 },
  ])('a piece for %o holds at most a quarter of the sample limit', (size: QuerySize) => {
    const span = stepsPerPiece(size, limits);
    const samples =
      size.inputSeries * (span * size.copies + limits.samplesPerWindow) + size.outputSeries * span;
    expect(span).toBeGreaterThanOrEqual(1);
    if (span > 1) expect(samples).toBeLessThanOrEqual(limits.maxSamples / 4);
    expect(span).toBeLessThanOrEqual(10_000);
  });

  test.each([
    { span: 50, stepMs: 30_000, rateWindowMs: 120_000, from: Date.UTC(2026, 0, 1, 5), length: 20 * 60_000 },
    {
      span: 300,
      stepMs: 30_000,
      rateWindowMs: 120_000,
      from: Date.UTC(2026, 0, 1, 5, 7, 30),
      length: 2 * 3_600_000,
    },
    { span: 7, stepMs: 15_000, rateWindowMs: 120_000, from: Date.UTC(2026, 0, 1, 5, 1), length: 60_000 },
  ])(
    'on a step grid, pieces are $length ms on the clock, each rate window starting on that boundary',
    ({ span, stepMs, rateWindowMs, from, length }) => {
      const steps = 1_000;
      const pieces = planPieces(steps, span, { from, stepMs, rateWindowMs });
      const covered = pieces.flatMap((piece) =>
        Array.from({ length: piece.last - piece.first + 1 }, (_, k) => piece.first + k),
      );
      expect(covered).toEqual(Array.from({ length: steps }, (_, k) => k));
      for (const piece of pieces) expect(piece.last - piece.first + 1).toBeLessThanOrEqual(span);
      for (const piece of pieces.slice(1)) {
        const firstRateStarts = from + (piece.first + 1) * stepMs - rateWindowMs;
        expect(firstRateStarts % length).toBe(0);
      }
      for (const piece of pieces.slice(1, -1)) expect((piece.last - piece.first + 1) * stepMs).toBe(length);
    },
  );

  test('a step that divides no hour length keeps plain pieces', () => {
    const pieces = planPieces(100, 30, { from: 0, stepMs: 7_000, rateWindowMs: 120_000 });
    expect(pieces.map((piece) => piece.first)).toEqual([0, 30, 60, 90]);
  });

  test('cover every step once, and a refused piece splits by time, then by namespace', () => {
    const pieces = planPieces(100, 30);
    expect(pieces.map((piece) => [piece.first, piece.last])).toEqual([
      [0, 29],
      [30, 59],
      [60, 89],
      [90, 99],
    ]);
    expect(splitPiece(pieces[3], NAMESPACES)?.map((piece) => [piece.first, piece.last])).toEqual([
      [90, 94],
      [95, 99],
    ]);
    const single = { first: 7, last: 7, namespaces: null };
    expect(splitPiece(single, NAMESPACES)?.map((piece) => piece.namespaces)).toEqual([
      ['alpha', 'beta'],
      ['gamma'],
    ]);
    expect(splitPiece({ ...single, namespaces: ['gamma'] }, NAMESPACES)).toBeUndefined();
  });
});

test('the number in flight halves when the server pushes back, and grows back one at a time', async () => {
  const limit = new AdaptiveLimit(8);
  let running = 0;
  let most = 0;
  const gates: Array<() => void> = [];
  const task = () =>
    limit.run(async () => {
      most = Math.max(most, ++running);
      await new Promise<void>((resolve) => gates.push(resolve));
      running--;
    });
  const tasks = Array.from({ length: 20 }, task);
  await new Promise((resolve) => setImmediate(resolve));
  expect(most).toBe(8);
  limit.overloaded();
  limit.overloaded();
  expect(limit.current).toBe(2);
  most = 0;
  while (gates.length > 0) {
    gates.splice(0).forEach((open) => open());
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(tasks);
  // Once the eight in flight had finished, no more than two ran at once.
  expect(most).toBeLessThanOrEqual(2);
  for (let i = 0; i < 4; i++) limit.succeeded();
  expect(limit.current).toBe(3);
});

describe('against a server with a small --query.max-samples', () => {
  test('the unsplit window is refused by it (so the cutting below is needed)', async () => {
    const statuses: number[] = [];
    const deps = { fetch: observedFetch(statuses), maxSamples: 1e12, retryBaseDelayMs: 1 };
    const client = new PrometheusClient({ ...DEFAULTS, url: limited.url }, deps);
    const query = latencyQuantileQuery(
      { dialect: ISTIO, namespaces: [], rateWindowMs: rateWindowMs(STEP) },
      0.99,
    );
    const context = { deadline: Date.now() + 10_000, deadlineMs: 10_000 };
    await expect(client.queryRange(query, WINDOW.from + STEP, WINDOW.to, STEP, context)).rejects.toThrow(
      /refused a query as too large \(HTTP 422/,
    );
  });

  test('pieces sized for the limit all fit it, and merge to the unsplit series', async () => {
    const statuses: number[] = [];
    const source = new PrometheusSource(
      { ...DEFAULTS, url: limited.url },
      { fetch: observedFetch(statuses), maxSamples: SMALL_LIMIT },
    );
    const merged = await source.collect(WINDOW);
    expect(statuses.every((status) => status === 200)).toBe(true);
    // 13 queries and the count: cut into many more pieces than that.
    expect(statuses.length).toBeGreaterThan(40);
    expect(merged).toEqual(unsplit);
  });

  test('pieces planned for a larger limit are halved on each 422 until they fit, with the same result', async () => {
    const statuses: number[] = [];
    const merged = await collect(limited, { fetch: observedFetch(statuses), maxSamples: 1e12 });
    expect(statuses).toContain(422);
    expect(merged).toEqual(unsplit);
  });

  test('a step too large for every namespace at once is asked per namespace', async () => {
    // A limit below one step of the bucket query over all namespaces, above one namespace's share.
    const tiny = await startPrometheus(
      withDarkService(
        generateIstioOpenMetrics({
          services: services(),
          startMs: START,
          endMs: END,
          scrapeIntervalMs: STEP,
        }),
      ),
      { flags: ['--query.max-samples=500'] },
    );
    try {
      const window = { from: WINDOW.from, to: WINDOW.from + 5 * MINUTE, namespaces: NAMESPACES };
      const bodies: string[] = [];
      const fetchFn: typeof fetch = async (input, init) => {
        bodies.push(String(init?.body ?? ''));
        return fetch(input, init);
      };
      const merged = await collect(tiny, { fetch: fetchFn, maxSamples: 500 }, window);
      const reference = await collect(stock, {}, window);
      expect(merged).toEqual(reference);
      const oneNamespace = bodies.filter((body) =>
        /destination_service_namespace=~"(alpha|beta|gamma)"/.test(
          decodeURIComponent(body.replace(/\+/g, ' ')),
        ),
      );
      expect(oneNamespace.length).toBeGreaterThan(0);
    } finally {
      await tiny.stop();
    }
  }, 60_000);
});

describe('one query for the latency distribution', () => {
  test.each([0.5, 0.9, 0.99])(
    "quantile %f equals Prometheus's histogram_quantile on the same buckets",
    async (q) => {
      const client = new PrometheusClient({ ...DEFAULTS, url: stock.url });
      const scope = { dialect: ISTIO, namespaces: [], rateWindowMs: rateWindowMs(STEP) };
      const context = { deadline: Date.now() + 10_000, deadlineMs: 10_000 };
      const matrix = await client.queryRange(
        latencyQuantileQuery(scope, q),
        WINDOW.from + STEP,
        WINDOW.to,
        STEP,
        context,
      );
      const metric = q === 0.5 ? 'latencyP50' : q === 0.9 ? 'latencyP90' : 'latencyP99';
      let compared = 0;
      for (const series of matrix) {
        const ours = unsplit.services.find(
          (one) =>
            one.service.namespace === series.metric.destination_service_namespace &&
            one.service.name === series.metric.destination_service_name,
        )!;
        for (const [seconds, text] of series.values) {
          if (text === 'NaN') continue;
          const step = Math.round((seconds * 1000 - WINDOW.from) / STEP) - 1;
          expect(ours.values[metric][step]).toBeCloseTo(Number(text), 6);
          compared++;
        }
      }
      // Every service at every step it served, the dark one only before it went dark.
      expect(compared).toBeGreaterThan(11 * 240);
    },
  );

  test('the fast path on sorted bounds answers as core/histogram.ts on 2,000 random histograms', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 2000; round++) {
      const bounds = [0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000].slice(0, 1 + Math.floor(random() * 10));
      bounds.push(Number.POSITIVE_INFINITY);
      // Mostly cumulative, with the odd non-monotonic scrape and empty histogram.
      let total = 0;
      const counts = bounds.map(() => (total += random() < 0.1 ? -random() : Math.floor(random() * 5)));
      for (const q of [0, 0.5, 0.9, 0.99, 1]) {
        const expected = histogramQuantile(
          q,
          bounds.map((le, b) => ({ le, count: counts[b] })),
        );
        expect(sortedHistogramQuantile(q, bounds, Float64Array.from(counts), bounds.length)).toBe(expected);
      }
    }
  });

  test('keeps the buckets per step: the +Inf bucket is the requests of the step', () => {
    for (const series of unsplit.services) {
      const buckets = series.latencyBuckets!;
      expect(buckets.bounds[buckets.bounds.length - 1]).toBe(Number.POSITIVE_INFINITY);
      buckets.counts.forEach((counts, step) => {
        if (counts === null) return expect(series.values.requestRate[step]).toBeNull();
        // Two rates of the same requests (the histogram and the counters by code), extrapolated apart: within 1%.
        expect(Math.abs(counts[counts.length - 1] - series.requests[step])).toBeLessThanOrEqual(
          0.01 * series.requests[step],
        );
        // Cumulative: never lower at a higher bound.
        counts.slice(1).forEach((count, b) => expect(count).toBeGreaterThanOrEqual(counts[b] - 1e-9));
      });
    }
  });
});

describe('a service whose series vanish', () => {
  test('is absent (null), not zero, from the step its proxies stopped reporting, and a note names it', () => {
    const dark = unsplit.services.find(
      (one) => one.service.name === DARK.name && one.service.namespace === DARK.namespace,
    )!;
    const stepsLit = (DARK_FROM - WINDOW.from) / STEP;
    const rates = dark.values.requestRate;
    // The rate window (2 min) still holds samples for a few steps after the last scrape.
    const lastLit = rates.findLastIndex((rate) => rate !== null);
    expect(lastLit).toBeGreaterThanOrEqual(stepsLit - 1);
    expect(lastLit).toBeLessThan(stepsLit + rateWindowMs(STEP) / STEP);
    expect(rates.slice(0, stepsLit - 1).every((rate) => rate !== null && rate > 0)).toBe(true);
    expect(rates.slice(lastLit + 1).every((rate) => rate === null)).toBe(true);
    expect(dark.values.latencyP99.slice(lastLit + 1).every((value) => value === null)).toBe(true);
    expect(dark.latencyBuckets!.counts.slice(lastLit + 1).every((counts) => counts === null)).toBe(true);
    expect(unsplit.notes.join('\n')).toMatch(
      new RegExp(
        `1 of 12 services have no metrics for part of the window \\(absent, not zero\\): beta/svc-2 \\(7\\d% of the window, none since `,
      ),
    );
  });
});

describe('namespace groups for learning while the server computes', () => {
  test('every namespace in exactly one group, groups of about equal size, none for one namespace', () => {
    const sizes = new Map([
      ['a', 100],
      ['b', 90],
      ['c', 50],
      ['d', 40],
      ['e', 10],
      ['f', 10],
    ]);
    const groups = namespaceGroups(sizes, 4);
    expect(groups).toHaveLength(4);
    expect(groups.flat().sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    const totals = groups.map((group) => group.reduce((sum, name) => sum + sizes.get(name)!, 0));
    expect(Math.max(...totals)).toBe(100);
    expect(Math.min(...totals)).toBeGreaterThanOrEqual(50);
    expect(namespaceGroups(new Map([['only', 5]]), 4)).toEqual([]);
    expect(
      namespaceGroups(
        new Map([
          ['x', 1],
          ['y', 1],
        ]),
        4,
      ),
    ).toEqual([['x'], ['y']]);
  });
});

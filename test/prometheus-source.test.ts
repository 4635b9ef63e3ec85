/**
 * The Prometheus source against the real `prometheus` binary, loaded with Istio series whose rates, error ratios
 * and latency distributions are known by construction, scraped every 15 s (namespace scrape15) and every 30 s
 * (namespace scrape30). The data ends three hours ago: every read is of a past window.
 */
import type { Config } from '../src/core/settings.js';
import { PrometheusSource } from '../src/sources/prometheus/source.js';
import { serviceId, type CollectedMetrics, type MetricName, type ServiceSeries } from '../src/core/types.js';
import {
  ENVOY_DEFAULT_BUCKETS_MS,
  bucketAround,
  generateIstioOpenMetrics,
  trueQuantile,
  type InjectedChange,
  type LatencyBand,
  type SyntheticService,
} from './support/istio-openmetrics.js';
import { startPrometheus, type RunningPrometheus } from '../harness/prometheus.js';
import { DEFAULT_CONFIG } from '../src/config/load.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const STEP = MINUTE;
const END = Math.floor(Date.now() / HOUR) * HOUR - 3 * HOUR;
const START = END - 4 * HOUR;
const FAULT_START = START + 2 * HOUR;
// Windows start well after a boundary so every rate window (2 min) lies on one side of it.
const CLEAN_WINDOW = { from: START + 30 * MINUTE, to: FAULT_START };
const FAULT_WINDOW = { from: FAULT_START + 5 * MINUTE, to: END - 5 * MINUTE };

// Rates and shares are chosen so every scrape adds whole requests to every series, at 15 s and at 30 s:
// the counters are exact integers, as Istio's are, and the rates have no rounding to tolerate.
const PRODUCTPAGE_LATENCY: LatencyBand[] = [
  { lowerMs: 10, upperMs: 25, fraction: 0.3 },
  { lowerMs: 25, upperMs: 50, fraction: 0.5 },
  { lowerMs: 50, upperMs: 100, fraction: 0.18 },
  { lowerMs: 100, upperMs: 250, fraction: 0.02 },
];
/** The same shape stretched 3x: every quantile is exactly 3x, but no longer aligned to the buckets. */
const PRODUCTPAGE_LATENCY_3X = PRODUCTPAGE_LATENCY.map((band) => ({
  lowerMs: band.lowerMs * 3,
  upperMs: band.upperMs * 3,
  fraction: band.fraction,
}));
const RATINGS_LATENCY: LatencyBand[] = [
  { lowerMs: 5, upperMs: 10, fraction: 0.6 },
  { lowerMs: 10, upperMs: 25, fraction: 0.38 },
  { lowerMs: 25, upperMs: 50, fraction: 0.02 },
];
const REVIEWS_LATENCY: LatencyBand[] = [
  { lowerMs: 100, upperMs: 250, fraction: 0.6 },
  { lowerMs: 250, upperMs: 500, fraction: 0.4 },
];

function services(namespace: string): SyntheticService[] {
  return [
    {
      namespace,
      name: 'productpage',
      protocol: 'http',
      ratePerSecond: 40,
      // Errors: 503 + 504 + no response (0) = 2%; the 404s are the client's fault, not errors.
      responses: [
        { code: '200', share: 0.97 },
        { code: '404', share: 0.01 },
        { code: '503', share: 0.01 },
        { code: '504', flags: 'UT', share: 0.005 },
        { code: '0', flags: 'DC', share: 0.005 },
      ],
      latency: PRODUCTPAGE_LATENCY,
    },
    {
      namespace,
      name: 'ratings',
      protocol: 'grpc',
      ratePerSecond: 20,
      // gRPC failures travel as HTTP 200: UNAVAILABLE (14) and NOT_FOUND (5) = 5% errors.
      responses: [
        { code: '200', grpcStatus: '0', share: 0.95 },
        { code: '200', grpcStatus: '14', share: 0.04 },
        { code: '200', grpcStatus: '5', share: 0.01 },
      ],
      latency: RATINGS_LATENCY,
    },
    {
      namespace,
      name: 'reviews',
      protocol: 'http',
      ratePerSecond: 20,
      responses: [
        { code: '200', share: 0.99 },
        { code: '503', flags: 'UO', share: 0.01 },
      ],
      latency: REVIEWS_LATENCY,
      // Per request: 5% retries, 1% client-side timeouts, 2% pending overflow; 0.2 ejections per second.
      envoy: {
        retriesPerSecond: 1,
        timeoutsPerSecond: 0.2,
        pendingOverflowPerSecond: 0.4,
        ejectionsPerSecond: 0.2,
      },
    },
    {
      namespace,
      name: 'batch',
      protocol: 'http',
      ratePerSecond: 2,
      responses: [{ code: '200', share: 1 }],
      latency: [{ lowerMs: 250, upperMs: 500, fraction: 1 }],
    },
  ];
}

function changes(namespace: string): InjectedChange[] {
  const window = { namespace, fromMs: FAULT_START, toMs: END };
  return [
    { ...window, name: 'productpage', change: { latency: PRODUCTPAGE_LATENCY_3X } },
    {
      ...window,
      name: 'ratings',
      change: {
        responses: [
          { code: '200', grpcStatus: '0', share: 0.92 },
          { code: '200', grpcStatus: '14', share: 0.08 },
        ],
      },
    },
    { ...window, name: 'batch', change: { ratePerSecond: 0 } },
  ];
}

/** The real defaults, with a shorter timeout and less concurrency for a test server. */
const PROMETHEUS_DEFAULTS: Config['prometheus'] = {
  ...DEFAULT_CONFIG.prometheus,
  timeoutMs: 10_000,
  concurrency: 4,
};

let prometheus: RunningPrometheus;
const collected: Record<string, { clean: CollectedMetrics; fault: CollectedMetrics }> = {};

function source(overrides: Partial<Config['prometheus']> = {}): PrometheusSource {
  return new PrometheusSource({ ...PROMETHEUS_DEFAULTS, ...overrides, url: prometheus.url });
}

beforeAll(async () => {
  const text = [15_000, 30_000]
    .map((interval) => {
      const namespace = `scrape${interval / 1000}`;
      return generateIstioOpenMetrics({
        services: services(namespace),
        changes: changes(namespace),
        startMs: START,
        endMs: END,
        scrapeIntervalMs: interval,
        sourceReporterRateFactor: 2,
      }).replace(/# EOF\n$/, '');
    })
    .join('')
    .concat('# EOF\n');
  prometheus = await startPrometheus(mergeFamilies(text));
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

/** Two generated files joined repeat each `# TYPE` header; OpenMetrics wants one block per family. */
function mergeFamilies(text: string): string {
  const families = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('# TYPE ')) {
      current = families.get(line) ?? [];
      families.set(line, current);
    } else if (line && line !== '# EOF') current.push(line);
  }
  return [...families].map(([header, lines]) => [header, ...lines].join('\n')).join('\n') + '\n# EOF\n';
}

function series(metrics: CollectedMetrics, name: string): ServiceSeries {
  const found = metrics.services.find((candidate) => candidate.service.name === name);
  if (!found) throw new Error(`no series for ${name}`);
  return found;
}

/** The largest distance of any step's value from `expected` (Infinity when a step has no value). */
function worstDeviation(values: Array<number | null>, expected: number): number {
  return Math.max(
    ...values.map((value) => (value === null ? Number.POSITIVE_INFINITY : Math.abs(value - expected))),
  );
}

function stepsOf(metrics: CollectedMetrics): number {
  return (metrics.to - metrics.from) / metrics.stepMs;
}

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

describe('options and discovery', () => {
  test('returns zero requests and null values for a requested service with no data', async () => {
    const metrics = await source().collect({
      ...CLEAN_WINDOW,
      stepMs: STEP,
      namespaces: ['scrape15'],
      services: [
        { namespace: 'scrape15', name: 'productpage' },
        { namespace: 'scrape15', name: 'ghost' },
      ],
    });
    expect(metrics.services.map((one) => one.service.name)).toEqual(['ghost', 'productpage']);
    const ghost = series(metrics, 'ghost');
    expect(ghost.requests.every((count) => count === 0)).toBe(true);
    expect(ghost.values.requestRate.every((value) => value === null)).toBe(true);
    expect(ghost.values.latencyP99.every((value) => value === null)).toBe(true);
  });

  test('learning in namespace groups hands on exactly the series collected at once, each once', async () => {
    const window = { ...CLEAN_WINDOW, stepMs: STEP, namespaces: [] };
    const bodies: string[] = [];
    const fetchFn: typeof fetch = async (input, init) => {
      bodies.push(decodeURIComponent(String(init?.body ?? '')));
      return fetch(input, init);
    };
    const reader = new PrometheusSource({ ...PROMETHEUS_DEFAULTS, url: prometheus.url }, { fetch: fetchFn });
    const whole = await reader.collect(window);
    const handed: ServiceSeries[] = [];
    const wholeBodies = bodies.length;
    const grouped = await reader.collect({ ...window, onService: (series) => handed.push(series) });
    expect(grouped.services).toEqual([]);
    expect(grouped.notes).toEqual(whole.notes);
    expect(grouped.histogramBuckets).toEqual(whole.histogramBuckets);
    const byId = (list: ServiceSeries[]) =>
      [...list].sort((a, b) => serviceId(a.service).localeCompare(serviceId(b.service)));
    expect(byId(handed)).toEqual(byId(whole.services));
    expect(new Set(handed.map((series) => serviceId(series.service))).size).toBe(handed.length);
    // The grouped read asked the bucket query per namespace group (here one namespace each), the other at once.
    const bucketBodies = bodies.filter((body) => body.includes('_bucket{') && body.includes('step='));
    for (const namespace of ['scrape15', 'scrape30'])
      expect(
        bucketBodies.some((body) => body.includes(`destination_service_namespace=~"${namespace}"`)),
      ).toBe(true);
    // Group by group: every bucket query's pieces of the first group (the service's and its callers' view) asked
    // before any of the second's, so the first is learned while the server computes the second.
    const groupedBuckets = bodies
      .slice(wholeBodies)
      .filter((body) => body.includes('_bucket{') && body.includes('step=') && !body.includes('"size"'));
    expect(groupedBuckets.filter((body) => body.includes('source_workload')).length).toBeGreaterThan(0);
    const order = groupedBuckets.map((body) => (body.includes('namespace=~"scrape15"') ? 1 : 2));
    expect(order).toEqual([...order].sort());
  });

  test('a scan-length window asks each range query once; a long one in hour-aligned pieces', async () => {
    const bodies: string[] = [];
    const fetchFn: typeof fetch = async (input, init) => {
      bodies.push(decodeURIComponent(String(init?.body ?? '').replace(/\+/g, ' ')));
      return fetch(input, init);
    };
    const reader = new PrometheusSource({ ...PROMETHEUS_DEFAULTS, url: prometheus.url }, { fetch: fetchFn });
    const rangeQueries = () =>
      bodies
        .filter((body) => body.includes('step=') && !body.includes('"size"'))
        .map((body) => body.split('&start=')[0]);
    await reader.collect({
      from: FAULT_START + 5 * MINUTE,
      to: FAULT_START + 15 * MINUTE,
      stepMs: STEP,
      namespaces: [],
    });
    const short = rangeQueries();
    expect(short.length).toBeGreaterThan(2);
    expect(new Set(short).size).toBe(short.length);
    bodies.length = 0;
    await reader.collect({ from: START, to: END, stepMs: STEP, namespaces: [] });
    const long = rangeQueries();
    // Four hours: each query in four pieces of an hour (a first shorter one before the first boundary).
    for (const query of new Set(long))
      expect(long.filter((one) => one === query).length).toBeGreaterThanOrEqual(4);
  });

  test.each([
    ['istio', 3],
    ['istio-ambient', 5],
  ] as const)(
    'read as %s, reads the request counters in %i queries: no selection the server view cannot see',
    async (mesh, expected) => {
      const bodies: string[] = [];
      const fetchFn: typeof fetch = async (input, init) => {
        bodies.push(decodeURIComponent(String(init?.body ?? '').replace(/\+/g, ' ')));
        return fetch(input, init);
      };
      const reader = new PrometheusSource(
        { ...PROMETHEUS_DEFAULTS, mesh, url: prometheus.url },
        { fetch: fetchFn },
      );
      await reader.collect({ ...CLEAN_WINDOW, stepMs: STEP, namespaces: ['scrape15'] });
      // Each query may come in several pieces of the window: the distinct queries, whatever their time range.
      const requestQueries = [
        ...new Set(
          bodies
            .filter(
              (body) =>
                body.includes('step=') &&
                body.startsWith('query=sum by') &&
                body.includes('rate(istio_requests_total{') &&
                // The service's own view: the caller's view of each edge groups by its callers too.
                !body.includes('source_workload'),
            )
            .map((body) => body.replace(/&start=.*$/, '')),
        ),
      ];
      // The total, errors and timeouts; where a waypoint may be the server view, also the retry (URX) and
      // overflow (UO) flags it sets as the proxy that sends the request on.
      expect(requestQueries).toHaveLength(expected);
      expect(requestQueries.some((body) => body.includes('URX'))).toBe(mesh === 'istio-ambient');
    },
  );

  test('lists services from the metrics labels alone, across every namespace', async () => {
    const keys = await source().listServices({ ...CLEAN_WINDOW, namespaces: [] });
    expect(keys.map((key) => `${key.namespace}/${key.name}`)).toEqual(
      ['scrape15', 'scrape30'].flatMap((namespace) =>
        ['batch', 'productpage', 'ratings', 'reviews'].map((name) => `${namespace}/${name}`),
      ),
    );
  });

  test('lists a service that served nothing in the window while its counters were still scraped', async () => {
    const keys = await source().listServices({ from: END - 10 * MINUTE, to: END, namespaces: ['scrape15'] });
    // batch stopped serving at the fault start, but its counter is still scraped: it is still a service.
    expect(keys.map((key) => key.name)).toEqual(['batch', 'productpage', 'ratings', 'reviews']);
  });

  test.each([
    ['scrape15', 15_000, 15_000],
    ['scrape30', 15_000, 30_000],
    ['scrape30', 5_000, 30_000],
    ['scrape30', 2 * MINUTE, 2 * MINUTE],
  ])(
    'in %s, a step of %i ms is read at %i ms: never finer than the scrape interval',
    async (namespace, asked, read) => {
      const metrics = await source().collect({ ...CLEAN_WINDOW, stepMs: asked, namespaces: [namespace] });
      expect(metrics.stepMs).toBe(read);
      expect(series(metrics, 'productpage').requests).toHaveLength(
        (CLEAN_WINDOW.to - CLEAN_WINDOW.from) / read,
      );
      expect(metrics.notes.some((note) => note.startsWith('read at the scrape interval'))).toBe(
        asked !== read,
      );
    },
  );

  test('reports progress up to completion', async () => {
    const fractions: number[] = [];
    await source().collect({
      ...CLEAN_WINDOW,
      stepMs: STEP,
      namespaces: ['scrape15'],
      onProgress: (fraction) => fractions.push(fraction),
    });
    expect(fractions[fractions.length - 1]).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });
});

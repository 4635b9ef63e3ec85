/**
 * The Prometheus source's options and discovery against the real `prometheus` holding Istio series known by
 * construction: services requested without data, learning in namespace groups, how range queries are cut and
 * counted, listing services from labels alone, steps never finer than the scrape interval, and progress.
 */
import type { Config } from '../src/core/settings.js';
import { PrometheusSource } from '../src/sources/prometheus/source.js';
import { serviceId, type ServiceSeries } from '../src/core/types.js';
import { startPrometheus, type RunningPrometheus } from '../harness/prometheus.js';
import {
  CLEAN_WINDOW,
  END,
  FAULT_START,
  istioOpenMetrics,
  MINUTE,
  PROMETHEUS_DEFAULTS,
  series,
  START,
  STEP,
} from './support/prometheus-istio-data.js';

let prometheus: RunningPrometheus;

function source(overrides: Partial<Config['prometheus']> = {}): PrometheusSource {
  return new PrometheusSource({ ...PROMETHEUS_DEFAULTS, ...overrides, url: prometheus.url });
}

beforeAll(async () => {
  prometheus = await startPrometheus(istioOpenMetrics());
}, 120_000);

afterAll(async () => {
  await prometheus?.stop();
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

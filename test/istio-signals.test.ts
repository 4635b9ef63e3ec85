/**
 * The Istio signals are declared once (src/mesh/istio.ts): the same requests read through a real Prometheus
 * (PromQL generated from the table) and through sidecar scrapes (classification generated from the table) give
 * the same ratios, and both equal what the requests were built to show.
 */
import { PrometheusSource } from '../src/sources/prometheus/source.js';
import { SidecarSource } from '../src/sources/sidecars/source.js';
import type { Config } from '../src/core/settings.js';
import type { CollectedMetrics, MetricName, ServiceSeries } from '../src/core/types.js';
import { generateIstioOpenMetrics, type SyntheticService } from './support/istio-openmetrics.js';
import { startPrometheus, type RunningPrometheus } from '../harness/prometheus.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const SCRAPE = 15_000;
const STEP = 2 * MINUTE;
const END = Math.floor(Date.now() / HOUR) * HOUR - 2 * HOUR;
const START = END - HOUR;
const WINDOW = { from: START + 10 * MINUTE, to: START + 40 * MINUTE };
const STEPS = (WINDOW.to - WINDOW.from) / STEP;
const NAMESPACE = 'shop';

// Every share and rate adds whole requests per 15 s scrape, so the counters are exact integers.
const SERVICES: SyntheticService[] = [
  {
    namespace: NAMESPACE,
    name: 'reviews',
    protocol: 'http',
    ratePerSecond: 20,
    responses: [
      { code: '200', share: 0.97 },
      // Seen by the destination: an error, not an overflow reading (only the caller's proxy flags overflow).
      { code: '503', flags: 'UO', share: 0.01 },
      { code: '504', flags: 'UT', share: 0.01 },
      { code: '200', flags: 'UT', share: 0.01 },
    ],
    latency: [{ lowerMs: 10, upperMs: 25, fraction: 1 }],
    // Per request: 5% retries, 3% client-side timeouts (more than the 2% flagged), 2% pending overflow.
    envoy: {
      retriesPerSecond: 1,
      timeoutsPerSecond: 0.6,
      pendingOverflowPerSecond: 0.4,
      ejectionsPerSecond: 0.2,
    },
  },
  {
    namespace: NAMESPACE,
    name: 'details',
    protocol: 'http',
    ratePerSecond: 10,
    responses: [
      { code: '200', share: 0.98 },
      { code: '504', share: 0.02 },
    ],
    latency: [{ lowerMs: 5, upperMs: 10, fraction: 1 }],
    // 1% client-side timeouts: fewer than the 2% of 504s, which win.
    envoy: {
      retriesPerSecond: 0,
      timeoutsPerSecond: 0.1,
      pendingOverflowPerSecond: 0,
      ejectionsPerSecond: 0,
    },
  },
  {
    namespace: NAMESPACE,
    name: 'ratings',
    protocol: 'grpc',
    ratePerSecond: 20,
    responses: [
      { code: '200', grpcStatus: '0', share: 0.95 },
      { code: '200', grpcStatus: '14', share: 0.05 },
    ],
    latency: [{ lowerMs: 5, upperMs: 10, fraction: 1 }],
  },
];

/** What the requests were built to show, per service (null: unavailable without the Envoy cluster stats). */
const EXPECTED: Record<string, Partial<Record<MetricName, number | null>>> = {
  reviews: {
    requestRate: 20,
    errorRatio: 0.02,
    timeoutRatio: 0.03,
    overflowRatio: 0.02,
    retryRatio: 0.05,
    ejectionRate: 0.2,
  },
  details: {
    requestRate: 10,
    errorRatio: 0.02,
    timeoutRatio: 0.02,
    overflowRatio: 0,
    retryRatio: 0,
    ejectionRate: 0,
  },
  ratings: {
    requestRate: 20,
    errorRatio: 0.05,
    timeoutRatio: 0,
    overflowRatio: null,
    retryRatio: null,
    ejectionRate: null,
  },
};
const RATIOS = Object.keys(EXPECTED.reviews) as MetricName[];

const openMetrics = generateIstioOpenMetrics({
  services: SERVICES,
  startMs: START,
  endMs: END,
  scrapeIntervalMs: SCRAPE,
  // The callers' view (reporter="source") differs on purpose: neither path may read it.
  sourceReporterRateFactor: 2,
});

/** What a sidecar would serve at `timeMs`: the samples of that scrape, without timestamps. */
function scrapeAt(timeMs: number): string {
  const stamp = ` ${timeMs / 1000}`;
  const out: string[] = [];
  for (const line of openMetrics.split('\n')) {
    if (line.startsWith('# TYPE ')) out.push(line);
    else if (line.endsWith(stamp)) out.push(line.slice(0, -stamp.length));
  }
  return out.join('\n') + '\n';
}

async function throughSidecars(): Promise<CollectedMetrics> {
  let clock = WINDOW.from;
  const source = new SidecarSource(
    {
      pods: async () => [{ namespace: NAMESPACE, pod: 'shop-0', service: 'reviews' }],
      fetchMetrics: async () => scrapeAt(Math.floor(clock / SCRAPE) * SCRAPE),
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
      },
    },
    { intervalMs: SCRAPE, concurrency: 1 },
  );
  return source.collect({ ...WINDOW, stepMs: STEP, namespaces: [NAMESPACE] });
}

let prometheus: RunningPrometheus;
let viaPrometheus: CollectedMetrics;
let viaSidecars: CollectedMetrics;

beforeAll(async () => {
  prometheus = await startPrometheus(openMetrics);
  const settings: Config['prometheus'] & { url: string } = {
    url: prometheus.url,
    headers: {},
    bearerToken: null,
    basicAuth: null,
    caFile: null,
    insecureSkipVerify: false,
    timeoutMs: 10_000,
    concurrency: 4,
  };
  viaPrometheus = await new PrometheusSource({ ...settings, mesh: 'istio' }).collect({
    ...WINDOW,
    stepMs: STEP,
    namespaces: [NAMESPACE],
  });
  viaSidecars = await throughSidecars();
}, 120_000);

afterAll(async () => {
  await prometheus?.stop();
});

function seriesOf(metrics: CollectedMetrics, name: string): ServiceSeries {
  const found = metrics.services.find((series) => series.service.name === name);
  if (!found) throw new Error(`${metrics.source}: no series for ${name}`);
  return found;
}

describe.each(Object.keys(EXPECTED))('%s read through Prometheus and through sidecar scrapes', (name) => {
  test.each(RATIOS)('%s: the same value at every step, the one the requests were built to show', (metric) => {
    const expected = EXPECTED[name][metric]!;
    for (const metrics of [viaPrometheus, viaSidecars]) {
      const values = seriesOf(metrics, name).values[metric];
      expect(values).toHaveLength(STEPS);
      for (const value of values) {
        if (expected === null) expect(value).toBeNull();
        else expect(value).toBeCloseTo(expected, 6);
      }
    }
  });

  test('the same signals unavailable', () => {
    expect(seriesOf(viaSidecars, name).unavailable).toEqual(seriesOf(viaPrometheus, name).unavailable);
  });
});

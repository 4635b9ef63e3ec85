/**
 * The data the prometheus-source-* tests load into the real `prometheus`: Istio series whose rates, error ratios
 * and latency distributions are known by construction, scraped every 15 s (namespace scrape15) and every 30 s
 * (namespace scrape30), with faults injected halfway. The data ends three hours ago: every read is of a past
 * window. Also the source's test settings and the helpers that read a collected series.
 */
import type { Config } from '../../src/core/settings.js';
import type { CollectedMetrics, ServiceSeries } from '../../src/core/types.js';
import {
  generateIstioOpenMetrics,
  type InjectedChange,
  type LatencyBand,
  type SyntheticService,
} from './istio-openmetrics.js';
import { DEFAULT_CONFIG } from '../../src/config/load.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const STEP = MINUTE;
export const END = Math.floor(Date.now() / HOUR) * HOUR - 3 * HOUR;
export const START = END - 4 * HOUR;
export const FAULT_START = START + 2 * HOUR;
// Windows start well after a boundary so every rate window (2 min) lies on one side of it.
export const CLEAN_WINDOW = { from: START + 30 * MINUTE, to: FAULT_START };
export const FAULT_WINDOW = { from: FAULT_START + 5 * MINUTE, to: END - 5 * MINUTE };

// Rates and shares are chosen so every scrape adds whole requests to every series, at 15 s and at 30 s:
// the counters are exact integers, as Istio's are, and the rates have no rounding to tolerate.
export const PRODUCTPAGE_LATENCY: LatencyBand[] = [
  { lowerMs: 10, upperMs: 25, fraction: 0.3 },
  { lowerMs: 25, upperMs: 50, fraction: 0.5 },
  { lowerMs: 50, upperMs: 100, fraction: 0.18 },
  { lowerMs: 100, upperMs: 250, fraction: 0.02 },
];
/** The same shape stretched 3x: every quantile is exactly 3x, but no longer aligned to the buckets. */
export const PRODUCTPAGE_LATENCY_3X = PRODUCTPAGE_LATENCY.map((band) => ({
  lowerMs: band.lowerMs * 3,
  upperMs: band.upperMs * 3,
  fraction: band.fraction,
}));
export const RATINGS_LATENCY: LatencyBand[] = [
  { lowerMs: 5, upperMs: 10, fraction: 0.6 },
  { lowerMs: 10, upperMs: 25, fraction: 0.38 },
  { lowerMs: 25, upperMs: 50, fraction: 0.02 },
];
export const REVIEWS_LATENCY: LatencyBand[] = [
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
export const PROMETHEUS_DEFAULTS: Config['prometheus'] = {
  ...DEFAULT_CONFIG.prometheus,
  timeoutMs: 10_000,
  concurrency: 4,
};

/** Both namespaces' series as one OpenMetrics text, ready for `startPrometheus`. */
export function istioOpenMetrics(): string {
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
  return mergeFamilies(text);
}

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

export function series(metrics: CollectedMetrics, name: string): ServiceSeries {
  const found = metrics.services.find((candidate) => candidate.service.name === name);
  if (!found) throw new Error(`no series for ${name}`);
  return found;
}

/** The largest distance of any step's value from `expected` (Infinity when a step has no value). */
export function worstDeviation(values: Array<number | null>, expected: number): number {
  return Math.max(
    ...values.map((value) => (value === null ? Number.POSITIVE_INFINITY : Math.abs(value - expected))),
  );
}

export function stepsOf(metrics: CollectedMetrics): number {
  return (metrics.to - metrics.from) / metrics.stepMs;
}

import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';

import { parseExposition } from '../src/sources/sidecars/exposition.js';
import { SidecarSource, type ListedPod } from '../src/sources/sidecars/source.js';
import { podProxyFetcher, type PodMetricsFetcher } from '../src/sources/sidecars/scrape.js';
import { classifyRequests, readSidecarSnapshot } from '../src/sources/sidecars/snapshot.js';
import { counterIncrease, snapshotIncrease } from '../src/sources/sidecars/increase.js';
import { ISTIO } from '../src/mesh/dialects/istio.js';
import { clusterService } from '../src/sources/sidecars/snapshot.js';

const CLUSTER_NAME = new RegExp(`^(?:${ISTIO.clusterStats!.servicePattern})$`);
const outboundClusterService = (name: string | undefined) => clusterService(CLUSTER_NAME, name);
import type { CollectRequest, CollectedMetrics, ServiceSeries } from '../src/core/types.js';
import { ConfigError, MetricsError } from '../src/core/types.js';
import { startKubeApiServer, type KubeApiServer } from './support/kube-api-server.js';
import { pod as podObject } from './support/mesh-fixtures.js';

// ---------------------------------------------------------------------------------------------------------
// A fake Istio sidecar: cumulative counters rendered in the real text format (HELP/TYPE, histograms with
// Envoy's default buckets, escaped label values), the way :15020/stats/prometheus serves them.

const ENVOY_BOUNDS = [
  0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000, 600000, 1800000,
  3600000,
];
type Cdf = (ms: number) => number;
const uniform0to100: Cdf = (x) => Math.min(x / 100, 1);
const exponentialMean50: Cdf = (x) => 1 - Math.exp(-x / 50);

interface Serve {
  service: string;
  namespace?: string;
  count: number;
  code?: string;
  grpc?: string;
  flags?: string;
  latency?: Cdf;
}

type Labels = Record<string, string>;
const escapeLabel = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const renderLabels = (labels: Labels) =>
  `{${Object.entries(labels)
    .map(([k, v]) => `${k}="${escapeLabel(v)}"`)
    .join(',')}}`;

class FakeSidecar {
  private requests = new Map<string, { labels: Labels; value: number }>();
  private histograms = new Map<string, { labels: Labels; buckets: number[]; count: number; sum: number }>();
  private clusterStats = new Map<string, { name: string; cluster: string; value: number }>();

  constructor(private readonly workload: string) {}

  serve(s: Serve): void {
    const labels: Labels = {
      reporter: 'destination',
      // A value that needs every escape the format has.
      source_principal: 'spiffe://cluster.local/ns/bookinfo/sa/"front\\end"\nv2',
      source_workload: 'productpage-v1',
      destination_workload: this.workload,
      destination_service: `${s.service}.${s.namespace ?? 'bookinfo'}.svc.cluster.local`,
      destination_service_name: s.service,
      destination_service_namespace: s.namespace ?? 'bookinfo',
      request_protocol: s.grpc === undefined ? 'http' : 'grpc',
      response_code: s.code ?? '200',
      grpc_response_status: s.grpc ?? '',
      response_flags: s.flags ?? '-',
    };
    const key = JSON.stringify(labels);
    const counter = this.requests.get(key) ?? { labels, value: 0 };
    counter.value += s.count;
    this.requests.set(key, counter);

    const histogram = this.histograms.get(key) ?? {
      labels,
      buckets: ENVOY_BOUNDS.map(() => 0),
      count: 0,
      sum: 0,
    };
    const cdf = s.latency ?? uniform0to100;
    ENVOY_BOUNDS.forEach((le, i) => (histogram.buckets[i] += Math.round(s.count * cdf(le))));
    histogram.count += s.count;
    histogram.sum += s.count * 10;
    this.histograms.set(key, histogram);
  }

  /** Client-side Envoy cluster stats (present only when proxyStatsMatcher enables them). */
  bumpClusterStat(name: string, cluster: string, by: number): void {
    const key = `${name}|${cluster}`;
    const stat = this.clusterStats.get(key) ?? { name, cluster, value: 0 };
    stat.value += by;
    this.clusterStats.set(key, stat);
  }

  /** The proxy restarted: every counter starts again from zero. */
  restart(): void {
    this.requests.clear();
    this.histograms.clear();
    this.clusterStats.clear();
  }

  text(): string {
    const out = [
      '# HELP istio_agent_process_virtual_memory_bytes Virtual memory size in bytes.',
      '# TYPE istio_agent_process_virtual_memory_bytes gauge',
      'istio_agent_process_virtual_memory_bytes 7.5e+08',
      '# HELP istio_requests_total Total requests.',
      '# TYPE istio_requests_total counter',
    ];
    for (const { labels, value } of this.requests.values())
      out.push(`istio_requests_total${renderLabels(labels)} ${value}`);
    out.push('# HELP istio_request_duration_milliseconds Request duration.');
    out.push('# TYPE istio_request_duration_milliseconds histogram');
    for (const h of this.histograms.values()) {
      ENVOY_BOUNDS.forEach((le, i) =>
        out.push(
          `istio_request_duration_milliseconds_bucket${renderLabels({ ...h.labels, le: String(le) })} ${h.buckets[i]}`,
        ),
      );
      out.push(
        `istio_request_duration_milliseconds_bucket${renderLabels({ ...h.labels, le: '+Inf' })} ${h.count}`,
      );
      out.push(`istio_request_duration_milliseconds_sum${renderLabels(h.labels)} ${h.sum}`);
      out.push(`istio_request_duration_milliseconds_count${renderLabels(h.labels)} ${h.count}`);
    }
    const byName = new Map<string, string[]>();
    for (const s of this.clusterStats.values()) {
      const lines = byName.get(s.name) ?? [];
      lines.push(`${s.name}${renderLabels({ cluster_name: s.cluster })} ${s.value}`);
      byName.set(s.name, lines);
    }
    for (const [name, lines] of byName) out.push(`# TYPE ${name} counter`, ...lines);
    out.push('# TYPE istio_build gauge', 'istio_build{component="proxy",tag="1.22.3"} 1', '');
    return out.join('\n');
  }
}

// ---------------------------------------------------------------------------------------------------------
// A small mesh on a fake clock: traffic for interval i happens while the source sleeps before scrape i+1.

const FROM = Date.UTC(2025, 0, 1, 12, 0, 0);
const INTERVAL = 15_000;
const INTERVALS = 10;
const TO = FROM + INTERVALS * INTERVAL;
const REVIEWS = { namespace: 'bookinfo', name: 'reviews' };
const RATINGS = { namespace: 'bookinfo', name: 'ratings' };

class FakeMesh {
  readonly sidecars = new Map<string, FakeSidecar>();
  readonly listed: ListedPod[] = [];
  now = FROM;
  /** What happens in interval i (between scrape i and scrape i+1). */
  onInterval: (i: number, mesh: FakeMesh) => void = () => undefined;
  failScrape: (namespace: string, pod: string, at: number) => boolean = () => false;
  inFlight = 0;
  maxInFlight = 0;
  readonly fetched = new Set<string>();

  addPod(namespace: string, pod: string, service: string): FakeSidecar {
    const sidecar = new FakeSidecar(pod.replace(/-[a-z0-9]+$/, ''));
    this.sidecars.set(`${namespace}/${pod}`, sidecar);
    this.listed.push({ namespace, pod, service });
    return sidecar;
  }

  removePod(namespace: string, pod: string): void {
    this.sidecars.delete(`${namespace}/${pod}`);
    this.listed.splice(
      this.listed.findIndex((p) => p.namespace === namespace && p.pod === pod),
      1,
    );
  }

  sidecar(pod: string, namespace = 'bookinfo'): FakeSidecar {
    return this.sidecars.get(`${namespace}/${pod}`)!;
  }

  readonly sleep = async (ms: number): Promise<void> => {
    const end = this.now + ms;
    while (this.now < end) {
      const i = Math.floor((this.now - FROM) / INTERVAL);
      this.onInterval(i, this);
      this.now = Math.min(end, FROM + (i + 1) * INTERVAL);
    }
  };

  readonly fetch: PodMetricsFetcher = async (namespace, pod, port, metricsPath) => {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      this.fetched.add(`${namespace}/${pod}`);
      await new Promise((resolve) => setImmediate(resolve));
      expect([port, metricsPath]).toEqual([15020, 'stats/prometheus']);
      const sidecar = this.sidecars.get(`${namespace}/${pod}`);
      if (!sidecar || this.failScrape(namespace, pod, this.now)) throw new Error(`pods "${pod}" not found`);
      return sidecar.text();
    } finally {
      this.inFlight--;
    }
  };

  source(options: { concurrency?: number } = {}): SidecarSource {
    return new SidecarSource(
      {
        pods: async () => [...this.listed],
        fetchMetrics: this.fetch,
        sleep: this.sleep,
        now: () => this.now,
      },
      { intervalMs: INTERVAL, concurrency: options.concurrency ?? 4 },
    );
  }

  collect(request: Partial<CollectRequest> = {}): Promise<CollectedMetrics> {
    return this.source().collect({ from: FROM, to: TO, stepMs: INTERVAL, namespaces: [], ...request });
  }
}

/** reviews: two pods (100 OK; 40 OK + 10 × 503 per interval); ratings: one pod (30 OK per interval). */
function bookinfo(): FakeMesh {
  const mesh = new FakeMesh();
  mesh.addPod('bookinfo', 'reviews-v1-a1', 'reviews');
  mesh.addPod('bookinfo', 'reviews-v2-b2', 'reviews');
  mesh.addPod('bookinfo', 'ratings-v1-c3', 'ratings');
  mesh.onInterval = (_, m) => {
    m.sidecar('reviews-v1-a1')?.serve({ service: 'reviews', count: 100 });
    m.sidecar('reviews-v2-b2')?.serve({ service: 'reviews', count: 40 });
    m.sidecar('reviews-v2-b2')?.serve({ service: 'reviews', count: 10, code: '503' });
    m.sidecar('ratings-v1-c3')?.serve({ service: 'ratings', count: 30 });
  };
  return mesh;
}

function seriesOf(metrics: CollectedMetrics, key: { namespace: string; name: string }): ServiceSeries {
  const series = metrics.services.find(
    (s) => s.service.namespace === key.namespace && s.service.name === key.name,
  );
  if (!series) throw new Error(`no series for ${key.namespace}/${key.name}`);
  return series;
}

const repeat = <T>(value: T, n = INTERVALS): T[] => Array.from({ length: n }, () => value);

// ---------------------------------------------------------------------------------------------------------

describe('counter maths', () => {
  test('a counter that grew increased by the difference', () => {
    expect(counterIncrease(40, 55)).toBe(15);
  });

  test('a counter that went down was reset, so its whole new value is the increase', () => {
    expect(counterIncrease(500, 30)).toBe(30);
  });

  test('a series first seen since the last scrape counts from zero', () => {
    expect(counterIncrease(undefined, 7)).toBe(7);
  });

  test('a histogram series whose buckets went down is reset as a whole', () => {
    const before = new FakeSidecar('reviews-v1');
    before.serve({ service: 'reviews', count: 1000 });
    const after = new FakeSidecar('reviews-v1');
    after.serve({ service: 'reviews', count: 200 });
    const service = { namespace: 'bookinfo', name: 'reviews' };
    const increase = snapshotIncrease(
      readSidecarSnapshot(parseExposition(before.text()), service, ISTIO),
      readSidecarSnapshot(parseExposition(after.text()), service, ISTIO),
    ).get('bookinfo/reviews')!;
    // Uniform on [0, 100]: 200 requests put 200 × le/100 in each bucket up to 100 ms.
    expect(increase.requests).toBe(200);
    expect(increase.latencyBuckets.get(50)).toBe(100);
    expect(increase.latencyBuckets.get(Infinity)).toBe(200);
  });
});

describe('reading a sidecar scrape', () => {
  test.each([
    ['a 503', { response_code: '503' }, ['requests', 'errors']],
    ['no response at all (code 0)', { response_code: '0' }, ['requests', 'errors']],
    [
      'a gRPC error behind HTTP 200',
      { response_code: '200', grpc_response_status: '14' },
      ['requests', 'errors'],
    ],
    ['a gRPC OK', { response_code: '200', grpc_response_status: '0' }, ['requests']],
    ['a 404', { response_code: '404' }, ['requests']],
    ['a 504', { response_code: '504' }, ['requests', 'errors', 'timeouts']],
    ['an upstream timeout flag', { response_code: '200', response_flags: 'UT' }, ['requests', 'timeouts']],
    // Retry and overflow flags are set by the caller's proxy (reporter="source"), not read here (mesh/istio.ts).
    [
      'an overflow flag among others',
      { response_code: '503', response_flags: 'URX,UO' },
      ['requests', 'errors'],
    ],
  ])('classifies %s', (_, labels, kinds) => {
    expect(classifyRequests(ISTIO, labels)).toEqual(kinds);
  });

  test('maps an outbound cluster name to the Service it targets', () => {
    expect(outboundClusterService('outbound|9080|v1|reviews.bookinfo.svc.cluster.local')).toEqual(REVIEWS);
  });

  test('ignores inbound and non-Kubernetes clusters', () => {
    expect(
      ['inbound|9080||', 'outbound|443||api.example.com', 'BlackHoleCluster', undefined].map(
        outboundClusterService,
      ),
    ).toEqual([undefined, undefined, undefined, undefined]);
  });

  test('reads only the destination reporter of istio_requests_total', () => {
    const text = [
      '# TYPE istio_requests_total counter',
      'istio_requests_total{reporter="source",destination_service_name="reviews",destination_service_namespace="bookinfo",response_code="200"} 99',
      'istio_requests_total{reporter="destination",destination_service_name="reviews",destination_service_namespace="bookinfo",response_code="200"} 5',
    ].join('\n');
    const snapshot = readSidecarSnapshot(parseExposition(text), RATINGS, ISTIO);
    expect([...snapshot.counters.values()].map((s) => s.value)).toEqual([5]);
  });

  test("falls back to the pod's Service when the series names none", () => {
    const text =
      'istio_requests_total{reporter="destination",destination_service_name="unknown",response_code="200"} 5\n';
    const snapshot = readSidecarSnapshot(parseExposition(text), RATINGS, ISTIO);
    expect([...snapshot.counters.values()][0].service).toEqual(RATINGS);
  });
});

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

// ---------------------------------------------------------------------------------------------------------
// The transport: the real @kubernetes/client-node against the Kubernetes API emulator's pod-proxy route.

describe('podProxyFetcher through the Kubernetes API emulator', () => {
  let api: KubeApiServer;
  let core: CoreV1Api;

  beforeAll(async () => {
    api = await startKubeApiServer();
    for (const [name, app] of [
      ['reviews-v1-a1', 'reviews'],
      ['reviews-v2-b2', 'reviews'],
      ['ratings-v1-c3', 'ratings'],
    ]) {
      api.addPod(podObject({ namespace: 'bookinfo', name, app }));
    }
    const kubeconfig = new KubeConfig();
    kubeconfig.loadFromString(api.kubeconfigYaml());
    core = kubeconfig.makeApiClient(CoreV1Api);
  });

  afterAll(async () => {
    await api?.close();
  });

  beforeEach(() => {
    api.requests.length = 0;
    api.podProxy = undefined;
  });

  test('fetches the sidecar text from /pods/{pod}:15020/proxy/stats/prometheus', async () => {
    const sidecar = new FakeSidecar('reviews-v1');
    sidecar.serve({ service: 'reviews', count: 3 });
    const seen: unknown[] = [];
    api.podProxy = (req) => {
      seen.push(req);
      return { status: 200, body: sidecar.text(), contentType: 'text/plain; version=0.0.4; charset=utf-8' };
    };
    const text = await podProxyFetcher(core)('bookinfo', 'reviews-v1-a1', 15020, 'stats/prometheus');
    expect(text).toBe(sidecar.text());
    expect(seen).toEqual([
      { namespace: 'bookinfo', pod: 'reviews-v1-a1', port: '15020', path: 'stats/prometheus' },
    ]);
    expect(decodeURIComponent(api.requests[0].path)).toBe(
      '/api/v1/namespaces/bookinfo/pods/reviews-v1-a1:15020/proxy/stats/prometheus',
    );
  });

  test('turns a pod the API server cannot find into a MetricsError that says so', async () => {
    const fetch = podProxyFetcher(core);
    await expect(fetch('bookinfo', 'gone-pod', 15020, 'stats/prometheus')).rejects.toThrow(MetricsError);
    await expect(fetch('bookinfo', 'gone-pod', 15020, 'stats/prometheus')).rejects.toThrow(/HTTP 404/);
  });

  test('turns a forbidden pod proxy into a MetricsError naming the missing permission', async () => {
    api.fail({ pathPrefix: '/api/v1/namespaces/bookinfo/pods/ratings-v1-c3' }, { status: 403, times: 1 });
    const error = await podProxyFetcher(core)('bookinfo', 'ratings-v1-c3', 15020, 'stats/prometheus').catch(
      (e) => e,
    );
    api.clearFaults();
    expect(error).toBeInstanceOf(MetricsError);
    expect((error as MetricsError).fix).toContain('pods/proxy');
    expect(JSON.stringify(error) + String(error)).not.toContain(api.token);
  });

  test('scrapes a live mesh end to end: advancing counters, a reset and a vanished pod', async () => {
    const mesh = bookinfo();
    const plan = mesh.onInterval;
    mesh.onInterval = (i, m) => {
      if (i === 5) m.sidecar('reviews-v1-a1').restart();
      if (i === 7 && m.sidecar('reviews-v2-b2')) m.removePod('bookinfo', 'reviews-v2-b2');
      plan(i, m);
    };
    api.podProxy = ({ namespace, pod, port, path: proxyPath }) => {
      const sidecar = mesh.sidecars.get(`${namespace}/${pod}`);
      if (!sidecar || port !== '15020' || proxyPath !== 'stats/prometheus') {
        return {
          status: 404,
          contentType: 'application/json',
          body: JSON.stringify({
            kind: 'Status',
            apiVersion: 'v1',
            status: 'Failure',
            reason: 'NotFound',
            code: 404,
          }),
        };
      }
      return { status: 200, body: sidecar.text(), contentType: 'text/plain; version=0.0.4; charset=utf-8' };
    };
    const source = new SidecarSource(
      {
        pods: async () => [...mesh.listed],
        fetchMetrics: podProxyFetcher(core),
        sleep: mesh.sleep,
        now: () => mesh.now,
      },
      { intervalMs: INTERVAL, concurrency: 2 },
    );
    const metrics = await source.collect({ from: FROM, to: TO, stepMs: INTERVAL, namespaces: [] });

    const reviews = seriesOf(metrics, REVIEWS);
    expect(reviews.requests).toEqual([...repeat(150, 7), ...repeat(100, 3)]);
    expect(reviews.values.errorRatio).toEqual([...repeat(10 / 150, 7), ...repeat(0, 3)]);
    for (const p99 of reviews.values.latencyP99) expect(p99).toBeCloseTo(99, 9);
    expect(seriesOf(metrics, RATINGS).values.requestRate).toEqual(repeat(2));
    expect(metrics.notes.some((n) => n.includes('bookinfo/reviews-v2-b2 vanished'))).toBe(true);
    expect(metrics.partial).toBe(false);
    const proxied = api.requests.filter((r) => r.path.includes('/proxy/'));
    expect(proxied).toHaveLength(3 * 8 + 2 * 3);
  });
});

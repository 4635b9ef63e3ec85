/**
 * A fake Istio mesh for the sidecar-source tests: sidecars that keep cumulative counters and render them in the
 * real text format, and a mesh of them on a fake clock that a SidecarSource scrapes in memory.
 */
import { SidecarSource, type ListedPod } from '../../src/sources/sidecars/source.js';
import type { PodMetricsFetcher } from '../../src/sources/sidecars/scrape.js';
import type { CollectRequest, CollectedMetrics, ServiceSeries } from '../../src/core/types.js';

// ---------------------------------------------------------------------------------------------------------
// A fake Istio sidecar: cumulative counters rendered in the real text format (HELP/TYPE, histograms with
// Envoy's default buckets, escaped label values), the way :15020/stats/prometheus serves them.

export const ENVOY_BOUNDS = [
  0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000, 600000, 1800000,
  3600000,
];
export type Cdf = (ms: number) => number;
const uniform0to100: Cdf = (x) => Math.min(x / 100, 1);
export const exponentialMean50: Cdf = (x) => 1 - Math.exp(-x / 50);

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

export class FakeSidecar {
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

export const FROM = Date.UTC(2025, 0, 1, 12, 0, 0);
export const INTERVAL = 15_000;
export const INTERVALS = 10;
export const TO = FROM + INTERVALS * INTERVAL;
export const REVIEWS = { namespace: 'bookinfo', name: 'reviews' };
export const RATINGS = { namespace: 'bookinfo', name: 'ratings' };

export class FakeMesh {
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
export function bookinfo(): FakeMesh {
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

export function seriesOf(metrics: CollectedMetrics, key: { namespace: string; name: string }): ServiceSeries {
  const series = metrics.services.find(
    (s) => s.service.namespace === key.namespace && s.service.name === key.name,
  );
  if (!series) throw new Error(`no series for ${key.namespace}/${key.name}`);
  return series;
}

export const repeat = <T>(value: T, n = INTERVALS): T[] => Array.from({ length: n }, () => value);

/**
 * Test data: OpenMetrics text of Istio series (istio_requests_total, istio_request_duration_milliseconds,
 * optional Envoy cluster stats) with rates, response mixes and latency distributions known by construction,
 * scraped at a chosen interval. Expected values are computed here from the definitions, never by the code under test.
 */

/** Envoy's default histogram bucket bounds (ms), as Istio exports them. */
export const ENVOY_DEFAULT_BUCKETS_MS = [
  0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000, 600000, 1800000,
  3600000,
];

/** A share of requests whose latency is uniform on (lowerMs, upperMs]. */
export interface LatencyBand {
  lowerMs: number;
  upperMs: number;
  fraction: number;
}

/** A share of requests answered with this response code / gRPC status / Envoy response flags. */
export interface ResponseClass {
  code: string;
  grpcStatus?: string;
  flags?: string;
  share: number;
}

/** Client-side Envoy cluster stats (only present when a mesh sets proxyStatsMatcher), per second. */
export interface EnvoyClusterRates {
  retriesPerSecond: number;
  timeoutsPerSecond: number;
  pendingOverflowPerSecond: number;
  ejectionsPerSecond: number;
}

/** What one service does while nothing is injected. */
export interface ServiceBehaviour {
  ratePerSecond: number;
  responses: ResponseClass[];
  latency: LatencyBand[];
}

export interface SyntheticService extends ServiceBehaviour {
  namespace: string;
  name: string;
  protocol: 'http' | 'grpc';
  envoy?: EnvoyClusterRates;
}

/** A change of behaviour over [fromMs, toMs) on one service: what replaces the normal behaviour. */
export interface InjectedChange {
  namespace: string;
  name: string;
  fromMs: number;
  toMs: number;
  change: Partial<ServiceBehaviour>;
}

export interface IstioDataOptions {
  services: SyntheticService[];
  startMs: number;
  endMs: number;
  scrapeIntervalMs: number;
  changes?: InjectedChange[];
  /**
   * The client side's view of the same services (reporter="source") differs on purpose: this factor scales its
   * rate, and its responses are all errors with latencies in (1000, 2500], so mixing reporters shows in every number.
   */
  sourceReporterRateFactor?: number;
}

/** The quantile q of a piecewise-uniform latency distribution, in closed form. */
export function trueQuantile(bands: LatencyBand[], q: number): number {
  const total = bands.reduce((sum, band) => sum + band.fraction, 0);
  const sorted = [...bands].sort((a, b) => a.lowerMs - b.lowerMs);
  let below = 0;
  for (const band of sorted) {
    const share = band.fraction / total;
    if (below + share >= q) return band.lowerMs + ((q - below) / share) * (band.upperMs - band.lowerMs);
    below += share;
  }
  return sorted[sorted.length - 1].upperMs;
}

/** The Envoy bucket (lower, upper] a latency falls in: the resolution any histogram quantile can reach. */
export function bucketAround(latencyMs: number): [number, number] {
  let lower = 0;
  for (const upper of ENVOY_DEFAULT_BUCKETS_MS) {
    if (latencyMs <= upper) return [lower, upper];
    lower = upper;
  }
  return [lower, Number.POSITIVE_INFINITY];
}

/** Share of a piecewise-uniform distribution at or below `le`. */
function shareAtOrBelow(bands: LatencyBand[], le: number): number {
  const total = bands.reduce((sum, band) => sum + band.fraction, 0);
  let share = 0;
  for (const band of bands) {
    const covered = Math.min(Math.max(le - band.lowerMs, 0), band.upperMs - band.lowerMs);
    share += (band.fraction / total) * (covered / (band.upperMs - band.lowerMs));
  }
  return share;
}

function meanLatency(bands: LatencyBand[]): number {
  const total = bands.reduce((sum, band) => sum + band.fraction, 0);
  return bands.reduce((sum, band) => sum + (band.fraction / total) * ((band.lowerMs + band.upperMs) / 2), 0);
}

function labelText(labels: Record<string, string>): string {
  const escape = (value: string) => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
  return Object.entries(labels)
    .map(([key, value]) => `${key}="${escape(value)}"`)
    .join(',');
}

/** One series being built: its cumulative value (float) at each scrape. */
class CounterSeries {
  private total = 0;
  readonly lines: string[] = [];
  constructor(
    private readonly name: string,
    private readonly labels: string,
    private readonly integer: boolean,
  ) {}
  add(amount: number, timestampSeconds: number): void {
    this.total += amount;
    // Floor keeps counts integers while the cumulative error never exceeds one request.
    const value = this.integer ? Math.floor(this.total + 1e-9) : this.total;
    this.lines.push(`${this.name}{${this.labels}} ${value} ${timestampSeconds}`);
  }
}

interface Family {
  type: 'counter' | 'histogram';
  series: Map<string, CounterSeries>;
}

/** Generates the OpenMetrics text (ends with `# EOF`) for `promtool tsdb create-blocks-from openmetrics`. */
export function generateIstioOpenMetrics(options: IstioDataOptions): string {
  const families = new Map<string, Family>();
  const seriesFor = (family: string, type: Family['type'], name: string, labels: Record<string, string>) => {
    let entry = families.get(family);
    if (!entry) {
      entry = { type, series: new Map() };
      families.set(family, entry);
    }
    const text = labelText(labels);
    const key = `${name}{${text}}`;
    let series = entry.series.get(key);
    if (!series) {
      series = new CounterSeries(name, text, !name.endsWith('_sum'));
      entry.series.set(key, series);
    }
    return series;
  };
  const sourceFactor = options.sourceReporterRateFactor ?? 0;
  const sourceBehaviour: Omit<ServiceBehaviour, 'ratePerSecond'> = {
    responses: [{ code: '503', flags: 'URX', share: 1 }],
    latency: [{ lowerMs: 1000, upperMs: 2500, fraction: 1 }],
  };

  const intervalSeconds = options.scrapeIntervalMs / 1000;
  // Scrape k reports what happened in (t(k-1), t(k)]; the first scrape reports zero (the counter starts).
  for (let t = options.startMs; t < options.endMs; t += options.scrapeIntervalMs) {
    const timestampSeconds = t / 1000;
    const first = t === options.startMs;
    const intervalStart = t - options.scrapeIntervalMs;
    for (const service of options.services) {
      const behaviour = behaviourAt(service, options.changes ?? [], intervalStart);
      const base = {
        destination_service_name: service.name,
        destination_service_namespace: service.namespace,
        destination_service: `${service.name}.${service.namespace}.svc.cluster.local`,
        request_protocol: service.protocol,
      };
      const views: Array<[string, Omit<ServiceBehaviour, 'ratePerSecond'>, number]> = [
        ['destination', behaviour, behaviour.ratePerSecond],
      ];
      if (sourceFactor > 0) views.push(['source', sourceBehaviour, behaviour.ratePerSecond * sourceFactor]);
      for (const [reporter, view, ratePerSecond] of views) {
        const requests = first ? 0 : ratePerSecond * intervalSeconds;
        const shareTotal = view.responses.reduce((sum, response) => sum + response.share, 0);
        for (const response of view.responses) {
          const labels = {
            reporter,
            ...base,
            response_code: response.code,
            grpc_response_status: response.grpcStatus ?? (service.protocol === 'grpc' ? '0' : ''),
            response_flags: response.flags ?? '-',
          };
          seriesFor('istio_requests', 'counter', 'istio_requests_total', labels).add(
            (requests * response.share) / shareTotal,
            timestampSeconds,
          );
        }
        // Real Istio histograms carry the response labels too; one label set per reporter is enough here.
        const histogramLabels = { reporter, ...base, response_code: '200', response_flags: '-' };
        const family = 'istio_request_duration_milliseconds';
        for (const le of ENVOY_DEFAULT_BUCKETS_MS) {
          seriesFor(family, 'histogram', `${family}_bucket`, { ...histogramLabels, le: String(le) }).add(
            requests * shareAtOrBelow(view.latency, le),
            timestampSeconds,
          );
        }
        seriesFor(family, 'histogram', `${family}_bucket`, { ...histogramLabels, le: '+Inf' }).add(
          requests,
          timestampSeconds,
        );
        seriesFor(family, 'histogram', `${family}_sum`, histogramLabels).add(
          requests * meanLatency(view.latency),
          timestampSeconds,
        );
        seriesFor(family, 'histogram', `${family}_count`, histogramLabels).add(requests, timestampSeconds);
      }
      if (service.envoy) {
        const cluster = {
          cluster_name: `outbound|9080||${service.name}.${service.namespace}.svc.cluster.local`,
        };
        const stats: Array<[string, number]> = [
          ['envoy_cluster_upstream_rq_retry', service.envoy.retriesPerSecond],
          ['envoy_cluster_upstream_rq_timeout', service.envoy.timeoutsPerSecond],
          ['envoy_cluster_upstream_rq_pending_overflow', service.envoy.pendingOverflowPerSecond],
          ['envoy_cluster_outlier_detection_ejections_enforced_total', service.envoy.ejectionsPerSecond],
        ];
        for (const [name, perSecond] of stats) {
          seriesFor(name, 'counter', name, cluster).add(
            first ? 0 : perSecond * intervalSeconds,
            timestampSeconds,
          );
        }
      }
    }
  }

  const out: string[] = [];
  for (const [family, entry] of families) {
    out.push(`# TYPE ${family} ${entry.type}`);
    // Each series' samples stay together and in time order, as the backfiller wants.
    for (const series of entry.series.values()) out.push(...series.lines);
  }
  out.push('# EOF', '');
  return out.join('\n');
}

function behaviourAt(service: SyntheticService, changes: InjectedChange[], timeMs: number): ServiceBehaviour {
  const change = changes.find(
    (candidate) =>
      candidate.namespace === service.namespace &&
      candidate.name === service.name &&
      timeMs >= candidate.fromMs &&
      timeMs < candidate.toMs,
  );
  return { ...service, ...(change?.change ?? {}) };
}

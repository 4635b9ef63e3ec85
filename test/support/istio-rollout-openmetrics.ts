/**
 * Test data: OpenMetrics text of Istio series for services that roll a new version out beside the old one, as
 * Istio labels them (destination_version and destination_canonical_revision from the pods' labels, each version
 * its own destination_workload). Every service follows a timeline of phases, each saying which versions serve
 * which share of its requests, with what response mix and latency; requests jitter from scrape to scrape by a
 * seeded amount (the same for every service at one scrape), so a baseline learned from it has a spread. Expected values are fixed here by construction,
 * never by the code under test. `versionLabels: false` writes the same requests without any version label;
 * `mesh: 'linkerd'` writes them as linkerd-viz's Prometheus holds a Linkerd mesh's, versions as pod template hashes.
 */
import { seededRandom } from '../../src/core/numbers.js';
import { ENVOY_DEFAULT_BUCKETS_MS, type LatencyBand, type ResponseClass } from './istio-openmetrics.js';

export interface VersionBehaviour {
  version: string;
  /** Share of the service's requests this version serves (the shares of a phase add up to 1). */
  share: number;
  responses: ResponseClass[];
  latency: LatencyBand[];
  /** The responses its callers' proxies report (`reporter="source"`), where flags only they set show. Default: `responses`. */
  seenByCallers?: ResponseClass[];
  /** The latency its callers' proxies measure (the network to its pods added). Default: `latency`. */
  latencySeenByCallers?: LatencyBand[];
}

export interface RolloutPhase {
  fromMs: number;
  versions: VersionBehaviour[];
  /** The service's requests per second in this phase (default: the service's). */
  ratePerSecond?: number;
}

export interface RolloutService {
  namespace: string;
  name: string;
  ratePerSecond: number;
  /** In time order; each holds until the next one's fromMs. */
  phases: RolloutPhase[];
  /** Write no version label at all (the same requests as a mesh without version labels shows them). */
  versionLabels?: boolean;
  /** The one caller whose proxy also reports every request (Istio `reporter="source"`, Linkerd outbound), by workload. */
  caller?: string;
}

export interface RolloutDataOptions {
  services: RolloutService[];
  startMs: number;
  endMs: number;
  scrapeIntervalMs: number;
  seed?: number;
  /**
   * `linkerd`: the series as linkerd-viz's Prometheus holds a linkerd2-proxy's (response_total and
   * response_latency_ms by direction, the pod's namespace, deployment and pod_template_hash added, the Service in
   * `authority`); each version is its pods' template hash. Default: Istio's.
   */
  mesh?: 'istio' | 'linkerd';
}

/** linkerd2-proxy's response_latency_ms bucket bounds (ms). */
const LINKERD_BUCKETS_MS = [
  1, 2, 3, 4, 5, 10, 20, 30, 40, 50, 100, 200, 300, 400, 500, 1000, 2000, 3000, 4000, 5000, 10000, 20000,
  30000, 40000, 50000,
];

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

/** Latency bands all `factor` times slower. */
export function slower(bands: LatencyBand[], factor: number): LatencyBand[] {
  return bands.map((band) => ({ ...band, lowerMs: band.lowerMs * factor, upperMs: band.upperMs * factor }));
}

class Counter {
  private total = 0;
  readonly lines: string[] = [];
  constructor(
    private readonly name: string,
    private readonly labels: string,
  ) {}
  add(amount: number, timestampSeconds: number): void {
    this.total += amount;
    this.lines.push(`${this.name}{${this.labels}} ${Math.floor(this.total + 1e-9)} ${timestampSeconds}`);
  }
}

function labelText(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([key, value]) => `${key}="${value}"`)
    .join(',');
}

/** The phase a service is in at `timeMs`. */
export function phaseAt(service: RolloutService, timeMs: number): RolloutPhase {
  return service.phases.filter((p) => p.fromMs <= timeMs).at(-1) ?? service.phases[0];
}

/** Generates the OpenMetrics text (ends with `# EOF`) for `promtool tsdb create-blocks-from openmetrics`. */
export function generateRolloutOpenMetrics(options: RolloutDataOptions): string {
  const requests = new Map<string, Counter>();
  const buckets = new Map<string, Counter>();
  const counter = (map: Map<string, Counter>, name: string, labels: Record<string, string>) => {
    const text = labelText(labels);
    let series = map.get(text);
    if (!series) map.set(text, (series = new Counter(name, text)));
    return series;
  };
  // Every version a service ever runs gets its series from the first scrape (its pods' counters start at 0).
  const versionsOf = (service: RolloutService) => [
    ...new Set(service.phases.flatMap((phase) => phase.versions.map((v) => v.version))),
  ];
  const intervalSeconds = options.scrapeIntervalMs / 1000;
  for (let t = options.startMs; t < options.endMs; t += options.scrapeIntervalMs) {
    const seconds = t / 1000;
    const first = t === options.startMs;
    for (const service of options.services) {
      const phase = phaseAt(service, t - options.scrapeIntervalMs);
      const rate = phase.ratePerSecond ?? service.ratePerSecond;
      // The same jitter for every service at one scrape: services alike but for their labels get alike data.
      const jitter =
        1 + 0.06 * (seededRandom((options.seed ?? 7) * 1_000_003 + t / options.scrapeIntervalMs)() - 0.5) * 2;
      for (const version of versionsOf(service)) {
        const behaviour = phase.versions.find((v) => v.version === version);
        const served = first || !behaviour ? 0 : rate * behaviour.share * intervalSeconds * jitter;
        const linkerd = options.mesh === 'linkerd';
        const base: Record<string, string> = linkerd
          ? {
              direction: 'inbound',
              namespace: service.namespace,
              deployment: service.name,
              authority: `${service.name}.${service.namespace}.svc.cluster.local:8080`,
              ...(service.versionLabels === false ? {} : { pod_template_hash: version }),
            }
          : {
              reporter: 'destination',
              destination_service_name: service.name,
              destination_service_namespace: service.namespace,
              destination_service: `${service.name}.${service.namespace}.svc.cluster.local`,
              destination_workload:
                service.versionLabels === false ? service.name : `${service.name}-${version}`,
              destination_workload_namespace: service.namespace,
              request_protocol: 'http',
              ...(service.versionLabels === false
                ? {}
                : { destination_version: version, destination_canonical_revision: version }),
            };
        const fallbackLatency = [{ lowerMs: 1, upperMs: 5, fraction: 1 }];
        const views: Array<{
          labels: Record<string, string>;
          seen?: ResponseClass[];
          latency: LatencyBand[];
        }> = [
          { labels: base, seen: behaviour?.responses, latency: behaviour?.latency ?? fallbackLatency },
          ...(service.caller
            ? [
                {
                  labels: linkerd
                    ? {
                        // The caller's proxy: its own pod's labels, the callee's as dst_* (its template hash too).
                        direction: 'outbound',
                        namespace: service.namespace,
                        deployment: service.caller,
                        authority: base.authority,
                        dst_namespace: service.namespace,
                        dst_service: service.name,
                        dst_deployment: service.name,
                        ...(service.versionLabels === false ? {} : { dst_pod_template_hash: version }),
                      }
                    : {
                        ...base,
                        reporter: 'source',
                        source_workload: service.caller,
                        source_workload_namespace: service.namespace,
                        source_canonical_service: service.caller,
                      },
                  seen: behaviour?.seenByCallers ?? behaviour?.responses,
                  latency: behaviour?.latencySeenByCallers ?? behaviour?.latency ?? fallbackLatency,
                },
              ]
            : []),
        ];
        for (const { labels, seen, latency } of views) {
          const responses = seen ?? [{ code: '200', share: 1 }];
          const total = responses.reduce((sum, r) => sum + r.share, 0);
          for (const response of responses) {
            const outcome: Record<string, string> = linkerd
              ? {
                  status_code: response.code,
                  classification: /^5/.test(response.code) ? 'failure' : 'success',
                }
              : { response_code: response.code, response_flags: response.flags ?? '-' };
            counter(requests, linkerd ? 'response_total' : 'istio_requests_total', {
              ...labels,
              ...outcome,
            }).add((served * response.share) / total, seconds);
          }
          const histogram = linkerd
            ? 'response_latency_ms_bucket'
            : 'istio_request_duration_milliseconds_bucket';
          const code: Record<string, string> = linkerd ? { status_code: '200' } : { response_code: '200' };
          for (const le of linkerd ? LINKERD_BUCKETS_MS : ENVOY_DEFAULT_BUCKETS_MS)
            counter(buckets, histogram, { ...labels, ...code, le: String(le) }).add(
              served * shareAtOrBelow(latency, le),
              seconds,
            );
          counter(buckets, histogram, { ...labels, ...code, le: '+Inf' }).add(served, seconds);
        }
      }
    }
  }
  const linkerd = options.mesh === 'linkerd';
  const out = [
    `# TYPE ${linkerd ? 'response' : 'istio_requests'} counter`,
    ...[...requests.values()].flatMap((s) => s.lines),
    `# TYPE ${linkerd ? 'response_latency_ms' : 'istio_request_duration_milliseconds'} histogram`,
    ...[...buckets.values()].flatMap((s) => s.lines),
    '# EOF',
    '',
  ];
  return out.join('\n');
}

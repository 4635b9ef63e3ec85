/**
 * Reading one sidecar scrape: picks the series SMAnalyzer needs out of the parsed exposition and says what
 * each counts for (the requests, or a view of an Istio signal, as mesh/istio.ts declares). Pure.
 */
import { RefusedNames } from '../../core/names.js';
import type { ServiceKey } from '../../core/types.js';
import { parseFloatValue, type MetricFamily } from './exposition.js';
import {
  CLUSTER_STAT_SIGNALS,
  ISTIO_DURATION_BUCKET,
  ISTIO_REQUESTS_TOTAL,
  classifyRequest,
  outboundClusterService,
  type IstioSignalName,
  type Reporter,
  type SignalReading,
} from '../../mesh/istio.js';

/** A sidecar's scrape holds its inbound traffic as the destination reported it (one sample per request). */
export const SIDECAR_REPORTER: Reporter = 'destination';

/** What a counter series adds to when it increases: the request count, or one view of some signals. */
interface CounterTarget {
  requests: boolean;
  view: SignalReading;
  signals: IstioSignalName[];
}

export interface CounterSeries extends CounterTarget {
  service: ServiceKey;
  value: number;
}
export interface HistogramSeries {
  service: ServiceKey;
  /** Cumulative count per upper bound (`le`). */
  buckets: Map<number, number>;
}

/** The counters of one pod at one scrape that SMAnalyzer reads, keyed by series identity. */
export interface SidecarSnapshot {
  counters: Map<string, CounterSeries>;
  histograms: Map<string, HistogramSeries>;
  /** Optional Envoy cluster stat families present in this scrape. */
  clusterStats: Set<string>;
}

/**
 * Picks the series SMAnalyzer needs out of one parsed scrape: the sidecar's inbound traffic
 * (`reporter="destination"`) and, when exported, the Envoy cluster stats of its outbound clusters.
 * `podService` is used for series without usable destination_service labels.
 */
export function readSidecarSnapshot(
  families: readonly MetricFamily[],
  podService: ServiceKey,
  refused = new RefusedNames(),
): SidecarSnapshot {
  const snapshot: SidecarSnapshot = { counters: new Map(), histograms: new Map(), clusterStats: new Set() };
  for (const family of families) {
    for (const sample of family.samples) {
      const { name, labels, value } = sample;
      if (name === ISTIO_REQUESTS_TOTAL) {
        if (labels.reporter !== SIDECAR_REPORTER) continue;
        snapshot.counters.set(seriesKey(name, labels), {
          service: destinationService(labels, podService, refused),
          requests: true,
          view: 'labels',
          signals: classifyRequest(labels, SIDECAR_REPORTER),
          value,
        });
      } else if (name === ISTIO_DURATION_BUCKET) {
        if (labels.reporter !== 'destination' || labels.le === undefined) continue;
        const le = parseFloatValue(labels.le);
        if (le === undefined || Number.isNaN(le)) continue;
        const seriesLabels = { ...labels };
        delete seriesLabels.le;
        const key = seriesKey(name, seriesLabels);
        let series = snapshot.histograms.get(key);
        if (!series) {
          series = { service: destinationService(labels, podService, refused), buckets: new Map() };
          snapshot.histograms.set(key, series);
        }
        series.buckets.set(le, value);
      } else if (CLUSTER_STAT_SIGNALS.has(name)) {
        snapshot.clusterStats.add(name);
        const service = outboundClusterService(labels.cluster_name);
        if (!service) continue;
        snapshot.counters.set(seriesKey(name, labels), {
          service,
          requests: false,
          view: 'clusterStat',
          signals: [CLUSTER_STAT_SIGNALS.get(name)!],
          value,
        });
      }
    }
  }
  return snapshot;
}

/** What a destination-reported request series counts for: the requests, and the signals its labels show. */
export function classifyRequests(labels: Record<string, string>): Array<'requests' | IstioSignalName> {
  return ['requests', ...classifyRequest(labels, SIDECAR_REPORTER)];
}

function destinationService(
  labels: Record<string, string>,
  fallback: ServiceKey,
  refused: RefusedNames,
): ServiceKey {
  const name = labels.destination_service_name;
  const namespace = labels.destination_service_namespace;
  const usable = (v: string | undefined) => v !== undefined && v !== '' && v !== 'unknown';
  if (!usable(name) || !usable(namespace)) return fallback;
  // A label is what the workload said: only a Kubernetes name is taken (core/names.ts), else the pod's own.
  return refused.accept(namespace!, name!) ? { namespace: namespace!, name: name! } : fallback;
}

function seriesKey(name: string, labels: Record<string, string>): string {
  const sorted = Object.keys(labels)
    .sort()
    .map((k) => [k, labels[k]]);
  return `${name}${JSON.stringify(sorted)}`;
}

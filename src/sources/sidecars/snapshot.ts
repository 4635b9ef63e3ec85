/**
 * Reading one proxy scrape: picks the series SMAnalyzer needs out of the parsed exposition and says what each
 * counts for (the requests, or a reading of a signal), as the mesh's declaration says (mesh/dialect.ts). Pure.
 */
import { RefusedNames } from '../../core/names.js';
import { isVersionValue } from '../../core/rollout-types.js';
import type { ServiceKey } from '../../core/types.js';
import { parseFloatValue, type MetricFamily } from './exposition.js';
import {
  classifyRequest,
  clusterStatSignals,
  nameFromLabels,
  type MeshDialect,
  type SignalName,
  type SignalReading,
} from '../../mesh/dialect.js';

/** What a counter series adds to when it increases: the request count, or one reading of some signals. */
interface CounterTarget {
  requests: boolean;
  view: SignalReading;
  signals: SignalName[];
}

/** The version labels of the declaration a series carries a version in (label → value). */
export type VersionLabels = Readonly<Record<string, string>>;

export interface CounterSeries extends CounterTarget {
  service: ServiceKey;
  value: number;
  versions?: VersionLabels;
}
export interface HistogramSeries {
  service: ServiceKey;
  /** Cumulative count per upper bound (`le`, in milliseconds). */
  buckets: Map<number, number>;
  versions?: VersionLabels;
}

/** Which of the declaration's version labels a series carries a usable version in. */
function versionsOf(dialect: MeshDialect, labels: Record<string, string>): VersionLabels | undefined {
  const found = dialect.versions.filter((label) => isVersionValue(labels[label]));
  return found.length > 0 ? Object.fromEntries(found.map((label) => [label, labels[label]])) : undefined;
}

/** The counters of one pod at one scrape that SMAnalyzer reads, keyed by series identity. */
export interface SidecarSnapshot {
  counters: Map<string, CounterSeries>;
  histograms: Map<string, HistogramSeries>;
  /** Optional upstream-cluster stat families present in this scrape. */
  clusterStats: Set<string>;
}

/** The view a proxy's own inbound series carry in its scrape: the dialect's first server view. */
export function scrapedView(dialect: MeshDialect): string {
  return dialect.server.values[0];
}

/**
 * The labels of a scraped sample as Prometheus would store them: a proxy that does not label its own pod (Linkerd)
 * gets its pod's namespace and the pod labels the mesh's scrape copies (its version), as Prometheus's relabelling
 * adds them. What the proxy wrote itself stays.
 */
export function withPodLabels(
  dialect: MeshDialect,
  labels: Readonly<Record<string, string>>,
  pod: { namespace: string; labels?: Readonly<Record<string, string>> },
): Record<string, string> {
  const out = { ...labels };
  const label = dialect.proxy.podNamespaceLabel;
  if (label && out[label] === undefined) out[label] = pod.namespace;
  for (const [seriesLabel, podLabel] of Object.entries(dialect.proxy.podLabels ?? {})) {
    const value = pod.labels?.[podLabel];
    if (out[seriesLabel] === undefined && value !== undefined) out[seriesLabel] = value;
  }
  return out;
}

/**
 * Picks the series SMAnalyzer needs out of one parsed scrape: the proxy's inbound traffic (the server view) and,
 * where the mesh exports them, the upstream-cluster stats of its outbound clusters. `podService` names the
 * series whose labels name no usable service; `podLabels` are the pod's own (discovery's MeshPod.labels).
 */
export function readSidecarSnapshot(
  families: readonly MetricFamily[],
  podService: ServiceKey,
  dialect: MeshDialect,
  refused = new RefusedNames(),
  podLabels?: Readonly<Record<string, string>>,
): SidecarSnapshot {
  const pod = { namespace: podService.namespace, labels: podLabels };
  const snapshot: SidecarSnapshot = { counters: new Map(), histograms: new Map(), clusterStats: new Set() };
  const view = scrapedView(dialect);
  const { server, metrics } = dialect;
  const statSignals = clusterStatSignals(dialect);
  // A proxy whose requests name its Service: the ones that name none are probes or calls by address (naming.ts).
  const namesItsService = families.some((family) =>
    family.samples.some((sample) => {
      if (sample.name !== metrics.requests) return false;
      const labels = withPodLabels(dialect, sample.labels, pod);
      const named = labels[server.label] === view ? nameFromLabels(server.service, labels) : undefined;
      return named !== undefined && !named.fallback;
    }),
  );
  const probe = (labels: Record<string, string>) =>
    namesItsService && nameFromLabels(server.service, labels)?.fallback === true;
  const clusterPattern = dialect.clusterStats
    ? new RegExp(`^(?:${dialect.clusterStats.servicePattern})$`)
    : null;
  for (const family of families) {
    for (const sample of family.samples) {
      const { name, value } = sample;
      if (name === metrics.requests) {
        const labels = withPodLabels(dialect, sample.labels, pod);
        if (labels[server.label] !== view || probe(labels)) continue;
        snapshot.counters.set(seriesKey(name, labels), {
          service: serviceOf(dialect, labels, podService, refused),
          requests: true,
          view: 'labels',
          signals: classifyRequest(dialect, labels, view),
          value,
          versions: versionsOf(dialect, labels),
        });
      } else if (name === metrics.latencyBuckets) {
        const labels = withPodLabels(dialect, sample.labels, pod);
        if (labels[server.label] !== view || labels.le === undefined || probe(labels)) continue;
        const le = parseFloatValue(labels.le);
        if (le === undefined || Number.isNaN(le)) continue;
        const seriesLabels = { ...labels };
        delete seriesLabels.le;
        const key = seriesKey(name, seriesLabels);
        let series = snapshot.histograms.get(key);
        if (!series) {
          series = {
            service: serviceOf(dialect, labels, podService, refused),
            buckets: new Map(),
            versions: versionsOf(dialect, labels),
          };
          snapshot.histograms.set(key, series);
        }
        series.buckets.set(le * metrics.latencyUnitMs, value);
      } else if (statSignals.has(name) && dialect.clusterStats) {
        snapshot.clusterStats.add(name);
        const service = clusterService(clusterPattern!, sample.labels[dialect.clusterStats.label]);
        if (!service) continue;
        snapshot.counters.set(seriesKey(name, sample.labels), {
          service,
          requests: false,
          view: 'clusterStat',
          signals: [statSignals.get(name)!],
          value,
        });
      }
    }
  }
  return snapshot;
}

/** What an inbound request series counts for: the requests, and the signals its labels show. */
export function classifyRequests(
  dialect: MeshDialect,
  labels: Record<string, string>,
): Array<'requests' | SignalName> {
  return ['requests', ...classifyRequest(dialect, labels, scrapedView(dialect))];
}

/** The Service an upstream cluster's name names (`outbound|9080|v1|reviews.bookinfo.svc.cluster.local`), or undefined. */
export function clusterService(pattern: RegExp, clusterName: string | undefined): ServiceKey | undefined {
  const match = pattern.exec(clusterName ?? '');
  if (!match) return undefined;
  const [, name, namespace] = match;
  // Only Kubernetes names go on: a cluster name is text the proxy reported (core/names.ts).
  const refused = new RefusedNames();
  return refused.accept(namespace, name) ? { namespace, name } : undefined;
}

function serviceOf(
  dialect: MeshDialect,
  labels: Record<string, string>,
  fallback: ServiceKey,
  refused: RefusedNames,
): ServiceKey {
  // A workload named alone (a request to an address, a probe) is the pod's own Service.
  const named = nameFromLabels(dialect.server.service, labels);
  if (!named || named.fallback) return fallback;
  // A label is what the workload said: only a Kubernetes name is taken (core/names.ts), else the pod's own.
  return refused.accept(named.namespace, named.name)
    ? { namespace: named.namespace, name: named.name }
    : fallback;
}

function seriesKey(name: string, labels: Record<string, string>): string {
  const sorted = Object.keys(labels)
    .sort()
    .map((k) => [k, labels[k]]);
  return `${name}${JSON.stringify(sorted)}`;
}

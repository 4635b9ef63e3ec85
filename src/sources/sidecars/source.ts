/**
 * The sidecar metrics source: scrapes every meshed pod's :15020/stats/prometheus through the API server's
 * pod proxy on a fixed interval, turns counters into per-step increases (with reset handling), aggregates
 * pods to Services and histogram buckets to percentiles. For clusters without Prometheus; it watches live,
 * so it has no history.
 *
 * The maths (snapshot → increase → step grid) are pure exported functions; the clock, the sleep, the pod
 * list and the HTTP fetch are injected so the whole scan runs in tests without waiting.
 */
import { ApiException, type CoreV1Api } from '@kubernetes/client-node';
import pLimit from 'p-limit';

import {
  ConfigError,
  MetricsError,
  serviceId,
  type CollectRequest,
  type CollectedMetrics,
  type MetricName,
  type MetricsSource,
  type ServiceKey,
  type ServiceSeries,
} from '../../core/types.js';
import { parseExposition, parseFloatValue, type MetricFamily } from './exposition.js';
import {
  CLUSTER_STAT_SIGNALS,
  ISTIO_DURATION_BUCKET,
  ISTIO_REQUESTS_TOTAL,
  ISTIO_SIGNALS,
  ISTIO_SIGNAL_NAMES,
  PROXY_STATS_MATCHER_FIX,
  classifyRequest,
  combineReadings,
  outboundClusterService,
  signalReadings,
  type IstioSignalName,
  type Reporter,
  type SignalReading,
} from '../../mesh/istio.js';
import { histogramQuantile } from '../../core/histogram.js';
import { metricArrays } from '../../core/series.js';

export const SIDECAR_METRICS_PORT = 15020;
export const SIDECAR_METRICS_PATH = 'stats/prometheus';
/** A sidecar's scrape holds its inbound traffic as the destination reported it (one sample per request). */
const SIDECAR_REPORTER: Reporter = 'destination';

export interface ListedPod {
  namespace: string;
  pod: string;
  /** The Service the pod backs (from mesh discovery); used when a series carries no service labels. */
  service: string;
}
export type PodLister = () => Promise<ListedPod[]>;
export type PodMetricsFetcher = (
  namespace: string,
  pod: string,
  port: number,
  path: string,
) => Promise<string>;

export interface SidecarSourceDeps {
  pods: PodLister;
  fetchMetrics: PodMetricsFetcher;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
}

export interface SidecarSourceOptions {
  intervalMs: number;
  concurrency: number;
  /** Default 15020: the merged Istio agent + Envoy endpoint. */
  port?: number;
  /** A scrape slower than this counts as failed; default: the interval. */
  scrapeTimeoutMs?: number;
}

// ---------------------------------------------------------------------------------------------------------
// Reading one scrape

/** What a counter series adds to when it increases: the request count, or one view of some signals. */
interface CounterTarget {
  requests: boolean;
  view: SignalReading;
  signals: IstioSignalName[];
}

interface CounterSeries extends CounterTarget {
  service: ServiceKey;
  value: number;
}
interface HistogramSeries {
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
): SidecarSnapshot {
  const snapshot: SidecarSnapshot = { counters: new Map(), histograms: new Map(), clusterStats: new Set() };
  for (const family of families) {
    for (const sample of family.samples) {
      const { name, labels, value } = sample;
      if (name === ISTIO_REQUESTS_TOTAL) {
        if (labels.reporter !== SIDECAR_REPORTER) continue;
        snapshot.counters.set(seriesKey(name, labels), {
          service: destinationService(labels, podService),
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
          series = { service: destinationService(labels, podService), buckets: new Map() };
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

function destinationService(labels: Record<string, string>, fallback: ServiceKey): ServiceKey {
  const name = labels.destination_service_name;
  const namespace = labels.destination_service_namespace;
  const usable = (v: string | undefined) => v !== undefined && v !== '' && v !== 'unknown';
  return usable(name) && usable(namespace) ? { namespace: namespace!, name: name! } : fallback;
}

function seriesKey(name: string, labels: Record<string, string>): string {
  const sorted = Object.keys(labels)
    .sort()
    .map((k) => [k, labels[k]]);
  return `${name}${JSON.stringify(sorted)}`;
}

// ---------------------------------------------------------------------------------------------------------
// Counter maths

/** What one service gained between two scrapes of one pod. */
export interface TrafficIncrease {
  requests: number;
  /** Per signal, what the request labels counted and what the Envoy cluster counter counted. */
  labels: Record<IstioSignalName, number>;
  clusterStat: Record<IstioSignalName, number>;
  /** Increase of each cumulative latency bucket, by upper bound (ms). */
  latencyBuckets: Map<number, number>;
}

export function emptyIncrease(): TrafficIncrease {
  const zeros = () =>
    Object.fromEntries(ISTIO_SIGNAL_NAMES.map((name) => [name, 0])) as Record<IstioSignalName, number>;
  return { requests: 0, labels: zeros(), clusterStat: zeros(), latencyBuckets: new Map() };
}

/**
 * A counter's increase between two readings. A decrease means the process restarted and the counter
 * began again from zero, so everything it now shows is new. A series absent before was born in between.
 */
export function counterIncrease(previous: number | undefined, current: number): number {
  if (!Number.isFinite(current)) return 0;
  if (previous === undefined || !Number.isFinite(previous)) return current;
  return current < previous ? current : current - previous;
}

/**
 * Per-service increases between two snapshots of the same pod. A histogram series is reset as a whole
 * when any of its buckets went down, which keeps its buckets cumulative.
 */
export function snapshotIncrease(
  previous: SidecarSnapshot,
  current: SidecarSnapshot,
): Map<string, TrafficIncrease> {
  const byService = new Map<string, TrafficIncrease>();
  const increaseOf = (service: ServiceKey) => {
    const id = serviceId(service);
    let inc = byService.get(id);
    if (!inc) {
      inc = emptyIncrease();
      byService.set(id, inc);
    }
    return inc;
  };

  for (const [key, series] of current.counters) {
    const delta = counterIncrease(previous.counters.get(key)?.value, series.value);
    if (delta === 0) continue;
    const inc = increaseOf(series.service);
    if (series.requests) inc.requests += delta;
    for (const signal of series.signals) inc[series.view][signal] += delta;
  }

  for (const [key, series] of current.histograms) {
    const before = previous.histograms.get(key)?.buckets;
    const reset =
      before === undefined || [...series.buckets].some(([le, count]) => count < (before.get(le) ?? 0));
    const inc = increaseOf(series.service);
    for (const [le, count] of series.buckets) {
      if (!Number.isFinite(count)) continue;
      const delta = reset ? count : count - (before?.get(le) ?? 0);
      inc.latencyBuckets.set(le, (inc.latencyBuckets.get(le) ?? 0) + delta);
    }
  }
  return byService;
}

function addScaled(into: TrafficIncrease, from: TrafficIncrease, fraction: number): void {
  into.requests += from.requests * fraction;
  for (const name of ISTIO_SIGNAL_NAMES) {
    into.labels[name] += from.labels[name] * fraction;
    into.clusterStat[name] += from.clusterStat[name] * fraction;
  }
  for (const [le, count] of from.latencyBuckets) {
    into.latencyBuckets.set(le, (into.latencyBuckets.get(le) ?? 0) + count * fraction);
  }
}

// ---------------------------------------------------------------------------------------------------------
// The step grid

/** Per-service increases laid on the request's step grid, and how much of each step was observed. */
export class StepAccumulator {
  readonly steps: number;
  private readonly perService = new Map<string, { service: ServiceKey; steps: TrafficIncrease[] }>();
  private readonly intervals: Array<[number, number]> = [];

  constructor(
    readonly from: number,
    readonly to: number,
    readonly stepMs: number,
  ) {
    this.steps = Math.ceil((to - from) / stepMs);
  }

  /**
   * Spreads what was gained over [start, end) across the steps it overlaps, in proportion to the overlap
   * (when scrapes run on the step grid, each interval lands whole in one step).
   */
  add(
    start: number,
    end: number,
    increases: Map<string, TrafficIncrease>,
    services: Map<string, ServiceKey>,
  ): void {
    if (!(end > start)) return;
    this.intervals.push([start, end]);
    for (const [id, inc] of increases) {
      const service = services.get(id);
      if (!service) continue;
      const target = this.seriesFor(service);
      this.forEachOverlap(start, end, (step, overlap) =>
        addScaled(target[step], inc, overlap / (end - start)),
      );
    }
  }

  seriesFor(service: ServiceKey): TrafficIncrease[] {
    const id = serviceId(service);
    let entry = this.perService.get(id);
    if (!entry) {
      entry = { service, steps: Array.from({ length: this.steps }, emptyIncrease) };
      this.perService.set(id, entry);
    }
    return entry.steps;
  }

  services(): ServiceKey[] {
    return [...this.perService.values()].map((e) => e.service);
  }

  /** Milliseconds of each step covered by at least one observed interval. */
  coverage(): number[] {
    const merged: Array<[number, number]> = [];
    for (const [s, e] of [...this.intervals].sort((a, b) => a[0] - b[0])) {
      const last = merged.at(-1);
      if (last && s <= last[1]) last[1] = Math.max(last[1], e);
      else merged.push([s, e]);
    }
    const covered = new Array<number>(this.steps).fill(0);
    for (const [s, e] of merged) this.forEachOverlap(s, e, (step, overlap) => (covered[step] += overlap));
    return covered;
  }

  private forEachOverlap(start: number, end: number, visit: (step: number, overlapMs: number) => void): void {
    const first = Math.max(0, Math.floor((start - this.from) / this.stepMs));
    for (let step = first; step < this.steps; step++) {
      const stepStart = this.from + step * this.stepMs;
      if (stepStart >= end) break;
      const stepEnd = Math.min(stepStart + this.stepMs, this.to);
      const overlap = Math.min(end, stepEnd) - Math.max(start, stepStart);
      if (overlap > 0) visit(step, overlap);
    }
  }
}

const QUANTILES: Array<[MetricName, number]> = [
  ['latencyP50', 0.5],
  ['latencyP90', 0.9],
  ['latencyP99', 0.99],
];

/** One service's per-step increases → the shared ServiceSeries shape. */
export function toServiceSeries(
  service: ServiceKey,
  steps: readonly TrafficIncrease[],
  coveredMs: readonly number[],
  views: Readonly<Record<IstioSignalName, readonly SignalReading[]>>,
): ServiceSeries {
  const unavailable = ISTIO_SIGNAL_NAMES.filter((name) => views[name].length === 0).map(
    (name) => ISTIO_SIGNALS[name].metric,
  );
  const values = metricArrays();
  const requests: number[] = [];
  steps.forEach((inc, i) => {
    const seconds = coveredMs[i] / 1000;
    const observed = seconds > 0;
    const perRequest = (count: number) => (inc.requests > 0 ? count / inc.requests : null);
    requests.push(inc.requests);
    values.requestRate.push(observed ? inc.requests / seconds : null);
    for (const name of ISTIO_SIGNAL_NAMES) {
      const signal = ISTIO_SIGNALS[name];
      const count = combineReadings(views[name].map((view) => inc[view][name]));
      if (views[name].length === 0) values[signal.metric].push(null);
      else if (signal.per === 'request') values[signal.metric].push(perRequest(count));
      else values[signal.metric].push(observed ? count / seconds : null);
    }
    const buckets = [...inc.latencyBuckets].map(([le, count]) => ({ le, count }));
    for (const [metric, q] of QUANTILES) values[metric].push(histogramQuantile(q, buckets));
  });
  return { service, requests, values, unavailable };
}

// ---------------------------------------------------------------------------------------------------------
// Live collection

interface PodState {
  pod: ListedPod;
  last?: { timeMs: number; snapshot: SidecarSnapshot };
  scrapes: number;
  failures: number;
  lastError?: string;
  vanishedAt?: number;
}

export class SidecarSource implements MetricsSource {
  readonly name = 'sidecars';
  readonly hasHistory = false;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly now: () => number;
  private readonly port: number;

  constructor(
    private readonly deps: SidecarSourceDeps,
    private readonly options: SidecarSourceOptions,
  ) {
    if (!(options.intervalMs > 0)) {
      throw new ConfigError('The sidecar scrape interval must be positive.', 'Set --interval to e.g. 15s.');
    }
    if (!(options.concurrency >= 1)) {
      throw new ConfigError('The sidecar scrape concurrency must be at least 1.', 'Set it to e.g. 10.');
    }
    this.sleep = deps.sleep ?? abortableSleep;
    this.now = deps.now ?? Date.now;
    this.port = options.port ?? SIDECAR_METRICS_PORT;
  }

  async collect(req: CollectRequest): Promise<CollectedMetrics> {
    if (!(req.to > req.from) || !(req.stepMs > 0)) {
      throw new ConfigError(
        'The collection window is empty or its step is not positive.',
        'Use a duration longer than zero and a positive step.',
      );
    }
    if (req.to <= this.now()) {
      throw new ConfigError(
        'The sidecar source watches live traffic and cannot read a window that has already ended.',
        'Use --source prometheus for a past window, or scan without --from/--to.',
      );
    }
    const targets = scrapeTimes(req.from, req.to, this.options.intervalMs);
    const grid = new StepAccumulator(req.from, req.to, req.stepMs);
    const pods = new Map<string, PodState>();
    const serviceKeys = new Map<string, ServiceKey>();
    const listedServices = new Map<string, ServiceKey>();
    /** Per signal, the services some caller's Envoy cluster counter reported. */
    const clusterStatServices = new Map<IstioSignalName, Set<string>>(
      ISTIO_SIGNAL_NAMES.map((name) => [name, new Set()]),
    );
    const clusterStatsSeen = new Set<string>();
    const bucketBounds = new Set<number>();
    const notes: string[] = [];
    const lostRounds: number[] = [];
    let skippedRounds = 0;
    let stoppedEarly = false;
    let listFailures = 0;
    let lastListError = '';
    const limit = pLimit(this.options.concurrency);
    const inNamespaces = (ns: string) => req.namespaces.length === 0 || req.namespaces.includes(ns);

    let round = -1;
    while (round + 1 < targets.length) {
      let next = round + 1;
      // Fallen behind (slow scrapes, a suspended laptop): skip to the latest due round; the next
      // increases are spread over the gap.
      while (next + 1 < targets.length && targets[next + 1] <= this.now()) next++;
      skippedRounds += next - round - 1;
      const wait = targets[next] - this.now();
      if (wait > 0 && !req.signal?.aborted) await this.sleep(wait, req.signal).catch(() => undefined);
      if (req.signal?.aborted) {
        stoppedEarly = true;
        break;
      }
      round = next;
      // Scrapes on time are stamped with their grid time, so each interval lands whole in one step; a late
      // one (a window that began before the scan did) with the real time, so rates divide by what was seen.
      const lateMs = this.now() - targets[round];
      const at = lateMs > Math.min(1000, this.options.intervalMs / 10) ? this.now() : targets[round];

      let listed: ListedPod[];
      try {
        listed = dedupePods(await this.deps.pods()).filter((p) => inNamespaces(p.namespace));
      } catch (err) {
        if (round === 0 || pods.size === 0) throw err;
        listFailures++;
        lastListError = errorMessage(err);
        listed = [...pods.values()].filter((s) => s.vanishedAt === undefined).map((s) => s.pod);
      }
      const listedIds = new Set(listed.map(podId));
      for (const state of pods.values()) {
        if (state.vanishedAt === undefined && !listedIds.has(podId(state.pod))) {
          state.vanishedAt = at;
          notes.push(
            `Pod ${podId(state.pod)} vanished at ${iso(at)}; its traffic up to its last scrape is kept.`,
          );
        }
      }
      for (const pod of listed) {
        const existing = pods.get(podId(pod));
        if (existing) {
          existing.pod = pod;
          if (existing.vanishedAt !== undefined) {
            // Most likely recreated under the same name (a StatefulSet): start again from its next scrape.
            existing.vanishedAt = undefined;
            existing.last = undefined;
            notes.push(
              `Pod ${podId(pod)} came back at ${iso(at)}; it is counted again from its next scrape.`,
            );
          }
        } else {
          pods.set(podId(pod), { pod, scrapes: 0, failures: 0 });
          if (round > 0)
            notes.push(`Pod ${podId(pod)} appeared at ${iso(at)}; it is counted from its first scrape.`);
        }
        const service = { namespace: pod.namespace, name: pod.service };
        listedServices.set(serviceId(service), service);
      }

      const results = await Promise.all(
        listed.map((pod) =>
          limit(async () => {
            const state = pods.get(podId(pod))!;
            state.scrapes++;
            try {
              const text = await this.fetchWithTimeout(pod);
              const snapshot = readSidecarSnapshot(parseExposition(text), {
                namespace: pod.namespace,
                name: pod.service,
              });
              return { state, snapshot };
            } catch (err) {
              state.failures++;
              state.lastError = errorMessage(err);
              return undefined;
            }
          }),
        ),
      );

      let succeeded = 0;
      for (const result of results) {
        if (!result) continue;
        succeeded++;
        const { state, snapshot } = result;
        for (const stat of snapshot.clusterStats) clusterStatsSeen.add(stat);
        for (const series of [...snapshot.counters.values(), ...snapshot.histograms.values()]) {
          serviceKeys.set(serviceId(series.service), series.service);
        }
        for (const series of snapshot.counters.values()) {
          if (series.view !== 'clusterStat') continue;
          for (const name of series.signals) clusterStatServices.get(name)!.add(serviceId(series.service));
        }
        for (const series of snapshot.histograms.values())
          for (const le of series.buckets.keys()) bucketBounds.add(le);
        if (state.last) {
          grid.add(state.last.timeMs, at, snapshotIncrease(state.last.snapshot, snapshot), serviceKeys);
        }
        state.last = { timeMs: at, snapshot };
      }
      if (listed.length > 0 && succeeded === 0) lostRounds.push(at);

      req.onProgress?.(
        targets.length > 1 ? round / (targets.length - 1) : 1,
        `scrape ${round + 1}/${targets.length}: ${succeeded} of ${listed.length} sidecars answered`,
      );
    }

    // Which services to report: the requested ones, else every one seen or listed in scope.
    const wanted = req.services
      ? req.services
      : [...new Map([...listedServices, ...serviceKeys]).values()].filter((s) => inNamespaces(s.namespace));
    const missingStats = [...CLUSTER_STAT_SIGNALS.keys()].filter((stat) => !clusterStatsSeen.has(stat));
    const coverage = grid.coverage();
    const unavailableMetrics = new Set<MetricName>();
    let servicesMissingOptional = 0;
    const services = [...wanted]
      .sort((a, b) => serviceId(a).localeCompare(serviceId(b)))
      .map((service) => {
        const id = serviceId(service);
        const views = Object.fromEntries(
          ISTIO_SIGNAL_NAMES.map((name) => [
            name,
            signalReadings(name, SIDECAR_REPORTER, clusterStatServices.get(name)!.has(id)),
          ]),
        ) as Record<IstioSignalName, SignalReading[]>;
        const series = toServiceSeries(service, grid.seriesFor(service), coverage, views);
        if (series.unavailable.length > 0) servicesMissingOptional++;
        for (const metric of series.unavailable) unavailableMetrics.add(metric);
        return series;
      });

    if (servicesMissingOptional > 0) {
      const which =
        missingStats.length > 0
          ? `The sidecars do not export ${missingStats.join(', ')}`
          : 'No sidecar exports Envoy cluster stats for some services';
      notes.push(
        `${which}, so ${[...unavailableMetrics].join('/')} are unavailable (not zero) for ${servicesMissingOptional} ` +
          `service(s): ${PROXY_STATS_MATCHER_FIX}.`,
      );
    }
    for (const state of pods.values()) {
      if (state.failures > 0) {
        notes.push(
          `Pod ${podId(state.pod)}: ${state.failures} of ${state.scrapes} scrapes failed (last: ${state.lastError}).`,
        );
      }
    }
    if (lostRounds.length > 0) {
      notes.push(
        `No sidecar answered at ${lostRounds.map(iso).join(', ')}; the data around ${lostRounds.length === 1 ? 'that time is' : 'those times is'} incomplete.`,
      );
    }
    if (listFailures > 0) {
      notes.push(
        `Listing the meshed pods failed ${listFailures} time(s) (last: ${lastListError}); the previous list was used.`,
      );
    }
    if (skippedRounds > 0) {
      notes.push(
        `Scrapes fell behind the ${this.options.intervalMs} ms interval; ${skippedRounds} round(s) were skipped.`,
      );
    }
    if (stoppedEarly) notes.push('The scan was stopped before the end of its window.');
    if (pods.size === 0) notes.push('No meshed pods were found to scrape.');

    return {
      source: 'sidecars',
      from: req.from,
      to: req.to,
      stepMs: req.stepMs,
      services,
      histogramBuckets: [...bucketBounds].filter(Number.isFinite).sort((a, b) => a - b),
      notes,
      partial: lostRounds.length > 0 || stoppedEarly,
    };
  }

  private async fetchWithTimeout(pod: ListedPod): Promise<string> {
    const timeoutMs = this.options.scrapeTimeoutMs ?? this.options.intervalMs;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      timer.unref();
    });
    try {
      return await Promise.race([
        this.deps.fetchMetrics(pod.namespace, pod.pod, this.port, SIDECAR_METRICS_PATH),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Scrape times: from, every interval after it, and `to` itself so the last partial interval is seen. */
export function scrapeTimes(from: number, to: number, intervalMs: number): number[] {
  const times: number[] = [];
  for (let t = from; t < to; t += intervalMs) times.push(t);
  times.push(to);
  return times;
}

function dedupePods(pods: ListedPod[]): ListedPod[] {
  const seen = new Map<string, ListedPod>();
  for (const pod of pods) if (!seen.has(podId(pod))) seen.set(podId(pod), pod);
  return [...seen.values()];
}

function podId(pod: ListedPod): string {
  return `${pod.namespace}/${pod.pod}`;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

// ---------------------------------------------------------------------------------------------------------
// Transport: the API server's pod proxy

/**
 * Fetches a sidecar's metrics through GET /api/v1/namespaces/{ns}/pods/{pod}:{port}/proxy/{path}
 * (needs `get` on `pods/proxy`). No exec into the proxy container: modern proxies are distroless.
 */
export function podProxyFetcher(core: CoreV1Api): PodMetricsFetcher {
  return async (namespace, pod, port, path) => {
    let body: unknown;
    try {
      body = await core.connectGetNamespacedPodProxyWithPath({ name: `${pod}:${port}`, namespace, path });
    } catch (err) {
      throw podProxyError(err, namespace, pod, port);
    }
    if (typeof body !== 'string') {
      throw new MetricsError(
        `The sidecar of pod ${namespace}/${pod} answered on :${port}/${path} with something other than text.`,
        "Check that port 15020 is the Istio agent (the pod's prometheus.io/port annotation).",
      );
    }
    return body;
  };
}

function podProxyError(err: unknown, namespace: string, pod: string, port: number): MetricsError {
  const where = `pod ${namespace}/${pod} (:${port} via the API server's pod proxy)`;
  if (err instanceof ApiException) {
    const code = err.code;
    switch (code) {
      case 401:
        return new MetricsError(
          `The API server refused the credentials while scraping ${where} (HTTP 401).`,
          'Refresh the kubeconfig credentials or the service account token.',
        );
      case 403:
        return new MetricsError(
          `Not allowed to scrape ${where} (HTTP 403).`,
          `Grant get on pods/proxy in namespace ${namespace} to SMAnalyzer's identity.`,
        );
      case 404:
        return new MetricsError(
          `The API server could not find ${where} (HTTP 404): the pod is gone or the path is not served.`,
          'Nothing to do if the pod was just replaced; otherwise check that it runs an Istio sidecar.',
        );
      default:
        return new MetricsError(
          `Scraping ${where} failed with HTTP ${code}.`,
          code >= 500
            ? 'Check that the sidecar is running and ready; the API server could not reach it.'
            : 'Check the API server and the pod.',
        );
    }
  }
  return new MetricsError(
    `Scraping ${where} failed: ${errorMessage(err)}.`,
    'Check the connection to the API server.',
  );
}

export { outboundClusterService };

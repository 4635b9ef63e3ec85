/**
 * The sidecar metrics source: scrapes every meshed pod's :15020/stats/prometheus through the API server's
 * pod proxy on a fixed interval, turns counters into per-step increases (with reset handling), aggregates
 * pods to Services and histogram buckets to percentiles. For clusters without Prometheus; it watches live,
 * so it has no history.
 *
 * The maths (snapshot → increase → step grid) are pure exported functions; the clock, the sleep, the pod
 * list and the HTTP fetch are injected so the whole scan runs in tests without waiting.
 */
import { RefusedNames } from '../../core/names.js';
import pLimit from 'p-limit';

import {
  ConfigError,
  serviceId,
  type CollectRequest,
  type CollectedMetrics,
  type MetricName,
  type MetricsSource,
  type ServiceKey,
} from '../../core/types.js';
import { parseExposition } from './exposition.js';
import { errorMessage } from '../../net/errors.js';
import { sleep, withTimeout } from '../../net/retry.js';
import {
  CLUSTER_STAT_SIGNALS,
  ISTIO_SIGNAL_NAMES,
  PROXY_STATS_MATCHER_FIX,
  signalReadings,
  type IstioSignalName,
  type SignalReading,
} from '../../mesh/istio.js';
import { SIDECAR_METRICS_PATH, SIDECAR_METRICS_PORT, type PodMetricsFetcher } from './scrape.js';
import { SIDECAR_REPORTER, readSidecarSnapshot, type SidecarSnapshot } from './snapshot.js';
import { snapshotIncrease } from './increase.js';
import { EdgeTracker } from './edges.js';
import { StepAccumulator, toServiceSeries } from './grid.js';

export interface ListedPod {
  namespace: string;
  pod: string;
  /** The Service the pod backs (from mesh discovery); used when a series carries no service labels. */
  service: string;
}
export type PodLister = () => Promise<ListedPod[]>;

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
  /** A scrape slower than this counts as failed and is aborted; default: the interval. */
  scrapeTimeoutMs?: number;
  /** The largest scrape body accepted; default 64 MiB. */
  maxScrapeBytes?: number;
}

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
    this.sleep = deps.sleep ?? sleep;
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
    const edgeTracker = req.withEdges ? new EdgeTracker(req.from, req.to, req.stepMs) : undefined;
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
    const refused = new RefusedNames();
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
              const text = await this.fetchWithTimeout(pod, req.signal);
              const families = parseExposition(text);
              const snapshot = readSidecarSnapshot(
                families,
                { namespace: pod.namespace, name: pod.service },
                refused,
              );
              return { state, snapshot, families };
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
        edgeTracker?.observe(
          podId(state.pod),
          { namespace: state.pod.namespace, name: state.pod.service },
          result.families,
          at,
        );
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
          `service(s): ${PROXY_STATS_MATCHER_FIX}`,
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
    const refusedNote = refused.note('sidecar destination_service label');
    if (refusedNote) notes.push(`${refusedNote} Their requests count for the pod's own Service.`);
    if (stoppedEarly) notes.push('The scan was stopped before the end of its window.');
    if (pods.size === 0) notes.push('No meshed pods were found to scrape.');

    return {
      ...(edgeTracker ? { edges: edgeTracker.result() } : {}),
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

  /** One scrape, aborted past its timeout (default: the interval) or when the scan stops. */
  private fetchWithTimeout(pod: ListedPod, stop?: AbortSignal): Promise<string> {
    const timeoutMs = this.options.scrapeTimeoutMs ?? this.options.intervalMs;
    return withTimeout(
      timeoutMs,
      (signal) =>
        this.deps.fetchMetrics(pod.namespace, pod.pod, this.port, SIDECAR_METRICS_PATH, {
          signal,
          maxBytes: this.options.maxScrapeBytes,
        }),
      () => new Error(`no answer within ${timeoutMs} ms`),
      stop,
    );
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

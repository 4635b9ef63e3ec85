/**
 * One collection by the sidecar source as it watches its window: the pods listed round by round (which vanished,
 * came back or appeared), the scrapes' increases on the step grid, what the proxies showed (services, cluster
 * stats, bucket bounds), and at the end the series and the notes. The source (source.ts) paces the rounds and
 * does the fetching; this keeps the count. Pure.
 */
import { RefusedNames } from '../../core/names.js';
import {
  serviceId,
  type CollectRequest,
  type CollectedMetrics,
  type MetricName,
  type ServiceKey,
  type ServiceSeries,
} from '../../core/types.js';
import {
  SIGNAL_NAMES,
  clusterStatSignals,
  signalReadings,
  unavailableReason,
  type MeshDialect,
  type SignalName,
  type SignalReading,
} from '../../mesh/dialect.js';
import type { MetricFamily } from './exposition.js';
import { EdgeTracker } from './edges.js';
import { StepAccumulator, toServiceSeries } from './grid.js';
import { snapshotIncrease } from './increase.js';
import { scrapedView, type SidecarSnapshot } from './snapshot.js';
import { MAX_VERSIONS_PER_SERVICE, VersionTracker } from './versions.js';

export interface ListedPod {
  namespace: string;
  pod: string;
  /** The Service the pod backs (from mesh discovery); used when a series carries no service labels. */
  service: string;
  /** The pod's own labels the mesh's scrape copies onto its series (ProxyScrape.podLabels). */
  labels?: Readonly<Record<string, string>>;
}

export interface PodState {
  pod: ListedPod;
  last?: { timeMs: number; snapshot: SidecarSnapshot };
  scrapes: number;
  failures: number;
  lastError?: string;
  vanishedAt?: number;
}

/** One pod's answer in a round; undefined when its scrape failed. */
export type ScrapeResult =
  { state: PodState; snapshot: SidecarSnapshot; families: MetricFamily[] } | undefined;

export function podId(pod: ListedPod): string {
  return `${pod.namespace}/${pod.pod}`;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export class SidecarWatch {
  readonly grid: StepAccumulator;
  readonly edgeTracker: EdgeTracker | undefined;
  /** Each Service's versions, for a scan's rollouts (`withVersions`). */
  readonly versionTracker: VersionTracker | undefined;
  readonly pods = new Map<string, PodState>();
  readonly serviceKeys = new Map<string, ServiceKey>();
  readonly listedServices = new Map<string, ServiceKey>();
  /** Per signal, the services some caller's Envoy cluster counter reported. */
  readonly clusterStatServices = new Map<SignalName, Set<string>>(
    SIGNAL_NAMES.map((name) => [name, new Set()]),
  );
  readonly clusterStatsSeen = new Set<string>();
  readonly bucketBounds = new Set<number>();
  readonly notes: string[] = [];
  readonly refused = new RefusedNames();
  readonly lostRounds: number[] = [];
  skippedRounds = 0;
  stoppedEarly = false;
  listFailures = 0;
  lastListError = '';
  /** The last round's pods listed, and how many of them answered. */
  listedCount = 0;
  succeeded = 0;

  constructor(
    readonly req: CollectRequest,
    private readonly dialect: MeshDialect,
  ) {
    this.grid = new StepAccumulator(req.from, req.to, req.stepMs);
    this.edgeTracker = req.withEdges ? new EdgeTracker(req.from, req.to, req.stepMs, dialect) : undefined;
    this.versionTracker = req.withVersions
      ? new VersionTracker(req.from, req.to, req.stepMs, dialect)
      : undefined;
  }

  inNamespaces(ns: string): boolean {
    return this.req.namespaces.length === 0 || this.req.namespaces.includes(ns);
  }

  /** The pods listed this round against those known: vanished, came back, appeared; their Services noted. */
  trackPods(listed: ListedPod[], round: number, at: number): void {
    const { pods, notes } = this;
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
          notes.push(`Pod ${podId(pod)} came back at ${iso(at)}; it is counted again from its next scrape.`);
        }
      } else {
        pods.set(podId(pod), { pod, scrapes: 0, failures: 0 });
        if (round > 0)
          notes.push(`Pod ${podId(pod)} appeared at ${iso(at)}; it is counted from its first scrape.`);
      }
      const service = { namespace: pod.namespace, name: pod.service };
      this.listedServices.set(serviceId(service), service);
    }
  }

  /** One round's answers: what each proxy showed, and its increase since its last scrape on the grid. */
  addScrapes(results: ScrapeResult[], listed: number, at: number): void {
    let succeeded = 0;
    for (const result of results) {
      if (!result) continue;
      succeeded++;
      const { state, snapshot } = result;
      this.edgeTracker?.observe(
        podId(state.pod),
        { namespace: state.pod.namespace, name: state.pod.service },
        result.families,
        at,
      );
      for (const stat of snapshot.clusterStats) this.clusterStatsSeen.add(stat);
      for (const series of [...snapshot.counters.values(), ...snapshot.histograms.values()]) {
        this.serviceKeys.set(serviceId(series.service), series.service);
      }
      for (const series of snapshot.counters.values()) {
        if (series.view !== 'clusterStat') continue;
        for (const name of series.signals) this.clusterStatServices.get(name)!.add(serviceId(series.service));
      }
      for (const series of snapshot.histograms.values())
        for (const le of series.buckets.keys()) this.bucketBounds.add(le);
      if (state.last) {
        this.grid.add(
          state.last.timeMs,
          at,
          snapshotIncrease(state.last.snapshot, snapshot),
          this.serviceKeys,
        );
        this.versionTracker?.add(state.last.timeMs, at, state.last.snapshot, snapshot);
      }
      state.last = { timeMs: at, snapshot };
    }
    if (listed > 0 && succeeded === 0) this.lostRounds.push(at);
    this.listedCount = listed;
    this.succeeded = succeeded;
  }

  /** Every service's series (the requested ones, else every one seen or listed in scope) and the notes. */
  result(intervalMs: number): CollectedMetrics {
    const { dialect, req } = this;
    const wanted = req.services
      ? req.services
      : [...new Map([...this.listedServices, ...this.serviceKeys]).values()].filter((s) =>
          this.inNamespaces(s.namespace),
        );
    const coverage = this.grid.coverage();
    const bounds = [...this.bucketBounds].sort((a, b) => a - b);
    const unavailableMetrics = new Set<MetricName>();
    let servicesMissingOptional = 0;
    const services = [...wanted]
      .sort((a, b) => serviceId(a).localeCompare(serviceId(b)))
      .map((service) => {
        const id = serviceId(service);
        const views = Object.fromEntries(
          SIGNAL_NAMES.map((name) => [
            name,
            signalReadings(dialect, name, scrapedView(dialect), this.clusterStatServices.get(name)!.has(id)),
          ]),
        ) as Record<SignalName, SignalReading[]>;
        const series = toServiceSeries(
          service,
          this.grid.seriesFor(service),
          coverage,
          views,
          dialect,
          bounds,
        );
        if (series.unavailable.length > 0) servicesMissingOptional++;
        for (const metric of series.unavailable) unavailableMetrics.add(metric);
        return series;
      });
    this.noteGaps(servicesMissingOptional, unavailableMetrics, intervalMs);
    // A version has no cluster counter of its own: its signals are what its request labels show.
    const versionViews = Object.fromEntries(
      SIGNAL_NAMES.map((name) => [name, signalReadings(dialect, name, scrapedView(dialect), false)]),
    ) as Record<SignalName, SignalReading[]>;
    return {
      ...(this.edgeTracker ? { edges: this.edgeTracker.result() } : {}),
      ...(this.versionTracker
        ? this.versionTracker.result(wanted, coverage, versionViews, bounds, this.callersOfVersions())
        : {}),
      source: 'sidecars',
      mesh: dialect.name,
      from: req.from,
      to: req.to,
      stepMs: req.stepMs,
      services,
      histogramBuckets: [...this.bucketBounds].filter(Number.isFinite).sort((a, b) => a - b),
      notes: this.notes,
      partial: this.lostRounds.length > 0 || this.stoppedEarly,
    };
  }

  /** Each version as its callers' proxies saw it, where the edges were followed. */
  private callersOfVersions(): (
    service: ServiceKey,
    label: string,
    version: string,
  ) => ServiceSeries | undefined {
    const seen = new Map(
      (this.edgeTracker?.versionsSeenByCallers() ?? []).map((v) => [
        `${serviceId(v.callee)}|${v.label}|${v.version}`,
        v.series,
      ]),
    );
    return (service, label, version) => seen.get(`${serviceId(service)}|${label}|${version}`);
  }

  /** What the watch could not see: signals no proxy exports, failed scrapes and lists, skipped rounds. */
  private noteGaps(
    servicesMissingOptional: number,
    unavailableMetrics: Set<MetricName>,
    intervalMs: number,
  ): void {
    const { dialect, notes, lostRounds } = this;
    const missingStats = [...clusterStatSignals(dialect).keys()].filter(
      (stat) => !this.clusterStatsSeen.has(stat),
    );
    if (servicesMissingOptional > 0) {
      const which =
        missingStats.length > 0
          ? `The proxies do not export ${missingStats.join(', ')}`
          : `The ${dialect.title} proxies do not show every signal for some services`;
      notes.push(
        `${which}, so ${[...unavailableMetrics].join('/')} are unavailable (not zero) for ${servicesMissingOptional} ` +
          `service(s): ${unavailableReason(dialect, unavailableMetrics)}.`,
      );
    }
    for (const state of this.pods.values()) {
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
    if (this.listFailures > 0) {
      notes.push(
        `Listing the meshed pods failed ${this.listFailures} time(s) (last: ${this.lastListError}); the previous list was used.`,
      );
    }
    if (this.skippedRounds > 0) {
      notes.push(
        `Scrapes fell behind the ${intervalMs} ms interval; ${this.skippedRounds} round(s) were skipped.`,
      );
    }
    const refusedNote = this.refused.note(`${dialect.title} proxy service label`);
    if (refusedNote) notes.push(`${refusedNote} Their requests count for the pod's own Service.`);
    if (this.stoppedEarly) notes.push('The scan was stopped before the end of its window.');
    const overCap = [
      ...new Set([
        ...(this.versionTracker?.cap.overCap ?? []),
        ...(this.edgeTracker?.versionCap.overCap ?? []),
      ]),
    ].sort();
    if (overCap.length > 0)
      notes.push(
        `${overCap.length} Service(s) showed more than ${MAX_VERSIONS_PER_SERVICE} versions (${overCap.slice(0, 5).join(', ')}); only the first ${MAX_VERSIONS_PER_SERVICE} of each were read as versions.`,
      );
    if (this.pods.size === 0) notes.push('No meshed pods were found to scrape.');
  }
}

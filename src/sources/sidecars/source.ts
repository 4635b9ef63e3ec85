/**
 * The direct (sidecar) metrics source: scrapes every mesh proxy's metrics endpoint (the port and path its mesh
 * declares: Istio's :15020/stats/prometheus, Linkerd's :4191/metrics; ambient's waypoints) through the API
 * server's pod proxy on a fixed interval, turns counters into per-step increases (with reset handling),
 * aggregates pods to Services and histogram buckets to percentiles. For clusters without Prometheus; it watches
 * live, so it has no history.
 *
 * The maths (snapshot → increase → step grid) are pure exported functions; the clock, the sleep, the pod
 * list and the HTTP fetch are injected so the whole scan runs in tests without waiting.
 */
import pLimit from 'p-limit';

import {
  ConfigError,
  type CollectRequest,
  type CollectedMetrics,
  type MetricsSource,
} from '../../core/types.js';
import { parseExposition } from './exposition.js';
import { errorMessage } from '../../net/errors.js';
import { sleep, withTimeout } from '../../net/retry.js';
import type { MeshDialect } from '../../mesh/dialect.js';
import { ISTIO } from '../../mesh/dialects/istio.js';
import type { PodMetricsFetcher } from './scrape.js';
import type { ListedPod } from './watch.js';
import { readSidecarSnapshot } from './snapshot.js';
import { SidecarWatch, podId } from './watch.js';

export type { ListedPod } from './watch.js';
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
  /** The mesh whose proxies are scraped (default: Istio with sidecars). */
  dialect?: MeshDialect;
  /** Default: the dialect's (Istio 15020, the merged agent + Envoy endpoint; Linkerd 4191). */
  port?: number;
  /** A scrape slower than this counts as failed and is aborted; default: the interval. */
  scrapeTimeoutMs?: number;
  /** The largest scrape body accepted; default 64 MiB. */
  maxScrapeBytes?: number;
}

export class SidecarSource implements MetricsSource {
  readonly name = 'sidecars';
  readonly hasHistory = false;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly now: () => number;
  private readonly port: number;
  private readonly dialect: MeshDialect;

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
    this.dialect = options.dialect ?? ISTIO;
    this.port = options.port ?? this.dialect.proxy.port;
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
    const watch = new SidecarWatch(req, this.dialect);
    const limit = pLimit(this.options.concurrency);

    let round = -1;
    while (round + 1 < targets.length) {
      let next = round + 1;
      // Fallen behind (slow scrapes, a suspended laptop): skip to the latest due round; the next
      // increases are spread over the gap.
      while (next + 1 < targets.length && targets[next + 1] <= this.now()) next++;
      watch.skippedRounds += next - round - 1;
      const wait = targets[next] - this.now();
      if (wait > 0 && !req.signal?.aborted) await this.sleep(wait, req.signal).catch(() => undefined);
      if (req.signal?.aborted) {
        watch.stoppedEarly = true;
        break;
      }
      round = next;
      // Scrapes on time are stamped with their grid time, so each interval lands whole in one step; a late
      // one (a window that began before the scan did) with the real time, so rates divide by what was seen.
      const lateMs = this.now() - targets[round];
      const at = lateMs > Math.min(1000, this.options.intervalMs / 10) ? this.now() : targets[round];
      await this.scrapeRound(watch, round, at, limit);
      req.onProgress?.(
        targets.length > 1 ? round / (targets.length - 1) : 1,
        `scrape ${round + 1}/${targets.length}: ${watch.succeeded} of ${watch.listedCount} sidecars answered`,
      );
    }
    return watch.result(this.options.intervalMs);
  }

  /** One round: the pods listed now (the last list when listing fails after the first round), each scraped. */
  private async scrapeRound(
    watch: SidecarWatch,
    round: number,
    at: number,
    limit: ReturnType<typeof pLimit>,
  ): Promise<void> {
    let listed: ListedPod[];
    try {
      listed = dedupePods(await this.deps.pods()).filter((p) => watch.inNamespaces(p.namespace));
    } catch (err) {
      if (round === 0 || watch.pods.size === 0) throw err;
      watch.listFailures++;
      watch.lastListError = errorMessage(err);
      listed = [...watch.pods.values()].filter((s) => s.vanishedAt === undefined).map((s) => s.pod);
    }
    watch.trackPods(listed, round, at);
    const results = await Promise.all(
      listed.map((pod) =>
        limit(async () => {
          const state = watch.pods.get(podId(pod))!;
          state.scrapes++;
          try {
            const text = await this.fetchWithTimeout(pod, watch.req.signal);
            const families = parseExposition(text);
            const snapshot = readSidecarSnapshot(
              families,
              { namespace: pod.namespace, name: pod.service },
              this.dialect,
              watch.refused,
              pod.labels,
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
    watch.addScrapes(results, listed.length, at);
  }

  /** One scrape, aborted past its timeout (default: the interval) or when the scan stops. */
  private fetchWithTimeout(pod: ListedPod, stop?: AbortSignal): Promise<string> {
    const timeoutMs = this.options.scrapeTimeoutMs ?? this.options.intervalMs;
    return withTimeout(
      timeoutMs,
      (signal) =>
        this.deps.fetchMetrics(pod.namespace, pod.pod, this.port, this.dialect.proxy.path, {
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

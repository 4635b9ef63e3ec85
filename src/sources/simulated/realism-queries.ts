/**
 * The realism mode's scrapes (realism.ts) as a Prometheus query_range reads them: the counters' running sums seen
 * at the scrapes that happened, rate() over the 2-minute window, histogram_quantile over its bucket increments,
 * each proxy's view (its own, its callers'), and two rollout sides' scrapes summed into the service. Apart from
 * realism.ts because it draws nothing: it only reads the scrapes drawn there.
 */
import type { ServiceSeries } from '../../core/types.js';
import { histogramQuantile } from '../../core/histogram.js';
import { metricArrays } from '../../core/series.js';
import { ENVOY_BUCKETS_WITH_INF } from './buckets.js';
import {
  RATE_WINDOW_MS,
  SCRAPE_MS,
  scrapes,
  type Counts,
  type Increment,
  type RealisticRequest,
} from './realism.js';

/** A service's two views over a window: its own proxy's, and its callers' proxies' (every caller together). */
export interface RealisticViews {
  server: ServiceSeries;
  callers: ServiceSeries;
}

/**
 * A service's series as a Prometheus query_range would return it: at each step's end, rate() over the 2 minutes
 * before from the scrapes that happened (no value when fewer than two did), histogram_quantile over the same
 * window's bucket increments; `latencyBuckets` holds each step's own bucket increments (cumulative, like `le`).
 * Its own proxy's view, and its callers'.
 */
export function simulateRealistic(r: RealisticRequest): RealisticViews {
  const scraped = scrapes(r);
  return {
    server: seriesFromScrapes(r, scraped, 'server'),
    callers: seriesFromScrapes(r, scraped, 'client'),
  };
}

function addCounts(a: Counts, b: Counts): Counts {
  return {
    requests: a.requests + b.requests,
    errors: a.errors + b.errors,
    retries: a.retries + b.retries,
    timeouts: a.timeouts + b.timeouts,
    overflows: a.overflows + b.overflows,
    buckets: a.buckets.map((n, j) => n + b.buckets[j]),
  };
}

/** Scrapes of two sides added up, as one Prometheus sum over both versions' series: the service. */
export function addScrapes(a: Increment[], b: Increment[]): Increment[] {
  return a.map((x, i) => ({
    scraped: x.scraped,
    server: addCounts(x.server, b[i].server),
    client: addCounts(x.client, b[i].client),
  }));
}

/**
 * One proxy's view of the scrapes as a Prometheus query_range would return it (see simulateRealistic): the
 * service's own (no retry or overflow flag, which only a caller's proxy sets: unavailable, never zero; nor
 * ejections), or its callers'.
 */
export function seriesFromScrapes(
  r: RealisticRequest,
  { firstScrape, raw }: { firstScrape: number; raw: Increment[] },
  view: 'server' | 'client' = 'server',
): ServiceSeries {
  const key = { namespace: r.spec.namespace, name: r.spec.name };
  const series = asQueried(
    key,
    raw.map((inc) => ({ scraped: inc.scraped, counts: inc[view] })),
    firstScrape,
    r,
  );
  const hidden =
    view === 'server'
      ? (['retryRatio', 'overflowRatio', 'ejectionRate'] as const)
      : (['ejectionRate'] as const);
  for (const metric of hidden) series.values[metric] = series.values[metric].map(() => null);
  series.unavailable = [...hidden];
  return series;
}

/** One proxy's scrapes as the queries would read them over the request's steps. */
// eslint-disable-next-line max-lines-per-function -- each query's view of the same raw scrapes, side by side so the counters agree
function asQueried(
  service: ServiceSeries['service'],
  raw: Array<{ scraped: boolean; counts: Counts }>,
  firstScrape: number,
  r: RealisticRequest,
): ServiceSeries {
  // Counters as Prometheus stores them: the running sums, seen only at the scrapes that happened.
  const buckets = ENVOY_BUCKETS_WITH_INF.length;
  const cumulative: Array<{ t: number; counts: number[] } | null> = [];
  const running = new Array<number>(5 + buckets).fill(0);
  raw.forEach(({ scraped, counts: inc }, i) => {
    running[0] += inc.requests;
    running[1] += inc.errors;
    running[2] += inc.retries;
    running[3] += inc.timeouts;
    running[4] += inc.overflows;
    inc.buckets.forEach((n, b) => (running[5 + b] += n));
    cumulative.push(scraped ? { t: (firstScrape + i) * SCRAPE_MS, counts: [...running] } : null);
  });
  const at = (t: number) => Math.floor(t / SCRAPE_MS) - firstScrape;

  const series: ServiceSeries = {
    service: { ...service },
    requests: [],
    values: metricArrays(),
    unavailable: [],
    latencyBuckets: { bounds: ENVOY_BUCKETS_WITH_INF, counts: [] },
  };
  const v = series.values;
  const stepSeconds = r.stepMs / 1000;
  for (let i = 0; i < r.steps; i++) {
    const end = r.from + (i + 1) * r.stepMs;
    const inWindow = [];
    for (let j = Math.max(0, at(end - RATE_WINDOW_MS) + 1); j <= Math.min(raw.length - 1, at(end)); j++) {
      const c = cumulative[j];
      if (c) inWindow.push(c);
    }
    // This step's own increments, from the scrapes inside it (a gap leaves them to the next scrape).
    const own = [];
    for (let j = Math.max(0, at(end - r.stepMs) + 1); j <= Math.min(raw.length - 1, at(end)); j++) {
      if (cumulative[j]) own.push(j);
    }
    if (own.length > 0) {
      let before = at(end - r.stepMs);
      while (before >= 0 && !cumulative[before]) before--;
      const last = cumulative[own[own.length - 1]]!.counts;
      const first = before >= 0 ? cumulative[before]!.counts : last;
      let sum = 0;
      const counts = [];
      for (let b = 0; b < buckets; b++) {
        sum += last[5 + b] - first[5 + b];
        counts.push(sum);
      }
      series.latencyBuckets!.counts.push(counts);
    } else {
      series.latencyBuckets!.counts.push(null);
    }

    if (inWindow.length < 2) {
      series.requests.push(0);
      for (const key of Object.keys(v) as Array<keyof typeof v>) v[key].push(null);
      continue;
    }
    const first = inWindow[0];
    const last = inWindow[inWindow.length - 1];
    const span = (last.t - first.t) / 1000;
    const delta = (n: number) => last.counts[n] - first.counts[n];
    const rate = delta(0) / span;
    series.requests.push(rate * stepSeconds);
    v.requestRate.push(rate);
    v.ejectionRate.push(0);
    if (delta(0) <= 0) {
      for (const key of ['errorRatio', 'retryRatio', 'timeoutRatio', 'overflowRatio'] as const)
        v[key].push(null);
      for (const key of ['latencyP50', 'latencyP90', 'latencyP99'] as const) v[key].push(null);
      continue;
    }
    v.errorRatio.push(delta(1) / delta(0));
    v.retryRatio.push(delta(2) / delta(0));
    v.timeoutRatio.push(delta(3) / delta(0));
    v.overflowRatio.push(delta(4) / delta(0));
    let sum = 0;
    const histogram = ENVOY_BUCKETS_WITH_INF.map((le, b) => {
      sum += delta(5 + b);
      return { le, count: sum };
    });
    v.latencyP50.push(histogramQuantile(0.5, histogram));
    v.latencyP90.push(histogramQuantile(0.9, histogram));
    v.latencyP99.push(histogramQuantile(0.99, histogram));
  }
  return series;
}

/**
 * Rollouts in the simulated mesh (`--rollout reviews:v2:20%`): from the deploy on, a share of a service's requests
 * go to a new version while the rest stay on `v1`; a fault given for one version (`--inject reviews@v2:latency:1.6x`)
 * acts on that version's requests only. The plain simulator's service series is split after it is drawn: requests
 * and events are divided between the versions binomially (so a canary without a fault leaves the service's own
 * series as it was), the faulted version's events and latency drawn again with its fault, the service's ratios and
 * quantiles recomputed from both (a mixture of the two latency distributions). Each version's latency comes with
 * Envoy buckets, as a Prometheus would hold them per version. The realistic meshes scrape each version's pods
 * instead (simulateRealisticRollout): their own draws, pauses and jitter, the service's levels, restarts and gaps,
 * each version as its callers' proxies saw it too (their latency, the retries and overflows only they set), and the
 * service is the sum of both versions' counters. Pure: a function of (seed, service, absolute time).
 */
import type { AnomalyFault, SimulatedRollout } from '../../core/settings.js';
import type { ServiceSeries, VersionSeries } from '../../core/types.js';
import { withCallerSignals } from '../../core/edges.js';
import { metricArrays } from '../../core/series.js';
import { Noise } from './noise.js';
import type { PropagatedEffect } from './propagation.js';
import { scrapes, type RealisticRequest } from './realism.js';
import { addScrapes, seriesFromScrapes } from './realism-queries.js';
import type { SimulatedService } from './topologies.js';
import { ENVOY_BUCKETS_WITH_INF } from './buckets.js';

/** The version every service runs before a rollout, and the old side of one. */
export const OLD_VERSION = 'v1';
/** The split's noise stream, apart from the service's own draws. */
const SPLIT_STREAM = 104_729;

type FaultSizes = Map<AnomalyFault['type'], number>;

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 through erf; error < 1.5e-7). */
function phi(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}

/** Binomial draw: exact for small n, the normal approximation for large. */
export function binomialDraw(noise: Noise, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (n <= 40) {
    let k = 0;
    for (let i = 0; i < n; i++) if (noise.uniform() < p) k++;
    return k;
  }
  const mean = n * p;
  return Math.min(n, Math.max(0, Math.round(mean + Math.sqrt(mean * (1 - p)) * noise.normal())));
}

/** A step's latency as a log-normal anchored at its p50 and p99. */
interface LogNormal {
  median: number;
  sigma: number;
}
function shapeOf(p50: number, p99: number): LogNormal {
  return { median: Math.max(1e-6, p50), sigma: Math.max(0.05, Math.log(Math.max(p99, p50) / p50) / 2.326) };
}
const cdf = (x: number, d: LogNormal) => (x === Infinity ? 1 : phi(Math.log(x / d.median) / d.sigma));
const quantileOf = (q: number, d: LogNormal) => d.median * Math.exp(d.sigma * zOf(q));
/** The standard normal quantile of the three quantiles the simulator reports. */
function zOf(q: number): number {
  return q === 0.5 ? 0 : q === 0.9 ? 1.2816 : 2.3263;
}

/** The q-quantile of a mixture of log-normals (weights sum to 1), by bisection on the log scale. */
function mixtureQuantile(q: number, parts: Array<{ weight: number; shape: LogNormal }>): number {
  let lo = Math.log(Math.min(...parts.map((p) => quantileOf(q, p.shape))));
  let hi = Math.log(Math.max(...parts.map((p) => quantileOf(q, p.shape))));
  for (let i = 0; i < 50 && hi - lo > 1e-9; i++) {
    const mid = (lo + hi) / 2;
    const F = parts.reduce((sum, p) => sum + p.weight * cdf(Math.exp(mid), p.shape), 0);
    if (F < q) lo = mid;
    else hi = mid;
  }
  return Math.exp((lo + hi) / 2);
}

/** n requests drawn into the buckets of a log-normal: cumulative counts, like `le` (n may be a rate's fraction). */
function drawBuckets(noise: Noise, requests: number, shape: LogNormal): number[] {
  const n = Math.round(requests);
  const scale = n > 0 ? requests / n : 0;
  const out: number[] = [];
  let left = n;
  let leftP = 1;
  let previous = 0;
  let sum = 0;
  for (const bound of ENVOY_BUCKETS_WITH_INF) {
    const F = cdf(bound, shape);
    const p = Math.max(0, F - previous);
    previous = F;
    const k = bound === Infinity ? left : binomialDraw(noise, left, leftP > 0 ? Math.min(1, p / leftP) : 0);
    left -= k;
    leftP -= p;
    sum += k;
    out.push(sum * scale);
  }
  return out;
}

/** The per-request probabilities of one version's events, as source.ts derives them from faults. */
function eventProbabilities(spec: SimulatedService, faults: FaultSizes, effect: PropagatedEffect | null) {
  let error = faults.get('error_rate') ?? spec.errorRatio;
  let retry = faults.get('retry_storm') ?? spec.retryRatio;
  const timeout = faults.get('timeout') ?? spec.timeoutRatio;
  const overflow = faults.get('circuit_breaker') ?? spec.overflowRatio;
  if (faults.has('timeout')) error += timeout;
  if (faults.has('circuit_breaker')) error += overflow;
  if (effect) {
    error += effect.errorAdd;
    retry += effect.retryAdd;
  }
  return {
    errorRatio: Math.min(1, error),
    retryRatio: Math.min(1, retry),
    timeoutRatio: Math.min(1, timeout),
    overflowRatio: Math.min(1, overflow),
  };
}

/** Which of a version's faults redraw which counted metric. */
const REDRAWN_BY: Record<
  'errorRatio' | 'retryRatio' | 'timeoutRatio' | 'overflowRatio',
  AnomalyFault['type'][]
> = {
  errorRatio: ['error_rate', 'timeout', 'circuit_breaker'],
  retryRatio: ['retry_storm'],
  timeoutRatio: ['timeout'],
  overflowRatio: ['circuit_breaker'],
};
const COUNTED = Object.keys(REDRAWN_BY) as Array<keyof typeof REDRAWN_BY>;
const LATENCIES = ['latencyP50', 'latencyP90', 'latencyP99'] as const;
const QUANTILE = { latencyP50: 0.5, latencyP90: 0.9, latencyP99: 0.99 } as const;

export interface RolloutSplitRequest {
  series: ServiceSeries;
  spec: SimulatedService;
  rollout: SimulatedRollout;
  /** The faults given for the new version alone (service-wide faults are already in `series`). */
  newFaults: FaultSizes;
  effect: PropagatedEffect | null;
  seed: number;
  index: number;
  from: number;
  stepMs: number;
  /** The rollout starts here (the deploy): before it every request is the old version's. */
  deployAt: number;
}

/**
 * Splits a plain simulated service's series into its old and new version and redraws the new version's faulted
 * signals; returns the service's series with both versions' requests in it, and each version's own series.
 */
// eslint-disable-next-line max-lines-per-function -- both versions redrawn in one pass from one seeded stream: the order of draws is the data
export function splitRollout(r: RolloutSplitRequest): { service: ServiceSeries; versions: VersionSeries[] } {
  const { series, stepMs } = r;
  const steps = series.requests.length;
  const stepSeconds = stepMs / 1000;
  const newP = eventProbabilities(r.spec, r.newFaults, r.effect);
  const slow = r.newFaults.get('latency') ?? 1;
  const traffic = (r.newFaults.get('traffic_spike') ?? 1) * (r.newFaults.get('traffic_drop') ?? 1);
  const service: ServiceSeries = { ...series, requests: [], values: metricArrays() };
  const sides = [OLD_VERSION, r.rollout.version].map((version) => ({
    version,
    requests: [] as number[],
    values: metricArrays(),
    counts: [] as Array<number[] | null>,
  }));
  for (let i = 0; i < steps; i++) {
    const t = r.from + i * stepMs;
    const noise = new Noise(r.seed, r.index + SPLIT_STREAM, Math.floor(t / stepMs));
    const total = series.requests[i] ?? 0;
    const rolled = t >= r.deployAt;
    const drawnNew = rolled ? binomialDraw(noise, total, r.rollout.share) : 0;
    const n = [total - drawnNew, traffic === 1 ? drawnNew : noise.poisson(drawnNew * traffic)];
    const all = n[0] + n[1];
    service.requests.push(all);
    const rate = series.values.requestRate[i];
    service.values.requestRate.push(rate === null ? null : all / stepSeconds);
    service.values.ejectionRate.push(series.values.ejectionRate[i]);
    sides.forEach((side, v) => {
      side.requests.push(n[v]);
      side.values.requestRate.push(rate === null ? null : n[v] / stepSeconds);
      side.values.ejectionRate.push(series.values.ejectionRate[i]);
    });
    for (const metric of COUNTED) {
      const ratio = series.values[metric][i];
      if (ratio === null || total === 0) {
        service.values[metric].push(null);
        sides.forEach((side, v) => side.values[metric].push(n[v] > 0 && ratio !== null ? ratio : null));
        continue;
      }
      const events = Math.round(ratio * total);
      const oldEvents = binomialDraw(noise, events, (total - drawnNew) / total);
      const redraw = REDRAWN_BY[metric].some((type) => r.newFaults.has(type));
      const newEvents = redraw ? Math.min(n[1], noise.poisson(n[1] * newP[metric])) : events - oldEvents;
      const counted = [oldEvents, Math.min(n[1], newEvents)];
      service.values[metric].push(all > 0 ? (counted[0] + counted[1]) / all : null);
      sides.forEach((side, v) => side.values[metric].push(n[v] > 0 ? counted[v] / n[v] : null));
    }
    // Latency: the old version keeps the step's quantiles, the new one is `slow` times it; the service is their mix.
    const p50 = series.values.latencyP50[i];
    const p99 = series.values.latencyP99[i];
    const shapes =
      p50 !== null && p99 !== null
        ? [shapeOf(p50, p99), { ...shapeOf(p50, p99), median: Math.max(1e-6, p50) * slow }]
        : null;
    for (const metric of LATENCIES) {
      const value = series.values[metric][i];
      sides[0].values[metric].push(value !== null && n[0] > 0 ? value : null);
      sides[1].values[metric].push(value !== null && n[1] > 0 ? value * slow : null);
      if (value === null || !shapes || slow === 1 || all === 0) {
        service.values[metric].push(value);
        continue;
      }
      const q = QUANTILE[metric];
      const mixed = mixtureQuantile(q, [
        { weight: n[0] / all, shape: shapes[0] },
        { weight: n[1] / all, shape: shapes[1] },
      ]);
      // The step's own noise kept: the mix moves the step's quantile by the ratio it moves the old version's.
      service.values[metric].push(value * (mixed / quantileOf(q, shapes[0])));
    }
    sides.forEach((side, v) =>
      side.counts.push(shapes && n[v] > 0 ? drawBuckets(noise, n[v], shapes[v]) : null),
    );
  }
  const versions: VersionSeries[] = sides.map((side) => ({
    service: series.service,
    version: side.version,
    requests: side.requests,
    values: side.values,
    unavailable: [...series.unavailable],
    latencyBuckets: { bounds: ENVOY_BUCKETS_WITH_INF, counts: side.counts },
  }));
  return { service, versions };
}

/**
 * What a version's faults do to the whole service, for propagation to its callers: the fault diluted by the
 * version's share (a 20% canary 3x slower makes the service's callers wait as on a 1.4x slower service).
 */
export function blendedFaults(spec: SimulatedService, newFaults: FaultSizes, share: number): FaultSizes {
  const out: FaultSizes = new Map();
  for (const [type, magnitude] of newFaults) {
    if (type === 'latency' || type === 'traffic_spike' || type === 'traffic_drop')
      out.set(type, 1 + share * (magnitude - 1));
    else if (type === 'error_rate') out.set(type, share * magnitude + (1 - share) * spec.errorRatio);
    else out.set(type, share * magnitude);
  }
  return out;
}

/**
 * A realistic mesh's service in a rollout: each version's pods scraped as a service of their own share (the old
 * version with the service's own noise, so before the deploy nothing changes; the new one with another stream and
 * its faults), the service the sum of both, every series built as a Prometheus query would return it.
 */
export function simulateRealisticRollout(
  r: RealisticRequest,
  rollout: SimulatedRollout,
  newFaults: FaultSizes,
  deployAt: number,
): { service: ServiceSeries; callers: ServiceSeries; versions: VersionSeries[] } {
  const share = rollout.share;
  const old = scrapes({ ...r, part: { share: (t) => (t >= deployAt ? 1 - share : 1), noiseStream: 0 } });
  const fresh = scrapes({
    ...r,
    faults: new Map([...r.faults, ...newFaults]),
    part: { share: (t) => (t >= deployAt ? share : 0), noiseStream: SPLIT_STREAM },
  });
  const both = { firstScrape: old.firstScrape, raw: addScrapes(old.raw, fresh.raw) };
  const service = seriesFromScrapes(r, both);
  const callers = seriesFromScrapes(r, both, 'client');
  // Each version as its own proxies saw it, with what only its callers' proxies set, and as they saw it.
  const asVersion = (version: string, scraped: typeof old) => {
    const callers = seriesFromScrapes(r, scraped, 'client');
    return { version, ...withCallerSignals(seriesFromScrapes(r, scraped), [callers]), callers };
  };
  const versions = [asVersion(OLD_VERSION, old), asVersion(rollout.version, fresh)];
  return { service, callers, versions };
}

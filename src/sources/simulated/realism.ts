/**
 * The simulated mesh's realism mode (topology `realistic:<name>`): a mesh as a real Prometheus shows it, for the
 * benchmark. What differs from the plain simulator, each on purpose:
 * - latency is observable only through Istio's default histogram buckets: requests are drawn into the buckets
 *   and the quantiles come out of histogram_quantile over the window's bucket increments, with its
 *   interpolation error;
 * - rates and ratios are `rate()` over 2 minutes of 15-second scrapes, as a Prometheus query would give them;
 * - heavy-tailed p99: some services have GC-like pauses that slow a share of one scrape's requests by hundreds
 *   of milliseconds, so their p99 jumps between tens of ms and a second by nature;
 * - day-to-day level drift: every service's latency and traffic level move from one day to the next
 *   (another node, another load), by up to about 2x for the most volatile services;
 * - about a third of the services see under 0.5 requests per second;
 * - scrape gaps (15 s to 2.5 min) and pod restarts (a few 503s and a cold, slower minute or two);
 * - two views of every service, as Istio's two reporters give them: its own proxy's (what it served: no retry
 *   or overflow flag, which only a caller's proxy sets, so those are unavailable, never zero) and its callers'
 *   (every request sent: the proxy hop and the network's delay on top of the latency, lost packets retried and
 *   slowed, requests the callers' circuit breakers refused before they left).
 * Every sample is a pure function of (seed, service, absolute time). Pure.
 * This file draws the scrapes; how the queries read them (rate() windows, histogram_quantile) is in
 * realism-queries.ts.
 */
import type { AnomalyFault } from '../../core/settings.js';
import { BURST_BLOCK_MS, BURST_TRAFFIC, DAY_MS, hashUnit, type SimulatedService } from './topologies.js';
import { Noise, unit } from './noise.js';
import { PROXY_HOP_MS, RETRANSMIT_MS, type PropagatedEffect } from './propagation.js';
import { ENVOY_BUCKETS_WITH_INF } from './buckets.js';

export const REALISTIC_PREFIX = 'realistic:';
/** Prometheus scrapes the sidecars this often. */
export const SCRAPE_MS = 15_000;
/** The rate() window of the queries, as the Prometheus source asks at a 15 s step. */
export const RATE_WINDOW_MS = 120_000;

const GAP_BLOCK_SCRAPES = 40;
const RESTART_DOWN_MS = 30_000;
const RESTART_COLD_MS = 120_000;

/** What realism adds to a service's operating point, drawn once from its name. */
export interface Realism {
  /** Standard deviation of the log latency level from day to day (0.3 ≈ a 1.35x typical move). */
  latencyDrift: number;
  trafficDrift: number;
  /** Share of scrapes with a GC-like pause (0: a stable tail). */
  pauseShare: number;
  pauseMs: number;
  /** Share of a paused scrape's requests that wait for the pause. */
  pausedRequests: number;
  restartsPerDay: number;
  /** Share of 40-scrape blocks with a scrape gap. */
  gapShare: number;
}

export function realismOf(spec: SimulatedService, seed: number): Realism {
  const u = (k: string) => hashUnit(`${seed}:${spec.namespace}/${spec.name}:${k}`);
  const heavy = u('heavy') < 0.5;
  return {
    latencyDrift: 0.05 + 0.3 * u('ldrift') ** 2,
    trafficDrift: 0.05 + 0.15 * u('tdrift'),
    pauseShare: heavy ? 0.02 + 0.06 * u('pause') : 0,
    pauseMs: (80 + 500 * u('pauseMs')) * (1 + spec.p50 / 100),
    pausedRequests: 0.03 + 0.2 * u('paused'),
    restartsPerDay: 3 * u('restarts'),
    gapShare: 0.03 + 0.05 * u('gaps'),
  };
}

/**
 * A realistic mesh's services: the topology's, with about a third (never the first, the entry) made quiet,
 * between 0.05 and 0.5 requests per second, as most services of a real mesh are.
 */
export function realisticServices(services: SimulatedService[], seed: number): SimulatedService[] {
  return services.map((s, i) => {
    const u = (k: string) => hashUnit(`${seed}:${s.namespace}/${s.name}:${k}`);
    if (i === 0 || s.rate < 0.5 || u('quiet') >= 0.33) return s;
    return { ...s, rate: 0.05 + 0.45 * u('quietRate') };
  });
}

/** Standard normal CDF (Abramowitz-Stegun 7.1.26 through erf; error < 1.5e-7). */
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
function binomial(noise: Noise, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (n <= 40) {
    let k = 0;
    for (let i = 0; i < n; i++) if (noise.uniform() < p) k++;
    return k;
  }
  const mean = n * p;
  const draw = Math.round(mean + Math.sqrt(mean * (1 - p)) * noise.normal());
  return Math.min(n, Math.max(0, draw));
}

/** One proxy's counters' increments over one scrape interval. */
export interface Counts {
  requests: number;
  errors: number;
  retries: number;
  timeouts: number;
  overflows: number;
  /** Non-cumulative: requests in (bounds[b-1], bounds[b]]. */
  buckets: number[];
}

/** One scrape interval of one service: what its own proxy counted, and what its callers' proxies counted. */
export interface Increment {
  scraped: boolean;
  server: Counts;
  client: Counts;
}

export interface RealisticRequest {
  spec: SimulatedService;
  index: number;
  seed: number;
  faults: Map<AnomalyFault['type'], number>;
  /** What faults elsewhere do to this service through the call graph (propagation.ts), or null. */
  effect: PropagatedEffect | null;
  faultFrom: number;
  from: number;
  stepMs: number;
  steps: number;
  /**
   * A part of the service (one version's pods in a rollout): its share of the traffic at each time, and its own
   * noise stream (0: the service's own, so the old version before a deploy is the service itself).
   */
  part?: { share: (t: number) => number; noiseStream: number };
}

function dayLevel(seed: number, index: number, day: number, channel: number, sd: number): number {
  // Two uniforms → one normal, fixed per (service, day).
  const u1 = unit(seed, index, day, channel);
  const u2 = unit(seed, index, day, channel + 1);
  const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  return Math.exp(sd * Math.max(-2.5, Math.min(2.5, z)));
}

/** Restart times (ms) of a service on one day. */
function restartsOn(seed: number, index: number, day: number, perDay: number): number[] {
  const count = Math.floor(perDay + unit(seed, index, day, 31));
  return Array.from({ length: count }, (_, k) => day * DAY_MS + unit(seed, index, day, 40 + k) * DAY_MS);
}

class ScrapeModel {
  private readonly realism: Realism;
  private readonly sigma: number;
  private readonly phase: number;
  private readonly restartCache = new Map<number, number[]>();

  constructor(private readonly r: RealisticRequest) {
    this.realism = realismOf(r.spec, r.seed);
    // Log-normal spread so that p90 / p50 is the service's p90 factor.
    this.sigma = Math.log(Math.max(1.2, r.spec.p90Factor)) / 1.2816;
    this.phase = 2 * Math.PI * unit(r.seed, r.index, -1, 0);
  }

  private sinceRestart(t: number): number | null {
    const day = Math.floor(t / DAY_MS);
    let best: number | null = null;
    for (const d of [day - 1, day]) {
      let times = this.restartCache.get(d);
      if (!times) {
        times = restartsOn(this.r.seed, this.r.index, d, this.realism.restartsPerDay);
        this.restartCache.set(d, times);
      }
      for (const at of times) if (at <= t && (best === null || t - at < best)) best = t - at;
    }
    return best;
  }

  private missed(k: number, since: number | null): boolean {
    if (since !== null && since < RESTART_DOWN_MS) return true; // the pod is gone: nothing to scrape
    const block = Math.floor(k / GAP_BLOCK_SCRAPES);
    if (unit(this.r.seed, this.r.index, block, 23) >= this.realism.gapShare) return false;
    const start = Math.floor(unit(this.r.seed, this.r.index, block, 24) * GAP_BLOCK_SCRAPES);
    const length = 1 + Math.floor(unit(this.r.seed, this.r.index, block, 25) * 10);
    const offset = k - block * GAP_BLOCK_SCRAPES;
    return offset >= start && offset < start + length;
  }

  /** The increments of scrape k (absolute index: it ends at k × SCRAPE_MS). */
  // eslint-disable-next-line max-lines-per-function -- one scrape's random draws in a fixed order: the seeded stream, and every benchmark figure, depend on it
  scrape(k: number): Increment {
    const { spec, seed, index } = this.r;
    const t = k * SCRAPE_MS;
    const noise = new Noise(seed, index + 7919 + (this.r.part?.noiseStream ?? 0), k);
    const active = t >= this.r.faultFrom ? this.r.faults : undefined;
    const day = Math.floor(t / DAY_MS);
    const since = this.sinceRestart(t);
    const cold = since !== null && since < RESTART_COLD_MS;

    const daily = 1 + spec.dailySwing * Math.sin((2 * Math.PI * t) / DAY_MS + this.phase);
    const inBurst = unit(seed, index, Math.floor(t / BURST_BLOCK_MS), 7) < spec.burstShare;
    let rate =
      spec.rate *
      dayLevel(seed, index, day, 51, this.realism.trafficDrift) *
      daily *
      (inBurst ? BURST_TRAFFIC : 1) *
      (1 + 0.03 * noise.normal());
    if (active?.has('traffic_spike')) rate *= active.get('traffic_spike')!;
    if (active?.has('traffic_drop')) rate *= active.get('traffic_drop')!;
    const effect = active ? this.r.effect : null;
    if (effect) rate *= effect.rateFactor;
    if (this.r.part) rate *= this.r.part.share(t);
    const requests = noise.poisson(Math.max(0, rate) * (SCRAPE_MS / 1000));

    let errorP = spec.errorRatio + (cold ? 0.02 : 0);
    let retryP = spec.retryRatio;
    let timeoutP = spec.timeoutRatio;
    let overflowP = spec.overflowRatio;
    if (active?.has('error_rate')) errorP = active.get('error_rate')!;
    if (active?.has('retry_storm')) retryP = active.get('retry_storm')!;
    if (active?.has('timeout')) {
      timeoutP = active.get('timeout')!;
      errorP += timeoutP;
    }
    if (active?.has('circuit_breaker')) overflowP = active.get('circuit_breaker')!;
    if (effect) {
      errorP += effect.errorAdd;
      retryP += effect.retryAdd;
    }
    const delayMs = active?.get('network_delay') ?? 0;
    const loss = active?.get('packet_loss') ?? 0;

    const load = 1 + 0.15 * (daily * (inBurst ? BURST_TRAFFIC : 1) - 1);
    const median =
      spec.p50 *
      dayLevel(seed, index, day, 61, this.realism.latencyDrift) *
      load *
      (active?.get('latency') ?? 1) *
      (cold ? 2.5 : 1) *
      Math.max(0.5, 1 + 0.04 * noise.normal());
    // Time waiting on slow callees is added to every request, as a network delay is to its callers' view: a wait
    // of 50 ms makes the p99 50 ms longer, not as much longer as the service's own spread would stretch it.
    const waitMs = (effect?.p50AddMs ?? 0) * load;
    const paused = this.realism.pauseShare > 0 && noise.uniform() < this.realism.pauseShare;
    const pauseMs = paused ? this.realism.pauseMs * (0.5 + noise.uniform()) : 0;
    const pausedShare = paused ? this.realism.pausedRequests : 0;
    const own = (x: number) => (x > 0 ? phi((Math.log(x) - Math.log(median)) / this.sigma) : 0);
    const cdf = (x: number) => {
      if (x === Infinity) return 1;
      const base = own(x - waitMs);
      const late = own(x - waitMs - pauseMs);
      return (1 - pausedShare) * base + pausedShare * late;
    };
    // The callers wait for the hop and the network too, and a lost packet's requests for its retransmission.
    const shift = PROXY_HOP_MS + delayMs;
    const clientCdf = (x: number) =>
      x === Infinity ? 1 : (1 - loss) * cdf(x - shift) + loss * cdf(x - shift - RETRANSMIT_MS);

    // Requests the callers' circuit breakers refused never reach the service; lost packets are retried to it.
    const refused = binomial(noise, requests, Math.min(1, overflowP));
    const lostRetried = binomial(noise, requests - refused, Math.min(1, loss));
    const served = requests - refused + lostRetried;
    const serverErrors = Math.min(served, binomial(noise, served, Math.min(1, errorP)));
    const timeouts = Math.min(served, binomial(noise, served, Math.min(1, timeoutP)));
    const callerErrors = Math.min(
      requests,
      Math.round((serverErrors * (requests - refused)) / Math.max(1, served)) + refused,
    );
    return {
      scraped: !this.missed(k, since),
      server: {
        requests: served,
        errors: serverErrors,
        retries: 0,
        timeouts,
        overflows: 0,
        buckets: drawBuckets(noise, served, cdf),
      },
      client: {
        requests,
        errors: callerErrors,
        retries: Math.min(requests, binomial(noise, requests, Math.min(1, retryP + loss))),
        timeouts: Math.min(requests, Math.round((timeouts * (requests - refused)) / Math.max(1, served))),
        overflows: refused,
        // Refused requests are answered at once by the caller's own proxy.
        buckets: drawBuckets(noise, requests - refused, clientCdf).map((n, b) => (b === 0 ? n + refused : n)),
      },
    };
  }
}

/** Requests drawn into Istio's default buckets by a latency distribution (non-cumulative counts). */
function drawBuckets(noise: Noise, requests: number, cdf: (x: number) => number): number[] {
  const buckets: number[] = [];
  let left = requests;
  let leftP = 1;
  let previous = 0;
  for (const bound of ENVOY_BUCKETS_WITH_INF) {
    const F = cdf(bound);
    const p = Math.max(0, F - previous);
    previous = F;
    const n = bound === Infinity ? left : binomial(noise, left, leftP > 0 ? Math.min(1, p / leftP) : 0);
    buckets.push(n);
    left -= n;
    leftP -= p;
  }
  return buckets;
}

/** Every scrape the window's steps and rate windows need: the first one's index and the increments. */
export function scrapes(r: RealisticRequest): { firstScrape: number; raw: Increment[] } {
  const model = new ScrapeModel(r);
  const firstScrape = Math.floor((r.from - RATE_WINDOW_MS) / SCRAPE_MS) + 1;
  const lastScrape = Math.floor((r.from + r.steps * r.stepMs) / SCRAPE_MS);
  const raw: Increment[] = [];
  for (let k = firstScrape; k <= lastScrape; k++) raw.push(model.scrape(k));
  return { firstScrape, raw };
}

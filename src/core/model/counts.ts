/**
 * Events counted per request (errors, timeouts) as counts, for services too quiet for ratios: a quiet
 * service's per-window ratio is mostly noise (one error in ten requests is 10%), but its counts follow a
 * binomial law whose over-dispersion (windows vary more than a binomial would: retries, bursts of one bad
 * client) is learned per window. Pure.
 */
import { windowStarts } from '../series.js';
import type { MetricName, ServiceSeries } from '../types.js';

/** What a service's windows taught about one kind of event. */
export interface EventRate {
  /** Events per request over the learning window. */
  ratio: number;
  /** Variance over the binomial's (Pearson χ² per degree of freedom), at least 1. */
  dispersion: number;
  /** Requests the ratio was learned from. */
  requests: number;
}

/** Events in [start, end): requests × ratio per step (the ratio is per request, so this is a count). */
export function eventCount(
  series: ServiceSeries,
  metric: MetricName,
  start = 0,
  end = series.requests.length,
) {
  let events = 0;
  let requests = 0;
  for (let i = start; i < end; i++) {
    const n = series.requests[i] ?? 0;
    const ratio = series.values[metric][i];
    if (n <= 0 || ratio === null || ratio === undefined || !Number.isFinite(ratio)) continue;
    events += n * ratio;
    requests += n;
  }
  return { events, requests };
}

/**
 * eventCount as whole counts of the same steps, at least one request: 6.9 requests that all failed are 7 in 7,
 * never 7 events in 6.9 requests (an error ratio of 101.45%).
 */
export function wholeEventCount(
  series: ServiceSeries,
  metric: MetricName,
): { events: number; requests: number } {
  const counted = eventCount(series, metric);
  const requests = Math.max(1, Math.round(counted.requests));
  return { events: Math.min(Math.round(counted.events), requests), requests };
}

/** The ratio and over-dispersion of an event over windows of `size` steps. Null without requests. */
export function learnEventRate(
  series: ServiceSeries,
  metric: MetricName,
  size: number,
  stride: number,
): EventRate | null {
  const total = eventCount(series, metric);
  if (total.requests <= 0) return null;
  const ratio = total.events / total.requests;
  const windows = windowStarts(series.requests.length, size, stride).map((start) => {
    const w = eventCount(series, metric, start, start + size);
    return { events: w.events, trials: w.requests };
  });
  const dispersion = overDispersion(windows, Math.max(ratio, 1e-9), 1 - Math.min(ratio, 0.999));
  return { ratio, dispersion: Number(dispersion.toPrecision(6)), requests: Math.round(total.requests) };
}

/**
 * How much more per-window event counts varied than a binomial at `share` allows: Pearson χ² per degree of
 * freedom, at least 1 (1 with fewer than two windows that had trials). `complement` is the binomial's 1 − share.
 * Overlapping windows (stride < size) count each event about size/stride times: the estimate stays a mean.
 */
export function overDispersion(
  windows: ReadonlyArray<{ events: number; trials: number }>,
  share: number,
  complement = 1 - share,
): number {
  let chi2 = 0;
  let counted = 0;
  for (const { events, trials } of windows) {
    if (trials <= 0) continue;
    const expected = trials * share;
    chi2 += (events - expected) ** 2 / (expected * complement);
    counted++;
  }
  return counted > 1 ? Math.max(1, chi2 / (counted - 1)) : 1;
}

/** ln Γ(x) (Lanczos, g = 7): enough digits for tail probabilities. */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  x -= 1;
  let a = c[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** P(X ≥ k) for X ~ Poisson(mean): the chance of this many events or more by luck alone. */
export function poissonUpperTail(k: number, mean: number): number {
  if (k <= 0) return 1;
  if (mean <= 0) return 0;
  // Sum the upper tail directly from k upwards (the terms fall fast once past the mean).
  let term = Math.exp(k * Math.log(mean) - mean - logGamma(k + 1));
  let sum = term;
  for (let i = k + 1; i < k + 1000 && term > sum * 1e-12; i++) {
    term *= mean / i;
    sum += term;
  }
  return Math.min(1, sum);
}

/** P(X ≤ k) for X ~ Poisson(mean): the chance of this few events or fewer by luck alone. */
export function poissonLowerTail(k: number, mean: number): number {
  if (k < 0) return 0;
  if (mean <= 0) return 1;
  // Sum the lower tail downwards from k (the terms fall fast once below the mean).
  let term = Math.exp(k * Math.log(mean) - mean - logGamma(k + 1));
  let sum = term;
  for (let i = k; i > 0 && term > sum * 1e-12; i--) {
    term *= i / mean;
    sum += term;
  }
  return Math.min(1, sum);
}

/**
 * P(X ≥ k) for a Poisson count over `exposure` whose rate is Gamma(shape, rate) — a rate learned as `shape − 1`
 * events in `rate` of exposure, under a flat prior: X is negative binomial with r = shape, p = rate/(rate+exposure).
 */
export function negativeBinomialUpperTail(k: number, shape: number, rate: number, exposure: number): number {
  if (k <= 0) return 1;
  if (exposure <= 0) return 0;
  const p = rate / (rate + exposure);
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  const logPmf = (x: number) =>
    logGamma(x + shape) - logGamma(shape) - logGamma(x + 1) + shape * logP + x * logQ;
  const mode = shape > 1 ? Math.floor(((shape - 1) * (1 - p)) / p) : 0;
  if (k <= mode + 1) {
    // At or below the mode: one minus the lower sum, summed downwards from k − 1 (the terms fall away from the
    // mode), so a busy service's count of thousands costs a few standard deviations of terms, not thousands.
    let term = Math.exp(logPmf(k - 1));
    let lower = term;
    for (let x = k - 1; x > 0 && term > lower * 1e-12; x--) {
      term *= x / ((x - 1 + shape) * (1 - p));
      lower += term;
    }
    return Math.min(1, Math.max(0, 1 - lower));
  }
  // Past the mode the terms fall: sum upwards from k until they stop counting.
  let term = Math.exp(logPmf(k));
  let sum = term;
  for (let x = k + 1; x < k + 100_000 && term > sum * 1e-12; x++) {
    term *= ((x - 1 + shape) / x) * (1 - p);
    sum += term;
  }
  return Math.min(1, sum);
}

/**
 * How surprising `events` in `requests` are under a learned rate: the Poisson tail with the counts shrunk by
 * the over-dispersion (a quasi-Poisson test: variance = dispersion × mean).
 */
export function eventSurprise(events: number, requests: number, rate: EventRate, floor: number): number {
  const dispersion = Math.max(1, rate.dispersion);
  const mean = (requests * Math.max(rate.ratio, floor)) / dispersion;
  return poissonUpperTail(Math.floor(events / dispersion + 1e-9), mean);
}

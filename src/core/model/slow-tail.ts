/**
 * How much a service's slow requests bunch together. A p99 over the learned one is judged by how many requests were
 * slower than the learned p99, against the 1% a p99 allows (judge/rules.ts); on real meshes slow requests come a
 * minute at a time (a GC pause, a cold cache, one slow node, a batch of heavy calls), not one by one, so one slow
 * minute in a quiet window is far less surprising than a Poisson count of independent requests says. The learning
 * window tells how much more its slow counts varied than that (over-dispersion), as for errors (model/counts.ts).
 * And a p99 learned from a few dozen requests is barely a p80: how many requests it was learned from, and how many of
 * them were slower, set how sure the "1%" is (the chance of the next requests being slower is a posterior, not 1%).
 * The same counts at the learned p50 (half the requests slower by definition) judge a shift of the whole body: every
 * request slower (a delay on each call) moves a quiet service's median clearly where its p99 swings by nature.
 * Pure.
 */
import { requestsSlowerThan, windowStarts } from '../series.js';
import type { ServiceSeries } from '../types.js';
import { negativeBinomialUpperTail, overDispersion, poissonUpperTail } from './counts.js';

/** What a service's learning window taught about its requests slower than a learned quantile (p99, or p50). */
export interface SlowTail {
  /** The bound (ms): the learned quantile. */
  thresholdMs: number;
  /** Variance of the per-window slow counts over the binomial's (Pearson χ² per degree of freedom), at least 1. */
  dispersion: number;
  /** Requests learned from, and how many of them were slower than the bound (absent in older baselines). */
  requests?: number;
  slower?: number;
}

/** A p99's share of slower requests, a p90's, and a p50's. */
export const TAIL_SHARE = 0.01;
export const P90_SHARE = 0.1;
export const MEDIAN_SHARE = 0.5;

/** The slow tail over windows of `size` steps; null without buckets, requests or a positive bound. */
export function learnSlowTail(
  series: ServiceSeries,
  thresholdMs: number,
  size: number,
  stride: number,
): SlowTail | null {
  if (!(thresholdMs > 0) || !Number.isFinite(thresholdMs)) return null;
  const total = requestsSlowerThan(series, thresholdMs);
  if (!total || total.requests <= 0) return null;
  // The share measured on the same interpolated buckets as the bound (about 1% for a p99, by its definition).
  const share = Math.min(Math.max(total.slower / total.requests, 1e-6), 0.5);
  const windows = windowStarts(series.requests.length, size, stride).map((start) => {
    const w = requestsSlowerThan(series, thresholdMs, start, start + size);
    return { events: w?.slower ?? 0, trials: w?.requests ?? 0 };
  });
  const dispersion = Math.min(1e6, overDispersion(windows, share));
  return {
    thresholdMs,
    dispersion: Number(dispersion.toPrecision(6)),
    requests: Number(total.requests.toPrecision(6)),
    slower: Number(total.slower.toPrecision(6)),
  };
}

/**
 * The chance of `slower` of `requests` scanned requests (or more) being slower than the learned bound by luck, with
 * the counts shrunk by the learned over-dispersion (a quasi-Poisson test). The rate of slower requests is what
 * learning saw, at least the quantile's own `share` (1% for a p99), and as uncertain as its counts make it: with a
 * flat prior, a Gamma posterior over the rate, so the scanned count is negative binomial — Poisson at the share for
 * a well-learned service, far wider for a p99 learned from 4 requests. A baseline without the counts is judged at
 * the share, as it was learned.
 */
export function slowTailSurprise(
  slower: number,
  requests: number,
  learned: SlowTail | undefined,
  share = TAIL_SHARE,
): number {
  const dispersion = Math.max(1, learned?.dispersion ?? 1);
  const events = Math.floor(slower / dispersion + 1e-9);
  const exposure = requests / dispersion;
  const learnedRequests = learned?.requests ?? 0;
  if (!(learnedRequests > 0)) return poissonUpperTail(events, share * exposure);
  const learnedSlower = Math.max(learned?.slower ?? 0, share * learnedRequests);
  return negativeBinomialUpperTail(
    events,
    learnedSlower / dispersion + 1,
    learnedRequests / dispersion,
    exposure,
  );
}

/**
 * The learned slow tail with the requests of a recent window added (the reference window right before a deploy): a
 * p99 learned from a handful of requests says little, and the half hour before the deploy ran the same code on the
 * same day. Counted at the learned bound, over-dispersion kept. Unchanged without a learned count or recent requests.
 */
export function withRecentRequests(learned: SlowTail, recent: ServiceSeries): SlowTail {
  if (learned.requests === undefined) return learned;
  const counted = requestsSlowerThan(recent, learned.thresholdMs);
  if (!counted || counted.requests <= 0) return learned;
  return {
    ...learned,
    requests: learned.requests + counted.requests,
    slower: (learned.slower ?? 0) + counted.slower,
  };
}

/**
 * How much a service's slow requests bunch together. A p99 over the learned one is judged by how many requests were
 * slower than the learned p99, against the 1% a p99 allows (judge/rules.ts); on real meshes slow requests come a
 * minute at a time (a GC pause, a cold cache, one slow node, a batch of heavy calls), not one by one, so one slow
 * minute in a quiet window is far less surprising than a Poisson count of independent requests says. The learning
 * window tells how much more its slow counts varied than that (over-dispersion), as for errors (model/counts.ts). Pure.
 */
import { requestsSlowerThan, windowStarts } from '../series.js';
import type { ServiceSeries } from '../types.js';
import { overDispersion, poissonUpperTail } from './counts.js';

/** What a service's learning window taught about its requests slower than its learned p99. */
export interface SlowTail {
  /** The bound (ms): the learned p99. */
  thresholdMs: number;
  /** Variance of the per-window slow counts over the binomial's (Pearson χ² per degree of freedom), at least 1. */
  dispersion: number;
}

/** A p99's share of slower requests. */
const TAIL_SHARE = 0.01;

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
  // The share measured on the same interpolated buckets as the bound (about 1%, by the bound's definition).
  const share = Math.min(Math.max(total.slower / total.requests, 1e-6), 0.5);
  const windows = windowStarts(series.requests.length, size, stride).map((start) => {
    const w = requestsSlowerThan(series, thresholdMs, start, start + size);
    return { events: w?.slower ?? 0, trials: w?.requests ?? 0 };
  });
  const dispersion = Math.min(1e6, overDispersion(windows, share));
  return { thresholdMs, dispersion: Number(dispersion.toPrecision(6)) };
}

/**
 * The chance of `slower` of `requests` scanned requests (or more) being slower than the learned p99 by luck: the
 * Poisson tail at the p99's 1%, with the counts shrunk by the learned over-dispersion (a quasi-Poisson test).
 */
export function slowTailSurprise(slower: number, requests: number, learned: SlowTail | undefined): number {
  const dispersion = Math.max(1, learned?.dispersion ?? 1);
  return poissonUpperTail(Math.floor(slower / dispersion + 1e-9), (TAIL_SHARE * requests) / dispersion);
}

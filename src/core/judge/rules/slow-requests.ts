/**
 * Whether a latency quantile past its bound is real: enough requests slower than the learned quantile to be no
 * chance (the p99, p90 and p50 rules). Pure.
 */
import { MEDIAN_SHARE, P90_SHARE, slowTailSurprise, type SlowTail } from '../../model/slow-tail.js';
import { requestsSlowerThan } from '../../series.js';
import type { JudgeContext } from '../context.js';
import { lastingSpans } from '../sustained.js';

/** A slow tail counts when requests slower than the usual p99 are this unlikely at the 1% a p99 allows. */
export const SLOW_TAIL_CHANCE = 1e-3;

/**
 * A window's p99 over the learned one is a handful of requests when traffic is light (3 slow calls of 230 set it):
 * relative to the baseline it counts only when more requests than the usual 1% were slower than the usual p99,
 * beyond chance — Poisson, shrunk by how much the service's slow requests bunched together while learning (one slow
 * minute of a service that has such minutes is no regression). A real shift slows far more than 1%, and lasts.
 * Without buckets, the p99 stands as it is.
 */
export function slowTailIsReal(ctx: JudgeContext, usualP99: number | null): boolean {
  if (usualP99 === null || !(usualP99 > 0)) return true;
  const counted = requestsSlowerThan(ctx.series, usualP99);
  if (!counted || counted.requests <= 0) return true;
  // The learned bunching is about the same bound; a baseline from before it was learned counts requests one by one.
  const learned = ctx.baseline.slowTail?.thresholdMs === usualP99 ? ctx.baseline.slowTail : undefined;
  return slowTailSurprise(counted.slower, counted.requests, learned) < SLOW_TAIL_CHANCE;
}

/**
 * The same count at the learned p50, against the half of requests a median allows: over the whole window, or over
 * the part of it a lasting deviation fills (two of its three slices, sustained.ts). A median that doubled for three
 * minutes of five is diluted by the two after it; the slices alone decide whether it lasted.
 */
export function slowMedianIsReal(ctx: JudgeContext, usualP50: number): boolean {
  const learned = ctx.baseline.slowMedian?.thresholdMs === usualP50 ? ctx.baseline.slowMedian : undefined;
  return slowerBeyondChance(ctx, usualP50, MEDIAN_SHARE, learned);
}

/**
 * The same count at the usual p90, against the tenth of requests it allows, one by one: only a service judged
 * against the half hour before the deploy has its p90 judged by a rule, and that half hour teaches no bunching.
 */
export function slowP90IsReal(ctx: JudgeContext, usualP90: number): boolean {
  return slowerBeyondChance(ctx, usualP90, P90_SHARE, undefined);
}

function slowerBeyondChance(
  ctx: JudgeContext,
  thresholdMs: number,
  share: number,
  learned: SlowTail | undefined,
): boolean {
  const spans: Array<[number, number]> = [
    [0, ctx.series.requests.length],
    ...lastingSpans(ctx.series.requests.length),
  ];
  return spans.some(([start, end]) => {
    const counted = requestsSlowerThan(ctx.series, thresholdMs, start, end);
    if (!counted || counted.requests <= 0) return false;
    return slowTailSurprise(counted.slower, counted.requests, learned, share) < SLOW_TAIL_CHANCE;
  });
}

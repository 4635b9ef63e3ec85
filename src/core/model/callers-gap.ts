/**
 * The usual time lost between the two proxies of a call, learned per edge: the log of the ratio of the caller's
 * median to the callee's own over each learning window (judge/callers-gap.ts judges a window against it). Pure.
 */
import { median, significant } from '../numbers.js';
import { totalRequests, windowAggregates, windowStarts } from '../series.js';
import type { ServiceSeries } from '../types.js';

export interface CallersGap {
  /** Mean and spread of ln(caller's p50 / callee's own p50) over the learning windows. */
  logMean: number;
  logStd: number;
  windows: number;
}

/** Windows with fewer requests on the edge say little about its median. */
export const MIN_EDGE_REQUESTS = 20;
/** Learning windows needed before the usual gap is trusted. */
const MIN_WINDOWS = 6;

/**
 * The usual gap of one edge over windows of `size` steps, half a window apart; null with too few windows to trust.
 * The spread is the median absolute deviation (scaled to a standard deviation), so a fault in the learning hours
 * does not widen it.
 */
export function learnCallersGap(edge: ServiceSeries, own: ServiceSeries, size: number): CallersGap | null {
  const starts = windowStarts(edge.requests.length, size, Math.max(1, Math.floor(size / 2))).filter(
    (start) => totalRequests(edge, start, start + size) >= MIN_EDGE_REQUESTS,
  );
  const callers = windowAggregates(edge, 'latencyP50', starts, size);
  const callees = windowAggregates(own, 'latencyP50', starts, size);
  const logs: number[] = [];
  callers.forEach((caller, i) => {
    const callee = callees[i];
    if (caller != null && caller > 0 && callee != null && callee > 0) logs.push(Math.log(caller / callee));
  });
  if (logs.length < MIN_WINDOWS) return null;
  const logMean = median(logs);
  const logStd = 1.4826 * median(logs.map((l) => Math.abs(l - logMean)));
  return { logMean: significant(logMean), logStd: significant(logStd), windows: logs.length };
}

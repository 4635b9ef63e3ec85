/**
 * How far a service's windows reached in training: a bound that is past the highest normal window stays quiet
 * on a heavy tail or an hourly batch the service always had. Shared by the traffic and latency rules. Pure.
 */
import type { MetricStats } from '../../baseline.js';
import type { FindingReason, JudgedFinding } from '../../types.js';
import type { JudgeContext } from '../context.js';
import { broken, usualOf } from './rule.js';

export const REACH_MARGIN = 1.1;

/** Past the highest normal window, with a margin: the window max, capped by a robust spread over p95. */
export function normalReach(stats: MetricStats | undefined): number {
  if (!stats) return 0;
  return REACH_MARGIN * Math.min(stats.max, stats.p95 + 3 * (stats.p95 - stats.p5));
}

/**
 * A latency quantile's bound relative to the learned distribution of its window values: a heavy tail that reaches
 * 1 s in normal windows is not a regression at 330 ms, whatever twice its mean says; a stable quantile keeps the
 * factor.
 */
export function learnedLatencyBound(
  usual: number,
  stats: MetricStats | undefined,
  factor: number,
): { limit: number; reason: FindingReason } {
  const reach = normalReach(stats);
  return reach > usual * factor
    ? { limit: reach, reason: { kind: 'latency-range', high: reach } }
    : { limit: usual * factor, reason: { kind: 'latency-factor', factor, baseline: usual } };
}

/**
 * A latency quantile past its learned bound, when the requests slower than its usual level say it is real
 * (`isReal`, slow-requests.ts): the p50 and p90 rules.
 */
export function pastLearnedBound(
  ctx: JudgeContext,
  metric: 'latencyP50' | 'latencyP90',
  isReal: (ctx: JudgeContext, usual: number) => boolean,
): JudgedFinding[] {
  const observed = ctx.observed[metric];
  const usual = usualOf(ctx, metric);
  if (observed == null || usual == null || !(usual > 0)) return [];
  const bound = learnedLatencyBound(usual, ctx.baseline.metrics[metric], ctx.config.rules.latencyFactor);
  return observed > bound.limit && isReal(ctx, usual)
    ? [broken(ctx, 'latency', metric, observed, bound.limit, bound.reason)]
    : [];
}

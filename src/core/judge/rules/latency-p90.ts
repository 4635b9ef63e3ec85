/**
 * The p90 of a service whose latency the half hour before the deploy judges (not in the baseline, or the baseline
 * saw it without traffic: judge/recent.ts), where no model does: a tenth of its requests turning slow (an exception
 * path that waits on a timeout, a slow replica) moves neither its median nor, on a tail already heavy, its p99. Past
 * the same bounds as the other quantiles (the factor, the reach of its windows' p90), and backed by more requests
 * slower than the usual p90 than the tenth it allows, beyond chance. A learned service's p90 is its latency model's
 * to judge; a quiet one's swings by nature (its few slow requests bunch), and its counts judge it. Stands back when
 * a latency finding was already made.
 */
import type { JudgedFinding } from '../../types.js';
import type { JudgeContext } from '../context.js';
import { learnedLatencyBound } from './learned-reach.js';
import { broken, usualOf, type StaticRule } from './rule.js';
import { slowP90IsReal } from './slow-requests.js';

export const LATENCY_P90: StaticRule = {
  name: 'latency p90 against the half hour before',
  judge(ctx: JudgeContext, earlier: readonly JudgedFinding[]): JudgedFinding[] {
    if (!ctx.fromReference) return [];
    const p90 = ctx.observed.latencyP90;
    const baseP90 = usualOf(ctx, 'latencyP90');
    if (p90 == null || baseP90 == null || !(baseP90 > 0) || earlier.some((f) => f.type === 'latency'))
      return [];
    const bound = learnedLatencyBound(
      baseP90,
      ctx.baseline.metrics.latencyP90,
      ctx.config.rules.latencyFactor,
    );
    if (p90 > bound.limit && slowP90IsReal(ctx, baseP90))
      return [broken(ctx, 'latency', 'latencyP90', p90, bound.limit, bound.reason)];
    return [];
  },
};

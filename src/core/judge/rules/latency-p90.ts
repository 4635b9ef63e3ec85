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
import { pastLearnedBound } from './learned-reach.js';
import type { StaticRule } from './rule.js';
import { slowP90IsReal } from './slow-requests.js';

export const LATENCY_P90: StaticRule = {
  name: 'latency p90 against the half hour before',
  judge(ctx: JudgeContext, earlier: readonly JudgedFinding[]): JudgedFinding[] {
    if (!ctx.fromReference || earlier.some((f) => f.type === 'latency')) return [];
    return pastLearnedBound(ctx, 'latencyP90', slowP90IsReal);
  },
};

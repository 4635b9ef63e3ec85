/**
 * p99 latency past the worse of two bounds: the configured absolute one (rules.latencyP99Ms) and the learned one
 * (rules.latencyFactor times its baseline, or the reach of its training windows when that is higher). Past the
 * learned bound it counts only when the slow tail is real: more requests slower than the usual p99 than chance.
 */
import type { FindingReason, JudgedFinding } from '../../types.js';
import type { JudgeContext } from '../context.js';
import { learnedLatencyBound } from './learned-reach.js';
import { broken, usualOf, type StaticRule } from './rule.js';
import { slowTailIsReal } from './slow-requests.js';

export const LATENCY_P99: StaticRule = {
  name: 'latency p99 bounds',
  judge(ctx: JudgeContext): JudgedFinding[] {
    const { rules } = ctx.config;
    const p99 = ctx.observed.latencyP99;
    const baseP99 = usualOf(ctx, 'latencyP99');
    if (p99 == null) return [];
    const bounds: Array<{ limit: number; reason: FindingReason }> = [];
    if (rules.latencyP99Ms !== null)
      bounds.push({
        limit: rules.latencyP99Ms,
        reason: { kind: 'latency-bound', limitMs: rules.latencyP99Ms },
      });
    if (baseP99 != null && baseP99 > 0)
      bounds.push(learnedLatencyBound(baseP99, ctx.baseline.metrics.latencyP99, rules.latencyFactor));
    const worst = bounds.sort((a, b) => p99 / b.limit - p99 / a.limit)[0];
    const relativeBound = worst?.reason.kind !== 'latency-bound';
    if (worst && p99 > worst.limit && (!relativeBound || slowTailIsReal(ctx, baseP99)))
      return [broken(ctx, 'latency', 'latencyP99', p99, worst.limit, worst.reason)];
    return [];
  },
};

/**
 * Relative ratios: far above this service's own normal, and too many to be chance (binomial z over the window's
 * requests). Catches "10x the usual errors" long before an absolute limit would. One rule per ratio
 * (error-relative.ts, timeout-relative.ts), made here.
 */
import { totalRequests } from '../../series.js';
import type { AnomalyType, JudgedFinding, MetricName } from '../../types.js';
import type { JudgeContext } from '../context.js';
import { MIN_EVENTS, broken, usualOf, type StaticRule } from './rule.js';

/** This many times the service's own ratio, at least the rule's floor, and a z above MIN_Z. */
const RELATIVE_FACTOR = 5;
const MIN_Z = 5;

/** The rule for one ratio; it stands back when an earlier rule already found the same type. */
export function relativeRatioRule(
  name: string,
  metric: MetricName,
  type: AnomalyType,
  floor: number,
): StaticRule {
  return {
    name,
    judge(ctx: JudgeContext, earlier: readonly JudgedFinding[]): JudgedFinding[] {
      const requests = totalRequests(ctx.series);
      const value = ctx.observed[metric];
      const usualRatio = usualOf(ctx, metric);
      if (value == null || usualRatio == null || earlier.some((f) => f.type === type)) return [];
      const threshold = Math.max(floor, RELATIVE_FACTOR * usualRatio);
      const p0 = Math.max(usualRatio, 1e-4);
      const z = (value - p0) / Math.sqrt((p0 * (1 - p0)) / Math.max(requests, 1));
      // A handful of events proves nothing whatever z says: the normal approximation fails for rare counts.
      if (!(value > threshold && z > MIN_Z && value * requests >= MIN_EVENTS)) return [];
      return [
        broken(ctx, type, metric, value, threshold, {
          kind: 'ratio-relative',
          factor: RELATIVE_FACTOR,
          usual: usualRatio,
          z,
          requests,
        }),
      ];
    },
  };
}

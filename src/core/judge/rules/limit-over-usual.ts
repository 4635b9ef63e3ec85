/**
 * Retries, timeouts and overflow: over the absolute limit AND well above this service's own normal (twice its
 * usual ratio), so a service that always retries a little is not flagged forever; with more events than its usual
 * ratio makes by chance (rule.ts). One rule per ratio (retry-limit.ts, timeout-limit.ts, overflow-limit.ts), made
 * here.
 */
import type { Config } from '../../settings.js';
import type { AnomalyType, JudgedFinding, MetricName } from '../../types.js';
import type { JudgeContext } from '../context.js';
import { beyondChance, broken, usualOf, type StaticRule } from './rule.js';

export function limitOverUsualRule(
  name: string,
  metric: MetricName,
  type: AnomalyType,
  limitOf: (rules: Config['rules']) => number,
): StaticRule {
  return {
    name,
    judge(ctx: JudgeContext): JudgedFinding[] {
      const value = ctx.observed[metric];
      if (value == null) return [];
      const threshold = Math.max(limitOf(ctx.config.rules), 2 * (usualOf(ctx, metric) ?? 0));
      if (!(value > threshold) || !beyondChance(ctx, metric, value)) return [];
      return [broken(ctx, type, metric, value, threshold, { kind: 'ratio-limit', limit: threshold })];
    },
  };
}

/**
 * What a static rule is: one check of one service's window against a bound nobody needs a model for, and the
 * finding it makes when the bound breaks. The judge walks them in the order rules/index.ts lists them. Pure.
 */
import { eventSurprise } from '../../model/counts.js';
import { totalRequests } from '../../series.js';
import type { AnomalyType, FindingReason, JudgedFinding, MetricName } from '../../types.js';
import { makeFinding, type JudgeContext } from '../context.js';
import { ruleSeverity } from '../severity.js';

export interface StaticRule {
  /** What it checks, in a few words (tests and docs name it). */
  readonly name: string;
  /**
   * The findings this rule makes of one service's window. `earlier`: what the rules before it in the list
   * found, for a rule that stands back when one of them already spoke for the same trouble.
   */
  judge(ctx: JudgeContext, earlier: readonly JudgedFinding[]): JudgedFinding[];
}

/** Ratios counted in events (errors, timeouts, retries, overflows): the relative rules and the model need this many. */
export const MIN_EVENTS = 10;

/** Events counted against a ratio are real when they are this unlikely by luck (quiet services' counts, the limits). */
export const SURPRISE = 1e-4;
/** The smallest event rate the test assumes (a service that never failed in training can still fail by luck). */
export const RATE_FLOOR = 1e-3;

/** The baseline's mean of a metric, null when it learned none. */
export const usualOf = (ctx: JudgeContext, metric: MetricName): number | null =>
  ctx.baseline.metrics[metric]?.mean ?? null;

/**
 * Whether a ratio's events in the window are more than its usual share of them makes by chance: Poisson at the
 * service's learned ratio (at least RATE_FLOOR), as unlikely as a quiet service's count finding must be. Two
 * overflows in 185 requests are 1.1%, over a 1% limit, and one window in 66 of a service that usually has
 * 0.07%; a limit judges a rate, not a pair of requests. One by one, not shrunk by how events bunched while
 * learning: the limit holds whatever the service's past.
 */
export function beyondChance(ctx: JudgeContext, metric: MetricName, ratio: number): boolean {
  const requests = totalRequests(ctx.series);
  if (!(requests > 0)) return true;
  const usual = { ratio: usualOf(ctx, metric) ?? 0, dispersion: 1, requests: 0 };
  return eventSurprise(ratio * requests, requests, usual, RATE_FLOOR) < SURPRISE;
}

/** A broken rule; its score is how far past the threshold (for a drop, how far below it). */
export function broken(
  ctx: JudgeContext,
  type: AnomalyType,
  metric: MetricName,
  observed: number,
  threshold: number,
  reason: FindingReason,
): JudgedFinding {
  const score =
    type === 'traffic_drop' ? Math.min(threshold / Math.max(observed, 1e-9), 1e6) : observed / threshold;
  return makeFinding(ctx, {
    type,
    severity: ruleSeverity(score)!,
    detector: 'rule',
    metric,
    observed,
    threshold,
    score,
    reason,
  });
}

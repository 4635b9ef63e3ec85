/**
 * Quiet services (fewer requests in the window than gate.minRequests): judged with statistics meant for
 * counts — errors and timeouts as events against the learned rate and its over-dispersion, latency from the
 * whole window's merged buckets — instead of ratios that one request swings by 10%. Pure.
 */
import { eventSurprise, wholeEventCount } from '../model/counts.js';
import type { AnomalyType, JudgedFinding, MetricName } from '../types.js';
import { makeFinding, type JudgeContext } from './context.js';
import { RATE_FLOOR, SURPRISE, ruleFindings } from './rules.js';
import { ruleSeverity } from './severity.js';

/** Below this many requests even counts cannot tell a fault from luck: insufficient-data. */
export const MIN_QUIET_REQUESTS = 3;
/** A count finding needs at least this many events, and as little chance of them by luck as SURPRISE. */
const MIN_QUIET_EVENTS = 3;
/** Latency from merged buckets needs this many requests for its p99 to be more than the window's maximum. */
const MIN_LATENCY_REQUESTS = 20;

const EVENTS: Array<[MetricName, AnomalyType]> = [
  ['errorRatio', 'error_rate'],
  ['timeoutRatio', 'timeout'],
];

export function quietFindings(ctx: JudgeContext, requests: number): JudgedFinding[] {
  const out: JudgedFinding[] = [];
  for (const [metric, type] of EVENTS) {
    const rate = ctx.baseline.events?.[metric as 'errorRatio' | 'timeoutRatio'];
    if (!rate || ctx.series.unavailable.includes(metric)) continue;
    const { events: count, requests: n } = wholeEventCount(ctx.series, metric);
    if (count < MIN_QUIET_EVENTS) continue;
    const surprise = eventSurprise(count, n, rate, RATE_FLOOR);
    if (surprise >= SURPRISE) continue;
    // The threshold: the fewest events that would have been this surprising, as a ratio.
    let fewest = MIN_QUIET_EVENTS;
    while (fewest < count && eventSurprise(fewest, n, rate, RATE_FLOOR) >= SURPRISE) fewest++;
    const observed = count / n;
    const threshold = fewest / n;
    out.push(
      makeFinding(ctx, {
        type,
        severity: ruleSeverity(Math.max(observed / threshold, 1.000001))!,
        detector: 'rule',
        metric,
        observed,
        threshold,
        score: observed / threshold,
        reason: {
          kind: 'event-count',
          events: count,
          requests: n,
          usual: rate.ratio,
          dispersion: rate.dispersion,
          chance: surprise,
        },
      }),
    );
  }
  if (requests >= MIN_LATENCY_REQUESTS) out.push(...ruleFindings(ctx).filter((f) => f.type === 'latency'));
  return out;
}

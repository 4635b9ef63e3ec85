/**
 * Traffic outside its band: a request rate above the spike factor or below the drop factor of the rate expected
 * now (the hour-of-day profile, else the baseline's mean), each widened to what the windows reached in training.
 */
import { poissonLowerTail } from '../../model/counts.js';
import { totalRequests } from '../../series.js';
import type { JudgedFinding } from '../../types.js';
import { hourEnvelope, judgedByHour, type JudgeContext } from '../context.js';
import { lastingSpans } from '../sustained.js';
import { REACH_MARGIN, normalReach } from './learned-reach.js';
import { broken, type StaticRule } from './rule.js';
import { SLOW_TAIL_CHANCE } from './slow-requests.js';

/** The highest traffic the windows kept in training, as a factor of the rate expected now. */
function trafficReach(ctx: JudgeContext, expected: number): number {
  const envelope = hourEnvelope(ctx);
  if (envelope) return REACH_MARGIN * envelope.high;
  return normalReach(ctx.baseline.metrics.requestRate) / expected;
}

/**
 * The lowest traffic the windows kept in training, as a factor of the rate expected now, when that rate is the
 * learning window's mean (no hour-of-day profile: a short learning window). A mean over bursty traffic says little
 * about one window: half of it is no drop where a twentieth of the learned windows were lower still.
 */
function trafficFloor(ctx: JudgeContext, expected: number): number {
  if (judgedByHour(ctx)) return Infinity;
  const stats = ctx.baseline.metrics.requestRate;
  return stats ? stats.p5 / REACH_MARGIN / expected : Infinity;
}

/**
 * How much more a service's request counts varied from window to window while learning than a Poisson count
 * would (variance over mean, at least 1): a quiet service's callers come in bursts, a busy one drifts with the day.
 */
function learnedDispersion(ctx: JudgeContext, expected: number): number | null {
  const stats = ctx.baseline.metrics.requestRate;
  if (!stats || !ctx.windowSteps || !(expected > 0)) return null;
  const windowSeconds = (ctx.windowSteps * ctx.stepMs) / 1000;
  return Math.max(1, (stats.std ** 2 * windowSeconds) / expected);
}

/**
 * A drop that filled most of the window but not all of it: callers that stopped calling for three minutes of five
 * leave the window's mean inside the band. The lowest rate over a span a lasting deviation fills (two of the
 * window's three slices, sustained.ts) below the same bound, when that few requests in the span are no chance at
 * the expected rate, the counts shrunk by how much the service's windows varied while learning: that rate and the
 * span's length. Null otherwise, and for a span with a silent step in it.
 */
function lastingDrop(
  ctx: JudgeContext,
  expected: number,
  drop: number,
): { rate: number; seconds: number } | null {
  const dispersion = learnedDispersion(ctx, expected);
  if (dispersion === null) return null;
  const stepSeconds = ctx.stepMs / 1000;
  let lowest: { rate: number; seconds: number } | null = null;
  for (const [start, end] of lastingSpans(ctx.series.requests.length)) {
    // A step without a request is a silence: the dark rule's to judge, against the silences the service had while
    // learning (judge/dark.ts).
    if (ctx.series.requests.slice(start, end).some((n) => !(n > 0))) continue;
    const requests = totalRequests(ctx.series, start, end);
    const seconds = (end - start) * stepSeconds;
    const rate = requests / seconds;
    if (!(rate < drop) || (lowest !== null && rate >= lowest.rate)) continue;
    const chance = poissonLowerTail(Math.floor(requests / dispersion), (expected * seconds) / dispersion);
    if (chance < SLOW_TAIL_CHANCE) lowest = { rate, seconds };
  }
  return lowest;
}

export const TRAFFIC_BAND: StaticRule = {
  name: 'traffic band',
  judge(ctx: JudgeContext): JudgedFinding[] {
    const { rules } = ctx.config;
    const rate = ctx.observed.requestRate;
    const baseRate = ctx.expectedRate;
    const basis = judgedByHour(ctx) ? 'hour-of-day' : 'baseline-mean';
    if (rate == null || baseRate == null || !(baseRate > 0)) return [];
    // A spike is judged against the traffic the service's windows reached in training too: an hourly batch
    // at 3x the hour's usual rate is one of its operating states, not an anomaly.
    const spikeFactor = Math.max(rules.trafficSpikeFactor, trafficReach(ctx, baseRate));
    const spike = baseRate * spikeFactor;
    const dropFactor = Math.min(rules.trafficDropFactor, trafficFloor(ctx, baseRate));
    const drop = baseRate * dropFactor;
    const band = { kind: 'traffic-band', expectedRate: baseRate, basis } as const;
    if (rate > spike)
      return [
        broken(ctx, 'traffic_spike', 'requestRate', rate, spike, {
          ...band,
          direction: 'above',
          factor: Number(spikeFactor.toPrecision(3)),
        }),
      ];
    const lasting = rate < drop ? null : lastingDrop(ctx, baseRate, drop);
    if (rate < drop || lasting)
      return [
        broken(ctx, 'traffic_drop', 'requestRate', lasting?.rate ?? rate, drop, {
          ...band,
          direction: 'below',
          factor: Number(dropFactor.toPrecision(3)),
          ...(lasting ? { overSeconds: lasting.seconds } : {}),
        }),
      ];
    return [];
  },
};

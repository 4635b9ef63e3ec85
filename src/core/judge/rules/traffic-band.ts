/**
 * Traffic outside its band: a request rate above the spike factor or below the drop factor of the rate expected
 * now (the hour-of-day profile, else the baseline's mean), each widened to what the windows reached in training.
 */
import type { JudgedFinding } from '../../types.js';
import type { JudgeContext } from '../context.js';
import { REACH_MARGIN, normalReach } from './learned-reach.js';
import { broken, type StaticRule } from './rule.js';

/** The highest traffic the windows kept in training, as a factor of the rate expected now. */
function trafficReach(ctx: JudgeContext, expected: number): number {
  const model = ctx.baseline.models.traffic;
  const envelope = model?.envelope?.[0];
  if (model?.relativeToProfile && envelope && ctx.baseline.hourlyRate && ctx.from !== undefined)
    return REACH_MARGIN * envelope.high;
  return normalReach(ctx.baseline.metrics.requestRate) / expected;
}

/**
 * The lowest traffic the windows kept in training, as a factor of the rate expected now, when that rate is the
 * learning window's mean (no hour-of-day profile: a short learning window). A mean over bursty traffic says little
 * about one window: half of it is no drop where a twentieth of the learned windows were lower still.
 */
function trafficFloor(ctx: JudgeContext, expected: number): number {
  if (ctx.baseline.hourlyRate && ctx.from !== undefined) return Infinity;
  const stats = ctx.baseline.metrics.requestRate;
  return stats ? stats.p5 / REACH_MARGIN / expected : Infinity;
}

export const TRAFFIC_BAND: StaticRule = {
  name: 'traffic band',
  judge(ctx: JudgeContext): JudgedFinding[] {
    const { rules } = ctx.config;
    const rate = ctx.observed.requestRate;
    const baseRate = ctx.expectedRate;
    const basis = ctx.baseline.hourlyRate && ctx.from !== undefined ? 'hour-of-day' : 'baseline-mean';
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
    if (rate < drop)
      return [
        broken(ctx, 'traffic_drop', 'requestRate', rate, drop, {
          ...band,
          direction: 'below',
          factor: Number(dropFactor.toPrecision(3)),
        }),
      ];
    return [];
  },
};

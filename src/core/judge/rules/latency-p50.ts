/**
 * The median: every request slower (a delay on each call, a slow dependency) moves a quiet service's p50 clearly
 * where its p99 of a few requests swings by nature (its normal reach is wide). Past the same two bounds as the p99
 * (the factor, the reach of its windows' p50), and backed by more requests slower than the learned p50 than the
 * half a median allows, beyond chance under the same counts as the slow tail. Stands back when a latency finding
 * was already made.
 */
import type { JudgedFinding } from '../../types.js';
import type { JudgeContext } from '../context.js';
import { pastLearnedBound } from './learned-reach.js';
import type { StaticRule } from './rule.js';
import { slowMedianIsReal } from './slow-requests.js';

export const LATENCY_P50: StaticRule = {
  name: 'latency p50 body',
  judge(ctx: JudgeContext, earlier: readonly JudgedFinding[]): JudgedFinding[] {
    if (earlier.some((f) => f.type === 'latency')) return [];
    return pastLearnedBound(ctx, 'latencyP50', slowMedianIsReal);
  },
};

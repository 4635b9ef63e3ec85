/**
 * A scan's rollouts, wired: the pure judgement (core/judge/rollouts-in-scan.ts) with the settings it needs, and
 * each rollout's sentence (render/rollout.ts), for analyseScan and the baseline-less comparison alike.
 */
import type { Config } from '../core/settings.js';
import { applyRollouts, markFollowersOfShared } from '../core/judge/rollouts-in-scan.js';
import type { ServiceVerdict } from '../core/judge/service.js';
import {
  serviceId,
  type CollectedMetrics,
  type EdgeSeries,
  type ReportRollout,
  type ServiceKey,
} from '../core/types.js';
import type { ServiceBaseline } from '../core/baseline.js';
import { describeRollout } from '../render/rollout.js';

export interface RolloutsJudged {
  services: Array<{ key: ServiceKey; verdict: ServiceVerdict }>;
  rollouts: ReportRollout[];
  /** Rollouts too young to judge (a version with fewer requests than the gate's minimum). */
  young: number;
}

export function withRollouts(
  collected: CollectedMetrics,
  reference: CollectedMetrics | null,
  services: Array<{ key: ServiceKey; verdict: ServiceVerdict }>,
  config: Pick<Config, 'rollout' | 'gate'>,
  /** The call graph (callers named through discovery): callers following a deviation both versions share. */
  edges?: EdgeSeries[],
  /** Each service's baseline (how much its events bunch together); none without a baseline. */
  baselines?: ReadonlyMap<string, ServiceBaseline>,
): RolloutsJudged {
  const outcome = applyRollouts(collected, reference, services, {
    choice: { newVersion: config.rollout.newVersion, oldVersion: config.rollout.oldVersion },
    // A gate that judges every service with any request still needs a few on each version.
    minRequests: Math.max(1, config.gate.minRequests),
    baselineOf: (key) => baselines?.get(serviceId(key)),
  });
  const rollouts = outcome.rollouts.map(({ chart, ...entry }) => ({
    ...entry,
    reason: describeRollout(entry),
    ...(chart ? { chart } : {}),
  }));
  return {
    services: markFollowersOfShared(outcome.services, edges),
    rollouts,
    young: rollouts.filter((r) => r.verdict === 'insufficient').length,
  };
}

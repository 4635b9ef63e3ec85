/**
 * The reference window right before the deploy (issue 12.1): where it lies, and reading it from a source
 * with history. The comparison itself is pure (core/judge/onset.ts).
 */
import { parseTime, resolveWindow } from '../config/load.js';
import type { CollectedMetrics, MetricsSource, ServiceKey } from '../core/types.js';
import type { Config } from '../core/settings.js';

/**
 * When the deploy happened: --deployed-at, else the start of the scan window as collectWindow will place
 * it (a live scan on the simulated mesh replays the last `duration`). Null when the comparison is off.
 */
export function plannedDeployTime(
  config: Config,
  window: { from?: string | null; to?: string | null } | undefined,
  deployedAt: string | null | undefined,
  durationMs: number,
  stepMs: number,
  now: number,
): number | null {
  if (config.gate.before <= 0) return null;
  if (deployedAt) return parseTime(deployedAt, now);
  const planned = resolveWindow({ from: window?.from, to: window?.to, durationMs }, now);
  const from = planned.live && config.source === 'simulated' ? now - durationMs : planned.from;
  return Math.floor(from / stepMs) * stepMs;
}

export type ReferenceRead =
  { collected: CollectedMetrics; window: { from: number; to: number } } | { collected: null; note: string };

/** Read [deployedAt - before, deployedAt) on the scan's step grid; a note instead when it cannot be. */
export async function readReference(
  source: MetricsSource,
  deployedAt: number,
  config: Config,
  stepMs: number,
  services: ServiceKey[] | undefined,
  signal?: AbortSignal,
): Promise<ReferenceRead> {
  if (!source.hasHistory) {
    return {
      collected: null,
      note: `the ${source.name} source keeps no history, so the window before the deploy could not be read: findings are judged by the baseline alone`,
    };
  }
  const to = Math.floor(deployedAt / stepMs) * stepMs;
  const from = Math.floor((deployedAt - config.gate.before) / stepMs) * stepMs;
  if (to - from < 2 * stepMs) {
    return {
      collected: null,
      note: 'the window before the deploy is shorter than two steps: comparison skipped',
    };
  }
  const collected = await source.collect({
    from,
    to,
    stepMs,
    namespaces: config.namespaces,
    services,
    signal,
    // Which versions served before the deploy: a rollout's new version is the one that did not.
    withVersions: true,
  });
  if (!collected.services.some((s) => s.requests.some((r) => r > 0))) {
    return {
      collected: null,
      note: `no traffic in the ${Math.round(config.gate.before / 60_000)} minutes before the deploy (the cluster may have just started): findings are judged by the baseline alone`,
    };
  }
  return { collected, window: { from, to } };
}

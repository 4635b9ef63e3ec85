/**
 * The reference window right before the deploy: where it lies, and reading it from a source
 * with history. The comparison itself is pure (core/judge/onset.ts).
 */
import { parseTime, resolveWindow } from '../config/load.js';
import { ConfigError, type CollectedMetrics, type MetricsSource, type ServiceKey } from '../core/types.js';
import type { Config } from '../core/settings.js';
import { sourceEntry } from '../sources/registry.js';

export type WindowFlags = { from?: string | null; to?: string | null } | undefined;

/**
 * Where a window lies on the step grid, for a read and for the deploy time planned before it. A live window is
 * replayed (read at once as the last `duration`) when `replay` says so: learning on a source with history, or
 * the simulated mesh; otherwise it is waited out. Aligned to the grid so a learn and a scan share step boundaries.
 */
export function placeWindow(
  flags: WindowFlags,
  durationMs: number,
  stepMs: number,
  now: number,
  replay: boolean,
): { from: number; to: number; live: boolean } {
  let window = resolveWindow({ from: flags?.from, to: flags?.to, durationMs }, now);
  if (window.live && replay) window = { from: now - durationMs, to: now, live: false };
  const from = Math.floor(window.from / stepMs) * stepMs;
  const to = Math.max(from + stepMs, Math.floor(window.to / stepMs) * stepMs);
  return { from, to, live: window.live };
}

/**
 * When the deploy happened: --deployed-at, else the start of the scan window as the scan will place it. Null when the comparison is off. A deploy time after the window's start is refused: the window before
 * the deploy would then cover the scan itself, and the deploy's own fault would read as already there.
 */
export function plannedDeployTime(
  config: Config,
  window: WindowFlags,
  deployedAt: string | null | undefined,
  durationMs: number,
  stepMs: number,
  now: number,
): number | null {
  if (config.gate.before <= 0) return null;
  const scan = placeWindow(window, durationMs, stepMs, now, sourceEntry(config.source).replaysLive);
  if (!deployedAt) return scan.from;
  const at = parseTime(deployedAt, now);
  const iso = (ms: number) => new Date(ms).toISOString();
  if (at > now) {
    throw new ConfigError(
      `the deploy time (deployed-at) ${iso(at)} is in the future (now is ${iso(now)})`,
      'give the time the deploy happened (RFC3339, unix seconds or relative like -10m), or leave deployed-at empty for the scan window start',
    );
  }
  // The reference window ends on the step grid: a deploy inside the window's first step still ends it at the start.
  if (Math.floor(at / stepMs) * stepMs > scan.from) {
    throw new ConfigError(
      `the deploy time (deployed-at) ${iso(at)} is after the scan window's start: the window is ${iso(scan.from)} → ${iso(scan.to)}, so the ${Math.round(config.gate.before / 60_000)} minutes before the deploy would overlap the scan`,
      `give a deploy time at or before ${iso(scan.from)}, start the window at the deploy (--from / from), or leave deployed-at empty for the window's start`,
    );
  }
  return at;
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
    withEdges: true,
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

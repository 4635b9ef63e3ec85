/** Shared builders for engine tests: a simulated mesh learned once, scans with or without faults. */
import type { AnomalyFault } from '../../src/core/settings.js';
import { DEFAULT_CONFIG } from '../../src/config/load.js';
import { learnBaseline } from '../../src/core/learn.js';
import { SimulatedSource } from '../../src/sources/simulated/source.js';
import type { Baseline } from '../../src/baseline/store.js';
import type { CollectedMetrics } from '../../src/core/types.js';

export const NOW = Date.parse('2026-11-25T12:00:00Z');
export const STEP = 15_000;

export function learnSimulated(topology = 'bookinfo', seed = 1, hours = 24): Baseline {
  const source = new SimulatedSource({ topology, seed, faults: [] });
  const collected = source.collectNow({
    from: NOW - hours * 3_600_000,
    to: NOW,
    stepMs: STEP,
    namespaces: [],
  });
  return learnBaseline(collected, DEFAULT_CONFIG, {
    now: NOW,
    toolVersion: 'test',
    cluster: null,
    namespaces: [],
  });
}

export function scanSimulated(
  faults: AnomalyFault[],
  options: { topology?: string; seed?: number; from?: number; minutes?: number } = {},
): CollectedMetrics {
  const source = new SimulatedSource({
    topology: options.topology ?? 'bookinfo',
    seed: options.seed ?? 1,
    faults,
  });
  const from = options.from ?? NOW + 30 * 60_000;
  return source.collectNow({
    from,
    to: from + (options.minutes ?? 5) * 60_000,
    stepMs: STEP,
    namespaces: [],
  });
}

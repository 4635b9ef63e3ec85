/**
 * Every metrics source, in the order the CLI lists them. Adding a backend is a folder under sources/ with its
 * source, its entry (copy prometheus/entry.ts) and its tests, and a line here; SOURCE_NAMES in
 * core/metrics-source.ts, which the settings are checked against, lists the same names (a test keeps them equal).
 */
import { ConfigError, type SourceName } from '../core/types.js';
import type { SourceEntry } from './entry.js';
import { PROMETHEUS } from './prometheus/entry.js';
import { SIDECARS } from './sidecars/entry.js';
import { SIMULATED } from './simulated/entry.js';

export type { SourceEntry, SourceSetup } from './entry.js';

export const SOURCES: readonly SourceEntry[] = [SIMULATED, PROMETHEUS, SIDECARS];

export const SOURCE_ENTRY_NAMES: readonly SourceName[] = SOURCES.map((entry) => entry.name);

export function sourceEntry(name: SourceName): SourceEntry {
  const entry = SOURCES.find((candidate) => candidate.name === name);
  if (!entry)
    throw new ConfigError(`unknown metrics source "${name}"`, `use one of ${SOURCE_ENTRY_NAMES.join(', ')}`);
  return entry;
}

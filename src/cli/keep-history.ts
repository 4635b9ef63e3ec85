/**
 * The CLI's side of the scan history: the flags, one line appended per scan, and the recent
 * activity `status` shows. A history that cannot be written is a warning, not a failed gate: the verdict stands.
 */
import type { Command } from 'commander';
import { appendHistory, defaultHistoryPath, readHistory } from '../app/history-file.js';
import { DEFAULT_HISTORY_LIMIT, historyEntry, type ScanHistoryEntry } from '../core/scan-history.js';
import { UserFacingError, type Report } from '../core/types.js';

export interface HistoryFlags {
  history?: string;
  historyLimit?: string;
  /** Simulated faults: an experiment, kept out of the history unless --history names one. */
  inject?: string[];
}

export function historyOptions(command: Command): Command {
  return command
    .option('--history <path>', 'scan history, one JSON line per scan (default: <baseline>.history.jsonl)')
    .option('--history-limit <n>', `scans the history keeps (default ${DEFAULT_HISTORY_LIMIT})`);
}

export function historyPath(flags: HistoryFlags, baselinePath: string): string {
  return flags.history ?? defaultHistoryPath(baselinePath);
}

function historyLimit(flags: HistoryFlags): number {
  if (flags.historyLimit === undefined) return DEFAULT_HISTORY_LIMIT;
  const n = Number(flags.historyLimit);
  if (!Number.isInteger(n) || n < 1)
    throw new UserFacingError(
      'config',
      `--history-limit "${flags.historyLimit}" is not a whole number ≥ 1`,
      'write it like --history-limit 500',
    );
  return n;
}

/**
 * Append this scan; the whole history (oldest first) for the renderers. Problems are logged, never thrown. A scan
 * with injected faults is an experiment, not the mesh's record: twenty `--inject` tries must not make `status`
 * report twenty failed scans, so it is shown beside the history but written to it only where --history says so.
 */
export function recordScan(
  report: Report,
  flags: HistoryFlags,
  baselinePath: string,
  now: number,
  log: (line: string) => void,
): ScanHistoryEntry[] {
  const path = historyPath(flags, baselinePath);
  const limit = historyLimit(flags);
  const experiment = (flags.inject?.length ?? 0) > 0 && flags.history === undefined;
  if (experiment) {
    log(`Note: a scan with --inject is an experiment: not added to ${path} (give --history PATH to keep it)`);
    try {
      const read = readHistory(path);
      for (const note of read.notes) log(`Note: ${note}`);
      return [...read.entries, historyEntry(report, now)].slice(-limit);
    } catch {
      log(`Warning: ${path} could not be read: the report shows this scan without the history`);
      return [historyEntry(report, now)];
    }
  }
  try {
    const { entries, notes } = appendHistory(path, historyEntry(report, now), limit);
    for (const note of notes) log(`Note: ${note}`);
    return entries;
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    log(`Warning: ${error.message} (fix: ${error.fix})`);
    return [historyEntry(report, now)];
  }
}

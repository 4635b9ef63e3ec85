/**
 * The scan history file (JSON Lines) beside the baseline: read it (a corrupt line is skipped with a note), and
 * append one scan atomically (write a temp file, fsync, rename), keeping only the newest `limit` lines, under a
 * lock file so that scans running at once each add their whole line.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { writeFileAtomically } from '../files/atomic.js';
import { LockUnavailable, withFileLock } from '../files/lock.js';
import { parseHistory, recentActivity, type ScanHistoryEntry } from '../core/scan-history.js';
import type { ActivityStatus } from '../render/activity.js';
import { ConfigError } from '../core/types.js';

/** A history of the default 1000 lines is ~300 KB; only the newest bytes of anything far larger are read. */
export const MAX_HISTORY_BYTES = 8 * 1024 * 1024;

/** `<baseline>.history.jsonl`: smanalyzer-baseline.json → smanalyzer-baseline.history.jsonl. */
export function defaultHistoryPath(baselinePath: string): string {
  return `${baselinePath.replace(/\.json$/i, '')}.history.jsonl`;
}

export interface HistoryRead {
  entries: ScanHistoryEntry[];
  /** What was skipped and why (corrupt lines, an oversized file): for the log, never an error. */
  notes: string[];
}

/** The entries of a history file, oldest first; a missing file is an empty history. */
export function readHistory(path: string): HistoryRead {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { entries: [], notes: [`history ${path} is not a regular file: ignored`] };
    size = stat.size;
  } catch {
    return { entries: [], notes: [] };
  }
  const notes: string[] = [];
  const length = Math.min(size, MAX_HISTORY_BYTES);
  const buffer = Buffer.alloc(length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buffer, 0, length, size - length);
  } finally {
    closeSync(fd);
  }
  let text = buffer.toString('utf8');
  if (size > length) {
    // Started mid-line: drop the partial first line.
    text = text.slice(text.indexOf('\n') + 1);
    notes.push(`history ${path} is larger than ${MAX_HISTORY_BYTES / 1024 / 1024} MiB: read its newest part`);
  }
  const { entries, corruptLines } = parseHistory(text);
  if (corruptLines.length > 0) {
    const shown = corruptLines.slice(0, 5).join(', ');
    notes.push(
      `skipped ${corruptLines.length} corrupt line${corruptLines.length === 1 ? '' : 's'} in history ${path} (line ${shown}${corruptLines.length > 5 ? ', …' : ''})`,
    );
  }
  return { entries, notes };
}

/**
 * Append one scan and keep the newest `limit` entries. The new file replaces the old by rename, so a reader
 * (or a crash) sees the old history or the new one, never half a line. Corrupt lines do not survive a rewrite.
 * The read and the write happen under `<path>.lock`: a scan running at the same time waits its turn, so no
 * scan's line is lost to another's rename.
 */
export function appendHistory(path: string, entry: ScanHistoryEntry, limit: number): HistoryRead {
  try {
    return withFileLock(path, () => {
      const read = readHistory(path);
      const entries = [...read.entries, entry].slice(-Math.max(1, limit));
      const text = entries.map((e) => JSON.stringify(e)).join('\n') + '\n';
      writeFileAtomically(path, text);
      return { entries, notes: read.notes };
    });
  } catch (e) {
    const code =
      e instanceof LockUnavailable
        ? `its lock ${e.message}`
        : ((e as NodeJS.ErrnoException).code ?? (e as Error).message);
    throw new ConfigError(
      `cannot write the scan history to ${path}: ${code}`,
      'check that its directory exists and is writable, or pass --history PATH',
    );
  }
}

/** `status`'s Recent activity from a history file (an empty one when it does not exist yet). */
export function readActivity(path: string, now: number): ActivityStatus {
  const { entries, notes } = readHistory(path);
  return { path, recent: entries.length ? recentActivity(entries, now) : null, notes };
}

/**
 * Every file SMAnalyzer writes is complete or absent: written to a hidden temp file beside the target, every
 * byte (a short write on a full disk is retried until it fails outright), fsynced, then renamed over the
 * target and the directory fsynced. A reader, a crash or a full disk sees the old file or the new, never half.
 * The new file keeps the permissions of the one it replaces (a baseline made private with chmod 600 stays so).
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The write call, replaceable in tests to inject a short write where a small filesystem cannot be mounted. */
export type WriteSync = (fd: number, buffer: Uint8Array, offset: number, length: number) => number;

export interface AtomicWriteOptions {
  /** Permissions of the file; default: the replaced file's, else 0644 (less the umask). */
  mode?: number;
  writeSync?: WriteSync;
}

/** The temp files this process writes next to `path`: hidden, ending in .tmp, carrying the writer's pid. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Write all of `buffer` or throw: writeSync may write fewer bytes than asked (a disk filling up). */
export function writeAll(fd: number, buffer: Uint8Array, write: WriteSync = writeSync): void {
  let offset = 0;
  while (offset < buffer.length) {
    const written = write(fd, buffer, offset, buffer.length - offset);
    if (!(written > 0)) {
      throw Object.assign(new Error(`wrote ${offset} of ${buffer.length} bytes`), { code: 'ENOSPC' });
    }
    offset += written;
  }
}

/**
 * Replace `path` with `data` atomically. Throws the underlying error (with its `code`: ENOSPC, EACCES, …)
 * after removing the temp file; the caller words it for its user.
 */
export function writeFileAtomically(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): void {
  const buffer = typeof data === 'string' ? Buffer.from(data) : data;
  const temp = tempPathFor(path);
  const kept = options.mode ?? existingMode(path);
  try {
    const fd = openSync(temp, 'wx', kept ?? 0o644);
    try {
      // Set exactly, past the umask: the rename must not widen (or narrow) who may read the file.
      if (kept !== undefined) fchmodSync(fd, kept);
      writeAll(fd, buffer, options.writeSync);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
    fsyncDirectory(dirname(path));
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** The permission bits of the file at `path`, or undefined when there is none (or it is not a regular file). */
function existingMode(path: string): number | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat.mode & 0o777 : undefined;
  } catch {
    return undefined;
  }
}

/** Make the rename itself durable; some filesystems refuse to fsync a directory, which is harmless. */
function fsyncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // not supported here: the rename is still atomic, only its durability across a power cut is weaker
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Temp files of `path` whose writer process is gone (kill -9, OOM); a live writer's temp file is left alone. */
export function sweepAbandonedTempFiles(path: string): void {
  const dir = dirname(path);
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return; // the write reports an unusable directory itself
  }
  const prefix = `.${basename(path)}.`;
  for (const entry of entries) {
    if (!entry.startsWith(prefix) || !entry.endsWith('.tmp')) continue;
    const pid = Number(entry.slice(prefix.length).split('.')[0]);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) continue;
    rmSync(join(dir, entry), { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A lock file beside a file that several processes rewrite (the scan history): created with O_EXCL, holding the
 * holder's pid, removed when done. Twelve scans at once each read the history, added their line and renamed their
 * copy over the others': the last rename won and the other lines were lost. Under the lock each read-append-trim-
 * write sees the one before it. A holder that died (kill -9) leaves its lock behind: a lock whose pid is gone, or
 * older than STALE_MS, is taken over.
 */
import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';

/** A holder keeps the lock for one read and one write of a small file: far less than this. */
const STALE_MS = 30_000;
/** How long to wait for another process's lock before giving up. */
const WAIT_MS = 15_000;

/** Another process held the lock for longer than we waited. */
export class LockUnavailable extends Error {
  constructor(readonly path: string) {
    super(`${path} is held by another process`);
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The inode of the lock when its holder is gone (its pid dead, or the lock older than STALE_MS); else null. */
function staleLock(lock: string, now: number): number | null {
  try {
    const stat = statSync(lock);
    const pid = Number(readFileSync(lock, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid) {
      try {
        process.kill(pid, 0);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ESRCH') return stat.ino;
      }
    }
    return now - stat.mtimeMs > STALE_MS ? stat.ino : null;
  } catch {
    // Gone between our attempt and this look: try again.
    return null;
  }
}

/**
 * Takes a stale lock away: renamed aside (atomic), so of two waiters that both judged it stale only one gets it. A
 * waiter that renamed a lock made since it looked (another waiter's fresh one) puts it back.
 */
function removeStale(lock: string, staleIno: number): void {
  const aside = `${lock}.stale-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    renameSync(lock, aside);
  } catch {
    return; // Someone else took it away first.
  }
  try {
    if (statSync(aside).ino !== staleIno) linkSync(aside, lock);
  } catch {
    // The path was taken again meanwhile: that holder has it.
  } finally {
    rmSync(aside, { force: true });
  }
}

/** Runs `fn` holding `<path>.lock`; the lock is removed however `fn` ends. */
export function withFileLock<T>(path: string, fn: () => T, waitMs = WAIT_MS): T {
  const lock = `${path}.lock`;
  const deadline = Date.now() + waitMs;
  let fd: number | undefined;
  for (let delay = 5; fd === undefined; delay = Math.min(100, delay * 2)) {
    try {
      fd = openSync(lock, 'wx', 0o600);
    } catch (e) {
      // A folder that is missing or read-only: the caller words it as it would for the file itself.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const stale = staleLock(lock, Date.now());
      if (stale !== null) {
        removeStale(lock, stale);
        continue;
      }
      if (Date.now() > deadline) throw new LockUnavailable(lock);
      sleepSync(delay + Math.floor(Math.random() * delay));
    }
  }
  try {
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

/**
 * Every file the tool writes is complete or absent. On a full disk `learn` exits 2 and leaves the
 * previous baseline byte-identical, `scan --report` leaves no partial report; a short write is retried until it
 * fails outright, never ignored. A real full disk is a small tmpfs (root can mount one, as in CI); where it
 * cannot be mounted, the injected short write below covers the same code path.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statfsSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAll, writeFileAtomically, type WriteSync } from '../src/files/atomic.js';
import { runCli } from './support/cli.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const run = (...argv: string[]) => runCli(argv, { now: () => NOW });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'smanalyzer-disk-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an injected short write', () => {
  /** Writes half of what is asked once, then reports the disk full (as writeSync does on ENOSPC). */
  const fillingDisk = (): WriteSync => {
    let calls = 0;
    return (_fd, _buffer, _offset, length) => {
      if (calls++ === 0) return Math.floor(length / 2);
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
  };

  test('is retried for the rest, and a disk that takes nothing more is an error', () => {
    const written: number[] = [];
    const slow: WriteSync = (_fd, _b, _o, length) => (written.push(Math.min(length, 3)), Math.min(length, 3));
    writeAll(1, Buffer.from('0123456789'), slow);
    expect(written).toEqual([3, 3, 3, 1]);
    expect(() => writeAll(1, Buffer.from('0123456789'), () => 0)).toThrow(/wrote 0 of 10 bytes/);
  });

  test('leaves the previous file byte-identical and no temp file behind', () => {
    const path = join(dir, 'short-write', 'baseline.json');
    mkdirSync(join(dir, 'short-write'));
    writeFileSync(path, '{"the":"previous baseline"}\n');
    expect(() => writeFileAtomically(path, 'x'.repeat(10_000), { writeSync: fillingDisk() })).toThrow(
      /ENOSPC/,
    );
    expect(readFileSync(path, 'utf8')).toBe('{"the":"previous baseline"}\n');
    expect(readdirSync(join(dir, 'short-write'))).toEqual(['baseline.json']);
  });
});

/** Mount a tmpfs of `size` bytes, or null where this machine does not let us (not root, no mount). */
function mountTmpfs(path: string, size: number): (() => void) | null {
  mkdirSync(path, { recursive: true });
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', path], {
    stdio: 'ignore',
  });
  if (mounted.status !== 0) return null;
  return () => void spawnSync('umount', ['-l', path], { stdio: 'ignore' });
}

/** Fill the filesystem at `path` until fewer than `leave` bytes are free. */
function fillUntil(path: string, leave: number): void {
  const stats = statfsSync(path);
  const free = stats.bavail * stats.bsize;
  if (free > leave) writeFileSync(join(path, 'filler'), Buffer.alloc(free - leave));
}

describe('a real full disk (tmpfs)', () => {
  const disk = () => join(dir, 'tmpfs');
  let unmount: (() => void) | null = null;
  beforeAll(() => {
    unmount = mountTmpfs(disk(), 256 * 1024);
  });
  afterAll(() => unmount?.());

  test('learn exits 2 with the cause and leaves the previous baseline byte-identical', async () => {
    if (!unmount)
      return console.warn('tmpfs cannot be mounted here: covered by the injected short write above');
    const baseline = join(disk(), 'baseline.json');
    expect((await run('learn', '--source', 'simulated', '--baseline', baseline)).code).toBe(0);
    const previous = readFileSync(baseline);
    // Room for a third of another baseline: the write must fail part-way, not at open.
    fillUntil(disk(), Math.floor(previous.length / 3));
    const again = await run('learn', '--source', 'simulated', '--seed', '7', '--baseline', baseline);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/cannot write the baseline to .*ENOSPC.*the previous baseline is unchanged/);
    expect(again.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(baseline).equals(previous)).toBe(true);
    expect(readdirSync(disk()).sort()).toEqual(['baseline.json', 'filler']);
    rmSync(join(disk(), 'filler'));
  });

  test('scan --report on a full disk exits 2 and leaves no partial report', async () => {
    if (!unmount)
      return console.warn('tmpfs cannot be mounted here: covered by the injected short write above');
    const baseline = join(dir, 'scan-baseline.json');
    expect((await run('learn', '--source', 'simulated', '--baseline', baseline)).code).toBe(0);
    const report = join(disk(), 'report.json');
    fillUntil(disk(), 2048);
    const scan = await run('scan', '--source', 'simulated', '--baseline', baseline, '--report', report);
    expect(scan.code).toBe(2);
    expect(scan.stderr).toMatch(/cannot write the report to .*ENOSPC/);
    expect(existsSync(report)).toBe(false);
    expect(readdirSync(disk()).filter((name) => name.includes('report'))).toEqual([]);
    rmSync(join(disk(), 'filler'));
  });
});

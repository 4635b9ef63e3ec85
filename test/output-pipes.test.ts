/**
 * Output is complete however stdout/stderr are connected. The bundled CLI and Action run as child
 * processes whose stdout and stderr are pipes that the parent does not read for a while (a slow `| jq`, a CI
 * script, the runner), with several MB of output; what arrives must equal what a file receives.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE, ROOT, ensureBundle } from './support/action-runner.js';

const CLI = join(ROOT, 'bin', 'smanalyzer.js');
// A past window on the simulated mesh: the same bytes every run, so a pipe's copy can be compared with a file's.
const MESH = ['--source', 'simulated', '--topology', 'generated:2000'];
const SCAN = ['scan', ...MESH, '--from', '2026-11-25T11:50:00Z', '--to', '2026-11-25T11:55:00Z'];

let dir: string;
let baseline: string;

beforeAll(() => {
  ensureBundle();
  dir = mkdtempSync(join(tmpdir(), 'smanalyzer-pipes-'));
  baseline = join(dir, 'baseline.json');
  const learned = spawnSync(
    process.execPath,
    [CLI, 'learn', ...MESH, '--from', '2026-11-25T08:00:00Z', '--to', '2026-11-25T11:00:00Z', '-b', baseline],
    { cwd: dir, encoding: 'utf8' },
  );
  expect(learned.stderr).toMatch(/^Learned 2000 services/m);
  expect(learned.status).toBe(0);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface SlowRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawn with piped stdout/stderr and read neither until `pauseMs` has passed. */
function runSlowlyRead(args: string[], env: NodeJS.ProcessEnv, pauseMs: number): Promise<SlowRun> {
  const child = spawn(process.execPath, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  // Listen first, then pause: a child that exits before we resume keeps its output for us (Node flushes away
  // the output of streams nobody listens to when the child exits).
  child.stdout.on('data', (d: Buffer) => out.push(d)).pause();
  child.stderr.on('data', (d: Buffer) => err.push(d)).pause();
  setTimeout(() => {
    child.stdout.resume();
    child.stderr.resume();
  }, pauseMs);
  return new Promise((resolve) =>
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }),
    ),
  );
}

/** What differs between two runs seconds apart: the baseline's age, and the scan history's length. */
function withoutAge(text: string): string {
  return text
    .replace(/"ageSeconds": \d+/g, '"ageSeconds": 0')
    .replace(/\(age [^)]*\)/g, '(age)')
    .replace(/Scan history: \d+ scans?/g, 'Scan history: N scans');
}

/** The same command with stdout and stderr going to files: the reference for what complete output is. */
function runToFiles(args: string[], env: NodeJS.ProcessEnv): SlowRun {
  const outPath = join(dir, 'file-stdout');
  const errPath = join(dir, 'file-stderr');
  const outFd = openSync(outPath, 'w');
  const errFd = openSync(errPath, 'w');
  const result = spawnSync(process.execPath, args, { cwd: dir, env, stdio: ['ignore', outFd, errFd] });
  closeSync(outFd);
  closeSync(errFd);
  return {
    code: result.status,
    stdout: readFileSync(outPath, 'utf8'),
    stderr: readFileSync(errPath, 'utf8'),
  };
}

test('scan -o json through a slowly read pipe is the whole report, byte for byte as in a file', async () => {
  const args = [CLI, ...SCAN, '-b', baseline, '-o', 'json'];
  const piped = await runSlowlyRead(args, process.env, 1500);
  const filed = runToFiles(args, process.env);
  expect(piped.stdout.length).toBeGreaterThan(2_000_000);
  expect(withoutAge(piped.stdout)).toBe(withoutAge(filed.stdout));
  expect(JSON.parse(piped.stdout).services).toHaveLength(2000);
  expect(piped.code).toBe(filed.code);
}, 120_000);

test('the table report through a slowly read pipe ends with its verdict line', async () => {
  const args = [CLI, ...SCAN, '-b', baseline, '-o', 'table'];
  const piped = await runSlowlyRead(args, process.env, 1500);
  const filed = runToFiles(args, process.env);
  expect(piped.stdout.length).toBeGreaterThan(65_536);
  expect(withoutAge(piped.stdout)).toBe(withoutAge(filed.stdout));
  expect(piped.stdout.trimEnd().split('\n').at(-1)).toMatch(/^Verdict: /);
}, 120_000);

test('the bundled Action writes its whole log, the closing ::error:: line included, to a slowly read pipe', async () => {
  const config = join(dir, 'action-config.yml');
  writeFileSync(config, 'source: simulated\nsimulated:\n  topology: generated:2000\n');
  for (const f of ['out', 'summary']) writeFileSync(join(dir, f), '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: dir,
    GITHUB_ACTIONS: 'true',
    // The runner always sets the repository; the Action's history and comment steps read it.
    GITHUB_REPOSITORY: 'octo-org/bookinfo',
    GITHUB_OUTPUT: join(dir, 'out'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    INPUT_MODE: 'scan',
    INPUT_CONFIG: config,
    'INPUT_BASELINE-PATH': baseline,
    INPUT_FROM: '2026-11-25T11:50:00Z',
    INPUT_TO: '2026-11-25T11:55:00Z',
    INPUT_COMMENT: 'never',
  };
  const piped = await runSlowlyRead([BUNDLE], env, 1500);
  const filed = runToFiles([BUNDLE], env);
  expect(withoutAge(piped.stdout)).toBe(withoutAge(filed.stdout));
  const lines = piped.stdout.trimEnd().split('\n');
  expect(lines.length).toBeGreaterThan(5);
  // The last line is the one that matters most: the gate's verdict as a workflow command (or its last log line).
  expect(lines.at(-1)).toBe(filed.stdout.trimEnd().split('\n').at(-1));
  expect(piped.code).toBe(filed.code);
}, 120_000);

test('a reader that goes away early (| head -1) ends quietly with the documented exit code', () => {
  const reference = runToFiles([CLI, ...SCAN, '-b', baseline, '-o', 'json'], process.env);
  const result = spawnSync(
    'bash',
    [
      '-c',
      `"$NODE" "$CLI" "$@" | head -1; exit "\${PIPESTATUS[0]}"`,
      'bash',
      ...SCAN,
      '-b',
      baseline,
      '-o',
      'json',
    ],
    { cwd: dir, env: { ...process.env, NODE: process.execPath, CLI }, encoding: 'utf8' },
  );
  expect(result.stdout).toBe('{\n');
  expect(result.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
  // The reader's departure does not change the verdict: 0 pass, 1 fail, as documented.
  expect(result.status).toBe(reference.code);
}, 120_000);

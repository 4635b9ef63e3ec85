/**
 * `kill -9` during `smanalyzer learn` (a real child process) leaves the previous baseline byte-identical and
 * nothing that could be mistaken for a baseline; the next learn sweeps the abandoned temp file.
 * Runs the CLI from source (tsx loader) so it tests this tree, not a possibly stale bundle.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config/load.js';
import { readBaseline } from '../src/baseline/store.js';
import { runLearn } from '../src/app/pipeline.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const NOW = Date.parse('2026-11-25T12:00:00Z');
// Big enough that a learn takes seconds: the kill lands while it runs.
const LEARN_ARGS = ['learn', '--source', 'simulated', '--topology', 'generated:1200', '--duration', '6h'];

let dir: string;
let baselinePath: string;
let previous: Buffer;
const children: ChildProcess[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'smanalyzer-atomic-'));
  baselinePath = join(dir, 'baseline.json');
  // The previous baseline: a real one, learned from the simulated Bookinfo mesh.
  const config = loadConfig({ overrides: { baselinePath, learnDurationMs: 2 * 3_600_000 } });
  await runLearn({ config, now: () => NOW, log: () => undefined });
  previous = readFileSync(baselinePath);
});

afterAll(() => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function startLearn(): {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
} {
  const child = spawn(
    process.execPath,
    [
      '--import',
      join(ROOT, 'node_modules/tsx/dist/esm/index.mjs'),
      join(ROOT, 'src/index.ts'),
      ...LEARN_ARGS,
      '--baseline',
      baselinePath,
    ],
    { cwd: dir, env: { ...process.env, SMANALYZER_ENTRY: 'cli' }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  children.push(child);
  child.stderr?.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, exited };
}

/** Files in the directory a reader could take for a baseline: visible, not a temp file. */
function visibleFiles(): string[] {
  return readdirSync(dir).filter((name) => !name.startsWith('.'));
}

test('kill -9 while learn is collecting leaves the previous baseline byte-identical', async () => {
  const { child, exited } = startLearn();
  await new Promise((resolve) => setTimeout(resolve, 1500));
  child.kill('SIGKILL');
  const { signal } = await exited;

  expect(signal).toBe('SIGKILL');
  expect(readFileSync(baselinePath).equals(previous)).toBe(true);
  expect(visibleFiles()).toEqual(['baseline.json']);
}, 30_000);

test('kill -9 the moment learn starts writing leaves the previous baseline byte-identical and no visible file', async () => {
  const { child, exited } = startLearn();
  // Kill as soon as the temp file appears: mid-write, before the rename.
  const watcher = watch(dir, (_event, name) => {
    if (name && name.endsWith('.tmp')) child.kill('SIGKILL');
  });
  const { signal } = await exited;
  watcher.close();

  expect(signal).toBe('SIGKILL');
  expect(readFileSync(baselinePath).equals(previous)).toBe(true);
  expect(visibleFiles()).toEqual(['baseline.json']);
  // Whatever the killed writer left is hidden and named .tmp.
  expect(
    readdirSync(dir)
      .filter((name) => name !== 'baseline.json')
      .every((n) => n.startsWith('.') && n.endsWith('.tmp')),
  ).toBe(true);
}, 60_000);

test('the next learn sweeps temp files abandoned by a killed writer and writes a valid baseline', async () => {
  // A temp file left by a writer that no longer exists (pid 2^22 - 1 is above Linux's default pid_max).
  const abandoned = join(dir, `.baseline.json.4194303.deadbeef0000.tmp`);
  writeFileSync(abandoned, '{"schemaVersion": 1, "half": ');
  const config = loadConfig({ overrides: { baselinePath, learnDurationMs: 2 * 3_600_000 } });
  await runLearn({ config, now: () => NOW + 60_000, log: () => undefined });

  expect(readdirSync(dir)).toEqual(['baseline.json']);
  expect(readBaseline(baselinePath, NOW + 60_000).services.length).toBeGreaterThan(0);
});

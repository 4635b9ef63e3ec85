/**
 * The README's "First verdict" block, run as written against a real Prometheus: its `export` sets the environment,
 * each `smanalyzer` line runs through the CLI (comments dropped, nothing added) in a fresh directory, at a clock
 * that ends a day of simulated Bookinfo traffic whose last twelve minutes carry an error fault in reviews. Known
 * answers: status names the mesh and the services, learn writes the baseline without a short-history warning, and
 * scan fails the gate on reviews.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliRun } from './support/cli.js';
import { generateMeshOpenMetrics } from '../harness/mesh-openmetrics.js';
import { startPrometheus, type RunningPrometheus } from '../harness/prometheus.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const START = Date.UTC(2026, 0, 12, 0);
const NOW = START + 26 * HOUR;
const FAULT_FROM = NOW - 12 * MINUTE;

/** The README's sh block under "First verdict": its lines, comments dropped. */
function firstVerdictBlock(): string[] {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('**First verdict.**'));
  const block = /```sh\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README.md has no ```sh block after "First verdict"');
  return block[1]
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter(Boolean);
}

let prometheus: RunningPrometheus;
const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-first-verdict-'));
const home = process.cwd();
const runs = new Map<string, CliRun>();

beforeAll(async () => {
  prometheus = await startPrometheus(
    generateMeshOpenMetrics({
      topology: 'bookinfo',
      seed: 3,
      stepMs: 30_000,
      periods: [
        { from: START, to: FAULT_FROM, faults: [] },
        { from: FAULT_FROM, to: NOW, faults: [{ service: 'reviews', type: 'error_rate' }] },
      ],
    }),
  );
  const env: NodeJS.ProcessEnv = {};
  process.chdir(dir);
  try {
    for (const line of firstVerdictBlock()) {
      const exported = /^export (\w+)=(\S+)$/.exec(line);
      if (exported) {
        // The README's address is a port-forward's; here the test's server answers in its place.
        env[exported[1]] = exported[1] === 'PROMETHEUS_URL' ? prometheus.url : exported[2];
        continue;
      }
      const [program, ...argv] = line.split(/\s+/);
      expect(program).toBe('smanalyzer');
      runs.set(argv[0], await runCli(argv, { now: () => NOW }, env));
    }
  } finally {
    process.chdir(home);
  }
}, 180_000);

afterAll(async () => {
  await prometheus?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('the block is the three commands the README explains, after its export', () => {
  expect(firstVerdictBlock()[0]).toMatch(/^export PROMETHEUS_URL=/);
  expect([...runs.keys()]).toEqual(['status', 'learn', 'scan']);
});

test('status answers: Prometheus reached, the mesh named, the services counted', () => {
  const status = runs.get('status')!;
  expect(status.stderr).not.toMatch(/Error/);
  expect(status.code).toBe(0);
  expect(status.stdout).toMatch(
    /reachable, Istio \(sidecars\) metrics for 4 services in the last hour, scraped every 30s$/m,
  );
  expect(status.stdout).toMatch(/Baseline +none at smanalyzer-baseline\.json/);
});

test('learn reads the day at once and writes the baseline where scan looks for it', () => {
  const learn = runs.get('learn')!;
  expect(learn.stderr).not.toMatch(/too short|holds only/);
  expect(learn.code).toBe(0);
  expect(existsSync(join(dir, 'smanalyzer-baseline.json'))).toBe(true);
});

test('scan judges the last ten minutes against it and fails the gate on reviews', () => {
  const scan = runs.get('scan')!;
  expect(scan.code).toBe(1);
  expect(scan.stdout).toMatch(/verdict FAIL — source: prometheus, mesh: Istio \(sidecars\)/);
  expect(scan.stdout).toMatch(/^Likely origin: reviews\b/m);
  expect(scan.stdout).toMatch(/CRITICAL bookinfo\/reviews +error_rate/);
});

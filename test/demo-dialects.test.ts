/**
 * The simulated mesh speaks each dialect, the demo too: `demo --mesh linkerd --rollout … --inject …@v2:…` learns
 * and scans the simulated Bookinfo as Linkerd's proxies would show it (no retry, overflow or ejection counters:
 * unavailable, never zero or a finding) and fails on the new version against the old; every report names the mesh.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../src/core/types.js';
import { runCli } from './support/cli.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-demo-dialects-'));
const run = (...argv: string[]) => runCli(argv, { now: () => NOW });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('demo --mesh linkerd with a rollout: the mesh named, its gaps unavailable, v2 failing against v1', async () => {
  const baseline = join(dir, 'linkerd.json');
  const demo = await run('demo', '--mesh', 'linkerd', '--rollout', 'reviews:v2:20%',
    '--inject', 'reviews@v2:error_rate', '--baseline', baseline); // prettier-ignore
  expect(demo.code).toBe(1);
  expect(demo.stderr).toMatch(/^\$ smanalyzer learn --source simulated --mesh linkerd --baseline /m);
  expect(demo.stderr).toMatch(
    /^\$ smanalyzer scan .*--mesh linkerd .*--rollout reviews:v2:20% --inject reviews@v2:error_rate$/m,
  );
  expect(demo.stdout).toMatch(
    /verdict FAIL — source: simulated \(built-in demo mesh, not a cluster; as mesh: Linkerd\)/,
  );
  expect(demo.stdout).toMatch(/REGRESSED bookinfo\/reviews +v2 vs v1/);
  expect(demo.stdout).toMatch(
    /retryRatio, overflowRatio, ejectionRate unavailable \(not zero\) for 4 of 4 services/,
  );
  expect(demo.stdout).not.toMatch(/retry_storm|circuit_breaker/);
});

test.each(['istio', 'istio-ambient', 'linkerd'] as const)(
  'scan --source simulated --mesh %s: the report names the dialect; what it lacks is unavailable, not zero',
  async (mesh) => {
    const baseline = join(dir, `${mesh}.json`);
    expect((await run('learn', '--source', 'simulated', '--mesh', mesh, '--baseline', baseline)).code).toBe(
      0,
    );
    const scan = await run(
      'scan',
      '--source',
      'simulated',
      '--mesh',
      mesh,
      '--baseline',
      baseline,
      '--output',
      'json',
    );
    const report = JSON.parse(scan.stdout) as Report;
    expect(report.mesh).toBe(mesh);
    const gaps = report.notes.filter((note) => note.includes('unavailable (not zero)'));
    if (mesh === 'linkerd')
      expect(gaps).toEqual([
        'retryRatio, overflowRatio, ejectionRate unavailable (not zero) for 4 of 4 services: linkerd2-proxy exports no such counter per service',
      ]);
    // Istio's request flags carry retries and overflows: only what the simulated mesh never had is missing.
    else expect(gaps.join('\n')).not.toMatch(/retryRatio|overflowRatio/);
  },
);

test('without --mesh the simulated mesh names no dialect, as before', async () => {
  const baseline = join(dir, 'auto.json');
  expect((await run('learn', '--source', 'simulated', '--baseline', baseline)).code).toBe(0);
  const scan = await run('scan', '--source', 'simulated', '--baseline', baseline, '--output', 'json');
  expect((JSON.parse(scan.stdout) as Report).mesh).toBeUndefined();
});

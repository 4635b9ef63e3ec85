/**
 * The small things a newcomer meets in the first hour: the bundle's --version without running the Action,
 * experiments (--inject) kept out of the scan history, help that says a default once, examples and docs that
 * agree with the gate's defaults and notes, and the README on an older Node's EBADENGINE warnings.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE, ensureBundle, ROOT } from './support/action-runner.js';
import { TOOL_VERSION } from '../src/core/version.js';
import { ISTIO_CLUSTER_STATS, PROXY_STATS_MATCHER_REGEXPS } from '../src/mesh/dialects/istio-signals.js';
import { NOW, run } from './support/newcomer-servers.js';
import { recordScan } from '../src/cli/keep-history.js';
import type { Report } from '../src/core/types.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'smanalyzer-newcomer-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('small things', () => {
  test('node dist/index.js --version prints the version and exits 0, without running the Action', () => {
    ensureBundle();
    const out = execFileSync(process.execPath, [BUNDLE, '--version'], { encoding: 'utf8', env: {} });
    expect(out).toBe(`${TOOL_VERSION}\n`);
  });

  test('an --inject scan is shown with the newest scans the history limit allows, itself included', async () => {
    const own = join(dir, 'limit.json');
    expect((await run('learn', '--source', 'simulated', '--baseline', own)).code).toBe(0);
    for (let i = 0; i < 3; i++) await run('scan', '--source', 'simulated', '--baseline', own);
    const history = join(dir, 'limit.history.jsonl');
    expect(readFileSync(history, 'utf8').trim().split('\n')).toHaveLength(3);
    const scan = await run(
      'scan',
      '--source',
      'simulated',
      '--baseline',
      own,
      '--inject',
      'reviews:latency',
      '--output',
      'json',
    );
    const report = JSON.parse(scan.stdout) as Report;
    const lines: string[] = [];
    for (const limit of ['1', '2', '10']) {
      const shown = recordScan(report, { inject: ['reviews:latency'], historyLimit: limit }, own, NOW, (l) =>
        lines.push(l),
      );
      expect(shown).toHaveLength(Math.min(Number(limit), 4));
      expect(shown.at(-1)!.verdict).toBe('fail');
    }
    expect(readFileSync(history, 'utf8').trim().split('\n')).toHaveLength(3);
  });

  test('a scan with --inject stays out of the scan history, and says so; --history keeps it when asked', async () => {
    const own = join(dir, 'inject.json');
    expect((await run('learn', '--source', 'simulated', '--baseline', own)).code).toBe(0);
    const history = join(dir, 'inject.history.jsonl');
    const clean = await run('scan', '--source', 'simulated', '--baseline', own);
    expect(clean.code).toBe(0);
    const injected = await run(
      'scan',
      '--source',
      'simulated',
      '--baseline',
      own,
      '--inject',
      'reviews:latency',
    );
    expect(injected.code).toBe(1);
    expect(injected.stderr).toMatch(
      /^Note: a scan with --inject is an experiment: not added to .*inject\.history\.jsonl/m,
    );
    expect(readFileSync(history, 'utf8').trim().split('\n')).toHaveLength(1);
    const status = await run('status', '--source', 'simulated', '--baseline', own);
    expect(status.stdout).toMatch(/1 scan recorded/);
    expect(status.stdout).toMatch(/\(0 failed, 0 warned\)/);
    const kept = join(dir, 'experiments.jsonl');
    await run(
      'scan',
      '--source',
      'simulated',
      '--baseline',
      own,
      '--inject',
      'reviews:latency',
      '--history',
      kept,
    );
    expect(existsSync(kept)).toBe(true);
    expect(JSON.parse(readFileSync(kept, 'utf8').trim()).verdict).toBe('fail');
  });

  test('demo --help says its default once', async () => {
    const help = (await run('demo', '--help')).stdout;
    expect(help.match(/reviews:latency/g)).toHaveLength(1);
    expect(help.match(/smanalyzer-demo-baseline\.json/g)).toHaveLength(1);
  });

  test("the refresh example writes the baseline under the gate's default name", () => {
    const text = readFileSync(join(ROOT, 'examples', 'baseline-refresh.yml'), 'utf8');
    const paths = [...text.matchAll(/baseline-path: (\S+)/g)].map((m) => m[1]);
    expect(paths).toEqual(['smanalyzer-baseline.json']);
    for (const gate of ['post-deploy-gate.yml', 'advisory-monitor.yml']) {
      const gateText = readFileSync(join(ROOT, 'examples', gate), 'utf8');
      expect(gateText).not.toMatch(/baseline-path: (?!smanalyzer-baseline\.json)/);
    }
  });

  test('the page the proxyStatsMatcher note links to exists and lists every regexp the signals need', () => {
    const page = readFileSync(join(ROOT, 'docs', 'envoy-stats.md'), 'utf8');
    expect(ISTIO_CLUSTER_STATS.enable).toMatch(/\/docs\/envoy-stats\.md$/);
    for (const regexp of PROXY_STATS_MATCHER_REGEXPS) expect(page).toContain(`- "${regexp}"`);
  });

  test('the README explains the EBADENGINE warnings of an older Node', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/EBADENGINE/);
    expect(readme).toMatch(/harmless/);
  });
});

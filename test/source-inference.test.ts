/**
 * The gate never judges the built-in simulated mesh unless it was asked for by name. A Prometheus
 * URL means the prometheus source, a cluster alone means sidecars, nothing at all is an error (exit 2); the
 * report's first line says where the numbers came from. Through the CLI and through the bundled Action.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/cli.js';
import { ensureBundle, runBundledAction } from './support/action-runner.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const run = (...argv: string[]) => runCli(argv, { now: () => NOW });

let dir: string;
let baseline: string;
/** A server that answers like no Prometheus: whatever the tool asks, it gets a 404. */
let notPrometheus: Server;
let notPrometheusUrl: string;

beforeAll(async () => {
  ensureBundle();
  dir = mkdtempSync(join(tmpdir(), 'smanalyzer-source-'));
  baseline = join(dir, 'baseline.json');
  expect((await run('learn', '--source', 'simulated', '--baseline', baseline)).code).toBe(0);
  notPrometheus = createServer((_req, res) => res.writeHead(404).end('404 page not found'));
  await new Promise<void>((resolve) => notPrometheus.listen(0, '127.0.0.1', resolve));
  notPrometheusUrl = `http://127.0.0.1:${(notPrometheus.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => notPrometheus.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('the CLI', () => {
  test('scan with a Prometheus URL and no --source reads Prometheus, never the simulated mesh', async () => {
    const result = await run(
      'scan',
      '--prometheus-url',
      notPrometheusUrl,
      '--baseline',
      baseline,
      '--from',
      '-10m',
      '--to',
      'now',
    );
    expect(result.code).toBe(2);
    // The baseline was learned on the simulated mesh: the scan says it now reads prometheus, and stops.
    expect(result.stderr).toMatch(/this scan reads prometheus/);
    expect(result.stdout).not.toMatch(/verdict PASS/);
  });

  test('learn with a Prometheus URL and no --source reads Prometheus, never the simulated mesh', async () => {
    const path = join(dir, 'never-written.json');
    const result = await run('learn', '--prometheus-url', notPrometheusUrl, '--baseline', path);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Prometheus/);
  });

  test('scan with a kubeconfig and no --source reads the sidecars through that cluster', async () => {
    const kubeconfig = join(dir, 'kubeconfig');
    // A cluster at an address nothing listens on: the sidecar source must try it, and fail with exit 2.
    writeFileSync(
      kubeconfig,
      [
        'apiVersion: v1',
        'kind: Config',
        'clusters: [{name: c, cluster: {server: "https://127.0.0.1:1"}}]',
        'users: [{name: u, user: {token: t0k3n}}]',
        'contexts: [{name: x, context: {cluster: c, user: u}}]',
        'current-context: x',
      ].join('\n'),
    );
    const result = await run('scan', '--kubeconfig', kubeconfig, '--baseline', baseline, '--duration', '2m');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/this scan reads sidecars/);
    expect(result.stderr).not.toMatch(/t0k3n/);
  });

  test('scan with no source, URL or cluster is an error that says what to give', async () => {
    const result = await runCli(['scan', '--baseline', baseline], { now: () => NOW }, {});
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no metrics source: give --prometheus-url or --source/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test('the report says on its first line which source it judged', async () => {
    const text = await run('scan', '--source', 'simulated', '--baseline', baseline);
    expect(text.stdout.split('\n')[0]).toMatch(/source: simulated \(built-in demo mesh, not a cluster\)/);
    const markdown = await run('scan', '--source', 'simulated', '--baseline', baseline, '-o', 'markdown');
    expect(markdown.stdout.split('\n')[0]).toMatch(/source: simulated/);
  });
});

describe('the bundled Action', () => {
  const runAction = (inputs: Record<string, string>) => {
    const work = mkdtempSync(join(dir, 'action-'));
    return runBundledAction({
      work,
      inputs: { mode: 'scan', 'baseline-path': baseline, comment: 'never', ...inputs },
      env: { GITHUB_REPOSITORY: 'octo-org/bookinfo' },
    });
  };

  test('prometheus-url set and source empty reads Prometheus: no verdict=pass from the simulator', async () => {
    const result = await runAction({ 'prometheus-url': notPrometheusUrl, from: '-10m', to: 'now' });
    expect(result.outputs.verdict).not.toBe('pass');
    expect(result.code).not.toBe(0);
    expect(result.stdout).toMatch(/::error::.*this scan reads prometheus/);
  }, 60_000);

  test('no source, URL or kubeconfig fails the step with the cause and the fix', async () => {
    const result = await runAction({});
    expect(result.code).not.toBe(0);
    expect(result.stdout).toMatch(/::error::.*no metrics source: give the prometheus-url or source input/);
  }, 60_000);
});

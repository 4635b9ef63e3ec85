/**
 * A newcomer pointing the CLI at a Prometheus: one source rule for every command, status included (the URL or
 * PROMETHEUS_URL means prometheus, nothing named never claims the simulated mesh, and the docs agree), and
 * errors that say what happened when https:// meets a server that speaks plain HTTP.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { ROOT } from './support/action-runner.js';
import { runCli } from './support/cli.js';
import { closeServers, fakePrometheus, NOW, plainHttp, run } from './support/newcomer-servers.js';

let dir: string;
let baseline: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'smanalyzer-newcomer-'));
  baseline = join(dir, 'baseline.json');
  expect((await run('learn', '--source', 'simulated', '--baseline', baseline)).code).toBe(0);
}, 60_000);

afterAll(async () => {
  await closeServers();
  rmSync(dir, { recursive: true, force: true });
});

describe('one source rule, status included', () => {
  test('status --prometheus-url shows source prometheus and its Prometheus line, as scan would read it', async () => {
    const url = await fakePrometheus();
    const result = await runCli(
      ['status', '--prometheus-url', url, '--mesh', 'istio', '--baseline', baseline],
      { now: () => NOW },
      {},
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ {2}source +prometheus$/m);
    expect(result.stdout).toMatch(
      new RegExp(
        `^Prometheus +${url}: reachable, Istio \\(sidecars\\) metrics for 3 services in the last hour, scraped every 15s$`,
        'm',
      ),
    );
  });

  test('status -o json with PROMETHEUS_URL in the environment names prometheus too', async () => {
    const url = await fakePrometheus();
    const result = await runCli(
      ['status', '--baseline', baseline, '--mesh', 'istio', '-o', 'json'],
      { now: () => NOW },
      {
        PROMETHEUS_URL: url,
      },
    );
    const json = JSON.parse(result.stdout) as {
      thresholds: { source: string };
      prometheus: { reachable: boolean };
    };
    expect(json.thresholds.source).toBe('prometheus');
    expect(json.prometheus.reachable).toBe(true);
  });

  test('status with nothing named says so, and never claims the simulated mesh', async () => {
    const result = await runCli(['status', '--baseline', baseline], { now: () => NOW }, {});
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ {2}source +none named \(no Prometheus URL, cluster or source given\)$/m);
    expect(result.stdout).not.toMatch(/simulated/);
  });

  test('status --source simulated still describes the simulated mesh when it is named', async () => {
    const result = await run('status', '--source', 'simulated', '--baseline', baseline);
    expect(result.stdout).toMatch(/^ {2}source +simulated$/m);
  });

  test("neither the README nor action.yml's source input says the default is simulated", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).not.toMatch(/default[^.\n]{0,20}`simulated`|`simulated`[^.\n]{0,10}the default/i);
    const action = yaml.load(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { description: string }>;
    };
    expect(action.inputs.source.description).not.toMatch(/else `simulated`/);
    expect(action.inputs.source.description).toMatch(/`prometheus` when `prometheus-url` is set/);
  });
});

describe('errors that say what happened', () => {
  test('a plain-HTTP server behind an https:// URL is said as such, with the http:// URL to use', async () => {
    const port = await plainHttp();
    const result = await runCli(
      ['learn', '--prometheus-url', `https://127.0.0.1:${port}`, '--baseline', join(dir, 'never.json')],
      { now: () => NOW },
      {},
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `^Error: the server at https://127\\.0\\.0\\.1:${port} answered plain HTTP on an https:// URL`,
        'm',
      ),
    );
    expect(result.stderr).toMatch(
      new RegExp(`^Fix: use --prometheus-url http://127\\.0\\.0\\.1:${port}\\b`, 'm'),
    );
    expect(result.stderr).not.toMatch(/certificate|--prometheus-ca|insecure/);
  });

  test('the same with --insecure-skip-tls-verify (another TLS stack): still plain HTTP, not a certificate', async () => {
    const port = await plainHttp();
    const result = await runCli(
      [
        'learn',
        '--prometheus-url',
        `https://127.0.0.1:${port}`,
        '--insecure-skip-tls-verify',
        '--baseline',
        join(dir, 'x.json'),
      ],
      { now: () => NOW },
      {},
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/answered plain HTTP on an https:\/\/ URL/);
    expect(result.stderr).not.toMatch(/certificate/);
  });
});

/**
 * What a newcomer meets in the first hour, tried as they would: through the CLI (and the bundle where the runner
 * or a shell starts it). One source rule for every command, errors that say what happened, and the small things:
 * the bundle's --version, experiments kept out of the scan history, help that says a default once.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { BUNDLE, ensureBundle, ROOT } from './support/action-runner.js';
import { runCli } from './support/cli.js';
import { TOOL_VERSION } from '../src/core/version.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const run = (...argv: string[]) => runCli(argv, { now: () => NOW });

let dir: string;
let baseline: string;
const servers: Server[] = [];

/** A loopback server answering every instant query like a Prometheus holding three Istio services. */
async function fakePrometheus(): Promise<string> {
  const server = createServer((request, response) => {
    request.resume();
    const vector = (values: string[]) =>
      JSON.stringify({
        status: 'success',
        data: {
          resultType: 'vector',
          result: values.map((v, i) => ({ metric: { s: String(i) }, value: [NOW / 1000, v] })),
        },
      });
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      // The scrape interval query counts samples per series in 10 minutes: 40 is one every 15 s.
      response.end(
        /count_over_time/.test(decodeURIComponent(body)) ? vector(['40']) : vector(['1', '1', '1']),
      );
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A plain-HTTP server: what a user reaches with https:// in front of a port that speaks no TLS. */
async function plainHttp(): Promise<number> {
  const server = createServer((request, response) => {
    request.resume();
    response.writeHead(400).end('Client sent an HTTP request to an HTTPS server?');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'smanalyzer-newcomer-'));
  baseline = join(dir, 'baseline.json');
  expect((await run('learn', '--source', 'simulated', '--baseline', baseline)).code).toBe(0);
}, 60_000);

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('one source rule, status included', () => {
  test('status --prometheus-url shows source prometheus and its Prometheus line, as scan would read it', async () => {
    const url = await fakePrometheus();
    const result = await runCli(
      ['status', '--prometheus-url', url, '--baseline', baseline],
      { now: () => NOW },
      {},
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ {2}source +prometheus$/m);
    expect(result.stdout).toMatch(
      new RegExp(
        `^Prometheus +${url}: reachable, Istio metrics for 3 services in the last hour, scraped every 15s$`,
        'm',
      ),
    );
  });

  test('status -o json with PROMETHEUS_URL in the environment names prometheus too', async () => {
    const url = await fakePrometheus();
    const result = await runCli(
      ['status', '--baseline', baseline, '-o', 'json'],
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

describe('small things', () => {
  test('node dist/index.js --version prints the version and exits 0, without running the Action', () => {
    ensureBundle();
    const out = execFileSync(process.execPath, [BUNDLE, '--version'], { encoding: 'utf8', env: {} });
    expect(out).toBe(`${TOOL_VERSION}\n`);
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

  test('the README explains the EBADENGINE warnings of an older Node', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/EBADENGINE/);
    expect(readme).toMatch(/harmless/);
  });
});

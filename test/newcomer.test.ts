/**
 * What a newcomer meets in the first hour, tried as they would: through the CLI (and the bundle where the runner
 * or a shell starts it). One source rule for every command, errors that say what happened, and the small things:
 * the bundle's --version, experiments kept out of the scan history, help that says a default once.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { BUNDLE, ensureBundle, ROOT } from './support/action-runner.js';
import { runCli } from './support/cli.js';
import { TOOL_VERSION } from '../src/core/version.js';
import { ISTIO_CLUSTER_STATS, PROXY_STATS_MATCHER_REGEXPS } from '../src/mesh/dialects/istio-signals.js';

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
          result: values.map((v, i) => ({
            metric: { destination_service_namespace: 'shop', destination_service_name: `svc${i}` },
            value: [NOW / 1000, v],
          })),
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

describe('fix lines that run as pasted', () => {
  test("a missing baseline's learn command carries the connection flags the scan was given", async () => {
    const url = await fakePrometheus();
    const absent = join(dir, 'absent.json');
    const result = await runCli(
      [
        'scan',
        '--prometheus-url',
        url,
        '-n',
        'shop',
        '--prometheus-header',
        'X-Scope-OrgID: team-a',
        '--baseline',
        absent,
      ],
      { now: () => NOW },
      {},
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `Error: no baseline at ${absent}\n` +
        `Fix: learn one first: smanalyzer learn --prometheus-url ${url} --prometheus-header 'X-Scope-OrgID: team-a' --namespace shop --baseline ${absent}\n`,
    );
  });

  test('a baseline of another source: the learn command reads the source this scan reads', async () => {
    const url = await fakePrometheus();
    const result = await runCli(
      ['scan', '--prometheus-url', url, '--baseline', baseline],
      { now: () => NOW },
      {},
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `^Fix: learn a matching baseline: smanalyzer learn --prometheus-url ${url} --baseline ${baseline}$`,
        'm',
      ),
    );
  });

  test('a credential header is named in the command, never repeated', async () => {
    const result = await runCli(
      [
        'scan',
        '--prometheus-url',
        'http://127.0.0.1:9',
        '--prometheus-header',
        'Authorization: Bearer s3cr3t-t0ken',
        '--baseline',
        join(dir, 'none.json'),
      ],
      { now: () => NOW },
      {},
    );
    expect(result.stderr).toMatch(
      /--baseline \S+ \(with the same --prometheus-header 'Authorization: …'\)$/m,
    );
    expect(result.stderr).not.toMatch(/s3cr3t/);
  });

  test.each([
    [
      ['learn', '--source', 'simulated', '--duration', '100d'],
      '--duration 100d is not between 1s and 90d',
      'change --duration',
    ],
    [
      ['learn', '--source', 'simulated', '--duration', '1m'],
      "--duration 1m is shorter than the model's 2m window",
      'change --duration',
    ],
    [
      ['scan', '--source', 'simulated', '--step', '2m'],
      "--step 2m leaves fewer than 4 steps in the model's 2m window",
      'change --step',
    ],
    [
      ['scan', '--source', 'simulated', '--timeout', '1h'],
      '--timeout 1h is not between 100ms and 10m',
      'change --timeout',
    ],
  ])('%j names the flag typed, not a config key', async (argv, message, fix) => {
    const result = await run(...argv, '--baseline', join(dir, 'flag.json'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`Error: ${message}`);
    expect(result.stderr).toMatch(new RegExp(`^Fix: ${fix}$`, 'm'));
    expect(result.stderr).not.toMatch(/learnDuration|scanDuration|prometheus\.timeout|(?<!-)\bstep \d/);
  });

  test('a value from the config file is named by its key there, with the file', async () => {
    const config = join(dir, 'long.yaml');
    writeFileSync(config, 'learnDuration: 100d\n');
    const result = await run(
      'learn',
      '--source',
      'simulated',
      '-c',
      config,
      '--baseline',
      join(dir, 'f.json'),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `Error: learnDuration 100d is not between 1s and 90d\nFix: correct learnDuration in ${config}\n`,
    );
  });

  test("a scan at the baseline's own step says nothing of a step nobody configured", async () => {
    const coarse = join(dir, 'coarse.json');
    expect((await run('learn', '--source', 'simulated', '--step', '30s', '--baseline', coarse)).code).toBe(0);
    const plain = await run('scan', '--source', 'simulated', '--baseline', coarse, '-o', 'json');
    expect((JSON.parse(plain.stdout) as { notes: string[] }).notes.join('\n')).not.toMatch(/step/);
    const asked = await run(
      'scan',
      '--source',
      'simulated',
      '--baseline',
      coarse,
      '--step',
      '15s',
      '-o',
      'json',
    );
    expect((JSON.parse(asked.stdout) as { notes: string[] }).notes).toContain(
      "scanned at the baseline's step of 30s, not the 15s asked (--step)",
    );
  });
});

describe('numbers with meaning', () => {
  const fault = [
    'scan',
    '--source',
    'simulated',
    '--inject',
    'reviews:latency',
    '--history',
    join(tmpdir(), 'x'),
  ];
  let text: string;
  beforeAll(async () => {
    text = (await run(...fault, '--baseline', baseline)).stdout;
  });

  test("a model finding reads in the metric's units: no distance or score by default", () => {
    expect(text).toMatch(/\[model\]/);
    expect(text).toMatch(/^ +observed \d+ ms · expected \d+ ms \(normal \d+ ms–\d+ ms\)$/m);
    expect(text).not.toMatch(/distance|score/);
  });

  test("--verbose adds the model's internals; the JSON always has them", async () => {
    const verbose = (await run(...fault, '--baseline', baseline, '--verbose')).stdout;
    expect(verbose).toMatch(
      / · model distance \d+(\.\d+)? \(threshold \d+(\.\d+)?, mode \d+ of \d+\) · score \d/,
    );
    const json = JSON.parse((await run(...fault, '--baseline', baseline, '-o', 'json')).stdout) as {
      anomalies: Array<{ detector: string; threshold: number; score: number; reason: { distance?: number } }>;
    };
    const model = json.anomalies.find((a) => a.detector === 'model')!;
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.score).toBeGreaterThan(0);
    expect(model.reason.distance).toBeGreaterThan(0);
  });

  test('the Markdown report keeps the distance out of its table too', async () => {
    const markdown = (await run(...fault, '--baseline', baseline, '-o', 'markdown')).stdout;
    expect(markdown).toMatch(/\| model \|/);
    expect(markdown).not.toMatch(/distance/);
  });

  test('a legend under the sparklines says what a mark, its height and the deploy bar are', () => {
    const lines = text.split('\n');
    const lastChart = lines.findLastIndex((line) => /\| deploy$/.test(line));
    expect(lastChart).toBeGreaterThan(0);
    expect(lines[lastChart + 2]).toMatch(
      /^Charts: one mark per 30 s, oldest first: the \d+ min before the deploy, \| the deploy, then the scan\.$/,
    );
    expect(lines[lastChart + 3]).toMatch(
      /^Height from 0 \(_\) to just above the chart's highest value \(#\)/,
    );
  });

  test('monitor says a note once per run, not in every round', async () => {
    let clock = NOW;
    const result = await runCli(
      [
        'monitor',
        '--source',
        'simulated',
        '--baseline',
        baseline,
        '--duration',
        '1m',
        '--count',
        '3',
        '--every',
        '1m',
        '--history',
        join(dir, 'm.jsonl'),
      ],
      { now: () => clock, sleep: async (ms) => void (clock += ms) },
      {},
    );
    expect(result.code).toBe(0);
    expect(result.stdout.match(/Verdict:/g)).toHaveLength(3);
    expect(result.stdout.match(/Note: scanned 2m, not the 1m asked/g)).toHaveLength(1);
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

/**
 * Bounds on what inputs and a hostile Prometheus can make the tool hold or ask, each with a clear error:
 * - `--before` at most 24 h (gate.maxBefore, configurable): `--before 3650d` died of V8's heap after 97 s;
 * - a fixed ceiling on the series one collection holds, also when the server's count of its series is empty
 *   (then the answer's series were unlimited);
 * - a budget of failed requests per run: a server answering 422 to every range query drove one learn to 2,235
 *   requests;
 * - duration parsing linear in its text: 40,000 digits took 3.1 s to refuse.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBundle, ROOT, runBundledAction } from './support/action-runner.js';
import { runCli } from './support/cli.js';
import { DEFAULT_CONFIG, parseDuration } from '../src/config/load.js';
import { MetricsError } from '../src/core/types.js';
import { PrometheusSource } from '../src/sources/prometheus/source.js';
import { MAX_SERIES_ARRAYS, MAX_SERIES_VALUES, seriesCeiling } from '../src/sources/prometheus/readings.js';
import { MAX_FAILED_REQUESTS } from '../src/sources/prometheus/client.js';

const CLI = join(ROOT, 'bin', 'smanalyzer.js');
const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-bounds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The bundled CLI as a shell runs it, killed after `limitMs` (an unbounded run must not hang the suite). */
function runBundledCli(
  args: string[],
  limitMs = 30_000,
): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [CLI, ...args], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, ms: Date.now() - started });
    }),
  );
}

describe('--before is at most 24 hours unless gate.maxBefore says otherwise', () => {
  const baseline = join(dir, 'baseline.json');
  beforeAll(async () => {
    ensureBundle();
    const learned = await runCli(['learn', '--source', 'simulated', '--baseline', baseline], {
      now: () => Date.parse('2026-11-25T12:00:00Z'),
    });
    expect(learned.code).toBe(0);
  }, 600_000);

  test('--before 3650d is refused at once (exit 2), naming the limit and how to raise it', async () => {
    const run = await runBundledCli(['scan', '--source', 'simulated', '-b', baseline, '--before', '3650d']);
    expect(run.code).toBe(2);
    expect(run.ms).toBeLessThan(10_000);
    const [error, fix] = run.stderr.trimEnd().split('\n');
    expect(error).toBe(
      'Error: before 3650d is longer than the 24h a reference window may span (a shorter --before: the 30 minutes ' +
        'right before the deploy are usually enough; or raise gate.maxBefore in the config file)',
    );
    expect(fix).toMatch(/^Fix: /);
  }, 60_000);

  test('--before 25h is refused; 24h is accepted', async () => {
    const at = { now: () => Date.parse('2026-11-25T12:00:00Z') };
    const scan = (before: string) =>
      runCli(['scan', '--source', 'simulated', '-b', baseline, '-q', '--before', before], at);
    expect((await scan('25h')).code).toBe(2);
    expect((await scan('24h')).code).toBe(0);
  });

  test('gate.maxBefore raises it (to at most 7d), and is itself bounded', async () => {
    const at = { now: () => Date.parse('2026-11-25T12:00:00Z') };
    const config = join(dir, 'longer.yaml');
    writeFileSync(config, 'gate:\n  maxBefore: 48h\n');
    const scan = (before: string, file = config) =>
      runCli(['scan', '--source', 'simulated', '-b', baseline, '-q', '-c', file, '--before', before], at);
    expect((await scan('36h')).code).toBe(0);
    expect((await scan('49h')).code).toBe(2);
    const absurd = join(dir, 'absurd.yaml');
    writeFileSync(absurd, 'gate:\n  maxBefore: 3650d\n');
    const refused = await scan('30m', absurd);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^Error: gate\.maxBefore 3650d is not between 1m and 7d/m);
  });

  test('the Action input before: 3650d fails the step with the same message', async () => {
    const work = mkdtempSync(join(dir, 'action-'));
    const run = await runBundledAction({
      work,
      inputs: {
        mode: 'scan',
        source: 'simulated',
        'baseline-path': baseline,
        before: '3650d',
        comment: 'never',
      },
      env: {
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: join(ROOT, 'test', 'support', 'events', 'push.json'),
        GITHUB_REPOSITORY: 'octo-org/bookinfo',
      },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::before 3650d is longer than the 24h a reference window may span/m);
  }, 60_000);
});

describe('a fixed ceiling on the series one collection holds', () => {
  test('known answers: the arrays ceiling, the values ceiling, and the count when it answered', () => {
    expect(MAX_SERIES_ARRAYS).toBe(1_000_000);
    expect(MAX_SERIES_VALUES).toBe(268_435_456);
    // A 5-minute scan at 15 s: 20 steps, the arrays ceiling binds.
    expect(seriesCeiling(20, 0)).toBe(1_000_000);
    // A 24-hour learn at 15 s: 5,760 steps of 8 bytes, 2 GiB in all.
    expect(seriesCeiling(5_760, 0)).toBe(46_603);
    // The server counted 100 series' worth: twice that and 10,000.
    expect(seriesCeiling(20, 100)).toBe(10_200);
    // A count larger than the ceiling does not lift it.
    expect(seriesCeiling(5_760, 1_000_000)).toBe(46_603);
  });

  /** A look-alike whose count of its series is empty, answering every range query with `count` new services. */
  async function emptyCountServer(count: number): Promise<{ url: string; server: Server }> {
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const form = new URLSearchParams(body);
        response.writeHead(200, { 'Content-Type': 'application/json' });
        if (request.url === '/api/v1/query')
          return response.end('{"status":"success","data":{"resultType":"vector","result":[]}}');
        if ((form.get('query') ?? '').includes('"size"'))
          return response.end('{"status":"success","data":{"resultType":"matrix","result":[]}}');
        const end = Number(form.get('end'));
        const result = Array.from({ length: count }, (_, k) => ({
          metric: { destination_service_namespace: 'shop', destination_service_name: `svc-${k}` },
          values: [[end, '1']],
        }));
        response.end(JSON.stringify({ status: 'success', data: { resultType: 'matrix', result } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
  }

  test('an empty count no longer means unlimited: the answer stops at the ceiling, with a message', async () => {
    const { url, server } = await emptyCountServer(20_000);
    try {
      const end = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3_600_000;
      const source = new PrometheusSource(
        { ...DEFAULT_CONFIG.prometheus, url, concurrency: 2, mesh: 'istio' },
        // The ceiling made small for the test; its default is checked above.
        { maxSeriesArrays: 5_000 },
      );
      const error = await source
        .collect({ from: end - 3_600_000, to: end, stepMs: 60_000, namespaces: [] })
        .then(
          () => undefined,
          (failure: unknown) => failure,
        );
      expect(error).toBeInstanceOf(MetricsError);
      expect((error as MetricsError).message).toBe(
        `Prometheus at ${url} answered with more series than one collection holds (over 5000 per-service arrays of ` +
          '60 steps; the ceiling is 1,000,000 arrays and 268,435,456 values): not read further',
      );
      expect((error as MetricsError).fix).toMatch(/--namespace/);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  }, 60_000);
});

describe('a budget of failed requests per run', () => {
  test(`a server answering 422 to every range query is asked at most ${MAX_FAILED_REQUESTS} times more, then the learn stops naming the cause`, async () => {
    let requests = 0;
    const server = createServer((request, response) => {
      requests++;
      request.resume();
      request.on('end', () => {
        response.writeHead(request.url === '/api/v1/query' ? 200 : 422, {
          'Content-Type': 'application/json',
        });
        if (request.url === '/api/v1/query')
          return response.end('{"status":"success","data":{"resultType":"vector","result":[]}}');
        response.end(
          JSON.stringify({
            status: 'error',
            errorType: 'execution',
            error: 'query processing would load too many samples into memory in query execution',
          }),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const run = await runCli(
        [
          'learn',
          '--prometheus-url',
          url,
          // The budget, not the mesh: no probe for which mesh it holds.
          '--mesh',
          'istio',
          '--from',
          '-24h',
          '--to',
          'now',
          '-b',
          join(dir, 'never.json'),
          '-q',
        ],
        { now: () => Math.floor(Date.now() / 3_600_000) * 3_600_000 },
      );
      expect(run.code).toBe(2);
      // The budget, the requests already in flight (8 by default) and the few that succeeded.
      expect(requests).toBeLessThanOrEqual(MAX_FAILED_REQUESTS + 20);
      const [error, fix] = run.stderr.trimEnd().split('\n');
      expect(error).toMatch(
        new RegExp(
          `^Error: Prometheus at ${url.replace(/\./g, '\\.')} failed ${MAX_FAILED_REQUESTS} requests in this run, the most allowed: stopped asking \\(the last: Prometheus at \\S+ refused a query as too large \\(HTTP 422, execution: query processing would load too many samples`,
        ),
      );
      expect(fix).toBe("Fix: raise the server's --query.max-samples");
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  }, 120_000);
});

describe('duration parsing is linear in its text', () => {
  const digits = '9'.repeat(40_000);

  test('40,000 digits without a unit are refused in milliseconds, not seconds', () => {
    const started = performance.now();
    expect(() => parseDuration(digits)).toThrow('"9999999999999999… (40000 characters)" is not a duration');
    expect(performance.now() - started).toBeLessThan(250);
  });

  test('through the CLI (--before) and a config file (step:), one line of cause each', async () => {
    const at = { now: () => Date.parse('2026-11-25T12:00:00Z') };
    let started = performance.now();
    const flag = await runCli(['scan', '--source', 'simulated', '--before', digits], at);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(flag.code).toBe(2);
    expect(flag.stderr.split('\n')[0]).toBe(
      'Error: --before: "9999999999999999… (40000 characters)" is not a duration',
    );
    const config = join(dir, 'long-step.yaml');
    writeFileSync(config, `step: ${digits}\n`);
    started = performance.now();
    const file = await runCli(['scan', '--source', 'simulated', '-c', config], at);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/step: "9999999999999999… \(40000 characters\)" is not a duration/);
  });

  test('what people write still reads the same', () => {
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration(' 1h30m ')).toBe(5_400_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('1.5h')).toBe(5_400_000);
    expect(parseDuration('1d23h59m59s999ms')).toBe(172_799_999);
    for (const bad of ['', '5', 'm', '5mm', '5 m', '-5m', '5m5'])
      expect(() => parseDuration(bad)).toThrow('is not a duration');
  });
});

/**
 * A live scan checks what it can before it waits out its window. A wrong
 * Prometheus URL, a real Prometheus without Istio metrics, a namespace without them, an unwritable --report path
 * and a baseline learned on another mesh each end in exit 2 with one line of cause and one of fix, within 5 s,
 * without a moment of waiting. The real Prometheus holds one mesh (shop) that was replaced by another (bookinfo)
 * 90 minutes before the CLI's clock.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import type { Report } from '../src/core/types.js';
import { runCli, type CliRun } from './support/cli.js';
import { generateIstioOpenMetrics, type SyntheticService } from './support/istio-openmetrics.js';
import { startPrometheus, type RunningPrometheus } from '../harness/prometheus.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** The CLI's clock: the end of the data, which lies over two hours in the past (outside Prometheus's head block). */
const NOW = Math.floor(Date.now() / HOUR) * HOUR - 2 * HOUR;
const REPLACED = NOW - 90 * MINUTE;
const iso = (ms: number) => new Date(ms).toISOString();
const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-preflight-'));

const service = (namespace: string, name: string, ratePerSecond: number): SyntheticService => ({
  namespace,
  name,
  protocol: 'http',
  ratePerSecond,
  responses: [{ code: '200', share: 1 }],
  latency: [{ lowerMs: 10, upperMs: 50, fraction: 1 }],
});

function mergeFamilies(texts: string[]): string {
  const families = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of texts.join('\n').split('\n')) {
    if (line.startsWith('# TYPE ')) {
      current = families.get(line) ?? [];
      families.set(line, current);
    } else if (line && line !== '# EOF') current.push(line);
  }
  return [...families].map(([header, lines]) => [header, ...lines].join('\n')).join('\n') + '\n# EOF\n';
}

let istio: RunningPrometheus;
let plain: RunningPrometheus;
let closedUrl: string;

beforeAll(async () => {
  delete process.env.KUBECONFIG;
  const shop = generateIstioOpenMetrics({
    services: [service('shop', 'frontend', 20), service('shop', 'cart', 8)],
    startMs: NOW - 3 * HOUR,
    endMs: REPLACED,
    scrapeIntervalMs: 30_000,
  });
  const bookinfo = generateIstioOpenMetrics({
    services: [service('bookinfo', 'productpage', 20.3377), service('bookinfo', 'reviews', 10.7131)],
    startMs: REPLACED,
    endMs: NOW,
    scrapeIntervalMs: 30_000,
  });
  const notIstio = ['# TYPE node_load1 gauge'];
  for (let t = NOW - 2 * HOUR; t < NOW; t += MINUTE)
    notIstio.push(`node_load1{instance="a"} 0.5 ${t / 1000}`);
  [istio, plain] = await Promise.all([
    startPrometheus(mergeFamilies([shop, bookinfo])),
    startPrometheus(notIstio.join('\n') + '\n# EOF\n'),
  ]);
  // A port nothing listens on: taken, then released.
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  closedUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 1}`;
  await new Promise((resolve) => server.close(resolve));
}, 120_000);

afterAll(async () => {
  await Promise.all([istio?.stop(), plain?.stop()]);
});

/** The CLI on a clock at NOW, counting every millisecond it asks to wait; and how long it really took. */
async function cli(...argv: string[]): Promise<CliRun & { waitedMs: number; tookMs: number }> {
  let waitedMs = 0;
  const started = Date.now();
  const result = await runCli(argv, {
    now: () => NOW + waitedMs,
    sleep: async (ms) => {
      waitedMs += ms;
    },
  });
  return { ...result, waitedMs, tookMs: Date.now() - started };
}

const prometheus = (url: string) => ['--source', 'prometheus', '--prometheus-url', url];
const bookinfoBaseline = join(dir, 'bookinfo.json');
const shopBaseline = join(dir, 'shop.json');

beforeAll(async () => {
  const learned = await Promise.all([
    cli('learn', ...prometheus(istio.url), '--baseline', bookinfoBaseline,
      '--from', iso(REPLACED + 5 * MINUTE), '--to', iso(NOW - 10 * MINUTE)), // prettier-ignore
    cli('learn', ...prometheus(istio.url), '--baseline', shopBaseline,
      '--from', iso(NOW - 3 * HOUR + 5 * MINUTE), '--to', iso(REPLACED - 5 * MINUTE)), // prettier-ignore
  ]);
  for (const run of learned) expect(run.stderr).not.toMatch(/^Error:/m);
}, 60_000);

/** One line of cause, one of fix, exit 2, no stack trace, no waiting, within 5 s. */
function expectFastFailure(run: CliRun & { waitedMs: number; tookMs: number }, cause: RegExp): void {
  expect(run.stderr).toMatch(/^Error: [^\n]+\nFix: [^\n]+\n$/);
  expect(run.stderr).toMatch(cause);
  expect(run.code).toBe(2);
  expect(run.waitedMs).toBe(0);
  expect(run.tookMs).toBeLessThan(5000);
}

describe('a live 5-minute scan fails before it waits', () => {
  test('when nothing answers at the Prometheus URL', async () => {
    const run = await cli(
      'scan',
      ...prometheus(closedUrl),
      '--baseline',
      bookinfoBaseline,
      '--duration',
      '5m',
    );
    expectFastFailure(run, /^Error: cannot reach Prometheus at http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED$/m);
  });

  test('when the Prometheus holds no Istio metrics', async () => {
    const run = await cli(
      'scan',
      ...prometheus(plain.url),
      '--baseline',
      bookinfoBaseline,
      '--duration',
      '5m',
    );
    expectFastFailure(
      run,
      /^Error: no mesh metrics found at http:\/\/127\.0\.0\.1:\d+ between \S+ and \S+: none of istio_requests_total \(Istio \(sidecars\), Istio ambient\), istio_tcp_connections_opened_total \(Istio ambient L4\), response_total \(Linkerd\)$/m,
    );
  });

  test('when the namespace asked for has no Istio metrics', async () => {
    const run = await cli('scan', ...prometheus(istio.url), '--baseline', bookinfoBaseline, '-n', 'payments', '--duration', '5m'); // prettier-ignore
    expectFastFailure(
      run,
      /: no Istio \(sidecars\) request metrics \(istio_requests_total\) in namespace payments in the last 1h$/m,
    );
  });

  test('when the --report path cannot be written', async () => {
    const report = join(dir, 'no-such-folder', 'report.json');
    const run = await cli('scan', ...prometheus(istio.url), '--baseline', bookinfoBaseline, '--duration', '5m', '--report', report); // prettier-ignore
    expectFastFailure(
      run,
      /^Error: cannot write the report to .*report\.json: the folder .*no-such-folder does not exist$/m,
    );
    expect(run.stderr).toMatch(
      /^Fix: create the folder \(mkdir -p .*no-such-folder\) or choose another --report$/m,
    );
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
  });

  test('when the baseline was learned on another mesh', async () => {
    const run = await cli('scan', ...prometheus(istio.url), '--baseline', shopBaseline, '--duration', '5m');
    expectFastFailure(
      run,
      /^Error: .*shop\.json is for another mesh \(0 of 2 services match: it knows shop\/cart, shop\/frontend\)$/m,
    );
    expect(run.stderr).toMatch(
      // The command carries the connection this scan was given, so it runs as pasted.
      /^Fix: learn one on this mesh: smanalyzer learn --source prometheus --prometheus-url http:\/\/127\.0\.0\.1:\d+ --baseline .*shop\.json$/m,
    );
  });
});

test('a past window of the same mesh passes the preflight and is judged', async () => {
  const run = await cli('scan', ...prometheus(istio.url), '--baseline', bookinfoBaseline,
    '--from', iso(NOW - 25 * MINUTE), '--to', iso(NOW - 15 * MINUTE), '--output', 'json'); // prettier-ignore
  expect(run.stderr).not.toMatch(/^Error:/m);
  expect(run.code).toBe(0);
  expect(
    JSON.parse(run.stdout)
      .services.map((s: { name: string }) => s.name)
      .sort(),
  ).toEqual(['productpage', 'reviews']);
});

test('the simulated Bookinfo mesh scanned against a Boutique baseline is refused, not judged', async () => {
  const boutique = join(dir, 'boutique.json');
  expect(
    (await cli('learn', '--source', 'simulated', '--topology', 'boutique', '--baseline', boutique)).code,
  ).toBe(0);
  const run = await cli('scan', '--source', 'simulated', '--topology', 'bookinfo', '--baseline', boutique);
  expectFastFailure(
    run,
    /^Error: .*boutique\.json is for another mesh \(0 of 10 services match: it knows boutique\/\w+/m,
  );
  expect(run.stderr).toMatch(
    /^Fix: learn one on this mesh: smanalyzer learn --source simulated --topology bookinfo --baseline /m,
  );
});

test('learn says when the source holds less history than asked, and that it is too short for the daily profile', async () => {
  const run = await cli(
    'learn',
    ...prometheus(istio.url),
    '--baseline',
    join(dir, 'day.json'),
    '--duration',
    '24h',
  );
  expect(run.code).toBe(0);
  expect(run.stderr).toMatch(
    /^Warning: the source holds only 3h of the 24h asked \(data from \S+ to \S+\): the baseline is learned from that$/m,
  );
  expect(run.stderr).toMatch(
    /^Warning: 3h of history is too short for the hour-of-day traffic profile \(it needs 20h\): .* learn 24h for it$/m,
  );
});

describe('words read from Prometheus (item 8)', () => {
  const window = ['--from', iso(NOW - 25 * MINUTE), '--to', iso(NOW - 15 * MINUTE)];

  test('requests are whole numbers in the JSON report and in the text', async () => {
    const json = await cli(
      'scan',
      ...prometheus(istio.url),
      '--baseline',
      bookinfoBaseline,
      ...window,
      '-o',
      'json',
    );
    const services = (JSON.parse(json.stdout) as Report).services;
    expect(services.map((s) => s.requests).every((n) => Number.isInteger(n) && n > 0)).toBe(true);
    const text = await cli('scan', ...prometheus(istio.url), '--baseline', bookinfoBaseline, ...window);
    const counts = [...text.stdout.matchAll(/([\d.]+) requests/g)].map((m) => m[1]);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.filter((n) => !/^\d+$/.test(n))).toEqual([]);
  });

  test('progress on a terminal names what it fetched, never "read errors"', async () => {
    let progress = '';
    const code = await main(['scan', ...prometheus(istio.url), '--baseline', bookinfoBaseline, ...window], {
      stdout: { write: () => true },
      stderr: { write: (s: string) => (progress += s), isTTY: true },
      env: {},
      now: () => NOW,
    });
    expect(code).toBe(0);
    expect(progress).toMatch(/fetched the \w+ series/);
    expect(progress).not.toMatch(/read errors/);
  });
});

/**
 * On a real Prometheus, with Istio's histograms and known answers:
 * - a heavy-tailed p99 (its normal windows reach 1 s) passes at 330 ms; a 2x shift of a stable p99 fails;
 * - a service at 0.2 req/s with 5 errors in the 60 requests of a 5-minute scan fails, with 0 it passes.
 * Window quantiles come from the window's merged bucket increments; the quiet service is judged by counts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../src/core/types.js';
import { runCli } from './support/cli.js';
import {
  generateIstioOpenMetrics,
  type InjectedChange,
  type LatencyBand,
  type SyntheticService,
} from './support/istio-openmetrics.js';
import { startPrometheus, type RunningPrometheus } from '../harness/prometheus.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const NOW = Math.floor(Date.now() / HOUR) * HOUR;
const START = NOW - 8 * HOUR;
const END = NOW - HOUR;
const LEARN = { from: START + 5 * MINUTE, to: START + 6 * HOUR };
/** The scan with a change, and a clean one later. */
const CHANGED = { from: START + 6 * HOUR + 20 * MINUTE, to: START + 6 * HOUR + 25 * MINUTE };
const CLEAN = { from: START + 6 * HOUR + 42 * MINUTE, to: START + 6 * HOUR + 47 * MINUTE };
const iso = (ms: number) => new Date(ms).toISOString();

const ok = [
  { code: '200', share: 0.999 },
  { code: '503', share: 0.001 },
];
const band = (lowerMs: number, upperMs: number, fraction: number): LatencyBand => ({
  lowerMs,
  upperMs,
  fraction,
});

/** Heavy tail: most 10-minute periods p99 ≈ 55 ms; every fourth one a GC-like tail puts it past 1 s. */
const QUICK: LatencyBand[] = [band(10, 60, 0.995), band(60, 120, 0.005)];
const SPIKY: LatencyBand[] = [band(10, 60, 0.975), band(500, 1500, 0.025)];
/** The scan: p99 ≈ 330 ms, inside what the tail reaches. */
const TAIL_330: LatencyBand[] = [band(10, 60, 0.985), band(250, 500, 0.015)];
/** Stable: p99 ≈ 80 ms in every window; the scan doubles every latency. */
const STABLE: LatencyBand[] = [band(10, 40, 0.95), band(40, 90, 0.05)];
const DOUBLED: LatencyBand[] = STABLE.map((b) => band(2 * b.lowerMs, 2 * b.upperMs, b.fraction));

const services: SyntheticService[] = [
  { namespace: 'tail', name: 'search', protocol: 'http', ratePerSecond: 5, responses: ok, latency: QUICK },
  { namespace: 'stable', name: 'cart', protocol: 'http', ratePerSecond: 5, responses: ok, latency: STABLE },
  { namespace: 'quiet', name: 'mail', protocol: 'http', ratePerSecond: 0.2, responses: ok, latency: STABLE },
];

const changes: InjectedChange[] = [
  {
    namespace: 'tail',
    name: 'search',
    fromMs: CHANGED.from,
    toMs: CHANGED.to,
    change: { latency: TAIL_330 },
  },
  { namespace: 'stable', name: 'cart', fromMs: CHANGED.from, toMs: CHANGED.to, change: { latency: DOUBLED } },
  // 5 errors in the 60 requests of the scan.
  {
    namespace: 'quiet',
    name: 'mail',
    fromMs: CHANGED.from,
    toMs: CHANGED.to,
    change: {
      responses: [
        { code: '200', share: 55 },
        { code: '503', share: 5 },
      ],
    },
  },
];
for (let t = START; t < END; t += 10 * MINUTE) {
  if (Math.floor((t - START) / (10 * MINUTE)) % 4 === 1)
    changes.push({
      namespace: 'tail',
      name: 'search',
      fromMs: t,
      toMs: t + 10 * MINUTE,
      change: { latency: SPIKY },
    });
}

const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-real-'));
let prometheus: RunningPrometheus;
let savedKubeconfig: string | undefined;

beforeAll(async () => {
  savedKubeconfig = process.env.KUBECONFIG;
  delete process.env.KUBECONFIG;
  prometheus = await startPrometheus(
    generateIstioOpenMetrics({ services, changes, startMs: START, endMs: END, scrapeIntervalMs: 15_000 }),
  );
}, 120_000);

afterAll(async () => {
  await prometheus?.stop();
  rmSync(dir, { recursive: true, force: true });
  if (savedKubeconfig !== undefined) process.env.KUBECONFIG = savedKubeconfig;
});

const cli = (...argv: string[]) => runCli(argv, { now: () => NOW });
const flags = (namespace: string) => [
  '--source', 'prometheus', '--prometheus-url', prometheus.url, '-n', namespace,
  '--baseline', join(dir, `${namespace}.json`),
]; // prettier-ignore

async function learnAndScan(namespace: string, window: { from: number; to: number }) {
  const learned = await cli('learn', ...flags(namespace), '--from', iso(LEARN.from), '--to', iso(LEARN.to));
  expect(learned.stderr).not.toMatch(/^Error:/m);
  expect(learned.code).toBe(0);
  const scanned = await cli(
    'scan',
    ...flags(namespace),
    '--from',
    iso(window.from),
    '--to',
    iso(window.to),
    '-o',
    'json',
  );
  expect(scanned.stderr).not.toMatch(/^Error:/m);
  return { code: scanned.code, report: JSON.parse(scanned.stdout) as Report };
}

test('a heavy-tailed p99 (its normal windows reach 1 s) passes at 330 ms', async () => {
  const { code, report } = await learnAndScan('tail', CHANGED);
  const p99 = report.services[0].metrics.latencyP99!;
  // The window's own p99 from its merged buckets: in (250, 500], where the 330 ms tail lies.
  expect(p99.observed).toBeGreaterThan(250);
  expect(p99.observed).toBeLessThanOrEqual(500);
  expect(report.anomalies.filter((f) => f.type === 'latency')).toEqual([]);
  expect(code).toBe(0);
}, 60_000);

test('a 2x shift of a stable p99 fails; a clean window of the same service passes', async () => {
  const { code, report } = await learnAndScan('stable', CHANGED);
  expect(code).toBe(1);
  const latency = report.anomalies.find((f) => f.service === 'cart' && f.type === 'latency')!;
  expect(latency.onset).toBe('new');
  const clean = await cli(
    'scan',
    ...flags('stable'),
    '--from',
    iso(CLEAN.from),
    '--to',
    iso(CLEAN.to),
    '-o',
    'json',
  );
  expect(clean.code).toBe(0);
  expect((JSON.parse(clean.stdout) as Report).verdict).toBe('pass');
}, 60_000);

test('0.2 req/s: 5 errors in 60 requests fail, 0 errors pass — judged by counts, not insufficient-data', async () => {
  const { code, report } = await learnAndScan('quiet', CHANGED);
  expect(report.services[0].requests).toBeGreaterThanOrEqual(55);
  expect(report.services[0].requests).toBeLessThanOrEqual(65);
  expect(code).toBe(1);
  const errors = report.anomalies.find((f) => f.type === 'error_rate')!;
  expect(errors.reason).toMatchObject({ kind: 'event-count' });
  const clean = await cli(
    'scan',
    ...flags('quiet'),
    '--from',
    iso(CLEAN.from),
    '--to',
    iso(CLEAN.to),
    '-o',
    'json',
  );
  const cleanReport = JSON.parse(clean.stdout) as Report;
  expect(cleanReport.services[0].status).toBe('ok');
  expect(cleanReport.verdict).toBe('pass');
  expect(clean.code).toBe(0);
}, 60_000);

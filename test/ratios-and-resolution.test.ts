/**
 * Numbers a report can be trusted with, on a real Prometheus through the CLI:
 * - no ratio above 100%: a quiet remote call that failed every one of its 7.5 requests (as rate() extrapolates
 *   them) read "8 in 8 requests", observed 1.0667 — 8 events counted whole over 7.5 requests counted as a fraction
 *   (the review's case: 7 in 6.9, 101.45%);
 * - the reference window's evidence weighed by counts: 2 failures in 2 requests before the deploy, where next to
 *   none is usual, is already there, so the same failure after it (8 of 8) is pre-existing, and the report says so;
 * - rate windows of at least two samples of the data's own resolution: metrics scraped every 3 or 5 minutes read
 *   at a 2-minute (or one-interval) window left every step empty.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/cli.js';
import { generateIstioOpenMetrics, type SyntheticService } from './support/istio-openmetrics.js';
import { startPrometheus, type RunningPrometheus } from '../harness/prometheus.js';
import type { Report } from '../src/core/types.js';

const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-ratios-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const at = (hhmm: string) => Date.parse(`2026-11-25T${hhmm}:00Z`);
const busy = {
  protocol: 'http' as const,
  ratePerSecond: 20,
  responses: [{ code: '200', share: 1 }],
  latency: [{ lowerMs: 10, upperMs: 50, fraction: 1 }],
};

/** Every ratio in a report (findings' observed, expected and threshold; services' summaries), with where it is. */
function ratios(report: Report): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  const RATIO = /Ratio$/;
  for (const f of report.anomalies) {
    if (!RATIO.test(f.metric)) continue;
    out.push(
      [`${f.service} ${f.metric} observed`, f.observed],
      [`${f.service} ${f.metric} expected`, f.expected],
    );
    if (f.detector === 'rule') out.push([`${f.service} ${f.metric} threshold`, f.threshold]);
  }
  for (const s of report.services)
    for (const [metric, summary] of Object.entries(s.metrics))
      if (RATIO.test(metric) && summary?.observed != null)
        out.push([`${s.name} ${metric}`, summary.observed]);
  return out;
}

describe('a quiet remote call failing before and after the deploy', () => {
  // Learned 08:00–10:00 (80 requests, none failing); the 30 minutes before the deploy at 10:30 saw 2 requests, both
  // failing; the 10 minutes after it about 8, all failing.
  const services: SyntheticService[] = [
    { namespace: 'shop', name: 'frontend', ...busy },
    {
      namespace: 'shop',
      name: 'remote',
      protocol: 'http',
      ratePerSecond: 0.0111,
      responses: [
        { code: '200', share: 0.9999 },
        { code: '503', share: 0.0001 },
      ],
      latency: [{ lowerMs: 10, upperMs: 50, fraction: 1 }],
    },
  ];
  const failing = (ratePerSecond: number) => ({ ratePerSecond, responses: [{ code: '503', share: 1 }] });
  let prometheus: RunningPrometheus;
  let report: Report;
  let code: number;
  const baseline = join(dir, 'remote-baseline.json');

  beforeAll(async () => {
    prometheus = await startPrometheus(
      generateIstioOpenMetrics({
        services,
        startMs: at('08:00'),
        endMs: at('10:45'),
        scrapeIntervalMs: 15_000,
        // Counters are whole numbers, as Istio's are: rate() extrapolates them to 2.4 requests before the deploy
        // (2 of them failing, as whole counts) and to 7.5 after it, all failing.
        changes: [
          {
            namespace: 'shop',
            name: 'remote',
            fromMs: at('10:00'),
            toMs: at('10:30'),
            change: failing(3 / 1800),
          },
          {
            namespace: 'shop',
            name: 'remote',
            fromMs: at('10:30'),
            toMs: at('10:45'),
            change: failing(7.9 / 600),
          },
        ],
      }),
    );
    const clock = { now: () => at('10:50') };
    const common = ['--prometheus-url', prometheus.url, '-b', baseline, '-q'];
    const learned = await runCli(
      ['learn', ...common, '--from', '2026-11-25T08:00:00Z', '--to', '2026-11-25T10:00:00Z'],
      clock,
    );
    expect(learned.code).toBe(0);
    const scanned = await runCli(
      ['scan', ...common, '--from', '2026-11-25T10:30:00Z', '--to', '2026-11-25T10:40:00Z', '-o', 'json'],
      clock,
    );
    code = scanned.code;
    report = JSON.parse(scanned.stdout) as Report;
  }, 180_000);
  afterAll(() => prometheus?.stop());

  test('its error ratio is 100%, never more, and its events are counted over its requests', () => {
    const errors = report.anomalies.find((f) => f.service === 'remote' && f.type === 'error_rate');
    expect(errors).toBeDefined();
    expect(errors!.observed).toBe(1);
    expect(errors!.reason).toMatchObject({ kind: 'event-count' });
    const reason = errors!.reason as { events: number; requests: number };
    expect(reason.events).toBe(reason.requests);
    expect(errors!.description).toMatch(/^error ratio 100% is (\d+) in \1 requests /);
  });

  test('no ratio anywhere in the report is above 100%', () => {
    const above = ratios(report).filter(([, value]) => value > 1);
    expect(above).toEqual([]);
    expect(ratios(report).length).toBeGreaterThan(0);
  });

  test('the failure is pre-existing: the reference window held 2 failures in 2 requests', () => {
    const errors = report.anomalies.find((f) => f.service === 'remote' && f.type === 'error_rate')!;
    expect(errors.onset).toBe('pre-existing');
    expect(report.verdict).toBe('warn');
    expect(code).toBe(0);
  });

  test('and the report says what evidence the reference window held', () => {
    expect(report.notes).toContainEqual(
      expect.stringMatching(
        /^already failing before the deploy, judged by counts \(too few requests for ratios\): shop\/remote errors: 2 of 2 requests in the 30 minutes before the deploy, where 0% is usual \(chance 1 in [\d,]+\); reported as pre-existing$/,
      ),
    );
  });
});

describe.each([
  // Three minutes: rounded down to 2 for the step, a 2-minute window held one sample at most.
  { intervalSeconds: 180, offsetSeconds: 0 },
  // Five minutes, scraped off the step grid (as real scrapes are): a 5-minute window held one sample.
  { intervalSeconds: 300, offsetSeconds: 37 },
])('metrics scraped every $intervalSeconds s', ({ intervalSeconds, offsetSeconds }) => {
  const services: SyntheticService[] = [
    { namespace: 'shop', name: 'frontend', ...busy },
    { namespace: 'shop', name: 'cart', ...busy, ratePerSecond: 5 },
  ];
  let prometheus: RunningPrometheus;
  const baseline = join(dir, `every-${intervalSeconds}-baseline.json`);
  const clock = { now: () => at('14:30') };
  const cli = (...argv: string[]) =>
    runCli([...argv, '--prometheus-url', prometheus.url, '-b', baseline, '-q'], clock);

  beforeAll(async () => {
    prometheus = await startPrometheus(
      generateIstioOpenMetrics({
        services,
        startMs: at('08:00') + offsetSeconds * 1000,
        endMs: at('14:20'),
        scrapeIntervalMs: intervalSeconds * 1000,
      }),
    );
  }, 180_000);
  afterAll(() => prometheus?.stop());

  test('learn reads every service over the whole window', async () => {
    const learned = await cli('learn', '--from', '2026-11-25T08:30:00Z', '--to', '2026-11-25T13:00:00Z');
    expect(learned.stderr).not.toMatch(/Error|holds only/);
    expect(learned.code).toBe(0);
    const learnedServices = (
      JSON.parse(readFileSync(baseline, 'utf8')) as {
        services: Array<{ name: string; insufficient: boolean }>;
      }
    ).services;
    expect(learnedServices.map((s) => [s.name, s.insufficient])).toEqual([
      ['cart', false],
      ['frontend', false],
    ]);
  });

  test('a scan of the healthy mesh passes, with no step missing', async () => {
    const scanned = await cli(
      'scan',
      '--from',
      '2026-11-25T13:30:00Z',
      '--to',
      '2026-11-25T14:10:00Z',
      '-o',
      'json',
    );
    expect(scanned.stderr).toBe('');
    const report = JSON.parse(scanned.stdout) as Report;
    expect(report.notes.filter((note) => /absent, not zero/.test(note))).toEqual([]);
    expect(report.services.map((s) => [s.name, s.status])).toEqual([
      ['cart', 'ok'],
      ['frontend', 'ok'],
    ]);
    expect([scanned.code, report.verdict]).toEqual([0, 'pass']);
    // Requests counted as the data holds them: 40 minutes at 20/s and 5/s.
    const requests = Object.fromEntries(report.services.map((s) => [s.name, s.requests]));
    expect(requests.frontend).toBeGreaterThan(0.9 * 20 * 2400);
    expect(requests.cart).toBeGreaterThan(0.9 * 5 * 2400);
  });
});

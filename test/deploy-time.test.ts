/**
 * A deploy time cannot hide the deploy's own fault. A --deployed-at after the scan window's start would put the
 * reference window over the scan itself, so the fault reads as "already there"; one in the future would read an
 * empty window. Both are refused as bad input (exit 2, one line of cause naming the window, one of fix), through
 * the CLI (the simulated mesh and a real Prometheus) and through the bundled Action.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBundle, ROOT, runBundledAction } from './support/action-runner.js';
import { runCli } from './support/cli.js';
import { generateIstioOpenMetrics, type SyntheticService } from './support/istio-openmetrics.js';
import { startPrometheus, type RunningPrometheus } from '../harness/prometheus.js';
import type { Report } from '../src/core/types.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-deploy-time-'));
const baseline = join(dir, 'baseline.json');
const clock = { now: () => NOW };

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** stderr as the CLI prints a refusal: exactly an Error line and a Fix line. */
function refusal(stderr: string): { error: string; fix: string } {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(/^Error: /);
  expect(lines[1]).toMatch(/^Fix: /);
  return { error: lines[0], fix: lines[1] };
}

describe('through the CLI on the simulated mesh', () => {
  beforeAll(async () => {
    expect((await runCli(['learn', '--source', 'simulated', '--baseline', baseline], clock)).code).toBe(0);
  });
  const scan = (...argv: string[]) =>
    runCli(['scan', '--source', 'simulated', '--baseline', baseline, '-q', ...argv], clock);

  test('the fault is found when the deploy time is left to its default (the control)', async () => {
    const result = await scan('--inject', 'reviews:latency');
    expect(result.code).toBe(1);
  });

  test('--deployed-at now, after the replayed window starts, is refused naming the window', async () => {
    const result = await scan('--inject', 'reviews:latency', '--deployed-at', 'now');
    expect(result.code).toBe(2);
    const { error, fix } = refusal(result.stderr);
    expect(error).toBe(
      "Error: the deploy time (deployed-at) 2026-11-25T12:00:00.000Z is after the scan window's start: the window is " +
        '2026-11-25T11:55:00.000Z → 2026-11-25T12:00:00.000Z, so the 30 minutes before the deploy would overlap the scan',
    );
    expect(fix).toMatch(/at or before 2026-11-25T11:55:00\.000Z/);
    expect(result.stdout).toBe('');
  });

  test('a deploy time inside the window (-2m) is refused too; at its start (-5m) it is accepted', async () => {
    expect((await scan('--inject', 'reviews:latency', '--deployed-at', '-2m')).code).toBe(2);
    const atStart = await scan('--inject', 'reviews:latency', '--deployed-at', '-5m', '-o', 'json');
    expect(atStart.code).toBe(1);
    expect((JSON.parse(atStart.stdout) as Report).window.reference?.to).toBe('2026-11-25T11:55:00.000Z');
  });

  test('a future deploy time is refused as such', async () => {
    const result = await scan('--deployed-at', '2026-11-25T13:00:00Z');
    expect(result.code).toBe(2);
    const { error } = refusal(result.stderr);
    expect(error).toBe(
      'Error: the deploy time (deployed-at) 2026-11-25T13:00:00.000Z is in the future (now is 2026-11-25T12:00:00.000Z)',
    );
  });

  test('a past window with the deploy after its start is refused before anything is read', async () => {
    const result = await scan('--from', '-20m', '--to', '-10m', '--deployed-at', '-15m');
    expect(result.code).toBe(2);
    expect(refusal(result.stderr).error).toMatch(
      /after the scan window's start: the window is 2026-11-25T11:40:00\.000Z → 2026-11-25T11:50:00\.000Z/,
    );
  });
});

describe('through the CLI on a real Prometheus', () => {
  // Two hours of normal traffic, then from 10:00 a 15% error fault: the deploy at 10:00 brought it.
  const START = Date.parse('2026-11-25T08:00:00Z');
  const DEPLOY = Date.parse('2026-11-25T10:00:00Z');
  const END = Date.parse('2026-11-25T10:20:00Z');
  const normal = {
    protocol: 'http' as const,
    ratePerSecond: 20,
    responses: [{ code: '200', share: 1 }],
    latency: [{ lowerMs: 10, upperMs: 50, fraction: 1 }],
  };
  const services: SyntheticService[] = [
    { namespace: 'shop', name: 'cart', ...normal },
    { namespace: 'shop', name: 'checkout', ...normal },
  ];
  let prometheus: RunningPrometheus;
  const promBaseline = join(dir, 'prometheus-baseline.json');
  const cli = (...argv: string[]) =>
    runCli([...argv, '--prometheus-url', prometheus.url, '--baseline', promBaseline, '-q'], {
      now: () => END + 60_000,
    });

  beforeAll(async () => {
    prometheus = await startPrometheus(
      generateIstioOpenMetrics({
        services,
        startMs: START,
        endMs: END,
        scrapeIntervalMs: 15_000,
        changes: [
          {
            namespace: 'shop',
            name: 'cart',
            fromMs: DEPLOY,
            toMs: END,
            change: {
              responses: [
                { code: '200', share: 0.85 },
                { code: '503', share: 0.15 },
              ],
            },
          },
        ],
      }),
    );
    const learned = await cli('learn', '--from', '2026-11-25T08:00:00Z', '--to', '2026-11-25T09:30:00Z');
    expect(learned.code).toBe(0);
  }, 120_000);
  afterAll(() => prometheus?.stop());

  test('the fault fails the gate with the deploy at the window start (the control)', async () => {
    const result = await cli('scan', '--from', '2026-11-25T10:05:00Z', '--to', '2026-11-25T10:15:00Z');
    expect(result.code).toBe(1);
  });

  test('a deploy time after the start is refused, not judged pre-existing', async () => {
    const result = await cli(
      'scan',
      '--from',
      '2026-11-25T10:05:00Z',
      '--to',
      '2026-11-25T10:15:00Z',
      '--deployed-at',
      '2026-11-25T10:15:00Z',
    );
    expect(result.code).toBe(2);
    expect(refusal(result.stderr).error).toMatch(
      /deployed-at\) 2026-11-25T10:15:00\.000Z is after the scan window's start: the window is 2026-11-25T10:05:00\.000Z → 2026-11-25T10:15:00\.000Z/,
    );
  });

  test('a future deploy time is refused as such, not "no Istio metrics found"', async () => {
    const result = await cli(
      'scan',
      '--from',
      '2026-11-25T10:05:00Z',
      '--to',
      '2026-11-25T10:15:00Z',
      '--deployed-at',
      '2026-11-26T10:00:00Z',
    );
    expect(result.code).toBe(2);
    expect(refusal(result.stderr).error).toMatch(/is in the future/);
  });
});

describe('through the bundled Action', () => {
  let work: string;
  beforeAll(async () => {
    ensureBundle();
    work = mkdtempSync(join(tmpdir(), 'smanalyzer-deploy-action-'));
  }, 600_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const run = (inputs: Record<string, string>) =>
    runBundledAction({
      // The fault is the deploy's: learning saw a healthy mesh.
      work,
      inputs: {
        source: 'simulated',
        'baseline-path': join(work, 'baseline.json'),
        comment: 'never',
        ...inputs,
      },
      env: {
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: join(ROOT, 'test', 'support', 'events', 'push.json'),
        GITHUB_REPOSITORY: 'octo-org/bookinfo',
        ...(inputs.mode === 'scan' ? { SMANALYZER_SIMULATE_FAULTS: 'reviews:latency:3' } : {}),
      },
    });

  test('deployed-at after the window start fails the step with the window named; the control fails on the fault', async () => {
    expect((await run({ mode: 'learn' })).code).toBe(0);
    const control = await run({ mode: 'scan' });
    expect([control.code, control.outputs.verdict]).toEqual([1, 'fail']);
    const late = await run({ mode: 'scan', 'deployed-at': 'now' });
    expect(late.code).toBe(1);
    expect(late.outputs.verdict).toBeUndefined();
    expect(late.stdout).toMatch(
      /^::error::the deploy time \(deployed-at\) \S+ is after the scan window's start: the window is \S+ → \S+, so the 30 minutes before the deploy would overlap the scan%0ATo fix: give a deploy time at or before/m,
    );
    const future = await run({ mode: 'scan', 'deployed-at': '2999-01-01T00:00:00Z' });
    expect(future.code).toBe(1);
    expect(future.stdout).toMatch(
      /^::error::the deploy time \(deployed-at\) 2999-01-01T00:00:00\.000Z is in the future/m,
    );
  }, 120_000);
});

/**
 * The verdict judges the deploy, not the day. Through the CLI on the simulated mesh: a fault that
 * began before the deploy (`@-2h`) is pre-existing (warn); a new fault on top of it fails.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/cli.js';
import type { Report } from '../src/core/types.js';
import { DEFAULT_CONFIG } from '../src/config/load.js';
import { SimulatedSource } from '../src/sources/simulated/source.js';
import { markOnsets } from '../src/core/judge/onset.js';
import { detectServiceAnomalies } from '../src/core/judge/service.js';
import { readBaseline } from '../src/baseline/store.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-deploy-'));
const baseline = join(dir, 'baseline.json');
const run = (...argv: string[]) => runCli(argv, { now: () => NOW });
const scan = async (...argv: string[]) => {
  const result = await run('scan', '--source', 'simulated', '--baseline', baseline, '-o', 'json', ...argv);
  return { code: result.code, report: JSON.parse(result.stdout) as Report, stderr: result.stderr };
};

beforeAll(async () => {
  expect((await run('learn', '--source', 'simulated', '--baseline', baseline)).code).toBe(0);
});

test('a level shift that was there before the deploy warns, marked pre-existing', async () => {
  const { code, report } = await scan('--inject', 'reviews:latency:2@-2h');
  expect(code).toBe(0);
  expect(report.verdict).toBe('warn');
  const latency = report.anomalies.filter((f) => f.service === 'reviews' && f.type === 'latency');
  expect(latency.length).toBe(1);
  expect(latency[0].onset).toBe('pre-existing');
  // Its callers slowed with it (the simulated mesh propagates along the call graph): pre-existing too.
  expect(report.anomalies.every((f) => f.onset === 'pre-existing')).toBe(true);
  expect(report.summary.preExisting).toBe(report.anomalies.length);
  expect(report.summary.gatingAnomalies).toBe(0);
  expect(report.summary.reason).toMatch(/already present before the deploy/);
  // The reference window: the 30 minutes right before the deploy (the scan window's start by default).
  expect(report.window.reference).toEqual({
    from: new Date(Date.parse(report.window.from) - 30 * 60_000).toISOString(),
    to: report.window.from,
  });
});

test('the text report lists it in its own section', async () => {
  const result = await run(
    'scan',
    '--source',
    'simulated',
    '--baseline',
    baseline,
    '--inject',
    'reviews:latency:2@-2h',
  );
  expect(result.stdout).toMatch(
    /No new anomalies\.\n\nAlready present before the deploy \(\d\):\n(.*\n)*.*bookinfo\/reviews {2}latency/,
  );
});

test('a new fault on top of a pre-existing one (latency already 2x, now 4x) fails', async () => {
  const { code, report } = await scan('--inject', 'reviews:latency:2@-2h', '--inject', 'reviews:latency:4');
  expect(code).toBe(1);
  expect(report.verdict).toBe('fail');
  const latency = report.anomalies.find((f) => f.service === 'reviews' && f.type === 'latency')!;
  expect(latency.onset).toBe('new');
  expect(report.summary.gatingAnomalies).toBeGreaterThanOrEqual(1);
});

test('a fault the deploy brought is new and fails; so does a pre-existing one with gate.preExisting: fail', async () => {
  const fresh = await scan('--inject', 'reviews:latency:2');
  expect(fresh.code).toBe(1);
  expect(fresh.report.anomalies.find((f) => f.service === 'reviews' && f.type === 'latency')!.onset).toBe(
    'new',
  );

  const config = join(dir, 'strict.yaml');
  writeFileSync(config, 'gate:\n  preExisting: fail\n  before: 20m\n');
  const strict = await scan('--inject', 'reviews:latency:2@-2h', '--config', config);
  expect(strict.code).toBe(1);
  expect(strict.report.anomalies.find((f) => f.service === 'reviews' && f.type === 'latency')!.onset).toBe(
    'pre-existing',
  );
  expect(strict.report.window.reference!.from).toBe(
    new Date(Date.parse(strict.report.window.from) - 20 * 60_000).toISOString(),
  );
});

test('--before 0 turns the comparison off: no reference window, every finding new', async () => {
  const { code, report } = await scan('--inject', 'reviews:latency:2@-2h', '--before', '0');
  expect(code).toBe(1);
  expect(report.window.reference).toBeUndefined();
  expect(report.anomalies.every((f) => f.onset === 'new')).toBe(true);
});

test('--deployed-at places the reference window before the given time', async () => {
  // The deploy an hour ago brought the fault (it acts from the deploy): the hour before it was clean.
  const { code, report } = await scan('--inject', 'reviews:latency:2', '--deployed-at', '-1h');
  expect(code).toBe(1);
  expect(report.window.reference!.to).toBe(new Date(NOW - 3_600_000).toISOString());
  expect(report.anomalies.find((f) => f.service === 'reviews' && f.type === 'latency')!.onset).toBe('new');
});

test('a 3-minute blip that ended 10 minutes before the deploy does not make a later fault pre-existing', () => {
  const learned = readBaseline(baseline, NOW);
  const step = learned.stepMs;
  const deploy = NOW - 5 * 60_000;
  const source = new SimulatedSource({ topology: 'bookinfo', seed: 1, faults: [] });
  const reference = source.collect({ from: deploy - 30 * 60_000, to: deploy, stepMs: step, namespaces: [] });
  const faulty = new SimulatedSource({
    topology: 'bookinfo',
    seed: 1,
    faults: [{ service: 'reviews', type: 'latency', magnitude: 2.5 }],
  });
  return Promise.all([
    reference,
    faulty.collect({ from: deploy, to: NOW, stepMs: step, namespaces: [] }),
  ]).then(([ref, now]) => {
    // The blip: 3 minutes of 2.5x latency, over 10 minutes before the deploy.
    const reviews = ref.services.find((s) => s.service.name === 'reviews')!;
    const blipEnd = reviews.requests.length - (10 * 60_000) / step;
    for (let i = blipEnd - (3 * 60_000) / step; i < blipEnd; i++) {
      for (const m of ['latencyP50', 'latencyP90', 'latencyP99'] as const) reviews.values[m][i]! *= 2.5;
    }
    const byId = new Map(learned.services.map((s) => [`${s.namespace}/${s.name}`, s]));
    const windowSteps = learned.featureWindowMs / step;
    const judged = now.services.map((series) => ({
      key: series.service,
      verdict: detectServiceAnomalies(
        series,
        byId.get(`bookinfo/${series.service.name}`)!,
        DEFAULT_CONFIG,
        step,
        windowSteps,
        now.from,
      ),
    }));
    const latency = () =>
      markOnsets(judged, ref, byId, DEFAULT_CONFIG, windowSteps)
        .services.flatMap((s) => s.verdict.findings)
        .find((f) => f.service === 'reviews' && f.type === 'latency')!;
    expect(latency().onset).toBe('new');
    // The same level held through the whole reference window would have been pre-existing.
    for (let i = 0; i < reviews.requests.length; i++)
      for (const m of ['latencyP50', 'latencyP90', 'latencyP99'] as const) reviews.values[m][i]! *= 2.5;
    expect(latency().onset).toBe('pre-existing');
  });
});

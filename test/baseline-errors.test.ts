/**
 * The bad-input matrix for baselines: truncated, not JSON, another schema version, from the future, another
 * source / namespaces / cluster / bucket layout. Each: one line of cause, one of fix, exit 2, no report written.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCompatibility, type Baseline } from '../src/baseline/store.js';
import { main } from '../src/cli/main.js';
import { loadConfig } from '../src/config/load.js';
import { runLearn } from '../src/app/pipeline.js';
import { BaselineError } from '../src/core/types.js';

const NOW = Date.now();
let dir: string;
let validText: string;
let valid: Baseline;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'smanalyzer-baseline-errors-'));
  const baselinePath = join(dir, 'valid.json');
  const config = loadConfig({
    overrides: { baselinePath, learnDurationMs: 2 * 3_600_000, namespaces: ['bookinfo'] },
  });
  await runLearn({ config, now: () => NOW, log: () => undefined });
  validText = readFileSync(baselinePath, 'utf8');
  valid = JSON.parse(validText) as Baseline;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function scanWith(text: string, args: string[] = []) {
  const path = join(dir, `baseline-${Math.random().toString(36).slice(2)}.json`);
  const report = join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, text);
  let stderr = '';
  const code = await main(
    [
      'scan',
      '--source',
      'simulated',
      '--baseline',
      path,
      '--report',
      report,
      '--namespace',
      'bookinfo',
      ...args,
    ],
    {
      stdout: { write: () => true },
      stderr: { write: (t: string) => (stderr += t) },
      env: {},
    },
  );
  const lines = stderr.split('\n').filter(Boolean);
  return { code, lines, reportWritten: existsSync(report), baselineAfter: readFileSync(path, 'utf8') };
}

const edit = (change: (b: Record<string, unknown>) => void) => {
  const copy = structuredClone(valid) as unknown as Record<string, unknown>;
  change(copy);
  return JSON.stringify(copy);
};

const CASES: Array<[string, () => string, string[], RegExp]> = [
  [
    'truncated',
    () => validText.slice(0, Math.floor(validText.length / 2)),
    [],
    /is not valid JSON \(truncated or corrupted\?\)/,
  ],
  ['empty', () => '', [], /is not valid JSON \(empty file\)/],
  ['not JSON', () => 'schemaVersion: 1\nservices: []\n', [], /is not valid JSON/],
  [
    'of another schema version',
    () => edit((b) => (b.schemaVersion = 2)),
    [],
    /has baseline schema version 2; this smanalyzer reads version 1/,
  ],
  [
    'without a schema version',
    () => JSON.stringify({ services: [] }),
    [],
    /has baseline schema version null/,
  ],
  [
    'from the future',
    () => edit((b) => (b.createdAt = new Date(NOW + 86_400_000).toISOString())),
    [],
    /was created in the future/,
  ],
  [
    'with a window that ends before it starts',
    () =>
      edit(
        (b) =>
          (b.window = { from: (b.window as { to: string }).to, to: (b.window as { from: string }).from }),
      ),
    [],
    /its window ends before it starts/,
  ],
  [
    'with a non-finite statistic',
    () => validText.replace(/"mean": [0-9.e+-]+/, '"mean": "NaN"'),
    [],
    /is not a valid baseline: services\.\d+\.metrics\.\w+\.mean/,
  ],
  [
    'with an inconsistent model',
    () =>
      edit(
        (b) =>
          (b.services as Array<{ models: Record<string, { k: number }> }>).find(
            (s) => Object.keys(s.models).length > 0,
          )!.models[
            Object.keys(
              (b.services as Array<{ models: object }>).find((s) => Object.keys(s.models).length > 0)!.models,
            )[0]
          ].k++,
      ),
    [],
    /model of .* is inconsistent/,
  ],
  [
    'of other namespaces',
    () => validText,
    ['--namespace', 'payments'],
    /covers namespaces bookinfo; this scan asks for payments/,
  ],
  // A baseline (possibly a planted artifact) is held to the bounds the config enforces.
  [
    'with a 30-day feature window',
    () => edit((b) => (b.featureWindowMs = 30 * 86_400_000)),
    [],
    /is not a valid baseline: featureWindowMs: .*(less than or equal|<=|too big)/i,
  ],
  [
    'with a 1 ms step',
    () => edit((b) => (b.stepMs = 1)),
    [],
    /is not a valid baseline: stepMs: .*(greater than or equal|>=|too small)/i,
  ],
  [
    'with a feature window shorter than one step',
    () => edit((b) => (b.featureWindowMs = (b.stepMs as number) - 1000)),
    [],
    /is not a valid baseline: featureWindowMs: must hold at least one step/,
  ],
  [
    'with an absurd kMax',
    () => edit((b) => (b.settings = { kMax: 1_000_000, seed: 1 })),
    [],
    /is not a valid baseline: settings\.kMax/,
  ],
  [
    'of another source',
    () => edit((b) => (b.source = 'sidecars')),
    [],
    /was learned from sidecars metrics; this scan reads simulated/,
  ],
];

describe.each(CASES)('a baseline that is %s', (_name, text, args, message) => {
  test('is refused with one line of cause and one of fix, exit 2, no report, the file untouched', async () => {
    const content = text();
    const outcome = await scanWith(content, args);

    expect(outcome.code).toBe(2);
    expect(outcome.lines.filter((l) => l.startsWith('Error: '))).toHaveLength(1);
    expect(outcome.lines.find((l) => l.startsWith('Error: '))).toMatch(message);
    expect(outcome.lines.filter((l) => l.startsWith('Fix: '))).toHaveLength(1);
    expect(outcome.reportWritten).toBe(false);
    expect(outcome.baselineAfter).toBe(content);
  });
});

// The cluster and the bucket layout are only known once the scan has connected or collected.
test('a baseline of another cluster is refused, naming both servers', () => {
  const other = { ...valid, cluster: { server: 'https://prod.example:6443', context: 'prod' } };
  expect(() =>
    checkCompatibility(
      other,
      { source: 'simulated', namespaces: ['bookinfo'], cluster: { server: 'https://staging.example:6443' } },
      'b.json',
    ),
  ).toThrow(
    new BaselineError(
      'b.json was learned on cluster https://prod.example:6443; this scan is on https://staging.example:6443',
      'x',
    ),
  );
});

test('a baseline of another latency bucket layout is refused, naming both layouts', () => {
  const other = { ...valid, histogramBuckets: [1, 5, 10] };
  expect(() =>
    checkCompatibility(
      other,
      { source: 'simulated', namespaces: ['bookinfo'], histogramBuckets: [1, 10, 100] },
      'b.json',
    ),
  ).toThrow(/learned with latency buckets \[1, 5, 10\]; the mesh now reports \[1, 10, 100\]/);
});

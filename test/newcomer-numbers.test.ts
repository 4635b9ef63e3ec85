/**
 * Numbers with meaning for a newcomer: a model finding in the metric's units (its internals only with --verbose
 * and in the JSON, never in the Markdown table), a legend under the sparklines, and monitor saying a note once
 * per run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/cli.js';
import { NOW, run } from './support/newcomer-servers.js';

let dir: string;
let baseline: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'smanalyzer-newcomer-'));
  baseline = join(dir, 'baseline.json');
  expect((await run('learn', '--source', 'simulated', '--baseline', baseline)).code).toBe(0);
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
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

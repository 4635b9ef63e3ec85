/**
 * Issue 14 through the CLI: the windows asked for are honoured or explained (item 6), the words a developer
 * reads (item 8), and the small things people expect (item 10).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/cli.js';
import type { Report } from '../src/core/types.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-first-hour-'));
const baseline = join(dir, 'bookinfo.json');
const run = (...argv: string[]) => runCli(argv, { now: () => NOW });

beforeAll(async () => {
  expect((await run('learn', '--source', 'simulated', '--baseline', baseline)).code).toBe(0);
});

describe('windows (item 6)', () => {
  test('learn on the default 24 h has nothing to warn about', async () => {
    const result = await run('learn', '--source', 'simulated', '--baseline', join(dir, 'day.json'));
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/Warning/);
  });

  test('learn over 6 h warns that the hour-of-day profile needs more', async () => {
    const result = await run(
      'learn',
      '--source',
      'simulated',
      '--baseline',
      join(dir, 'six.json'),
      '--duration',
      '6h',
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^Warning: 6h of history is too short for the hour-of-day traffic profile \(it needs 20h\): traffic is judged against the window's mean, .* learn 24h for it$/m,
    );
  });

  test('--duration 1m below the model window is explained in the report, not silently turned into 2m', async () => {
    const result = await run(
      'scan',
      '--source',
      'simulated',
      '--baseline',
      baseline,
      '--duration',
      '1m',
      '--output',
      'json',
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(Date.parse(report.window.to) - Date.parse(report.window.from)).toBe(120_000);
    expect(report.notes).toContain(
      'scanned 2m, not the 1m asked: the model judges 2m windows, the shortest scan it can judge',
    );
  });

  test.each([
    ['--from', '-1h'],
    ['--to', 'now'],
  ])('--duration with %s is an error naming both', async (flag, value) => {
    const result = await run(
      'scan',
      '--source',
      'simulated',
      '--baseline',
      baseline,
      '--duration',
      '5m',
      flag,
      value,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `Error: --duration 5m and ${flag} both given: a window is either timed from now or past\n` +
        'Fix: keep --duration for a live window, or --from/--to for a past one\n',
    );
  });
});

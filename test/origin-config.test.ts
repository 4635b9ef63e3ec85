/** report.origins: on by default, off from the config file; the verdict is the same either way. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/cli.js';
import type { Report } from '../src/core/types.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-origin-config-'));
const baseline = join(dir, 'baseline.json');
const run = (...argv: string[]) => runCli(argv, { now: () => NOW });
const scan = async (...extra: string[]) => {
  const result = await run(
    'scan',
    '--source',
    'simulated',
    '--baseline',
    baseline,
    '--inject',
    'reviews:error_rate:0.3',
    '-o',
    'json',
    ...extra,
  );
  return { code: result.code, report: JSON.parse(result.stdout) as Report, stderr: result.stderr };
};

beforeAll(async () => {
  expect((await run('learn', '--source', 'simulated', '--baseline', baseline)).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('report.origins', () => {
  it('names origins by default and leaves them out when the config turns them off, same verdict', async () => {
    const on = await scan();
    expect(on.report.origins?.[0]).toMatchObject({ service: 'reviews' });
    const file = join(dir, 'smanalyzer.yml');
    writeFileSync(file, 'report:\n  origins: false\n');
    const off = await scan('--config', file);
    expect(off.report.origins).toBeUndefined();
    expect(off.report.anomalies.every((a) => a.origin === undefined)).toBe(true);
    expect([off.code, off.report.verdict, off.report.anomalies.length]).toEqual([
      on.code,
      on.report.verdict,
      on.report.anomalies.length,
    ]);
  });

  it('refuses a value that is not true or false, with the key named', async () => {
    const file = join(dir, 'bad.yml');
    writeFileSync(file, 'report:\n  origins: maybe\n');
    const bad = await run('scan', '--source', 'simulated', '--baseline', baseline, '--config', file);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/report\.origins/);
  });
});

/**
 * A service the baseline does not know, through the CLI on the simulated mesh: the baseline is learned, then one
 * service is taken out of it (as if it were deployed since). Scanned failing 20% of its requests it fails the gate
 * on the fixed error limit; healthy, it passes, reported as not in the baseline.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/cli.js';
import type { Report } from '../src/core/types.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-new-service-'));
const baseline = join(dir, 'baseline.json');
const run = (...argv: string[]) => runCli(argv, { now: () => NOW });
const scan = async (...argv: string[]) => {
  const result = await run('scan', '--source', 'simulated', '--baseline', baseline, '-o', 'json', ...argv);
  return { code: result.code, report: JSON.parse(result.stdout) as Report };
};

beforeAll(async () => {
  expect((await run('learn', '--source', 'simulated', '--baseline', baseline)).code).toBe(0);
  const learned = JSON.parse(readFileSync(baseline, 'utf8')) as {
    services: Array<{ name: string }>;
    edges?: Array<{ name: string; caller: string }>;
  };
  learned.services = learned.services.filter((s) => s.name !== 'ratings');
  learned.edges = learned.edges?.filter((e) => e.name !== 'ratings' && !e.caller.endsWith('/ratings'));
  writeFileSync(baseline, JSON.stringify(learned));
});

test('a new service failing 20% of its requests fails the gate on the fixed error limit', async () => {
  const { code, report } = await scan('--inject', 'ratings:error_rate:0.2');
  expect(code).toBe(1);
  const ratings = report.services.find((s) => s.name === 'ratings')!;
  expect(ratings.status).toBe('new');
  expect(ratings.reason).toMatch(/not in the baseline: judged by the fixed limits alone/);
  const finding = report.anomalies.find((f) => f.service === 'ratings' && f.type === 'error_rate')!;
  expect(finding).toMatchObject({
    detector: 'rule',
    onset: 'new',
    reason: { kind: 'ratio-limit', limit: 0.05 },
  });
  expect(finding.observed).toBeCloseTo(0.2, 1);
  expect(report.notes.join('\n')).not.toMatch(/too little data before the deploy to tell whether.*ratings/);
});

test('a healthy new service passes, reported as not in the baseline', async () => {
  const { code, report } = await scan();
  expect(code).toBe(0);
  expect(report.anomalies.filter((f) => f.service === 'ratings')).toEqual([]);
  expect(report.services.find((s) => s.name === 'ratings')!.status).toBe('new');
  expect(report.summary.new).toBe(1);
});

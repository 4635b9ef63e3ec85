import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/cli.js';
import type { Report } from '../src/core/types.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-cli-'));

const run = (...argv: string[]) => runCli(argv, { now: () => NOW });

describe.each([1, 2, 3])('on the simulated Bookinfo mesh with seed %i', (seed) => {
  const baseline = join(dir, `seed-${seed}.json`);

  beforeAll(async () => {
    const learned = await run(
      'learn',
      '--source',
      'simulated',
      '--seed',
      String(seed),
      '--baseline',
      baseline,
    );
    expect(learned.code).toBe(0);
  });

  test('a clean scan passes with zero anomalies', async () => {
    const result = await run(
      'scan',
      '--source',
      'simulated',
      '--seed',
      String(seed),
      '--baseline',
      baseline,
      '--output',
      'json',
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.verdict).toBe('pass');
    expect(report.anomalies).toEqual([]);
    expect(report.services.map((s) => s.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
  });

  test.each(['productpage', 'details', 'reviews', 'ratings'])(
    'an injected latency fault on %s fails the gate and is named as the likely origin',
    async (service) => {
      const result = await run(
        'scan',
        '--source',
        'simulated',
        '--seed',
        String(seed),
        '--baseline',
        baseline,
        '--output',
        'json',
        '--inject',
        `${service}:latency`,
      );
      expect(result.code).toBe(1);
      const report = JSON.parse(result.stdout) as Report;
      expect(report.verdict).toBe('fail');
      // The fault reaches the callers (propagation): they are named as its symptoms, it as the origin.
      const own = report.anomalies.filter((a) => a.service === service);
      expect(own.map((a) => [a.type, a.origin])).toEqual([['latency', undefined]]);
      for (const symptom of report.anomalies.filter((a) => a.service !== service)) {
        expect(symptom.origin).toBe(`bookinfo/${service}`);
      }
      expect(report.origins?.map((o) => o.service)).toEqual([service]);
    },
  );
});

describe('the JSON report', () => {
  const baseline = join(dir, 'report.json');
  beforeAll(async () => {
    expect(
      (await run('learn', '--source', 'simulated', '--baseline', baseline, '--from', '-6h', '--to', 'now'))
        .code,
    ).toBe(0);
  });

  test('has the documented shape, and --report writes the same JSON', async () => {
    const path = join(dir, 'out.json');
    const result = await run(
      'scan',
      '--source',
      'simulated',
      '--baseline',
      baseline,
      '--inject',
      'ratings:error_rate',
      '--report',
      path,
      '--output',
      'json',
    );
    const report = JSON.parse(result.stdout) as Report;
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(report);
    expect(Object.keys(report)).toEqual([
      'schemaVersion',
      'tool',
      'verdict',
      'window',
      'source',
      'cluster',
      'partial',
      'baseline',
      'services',
      'anomalies',
      'summary',
      'notes',
      'charts',
      'origins',
    ]);
    expect(report.window.from).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const anomaly = report.anomalies.find((a) => a.service === 'ratings')!;
    for (const key of [
      'namespace',
      'service',
      'type',
      'severity',
      'detector',
      'metric',
      'observed',
      'expected',
      'threshold',
      'score',
      'description',
    ]) {
      expect(anomaly).toHaveProperty(key);
    }
    expect(anomaly).toMatchObject({ namespace: 'bookinfo', service: 'ratings', type: 'error_rate' });
    // ratings' errors reach its callers: the report names it as their origin.
    expect(report.origins?.[0]).toMatchObject({ namespace: 'bookinfo', service: 'ratings', kind: 'service' });
    expect(report.summary).toMatchObject({
      anomalyCount: report.anomalies.length,
      failOn: 'high',
      maxAnomalies: 0,
    });
  });

  test('--fail-on critical with a high finding only warns (exit 0)', async () => {
    // 7% errors at the entry service (no caller to pass them to): the 5% rule's "high"; the model, made 10x
    // less sensitive, agrees at most on "high".
    const result = await run(
      'scan',
      '--source',
      'simulated',
      '--baseline',
      baseline,
      '--inject',
      'productpage:error_rate:0.07',
      '--sensitivity',
      '0.1',
      '--fail-on',
      'critical',
      '--output',
      'json',
    );
    const report = JSON.parse(result.stdout) as Report;
    expect(report.anomalies.map((a) => a.severity)).toEqual(['high']);
    expect(report.verdict).toBe('warn');
    expect(result.code).toBe(0);
  });

  test('--warn-only never fails', async () => {
    const result = await run(
      'scan',
      '--source',
      'simulated',
      '--baseline',
      baseline,
      '--inject',
      'reviews:error_rate',
      '--warn-only',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/verdict WARN/);
  });

  test('text, table and markdown outputs name the failing service', async () => {
    for (const output of ['text', 'table', 'markdown']) {
      const result = await run(
        'scan',
        '--source',
        'simulated',
        '--baseline',
        baseline,
        '--inject',
        'details:retry_storm',
        '--output',
        output,
      );
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/details/);
      expect(result.stdout).toMatch(/retry(\\)?_storm/); // Markdown escapes the underscore
    }
  });
});

describe('bad input', () => {
  test('a missing baseline exits 2 with a cause and a fix, no stack trace', async () => {
    const result = await run('scan', '--source', 'simulated', '--baseline', join(dir, 'absent.json'));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `Error: no baseline at ${join(dir, 'absent.json')}\nFix: learn one first: smanalyzer learn --source simulated --baseline ${join(dir, 'absent.json')}\n`,
    );
  });

  test('a bad flag value exits 2', async () => {
    const result = await run('scan', '--fail-on', 'severe');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Error: "severe" is not a severity\nFix: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test('an unknown command exits 2 with a pointer to --help', async () => {
    const result = await run('scna');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Did you mean scan\?/);
  });

  test('an unknown service to inject into names the ones that exist', async () => {
    const result = await run(
      'scan',
      '--source',
      'simulated',
      '--baseline',
      join(dir, 'seed-1.json'),
      '--inject',
      'nosuch:latency',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/the bookinfo mesh has no such service/);
  });

  test('a failed learn writes nothing', async () => {
    const path = join(dir, 'never.json');
    const result = await run('learn', '--source', 'simulated', '--baseline', path, '--topology', 'nosuch');
    expect(result.code).toBe(2);
    expect(existsSync(path)).toBe(false);
  });
});

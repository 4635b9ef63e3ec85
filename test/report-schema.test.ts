/**
 * The JSON report has one schema (core/report-schema.ts): the report's types are inferred from it, and the
 * Action's mode: comment reads another run's report through it, with caps. A report a scan writes must read back
 * whole: every field the scan wrote, none dropped, none changed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseUntrustedReport } from '../src/action/report-input.js';
import { reportSchema } from '../src/core/report-schema.js';
import { renderSummaryMarkdown } from '../src/render/markdown.js';
import { runCli } from './support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-report-schema-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = { now: () => Date.parse('2026-11-25T12:00:00Z') };
const LEARN = ['--from', '2026-11-24T00:00:00Z', '--to', '2026-11-25T00:00:00Z'];
const SCAN = ['--from', '2026-11-25T10:00:00Z', '--to', '2026-11-25T10:05:00Z'];

async function scanJson(baseline: string, ...args: string[]): Promise<unknown> {
  const run = await runCli(
    ['scan', '--source', 'simulated', '-b', baseline, ...SCAN, '-o', 'json', ...args],
    at,
  );
  expect(run.stderr).not.toMatch(/^Error/m);
  return JSON.parse(run.stdout);
}

describe('a report a scan wrote reads back whole through the schema', () => {
  const bookinfo = join(dir, 'bookinfo.json');
  const boutique = join(dir, 'boutique.json');
  beforeAll(async () => {
    for (const [path, topology] of [
      [bookinfo, 'bookinfo'],
      [boutique, 'boutique'],
    ])
      expect(
        (await runCli(['learn', '--source', 'simulated', '--topology', topology, '-b', path, ...LEARN], at))
          .code,
      ).toBe(0);
  }, 120_000);

  test.each([
    ['a latency fault, with origins and charts', [bookinfo, '--inject', 'reviews:latency']],
    [
      'a fault on a busy mesh',
      [boutique, '--topology', 'boutique', '--inject', 'cartservice:error_rate:10%'],
    ],
    [
      'a rollout whose new version regressed',
      [bookinfo, '--rollout', 'reviews:v2:20%', '--inject', 'reviews@v2:error_rate:8%'],
    ],
    [
      'versions compared with no baseline',
      [bookinfo, '--rollout', 'reviews:v2:20%', '--inject', 'reviews@v2:latency:2x', '--compare-versions'],
    ],
    [
      'a fault already there before the deploy',
      [bookinfo, '--inject', 'ratings:error_rate:10%@-1h', '--deployed-at', '2026-11-25T10:00:00Z'],
    ],
    ['a healthy mesh', [bookinfo]],
  ] as const)('%s', async (_name, [baseline, ...args]) => {
    const written = await scanJson(baseline, ...args);
    expect(parseUntrustedReport(written, 'report.json')).toEqual(written);
    expect(reportSchema.report.parse(written)).toEqual(written);
  });

  test('the scans above hold every optional part of the contract', async () => {
    const reports = [
      await scanJson(bookinfo, '--inject', 'reviews:latency'),
      await scanJson(bookinfo, '--rollout', 'reviews:v2:20%', '--inject', 'reviews@v2:error_rate:8%'),
      await scanJson(
        bookinfo,
        '--inject',
        'ratings:error_rate:10%@-1h',
        '--deployed-at',
        '2026-11-25T10:00:00Z',
      ),
    ].map((r) => reportSchema.report.parse(r));
    const anomalies = reports.flatMap((r) => r.anomalies);
    expect(reports.some((r) => r.origins && r.origins.length > 0)).toBe(true);
    expect(reports.some((r) => r.charts && r.charts.length > 0)).toBe(true);
    expect(reports.some((r) => r.rollouts && r.rollouts.length > 0)).toBe(true);
    expect(reports.some((r) => r.window.reference)).toBe(true);
    expect(anomalies.every((f) => f.reason)).toBe(true);
    expect(anomalies.some((f) => f.onset === 'pre-existing')).toBe(true);
    expect(anomalies.some((f) => f.rollout)).toBe(true);
  });
});

describe("another run's report is held to the contract", () => {
  const valid = {
    schemaVersion: 1,
    tool: { name: 'smanalyzer', version: '0.1.0' },
    verdict: 'pass',
    window: { from: 'a', to: 'b' },
    source: 'simulated',
    cluster: null,
    partial: false,
    baseline: null,
    services: [],
    anomalies: [],
    summary: {
      servicesScanned: 0,
      anomalous: 0,
      insufficientData: 0,
      new: 0,
      missing: 0,
      anomalyCount: 0,
      gatingAnomalies: 0,
      bySeverity: { low: 0, medium: 0, high: 0, critical: 0 },
      failOn: 'high',
      maxAnomalies: 0,
      warnOnly: false,
      reason: 'no anomalies',
    },
    notes: [],
  };

  test('its origins, cluster and finding reasons are checked and kept', () => {
    const origins = [
      {
        namespace: 'shop',
        service: 'db',
        kind: 'service',
        score: 3,
        explains: [{ namespace: 'shop', service: 'api', type: 'latency' }],
        evidence: [{ signal: 'latency', caller: { namespace: 'shop', name: 'api' }, carried: 1 }],
      },
    ];
    const cluster = { server: 'https://k8s:6443', context: 'staging', version: 'v1.31.2' };
    expect(parseUntrustedReport({ ...valid, origins, cluster }, 'r.json')).toEqual({
      ...valid,
      origins,
      cluster,
    });
    expect(() =>
      parseUntrustedReport({ ...valid, origins: [{ ...origins[0], kind: 'rumour' }] }, 'r.json'),
    ).toThrow(/not a valid SMAnalyzer report \(invalid_value at origins\.0\.kind\)/);
    expect(() => parseUntrustedReport({ ...valid, cluster: { server: 1 } }, 'r.json')).toThrow(
      /not a valid SMAnalyzer report \(invalid_type at cluster\.server\)/,
    );
  });

  test('a value JSON wrote as null (it had none) reads back as NaN, shown as "–"', () => {
    const finding = {
      namespace: 'shop',
      service: 'api',
      type: 'latency',
      severity: 'high',
      detector: 'rule',
      metric: 'latencyP99',
      observed: null,
      expected: 80,
      expectedRange: [70, null],
      threshold: 160,
      score: 2,
      description: 'slow',
    };
    const parsed = parseUntrustedReport({ ...valid, anomalies: [finding] }, 'r.json');
    expect(parsed.anomalies[0].observed).toBeNaN();
    expect(parsed.anomalies[0].expectedRange[1]).toBeNaN();
    expect(renderSummaryMarkdown(parsed)).toContain('| shop/api |');
    expect(renderSummaryMarkdown(parsed)).toMatch(/\| – \| 80 ms \(70 ms – –\) \|/);
  });

  test('a string past 10,000 characters is refused, without echoing it', () => {
    expect(() => parseUntrustedReport({ ...valid, notes: ['x'.repeat(10_001)] }, 'r.json')).toThrow(
      /^r\.json is not a valid SMAnalyzer report \(too_big at notes\.0\)$/,
    );
  });
});

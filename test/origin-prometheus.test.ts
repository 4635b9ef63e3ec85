/**
 * Origins through a real Prometheus: a simulated Bookinfo mesh with its call graph (faults propagating along it)
 * backfilled as Istio series that carry source_workload, then learned and scanned through the CLI. For a fault
 * injected in each service in turn, the origin ranked first is the faulty service.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PrometheusSource } from '../src/sources/prometheus/source.js';
import { severityRank, type AnomalyType, type Report } from '../src/core/types.js';
import { runCli } from './support/cli.js';
import { generateMeshOpenMetrics, type MeshPeriod } from '../harness/mesh-openmetrics.js';
import { startPrometheus, type RunningPrometheus } from '../harness/prometheus.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const STEP = 30_000;
// A fixed day, so the daily swing of the simulated traffic is the same on every run.
const START = Date.UTC(2026, 0, 12, 6);
const NOW = START + 12 * HOUR;
const LEARN = { from: START + 5 * MINUTE, to: START + 3 * HOUR };
const SERVICES = ['productpage', 'details', 'reviews', 'ratings'];
const TYPES: AnomalyType[] = ['error_rate', 'latency'];
/** Each fault lasts 10 minutes, then 10 normal minutes let the rate windows settle. */
const FAULTS = TYPES.flatMap((type) => SERVICES.map((service) => ({ service, type }))).map((fault, k) => {
  const from = LEARN.to + (2 * k + 1) * 10 * MINUTE;
  return { ...fault, from, to: from + 10 * MINUTE };
});
const iso = (ms: number) => new Date(ms).toISOString();

let prometheus: RunningPrometheus;
const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-origin-prom-'));
const baseline = join(dir, 'baseline.json');
const cli = (...argv: string[]) => runCli(argv, { now: () => NOW });
const flags = () => ['--source', 'prometheus', '--prometheus-url', prometheus.url, '--step', '30s'];

beforeAll(async () => {
  const periods: MeshPeriod[] = [];
  let at = START;
  for (const fault of FAULTS) {
    periods.push({ from: at, to: fault.from, faults: [] });
    periods.push({ from: fault.from, to: fault.to, faults: [{ service: fault.service, type: fault.type }] });
    at = fault.to;
  }
  periods.push({ from: at, to: at + 10 * MINUTE, faults: [] });
  prometheus = await startPrometheus(
    generateMeshOpenMetrics({ topology: 'bookinfo', seed: 1, stepMs: STEP, periods }),
  );
  const learned = await cli(
    'learn',
    ...flags(),
    '--baseline',
    baseline,
    '--from',
    iso(LEARN.from),
    '--to',
    iso(LEARN.to),
  );
  expect(learned.stderr).not.toMatch(/^Error/m);
}, 120_000);

afterAll(async () => {
  await prometheus?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the call graph read from Prometheus', () => {
  test("has every Bookinfo call as its caller's proxy saw it, the gateway as the entry, workloads mapped to services", async () => {
    const source = new PrometheusSource({
      url: prometheus.url,
      headers: {},
      bearerToken: null,
      basicAuth: null,
      caFile: null,
      insecureSkipVerify: false,
      mesh: 'istio',
      timeoutMs: 10_000,
      concurrency: 4,
    });
    try {
      const collected = await source.collect({
        from: LEARN.to - 10 * MINUTE,
        to: LEARN.to,
        stepMs: STEP,
        namespaces: [],
        withEdges: true,
      });
      const pairs = (collected.edges ?? [])
        .map((e) => `${e.side}:${e.caller ? e.caller.name : '(entry)'}->${e.callee.name}`)
        .sort();
      expect(pairs).toEqual(
        // ratings gets 1% of its traffic from outside the mesh (reviews sends 40 x 0.67 of its 27 per second).
        [
          '(entry)->productpage',
          '(entry)->ratings',
          'productpage->details',
          'productpage->reviews',
          'reviews->ratings',
        ]
          .map((p) => `client:${p}`)
          .sort(),
      );
      const reviews = collected.edges!.find(
        (e) => e.side === 'client' && e.caller?.name === 'reviews' && e.callee.name === 'ratings',
      )!;
      expect(reviews.callerWorkload).toEqual({ namespace: 'bookinfo', name: 'reviews-v1' });
      // The calls to ratings carry ratings' traffic: about 27 requests a second, 30 s a step.
      const perStep = reviews.requests.slice(5).reduce((a, b) => a + b, 0) / (reviews.requests.length - 5);
      expect(perStep).toBeGreaterThan(27 * 30 * 0.6);
      expect(perStep).toBeLessThan(27 * 30 * 1.6);
    } finally {
      await source.close();
    }
  });
});

describe('a fault injected in each service in turn, scanned through the CLI', () => {
  test.each(FAULTS)('$service $type is the first origin', async (fault) => {
    const result = await cli('scan', ...flags(), '--baseline', baseline, '--from', iso(fault.from + 2 * MINUTE),
      '--to', iso(fault.to), '--output', 'json'); // prettier-ignore
    const report = JSON.parse(result.stdout) as Report;
    expect(report.anomalies.some((a) => a.service === fault.service)).toBe(true);
    expect(report.origins?.[0]).toMatchObject({ namespace: 'bookinfo', service: fault.service });
    // Every symptom that names an origin names this one; the strong ones all do (a faint one may stand alone).
    for (const symptom of report.anomalies.filter((a) => a.service !== fault.service)) {
      if (symptom.origin || severityRank(symptom.severity) >= severityRank('high')) {
        expect([symptom.service, symptom.type, symptom.origin]).toEqual([
          symptom.service,
          symptom.type,
          `bookinfo/${fault.service}`,
        ]);
      }
    }
  });
});

/**
 * The same detection in every mesh dialect, through the CLI against real Prometheus servers. One simulated Bookinfo
 * mesh with the same faults (an error fault in reviews, a latency fault in ratings, then a clean stretch) is written
 * as each dialect's series (harness/mesh-openmetrics.ts): sidecar Istio; Istio ambient with waypoints and one
 * service (details) without, seen at L4 only; a mixed mesh where reviews runs sidecars only, ratings sidecars behind
 * a waypoint, productpage a waypoint and details L4 only; and Linkerd, with its probes. Each is learned and scanned
 * with `--mesh <dialect>` and with `--mesh auto`: the same verdicts, the same faulty service first, the report and
 * its first text line say which mesh was read. Known answers: the faults are the simulator's, injected here.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Baseline } from '../src/baseline/store.js';
import { MESH_DIALECTS } from '../src/mesh/dialects/index.js';
import type { MeshName, Report } from '../src/core/types.js';
import { runCli } from './support/cli.js';
import {
  generateMeshOpenMetrics,
  type MeshDataOptions,
  type MeshPeriod,
} from '../harness/mesh-openmetrics.js';
import { startPrometheus, type RunningPrometheus } from '../harness/prometheus.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const STEP = 30_000;
// A fixed day, so the daily swing of the simulated traffic is the same on every run.
const START = Date.UTC(2026, 0, 12, 6);
const NOW = START + 12 * HOUR;
const LEARN = { from: START + 5 * MINUTE, to: START + 3 * HOUR };
const ERRORS = { from: LEARN.to + 10 * MINUTE, service: 'reviews', type: 'error_rate' as const };
const LATENCY = { from: LEARN.to + 30 * MINUTE, service: 'ratings', type: 'latency' as const };
const FAULT_MS = 10 * MINUTE;
const CLEAN = { from: LEARN.to + 50 * MINUTE };
const END = LEARN.to + 70 * MINUTE;

const PERIODS: MeshPeriod[] = [
  { from: START, to: ERRORS.from, faults: [] },
  { from: ERRORS.from, to: ERRORS.from + FAULT_MS, faults: [{ service: ERRORS.service, type: ERRORS.type }] },
  { from: ERRORS.from + FAULT_MS, to: LATENCY.from, faults: [] },
  {
    from: LATENCY.from,
    to: LATENCY.from + FAULT_MS,
    faults: [{ service: LATENCY.service, type: LATENCY.type }],
  },
  { from: LATENCY.from + FAULT_MS, to: END, faults: [] },
];

interface Variant {
  id: string;
  mesh: MeshName;
  data: Pick<MeshDataOptions, 'ambient'>;
}

const VARIANTS: Variant[] = [
  { id: 'istio', mesh: 'istio', data: {} },
  { id: 'istio-ambient', mesh: 'istio-ambient', data: { ambient: { withoutWaypoint: ['details'] } } },
  {
    id: 'istio-ambient-mixed',
    mesh: 'istio-ambient',
    data: { ambient: { withoutWaypoint: ['details', 'reviews'], sidecars: ['reviews', 'ratings'] } },
  },
  { id: 'linkerd', mesh: 'linkerd', data: {} },
];

/** Scans start 2 minutes into a stretch, as a gate run after a rollout would: the rate windows have filled. */
const WINDOWS = {
  errors: { from: ERRORS.from + 2 * MINUTE, to: ERRORS.from + FAULT_MS },
  latency: { from: LATENCY.from + 2 * MINUTE, to: LATENCY.from + FAULT_MS },
  clean: { from: CLEAN.from + 2 * MINUTE, to: CLEAN.from + FAULT_MS },
};
type WindowName = keyof typeof WINDOWS;

const iso = (ms: number) => new Date(ms).toISOString();
const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-dialects-'));
const servers = new Map<string, RunningPrometheus>();
const cli = (...argv: string[]) => runCli(argv, { now: () => NOW });

const flags = (variant: Variant, mesh: string) => [
  '--source',
  'prometheus',
  '--prometheus-url',
  servers.get(variant.id)!.url,
  '--step',
  '30s',
  '--mesh',
  mesh,
];
const baselinePath = (variant: Variant, mesh: string) => join(dir, `${variant.id}-${mesh}.json`);

async function learn(variant: Variant, mesh: string) {
  return cli('learn', ...flags(variant, mesh), '--baseline', baselinePath(variant, mesh),
    '--from', iso(LEARN.from), '--to', iso(LEARN.to)); // prettier-ignore
}

async function scan(variant: Variant, mesh: string, window: WindowName, output = 'json') {
  const { from, to } = WINDOWS[window];
  const run = await cli('scan', ...flags(variant, mesh), '--baseline', baselinePath(variant, mesh),
    '--from', iso(from), '--to', iso(to), '--output', output); // prettier-ignore
  return { ...run, report: output === 'json' ? (JSON.parse(run.stdout) as Report) : undefined };
}

beforeAll(async () => {
  // Each server is kept as soon as it runs, so afterAll stops it even when another fails to start.
  await Promise.all(
    VARIANTS.map(async (variant) =>
      servers.set(
        variant.id,
        await startPrometheus(
          generateMeshOpenMetrics({
            topology: 'bookinfo',
            seed: 1,
            stepMs: STEP,
            periods: PERIODS,
            mesh: variant.mesh,
            ...variant.data,
          }),
        ),
      ),
    ),
  );
}, 120_000);

afterAll(async () => {
  await Promise.all([...servers.values()].map((server) => server.stop()));
  rmSync(dir, { recursive: true, force: true });
});

/** What a scan should find in each window, in every dialect. */
const EXPECTED: Record<
  WindowName,
  { code: number; verdict: string; origin?: { service: string; type: string } }
> = {
  errors: { code: 1, verdict: 'fail', origin: { service: ERRORS.service, type: ERRORS.type } },
  latency: { code: 1, verdict: 'fail', origin: { service: LATENCY.service, type: LATENCY.type } },
  clean: { code: 0, verdict: 'pass' },
};

describe.each(VARIANTS)('$id', (variant) => {
  const learned: Record<string, Awaited<ReturnType<typeof learn>>> = {};

  beforeAll(async () => {
    for (const mesh of [variant.mesh, 'auto']) learned[mesh] = await learn(variant, mesh);
  }, 120_000);

  test.each([variant.mesh, 'auto'])('learn --mesh %s learns every service and records the mesh', (mesh) => {
    expect(learned[mesh].stderr).not.toMatch(/^Error/m);
    expect(learned[mesh].code).toBe(0);
    const baseline = JSON.parse(readFileSync(baselinePath(variant, mesh), 'utf8')) as Baseline;
    expect(baseline.mesh).toBe(variant.mesh);
    expect(baseline.services.map((s) => s.name).sort()).toEqual([
      'details',
      'productpage',
      'ratings',
      'reviews',
    ]);
  });

  describe.each([variant.mesh, 'auto'])('scanned with --mesh %s', (mesh) => {
    test.each(Object.keys(WINDOWS) as WindowName[])('the %s window gets the same verdict', async (window) => {
      const { code, report } = await scan(variant, mesh, window);
      const expected = EXPECTED[window];
      expect(report!.mesh).toBe(variant.mesh);
      expect([code, report!.verdict]).toEqual([expected.code, expected.verdict]);
      if (expected.origin) {
        expect(
          report!.anomalies.some(
            (a) => a.service === expected.origin!.service && a.type === expected.origin!.type,
          ),
        ).toBe(true);
        expect(report!.origins?.[0]).toMatchObject({
          namespace: 'bookinfo',
          service: expected.origin.service,
        });
      } else {
        expect(report!.anomalies.filter((a) => a.severity === 'high' || a.severity === 'critical')).toEqual(
          [],
        );
      }
    });
  });

  test("the text report's first line names the mesh it read", async () => {
    const { stdout } = await scan(variant, variant.mesh, 'errors', 'text');
    expect(stdout.split('\n')[0]).toContain(`source: prometheus, mesh: ${MESH_DIALECTS[variant.mesh].title}`);
  });
});

describe('Istio ambient: a service without a waypoint', () => {
  const ambient = VARIANTS.filter((variant) => variant.mesh === 'istio-ambient');

  test.each(ambient)(
    'is judged at L4 only in $id, with a note to add a waypoint, never dark',
    async (variant) => {
      const { report } = await scan(variant, variant.mesh, 'clean');
      const details = report!.services.find((s) => s.name === 'details')!;
      expect(details).toMatchObject({ status: 'ok', layer: 'l4' });
      expect(details.requests).toBeGreaterThan(0);
      // Only its traffic was judged: no error ratio or latency pretends to be known.
      expect(Object.keys(details.metrics)).toEqual(['requestRate']);
      expect(report!.notes.join('\n')).toMatch(
        /services are seen at L4 only.*bookinfo\/details.*add a waypoint/,
      );
      expect(report!.notes.join('\n')).not.toMatch(/no metrics for part of the window/);
      // The other services are read at L7.
      for (const name of ['productpage', 'reviews', 'ratings']) {
        const service = report!.services.find((s) => s.name === name)!;
        expect([name, service.layer, service.metrics.errorRatio !== undefined]).toEqual([
          name,
          undefined,
          true,
        ]);
      }
    },
  );

  test.each(ambient)('reads as L4 only in the text report of $id', async (variant) => {
    const { stdout } = await scan(variant, variant.mesh, 'clean', 'text');
    expect(stdout).toMatch(/bookinfo\/details\s+\d+ connections; L4 only: add a waypoint for L7/);
  });

  test('a mixed mesh reads each service from the one proxy that sees it: the same requests as sidecar Istio', async () => {
    const [istio, mixed] = await Promise.all([
      scan(VARIANTS[0], 'istio', 'clean'),
      scan(
        VARIANTS.find((v) => v.id === 'istio-ambient-mixed')!,
        'istio-ambient',
        'clean',
      ),
    ]);
    const requests = (report: Report) =>
      Object.fromEntries(report.services.filter((s) => !s.layer).map((s) => [s.name, s.requests]));
    const expected = requests(istio.report!);
    const read = requests(mixed.report!);
    // productpage from its waypoint, reviews from its sidecars, ratings from its waypoint (not also its sidecars).
    expect(Object.keys(read).sort()).toEqual(['productpage', 'ratings', 'reviews']);
    for (const name of Object.keys(read)) {
      expect(read[name] / expected[name]).toBeGreaterThan(0.98);
      expect(read[name] / expected[name]).toBeLessThan(1.02);
    }
  });
});

describe('Linkerd', () => {
  const linkerd = VARIANTS.find((v) => v.mesh === 'linkerd')!;

  test('retries, overflows and ejections are unavailable, not zero', async () => {
    const { report } = await scan(linkerd, 'linkerd', 'clean');
    expect(report!.notes.join('\n')).toContain(
      'retryRatio, overflowRatio, ejectionRate unavailable (not zero) for 4 of 4 services: linkerd2-proxy exports no such counter per service',
    );
    for (const service of report!.services) {
      expect(service.metrics).not.toHaveProperty('retryRatio');
      expect(service.metrics).not.toHaveProperty('overflowRatio');
      expect(service.metrics).not.toHaveProperty('ejectionRate');
      expect(service.metrics.errorRatio).toBeDefined();
    }
    const baseline = JSON.parse(readFileSync(baselinePath(linkerd, 'linkerd'), 'utf8')) as Baseline;
    for (const service of baseline.services)
      expect(service.unavailable).toEqual(
        expect.arrayContaining(['ejectionRate', 'overflowRatio', 'retryRatio']),
      );
  });

  test('services are named as the cluster names them: the Service, probes counted with it, not the workload', async () => {
    const { report } = await scan(linkerd, 'linkerd', 'clean');
    expect(report!.services.map((s) => s.name).sort()).toEqual([
      'details',
      'productpage',
      'ratings',
      'reviews',
    ]);
  });
});

describe('--mesh auto on a Prometheus without mesh series', () => {
  let empty: RunningPrometheus;
  beforeAll(async () => {
    // A node exporter and its `up`, scraped every 30 s over the learning window: no proxy's series at all.
    const lines = ['# TYPE up gauge'];
    for (let t = LEARN.from; t <= LEARN.to; t += STEP)
      lines.push(`up{job="node",instance="10.0.0.1:9100"} 1 ${t / 1000}`);
    lines.push('# TYPE node_cpu_seconds counter');
    for (let t = LEARN.from; t <= LEARN.to; t += STEP)
      lines.push(
        `node_cpu_seconds_total{cpu="0",mode="idle",instance="10.0.0.1:9100"} ${(t - LEARN.from) / 2000} ${t / 1000}`,
      );
    lines.push('# EOF', '');
    empty = await startPrometheus(lines.join('\n'));
  }, 60_000);
  afterAll(() => empty?.stop());

  test('exits 2 with one line naming the series it looked for', async () => {
    const run = await cli('learn', '--source', 'prometheus', '--prometheus-url', empty.url, '--mesh', 'auto',
      '--baseline', join(dir, 'empty.json'), '--from', iso(LEARN.from), '--to', iso(LEARN.to)); // prettier-ignore
    expect(run.code).toBe(2);
    const [cause, fix, ...rest] = run.stderr.trim().split('\n');
    expect(cause).toMatch(/^Error: no mesh metrics found at http:\/\/127\.0\.0\.1:\d+ between /);
    for (const series of [
      'istio_requests_total (Istio (sidecars), Istio ambient)',
      'istio_tcp_connections_opened_total (Istio ambient L4)',
      'response_total (Linkerd)',
    ])
      expect(cause).toContain(series);
    expect(fix).toMatch(/^Fix: /);
    expect(rest).toEqual([]);
  });
});

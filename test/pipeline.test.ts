import { DEFAULT_CONFIG } from '../src/config/load.js';
import type { MeshInventory } from '../src/mesh/types.js';
import { analyseScan } from '../src/app/analyse.js';
import { main } from '../src/cli/main.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { learnSimulated, NOW, scanSimulated } from './support/engine.js';

const baseline = learnSimulated('bookinfo', 1, 6);

function inventoryOf(names: string[]): MeshInventory {
  return {
    cluster: { server: 'https://127.0.0.1:6443', context: 'test', version: 'v1.31.2' },
    mesh: 'istio',
    waypoints: [],
    namespaces: ['bookinfo'],
    services: names.map((name) => ({
      namespace: 'bookinfo',
      name,
      meshMode: 'sidecar' as const,
      podsReady: 1,
      podsTotal: 1,
      pods: [{ name: `${name}-0`, ready: true }],
    })),
    unmeshedServices: 0,
    controlPlane: { found: true, revisions: ['default'], replicasReady: 1, replicas: 1 },
    gateways: [],
    notes: [],
    apiCalls: 4,
  };
}

test('a service in the baseline but gone from the cluster is reported missing, not judged', () => {
  const collected = scanSimulated([]);
  collected.services = collected.services.filter((s) => s.service.name !== 'ratings');
  const report = analyseScan(collected, baseline, DEFAULT_CONFIG, {
    inventory: inventoryOf(['details', 'productpage', 'reviews']),
    baselinePath: 'b.json',
    now: NOW,
  });
  const ratings = report.services.find((s) => s.name === 'ratings')!;
  expect(ratings.status).toBe('missing');
  expect(report.summary.missing).toBe(1);
  expect(report.verdict).toBe('warn');
});

test('a service with no baseline is reported new; the others are judged', () => {
  const collected = scanSimulated([]);
  const reviews = collected.services.find((s) => s.service.name === 'reviews')!;
  collected.services.push({ ...reviews, service: { namespace: 'bookinfo', name: 'reviews-v4' } });
  const report = analyseScan(collected, baseline, DEFAULT_CONFIG, { baselinePath: 'b.json', now: NOW });
  expect(report.services.find((s) => s.name === 'reviews-v4')).toMatchObject({ status: 'new' });
  expect(report.summary.new).toBe(1);
  expect(report.services.filter((s) => s.status === 'ok')).toHaveLength(4);
});

test('a baseline service silent in the metrics but still in the cluster is a traffic drop', () => {
  const collected = scanSimulated([]);
  collected.services = collected.services.filter((s) => s.service.name !== 'details');
  const report = analyseScan(collected, baseline, DEFAULT_CONFIG, {
    inventory: inventoryOf(['details', 'productpage', 'reviews', 'ratings']),
    baselinePath: 'b.json',
    now: NOW,
  });
  expect(report.anomalies.map((a) => [a.service, a.type])).toEqual([['details', 'traffic_drop']]);
  expect(report.verdict).toBe('fail');
});

test('monitor scans repeatedly and exits with the last verdict', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-monitor-'));
  const path = join(dir, 'b.json');
  let stdout = '';
  let slept = 0;
  const io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: () => true },
    env: {},
    now: () => NOW + slept,
    sleep: async (ms: number) => {
      slept += ms;
    },
  };
  expect(
    await main(['learn', '--source', 'simulated', '--baseline', path, '--from', '-6h', '--to', 'now'], io),
  ).toBe(0);
  const code = await main(
    [
      'monitor',
      '--source',
      'simulated',
      '--baseline',
      path,
      '--count',
      '3',
      '--every',
      '1m',
      '--inject',
      'details:error_rate',
    ],
    io,
  );
  expect(code).toBe(1);
  expect(stdout.match(/verdict FAIL/g)).toHaveLength(3);
  expect(slept).toBe(2 * 60_000);
});

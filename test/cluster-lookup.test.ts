/**
 * One way to find the cluster. With only ~/.kube/config, `scan --source
 * prometheus` connects as `status` does; `~` in the config file's kubeconfig is expanded; and `status` on a
 * Prometheus-only setup reports Prometheus (reachable, Istio metrics, scrape interval) instead of exiting 2.
 * A real Prometheus and the Kubernetes API emulator on loopback; HOME points at a folder of this test's own.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../src/core/types.js';
import { runCli } from './support/cli.js';
import { generateIstioOpenMetrics, type SyntheticService } from './support/istio-openmetrics.js';
import { startKubeApiServer, type KubeApiServer } from './support/kube-api-server.js';
import { namespace, pod, service } from './support/mesh-fixtures.js';
import { startPrometheus, type RunningPrometheus } from '../harness/prometheus.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const NOW = Math.floor(Date.now() / HOUR) * HOUR - 2 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();
const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-lookup-'));
const emptyHome = join(dir, 'empty-home');
const kubeHome = join(dir, 'kube-home');
const tildeHome = join(dir, 'tilde-home');

const mesh = ['productpage', 'reviews'].map((name): SyntheticService => ({
  namespace: 'bookinfo',
  name,
  protocol: 'http',
  ratePerSecond: 12,
  responses: [{ code: '200', share: 1 }],
  latency: [{ lowerMs: 10, upperMs: 50, fraction: 1 }],
}));

let prometheus: RunningPrometheus;
let api: KubeApiServer;
const saved = { HOME: process.env.HOME, KUBECONFIG: process.env.KUBECONFIG };

beforeAll(async () => {
  delete process.env.KUBECONFIG;
  prometheus = await startPrometheus(
    generateIstioOpenMetrics({
      services: mesh,
      startMs: NOW - 2 * HOUR,
      endMs: NOW,
      scrapeIntervalMs: 30_000,
    }),
  );
  api = await startKubeApiServer();
  api.addNamespace(namespace('bookinfo', { 'istio-injection': 'enabled' }));
  for (const app of ['productpage', 'reviews']) {
    api.addPod(pod({ namespace: 'bookinfo', app, name: `${app}-0` }));
    api.addService(service('bookinfo', app, { app }));
  }
  for (const home of [emptyHome, kubeHome, tildeHome]) mkdirSync(home);
  mkdirSync(join(kubeHome, '.kube'));
  copyFileSync(api.writeKubeconfig(dir), join(kubeHome, '.kube', 'config'));
  copyFileSync(api.writeKubeconfig(dir), join(tildeHome, 'staging.yaml'));
  writeFileSync(join(dir, 'tilde.yaml'), 'kube:\n  kubeconfig: ~/staging.yaml\n');
}, 120_000);

afterAll(async () => {
  process.env.HOME = saved.HOME;
  if (saved.KUBECONFIG !== undefined) process.env.KUBECONFIG = saved.KUBECONFIG;
  await Promise.all([prometheus?.stop(), api?.close()]);
});

/** The CLI on the test's clock, with HOME (where ~/.kube/config and ~ are looked up) set for this run. */
async function cli(home: string, ...argv: string[]) {
  process.env.HOME = home;
  try {
    return await runCli(argv, { now: () => NOW, sleep: async () => {} });
  } finally {
    process.env.HOME = saved.HOME;
  }
}
const fromPrometheus = () => ['--source', 'prometheus', '--prometheus-url', prometheus.url];
const baseline = join(dir, 'baseline.json');

beforeAll(async () => {
  const learned = await cli(emptyHome, 'learn', ...fromPrometheus(), '--baseline', baseline,
    '--from', iso(NOW - 90 * MINUTE), '--to', iso(NOW - 20 * MINUTE)); // prettier-ignore
  expect(learned.stderr).not.toMatch(/^Error/m);
}, 60_000);

test('status on a Prometheus-only setup reports Prometheus and exits 0', async () => {
  const text = await cli(emptyHome, 'status', ...fromPrometheus(), '--baseline', baseline);
  expect(text.stderr).toBe('');
  expect(text.code).toBe(0);
  expect(text.stdout).toContain(
    `Prometheus   ${prometheus.url}: reachable, Istio (sidecars) metrics for 2 services in the last hour, scraped every 30s`,
  );
  expect(text.stdout).toMatch(/^Cluster +not connected: no connection attempted$/m);
  const json = await cli(emptyHome, 'status', ...fromPrometheus(), '--baseline', baseline, '-o', 'json');
  expect(JSON.parse(json.stdout).prometheus).toEqual({
    url: prometheus.url,
    reachable: true,
    mesh: 'istio',
    services: 2,
    scrapeIntervalSeconds: 30,
  });
});

test('status says when that Prometheus does not answer, and exits 2', async () => {
  const result = await cli(emptyHome, 'status', '--source', 'prometheus', '--prometheus-url', 'http://127.0.0.1:9', '--baseline', baseline); // prettier-ignore
  expect(result.code).toBe(2);
  expect(result.stdout).toMatch(
    /^Prometheus +http:\/\/127\.0\.0\.1:9: unreachable: cannot reach Prometheus/m,
  );
  expect(result.stderr).toMatch(/^Error: cannot reach Prometheus at http:\/\/127\.0\.0\.1:9/);
});

describe('with only ~/.kube/config', () => {
  test('scan --source prometheus connects to the cluster, as status does', async () => {
    const scan = await cli(kubeHome, 'scan', ...fromPrometheus(), '--baseline', baseline,
      '--from', iso(NOW - 15 * MINUTE), '--to', iso(NOW - 5 * MINUTE), '-o', 'json'); // prettier-ignore
    expect(scan.stderr).toMatch(`Discovered 2 meshed services in 1 namespaces on ${api.url}`);
    expect(scan.code).toBe(0);
    expect((JSON.parse(scan.stdout) as Report).cluster?.server).toBe(api.url);
    const status = await cli(kubeHome, 'status', ...fromPrometheus(), '--baseline', baseline);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(api.url);
  });
});

test("'~' in the config file's kubeconfig is the home folder", async () => {
  const status = await cli(tildeHome, 'status', '-c', join(dir, 'tilde.yaml'), ...fromPrometheus(), '--baseline', baseline); // prettier-ignore
  expect(status.stderr).toBe('');
  expect(status.code).toBe(0);
  expect(status.stdout).toContain(api.url);
});

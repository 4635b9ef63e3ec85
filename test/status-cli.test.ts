import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/cli.js';
import { startKubeApiServer, type KubeApiServer } from './support/kube-api-server.js';
import {
  buildSampleMesh,
  gatewayDeployment,
  istiodDeployment,
  namespace,
  pod,
  service,
  ISTIO_VERSION,
} from './support/mesh-fixtures.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-status-'));
let api: KubeApiServer;
let kubeconfig: string;

const run = (...argv: string[]) => runCli(argv, { now: () => NOW });

beforeAll(async () => {
  delete process.env.KUBECONFIG;
  api = await startKubeApiServer();
  api.addNamespace(namespace('bookinfo', { 'istio-injection': 'enabled' }));
  api.addNamespace(namespace('istio-system'));
  for (const [app, count, notReady] of [
    ['productpage', 2, 1],
    ['reviews', 3, 0],
  ] as const) {
    for (let i = 0; i < count; i++)
      api.addPod(pod({ namespace: 'bookinfo', app, name: `${app}-${i}`, ready: i >= notReady }));
    api.addService(service('bookinfo', app, { app }));
  }
  api.addPod(pod({ namespace: 'bookinfo', app: 'batch', name: 'batch-0', mode: 'none' }));
  api.addService(service('bookinfo', 'batch', { app: 'batch' }));
  api.addDeployment(istiodDeployment({ replicas: 1, readyReplicas: 1 }));
  api.addDeployment(gatewayDeployment({ name: 'istio-ingressgateway', kind: 'ingress' }));
  kubeconfig = api.writeKubeconfig(dir);
});

afterAll(async () => {
  await api.close();
});

test('status --output json reports exactly the meshed services, their ready pods and the Istio version', async () => {
  const result = await run(
    'status',
    '--source',
    'prometheus',
    '--kubeconfig',
    kubeconfig,
    '--baseline',
    join(dir, 'none.json'),
    '--output',
    'json',
  );
  expect(result.code).toBe(0);
  const status = JSON.parse(result.stdout);
  const text = JSON.stringify(status);
  expect(text).toContain(ISTIO_VERSION);
  const services = JSON.stringify(status).match(/"name":"(productpage|reviews|batch)"/g) ?? [];
  expect(services.sort()).toEqual(['"name":"productpage"', '"name":"reviews"']);
});

test('status in text names the cluster, the services with ready counts, and the missing baseline', async () => {
  const result = await run(
    'status',
    '--source',
    'prometheus',
    '--kubeconfig',
    kubeconfig,
    '--baseline',
    join(dir, 'none.json'),
  );
  expect(result.code).toBe(0);
  expect(result.stdout).toContain(api.url);
  expect(result.stdout).toMatch(/productpage.*1\/2/);
  expect(result.stdout).toMatch(/reviews.*3\/3/);
  expect(result.stdout).not.toMatch(/batch/);
  expect(result.stdout).toMatch(/none\.json/);
});

test('status against a server that rejects the token exits 2 with the cause and no token', async () => {
  const bad = api.writeKubeconfig(join(dir), { token: 'wrong-token-123' });
  const result = await run(
    'status',
    '--source',
    'prometheus',
    '--kubeconfig',
    bad,
    '--baseline',
    join(dir, 'none.json'),
  );
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/^Error: .*401|unauthori[sz]ed|credentials/i);
  expect(result.stdout + result.stderr).not.toContain('wrong-token-123');
  expect(result.stdout + result.stderr).not.toContain(api.token);
});

describe('on the 47-pod mesh of 3 namespaces', () => {
  let mesh: KubeApiServer;
  let meshKubeconfig: string;
  beforeAll(async () => {
    mesh = await startKubeApiServer();
    buildSampleMesh(mesh);
    meshKubeconfig = mesh.writeKubeconfig(mkdtempSync(join(tmpdir(), 'smanalyzer-status-mesh-')));
  });
  afterAll(() => mesh.close());

  test('status reports exactly the meshed services with their ready counts and the Istio version', async () => {
    const result = await run(
      'status',
      '--source',
      'prometheus',
      '--kubeconfig',
      meshKubeconfig,
      '--baseline',
      join(dir, 'none.json'),
      '--output',
      'json',
    );
    expect(result.code).toBe(0);
    const status = JSON.parse(result.stdout) as {
      controlPlane: { version: string };
      services: Array<{
        namespace: string;
        name: string;
        meshMode: string;
        podsReady: number;
        podsTotal: number;
      }>;
    };
    expect(status.controlPlane.version).toBe('1.22.3');
    // Counted by hand in test/support/mesh-fixtures.ts (buildSampleMesh).
    expect(
      status.services.map((s) => `${s.namespace}/${s.name} ${s.meshMode} ${s.podsReady}/${s.podsTotal}`),
    ).toEqual([
      'legacy/inventory sidecar 2/4',
      'legacy/search ambient 3/3',
      'payments/api mixed 3/3',
      'payments/fraud sidecar 3/3',
      'payments/ledger ambient 3/4',
      'shop/cart sidecar 3/3',
      'shop/catalog sidecar 2/3',
      'shop/checkout sidecar 2/2',
      'shop/frontend sidecar 3/4',
    ]);
  });
});

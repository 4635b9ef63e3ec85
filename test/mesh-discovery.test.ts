// Mesh discovery through the real @kubernetes/client-node against the API emulator: which Services are meshed
// (sidecar, native sidecar, ambient, mixed), their ready counts, the control plane, gateways, and paging.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { connectCluster, type KubeConnection } from '../src/k8s/connection.js';
import { discoverMesh } from '../src/mesh/discover.js';
import { describeControlPlane, istioVersionFromImage } from '../src/mesh/control-plane.js';
import type { MeshInventory } from '../src/mesh/types.js';
import { startKubeApiServer, type KubeApiServer } from './support/kube-api-server.js';
import { addPods, buildSampleMesh, istiodDeployment, namespace, service } from './support/mesh-fixtures.js';

const isolated = (kubeconfig: string) => ({
  kubeconfig,
  env: {},
  homeDir: '/nonexistent',
  serviceAccountDir: '/nonexistent',
  retry: { initialDelayMs: 5, maxDelayMs: 20 },
});

const summary = (inventory: MeshInventory) =>
  inventory.services.map((s) => `${s.namespace}/${s.name} ${s.meshMode} ${s.podsReady}/${s.podsTotal}`);

describe('a mesh of 3 namespaces and 47 pods', () => {
  let api: KubeApiServer;
  let conn: KubeConnection;
  let all: MeshInventory;

  beforeAll(async () => {
    api = await startKubeApiServer();
    buildSampleMesh(api);
    conn = await connectCluster(isolated(api.kubeconfigYaml()));
    all = await discoverMesh(conn, []);
  });
  afterAll(() => api.close());
  afterEach(() => api.clearFaults());

  test('discovery reports exactly the meshed services with their ready counts', () => {
    expect(summary(all)).toEqual([
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

  test('services whose pods are all outside the mesh are counted, not listed', () => {
    expect(all.unmeshedServices).toBe(3);
  });

  test('each meshed service lists its pods with readiness, IP and the labels a scrape copies (version)', () => {
    const frontend = all.services.find((s) => s.name === 'frontend');
    // The fixtures label every pod version=v1 and pod-template-hash=7d9f8b6c5d; app and Istio's labels stay out.
    const labels = { version: 'v1', 'pod-template-hash': '7d9f8b6c5d' };
    expect(frontend?.pods).toEqual([
      { name: 'frontend-0', ready: true, ip: '10.244.0.1', labels },
      { name: 'frontend-1', ready: true, ip: '10.244.0.2', labels },
      { name: 'frontend-2', ready: true, ip: '10.244.0.3', labels },
      { name: 'frontend-3', ready: false, ip: '10.244.0.4', labels },
    ]);
  });

  test('the control plane is found with its revision, replicas and the Istio version from the image tag', () => {
    expect(all.controlPlane).toEqual({
      found: true,
      mesh: 'istio',
      namespace: 'istio-system',
      revisions: ['default'],
      version: '1.22.3',
      replicasReady: 2,
      replicas: 2,
    });
  });

  test('ingress and egress gateways are reported with their readiness', () => {
    expect(all.gateways).toEqual([
      { namespace: 'istio-system', name: 'istio-egressgateway', kind: 'egress', ready: 0, total: 1 },
      { namespace: 'istio-system', name: 'istio-ingressgateway', kind: 'ingress', ready: 2, total: 2 },
    ]);
  });

  test('the cluster identity and the namespaces looked at are in the inventory', () => {
    expect(all.cluster).toEqual({ server: api.url, context: 'emulator', version: 'v1.31.2' });
    expect(all.namespaces).toEqual(['istio-system', 'legacy', 'payments', 'shop']);
  });

  test('notes explain partial injection, ambient L7 and an unready gateway', () => {
    expect(all.notes).toEqual(
      expect.arrayContaining([
        'shop/checkout: 1 of 3 pods are outside the mesh (no proxy, not ambient)',
        '3 Service(s) run in ambient mode: their L7 metrics come from waypoint proxies only; 3 have no waypoint ' +
          'and are seen at L4 only (legacy/search, payments/api, payments/ledger): L4 only: add a waypoint for ' +
          'L7 (label the namespace or Service istio.io/use-waypoint=waypoint)',
        'egress gateway istio-system/istio-egressgateway: 0 of 1 ready',
      ]),
    );
  });

  test('choosing a namespace limits the services to it and still sees its ambient label', async () => {
    const payments = await discoverMesh(conn, ['payments']);
    expect(summary(payments)).toEqual([
      'payments/api mixed 3/3',
      'payments/fraud sidecar 3/3',
      'payments/ledger ambient 3/4',
    ]);
    expect(payments.namespaces).toEqual(['payments']);
  });

  test('a chosen namespace without meshed services gets a note on how to enrol it', async () => {
    const legacyOnly = await discoverMesh(conn, ['istio-system']);
    expect(legacyOnly.services).toEqual([]);
    expect(legacyOnly.notes).toContain(
      'namespace istio-system has no meshed Service: label it istio-injection=enabled (sidecars) or istio.io/dataplane-mode=ambient',
    );
  });

  test('forbidden deployments leave the control plane unchecked with a note instead of failing', async () => {
    api.fail({ pathPrefix: '/apis/apps/v1/deployments' }, { status: 403 });
    const inventory = await discoverMesh(conn, []);
    expect(inventory.services).toHaveLength(9);
    expect(inventory.controlPlane.found).toBe(false);
    expect(inventory.notes.some((n) => n.startsWith('control plane and gateways not checked'))).toBe(true);
  });

  test('discovery makes one list call per resource kind, never one per pod', () => {
    expect(all.apiCalls).toBe(5); // namespaces, pods, services, deployments of each mesh's control plane
  });
});

describe('the control plane, described from its Deployments', () => {
  test('no istiod anywhere is a note, not an error', () => {
    const { controlPlane, notes } = describeControlPlane([]);
    expect(controlPlane).toEqual({ found: false, revisions: [], replicasReady: 0, replicas: 0 });
    expect(notes[0]).toMatch(/^no mesh control plane \(istiod, linkerd-destination\) found in any namespace/);
  });

  test('canary revisions are listed and differing versions are noted', () => {
    const deployments = [
      istiodDeployment({ revision: 'canary', version: '1.23.1' }),
      istiodDeployment({ version: '1.22.3', replicas: 2, readyReplicas: 1 }),
    ];
    const { controlPlane, notes } = describeControlPlane(deployments as never);
    expect(controlPlane.revisions).toEqual(['canary', 'default']);
    expect(controlPlane.version).toBe('1.22.3');
    expect(controlPlane.replicasReady).toBe(2);
    expect(controlPlane.replicas).toBe(3);
    expect(notes).toEqual([
      'istiod revisions run different versions: 1.22.3, 1.23.1',
      'istiod: 2 of 3 replicas ready',
    ]);
  });

  test.each([
    ['docker.io/istio/pilot:1.22.3', '1.22.3'],
    ['gcr.io/istio-release/pilot:1.24.0-distroless', '1.24.0'],
    ['localhost:5000/istio/pilot:1.23.2-debug', '1.23.2'],
    ['registry:5000/istio/pilot@sha256:abcdef', undefined],
    ['istio/pilot', undefined],
  ])('the Istio version of image %s is %s', (image, version) => {
    expect(istioVersionFromImage(image)).toBe(version);
  });
});

describe('5,000 pods over paged lists', () => {
  let api: KubeApiServer;
  let tmp: string;
  beforeAll(async () => {
    api = await startKubeApiServer();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mesh-5000-'));
    // 10 namespaces × 50 services × 10 pods; pod #9 of each service is not ready.
    for (let n = 0; n < 10; n++) {
      const ns = `team-${n}`;
      api.addNamespace(namespace(ns, { 'istio-injection': 'enabled' }));
      for (let s = 0; s < 50; s++) {
        const app = `svc-${s}`;
        api.addService(service(ns, app, { app }));
        addPods(api, { namespace: ns, app }, 10, (i) => ({ ready: i !== 9 }));
      }
    }
    api.addDeployment(istiodDeployment({}));
  });
  afterAll(async () => {
    await api.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('every service is found with a bounded number of API calls and no per-pod call', async () => {
    const conn = await connectCluster(isolated(api.writeKubeconfig(tmp)));
    const before = api.requests.length;
    const inventory = await discoverMesh(conn, []);
    const calls = api.requests.slice(before);

    expect(inventory.services).toHaveLength(500);
    expect(inventory.services.every((s) => s.podsReady === 9 && s.podsTotal === 10)).toBe(true);
    // 1 namespaces + 10 pod pages (5,000 / 500) + 1 services + 2 deployments (each mesh's control plane) = 14.
    console.info(`discovery of 5,000 pods used ${calls.length} API calls`);
    expect(calls.length).toBe(14);
    expect(calls.length).toBeLessThanOrEqual(20);
    expect(inventory.apiCalls).toBe(calls.length);
    expect(calls.filter((c) => c.path === '/api/v1/pods').map((c) => c.query.limit)).toEqual(
      Array(10).fill('500'),
    );
    expect(calls.some((c) => /\/pods\/[^/]+/.test(c.path))).toBe(false);
  });
});
